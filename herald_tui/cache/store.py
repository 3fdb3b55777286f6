"""The store: cached articles and headline lists, fetch validators, the reader's own state.

Two SQLite databases (see :mod:`herald_tui.cache.migrations` for their schema):

* ``<cache dir>/cache.sqlite3``: articles, headline lists, validators. Disposable: deleting
  the cache directory loses nothing the reader made.
* ``<data dir>/user.sqlite3``: read marks and saved articles *with their content*, so they
  survive pruning and the deletion of the cache.

API (all times are timezone-aware; stored as UTC epoch seconds, so sub-second parts drop)::

    store = Store.open(cache_dir, data_dir, readonly=False, clock=utc_now)  # or in_memory()
    store.notices                  # messages for the user (a damaged file moved aside...)
    store.close()                  # or: with Store.open(...) as store: ...

    # articles
    store.put_article(article, fetched_at=None) -> PutResult   # inserted/updated/.../kept-better
    store.put_articles(articles, fetched_at=None) -> list[PutResult]   # batched, for sync
    store.get_article(url) -> Article | None     # cache, else the saved copy; verified
    store.needs_refresh(url, parser_id) -> bool  # cached copy made by an older parser version
    store.stored_urls(urls) -> set[str]          # which are cached or saved

    # headline lists
    store.put_headlines(section_key, headlines, seen_at=None)   # replaces the section's list
    store.headlines(section_key, limit=200) -> list[ListedHeadline]   # newest first, folded
    store.touch_section(section_key)                 # list confirmed current (a 304)
    store.last_synced(section_key) -> datetime | None
    store.unread_count(section_key) -> int
    store.listed_urls(section_key) -> list[str]      # every story listed (no limit)

    # conditional GET
    store.validators(url) -> (etag, last_modified) | None
    store.set_validators(url, etag, last_modified)

    # pages refused for size or parse time, not fetched again for a while
    store.refuse(url, parser, reason); store.refusal(url, parser, within) -> str | None

    # the reader's state
    store.set_read(url, read=True); store.read_urls(urls) -> set[str]
    store.set_read_many(urls, read=True) -> list[str]   # one transaction; the URLs changed
    store.set_saved(article, saved); store.is_saved(url); store.saved() -> list[Article]

    # search (the cache and saved articles)
    store.search(query, limit=50) -> list[SearchHit]      # raises SearchError on a bad query

    # people: who said what (the quotations of cached articles, by speaker)
    store.people(since=None, match="", limit=200) -> list[Person]
    store.quotes_of(key, since=None, limit=500, source=None) -> list[SaidQuote]
    store.quotations(since=None, limit=500, source=None) -> list[SaidQuote]   # everyone's

    # maintenance
    store.info() -> CacheInfo; store.prune(older_than) -> Pruned; store.vacuum() -> int

Failures raise :class:`~herald_tui.cache.errors.StoreError` subclasses (disk full, read-only,
busy) with a one-line message. Damage never shows: an article, headline or saved copy that
fails its checksum is left out with a notice, and a damaged file is moved aside at the next
open. ``put_article`` keeps a good cached article rather than a worse parse of it (rule in
:mod:`herald_tui.cache.articles`).

A Store is safe to share between threads; several processes may use the same files at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from herald_tui._frozen import Frozen, value_class
from herald_tui.cache import articles as _articles
from herald_tui.cache import headlines as _headlines
from herald_tui.cache import userdata as _user
from herald_tui.cache.articles import PutResult
from herald_tui.cache.codec import as_int, from_epoch, to_epoch
from herald_tui.cache.db import Database, DatabaseSpec, Notices
from herald_tui.cache.errors import StoreFullError
from herald_tui.cache.migrations import CACHE_MIGRATIONS, USER_MIGRATIONS
from herald_tui.cache.schema import OnUpgrade
from herald_tui.model import Article, Headline
from herald_tui.results import ListedHeadline, Person, SaidQuote, SearchHit

# Search, its ranking and the People index are imported by the methods that use them: a
# start reads a list and needs none of them before its first frame (docs/PERFORMANCE.md).
if TYPE_CHECKING:
    from herald_tui.cache.ranking import Found
    from herald_tui.query import Term

__all__ = ["CACHE_DB", "USER_DB", "CacheInfo", "Pruned", "SectionInfo", "Store"]

CACHE_DB = DatabaseSpec(
    "cache.sqlite3",
    "article cache",
    CACHE_MIGRATIONS,
    fts_tables=("search_fts",),
    disposable=True,
)
USER_DB = DatabaseSpec(
    "user.sqlite3", "saved articles and read marks", USER_MIGRATIONS, fts_tables=("saved_fts",)
)

BATCH_SIZE = 500
"""Articles per write transaction in :meth:`Store.put_articles`: large enough to amortise the
commit, small enough not to keep other writers waiting long."""

RESERVE_BYTES = 32 * 2**20
"""Free disk space that caching new articles leaves alone. When the cache itself fills the
disk, its last writes sit in the WAL and cannot be copied into the database file, so even a
prune fails (measured on a full 8 MiB tmpfs); stopping early keeps room to prune."""

PRUNE_STEP = 50
"""Articles deleted per write transaction in :meth:`Store.prune`, each followed by a
checkpoint: a step's WAL frames (about 0.3 MB) are all the free space a prune needs."""

