"""Round 100's probe battery: quoted names a group or a body gives a thing, beside a speaker.

Each probe is one or two invented paragraphs of Korean wire copy (no name or sentence from a
corpus article) in the frames where the tuning splits still gave a term a speaker: a group's
habitual "the ..." name for a thing after a present "call" or a habit's perfect ('Porters in
Mokpo call the crane "the ..."', 'Locals have long called the hill, which ..., "the ..."'),
the name of a measure or a tool a body or a person puts in place ('would introduce a "..."',
'had added a "..."', 'asks patients to keep a "..."'), and beside them the same frames
holding a real partial quotation that keeps its speaker (a rank or a superlative, "a", one
named speaker, the simple past of one occasion, an adjective before a noun, 'keep a "close
watch" on'). For each quotation checked (found by a piece of its text) the expected answer is
a name or role the speaker must hold, or None: a term, which must get no speaker. Categories:
G a group's habitual name, P a measure put in place, R near misses, O other term frames the
round read but did not treat. Probes still failing are strict xfails with their reason.
"""

from __future__ import annotations

from typing import cast

import pytest

from tests.quotes.invented import probe_wrong

_N = None

_LEFT = (
    "'what X calls / describes as \"...\"' holds a term in some articles and the subject's "
    "partial in others (round 87 and round 100 counted both): no grammar tells them apart"
)

PROBES: list[object] = [  # (category, paragraphs, [(piece, speaker)]), some in pytest.param
    (
        "G",
        ['Dockworkers in Mokpo simply call the new crane "the giraffe."'],
        [("the giraffe", _N)],
    ),
    (
        "G",
        [
            "Seo Ha-jin, 52, has run the ferry kiosk for 20 years. "
            'Fishermen in Wando call the old pier "the elbow."'
        ],
        [("the elbow", _N)],
    ),
    (
        "G",
        [
            "Traders in Busan and Ulsan have started calling the price band above 90 won "
            '"the glass ceiling."'
        ],
        [("the glass ceiling", _N)],
    ),
    (
        "G",
        [
            "Residents have long called the reservoir, which sits above three villages, "
            '"the bowl of Namwon."'
        ],
        [("the bowl of Namwon", _N)],
    ),
    (
        "G",
        [
            '"We sell out by noon," said baker Yeo Dan-bi. Regulars call the morning queue '
            '"the pilgrimage."'
        ],
        [("We sell out by noon", "Yeo Dan-bi"), ("the pilgrimage", _N)],
    ),
    (
        "G",
        [
            'Nurses in Gwangju have taken to calling the night ward "the lighthouse," '
            "head nurse Cho Eun-sol said."
        ],
        [("the lighthouse", _N)],
    ),
    (
        "P",
        [
            'The labor ministry said it would introduce a "heat pause" next summer for '
            "outdoor workers."
        ],
        [("heat pause", _N)],
    ),
    (
        "P",
        [
            'A spokesperson for the bank said it had added a "slow lane" with larger text '
            "to its app for older customers."
        ],
        [("slow lane", _N)],
    ),
    (
        "P",
        [
            'Dr. Gil Na-rae asks her patients to keep a "sleep ledger" of every nap. '
            '"Most people are surprised," she said.'
        ],
        [("sleep ledger", _N), ("Most people are surprised", "Gil Na-rae")],
    ),
    (
        "P",
        [
            'The Korea Customs Service said it had adopted a "green channel" for exporters '
            "with clean records."
        ],
        [("green channel", _N)],
    ),
    (
        "P",
        ['Pyeongtaek city said it would install a "quiet zone" in each of its 12 parks by June.'],
        [("quiet zone", _N)],
    ),
    # near misses: the same frames holding a real partial quotation
    (
        "R",
        ['Critics call the plan "the worst idea of the decade."'],
        [("the worst idea", "Critics")],
    ),
    (
        "R",
        ['Rep. Bae Jin-ho called the reform "the end of small shops" on Tuesday.'],
        [("the end of small shops", "Bae Jin-ho")],
    ),
    (
        "R",
        ['Economists called the figures "a wake-up call" after the data came out.'],
        [("a wake-up call", "Economists")],
    ),
    (
        "R",
        ['Analysts called the merger "the deal of the year" on Friday.'],
        [("the deal of the year", "Analysts")],
    ),
    (
        "R",
        [
            'Professor Moon Ye-seul said the two groups have called the deal "the start of '
            'something new, and fragile."'
        ],
        [("the start of something new", "two groups")],
    ),
    (
        "R",
        [
            'The central bank said it would keep a "close watch" on the currency market '
            "through the holidays."
        ],
        [("close watch", "central bank")],
    ),
    (
        "R",
        ['The prosecutor said the agency would launch a "thorough" investigation into the fire.'],
        [("thorough", "prosecutor")],
    ),
    (
        "R",
        ['The minister said the pact would add a "new chapter" to relations with Hanoi.'],
        [("new chapter", "minister")],
    ),
    (
        "R",
        [
            "Seo Min-ah, the ministry's spokesperson, said it would introduce the measures in a "
            '"gradual and predictable" way.'
        ],
        [("gradual and predictable", "Seo Min-ah")],
    ),
    # other frames: counted, left
    (
        "O",
        [
            'Doctors warn that the "screen fog" children report after long sessions is not '
            "cured by a weekend off."
        ],
        [("screen fog", _N)],
    ),
    pytest.param(
        "O",
        ['The ministry will issue rules on what it describes as "digital estates" next spring.'],
        [("digital estates", _N)],
        marks=pytest.mark.xfail(strict=True, reason=_LEFT),
    ),
    pytest.param(
        "O",
        [
            "The ministry said in April that it would draft rules on what it describes as "
            '"digital estates."'
        ],
        [("digital estates", _N)],
        marks=pytest.mark.xfail(strict=True, reason=_LEFT),
    ),
]

_RULE_2_OUT = (
    "rule 2 (a measure put in place) was not merged: at the trial merge it dropped one labelled"
    " held-out quotation as a term, under that split's recall floor"
)
_RULE_2 = (6, 8, 9, 10)  # the probes only rule 2 resolved ("introduce / keep / adopt a ...")
PROBES = [
    pytest.param(
        *cast("tuple[object, ...]", probe), marks=pytest.mark.xfail(strict=True, reason=_RULE_2_OUT)
    )
    if i in _RULE_2
    else probe
    for i, probe in enumerate(PROBES)
]


@pytest.mark.parametrize(("category", "paragraphs", "expected"), PROBES)
def test_probe(
    category: str, paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == [], category
