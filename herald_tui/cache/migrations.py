"""The schema of both databases, as ordered, named migrations.

Each migration is a function that takes a connection already inside the transaction opened by
:func:`herald_tui.cache.schema.migrate`; migration *n* (1-based position in its tuple) brings
the database to ``PRAGMA user_version = n``. Never edit a released migration: add a new one at
the end of the tuple.

Cache database (``<cache dir>/cache.sqlite3``), disposable:

* ``articles``: one row per article URL; ``data`` is the sealed Article JSON
  (:mod:`herald_tui.cache.codec`), ``checksum`` its BLAKE2b digest; ``source``,
  ``published``, ``fetched_at`` (UTC epoch seconds) and ``parser`` are copies for indexing.
* ``articles_fts``: FTS5 over headline, body, captions and quotes, *external content*: the
  text is not stored twice but read through the view ``articles_fts_content``, which decodes
  ``data`` with the SQL function ``herald_fts`` (registered on every connection); triggers
  keep the index in step with ``articles``.
* ``search_terms``: the terms of the index, to expand a search prefix into its words.
* ``headlines``: each section's last list (``position`` in the feed, ``first_seen``,
  ``sort_time`` = published or first seen), with revisions of a story folded at write time:
  ``shown`` marks the newest revision, ``revisions`` counts the story's rows.
* ``sections``: when each section's list was last stored.
* ``validators``: ETag / Last-Modified per fetched URL.
* ``listed`` (version 4): every headline the app has listed, one row per URL (the sealed
  Headline, its ``sections`` ids, ``published`` = its time or when first listed), kept after
  it leaves its lists, so what was seen stays searchable.
* ``search_fts`` (version 4, replacing ``articles_fts``): one contentless FTS5 index over
  stored articles and listed headlines (:data:`herald_tui.cache.codec.SEARCH_COLUMNS`), its
  rowid a *search key* ordered by time published (``search_map`` says which row a key is),
  kept in step by triggers on ``articles`` and ``listed``.
* ``refused``: article URLs whose page was refused for its size or the time its parse took,
  with the parser that refused it and why, so a sync does not fetch them again every run.
* ``quotations``, ``quoted_articles``, ``speakers``: the People index, every quotation of a
  cached article with its speaker's key (see :mod:`herald_tui.cache.people`).

User database (``<data dir>/user.sqlite3``), kept forever:

* ``read_marks``: URLs the reader has read.
* ``saved``: saved articles with their full content, same columns as ``articles`` plus
  ``saved_at`` and ``saved_order`` (1, 2, 3... in the order of saving, kept when a saved
  copy is refreshed), with their own full-text index ``saved_fts``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from herald_tui._frozen import Frozen, value_class

__all__ = [
    "CACHE_MIGRATIONS",
    "USER_MIGRATIONS",
    "Migration",
    "Reindexing",
    "Tally",
    "rebuild_search",
    "reindexes",
]

Migration = Callable[[sqlite3.Connection], None]

Tally = Callable[[int], None]
"""Told, as a re-indexing migration goes, how many more rows it has just indexed."""


def _untallied(rows: int) -> None:
    """The tally of a migration run with nobody to tell."""


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with


@value_class(frozen=True)
class Reindexing(Frozen):
    """A migration that re-indexes what is already cached: minutes on a large cache (issue
    16: about 24 s and 5 min at 100,000 articles), so the runner can say so and tell how far
    it is (:func:`herald_tui.cache.schema.migrate`). Called with a connection alone it is a
    plain :data:`Migration`, telling nobody."""

    __match_args__ = ("step", "size")  # the fields, in order
    __slots__ = __match_args__

    step: Callable[[sqlite3.Connection, Tally], None]
    size: Callable[[sqlite3.Connection], int]
    """How many rows ``step`` tallies in all. Read before the first re-indexing step of an
    upgrade runs (to give one total), so it may only read tables the first version has."""

    def __init__(
        self,
        step: Callable[[sqlite3.Connection, Tally], None],
        size: Callable[[sqlite3.Connection], int],
    ) -> None:
        _set(self, "step", step)
        _set(self, "size", size)

    def __call__(self, conn: sqlite3.Connection) -> None:
        self.step(conn, _untallied)


def reindexes(
    size: Callable[[sqlite3.Connection], int],
) -> Callable[[Callable[[sqlite3.Connection, Tally], None]], Reindexing]:
    """Decorate a migration step that re-indexes ``size(conn)`` rows, telling a tally."""

    def wrap(step: Callable[[sqlite3.Connection, Tally], None]) -> Reindexing:
        return Reindexing(step, size)

    return wrap


def _count(*tables: str) -> Callable[[sqlite3.Connection], int]:
    """The size of a re-indexing step that reads every row of ``tables``."""
    query = "SELECT " + " + ".join(f"(SELECT count(*) FROM {t})" for t in tables)

    def size(conn: sqlite3.Connection) -> int:
        return int(conn.execute(query).fetchone()[0])

    return size


def _run(conn: sqlite3.Connection, statements: Sequence[str]) -> None:
    # Statement by statement: executescript() would COMMIT the surrounding transaction.
    for statement in statements:
        conn.execute(statement)


def _fts_statements(table: str) -> list[str]:
    """A full-text index over ``table`` (``articles`` or ``saved``), external content.

    bm25 weights: a match in the headline counts ten times one in the body; captions and
    quotes twice. FTS5 external-content tables need the old text to delete a row's entries:
    the delete trigger re-derives it with the same deterministic function, but only from a
    row that passes its checksum (``herald_ok``), because a wrong 'delete' damages the index.
    The entries of a damaged row therefore stay behind, pointing to an id that is never used
    again (AUTOINCREMENT), and searches join the index to the table, which drops them.
    Content is never updated in place (a trigger forbids it): a new version is a new row.
    """
    fts = f"{table}_fts"
    cols = "headline, body, captions, quotes"
    new = ", ".join(f"herald_fts(new.data, new.checksum, {i})" for i in range(4))
    old = ", ".join(f"herald_fts(old.data, old.checksum, {i})" for i in range(4))
    return [
        f"""CREATE VIEW {fts}_content AS SELECT id,
            herald_fts(data, checksum, 0) AS headline, herald_fts(data, checksum, 1) AS body,
            herald_fts(data, checksum, 2) AS captions, herald_fts(data, checksum, 3) AS quotes
            FROM {table}""",
        f"""CREATE VIRTUAL TABLE {fts} USING fts5({cols},
            content='{fts}_content', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2')""",
        f"INSERT INTO {fts}({fts}, rank) VALUES ('rank', 'bm25(10.0, 1.0, 2.0, 2.0)')",
        f"""CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
            INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END""",
        f"""CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
            INSERT INTO {fts}({fts}, rowid, {cols}) SELECT 'delete', old.id, {old}
            WHERE herald_ok(old.data, old.checksum); END""",
        f"""CREATE TRIGGER {table}_au BEFORE UPDATE OF data ON {table} BEGIN
            SELECT RAISE(ABORT, 'stored content is replaced by a new row, never updated'); END""",
    ]


