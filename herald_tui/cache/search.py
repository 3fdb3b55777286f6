"""Full-text search: user text to a safe FTS5 query (run by :mod:`herald_tui.cache.ranking`).

The query language is :mod:`herald_tui.query`'s (an exclusion needs at least one word to search
for); :func:`to_fts_query` renders it. Every word reaches FTS5 inside double quotes, so FTS5
operators, column filters and ``NEAR(...)`` typed by the user are only words; the only column
names in a query are the filters' own (:data:`herald_tui.query.FIELDS`), and an unknown
``name:`` is refused with a message. An unclosed quote,
a misplaced ``OR`` or a query with nothing to search for raises
:class:`~herald_tui.library.SearchError` with a message saying so.

Cost is bounded for every query: at most :data:`MAX_QUERY_CHARS` characters and
:data:`MAX_WORDS` words; a prefix searched in the cache is expanded, through the vocabulary
table, into at most :data:`MAX_EXPANSION` words, :data:`MAX_EXPANDED` for all the prefixes of
a search (beyond that only the word itself is searched: FTS5's own prefix query merges the
postings of every matching term up front, where nothing can stop it); and the query runs
under a step budget (:data:`MAX_STEPS`), past which it stops with a SearchError.

Ranking is FTS5's bm25 with the headline weighted ten times the body (see
:mod:`herald_tui.cache.migrations`); a name (:mod:`herald_tui.normalise`) is its key in the
cache's index, every form of it in the saved articles' index, which holds no keys.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from herald_tui.cache.db import Database
from herald_tui.cache.vocab import index_terms, remember_terms
from herald_tui.errors import SearchError
from herald_tui.normalise import surface_forms
from herald_tui.query import HELP, OR, WORD, Query, Term, fold, parse_search

__all__ = [
    "MAX_EXPANDED",
    "MAX_EXPANSION",
    "MAX_QUERY_CHARS",
    "MAX_STEPS",
    "MAX_WORDS",
    "Rendered",
    "checked",
    "expander",
    "index_terms",
    "rebuild_terms",
    "remember_terms",
    "render",
    "render_parts",
    "to_fts_query",
]


@dataclass(frozen=True, slots=True)
class _Term:
    fts: str
    negated: bool
    field: bool = False


Expand = Callable[[str], list[str] | None]
"""Maps a folded prefix to the index terms starting with it, or None when there are none or
more than :data:`MAX_EXPANSION` (the word is then searched exactly)."""

MAX_EXPANSION = 32
"""Index terms a prefix may stand for (ORed: FTS5 reads them lazily)."""

MAX_EXPANDED = 64
"""Index terms all the prefixes of one search may stand for together."""

MAX_QUERY_CHARS = 300
"""Longest search text accepted."""

MAX_WORDS = 12
"""Most words in one search, phrases and excluded words included."""

MAX_STEPS = 4_000
"""The step budget of one search query, in thousands of SQLite virtual machine steps:
several times what the broadest everyday search needs on 100,000 articles."""

TOO_BROAD = "this search matches too much to rank in time: add words, or use a longer word"


def rebuild_terms(conn: sqlite3.Connection) -> None:
    """Refill the vocabulary from the index itself (dropping the terms of deleted articles),
    in the caller's write transaction. Reads the whole index: for maintenance only."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab"
        " USING fts5vocab(main, 'search_fts', 'col')"
    )
    conn.execute("DELETE FROM search_terms")
    # Not the filters' columns (codec.VOCABULARY_COLUMNS says why).
    conn.execute(
        "INSERT OR IGNORE INTO search_terms (term) SELECT term FROM temp.search_vocab"
        " WHERE col NOT IN ('source', 'section')"
    )


def expander(db: Database) -> Expand:
    """An :data:`Expand` reading the vocabulary of ``db`` (the cache database)."""

    def expand(prefix: str) -> list[str] | None:
        rows = db.rows(
            "SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?",
            (prefix, prefix + "\U0010ffff", MAX_EXPANSION + 1),
        )
        # A damaged row could hold anything: only plain words may go inside the quotes.
        terms = [str(t) for (t,) in rows if isinstance(t, str) and WORD.fullmatch(t)]
        return terms if 0 < len(terms) <= MAX_EXPANSION else None

    return expand


def _phrase(term: Term, expand: Expand | None = None, keys: bool = False) -> str:
    """``term`` in FTS5, within its filter's column (``{source} : ...``)."""
    body = _words(term, expand, keys)
    # The column name is ours (query.FIELDS), never the user's text.
    return f"{{{term.field}}} : {body}" if term.field else body


