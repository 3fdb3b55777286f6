"""Where highlights go: quotation pieces, search terms, snippet marks (pure functions)."""

from __future__ import annotations

from herald_tui.model import Quote
from herald_tui.tui import display
from herald_tui.tui.spans import marked_pieces, quote_pieces, search_terms, term_spans

HEADLINE = "'No more excuses': coach"
PARAGRAPHS = ("A first paragraph.", "Second one here.", "Middle.", "Last one, he said.")


def quote(paragraph: int | None, start: int, end: int, last: int | None = None) -> Quote:
    return Quote("x", "Kim", paragraph, "full", start, end, "Kim", last)


def test_a_quote_in_one_paragraph_is_one_piece() -> None:
    assert quote_pieces(quote(1, 0, 6), HEADLINE, PARAGRAPHS) == [(1, 0, 6)]


def test_a_headline_quote_is_a_piece_of_the_headline() -> None:
    assert quote_pieces(quote(None, 1, 16), HEADLINE, PARAGRAPHS) == [(None, 1, 16)]


def test_a_quote_over_paragraphs_covers_each_piece() -> None:
    # From start to the end of the first, the middle whole, the last up to end.
    pieces = quote_pieces(quote(1, 7, 8, last=3), HEADLINE, PARAGRAPHS)
    assert pieces == [(1, 7, 16), (2, 0, 7), (3, 0, 8)]


def test_a_quote_pointing_outside_the_article_has_no_pieces() -> None:
    assert quote_pieces(quote(9, 0, 3), HEADLINE, PARAGRAPHS) == []
    assert quote_pieces(quote(2, 0, 3, last=7), HEADLINE, PARAGRAPHS) == []
    # Offsets past the end are clamped; an empty range is no piece.
    assert quote_pieces(quote(2, 3, 99), HEADLINE, PARAGRAPHS) == [(2, 3, 7)]
    assert quote_pieces(quote(2, 50, 99), HEADLINE, PARAGRAPHS) == []


def test_search_terms_follow_the_query_language() -> None:
    terms = search_terms('Tariff korea -sports "bank of Korea" rate OR yield -"kim jong" K-pop of')
    # Words of three letters or more are prefixes; short ones and phrases are exact.
    assert set(terms) == {"tariff*", "korea*", "bank of korea", "rate*", "yield*", "k pop", "of"}
    assert terms[0] == "bank of korea"  # longest first


def test_search_terms_mark_every_way_of_writing_a_name() -> None:
    assert set(search_terms("N. Korea")) == {
        "north korea",
        "north korean",
        "n korea",
        "n korean",
        "nk",
        "dprk",
        "northkorea",
    }
    assert set(search_terms("Kyungah")) >= {"kyungah*", "kyung ah"}


def test_search_terms_add_the_words_a_snippet_marked() -> None:
    terms = search_terms("kore", ["the \x02Korean\x03 won and \x02KOSPI\x03"])
    assert set(terms) == {"korean", "kospi", "kore*"}


def test_term_spans_match_word_starts_prefixes_and_phrases() -> None:
    text = "The Bank of Korea said North Koreans, and offshore U.S. firms, of course."
    spans = term_spans(text, ["bank of korea", "korea*", "of", "u s"])
    found = [text[start:end] for start, end in spans]
    assert found == ["Bank of Korea", "Koreans", "U.S", "of"]  # not "offshore"


def test_term_spans_merge_overlaps_and_ignore_empty_terms() -> None:
    text = "Seoul Seoulites"
    assert term_spans(text, ["seoul*", "seoul", "", "*"]) == [(0, 5), (6, 15)]


def test_snippet_marks_become_pieces() -> None:
    assert marked_pieces("a \x02b\x03 c") == [("a ", False), ("b", True), (" c", False)]
    # A stray close mark is dropped; an open mark without its close marks the rest.
    assert marked_pieces("a\x03 b \x02c d") == [("a", False), (" b ", False), ("c d", True)]


def test_a_hostile_snippet_is_plain_text_with_styled_matches() -> None:
    snippet = " [@click=app.quit]x[/] \x02[b]Seoul\x1b]52;c;aGk=\x07\x03\n and \u202eon "
    content = display.marked(snippet, "bold")
    assert content.plain == "[@click=app.quit]x[/] [b]Seoul]52;c;aGk= and on"
    [span] = content.spans
    assert content.plain[span.start : span.end] == "[b]Seoul]52;c;aGk="
    assert span.style == "bold"
