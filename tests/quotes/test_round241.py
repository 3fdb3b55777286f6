"""Round 241: a reporter's question at a briefing is the reporter's, not the answerer's.

Invented sentences only (no name or sentence from a corpus article). Three shapes of the
same turn-taking, each given to whoever answered until now:

- 'A reporter asked about the budget. "...?" "...," NAME answered.': a question opening its
  own sentence right after a sentence that ends on someone asking (or "pressed for") is
  the asker's;
- 'Another reporter asked about the ferry. "...?" he asked.': a pronoun that itself asks is
  the paragraph's one asker, not the official who was the last subject;
- 'Asked by a reporter, "...?" she replied ...': the question right after the opening
  "Asked by AGENT," is the agent's.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_BRIEFING = "Ministry spokesperson Nam Ye-seul briefed reporters on Monday."

CASES: list[tuple[list[str], str, str | None]] = [
    (
        [
            _BRIEFING,
            'A Brazilian reporter asked about the budget. "Who pays for the bridge?"'
            ' "Both governments, equally," Nam answered.',
        ],
        "Who pays for the bridge?",
        "A Brazilian reporter",
    ),
    (
        [
            _BRIEFING,
            'Another reporter pressed for a date. "Will it open this year?"'
            ' "I cannot promise that," the spokesperson said.',
        ],
        "Will it open this year?",
        "Another reporter",
    ),
    (
        [
            "Coast guard spokesperson Bong Tae-ryang briefed reporters on Monday.",
            'Another reporter asked about a ferry held in port. "Is anyone on board hurt?"'
            " he asked.",
            '"Nobody is hurt," the spokesperson said.',
        ],
        "Is anyone on board hurt?",
        "Another reporter",
    ),
    (
        [
            _BRIEFING,
            'Asked by a reporter, "Will the state pay for the bridge?" she replied that it'
            ' was "under review."',
        ],
        "Will the state pay for the bridge?",
        "a reporter",
    ),
    (  # near miss: the answer after the question stays the answerer's
        [
            _BRIEFING,
            'A Brazilian reporter asked about the budget. "Who pays for the bridge?"'
            ' "Both governments, equally," Nam answered.',
        ],
        "Both governments, equally,",
        "Ministry spokesperson Nam Ye-seul",
    ),
    (  # near miss: a sentence that asks nothing leaves the question to the one who speaks
        [
            _BRIEFING,
            'Nam then turned to the budget. "Who pays for the bridge? Both governments,'
            ' equally," she said.',
        ],
        "Who pays for the bridge?",
        "Ministry spokesperson Nam Ye-seul",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), CASES)
def test_round241(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_of(paragraphs, start) == speaker
