"""Round 100: terms given a speaker, counted over every tuning split.

Invented sentences only (no name or sentence from a corpus article). Must-resolve cases are
names, not quotations, in the two frames the round kept: (1) a group's habitual "the ..."
name for a thing, after a present "call" or a habit's perfect or inception, across an object
of a few words or a relative clause ('Dockworkers in Mokpo simply call the new crane "the
..."', 'Residents have long called the reservoir, which ..., "the ..."'); (2) the name of a
measure, a tool or a record someone puts in place, after 'introduce / add / adopt / install /
keep / run a "..."'. Near misses keep their answer: a rank or a superlative, "a", the simple
past of one occasion, one named speaker's words, an adjective before a noun, an idiom ('keep
a "close watch" on'), a verb that makes no thing ('add a "new chapter" to'), and a real
quotation beside the name.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import answer_holding as _answer
from tests.quotes.invented import answer_is as _right

_N = None
_RULE_2_OUT = (
    "rule 2 (a measure put in place) was not merged: at the trial merge it dropped one labelled"
    " held-out quotation as a term, under that split's recall floor"
)

RESOLVE: list[tuple[list[str], str, str | None]] = [
    # rule 1: a group's habitual "the ..." name for a thing
    (
        [
            'Inside the bank the method is known as the "soft band." Traders in Seoul simply '
            'call the BOK "the lighthouse."'
        ],
        "the lighthouse",
        _N,
    ),
    (
        ['Porters in Namdaemun have taken to calling the new loading ramp "the ski jump."'],
        "the ski jump",
        _N,
    ),
    (
        [
            "Seo Ha-jin, 52, has run the ferry kiosk for 20 years. "
            'Fishermen in Wando call the old pier "the elbow."'
        ],
        "the elbow",
        _N,
    ),
    (
        [
            "Traders in Busan and Ulsan have started calling the price band above 90 won "
            '"the glass ceiling."'
        ],
        "the glass ceiling",
        _N,
    ),
    (
        [
            "Residents have long called the reservoir, which sits above three villages, "
            '"the bowl of Namwon."'
        ],
        "the bowl of Namwon",
        _N,
    ),
    (
        [
            "Cyclists have long called the pass, which climbs 700 meters in 9 kilometers, "
            '"the staircase."'
        ],
        "the staircase",
        _N,
    ),
    # rule 2: the name of a measure, a tool or a record put in place
    (
        [
            'The labor ministry said it would introduce a "heat pause" next summer for '
            "outdoor workers."
        ],
        "heat pause",
        _N,
    ),
    (
        [
            'Dr. Gil Na-rae asks her patients to keep a "sleep ledger" of every nap. '
            '"Most people are surprised," she said.'
        ],
        "sleep ledger",
        _N,
    ),
    (
        [
            'The Korea Customs Service said it had adopted a "green channel" for exporters '
            "with clean records."
        ],
        "green channel",
        _N,
    ),
    (
        ['Pyeongtaek city said it would install a "quiet zone" in each of its 12 parks by June.'],
        "quiet zone",
        _N,
    ),
    (
        [
            'The transport ministry said Tuesday it would run a "night shuttle" from Gimpo '
            "until March."
        ],
        "night shuttle",
        _N,
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    # rule 2's near misses: an idiom, a phrase, an adjective, a verb that makes no thing, a
    # noun after the marks, and a real quotation beside the name
    (
        [
            'The central bank said it would keep a "close watch" on the currency market '
            "through the holidays."
        ],
        "close watch",
        "central bank",
    ),
    (
        ['The minister said the pact would add a "new chapter" to relations with Hanoi.'],
        "new chapter",
        "minister",
    ),
    (
        ['The union said the company had introduced a "culture of fear" in the plant.'],
        "culture of fear",
        "union",
    ),
    (
        ['The KCNA said Seoul had adopted a "hostile policy."'],
        "hostile policy",
        "KCNA",
    ),
    (
        ['The KCNA said Seoul had adopted a "confrontational stance" toward the North.'],
        "confrontational stance",
        "KCNA",
    ),
    (
        ['The agency said it would introduce a "tough but fair" screening of applicants.'],
        "tough but fair",
        "agency",
    ),
    (
        ['The prosecutor said the agency would launch a "thorough" investigation into the fire.'],
        "thorough",
        "prosecutor",
    ),
    (
        [
            'Dr. Gil Na-rae asks her patients to keep a "sleep ledger" of every nap. '
            '"Most people are surprised," she said.'
        ],
        "Most people are surprised",
        "Gil Na-rae",
    ),
    # rule 1's near misses: a rank, "a", the simple past of one occasion, a comma inside,
    # and a real quotation beside the name
    (
        ['Critics call the plan "the worst idea of the decade."'],
        "the worst idea",
        "Critics",
    ),
    (
        ['Analysts called the merger "the deal of the year" on Friday.'],
        "the deal of the year",
        "Analysts",
    ),
    (
        ['Economists called the figures "a wake-up call" after the data came out.'],
        "a wake-up call",
        "Economists",
    ),
    (
        [
            'Professor Moon Ye-seul said the two groups have called the deal "the start of '
            'something new, and fragile."'
        ],
        "the start of something new",
        "two groups",
    ),
    (
        [
            '"We sell out by noon," said baker Yeo Dan-bi. Regulars call the morning queue '
            '"the pilgrimage."'
        ],
        "We sell out by noon",
        "Yeo Dan-bi",
    ),
    (
        ['Rep. Bae Jin-ho called the reform "the end of small shops" on Tuesday.'],
        "the end of small shops",
        "Bae Jin-ho",
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "piece", "want"),
    [
        pytest.param(
            *case,
            id=f"resolve-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=_RULE_2_OUT)] if i >= 6 else [],
        )
        for i, case in enumerate(RESOLVE)
    ]
    + [pytest.param(*case, id=f"near-{i}") for i, case in enumerate(NEAR)],
)
def test_answer(paragraphs: list[str], piece: str, want: str | None) -> None:
    """A must-resolve case gets its new answer; a near miss keeps the one it had."""
    answer = _answer(paragraphs, piece)
    assert _right(answer, want), (piece, answer)
