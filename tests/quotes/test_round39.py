"""Round 39: probes of which words are a quotation and whose, in invented wire sentences.

Rule 1: after an inverted verb the speaker phrase ends before the place or occasion of the
speech: '"...," said Tak Seo-yoon | at a press conference on Monday.' The phrase ran on
through any prepositional phrase, so the panel showed "Tak Seo-yoon at a press conference"
and a role became "minister in a statement", which no earlier mention of the minister
matches. A description that places an indefinite speaker ("said a protester at the rally")
or an affiliation with a capitalised name ("at the Korea Institute", "in Seoul") stays.
Invented sentences only.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

QUOTE = '"The schedule will not slip again,"'


def _speaker(paragraph: str) -> tuple[str | None, str | None]:
    (quote,) = extract_quotes("", [paragraph])
    return quote.speaker, quote.speaker_short


@pytest.mark.parametrize(
    ("after", "speaker", "short"),
    [
        ("said Tak Seo-yoon at a press conference on Monday.", "Tak Seo-yoon", "Tak Seo-yoon"),
        ("said Ra Eun-bi in a radio interview.", "Ra Eun-bi", "Ra Eun-bi"),
        ("said Marta Vellini at the start of the summit.", "Marta Vellini", "Marta Vellini"),
        ("said Ha Tae-oh in a YouTube video posted Sunday.", "Ha Tae-oh", "Ha Tae-oh"),
        ("said Pyeon Ji-ho in his speech.", "Pyeon Ji-ho", "Pyeon Ji-ho"),
        ("said Seok Hyun-woo in parliament.", "Seok Hyun-woo", "Seok Hyun-woo"),
        ("said the minister at a press conference.", "the minister", "minister"),
        ("said the ministry in a statement.", "the ministry", "ministry"),
        ("said the Coastal Roads Ministry in a statement.", "Coastal Roads Ministry", None),
        ("said the head of the union in an open letter.", "the head of the union", None),
        ("said Gu Min-jae on condition of anonymity.", "Gu Min-jae", "Gu Min-jae"),
        ("said Yeo Su-bin at the forum.", "Yeo Su-bin", "Yeo Su-bin"),
    ],
)
def test_the_occasion_is_not_part_of_the_speaker(
    after: str, speaker: str, short: str | None
) -> None:
    got, got_short = _speaker(f"{QUOTE} {after}")
    assert got == speaker
    if short is not None:
        assert got_short == short


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("said a protester at the rally.", "a protester at the rally"),
        ("said a resident in Mokpo.", "a resident in Mokpo"),
        ("said Do Ha-rin at the Institute for Tidal Studies.", "Do Ha-rin at the Institute"),
        ("said Jin Seol-a of the Institute for Tidal Studies.", "Jin Seol-a of the Institute"),
        ("said Maeng Do-hyun, an analyst at a local brokerage.", "an analyst at a local"),
        ("said Tak Seo-yoon, a professor in the law school.", "a professor in the law"),
        ("Tak Seo-yoon said at a press conference.", "Tak Seo-yoon"),
        ("said an official in the finance ministry.", "an official in the finance ministry"),
        ("said Henrik Osterby in Oslo.", "Henrik Osterby in Oslo"),
        ("said a woman in her 70s.", "a woman in her 70s"),
    ],
)
def test_a_description_that_places_the_speaker_stays(after: str, speaker: str) -> None:
    got, _ = _speaker(f"{QUOTE} {after}")
    assert got is not None and speaker in got
