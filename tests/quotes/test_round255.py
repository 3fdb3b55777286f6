"""Round 255: advice given with "advised ... to" is the adviser's words.

Invented sentences only (no name or sentence from a corpus article). "advise" was no verb of
saying (round 171; round 179 let a document's "advises" tag its words): 'The agency advised
drivers to "slow down after dark."' gave the partial no speaker, where "urged drivers to"
gave the agency. A finite "advised" or "advises" with an object, "to" and a quotation in its
infinitive is now the subject's advice, given by a person or a body.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

CASES: list[tuple[list[str], str, str | None]] = [
    (
        ['The Korea Forest Service advised hikers to "stay on marked trails after dusk."'],
        "stay on marked trails",
        "Korea Forest Service",
    ),
    (
        [
            "The agency advised parents whose children show a rash to keep them at home until"
            ' they are "fever-free for a full day," usually three days after it begins.'
        ],
        "fever-free for a full day",
        "The agency",
    ),
    (
        [
            "Oh Mi-rae, a fund manager at a Busan asset manager, advised clients to"
            ' "keep some cash on the side" this quarter.'
        ],
        "keep some cash on the side",
        "Oh Mi-rae",
    ),
    (  # near miss: a passive's subject is advised, no adviser
        ['Residents were advised to "boil tap water for a minute" until Friday.'],
        "boil tap water",
        None,
    ),
    (  # near miss: a ruling's advice stays no one's (round 179)
        ['A court ruling advised lenders to "stop the hidden fees at once."'],
        "stop the hidden fees",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round255(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