def cache_001_initial(conn: sqlite3.Connection) -> None:
    """Articles with their full-text index, headline lists, sections, fetch validators."""
    _run(
        conn,
        [
            """CREATE TABLE articles (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                url TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                published INTEGER,
                fetched_at INTEGER NOT NULL,
                parser TEXT NOT NULL,
                data BLOB NOT NULL,
                checksum BLOB NOT NULL
            )""",
            "CREATE INDEX articles_by_source ON articles(source)",
            "CREATE INDEX articles_by_fetched ON articles(fetched_at)",
            *_fts_statements("articles"),
            # Every term the article index has held (never pruned: a stale term only adds
            # an OR branch matching nothing). Lets a prefix be expanded to its few terms,
            # much cheaper for FTS5 than a prefix query over a large index.
            "CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID",
            """CREATE TABLE headlines (
                section_key TEXT NOT NULL,
                url TEXT NOT NULL,
                position INTEGER NOT NULL,
                first_seen INTEGER NOT NULL,
                sort_time INTEGER NOT NULL,
                fold_key TEXT NOT NULL,
                shown INTEGER NOT NULL,
                revisions INTEGER NOT NULL,
                data BLOB NOT NULL,
                checksum BLOB NOT NULL,
                PRIMARY KEY (section_key, url)
            ) WITHOUT ROWID""",
            """CREATE INDEX headlines_listed
                ON headlines(section_key, shown, sort_time DESC, position)""",
            """CREATE TABLE sections (
                section_key TEXT PRIMARY KEY,
                synced_at INTEGER NOT NULL
            ) WITHOUT ROWID""",
            """CREATE TABLE validators (
                url TEXT PRIMARY KEY,
                etag TEXT,
                last_modified TEXT,
                updated_at INTEGER NOT NULL
            ) WITHOUT ROWID""",
        ],
    )


def cache_002_refused(conn: sqlite3.Connection) -> None:
    """Pages refused for size or parse time, remembered for a while (issue 14, item 10)."""
    _run(
        conn,
        [
            """CREATE TABLE refused (
                url TEXT PRIMARY KEY,
                parser TEXT NOT NULL,
                reason TEXT NOT NULL,
                refused_at INTEGER NOT NULL
            ) WITHOUT ROWID"""
        ],
    )


