"""Round 56: rules read from tuning24's wrong speakers.

Invented sentences (no name or sentence from a corpus article). First: a naming "call" after
"what" or "which" ('what players call a "golden cage"') names the one thing right after it; a
later quotation in the sentence ('... and that Yeom had been "one of dozens"') is the
sentence speaker's, not the group's. Near misses: the named thing itself stays a term, and a
quotation right after "what X called" in the past stays the group's.

Second: a restrictive "who" right after a plural noun of people in lower case, with a "say"
or "said" that reports a clause ('angering commuters who say they are "..."'), makes the group
the speaker of the quotation in that clause, not the sentence's subject. Near misses: a
singular ("the man who said"), a name's own relative clause, a group that "said yes" before
the main verb ('voters who said yes in March were "..."': the main clause's speaker), and
"called" (a naming verb, round 11's).

"""

from __future__ import annotations

import pytest

from tests.quotes.invented import shorts

CALLS: list[tuple[list[str], str]] = [
    (
        [
            'Her agent, Seol Gyu-tae, said the deal was what players call a "golden cage" and '
            'that Yeom had been "one of dozens."'
        ],
        "Seol Gyu-tae",
    ),
    (
        [
            "Pyo Eun-byeol, a tenant lawyer in Incheon, said the lease was what landlords call a "
            '"flexible term" and that her client had been "tricked from the first day."'
        ],
        "Pyo Eun-byeol",
    ),
    (['Tak Hye-rim said what Byeon called "a strike" was "reckless."'], "Tak Hye-rim"),
]

CALLS_NEAR: list[tuple[list[str], list[str | None]]] = [
    # coordinated names are both the group's
    (
        ['Gwak Do-yun said the fee was what critics called "a tax by another name" and "a trap."'],
        ["critics", "critics"],
    ),
    (['Gwak Do-yun said the fee was what critics called "a tax by another name."'], ["critics"]),
    (
        [
            'The union said the plan was part of what managers call a "lean shift," which '
            'it said had left crews "exhausted and unsafe."'
        ],
        ["union"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), CALLS)
def test_a_naming_call_names_only_the_next_quotation(paragraphs: list[str], speaker: str) -> None:
    assert shorts(paragraphs)[-1] == speaker


@pytest.mark.parametrize(("paragraphs", "speakers"), CALLS_NEAR)
def test_calls_near_misses(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs)[-len(speakers) :] == speakers


WHO_SAY: list[tuple[list[str], str]] = [
    (
        [
            "The Hwado tram line will open two years late, the county office said Tuesday, "
            'angering commuters who say they are "done with waiting."'
        ],
        "commuters",
    ),
    (
        [
            "The review drew thousands of comments, many from parents who said the new test "
            'was "far too hard."'
        ],
        "parents",
    ),
    (['Maeng Seo-yul said the fines hit drivers who say they were "never warned."'], "drivers"),
]

WHO_SAY_NEAR: list[tuple[list[str], str | None]] = [
    (['Yeo Tae-gyeom said the man who said "never" had left.'], "Yeo Tae-gyeom"),
    (['The mayor said critics who called the plan "a waste" were wrong.'], "mayor"),
    (['Bong Min-chae, who says the tax is "unfair," will run again.'], "Bong Min-chae"),
    (['The council said voters who said yes in March were "misled by the flyers."'], "council"),
    (
        ['The ministry said residents who want a refund should "call the hotline first."'],
        "ministry",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), WHO_SAY)
def test_a_group_who_says_speaks(paragraphs: list[str], speaker: str) -> None:
    assert shorts(paragraphs)[-1] == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), WHO_SAY_NEAR)
def test_who_say_near_misses(paragraphs: list[str], speaker: str | None) -> None:
    assert shorts(paragraphs)[-1] == speaker
