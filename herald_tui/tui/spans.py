"""Where to highlight: the pieces of a quotation, the words a search matched.

Pure functions over plain strings and offsets, so the rules are tested without an app.
Offsets are character offsets into :attr:`Article.headline` and :attr:`Article.paragraphs`,
the same ones :class:`~herald_tui.model.Quote` uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from herald_tui.errors import SearchError
from herald_tui.model import Quote
from herald_tui.query import WORD, highlight_terms, match_spans, parse_query
from herald_tui.results import MARK_OFF, MARK_ON

__all__ = [
    "Piece",
    "find_spans",
    "marked_pieces",
    "quote_pieces",
    "search_terms",
    "term_spans",
]

Piece = tuple[int | None, int, int]
"""``(paragraph, start, end)``: a range of one paragraph; paragraph None is the headline."""


_MARKS = re.compile(f"([{MARK_ON}{MARK_OFF}])")
_MAX_TERMS = 24
"""A query longer than this highlights its first words only (one regex per term)."""


def quote_pieces(quote: Quote, headline: str, paragraphs: Sequence[str]) -> list[Piece]:
    """The ranges ``quote`` covers: from ``start`` to the end of its first paragraph, every
    middle paragraph whole, the last one up to ``end``. Offsets are clamped to the text, and a
    quote pointing outside the article (a stale or damaged copy) has no pieces."""
    if quote.paragraph is None:
        return _clamped([(None, quote.start, quote.end)], headline, paragraphs)
    first, last = quote.paragraph, quote.last_paragraph
    if last is None or last <= first:
        return _clamped([(first, quote.start, quote.end)], headline, paragraphs)
    pieces: list[Piece] = [(first, quote.start, _length(paragraphs, first))]
    pieces += [(n, 0, _length(paragraphs, n)) for n in range(first + 1, last)]
    pieces.append((last, 0, quote.end))
    return _clamped(pieces, headline, paragraphs)


def _length(paragraphs: Sequence[str], index: int) -> int:
    return len(paragraphs[index]) if 0 <= index < len(paragraphs) else 0


def _clamped(pieces: list[Piece], headline: str, paragraphs: Sequence[str]) -> list[Piece]:
    result: list[Piece] = []
    for index, start, end in pieces:
        if index is not None and not 0 <= index < len(paragraphs):
            return []
        size = len(headline if index is None else paragraphs[index])
        start, end = max(0, min(start, size)), max(0, min(end, size))
        if start < end:
            result.append((index, start, end))
    return result


def marked_pieces(snippet: str) -> list[tuple[str, bool]]:
    """``snippet`` cut at its match marks: ``(text, is_match)`` pieces, marks dropped. An
    opening mark without its closing one marks the rest; a stray closing mark is ignored."""
    pieces: list[tuple[str, bool]] = []
    inside = False
    for part in _MARKS.split(snippet):
        if part in (MARK_ON, MARK_OFF):
            inside = part == MARK_ON
        elif part:
            pieces.append((part, inside))
    return pieces


def search_terms(query: str, snippets: Iterable[str] = ()) -> tuple[str, ...]:
    """What to highlight in an article found by ``query``, as the search matched it: its
    words (``word*`` where the search takes a prefix: Latin words of three letters or more,
    Hangul) and quoted phrases, excluded ones and ``OR`` left out; then the words the
    snippets marked. Lower-cased, longest first."""
    try:
        terms = highlight_terms(parse_query(query))
    except SearchError:  # not a query the search took: only the snippets say what matched
        terms = []
    for snippet in snippets:
        for text, is_match in marked_pieces(snippet):
            if is_match:
                terms += [word.lower() for word in WORD.findall(text)]
    unique = sorted({term for term in terms if term.strip("*")}, key=lambda t: (-len(t), t))
    return tuple(unique[:_MAX_TERMS])


def term_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where ``terms`` (from :func:`search_terms`) occur in ``text``, case-insensitively, as
    whole words; a term ending in ``*`` takes its last word as a prefix (``korea*`` marks all
    of "Korean"), and a phrase's words may be separated by any punctuation or spaces. Sorted,
    overlaps merged."""
    return match_spans(text, tuple(terms))


def find_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``text``, as typed in a find bar: case-insensitively, as
    written (no word boundaries: part of a word or of a Hangul name matches), any run of
    spaces in it matching any run of white space. Non-overlapping, in order."""
    words = needle.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]
