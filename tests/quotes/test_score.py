"""The extractor reaches the accuracy goals on the whole labelled corpus (every split), and
the scorer itself counts the way its docstring says."""

from __future__ import annotations

from benchmarks.quote_score import (
    Score,
    load,
    load_all,
    overlap,
    score,
    score_article,
    speaker_right,
)
from herald_tui.model import Quote

GOALS = {"precision": 0.95, "recall": 0.93, "speaker_accuracy": 0.90, "end_to_end_f1": 0.85}


def test_corpus_meets_the_goals() -> None:
    result = score(load_all())
    figures = {name: getattr(result, name) for name in GOALS}
    report = "\n".join(map(str, result.mismatches))
    failed = {name: round(value, 3) for name, value in figures.items() if value < GOALS[name]}
    assert not failed, f"{result.summary()}\nbelow goal: {failed}\nmismatches:\n{report}"


def test_corpus_has_every_split() -> None:
    assert len(load("dev")) >= 30
    assert len(load("heldout")) >= 10
    assert len(load("heldout2")) >= 12


# --- the scorer --------------------------------------------------------------------------------


def quote(text: str, paragraph: int | None, speaker: str | None, short: str | None) -> Quote:
    return Quote(text, speaker, paragraph, "full", 0, len(text), speaker_short=short)


def test_overlap_is_shared_words_over_the_larger_count() -> None:
    assert overlap("We will not back down,", "we will NOT back down") == 1.0
    assert overlap("a b c d e", "a b c d") == 0.8
    assert overlap("a b c d e", "a b c") == 0.6
    assert overlap("", "") == 0.0


def test_speaker_matches_short_form_or_inside_the_full_one() -> None:
    kim = quote("x", 0, "Kim Min-ji, a professor at Korea University", "Kim Min-ji")
    assert speaker_right("Kim Min-ji", kim)
    assert speaker_right("professor at Korea  University", kim)
    assert not speaker_right("Lee Sang-min", kim)
    assert not speaker_right(None, kim)
    assert speaker_right(None, quote("x", 0, None, None))
    assert speaker_right("Seoul’s chief", quote("x", 0, "Seoul's chief negotiator", None))


def test_score_counts_matches_misses_and_wrong_speakers() -> None:
    article = {
        "id": "t",
        "headline": "h",
        "paragraphs": ["p0", "p1", "p2"],
        "quotes": [
            {"paragraph": 0, "text": "one two three four five", "speaker": "Kim", "kind": "full"},
            {"paragraph": 1, "text": "six seven", "speaker": "Lee", "kind": "partial"},
            {"paragraph": 2, "text": "missed words", "speaker": None, "kind": "partial"},
        ],
    }
    found = [
        quote("one two three four", 0, "Kim Min-ji", "Kim"),  # 4/5 words: a match
        quote("six seven", 1, "Park", "Park"),  # right span, wrong speaker
        quote("six seven", 0, "Lee", "Lee"),  # wrong paragraph: spurious
    ]
    result = score_article(article, lambda _h, _p: found)
    assert (result.gold, result.extracted, result.matched, result.speaker_right) == (3, 3, 2, 1)
    assert sorted(m.what for m in result.mismatches) == ["missed", "speaker", "spurious"]
    assert round(result.precision, 3) == round(result.recall, 3) == 0.667
    assert result.speaker_accuracy == 0.5
    assert round(result.end_to_end_f1, 3) == 0.333


def test_empty_score_is_not_a_division_by_zero() -> None:
    assert Score().f1 == 1.0