@reindexes(_count("articles"))
def cache_003_quotations(conn: sqlite3.Connection, tally: Tally) -> None:
    """The People index (issue 18), filled from the articles already cached."""
    _run(
        conn,
        [
            """CREATE TABLE quotations (
                article_id INTEGER NOT NULL,
                number INTEGER NOT NULL,
                published INTEGER,
                paragraph INTEGER,
                start INTEGER NOT NULL,
                speaker_key TEXT,
                kind TEXT,
                name TEXT,
                role TEXT,
                speaker TEXT,
                text TEXT NOT NULL,
                PRIMARY KEY (article_id, number)
            ) WITHOUT ROWID""",
            """CREATE INDEX quotations_by_speaker ON quotations(speaker_key, published)
                WHERE speaker_key IS NOT NULL""",
            # Per article, not per quotation: a period's quotations are found through their
            # articles (a quarter of the index entries to write).
            """CREATE TABLE quoted_articles (
                article_id INTEGER PRIMARY KEY,
                published INTEGER,
                headline TEXT NOT NULL
            )""",
            "CREATE INDEX quoted_articles_by_time ON quoted_articles(published)",
            """CREATE TABLE speakers (
                speaker_key TEXT PRIMARY KEY,
                names TEXT NOT NULL
            ) WITHOUT ROWID""",
            # Replacing an article deletes its row first (see herald_tui.cache.articles), and
            # so does pruning: either way its quotations go with it, in the same transaction.
            """CREATE TRIGGER articles_quotations_ad AFTER DELETE ON articles BEGIN
                DELETE FROM quotations WHERE article_id = old.id;
                DELETE FROM quoted_articles WHERE article_id = old.id; END""",
        ],
    )
    if conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None:
        # Nothing to index: a new cache, or the in-memory copy every start migrates to check
        # the file's schema against (herald_tui.cache.schema), which then imports no indexer.
        return
    from herald_tui.cache.quotations import index_cached

    index_cached(conn, tally)


def user_001_initial(conn: sqlite3.Connection) -> None:
    """Read marks and saved articles with their full-text index."""
    _run(
        conn,
        [
            """CREATE TABLE read_marks (
                url TEXT PRIMARY KEY,
                read_at INTEGER NOT NULL
            ) WITHOUT ROWID""",
            """CREATE TABLE saved (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                url TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                published INTEGER,
                saved_at INTEGER NOT NULL,
                saved_order INTEGER NOT NULL,
                parser TEXT NOT NULL,
                data BLOB NOT NULL,
                checksum BLOB NOT NULL
            )""",
            "CREATE INDEX saved_in_order ON saved(saved_order)",
            *_fts_statements("saved"),
        ],
    )


KEY_STEP = 65536
"""Search keys per second of publication time: a key is ``time * KEY_STEP + n``, ``n`` the
next free one of that second, so keys sort by time and a time range is a key range."""

_SEARCH_COLS = "headline, body, captions, quotes, speakers, byline, source, section"


def _search_values(row: str, kind: int) -> str:
    """The index columns of ``row`` (``new`` or ``old``), ``kind`` 0 an article, 1 listed."""
    values = [f"herald_search({row}.data, {row}.checksum, {kind}, {i})" for i in range(8)]
    if kind == 1:  # every section the headline was listed in
        values[7] = f"trim({values[7]} || ' ' || {row}.sections)"
    return ", ".join(values)


def _search_triggers(table: str, kind: int, time: str) -> list[str]:
    """Triggers keeping ``search_fts`` and ``search_map`` in step with ``table``.

    The 'delete' of a contentless index needs the old text, re-derived only from a row that
    passes its checksum; a damaged row's entries stay behind under a key marked kind 2 (never
    used again, never joined to a row), as ``articles_fts`` did with its ids."""
    key = (
        f"coalesce((SELECT max(key) + 1 FROM search_map WHERE key >= ({time}) * {KEY_STEP}"
        f" AND key < (({time}) + 1) * {KEY_STEP}), ({time}) * {KEY_STEP})"
    )
    return [
        f"""CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN
            INSERT INTO search_map (key, kind, ref) VALUES ({key}, {kind}, new.id);
            INSERT INTO search_fts (rowid, {_SEARCH_COLS})
                SELECT key, {_search_values("new", kind)} FROM search_map
                WHERE kind = {kind} AND ref = new.id; END""",
        f"""CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN
            INSERT INTO search_fts (search_fts, rowid, {_SEARCH_COLS})
                SELECT 'delete', key, {_search_values("old", kind)} FROM search_map
                WHERE kind = {kind} AND ref = old.id AND herald_ok(old.data, old.checksum);
            DELETE FROM search_map WHERE kind = {kind} AND ref = old.id
                AND herald_ok(old.data, old.checksum);
            UPDATE search_map SET kind = 2, ref = key WHERE kind = {kind} AND ref = old.id;
            END""",
    ]


