"""Every search has a bounded cost (issue 14, item 13): short prefixes of any script are
exact words, the cache never gets an FTS5 prefix query, words and length are capped, and a
step budget stops any query that still runs away."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from herald_tui.cache import Store, search
from herald_tui.cache.search import (
    MAX_EXPANDED,
    MAX_EXPANSION,
    MAX_QUERY_CHARS,
    MAX_WORDS,
    to_fts_query,
)
from herald_tui.library import SearchError
from herald_tui.query import worth_a_prefix
from tests.cache.factories import article


@pytest.mark.parametrize(
    ("text", "query"),
    [
        # One or two letters once folded as the index stores them: exact, in any script.
        ("é", '("é")'),
        ("éa", '("éa")'),
        ("ÉCO", '("ÉCO"*)'),
        ("не", '("не")'),
        ("нет", '("нет"*)'),
        ("ǅ", '("ǅ")'),
        ("e\u0301", '("e")'),  # the accent is a separator here, and dropped in the index
        # One Hangul syllable or CJK ideograph: exact; two are a word, worth a prefix.
        ("수", '("수")'),
        ("수출", '("수출"*)'),
        ("中", '("中")'),
        # Words run together with punctuation: an exact phrase, never a prefix.
        ("k-pop", '("k pop")'),
    ],
)
def test_short_prefixes_of_any_script_are_exact(text: str, query: str) -> None:
    assert to_fts_query(text) == query


def test_highlights_follow_the_same_prefix_rule() -> None:
    from herald_tui.tui.spans import search_terms

    assert search_terms("é k-pop 수 수출 korea") == (
        "korea*",
        "k pop",
        "수출*",
        "é",
        "수",
    )


def test_combining_marks_do_not_make_a_prefix() -> None:
    assert not worth_a_prefix("e\u0301\u0301\u0301")  # one letter and its accents
    assert worth_a_prefix("cafe")


def test_words_and_length_are_capped() -> None:
    to_fts_query(" ".join(["korea"] * MAX_WORDS))
    with pytest.raises(SearchError, match="too many words"):
        to_fts_query(" ".join(["korea"] * (MAX_WORDS + 1)))
    with pytest.raises(SearchError, match="too many words"):
        to_fts_query(" ".join(["é"] * 100))
    with pytest.raises(SearchError, match="too long"):
        to_fts_query("k" * (MAX_QUERY_CHARS + 1))


_LETTERS = st.sampled_from([*'aé수中нe\u0301ǅ -"*', "OR", "korea", "수출"])


@given(st.lists(_LETTERS, max_size=20).map("".join))
@settings(max_examples=300, deadline=None)
def test_the_cache_never_gets_an_fts5_prefix_query(text: str) -> None:
    for expand in (lambda prefix: None, lambda prefix: [prefix, prefix + "s"]):
        try:
            query = to_fts_query(text, expand)
        except SearchError:
            return
        assert '"*' not in query, query


def test_a_query_over_its_budget_stops_with_a_message(
    mem: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Enough matches that ranking them takes over 2,000 steps (a budget of 1 thousand
    # interrupts at the second check).
    mem.put_articles([article(n, words=300) for n in range(1, 121)])
    assert len(mem.search("exports", limit=200)) == 120
    monkeypatch.setattr(search, "MAX_STEPS", 1)
    with pytest.raises(SearchError, match="matches too much"):
        mem.search("exports")
    # The budget is for one query only: everything else runs as usual afterwards.
    assert mem.get_article(article(1).url) is not None
    monkeypatch.setattr(search, "MAX_STEPS", 4_000)
    assert len(mem.search("exports", limit=200)) == 120


def test_all_prefixes_of_a_search_expand_to_a_bounded_number_of_terms() -> None:
    def expand(prefix: str) -> list[str]:
        return [f"{prefix}{n:02d}" for n in range(MAX_EXPANSION)]

    query = to_fts_query("alpha bravo charlie delta echo", expand)
    assert query.count('"') // 2 == MAX_EXPANDED + 5 - MAX_EXPANDED // MAX_EXPANSION
    assert '"charlie"' in query and '"bravo00"' in query  # the rest: the words themselves
    assert to_fts_query("a OR b OR c OR d OR e OR f OR g OR h OR i OR j OR k OR l")
