"""Round 365: "Shares of FIRM" names no body.

Invented sentences only. 'Shares of Hwaseo jumped 6 percent. The company said it expects
"..."' showed the speaker as "Shares of Hwaseo": the name reader joined a capitalised word,
its "of" and the firm as it joins "Ministry of Justice". What one holds of a firm ("Shares",
"Stocks") opens a market sentence capitalised and is no body's name: the firm after "of" is
named alone, and "the company" is that firm.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for


def test_the_company_is_the_firm_not_its_shares() -> None:
    paragraphs = [
        "Hwaseo Chemical Co. won a 300 billion won order from a Dutch buyer on Monday.",
        "Shares of Hwaseo jumped 6 percent. The company said it expects to win"
        ' "at least one more" order this year.',
    ]
    assert speaker_for(paragraphs, "at least one more") == "Hwaseo Chemical Co."


def test_a_body_s_of_name_stays_whole() -> None:
    # near miss: read the same before this round
    paragraphs = ['The Ministry of Justice said it would "review every case again."']
    assert speaker_for(paragraphs, "review every case again.") == "Ministry of Justice"