def _fill_search(table: str, kind: int, where: str = "") -> str:
    """Index every row of ``table`` that has a key (and meets ``where``, on ``t``)."""
    return f"""INSERT INTO search_fts (rowid, {_SEARCH_COLS})
        SELECT m.key, {_search_values("t", kind)}
        FROM search_map AS m JOIN {table} AS t ON t.id = m.ref AND m.kind = {kind}
        {f"WHERE {where}" if where else ""}"""


_FILL_BATCH = 1_000
"""Articles indexed per statement by the migration: a tally every second or so at 100,000."""


def _fill_articles(conn: sqlite3.Connection, tally: Tally) -> None:
    """Index every cached article, :data:`_FILL_BATCH` ids per statement so ``tally`` hears
    as it goes (one statement over all of them is silent for minutes)."""
    fill = _fill_search("articles", 0, "t.id >= ? AND t.id < ?")
    low, high = conn.execute("SELECT min(id), max(id) FROM articles").fetchone()
    if low is None:
        return
    for start in range(int(low), int(high) + 1, _FILL_BATCH):
        tally(conn.execute(fill, (start, start + _FILL_BATCH)).rowcount)


def rebuild_search(conn: sqlite3.Connection) -> None:
    """Rebuild ``search_fts`` from the rows (a contentless index has no 'rebuild'), in the
    caller's write transaction; the keys of damaged rows' old entries are dropped."""
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_map WHERE kind = 2")
    conn.execute(_fill_search("articles", 0))
    conn.execute(_fill_search("listed", 1))


@reindexes(_count("articles", "headlines"))
def cache_004_search(conn: sqlite3.Connection, tally: Tally) -> None:
    """Search what was listed too (issue 16): the ``listed`` headlines and one index over
    them and the articles, with names normalised; what is cached already is indexed now."""
    _run(
        conn,
        [
            "DROP TRIGGER articles_ai",
            "DROP TRIGGER articles_ad",
            "DROP TABLE articles_fts",
            "DROP VIEW articles_fts_content",
            """CREATE TABLE listed (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                url TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                sections TEXT NOT NULL,
                published INTEGER NOT NULL,
                listed_at INTEGER NOT NULL,
                data BLOB NOT NULL,
                checksum BLOB NOT NULL
            )""",
            "CREATE INDEX listed_by_time ON listed(listed_at)",
            """CREATE TABLE search_map (
                key INTEGER PRIMARY KEY,
                kind INTEGER NOT NULL,
                ref INTEGER NOT NULL,
                UNIQUE (kind, ref)
            )""",
            f"""CREATE VIRTUAL TABLE search_fts USING fts5({_SEARCH_COLS}, content='',
                tokenize='unicode61 remove_diacritics 2')""",
            "INSERT INTO search_fts (search_fts, rank)"
            " VALUES ('rank', 'bm25(10.0, 1.0, 2.0, 2.0, 2.0, 2.0, 1.0, 1.0)')",
            *_search_triggers("articles", 0, "coalesce(new.published, new.fetched_at)"),
            *_search_triggers("listed", 1, "new.published"),
            """CREATE TRIGGER listed_au BEFORE UPDATE OF data, sections, published ON listed
            BEGIN SELECT RAISE(ABORT, 'a listed headline is replaced by a new row'); END""",
            # What is cached already: keys in time order, then the index.
            f"""INSERT INTO search_map (key, kind, ref)
                SELECT coalesce(published, fetched_at) * {KEY_STEP} - 1 + row_number()
                OVER (PARTITION BY coalesce(published, fetched_at) ORDER BY id), 0, id
                FROM articles""",
        ],
    )
    _fill_articles(conn, tally)
    from herald_tui.cache.listed import index_stored_lists

    index_stored_lists(conn, tally)


CACHE_MIGRATIONS: tuple[Migration, ...] = (
    cache_001_initial,
    cache_002_refused,
    cache_003_quotations,
    cache_004_search,
)
"""Migrations of the cache database, oldest first."""

USER_MIGRATIONS: tuple[Migration, ...] = (user_001_initial,)
"""Migrations of the user database, oldest first."""
