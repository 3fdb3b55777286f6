"""One search language: the store's FTS5 query and the reader's highlights read it alike."""

from __future__ import annotations

import pytest

from herald_tui.cache.search import to_fts_query
from herald_tui.errors import SearchError
from herald_tui.query import OR, Term, parse_query
from herald_tui.tui.spans import search_terms


def test_words_phrases_or_and_exclusions_are_parsed() -> None:
    assert parse_query('north "bank of korea" missile OR rocket -sports -"kim jong"') == [
        Term(("north",)),
        Term(("bank", "of", "korea"), quoted=True),
        Term(("missile",)),
        OR,
        Term(("rocket",)),
        Term(("sports",), negated=True),
        Term(("kim", "jong"), quoted=True, negated=True),
    ]


def test_punctuation_makes_a_phrase_and_lowercase_or_is_a_word() -> None:
    assert parse_query("K-pop or Samsung") == [
        Term(("K", "pop")),
        Term(("or",)),
        Term(("Samsung",)),
    ]


def test_names_are_read_as_one_term() -> None:
    assert parse_query("U.S. or Jae-in") == [
        Term(("U", "S"), alias="unitedstates"),
        Term(("or",)),
        Term(("Jae", "in"), alias="jaein"),
    ]


@pytest.mark.parametrize(
    ("query", "fts", "highlights"),
    [
        ("korea", '("korea"*)', ("korea*",)),  # a prefix in both
        ("of", '("of")', ("of",)),  # two Latin letters: exact in both
        ("수출", '("수출"*)', ("수출*",)),  # two Hangul syllables: a prefix in both
        ('"bank of korea"', '("bank of korea")', ("bank of korea",)),  # a phrase: exact
        ("rain -sports", '(("rain"*)) NOT "sports"*', ("rain*",)),  # excluded: not marked
    ],
)
def test_the_store_and_the_reader_read_a_query_alike(
    query: str, fts: str, highlights: tuple[str, ...]
) -> None:
    assert to_fts_query(query) == fts
    assert search_terms(query) == highlights


def test_an_unclosed_quote_is_refused_by_the_store_and_highlights_nothing() -> None:
    with pytest.raises(SearchError, match="unclosed quote"):
        parse_query('"bank of')
    assert search_terms('"bank of') == ()
