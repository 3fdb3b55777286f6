"""Round 81: wrong speakers of the fresh splits tuning30 and tuning31, counted over every split.

Invented sentences of wire copy (no name or sentence from a corpus article). The shape the
round kept (at least three articles of at least two splits, one of them fresh):

* a question opened right after "A reporter asked," or "Another reporter asked:" and closed by
  its question mark, then the answerer named as the next sentence's subject ('A reporter
  asked, "...?" NAME, director of ..., answered.', '... "...?" NAME paused before answering.'):
  the name after the closing mark was read as the question's tag, so the answerer asked it. A
  careful reader gives the question to the asker: the comma or colon after "asked" opens it,
  and the question mark closes that sentence.

Near misses keep their answer: a question with no frame before it ('"...?" asked NAME'), a
question a name asks and another answers, the answer after the question (still the
answerer's when a verb of saying names them), a statement (no question mark) after "said,".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

MUST: list[object] = [  # (paragraphs, [(piece, speaker)]); each fails on main
    (
        [
            "Seok Han-byeol (석한별), the agency's commissioner, briefed reporters in Osong.",
            'A reporter asked, "Will the season run longer this year?" Dokgo Min-chan, '
            'head of the agency\'s vaccine division, answered. "We cannot rule that out," '
            "he said.",
        ],
        [("run longer", "reporter"), ("cannot rule that out", "Dokgo Min-chan")],
    ),
    (
        [
            "Yeom Ga-ram, the commission's chair, spoke at a briefing in Sejong on Tuesday.",
            'Another reporter asked: "Has the commission heard from the bus unions?" Yeom '
            'said the commission had "met them twice."',
        ],
        [("heard from the bus unions", "another reporter"), ("met them twice", "Yeom Ga-ram")],
    ),
    (
        [
            "Pyo Seul-gi, the festival director, took questions after the opening.",
            'One reporter asked, "Why move the festival to the river?" Pyo smiled before '
            'answering. "Because the river was always here," she said.',
        ],
        [("move the festival", "reporter"), ("always here", "Pyo Seul-gi")],
    ),
]

NEAR_MISSES: list[object] = [  # the same words, another answer; right on main and after
    (
        ['"Why move the festival to the river?" asked Pyo Seul-gi, the festival director.'],
        [("move the festival", "Pyo Seul-gi")],
    ),
    (
        ['Pyo Seul-gi asked, "Why move the festival?" Her deputy, Ga Eun-sol, had no answer.'],
        [("move the festival", "Pyo Seul-gi")],
    ),
    (
        [
            "Yeom Ga-ram, the commission's chair, spoke in Sejong on Tuesday.",
            'A reporter asked whether fares would rise. "Not this year," Yeom said.',
        ],
        [("Not this year", "Yeom Ga-ram")],
    ),
    (
        ['Yeom Ga-ram said, "Fares will not rise this year." Ga Eun-sol said she agreed.'],
        [("Fares will not rise", "Yeom Ga-ram")],
    ),
    (
        ['"Will fares rise?" a reporter asked. "Not this year," Yeom Ga-ram said.'],
        [("Will fares rise", "reporter"), ("Not this year", "Yeom Ga-ram")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MUST)
def test_question_after_asked_is_the_askers(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == []


@pytest.mark.parametrize(("paragraphs", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_answer(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == []
