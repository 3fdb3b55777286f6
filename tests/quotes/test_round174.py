"""Round 174: whether a quoted span is a quotation at all (terms and partials).

Invented sentences only (no name or sentence from a corpus article). The rules:

- a finite "marked" before a phrase opening with "a"/"an" is a verb of meaning, its object the
  speaker's words ('the deal marked "a new chapter"'), not a label put on a thing;
- a short quotation after a colon whose clause announces "a name/term/label for ..." is the
  name itself, a nickname, however long the object of "for" (the colon rule of round 77 reads
  eight tokens back: 'crews have a name for the last hours of the night shift: "the ..."');
- after "to", a verb and its particle spelled apart ('to "shut out" rivals') is an infinitive
  with its object after it, not a modifier naming a kind;
- "play"/"show" before a lower-case phrase opening with "a"/"an" is a verb and its object
  ('the bees play "a small but vital part"'), not a title cue;
- 'keep/make/leave the X "..."' with an all lower-case quotation is what the thing is kept or
  made, not a title after the thing's noun;
- 'which/what GROUP call the OWNER's "..."' is the name a group habitually gives a thing;
- 'called him/her/them "the ..." for ...' is a nickname and its reason (not a superlative).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The Daegu Rowing Association said in a statement that the medal marked "
            '"a new chapter" for the sport in the province.'
        ],
        "a new chapter",
        "Daegu Rowing Association",
    ),
    (
        [
            "Two porters at Sokcho said their crewmates had a name for the last two hours "
            'before the morning fish auction: "the long wait." "Nobody enjoys it," one said.'
        ],
        "the long wait",
        None,
    ),
    (
        [
            "The shippers' union said in its petition that the port operators had set their "
            'fees to "squeeze out" haulers with fewer than five trucks.'
        ],
        "squeeze out",
        "shippers' union",
    ),
    (
        [
            "The Forest Research Center noted in a bulletin that the moths play "
            '"a modest but steady part in pollinating wild pears."'
        ],
        "a modest but steady part",
        "Forest Research Center",
    ),
    (
        [
            "The Andong county office said in a notice that the toll would keep the tournament "
            '"affordable for every family," and that shuttle buses would run until midnight.'
        ],
        "affordable for every family",
        "Andong county office",
    ),
    (
        [
            "Ferry captains want more buoys along the channel, which harbor pilots call "
            'the island\'s "doorway" in winter.'
        ],
        "doorway",
        None,
    ),
    (
        [
            'Teammates at his youth club called him "the quiet hammer" for the way he '
            "served, and he still signs autographs with it."
        ],
        "the quiet hammer",
        None,
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['The crates were marked "a gift from Ulsan," customs officer Pyo Dan-bi said.'],
        "a gift from Ulsan",
        None,
    ),
    (
        [
            'Coach Ryu Gan-hee had a word for his critics: "Watch the next match," he said '
            "on Sunday."
        ],
        "Watch the next match",
        "Ryu Gan-hee",
    ),
    (
        [
            'Rep. Seok Mun-ju accused the lenders of trying to "bleed dry" small firms, '
            "his office said."
        ],
        "bleed dry",
        "Seok Mun-ju",
    ),
    (
        ['Critic Ahn Do-yeon called him "the worst mayor in decades" for closing the library.'],
        "the worst mayor",
        "Ahn Do-yeon",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round174_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round174_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
