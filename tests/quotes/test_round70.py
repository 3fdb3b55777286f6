"""Round 70: quoted names, nicknames and scare terms given a speaker, from a broad battery.

Invented sentences of wire copy (no name or sentence from a corpus article). The battery
(``test_round70_probes.py``) varies every naming frame; these are the frames it found failing on
main, each with more variants, and near misses of the same shape whose quotation is a named
speaker's partial quotation and keeps its speaker:

* a group's name for a thing its object gives by "the" and a noun, after a present "call" or
  "dub": 'officers call the unit "the night shift"', 'critics have dubbed the project "..."'
  (not 'call the plan "deeply flawed"', 'called the bill "the end of ..."' once);
* the name one goes by after a present 'calls himself': 'who calls himself "the film keeper"'
  (not 'calls herself "lucky"', 'called himself "the worst ..."');
* an apposed naming participle with a group agent before "as": 'The law, dubbed by the media
  as "the ... act,"' (not 'branded by NAME as "..."');
* a speaker's one-occasion label with the British 'characterised ... as "..."' keeps its
  speaker, as 'characterized' did.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

_N = None

TERMS = [
    ['Seol Min-gyu said officers call the unit "the night shift."'],
    ['Nurses call the ward "the aquarium," head nurse Jeon Ha-eun said.'],
    ['Critics have dubbed the project "Seoul\'s white elephant," lawmaker Yeom Da-bin said.'],
    ['Commuters call the line "the sardine express," rail official Maeng Si-on said.'],
    ['Fans dub the stadium "the cauldron," club president Ju Ye-won said on Monday.'],
    ['Song Ha-yul, who calls himself "the film keeper," said the cinema would close.'],
    ['Pyeon Da-in, who calls herself "the noodle detective," said she had tried 400 shops.'],
    ['The law, dubbed by the media as "the Minji act," passed on Friday, Uhm Chae-rin said.'],
    [
        'The tower, dubbed by residents as "the pencil," was finished in May, architect Yoo'
        " Bit-na said."
    ],
]

PARTIALS = [
    (
        ['Ryu Na-eun characterised the talks as "frank but useful."'],
        "frank but useful",
        "Ryu Na-eun",
    ),
    (
        ['Minister Gil Yeon-u characterises the cuts as "painful but necessary."'],
        "painful",
        "Gil Yeon-u",
    ),
    (['Protesters call the ruling "deeply unfair."'], "deeply unfair", "protesters"),
    (['Critics call the plan "a giveaway to builders."'], "giveaway", "critics"),
    (
        ['Opponents called the bill "the end of free speech" at a rally.'],
        "end of free",
        "opponents",
    ),
    (
        ['Union leader Kwak Jun-seo calls the plan "the worst deal in a decade."'],
        "worst deal",
        "Kwak Jun-seo",
    ),
    (['Coach Moon Tae-ri dubbed the win "a miracle on ice."'], "miracle on ice", "Moon Tae-ri"),
    (['Seon Do-yoon calls himself "lucky" to be playing at all.'], "lucky", "Seon Do-yoon"),
    (['Uhm Chae-rin calls herself "a realist, not a pessimist."'], "a realist", "Uhm Chae-rin"),
    (
        ['Song Ha-yul called himself "the worst father in Korea" in a letter.'],
        "worst father",
        "Song Ha-yul",
    ),
    (['Lawmaker Yeom Da-bin called the vote "a betrayal of voters."'], "betrayal", "Yeom Da-bin"),
    (['Defense Minister Cha Eun-seol called the drill "reckless."'], "reckless", "Cha Eun-seol"),
    (['The plan was branded by opposition lawmakers as "a giveaway."'], "a giveaway", "-lawmakers"),
]


@pytest.mark.parametrize("paragraphs", TERMS)
def test_term_gets_no_speaker(paragraphs: list[str]) -> None:
    piece = paragraphs[0].split('"')[1].strip(",.")
    assert probe_wrong(paragraphs, [(piece, _N)]) == []


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), PARTIALS)
def test_partial_quotation_keeps_its_speaker(
    paragraphs: list[str], piece: str, speaker: str
) -> None:
    assert probe_wrong(paragraphs, [(piece, speaker)]) == []


@pytest.mark.xfail(
    strict=True,
    reason=(
        "lost speaker: a named agent of an apposed participle ('The plan, branded by NAME as"
        " \"...\"') goes to the sentence's reporting body"
    ),
)
def test_named_agent_of_an_apposed_participle() -> None:
    paragraphs = ['The plan, branded by Kim Ye-seul as "reckless," was dropped, the ministry said.']
    assert probe_wrong(paragraphs, [("reckless", "Kim Ye-seul")]) == []
