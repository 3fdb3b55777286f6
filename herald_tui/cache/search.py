"""Full-text search: user text to a safe FTS5 query, ranked hits with marked snippets.

The query language is :mod:`herald_tui.query`'s (an exclusion needs at least one word to search
for); :func:`to_fts_query` renders it. Every word reaches FTS5 inside double quotes, so FTS5
operators, column filters and ``NEAR(...)`` typed by the user are only words. An unclosed quote,
a misplaced ``OR`` or a query with nothing to search for raises
:class:`~herald_tui.library.SearchError` with a message saying so.

Cost is bounded for every query: at most :data:`MAX_QUERY_CHARS` characters and
:data:`MAX_WORDS` words; a prefix searched in the cache is expanded, through the vocabulary
table, into at most :data:`MAX_EXPANSION` words, :data:`MAX_EXPANDED` for all the prefixes of
a search (beyond that only the word itself is searched: FTS5's own prefix query merges the
postings of every matching term up front, where nothing can stop it); and the query runs
under a step budget (:data:`MAX_STEPS`), past which it stops with a SearchError.

Ranking is FTS5's bm25 with the headline weighted ten times the body (see
:mod:`herald_tui.cache.migrations`); snippets mark matches between
:data:`~herald_tui.results.MARK_ON` and :data:`~herald_tui.results.MARK_OFF`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from herald_tui.cache.codec import unseal_json
from herald_tui.cache.db import Database
from herald_tui.errors import SearchError
from herald_tui.query import HELP, OR, WORD, Term, fold, parse_query
from herald_tui.results import MARK_OFF, MARK_ON, SearchHit

__all__ = [
    "MAX_EXPANDED",
    "MAX_EXPANSION",
    "MAX_QUERY_CHARS",
    "MAX_STEPS",
    "MAX_WORDS",
    "expander",
    "index_terms",
    "rebuild_terms",
    "remember_terms",
    "search_table",
    "to_fts_query",
]


SNIPPET_TOKENS = 16
"""Words around the matches in a snippet."""


@dataclass(frozen=True, slots=True)
class _Term:
    fts: str
    negated: bool


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


def index_terms(texts: Iterable[str]) -> set[str]:
    """The terms FTS5 makes of ``texts`` (for the prefix vocabulary ``search_terms``)."""
    return {fold(token) for text in texts for token in WORD.findall(text)}


def remember_terms(conn: sqlite3.Connection, terms: set[str]) -> None:
    """Add ``terms`` to the vocabulary, in the caller's write transaction."""
    conn.executemany(
        "INSERT OR IGNORE INTO search_terms (term) VALUES (?)", [(t,) for t in sorted(terms)]
    )


def rebuild_terms(conn: sqlite3.Connection) -> None:
    """Refill the vocabulary from the index itself (dropping the terms of deleted articles),
    in the caller's write transaction. Reads the whole index: for maintenance only."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab"
        " USING fts5vocab(main, 'articles_fts', 'row')"
    )
    conn.execute("DELETE FROM search_terms")
    conn.execute("INSERT INTO search_terms (term) SELECT term FROM temp.articles_vocab")


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


def _phrase(term: Term, expand: Expand | None = None) -> str:
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


def _terms(text: str, expand: Expand | None) -> list[_Term | str]:
    """The user's text as FTS5 terms and ``OR`` markers, in order."""
    if len(text) > MAX_QUERY_CHARS:
        raise SearchError(f"the search is too long (at most {MAX_QUERY_CHARS} characters)")
    if len(WORD.findall(text)) - text.split().count(OR) > MAX_WORDS:
        raise SearchError(f"too many words in the search (at most {MAX_WORDS})")
    return [
        item if isinstance(item, str) else _Term(_phrase(item, expand), item.negated)
        for item in parse_query(text)
    ]


