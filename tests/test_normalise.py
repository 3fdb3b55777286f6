"""Names a Korea reader writes several ways: one key in the index, one term in the query,
and highlights on the words as written."""

from __future__ import annotations

import pytest

from herald_tui.normalise import index_keys, query_alias, romanised_pair, surface_forms
from herald_tui.query import highlight_terms, match_spans, parse_query


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("N. Korea fired a missile", ["northkorea"]),
        ("North Korea and North Korean troops", ["northkorea", "northkorea"]),
        ("NK and the DPRK", ["northkorea", "northkorea"]),
        ("S. Korea, South Korea, the ROK", ["southkorea"] * 3),
        ("the U.S. and the US and the United States", ["unitedstates"] * 3),
        ("Kim Kyung-ah and Lee Kyung Ah", ["kimkyung", "kyungah", "leekyung", "kyungah"]),
    ],
)
def test_the_index_gets_the_key_of_every_form(text: str, keys: list[str]) -> None:
    assert index_keys(text) == keys


@pytest.mark.parametrize(
    "text",
    [
        "they told us so",  # the pronoun
        "a rok and a nk",  # short forms count in capitals only
        "trash-carrying balloons",  # not romanised syllables
        "Kyung ah",  # a space joins capitalised syllables only
        "n. korea",  # "N" of a name is a capital
    ],
)
def test_ordinary_words_are_not_names(text: str) -> None:
    assert index_keys(text) == []


@pytest.mark.parametrize(
    ("words", "found"),
    [
        (("N", "Korea"), ("northkorea", 2)),
        (("north", "korea", "missile"), ("northkorea", 2)),
        (("nk",), ("northkorea", 1)),  # a query is read loosely
        (("DPRK",), ("northkorea", 1)),
        (("rok",), ("southkorea", 1)),
        (("US",), ("unitedstates", 1)),
        (("u", "s"), ("unitedstates", 2)),
        (("us",), None),  # lowercase: the word
        (("korea",), None),
    ],
)
def test_the_query_names_a_key(words: tuple[str, ...], found: tuple[str, int] | None) -> None:
    assert query_alias(words) == found


def test_romanised_names_join_two_syllables() -> None:
    assert romanised_pair("Kyung", "ah") == "kyungah"
    assert romanised_pair("Jae", "in") == "jaein"
    assert romanised_pair("trash", "carrying") is None
    assert "n korea" in surface_forms("northkorea") and surface_forms("kyungah") == ()


@pytest.mark.parametrize("query", ["N. Korea", "North Korea", "NK", "DPRK", "n korea"])
def test_every_form_of_a_name_is_one_term(query: str) -> None:
    (term,) = parse_query(query)
    assert not isinstance(term, str) and term.alias == "northkorea"


@pytest.mark.parametrize("query", ["Kyung-ah", "Kyung ah", "kyung-ah"])
def test_a_romanised_name_is_one_term_with_or_without_its_hyphen(query: str) -> None:
    (term,) = parse_query(query)
    assert not isinstance(term, str) and term.alias == "kyungah"


def test_highlights_mark_the_words_as_written() -> None:
    text = "N. Korea and the DPRK; North Korean troops; Kim Kyung-ah and Kyungah"
    marked = [text[s:e] for s, e in match_spans(text, highlight_terms(parse_query("NK")))]
    assert marked == ["N. Korea", "DPRK", "North Korean"]
    for query in ("Kyungah", "Kyung-ah", "Kyung ah"):
        spans = match_spans(text, highlight_terms(parse_query(query)))
        assert [text[s:e] for s, e in spans] == ["Kyung-ah", "Kyungah"], query


def test_hangul_is_searched_as_today() -> None:
    (term,) = parse_query("수출")
    assert not isinstance(term, str) and term.alias == "" and term.prefix
    assert index_keys("반도체 수출 증가") == []
