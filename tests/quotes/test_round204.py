"""Round 204: speaker phrases cut wrong inside a clause; partials lost to the term filters.

Invented sentences only (no name or sentence from a corpus article). The rules:

1. A body noun after "The" and a place ("The Dorim water board") opens its clause past an
   adverb ("also", "again") before its past tense: the board speaks, not "Dorim".
2. A romanised surname is capitalised: in 'Tenants of Yeonhui-dong say', "of Yeonhui-dong" is
   no person's name, and the tenants speak.
3. "states" before a comma and "whose" ("Caribbean states, whose ...") is the plural noun, no
   verb of saying whose subject is the nationality before it.
4. A list of languages after "in" ('a sign in Korean, Thai and Vietnamese') describes the
   noun before it: the sign speaks, not the last languages of the list.
5. A one-word quotation right after "vow" or "pledge" modifies the pledge's object ('pledged
   "round-the-clock" aid'): the pledger's word, no subject of a reported clause.
6. A one-word compound after "vowing a" or "pledging a" is the pledger's word, not the name
   of a kind ('pledging a "door-to-door" aid program').
7. A lowercase "as ... as" phrase after a title noun ('begin production "as soon as next
   May"') is a comparison the speaker gives, no title.
8. "meant to" after a quotation gives a purpose, no gloss of what a word means.
9. A quotation opening with its own "a" ('"a two-speed pricing system"') is the speaker's
   noun phrase, no coined name of a kind (the "the" of an earlier noun is not its determiner).
10. The object of "take" after "would", "will" or "to" a few words past a verb of saying
    ('warned it would take "matching countermeasures"') is the warning's words.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        ['The Dorim water board also rejected the plan, saying the dam "would drown the valley."'],
        "would drown",
        "Dorim water board",
    ),
    (
        [
            "Tenants of Yeonhui-dong say the cafes have turned their lane into "
            '"a stage set with no curtain."'
        ],
        "a stage set",
        "Tenants of Yeonhui-dong",
    ),
    (
        [
            "An aide said envoys would tour Andean and Caribbean states, whose ballots are "
            '"certain to tip the vote."'
        ],
        "certain to tip",
        "aide",
    ),
    (
        [
            "At the gate, a sign in Korean, Thai and Vietnamese warns visitors: "
            '"Do not feed the deer."'
        ],
        "Do not feed",
        "sign",
    ),
    (
        ['Agriculture Minister Pyo Dae-han pledged "round-the-clock" aid for flooded farms.'],
        "round-the-clock",
        "Pyo Dae-han",
    ),
    (
        ['The ministry announced the fund on Monday, pledging a "door-to-door" aid program.'],
        "door-to-door",
        "ministry",
    ),
    (
        ['The maker said it plans to begin production "as soon as next May" at its new line.'],
        "as soon as",
        "maker",
    ),
    (
        [
            "The agency dismissed the report, saying the drones are "
            '"purely civilian tools" meant to map farmland.'
        ],
        "purely civilian",
        "agency",
    ),
    (
        ['Ha said the mills were running "a two-speed pricing system" that hurt small buyers.'],
        "a two-speed",
        "Ha",
    ),
    (
        ['The ministry warned it would take "matching countermeasures" if the drills went ahead.'],
        "matching",
        "ministry",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['The Dorim water board rejected the plan, saying the dam "would drown the valley."'],
        "would drown",
        "Dorim water board",
    ),
    (
        ['Teacher Ko Eun-dong says the lane is now "a stage set with no curtain."'],
        "a stage set",
        "Ko Eun-dong",
    ),
    (
        ['The treaty states that members "shall settle every dispute peacefully."'],
        "shall settle",
        "treaty",
    ),
    (['The city launched a "door-to-door" aid program on Monday.'], "door-to-door", None),
    (['Officials said "hwabyeong" cases rose sharply last year.'], "hwabyeong", None),
    (['The festival opened with the play "As Long As We Sing" on Friday.'], "As Long", None),
    (
        ['The union criticized the group\'s "two-speed pricing system" on Friday.'],
        "two-speed",
        None,
    ),
    (
        ['The agency said it would send "night patrollers" to the parks from May.'],
        "night patrollers",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round204_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round204_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