def to_fts_query(text: str, expand: Expand | None = None) -> str:
    """A safe FTS5 query for the user's search text (module docstring: the language).

    ``expand`` turns a prefix into the terms it stands for (see :func:`expander`); without
    it, prefixes are left to FTS5 (the saved articles: few).
    """
    groups: list[list[str]] = []  # alternatives joined by OR; groups joined by AND
    excluded: list[str] = []
    items = _terms(text, _bounded(expand) if expand else None)
    for i, item in enumerate(items):
        if isinstance(item, _Term) and item.negated:
            excluded.append(item.fts)
        elif isinstance(item, _Term):
            joined = i > 0 and items[i - 1] == OR
            if joined:
                groups[-1].append(item.fts)
            else:
                groups.append([item.fts])
        elif not _between_terms(items, i):
            raise SearchError(f"OR must stand between two words or phrases: {HELP}")
    if not groups:
        what = "a word to search for (-word only excludes)" if excluded else "nothing to search"
        raise SearchError(f"{what}: {HELP}")
    query = " AND ".join("(" + " OR ".join(g) + ")" for g in groups)
    for term in excluded:
        query = f"({query}) NOT {term}"
    return query


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


@dataclass(frozen=True, slots=True)
class RankedHit:
    """A hit and its bm25 rank (lower is better), for merging results of two tables."""

    rank: float
    hit: SearchHit


def search_table(db: Database, table: str, fts_query: str, limit: int) -> list[RankedHit]:
    """The best ``limit`` matches of ``fts_query`` in ``table`` (``articles`` or ``saved``).

    One query: FTS5 ranks every match from the index alone, sorts, and only the rows
    returned are joined to the table and get a snippet. The join also drops index entries
    left by a damaged row (see :mod:`herald_tui.cache.migrations`). Rows failing their
    integrity check are left out, with a notice.
    """
    assert table in ("articles", "saved")
    fts = f"{table}_fts"
    rows = db.rows(
        f"SELECT t.url, t.data, t.checksum, {fts}.rank,"
        f" snippet({fts}, -1, char({ord(MARK_ON)}), char({ord(MARK_OFF)}), '…', {SNIPPET_TOKENS})"
        f" FROM {fts} JOIN {table} AS t ON t.id = {fts}.rowid"
        f" WHERE {fts} MATCH ? ORDER BY {fts}.rank LIMIT ?",
        (fts_query, limit),
        query_error=SearchError,
        budget=(MAX_STEPS, TOO_BROAD),
    )
    hits: list[RankedHit] = []
    for url, data, digest, rank, snippet in rows:
        hit = _hit(str(url), unseal_json(data, digest), snippet)
        if hit is None:
            db.notices.add(
                f"The stored copy of {url} failed its integrity check and was left out"
                " of the search results."
            )
            continue
        hits.append(RankedHit(float(rank), hit))
    return hits


def _hit(url: str, text: str | None, snippet: object) -> SearchHit | None:
    """A hit from a stored article's verified JSON (read as data: cheaper than an Article)."""
    try:
        doc = json.loads(text) if text is not None else None
        if not isinstance(doc, dict) or doc.get("url") != url:
            return None
        published = datetime.fromisoformat(doc["published"]) if doc.get("published") else None
        return SearchHit(
            url=url,
            source=str(doc["source"]),
            title=str(doc["headline"]),
            snippet=_one_line(snippet, doc) if isinstance(snippet, str) else "",
            published=published if published and published.tzinfo else None,
            section=str(doc.get("section", "")),
        )
    except (ValueError, TypeError, KeyError):
        return None


_ELLIPSES = ("…", "...")


def _one_line(snippet: str, doc: dict[str, object]) -> str:
    """The snippet on one line (the body's pieces are joined by newlines), without the
    start of the first paragraph when the summary already said it: a Yonhap summary is the
    lead sentence cut short, and snippets showed its dateline twice ("...led by tech and
    battery... SEOUL, Nov. 25 (Yonhap...")."""
    pieces = snippet.split("\n")
    summary = _plain(str(doc.get("summary") or ""))
    paragraphs = doc.get("paragraphs")
    first = str(paragraphs[0]) if isinstance(paragraphs, list) and paragraphs else ""
    repeated = summary and " ".join(first.split()).startswith(summary)
    # The column is the summary, then the paragraphs: a snippet starting in the summary goes
    # on into the first paragraph, which says the same again.
    if (
        len(pieces) > 1
        and repeated
        and _plain(pieces[0]) in summary
        and _plain(pieces[1]) in summary
    ):
        del pieces[1]
    return " ".join(" ".join(pieces).split())


def _plain(text: str) -> str:
    """``text`` without match marks, ellipses at either end and repeated spaces."""
    text = " ".join(text.replace("\x02", "").replace("\x03", "").split())
    for mark in _ELLIPSES:
        text = text.removeprefix(mark).removesuffix(mark)
    return text.strip()
