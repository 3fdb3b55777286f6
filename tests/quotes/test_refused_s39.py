"""Rounds 281 and 286 to 289: readings written and measured, not merged (below the bar).

Invented sentences only (no name or sentence from a corpus article). Each was right where it
moved anything on tuning text but gained in fewer than three tuning articles
(docs/PERFORMANCE.md, rounds 281 and 286 to 289), and none moved a verdict on the merge checks
tuning104 to tuning107. Their shapes stay here as strict xfails: a later change that reads them
passes these, and must then be measured and these turned into tests. Branches `rules281` and
`rules286` to `rules289` keep the code.

- Round 281: "he" or "she" never means a role phrase "a" or "an" brings in with no noun for a
  person ('A bill dubbed the "..." has been pending'): right 3, in two articles. Merged in
  session 47 as round 379 (four articles by then); its case moved to
  ``tests/quotes/test_round379.py``.
- Round 286: a titled surname two people share ("Professor Seo said") is the bearer whose roles
  hold the title, as round 65 reads "Seo, the professor,": right 1.
- Round 287: a role phrase's capitalised owner ("Kwon's team plans ...") is whom a later "she"
  of the paragraph means, as round 164 reads "Fans in NAME's hometown": right 1. Merged in
  session 42 as round 332 (three articles by then); its case moved to
  ``tests/quotes/test_round332.py``.
- Round 288: the subject of an absolute "with NOUN PHRASE -ing" is the phrase after "with"
  ('with the botanist who found it calling it "..."'): right 3, in two articles.
- Round 289: a place a preposition governs right before a participle ('filled the plaza
  outside the ministry chanting "..."') is the scene, and the sentence's subject chants: right
  2, in two articles.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

LEFT_OUT: list[tuple[str, list[str], str, str]] = [
    (
        "round 286",
        [
            "The survey was led by professor Mo Cheol-gyu of Kangwon National University.",
            "Co-author Mo Ha-seul, a doctoral student, said the fieldwork took two winters.",
            'Professor Mo said the data could help forecasters, calling it "a free weather'
            ' station."',
        ],
        "a free weather station",
        "Mo Cheol-gyu",
    ),
    (
        "round 288",
        [
            "A lichen that grows only on sea cliffs has been named a new species, with the"
            ' botanist who found it calling it "a living fossil of the island."'
        ],
        "a living fossil",
        "botanist",
    ),
    (
        "round 289",
        [
            'About 900 protesters filled the square outside the ministry chanting "Fair pay for'
            ' night work!"'
        ],
        "Fair pay for night work",
        "protesters",
    ),
]


@pytest.mark.xfail(strict=True, reason="rounds 281, 286 to 289: not merged, below the bar")
@pytest.mark.parametrize(("label", "paragraphs", "start", "speaker"), LEFT_OUT)
def test_refused_shapes_left_out(
    label: str, paragraphs: list[str], start: str, speaker: str
) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found
