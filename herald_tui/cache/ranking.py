"""Running a search: the cache's one index over articles and listed headlines, the saved
articles' own index, one list of hits with snippets marked where the words are written.

The cache's index (``search_fts``) ranks with bm25 the :data:`MAX_RANKED` newest matches by
time published (its rowid is a time-ordered key, :mod:`herald_tui.cache.migrations`), so the
cost of a search is bounded whatever the size of the cache: a broad word matches hundreds of
thousands of rows, and bm25 over all of them took 0.3 s. ``since:`` / ``until:`` are a key
range, so an older period is ranked in full. An article and its listed headline are one
result (the article's, when it is stored).

bm25 also reads, once per search, every row holding a phrase of the query, to weigh it. A
search holding a word in a fifth of the index or more ("of", "korea"), or a filter, finds its
:data:`MAX_RANKED_COMMON` newest matches first, then ranks them by its other words only
(:func:`ranked_query`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from herald_tui.cache.codec import as_int, to_epoch, unseal_json
from herald_tui.cache.db import Database
from herald_tui.cache.migrations import KEY_STEP
from herald_tui.cache.search import Rendered
from herald_tui.errors import SearchError
from herald_tui.query import Query, Term, match_spans
from herald_tui.results import MARK_OFF, MARK_ON, SearchHit
from herald_tui.text import strip_controls

__all__ = [
    "MAX_RANKED",
    "Found",
    "Search",
    "ranked_query",
    "saved_hits",
    "search_index",
    "snippet",
]

MAX_RANKED = 2_000
"""Matches ranked by bm25 in one search of the cache: the newest by time published."""

MAX_RANKED_COMMON = 1_000
"""Matches ranked when the search holds a common word or a filter (:func:`ranked_query`):
finding them walks the long lists of rows holding the common words, in proportion."""

COMMON_SHARE = 0.2
"""A group of words in more than this share of the index is left out of the ranking (bm25
weighs it at most ln 4 = 1.4, a word in 1% of the rows 4.6; finding its weight read every row
holding it)."""

SAMPLE_SLICES = 4
SAMPLE_ROWS = 500
"""Where a word's share of the index is counted: this many runs of this many rows each,
spread over the time the index covers (counting it in every row took longer than the
search). An index with fewer rows in a run is small enough to rank by every word."""

SNIPPET_WORDS = 16
"""Words in a snippet."""

_SPACE = re.compile(r"\S+")
_FAR = 2**62


@dataclass(frozen=True, slots=True)
class Search:
    """One search, parsed and rendered: what every part of it needs."""

    query: Query
    terms: tuple[str, ...]
    """Highlight terms (:func:`herald_tui.query.highlight_terms`)."""
    since: datetime | None = None
    until: datetime | None = None

    def key_range(self) -> tuple[int, int]:
        """The search keys of the time range (``until`` excluded)."""
        low = to_epoch(self.since) * KEY_STEP if self.since else -_FAR
        high = to_epoch(self.until) * KEY_STEP if self.until else _FAR
        return low, high


@dataclass(frozen=True, slots=True)
class Found:
    """A hit with its bm25 rank (lower is better), to merge the results of two indexes."""

    rank: float
    hit: SearchHit


def search_index(
    db: Database,
    search: Search,
    query: str | Rendered,
    limit: int,
    budget: tuple[int, str],
) -> list[Found]:
    """The best ``limit`` results of ``query`` in the cache, one per URL. Given its parts
    (:class:`~herald_tui.cache.search.Rendered`), bm25 ranks by the words that are not
    very common (:func:`ranked_query`); given only the FTS5 query, by all of it."""
    fts_query = query if isinstance(query, str) else query.fts
    ranked = None if isinstance(query, str) else ranked_query(db, query, budget)
    low, high = search.key_range()
    if ranked is None:  # match and rank in one pass
        inner = (
            "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? AND rowid >= ?"
            " AND rowid < ? ORDER BY rowid DESC LIMIT ?"
        )
        args: tuple[object, ...] = (fts_query, low, high, MAX_RANKED)
    else:
        keys = [
            as_int(key, 0)
            for (key,) in db.rows(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid >= ?"
                " AND rowid < ? ORDER BY rowid DESC LIMIT ?",
                (fts_query, low, high, MAX_RANKED_COMMON),
                query_error=SearchError,
                budget=budget,
            )
        ]
        if not keys:
            return []
        # The newest matches only, ranked by the other query: every one of them matches it
        # (its groups are ANDed in the whole), and bm25 sums over phrases, so a match's
        # rank is the whole query's less what the phrases left out add (little: bm25's
        # weight of a word is small where it is common). "+rowid": not a constraint FTS5
        # takes (it would run the query once per key).
        inner = (
            "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? AND rowid >= ?"
            " AND rowid <= ? AND +rowid IN (SELECT value FROM json_each(?))"
        )
        args = (ranked, keys[-1], keys[0], json.dumps(keys))
    # The best only, then their rows: joining every match to search_map before sorting
    # took a sixth of the search. A damaged row's old key (kind 2) takes a place here; four
    # places per hit leave room for them and for an article listed too. "+rank": FTS5 would
    # take "ORDER BY rank" itself, through a second query of its own (half as slow again).
    rows = db.rows(
        f"SELECT rowid, rank FROM ({inner}) ORDER BY +rank LIMIT ?",
        (*args, limit * 4),
        query_error=SearchError,
        budget=budget,
    )
    return _found(db, search, rows, limit)


def ranked_query(db: Database, query: Rendered, budget: tuple[int, str]) -> str | None:
    """What bm25 ranks the matches of ``query`` by: its groups of words but the ones in
    more than :data:`COMMON_SHARE` of the index, as sampled (the least common group at
    least); None for the whole query, when what would be left out is rare, or the index
    small.

    bm25 reads every row holding a phrase of the query, to weigh it: the common ones ("of",
    "korea", a filter's "yonhap") took most of a search's time and weigh least; excluded
    words weigh nothing (they are in no match) and a filter means no relevance."""
    if len(query.words) + len(query.others) < 2:
        return None  # nothing could be left out
    slices = _sample_slices(db)
    if not query.words or not slices:
        return None
    parts = dict.fromkeys((*query.words, *query.others))
    share = {part: _share(db, part, slices, budget) for part in parts}
    kept = [w for w in query.words if share[w] <= COMMON_SHARE]
    kept = kept or [min(query.words, key=lambda w: share[w])]
    if sum(share[p] for p in parts if p not in kept) <= COMMON_SHARE:
        return None  # little to save: the whole query, in one pass
    return " AND ".join(kept)


def _sample_slices(db: Database) -> list[tuple[int, int, int]]:
    """:data:`SAMPLE_SLICES` runs of :data:`SAMPLE_ROWS` keys spread over the index's time,
    as ``(first key, last key, rows)``; none when a run is short (a small index)."""
    # Two subqueries: min() and max() together would scan the table.
    ((low, high),) = db.rows(
        "SELECT (SELECT min(key) FROM search_map), (SELECT max(key) FROM search_map)"
    ) or [(None, None)]
    if not isinstance(low, int) or not isinstance(high, int):
        return []
    slices = []
    for i in range(SAMPLE_SLICES):
        first = low + (high - low) * i // SAMPLE_SLICES
        ends = db.rows(
            "SELECT max(key), count(*) FROM (SELECT key FROM search_map WHERE key >= ?"
            " ORDER BY key LIMIT ?)",
            (first, SAMPLE_ROWS),
        )
        last, rows = ends[0] if ends else (None, 0)
        if not isinstance(last, int) or rows != SAMPLE_ROWS:
            return []
        slices.append((first, last, rows))
    return slices


def _share(
    db: Database, word: str, slices: Sequence[tuple[int, int, int]], budget: tuple[int, str]
) -> float:
    """The share of the sampled rows that ``word`` (an FTS5 expression) matches."""
    counts = " + ".join(
        f"(SELECT count(*) FROM search_fts WHERE search_fts MATCH ?1 AND rowid >= ?{2 * i + 2}"
        f" AND rowid <= ?{2 * i + 3})"
        for i in range(len(slices))
    )
    bounds = [key for first, last, _n in slices for key in (first, last)]
    ((found,),) = db.rows(
        f"SELECT {counts}", (word, *bounds), query_error=SearchError, budget=budget
    ) or [(0,)]
    return as_int(found, 0) / sum(n for _f, _l, n in slices)


def _found(db: Database, search: Search, rows: list[tuple[object, ...]], limit: int) -> list[Found]:
    """Hits of ranked ``(key, rank)`` rows, best first, one per URL."""
    urls = _urls(db, [as_int(key, -1) for key, _rank in rows])
    best: dict[str, float] = {}
    for key, rank in rows:
        url = urls.get(as_int(key, -1))
        if url is not None and url not in best and len(best) < limit:
            best[url] = float(rank) if isinstance(rank, (int, float)) else 0.0
    docs = _documents(db, list(best))
    found: list[Found] = []
    for url, rank in best.items():
        doc = docs.get(url)
        if doc is None:
            db.notices.add(
                f"The stored copy of {url} failed its integrity check and was left out"
                " of the search results."
            )
            continue
        hit = make_hit(url, doc[0], search.terms, stored=doc[1])
        if hit is not None:
            found.append(Found(rank, hit))
    return found


def _urls(db: Database, keys: Sequence[int]) -> dict[int, str]:
    """The URL of the article or listed headline each search key stands for."""
    rows = _in(
        db,
        "SELECT m.key, coalesce(a.url, l.url) FROM search_map AS m"
        " LEFT JOIN articles AS a ON m.kind = 0 AND a.id = m.ref"
        " LEFT JOIN listed AS l ON m.kind = 1 AND l.id = m.ref WHERE m.key IN",
        keys,
    )
    return {as_int(key, -1): str(url) for key, url in rows if url is not None}


def _in(db: Database, sql: str, values: Sequence[object]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for i in range(0, len(values), 500):
        chunk = values[i : i + 500]
        rows += db.rows(f"{sql} ({','.join('?' * len(chunk))})", tuple(chunk))
    return rows


def _documents(db: Database, urls: list[str]) -> dict[str, tuple[dict[str, object], bool]]:
    """Each URL's JSON, decoded: the stored article's (True), else the listed headline's."""
    docs: dict[str, tuple[dict[str, object], bool]] = {}
    for table, stored in (("articles", True), ("listed", False)):
        wanted = [u for u in urls if u not in docs]
        for url, data, digest in _in(
            db, f"SELECT url, data, checksum FROM {table} WHERE url IN", wanted
        ):
            doc = _doc(str(url), data, digest)
            if doc is not None:
                docs[str(url)] = (doc, stored)
            elif stored:  # its listed headline may stand in; the damage is still said
                db.notices.add(
                    f"The stored copy of {url} failed its integrity check and was left out"
                    " of the search results."
                )
    return docs


def _doc(url: str, data: object, digest: object) -> dict[str, object] | None:
    text = unseal_json(data, digest)
    try:
        doc = json.loads(text) if text is not None else None
    except ValueError:
        return None
    return doc if isinstance(doc, dict) and doc.get("url") == url else None


def saved_hits(
    db: Database, search: Search, fts_query: str | None, limit: int, budget: tuple[int, str]
) -> list[Found]:
    """The best ``limit`` saved articles: ``fts_query`` (the words, None when the search has
    only filters) in their own index, the filters checked on each article (few)."""
    args: tuple[str, ...] = ()
    if fts_query is None:
        sql = "SELECT url, data, checksum, 0.0 FROM saved ORDER BY saved_order DESC"
    else:
        sql = (
            "SELECT t.url, t.data, t.checksum, saved_fts.rank FROM saved_fts"
            " JOIN saved AS t ON t.id = saved_fts.rowid WHERE saved_fts MATCH ?"
            " ORDER BY saved_fts.rank"
        )
        args = (fts_query,)
    found: list[Found] = []
    for url, data, digest, rank in db.rows(sql, args, query_error=SearchError, budget=budget):
        doc = _doc(str(url), data, digest)
        if doc is None or not _passes(doc, search):
            continue
        hit = make_hit(str(url), doc, search.terms, stored=True)
        if hit is not None:
            found.append(Found(float(rank) if isinstance(rank, float) else 0.0, hit))
        if len(found) >= limit:
            break
    return found


def _passes(doc: dict[str, object], search: Search) -> bool:
    """True if a saved article passes the search's filters (the cache's index has columns
    for them; the saved articles' index does not)."""
    published = _published(doc)
    if search.since and (published is None or published < search.since):
        return False
    if search.until and (published is None or published >= search.until):
        return False
    for item in search.query.items:
        if isinstance(item, Term) and item.field:
            found = bool(match_spans(_field_text(doc, item.field), [" ".join(item.words)]))
            if found == item.negated:
                return False
    return True


def _field_text(doc: dict[str, object], field: str) -> str:
    if field == "speakers":
        quotes = doc.get("quotes")
        items = quotes if isinstance(quotes, list) else []
        return "\n".join(str(q.get("speaker") or "") for q in items if isinstance(q, dict))
    return str(doc.get(field) or "")


def _published(doc: dict[str, object]) -> datetime | None:
    try:
        when = datetime.fromisoformat(str(doc["published"])) if doc.get("published") else None
    except ValueError:
        return None
    return when if when is not None and when.tzinfo is not None else None


def make_hit(
    url: str, doc: dict[str, object], terms: Sequence[str], *, stored: bool
) -> SearchHit | None:
    """A hit from an article's or a headline's JSON (read as data: cheaper than objects)."""
    try:
        article = "headline" in doc
        title = str(doc["headline"] if article else doc["title"])
        return SearchHit(
            url=url,
            source=str(doc["source"]),
            title=title,
            # A listed headline: its summary only (the title is shown above it already).
            snippet=snippet(_pieces(doc) if article else [str(doc.get("summary") or "")], terms),
            published=_published(doc),
            section=str(doc.get("section") or ""),
            stored=stored,
        )
    except (KeyError, TypeError, ValueError):
        return None


def _pieces(doc: dict[str, object]) -> list[str]:
    """An article's text, where a snippet is looked for: body first, headline last."""

    def strings(name: str, field: str = "") -> list[str]:
        value = doc.get(name)
        items = value if isinstance(value, list) else []
        if field:
            items = [i.get(field) for i in items if isinstance(i, dict)]
        return [i for i in items if isinstance(i, str)]

    return [
        str(doc.get("summary") or ""),
        *strings("paragraphs"),
        *strings("photos", "caption"),
        str(doc.get("headline") or ""),
        str(doc.get("subheadline") or ""),
        str(doc.get("byline") or ""),
        *strings("authors"),
    ]


def snippet(pieces: Iterable[str], terms: Sequence[str]) -> str:
    """About :data:`SNIPPET_WORDS` words around the first match of ``terms`` in ``pieces``,
    matches between :data:`MARK_ON` and :data:`MARK_OFF` as written in the text; the start
    of the first non-empty piece when nothing matches."""
    first = ""
    for piece in pieces:
        # Stored text was sanitised by the parser; a forged row may hold anything, and the
        # marks must stay the only control characters.
        text = " ".join(strip_controls(piece).split())
        first = first or text
        spans = match_spans(text, tuple(terms)) if text else []
        if spans:
            return _window(text, spans)
    return _window(first, [])


def _window(text: str, spans: list[tuple[int, int]]) -> str:
    words = [m.span() for m in _SPACE.finditer(text)]
    if not words:
        return ""
    at = next((i for i, (_s, e) in enumerate(words) if spans and e > spans[0][0]), 0)
    begin = max(0, min(at - SNIPPET_WORDS // 4, len(words) - SNIPPET_WORDS))
    end = min(len(words), begin + SNIPPET_WORDS)
    start, stop = words[begin][0], words[end - 1][1]
    out, cursor = [], start
    for s, e in spans:
        s, e = max(s, start), min(e, stop)
        if s >= e:
            continue
        out += [text[cursor:s], MARK_ON, text[s:e], MARK_OFF]
        cursor = e
    out.append(text[cursor:stop])
    return ("… " if begin else "") + "".join(out) + (" …" if end < len(words) else "")
