"""Round 312: a word shaped like a verb of saying right after a preposition is a noun.

Invented sentences only. 'The regulator urged insurers to pay first on claims under 3 million won
and to "..."' read "claims" as a verb of saying whose subject was "insurers to pay", shown as the
speaker; with a first quotation in the sentence, the second got none. Round 11 reads such a word
after an article as a noun ("the call for", "a warning"); after "on", "of", "for", "about",
"under", "over", "with", "without", "against", "amid" or "despite" it is one too ("on claims",
"stay on call"). A gerund still reads ('insisted on calling it "..."').
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "The Hanbit Insurance Watch urged insurers to pay first on claims under 2 million won"
            ' and to "stop sending drivers away" without a date.'
        ],
        "stop sending drivers away",
        "Hanbit Insurance Watch",
    ),
    (
        [
            'Ryu Seon-gyeom said nurses were often asked to work "late into the night" without'
            ' notice and to stay on call "from Friday night until Monday."'
        ],
        "from Friday night until Monday",
        "Ryu Seon-gyeom",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round312_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


def test_a_gerund_after_a_preposition_still_reports() -> None:
    # near miss: "insisted on calling" is the subject's labelling
    paragraph = 'Ryu Seon-gyeom insisted on calling the plan "a fair start."'
    found = speaker_of([paragraph], "a fair start")
    assert found is not None and "Ryu Seon-gyeom" in found
