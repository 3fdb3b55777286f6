"""Round 373: a sales name after "market", "marketing" or "advertised ... as" is a term.

Invented sentences only. Round 182 reads the name a thing is sold under ('sold online as
"..."', 'marketed to teenagers as "..."') as no one's words. "marketing", the forms of
"advertise" and a bare "market" after its subject ('which growers market as "..."') were not
among its verbs, so the sales name went to the sentence's speaker. A bare "market" after a
determiner or a noun is the noun ('described the car care market as "..."'), whose
quotation stays the speaker's.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import spoken

TERMS: list[tuple[list[str], str]] = [
    (
        [
            "Na Ye-rin, an official at the agriculture ministry, said dried persimmon chips,"
            ' which growers market as "winter candy," sold out in Hong Kong.'
        ],
        "winter candy",
    ),
    (
        [
            'A Gimhae startup marketing its cooling vests as "wearable shade" won orders from'
            " 14 city governments, its chief executive, Do Ye-jun, said Monday."
        ],
        "wearable shade",
    ),
    (
        [
            'The Financial Supervisory Service said the apps, advertised as "pocket bonds" or'
            ' "mini-bonds," never buy any bond at all.'
        ],
        "mini-bonds",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start"), TERMS)
def test_a_sales_name_has_no_speaker(paragraphs: list[str], start: str) -> None:
    assert spoken(paragraphs, start) is None


def test_the_market_as_a_noun_keeps_the_speaker() -> None:
    # near miss: "market" after a noun is the noun, and the judgement is the agency's
    paragraphs = [
        "The Korea Trade-Investment Promotion Agency described the Laotian pet food market"
        ' as "barely born" but "growing fast."'
    ]
    assert spoken(paragraphs, "barely born") == "Korea Trade-Investment Promotion Agency"
