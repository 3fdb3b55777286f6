"""Round 188: a lede's words of a state or body that one named person's statement gave.

Invented sentences only (no name or sentence from a corpus article). The rules:

- "it" that goes on from "the statement" of one named person (the statement speaking or
  opening a sentence in that paragraph or the one before, nothing between them speaking or
  opening a sentence) speaks for that person, not for the country or the body last named;
- when a lede's partial of a body is shown (round 151's echo) to be the words of one person
  who spoke in a statement, the lede's other partials credited to that body are that
  person's too (the lede sums up the one statement);
- "with a ROLE quoted by ... as saying" in a lede gives the words to the one quoted (named by
  the next paragraphs when they name him), never to the outlet that relays them.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

_LEDE_SANCTIONS = (
    "SEOUL, Aug. 29 (Yonhap) -- Pyongyang lashed out Monday at a U.S. bill aimed at "
    "the ferry lines it runs."
)
_JO = (
    "Vice Foreign Minister Sok Yong-bom said in a statement on state television that the "
    'bill was "a declaration of economic war."'
)
_STATEMENT = '"Washington will regret every line of it," the statement said.'
_AIR_DRILL = (
    'SEOUL, Aug. 29 (Yonhap) -- Pyongyang on Monday warned of "stern steps" over a coming '
    'joint air drill, calling it "a rehearsal for invasion."'
)
_PAK = "Tak Un-hyok, an air force spokesman, said in a statement read out on state television."
_DAM = (
    "SEOUL, Aug. 29 (Yonhap) -- Pyongyang said Tuesday that a new dam on a river near Kaesong "
    "was done"
)

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [_LEDE_SANCTIONS, _JO, _STATEMENT, '"The DPRK has never bowed to sanctions," it said.'],
        "The DPRK has never",
        "Sok Yong-bom",
    ),
    (
        [_AIR_DRILL, f'"Our army will take stern steps if the drill goes ahead," {_PAK}'],
        "a rehearsal for invasion",
        "Tak Un-hyok",
    ),
    (
        [
            f'{_DAM}, with an engineer quoted by state media as saying it would "hold back '
            'any flood."',
            '"The dam will stand for a hundred years," said Pyon Tae-gil, the project\'s chief '
            "engineer, according to state media.",
        ],
        "hold back any flood",
        "Pyon Tae-gil",
    ),
]

KEEP: list[tuple[list[str], str, str]] = [
    (
        [
            _LEDE_SANCTIONS,
            _JO,
            _STATEMENT,
            "The State Department said the bill had passed with wide support. "
            '"Sanctions stay until talks resume," it said.',
        ],
        "Sanctions stay",
        "State Department",
    ),
    (  # round 215: the statement's author even when the quotation echoes nothing of the
        # lede (the README convention; the country until then)
        [_AIR_DRILL, f'"Our pilots are ready," {_PAK}'],
        "a rehearsal for invasion",
        "Tak Un-hyok",
    ),
    (
        [
            f"{_DAM}.",
            "A commander of the building unit was quoted by state media as saying the work "
            'would "never stop."',
        ],
        "never stop",
        "commander of the building unit",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round188_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round188_keeps(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
