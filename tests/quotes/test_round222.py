"""Round 222: "the <noun phrase>" is the one "a <noun phrase>" introduced.

Invented sentences only (no name or sentence from a corpus article). Wire copy introduces an
unnamed person by "a"/"an" and goes on with "the" and the same noun; a reader takes that
person for who speaks, not a named person of a similar role met elsewhere.

1. (Left out by the reviewer: one article; ``LEFT_OUT`` records it as a strict xfail.) The
   lede's "a/an <description>" that a later paragraph takes up again as "the
   <description>" (the same role, its words a subset of the introduction's) stays unnamed:
   it is not the titled official the next paragraph names, whose title does not hold the
   description's noun ('... after what a senior diplomat called "..."', then "Vice Foreign
   Minister NAME held the talks", then "The senior diplomat, speaking on condition of
   anonymity, said ..."). A person named next with no title of their own ("NAME, 70, who
   retired in ...") is still the lede's description, whom "the retired admiral" later means.
2. A person "a/an" introduces as the subject of a reported or subordinate clause (after a
   reporting verb, "that" or "when/after/as/before/while/once") speaks through a verb
   coordinated inside that clause by "and" (or "and," and an aside): 'NAME said a parking
   clerk stopped her ... and told her to "..."', '... after a village teacher heard him and,
   as he remembers it, told him he had "..."'.
3. A person "a/an" introduces at the head of a sentence speaks through the verb that
   follows a reporting aside set off by commas: 'A mother of a second grader, he said, had
   asked him: "..."' (the mother asks, not "he").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# the lede's "a senior diplomat", a minister named next, "The senior diplomat" later
_TAKEN_UP = [
    "SEOUL, May 2 (Yonhap) -- South Korea and Malawi agreed Friday to widen a water"
    ' project, after what a senior diplomat called "the friendliest talks in a decade."',
    "First Vice Foreign Minister Woo Ran-seok held the talks with Malawi's foreign"
    ' secretary and said the two sides would "dig more wells together."',
    "The senior diplomat, speaking on condition of anonymity, said the Malawian side had"
    ' raised the wells first. "They came with maps of every village," he said.',
]

# paragraphs, the start of the quotation, a word of the speaker it must have
RESOLVE: list[tuple[list[str], str, str]] = [
    (  # rule 2: "said a ... clerk stopped her ... and told her"
        [
            "Pyo Ha-rin, 41, who sells rice cakes in Mapo, said a parking clerk stopped her"
            ' at the market entrance on Monday and told her to "carry the boxes like everyone'
            ' else."',
        ],
        "carry the boxes",
        "parking clerk",
    ),
    (  # rule 2: "after a ... teacher heard him and, as he remembers it, told him"
        [
            '"I just kept singing," Moon Gyeol-ho told reporters after the final.',
            "Moon, who grew up in Yeosu, took up opera at 12 after a village teacher heard him"
            ' in a church choir and, as he remembers it, told him he had "a voice for big halls."',
        ],
        "a voice for big halls",
        "village teacher",
    ),
    (  # rule 3: "A mother of a ..., he said, had asked him:"
        [
            "Principal Tak Ui-jin said the school had received 90 letters about the plan."
            ' "Most parents simply want to know the dates," Tak said.',
            "He said some parents had asked for a meeting. A mother of a second grader, he"
            ' said, had asked him: "Who will watch the children after three?"',
        ],
        "Who will watch the children",
        "mother of a second grader",
    ),
]

# rule 1, left out by the reviewer (one article, tuning62-002: below the three-article bar); a
# strict xfail records the shape: it passes if a later rule reads it
LEFT_OUT: list[tuple[list[str], str, str]] = [
    (  # rule 1: the lede's unnamed diplomat is no vice minister named next
        _TAKEN_UP,
        "the friendliest talks",
        "diplomat",
    ),
    (  # rule 1: and the later paragraph's words are the diplomat's too
        _TAKEN_UP,
        "They came with maps",
        "diplomat",
    ),
]

# near misses: the same frames, answered as before the rule
KEEP: list[tuple[list[str], str, str]] = [
    (  # rule 1: the description named next with no title of its own stays that person
        [
            'A retired admiral testified Tuesday that he was "never consulted" on the'
            " frigate's radar.",
            "Nam Gi-seop, 70, who retired from the navy in 2019, took the stand in the trial"
            " of a former procurement official.",
            '"We asked for a radar that worked in rain," the retired admiral told the court.',
        ],
        "We asked for a radar",
        "Nam Gi-seop",
    ),
    (  # rule 1: no later "the senior diplomat": the lede's diplomat is the minister named next
        [
            "SEOUL, May 2 (Yonhap) -- South Korea and Malawi agreed Friday to widen a water"
            ' project, after what a senior diplomat called "the friendliest talks in a decade."',
            "First Vice Foreign Minister Woo Ran-seok held the talks with Malawi's foreign"
            ' secretary and said the two sides would "dig more wells together."',
        ],
        "the friendliest talks",
        "Woo Ran-seok",
    ),
    (  # rule 2: "at a gate" is no subject; the named speaker's own clause
        [
            "Pyo Ha-rin, 41, who sells rice cakes in Mapo, stood at a gate for an hour and"
            ' said the market was "emptier than ever."',
        ],
        "emptier than ever",
        "Pyo Ha-rin",
    ),
    (  # rule 2: "a clerk" is the object of "met", no clause's subject: Pyo tells
        [
            "Pyo Ha-rin, 41, who sells rice cakes in Mapo, said she met a parking clerk at the"
            ' gate and told him the market was "emptier than ever."',
        ],
        "emptier than ever",
        "Pyo Ha-rin",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round222_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got


@pytest.mark.xfail(strict=True, reason="round 222 rule 1, not merged: one article")
@pytest.mark.parametrize(("paragraphs", "start", "speaker"), LEFT_OUT)
def test_round222_rule_1_left_out(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round222_keeps(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got