FORGET_STEP = 1_000
"""Articles whose People index rows a prune deletes per transaction before the articles
(see :meth:`Store._forget_quotes`): about 4,000 quotations, a WAL of a few hundred KB."""


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with


@value_class(frozen=True)
class SectionInfo(Frozen):
    """One section's stored headline list."""

    __match_args__ = ("key", "headlines", "last_synced")  # the fields, in order
    __slots__ = __match_args__

    key: str
    headlines: int
    """Rows shown (revisions folded)."""
    last_synced: datetime | None

    def __init__(self, key: str, headlines: int, last_synced: datetime | None) -> None:
        _set(self, "key", key)
        _set(self, "headlines", headlines)
        _set(self, "last_synced", last_synced)


@value_class(frozen=True)
class Pruned(Frozen):
    """What :meth:`Store.prune` removed."""

    __match_args__ = ("articles", "headlines", "lists")  # the fields, in order
    __slots__ = __match_args__

    articles: int
    headlines: int
    """Rows shown in section lists (a story with its revisions folded is one)."""
    lists: int
    """Section lists left with nothing."""

    def __init__(self, articles: int, headlines: int, lists: int) -> None:
        _set(self, "articles", articles)
        _set(self, "headlines", headlines)
        _set(self, "lists", lists)


@value_class(frozen=True)
class CacheInfo(Frozen):
    """What the store holds and where (``herald-tui cache info``)."""

    __match_args__ = (
        "cache_path",
        "data_path",
        "cache_bytes",
        "data_bytes",
        "articles",
        "saved",
        "read_marks",
        "by_source",
        "sections",
    )  # the fields, in order
    __slots__ = __match_args__

    cache_path: Path
    data_path: Path
    cache_bytes: int
    """Size on disk of the cache database, with its -wal and -shm."""
    data_bytes: int
    articles: int
    saved: int
    read_marks: int
    by_source: dict[str, int]
    """Cached articles per source name."""
    sections: tuple[SectionInfo, ...]

    def __init__(
        self,
        cache_path: Path,
        data_path: Path,
        cache_bytes: int,
        data_bytes: int,
        articles: int,
        saved: int,
        read_marks: int,
        by_source: dict[str, int],
        sections: tuple[SectionInfo, ...],
    ) -> None:
        _set(self, "cache_path", cache_path)
        _set(self, "data_path", data_path)
        _set(self, "cache_bytes", cache_bytes)
        _set(self, "data_bytes", data_bytes)
        _set(self, "articles", articles)
        _set(self, "saved", saved)
        _set(self, "read_marks", read_marks)
        _set(self, "by_source", by_source)
        _set(self, "sections", sections)


Clock = Callable[[], datetime]
"""Where "now" comes from: the time things are stored, seen and saved at (tests fix it)."""


def utc_now() -> datetime:
    """The real time, in UTC."""
    return datetime.now(UTC)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _check_times(article: Article) -> None:
    # A naive datetime would be stored but could never be read back (from_json refuses it).
    for when in (article.published, article.updated):
        if when is not None:
            to_epoch(when)


class Store:
    """Articles, headline lists, validators and user state in two SQLite databases.

    Build with :meth:`open` (files) or :meth:`in_memory` (tests); the module docstring lists
    the API.
    """

    def __init__(
        self, cache: Database, user: Database, notices: Notices, *, clock: Clock = utc_now
    ) -> None:
        self._cache = cache
        self._user = user
        self._notices = notices
        self._clock = clock

    def _now(self) -> int:
        return to_epoch(self._clock())

    @classmethod
    def open(
        cls,
        cache_dir: Path,
        data_dir: Path,
        *,
        readonly: bool = False,
        clock: Clock = utc_now,
        upgrading: OnUpgrade | None = None,
    ) -> Store:
        """Open (creating when needed) the cache in ``cache_dir`` and user data in ``data_dir``.

        ``readonly`` opens existing files without ever writing (missing ones read as empty).
        Raises StoreError when a database cannot be opened at all; a damaged one is moved
        aside and replaced, with a notice. ``upgrading`` hears how far the re-indexing of an
        older version's cache is (minutes at 100,000 articles: say so to the user).
        """
        notices = Notices()
        cache = Database.open(cache_dir, CACHE_DB, notices, readonly=readonly, upgrading=upgrading)
        try:
            user = Database.open(data_dir, USER_DB, notices, readonly=readonly)
        except BaseException:
            cache.close()
            raise
        return cls(cache, user, notices, clock=clock)

    @classmethod
    def in_memory(cls, *, clock: Clock = utc_now) -> Store:
        """A writable store with both databases in memory (for tests and demos)."""
        notices = Notices()
        cache, user = Database.memory(CACHE_DB, notices), Database.memory(USER_DB, notices)
        return cls(cache, user, notices, clock=clock)

    @property
    def notices(self) -> list[str]:
        """Messages for the user about the files (damage found, read-only mode...)."""
        return list(self._notices)

    @property
    def readonly(self) -> bool:
        """True when writes are refused (on request, or a newer herald-tui's files)."""
        return bool(self._cache.readonly_reason or self._user.readonly_reason)

    def close(self) -> None:
        """Close both databases."""
        self._cache.close()
        self._user.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- articles --------------------------------------------------------------------------

    def put_article(self, article: Article, *, fetched_at: datetime | None = None) -> PutResult:
        """Store ``article`` unless the cached copy is better; say what was done.

        A saved copy of the article is refreshed too when the new one is stored.
        """
        return self.put_articles([article], fetched_at=fetched_at)[0]

    def put_articles(
        self, articles: Iterable[Article], *, fetched_at: datetime | None = None
    ) -> list[PutResult]:
        """:meth:`put_article` for many articles, :data:`BATCH_SIZE` per transaction."""
        from herald_tui.cache.search import remember_terms

        when = to_epoch(fetched_at) if fetched_at else self._now()
        results: list[PutResult] = []
        for batch in _batches(articles, BATCH_SIZE):
            for article in batch:
                _check_times(article)
            self._cache.ensure_room(
                RESERVE_BYTES,
                "nothing more is cached, to leave room to clean up: run"
                " 'herald-tui cache prune --older-than 30d', or free disk space",
            )
            saved = _user.saved_copies(self._user, (a.url for a in batch))
            terms: set[str] = set()
            with self._cache.write() as conn:
                done = [
                    _articles.put_article(conn, a, when, saved.get(a.url), terms) for a in batch
                ]
                remember_terms(conn, terms)
                _index_quotes(conn, [a for a, r in zip(batch, done, strict=True) if r.stored])
            refreshed = [a for a, r in zip(batch, done, strict=True) if r.stored and a.url in saved]
            if refreshed:
                with self._user.write() as conn:
                    for article in refreshed:
                        _user.update_saved(conn, article)
            results += done
        return results

    def get_article(self, url: str) -> Article | None:
        """The cached article, else its saved copy, else None. Never damaged content."""
        article = _articles.read_article(self._cache, "articles", url)
        return article or _articles.read_article(self._user, "saved", url)

    def has_article(self, url: str) -> bool:
        """True if ``url`` is cached or saved (one indexed look-up; nothing is decoded)."""
        return any(
            _articles.read_parser(db, table, url) is not None
            for db, table in ((self._cache, "articles"), (self._user, "saved"))
        )

    def stored_urls(self, urls: Iterable[str]) -> set[str]:
        """Which of ``urls`` are cached or saved (indexed look-ups; nothing is decoded)."""
        wanted = list(urls)
        cached = self._cache.rows_in(
            "SELECT url FROM articles WHERE url IN ({marks})", wanted, lookup=True
        )
        return {str(url) for (url,) in cached} | _user.saved_urls(self._user, wanted)

    def needs_refresh(self, url: str, parser_id: str) -> bool:
        """True if the stored copy of ``url`` was made by an older version of ``parser_id``'s
        parser (see :func:`~herald_tui.cache.articles.parser_is_older`); False when the
        article is not stored at all."""
        cached = _articles.read_parser(self._cache, "articles", url)
        if cached is None:
            cached = _articles.read_parser(self._user, "saved", url)
        return cached is not None and _articles.parser_is_older(cached, parser_id)

    # -- headline lists --------------------------------------------------------------------

    def put_headlines(
        self, section_key: str, headlines: Iterable[Headline], *, seen_at: datetime | None = None
    ) -> None:
        """Replace the section's list with ``headlines`` (feed order), seen at ``seen_at``
        (default: now), which also becomes the section's last sync time. Headlines already
        listed keep the time they were first seen."""
        seen = to_epoch(seen_at) if seen_at else self._now()
        items = list(headlines)
        for h in items:
            if h.published is not None:
                to_epoch(h.published)
        with self._cache.write() as conn:
            _headlines.put_headlines(conn, section_key, items, seen)

    def headlines(
        self, section_key: str, limit: int = 200, *, leave_out: Collection[str] = ()
    ) -> list[ListedHeadline]:
        """The section's list, newest first, one row per story (newest revision, with the
        number of revisions folded in), with read and saved marks; less the rows whose URL
        is in ``leave_out`` (cheap: they are never decoded)."""
        listed = _headlines.list_headlines(self._cache, section_key, limit, leave_out)
        urls = [h.url for h, _n in listed]
        read = _user.read_urls(self._user, urls)
        saved = _user.saved_urls(self._user, urls)
        return [
            ListedHeadline(h, read=h.url in read, saved=h.url in saved, revisions=n)
            for h, n in listed
        ]

    def touch_section(self, section_key: str, *, seen_at: datetime | None = None) -> None:
        """Record that the section's stored list is current (its feed answered 304)."""
        with self._cache.write() as conn:
            _headlines.mark_synced(conn, section_key, to_epoch(seen_at) if seen_at else self._now())

    def last_synced(self, section_key: str) -> datetime | None:
        """When the section's list was last stored, or None."""
        rows = self._cache.rows(
            "SELECT synced_at FROM sections WHERE section_key = ?", (section_key,), lookup=True
        )
        return from_epoch(rows[0][0]) if rows and isinstance(rows[0][0], int) else None

    def unread_count(self, section_key: str) -> int:
        """Stories in the section's list whose shown revision is not marked read."""
        urls = _headlines.listed_urls(self._cache, section_key)
        return len(urls) - len(_user.read_urls(self._user, urls))

    def listed_urls(self, section_key: str) -> list[str]:
        """The URL of every story in the section's list (one per story, however long)."""
        return _headlines.listed_urls(self._cache, section_key)

    # -- validators --------------------------------------------------------------------------

    def validators(self, url: str) -> tuple[str | None, str | None] | None:
        """``(etag, last_modified)`` stored for ``url``, or None."""
        rows = self._cache.rows("SELECT etag, last_modified FROM validators WHERE url = ?", (url,))
        if not rows:
            return None
        etag, modified = (v if isinstance(v, str) else None for v in rows[0][:2])
        return etag, modified

    def set_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Store the validators of ``url``'s last response; both None/empty forgets them."""
        with self._cache.write() as conn:
            if not etag and not last_modified:
                conn.execute("DELETE FROM validators WHERE url = ?", (url,))
                return
            conn.execute(
                "INSERT INTO validators (url, etag, last_modified, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
                " last_modified = excluded.last_modified, updated_at = excluded.updated_at",
                (url, etag or None, last_modified or None, self._now()),
            )

    # -- pages refused for size or parse time -------------------------------------------------

    def refuse(self, url: str, parser: str, reason: str) -> None:
        """Remember that ``parser`` refused the page at ``url`` (too large, too slow)."""
        with self._cache.write() as conn:
            conn.execute(
                "INSERT INTO refused (url, parser, reason, refused_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (url) DO UPDATE SET parser = excluded.parser,"
                " reason = excluded.reason, refused_at = excluded.refused_at",
                (url, parser, reason, self._now()),
            )

    def refusal(self, url: str, parser: str, within: timedelta) -> str | None:
        """Why ``parser`` refused ``url`` less than ``within`` ago, or None (never refused,
        long ago, or by another parser version, which may do better)."""
        rows = self._cache.rows(
            "SELECT reason FROM refused WHERE url = ? AND parser = ? AND refused_at > ?",
            (url, parser, self._now() - int(within.total_seconds())),
        )
        return str(rows[0][0]) if rows else None

    # -- the reader's state ------------------------------------------------------------------

    def set_read(self, url: str, read: bool = True) -> None:
        """Mark ``url`` read or unread (user data: survives pruning and cache deletion)."""
        with self._user.write() as conn:
            _user.set_read(conn, url, read, self._now())

    def set_read_many(self, urls: Iterable[str], read: bool = True) -> list[str]:
        """Mark all of ``urls`` read or unread in one transaction; return the URLs whose mark
        changed (undo is ``set_read_many(changed, not read)``: the others keep theirs)."""
        with self._user.write() as conn:
            return _user.set_read_many(conn, urls, read, self._now())

    def read_urls(self, urls: Iterable[str]) -> set[str]:
        """Which of ``urls`` are marked read."""
        return _user.read_urls(self._user, urls)

    def set_saved(self, article: Article, saved: bool) -> None:
        """Save ``article`` with its full content, or forget the saved copy."""
        _check_times(article)
        with self._user.write() as conn:
            if saved:
                _user.save(conn, article, self._now())
            else:
                _user.unsave(conn, article.url)

    def is_saved(self, url: str) -> bool:
        """True if ``url`` is saved."""
        return bool(_user.saved_urls(self._user, [url]))

    def saved(self) -> list[Article]:
        """Saved articles, newest saved first."""
        return _user.saved_articles(self._user)

    def unread_saved_count(self) -> int:
        """Saved articles not marked read, without reading their content."""
        return _user.unread_saved_count(self._user)

    # -- search ------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search of stored articles, listed headlines and saved articles, best
        first (bm25; see :mod:`herald_tui.cache.ranking`), one hit per URL.

        Raises :class:`~herald_tui.library.SearchError` when the query is malformed (the
        language is described in :mod:`herald_tui.query`).
        """
        from herald_tui.cache import search as _search
        from herald_tui.cache.ranking import Search, saved_hits, search_index
        from herald_tui.cache.search import checked, expander, render, render_parts
        from herald_tui.query import Term, highlight_terms, time_bounds

        parsed = checked(query)
        render(parsed, keys=True)  # raises SearchError before anything is read
        since, until = time_bounds(parsed, self._clock())
        if limit <= 0:
            return []
        search = Search(parsed, tuple(highlight_terms(parsed.items)), since, until)
        budget = (_search.MAX_STEPS, _search.TOO_BROAD)  # read now: tests lower it
        rendered = render_parts(parsed, expander(self._cache), keys=True)
        found = search_index(self._cache, search, rendered, limit, budget)
        words = [i for i in parsed.items if not (isinstance(i, Term) and i.field)]
        # Few saved articles: FTS5's own prefixes are cheap there.
        plain = render(replace(parsed, items=words)) if _searches(words) else None
        found += saved_hits(self._user, search, plain, limit, budget)
        best: dict[str, Found] = {}
        for item in found:
            known = best.get(item.hit.url)
            if known is None or item.rank < known.rank:
                best[item.hit.url] = item
        ordered = sorted(best.values(), key=lambda f: f.rank)
        return [f.hit for f in ordered[:limit]]

    # -- people ------------------------------------------------------------------------------

    def people(
        self, since: datetime | None = None, match: str = "", limit: int = 200
    ) -> list[Person]:
        """Speakers of cached quotations ranked by how many they have published since
        ``since`` (None: all time), whose name contains ``match`` (case-insensitive, also
        Hangul); then anonymous speakers, newest first, to fill ``limit``."""
        from herald_tui.cache import people as _people

        return _people.people(self._cache, since, match, limit)

    def quotes_of(
        self,
        key: str,
        since: datetime | None = None,
        limit: int = 500,
        *,
        source: str | None = None,
    ) -> list[SaidQuote]:
        """The cached quotations of the speaker ``key`` (in articles of ``source``, a plugin
        name, when given), newest first."""
        from herald_tui.cache import people as _people

        return _people.quotes_of(self._cache, key, since, limit, source)

    def quotations(
        self, since: datetime | None = None, limit: int = 500, *, source: str | None = None
    ) -> list[SaidQuote]:
        """Every cached quotation, unattributed ones too (their ``key`` and ``speaker`` are
        empty), newest first."""
        from herald_tui.cache import people as _people

        return _people.quotes_of(self._cache, None, since, limit, source)

    # -- maintenance -------------------------------------------------------------------------

    def info(self) -> CacheInfo:
        """Paths, sizes and counts."""
        by_source = {
            str(source): as_int(n, 0)
            for source, n in self._cache.rows(
                "SELECT source, count(*) FROM articles GROUP BY source ORDER BY source"
            )
        }
        sections = tuple(
            SectionInfo(str(key), as_int(n, 0), from_epoch(t) if isinstance(t, int) else None)
            for key, t, n in self._cache.rows(
                "SELECT s.section_key, s.synced_at, (SELECT count(*) FROM headlines h"
                " WHERE h.section_key = s.section_key AND h.shown = 1)"
                " FROM sections s ORDER BY s.section_key"
            )
        )
        return CacheInfo(
            cache_path=self._cache.path,
            data_path=self._user.path,
            cache_bytes=self._cache.size(),
            data_bytes=self._user.size(),
            articles=sum(by_source.values()),
            saved=self._count(self._user, "saved"),
            read_marks=self._count(self._user, "read_marks"),
            by_source=by_source,
            sections=sections,
        )

    @staticmethod
    def _count(db: Database, table: str) -> int:
        rows = db.rows(f"SELECT count(*) FROM {table}")
        return as_int(rows[0][0], 0) if rows else 0

    def prune(self, older_than: timedelta) -> Pruned:
        """Drop cached articles not fetched for ``older_than``, with their validators, and
        stories whose newest headline is older; return how many of each went.

        Saved articles and read marks live in the user database and are never pruned; a
        saved article stays readable through :meth:`get_article`.
        """
        cutoff = self._now() - int(older_than.total_seconds())
        self._forget_quotes(cutoff)
        removed = 0
        while True:  # in small steps: other processes' writes wait little, the WAL stays small
            with self._cache.write() as conn:
                rows = conn.execute(
                    "SELECT id, url FROM articles WHERE fetched_at <= ? LIMIT ?",
                    (cutoff, PRUNE_STEP),
                ).fetchall()
                # By id: a damaged URL might not compare equal to itself once decoded.
                conn.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i, _u in rows])
                conn.executemany("DELETE FROM validators WHERE url = ?", [(u,) for _i, u in rows])
            # Copy the step into the database file now, so the next step rewinds the WAL and
            # reuses it: on a full disk the WAL cannot grow (PASSIVE: never waits for readers).
            self._cache.run("PRAGMA wal_checkpoint(PASSIVE)")
            removed += len(rows)
            if len(rows) < PRUNE_STEP:
                break
        with self._cache.write() as conn:
            headlines, lists = _prune_lists(conn, cutoff)
        return Pruned(removed, headlines, lists)

    def _forget_quotes(self, cutoff: int) -> None:
        """Delete the People index of the articles a prune is about to delete, first (the
        delete trigger would do it with each article): deleting articles needs a few pages
        for a moment, and when the file cannot grow, the pages this frees are the ones it
        gets. In steps, like the prune; a full disk stops it, the trigger does the rest."""
        from herald_tui.cache import people as _people

        after: int | None = -1
        while after is not None:
            try:
                with self._cache.write() as conn:
                    after = _people.forget(conn, cutoff, after, FORGET_STEP)
            except StoreFullError:
                return
            self._cache.run("PRAGMA wal_checkpoint(PASSIVE)")

    def vacuum(self) -> int:
        """Compact both databases (search indexes merged, the search vocabulary rebuilt
        without the terms of pruned articles, free pages returned to the disk); return the
        bytes saved. Needs free disk space about the size of each database (its compacted
        copy goes through the WAL): checked first, so a full disk gets advice that works."""
        for db in (self._cache, self._user):
            need = db.size()
            db.ensure_room(
                need,
                f"compacting needs about {need / 2**20:.0f} MiB: free disk space first"
                + (
                    f" (or delete {db.path}: only downloaded copies are lost)"
                    if db.spec.disposable
                    else ""
                ),
            )
        from herald_tui.cache import people as _people
        from herald_tui.cache.search import rebuild_terms

        before = self._cache.size() + self._user.size()
        with self._cache.write() as conn:
            rebuild_terms(conn)
            _people.drop_silent_speakers(conn)
        for db, fts in ((self._cache, "search_fts"), (self._user, "saved_fts")):
            with db.write() as conn:
                conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
            db.run("VACUUM")
            db.run("PRAGMA wal_checkpoint(TRUNCATE)")
        return before - (self._cache.size() + self._user.size())


def _index_quotes(conn: sqlite3.Connection, stored: list[Article]) -> None:
    """Index the quotations of articles just stored (their old rows went with the old
    article row: see :mod:`herald_tui.cache.people`)."""
    if not stored:
        return
    from herald_tui.cache.quotations import index_articles

    ids = dict(
        conn.execute(
            f"SELECT url, id FROM articles WHERE url IN ({', '.join('?' * len(stored))})",
            [a.url for a in stored],
        ).fetchall()
    )
    index_articles(conn, [(int(ids[article.url]), article) for article in stored])


def _searches(items: list[Term | str]) -> bool:
    """True if ``items`` hold a word to search for (not only filters or exclusions)."""
    from herald_tui.query import Term

    return any(isinstance(i, Term) and not i.negated for i in items)


def _prune_lists(conn: sqlite3.Connection, cutoff: int) -> tuple[int, int]:
    """Drop stories (all their revisions at once, so folding stays right) whose newest
    headline is older than ``cutoff``, then validators and sections not used since; return
    how many shown headlines and how many sections went.

    A headline's age is its time, or when it was first listed if that is earlier: a date in
    the future (a cache from before the parsers dropped them) would otherwise never age."""
    shown = "SELECT count(*) FROM headlines WHERE shown = 1"
    before = as_int(conn.execute(shown).fetchone()[0], 0)
    conn.execute(
        "DELETE FROM headlines WHERE (section_key, fold_key) IN (SELECT section_key, fold_key"
        " FROM headlines GROUP BY section_key, fold_key"
        " HAVING max(min(sort_time, first_seen)) <= ?)",
        (cutoff,),
    )
    # Headlines listed before the cutoff and in no list now leave the search (issue 16).
    conn.execute(
        "DELETE FROM listed WHERE listed_at <= ? AND url NOT IN (SELECT url FROM headlines)",
        (cutoff,),
    )
    conn.execute("DELETE FROM validators WHERE updated_at <= ?", (cutoff,))
    conn.execute("DELETE FROM refused WHERE refused_at <= ?", (cutoff,))
    lists = conn.execute(
        "DELETE FROM sections WHERE synced_at <= ?"
        " AND section_key NOT IN (SELECT section_key FROM headlines)",
        (cutoff,),
    ).rowcount
    return before - as_int(conn.execute(shown).fetchone()[0], 0), lists
