"""Full-text search: user text to a safe FTS5 query, ranked hits with marked snippets.

Query language (:func:`to_fts_query`), close to what a search box user expects:

* ``north korea``: both words, each as a prefix (``korea`` finds "Korean"; Latin words
  of one or two letters are matched exactly);
* ``"bank of korea"``: the exact phrase, no prefix;
* ``missile OR rocket``: either (``OR`` in capitals; lowercase "or" is a word);
* ``-sports`` / ``-"kim jong"``: exclude (needs at least one word to search for).

Anything else is text: punctuation separates words, and a word run together with punctuation
(``U.S.``, ``Jae-in``, ``url:x``) becomes a phrase. Every word reaches FTS5 inside double
quotes, so FTS5 operators, column filters and ``NEAR(...)`` typed by the user are only words.
An unclosed quote, a misplaced ``OR`` or a query with nothing to search for raises
:class:`~herald_tui.library.SearchError` with a message saying so.

Ranking is FTS5's bm25 with the headline weighted ten times the body (see
:mod:`herald_tui.cache.migrations`); snippets mark matches with ``\\x02`` ... ``\\x03``.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from herald_tui.cache.codec import unseal_json
from herald_tui.cache.db import Database
from herald_tui.library import SearchError, SearchHit

__all__ = [
    "expander",
    "index_terms",
    "rebuild_terms",
    "remember_terms",
    "search_table",
    "to_fts_query",
]

_SCAN = re.compile(
    r"""(?P<space>\s+)
      | (?P<neg>-)?"(?P<phrase>[^"]*)"
      | (?P<quote>")
      | (?P<minus>-)?(?P<chunk>[^\s"]+)""",
    re.VERBOSE,
)
_WORD = re.compile(r"[^\W_]+")  # letters and digits, as FTS5's unicode61 tokenizer sees them
_OR = "OR"
_HELP = 'search for words, "exact phrases", a OR b, and -excluded words'

SNIPPET_TOKENS = 16
"""Words around the matches in a snippet."""


@dataclass(frozen=True, slots=True)
class _Term:
    fts: str
    negated: bool


Expand = Callable[[str], list[str] | None]
"""Maps a folded prefix to the index terms starting with it, or None to let FTS5 expand."""

MAX_EXPANSION = 12
"""A prefix with more terms than this is left to FTS5's own prefix query."""


def fold(token: str) -> str:
    """``token`` as FTS5's unicode61 tokenizer (``remove_diacritics 2``) stores it: lower
    case, accents dropped ("Café" -> "cafe"); Hangul syllables stay whole."""
    token = token.lower()
    if token.isascii():
        return token
    bare = "".join(c for c in unicodedata.normalize("NFD", token) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def index_terms(texts: Iterable[str]) -> set[str]:
    """The terms FTS5 makes of ``texts`` (for the prefix vocabulary ``search_terms``)."""
    return {fold(token) for text in texts for token in _WORD.findall(text)}


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
        terms = [str(t) for (t,) in rows if isinstance(t, str) and _WORD.fullmatch(t)]
        return terms if 0 < len(terms) <= MAX_EXPANSION else None

    return expand


def _phrase(words: list[str], *, prefix: bool, expand: Expand | None = None) -> str:
    # Words hold letters and digits only, so they cannot close the quotes. A one- or
    # two-letter Latin word is matched exactly: "of" as a prefix would match most of the
    # index (office, officials, offer...) and cost a full scan. Two Hangul syllables are a
    # whole word ("수출"), worth a prefix.
    last = words[-1]
    prefix = prefix and (len(last) > 2 or not last.isascii())
    if prefix and expand is not None and len(words) == 1 and last.isascii():
        # "korea"* makes FTS5 merge the doclists of every term up front; ("korea" OR
        # "korean") is evaluated lazily and skips ahead, twice as fast on a large index.
        # Only for Latin prefixes, where our folding is exactly the tokenizer's.
        terms = expand(fold(last))
        if terms:
            return "(" + " OR ".join(f'"{t}"' for t in terms) + ")"
    return '"' + " ".join(words) + '"' + ("*" if prefix else "")


def _terms(text: str, expand: Expand | None) -> list[_Term | str]:
    """The user's text as terms and ``OR`` markers, in order."""
    items: list[_Term | str] = []
    for match in _SCAN.finditer(text):
        if match["quote"]:
            raise SearchError(f'unclosed quote (") in the search: {_HELP}')
        if match["phrase"] is not None:
            words = _WORD.findall(match["phrase"])
            if words:
                items.append(_Term(_phrase(words, prefix=False), bool(match["neg"])))
        elif match["chunk"] is not None:
            if match["chunk"] == _OR and not match["minus"]:
                items.append(_OR)
                continue
            words = _WORD.findall(match["chunk"])
            if words:
                term = _phrase(words, prefix=True, expand=expand)
                items.append(_Term(term, bool(match["minus"])))
    return items


def to_fts_query(text: str, expand: Expand | None = None) -> str:
    """A safe FTS5 query for the user's search text (module docstring: the language).

    ``expand`` turns a prefix into the terms it stands for (see :func:`expander`); without
    it, prefixes are left to FTS5.
    """
    groups: list[list[str]] = []  # alternatives joined by OR; groups joined by AND
    excluded: list[str] = []
    items = _terms(text, expand)
    for i, item in enumerate(items):
        if isinstance(item, _Term) and item.negated:
            excluded.append(item.fts)
        elif isinstance(item, _Term):
            joined = i > 0 and items[i - 1] == _OR
            if joined:
                groups[-1].append(item.fts)
            else:
                groups.append([item.fts])
        elif not _between_terms(items, i):
            raise SearchError(f"OR must stand between two words or phrases: {_HELP}")
    if not groups:
        what = "a word to search for (-word only excludes)" if excluded else "nothing to search"
        raise SearchError(f"{what}: {_HELP}")
    query = " AND ".join("(" + " OR ".join(g) + ")" for g in groups)
    for term in excluded:
        query = f"({query}) NOT {term}"
    return query


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
        f" snippet({fts}, -1, char(2), char(3), '…', {SNIPPET_TOKENS})"
        f" FROM {fts} JOIN {table} AS t ON t.id = {fts}.rowid"
        f" WHERE {fts} MATCH ? ORDER BY {fts}.rank LIMIT ?",
        (fts_query, limit),
        query_error=SearchError,
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
