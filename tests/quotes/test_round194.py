"""Round 194: capitals and countries inside a clause, and a country's two-word body (issue 13).

Invented sentences only (no name or sentence from a corpus article). Three rules:

* a capital or country opening the clause a person's "said" reports leaves a partial there to
  the person: 'NAME said Valdavia had asked Borduria to grant "..."' is NAME's account of what
  the government did, not the government's own words;
* an "-s" word ending the object of an infinitive after "urged X to" is a noun, no verb of
  saying: 'Hanoi urged Manila to ease visa rules for "..."' leaves the partial to the one who
  urged, not to the one urged;
* a body named by a modifier and a noun after its owner's possessive speaks as itself:
  "Norway's coast guard said" is the coast guard, not Norway.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Trade Minister Ahn Ji-ro said Seoul had asked Ottawa to give Korean batteries "
            '"the same footing" as those from Mexico.'
        ],
        "the same footing",
        "Ahn Ji-ro",
    ),
    (
        [
            "Vice Minister Pyo Da-hun, who led the talks in Canberra, said that Seoul had "
            'asked Australia to treat its steel levy "as equivalent" in future audits.'
        ],
        "as equivalent",
        "Pyo Da-hun",
    ),
    (
        [
            'Bangkok urged Jakarta to relax export rules for "small rubber growers" '
            "during the next round of talks."
        ],
        "small rubber growers",
        "Thailand",
    ),
    (
        [
            "Norway's coast guard said in a statement that the drill was "
            '"only a rescue exercise" and would go ahead.'
        ],
        "only a rescue exercise",
        "coast guard",
    ),
    (
        ['Canada\'s border guard said the new lanes were "working as planned."'],
        "working as planned",
        "border guard",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['Beijing said the maneuvers were "a grave provocation" and lodged a protest.'],
        "a grave provocation",
        "China",
    ),
    (
        ['Tokyo urged Seoul to show "restraint" in the coming weeks, officials said.'],
        "restraint",
        "Japan",
    ),
    (
        ['Japan\'s navy said the drill was "purely defensive."'],
        "purely defensive",
        "navy",
    ),
    (
        ['Min Seo-gang said his aide had called the plan "a mess" in a private note.'],
        "a mess",
        "aide",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round194_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round194_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