def _words(term: Term, expand: Expand | None, keys: bool) -> str:
    if term.alias and keys and surface_forms(term.alias):
        # The index adds a name's key wherever any form of it is written.
        return f'"{term.alias}"'
    if term.alias:
        return "(" + " OR ".join('"' + " ".join(f) + '"' for f in term.forms) + ")"
    # Words hold letters and digits only, so they cannot close the quotes. Term.prefix says
    # when a word is a prefix (never a short one: that would cost a scan of the index).
    words, last, prefix = term.words, term.words[-1], term.prefix
    if prefix and expand is not None:
        # ("korea" OR "korean") is evaluated lazily; "korea"* merges every doclist up front
        # (docs/PERFORMANCE.md), where nothing can interrupt it. Too many terms: the word
        # itself, exactly.
        terms = expand(fold(last))
        if terms:
            return "(" + " OR ".join(f'"{t}"' for t in terms) + ")"
        prefix = False
    return '"' + " ".join(words) + '"' + ("*" if prefix else "")


def checked(text: str) -> Query:
    """The user's text parsed, within the bounds on length and words."""
    if len(text) > MAX_QUERY_CHARS:
        raise SearchError(f"the search is too long (at most {MAX_QUERY_CHARS} characters)")
    if len(WORD.findall(text)) - text.split().count(OR) > MAX_WORDS:
        raise SearchError(f"too many words in the search (at most {MAX_WORDS})")
    return parse_search(text)


def _terms(query: Query, expand: Expand | None, keys: bool) -> list[_Term | str]:
    """The query as FTS5 terms and ``OR`` markers, in order; without ``keys`` (the saved
    articles' index: no names' keys, no filter columns) filters are left out."""
    return [
        item
        if isinstance(item, str)
        else _Term(_phrase(item, expand, keys), item.negated, bool(item.field))
        for item in query.items
        if keys or isinstance(item, str) or not item.field
    ]


def to_fts_query(text: str, expand: Expand | None = None, *, keys: bool = False) -> str:
    """A safe FTS5 query for the user's search text (module docstring: the language).

    ``expand`` turns a prefix into the terms it stands for (see :func:`expander`); without
    it, prefixes are left to FTS5 (the saved articles: few). ``keys``: for the cache's
    index, which holds the names' keys and the filters' columns.
    """
    return render(checked(text), expand, keys=keys)


def render(query: Query, expand: Expand | None = None, *, keys: bool = False) -> str:
    """:func:`to_fts_query` of a parsed, checked query (:func:`checked`)."""
    return render_parts(query, expand, keys=keys).fts


@dataclass(frozen=True, slots=True)
class Rendered:
    """A query for the cache's index (:func:`render_parts`), with its parts, for ranking."""

    fts: str
    """The whole query (:func:`render`)."""
    words: tuple[str, ...]
    """Its groups of words ANDed together (each an FTS5 expression; alternatives ORed within
    a group), not the filters."""
    others: tuple[str, ...]
    """Its filters and excluded words: they choose rows; bm25 need not weigh them."""


def render_parts(query: Query, expand: Expand | None = None, *, keys: bool = False) -> Rendered:
    """:func:`render`, with the parts of the query (:mod:`herald_tui.cache.ranking` ranks by
    some of them only)."""
    groups: list[list[_Term]] = []  # alternatives joined by OR; groups joined by AND
    excluded: list[str] = []
    items = _terms(query, _bounded(expand) if expand else None, keys)
    for i, item in enumerate(items):
        if isinstance(item, _Term) and item.negated:
            excluded.append(item.fts)
        elif isinstance(item, _Term):
            joined = i > 0 and items[i - 1] == OR
            if joined:
                groups[-1].append(item)
            else:
                groups.append([item])
        elif not _between_terms(items, i):
            raise SearchError(f"OR must stand between two words or phrases: {HELP}")
    if not groups:
        what = "a word to search for (-word only excludes)" if excluded else "nothing to search"
        raise SearchError(f"{what}: {HELP}")
    rendered = ["(" + " OR ".join(t.fts for t in g) + ")" for g in groups]
    fts = " AND ".join(rendered)
    for term in excluded:
        fts = f"({fts}) NOT {term}"
    filters = [all(t.field for t in g) for g in groups]
    words = [r for r, only in zip(rendered, filters, strict=True) if not only]
    others = [r for r, only in zip(rendered, filters, strict=True) if only] + excluded
    return Rendered(fts, tuple(words), tuple(others))


def _bounded(expand: Expand) -> Expand:
    """``expand`` giving at most :data:`MAX_EXPANDED` terms over all calls (then None)."""
    left = [MAX_EXPANDED]

    def bounded(prefix: str) -> list[str] | None:
        terms = expand(prefix)
        if terms is None or len(terms) > left[0]:
            return None
        left[0] -= len(terms)
        return terms

    return bounded


def _between_terms(items: list[_Term | str], i: int) -> bool:
    def positive(j: int) -> bool:
        return 0 <= j < len(items) and isinstance(items[j], _Term) and not items[j].negated  # type: ignore[union-attr]

    return positive(i - 1) and positive(i + 1)
