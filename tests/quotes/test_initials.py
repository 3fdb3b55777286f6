"""Headline acronyms spelled by a body's words (:mod:`herald_tui.quotes._initials`)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from herald_tui.quotes._initials import _SMALL, spells
from herald_tui.quotes._phrases import Mention


def _mention(text: str) -> Mention:
    return Mention(0, len(text), "role", text=text, role="chief", modifiers=())


def _spells_by_recursion(acronym: str, found: list[str], i: int) -> bool:
    """The definition, written as it reads: a small word is skipped or spells a letter."""
    if not acronym:
        return True
    if i >= len(found):
        return False
    word = found[i]
    if word.lower() in _SMALL and _spells_by_recursion(acronym, found, i + 1):
        return True
    return word[:1].upper() == acronym[0] and _spells_by_recursion(acronym[1:], found, i + 1)


def _calls(run: Callable[[], Any]) -> int:
    count = 0

    def profile(_frame: FrameType, event: str, _arg: object) -> None:
        nonlocal count
        count += event == "call"

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


def test_a_run_of_small_words_costs_linear_work() -> None:
    # Hostile text: a description of two dozen "Of"s against a headline's acronym of five O's
    # and a letter no word gives. Read by recursion with both choices at each small word,
    # every way of choosing five of them is tried from every start before the answer is no
    # (hundreds of thousands of calls); each position is worth reading once per letter.
    known = "Of " * 24 + "Korea"
    assert not spells(known, _mention("OOOOOX chief"))
    calls = _calls(lambda: spells(known, _mention("OOOOOX chief")))
    assert calls < 2_000


def test_the_body_spells_its_acronym() -> None:
    assert spells("Bank of Korea Governor Rhee Jae-won", _mention("BOK chief"))
    assert spells("Korea International Trade Association head Yoo", _mention("KITA chief"))
    assert not spells("Korea Trade Agency head Yoo", _mention("KITA chief"))


_WORDS = st.sampled_from(["of", "and", "Of", "Bank", "Korea", "Ocean", "Office", "the", "Kim"])


@given(st.lists(_WORDS, max_size=9), st.text(alphabet="BOKAT", min_size=2, max_size=4))
def test_spelled_as_the_definition_reads(words: list[str], acronym: str) -> None:
    expected = any(
        w[:1].isupper() and _spells_by_recursion(acronym, words, i) for i, w in enumerate(words)
    )
    assert spells(" ".join(words), _mention(f"{acronym} chief")) is expected
