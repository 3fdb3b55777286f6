"""SQLite's page cache: small while a session only looks rows up by key (a start reading its
first list), full once it searches, writes or upgrades (docs/PERFORMANCE.md, memory)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from herald_tui.cache import Store
from herald_tui.cache import db as db_module
from herald_tui.cache.db import CACHE_KIB, LOOKUP_CACHE_KIB, Database, DatabaseSpec, Notices
from herald_tui.cache.migrations import CACHE_MIGRATIONS
from herald_tui.cache.recovery import flag_damage, quarantine
from herald_tui.cache.store import CACHE_DB
from tests.cache.factories import article, headline


def cache_kib(db: Database) -> int:
    """The connection's page cache, in KiB (SQLite reports a size in KiB as negative)."""
    (size,) = db.conn.execute("PRAGMA cache_size").fetchone()
    assert size < 0, size
    return int(-size)


def filled(dirs: tuple[Path, Path]) -> list[str]:
    """A store on files holding a listed section whose first article is cached; the URLs."""
    items = [headline(n, section="all") for n in range(1, 6)]
    with Store.open(*dirs) as store:
        store.put_article(article(1))
        store.put_headlines("yonhap/all", items)
    return [h.url for h in items]


def test_a_start_reading_its_first_list_keeps_the_small_cache(dirs: tuple[Path, Path]) -> None:
    urls = filled(dirs)
    with Store.open(*dirs) as store:
        assert cache_kib(store._cache) == cache_kib(store._user) == LOOKUP_CACHE_KIB
        rows = store.headlines("yonhap/all")
        stored = store.stored_urls(urls)
        synced = store.last_synced("yonhap/all")
        assert [r.headline.url for r in rows] and stored == {article(1).url} and synced
        assert cache_kib(store._cache) == cache_kib(store._user) == LOOKUP_CACHE_KIB


def test_a_search_gets_the_full_cache_and_keeps_it(dirs: tuple[Path, Path]) -> None:
    filled(dirs)
    with Store.open(*dirs) as store:
        store.search("exports")
        assert cache_kib(store._cache) == CACHE_KIB
        store.headlines("yonhap/all")  # a look-up after it does not shrink it
        assert cache_kib(store._cache) == CACHE_KIB


def test_a_write_gets_the_full_cache(dirs: tuple[Path, Path]) -> None:
    filled(dirs)
    with Store.open(*dirs) as store:
        store.set_read("https://en.yna.co.kr/view/AEN1")
        assert cache_kib(store._user) == CACHE_KIB
        assert cache_kib(store._cache) == LOOKUP_CACHE_KIB  # each database on its own
        store.put_article(article(2))
        assert cache_kib(store._cache) == CACHE_KIB


def test_an_upgrade_runs_with_the_full_cache(dirs: tuple[Path, Path]) -> None:
    def add_index(conn: sqlite3.Connection) -> None:
        cache_during.append(conn.execute("PRAGMA cache_size").fetchone()[0])
        conn.execute("CREATE INDEX articles_by_parser ON articles(parser)")

    cache_during: list[int] = []
    filled(dirs)
    newer = DatabaseSpec("cache.sqlite3", "article cache", (*CACHE_MIGRATIONS, add_index))
    db = Database.open(dirs[0], newer, Notices())
    try:
        assert cache_during == [-CACHE_KIB]
    finally:
        db.close()


def cache_pragmas_of_a_read(db: Database) -> list[str]:
    """The ``cache_size`` statements a full (not look-up) read on ``db`` issues."""
    issued: list[str] = []
    db.conn.set_trace_callback(issued.append)
    try:
        db.rows("SELECT count(*) FROM articles")
    finally:
        db.conn.set_trace_callback(None)
    return [sql for sql in issued if "cache_size" in sql]


def test_an_upgraded_database_knows_its_cache_is_full(dirs: tuple[Path, Path]) -> None:
    filled(dirs)
    newer = DatabaseSpec("cache.sqlite3", "article cache", (*CACHE_MIGRATIONS, lambda c: None))
    db = Database.open(dirs[0], newer, Notices())
    try:
        assert cache_kib(db) == CACHE_KIB  # the upgrade widened it...
        assert cache_pragmas_of_a_read(db) == []  # ...so the first read does not again
        assert cache_kib(db) == CACHE_KIB
    finally:
        db.close()


def test_a_repaired_database_knows_its_cache_is_full(dirs: tuple[Path, Path]) -> None:
    filled(dirs)
    flag_damage(dirs[0] / "cache.sqlite3")  # a session met damage: the next open repairs
    db = Database.open(dirs[0], CACHE_DB, Notices())
    try:
        assert cache_kib(db) == CACHE_KIB
        assert cache_pragmas_of_a_read(db) == []
    finally:
        db.close()


def test_a_database_opened_as_it_is_widens_on_its_first_full_read(
    dirs: tuple[Path, Path],
) -> None:
    filled(dirs)
    db = Database.open(dirs[0], CACHE_DB, Notices())
    try:
        assert cache_kib(db) == LOOKUP_CACHE_KIB
        assert cache_pragmas_of_a_read(db) == [f"PRAGMA cache_size = -{CACHE_KIB}"]
        assert cache_pragmas_of_a_read(db) == []  # once
    finally:
        db.close()


def test_a_session_that_follows_a_moved_file_widens_its_fresh_one_once(
    dirs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    filled(dirs)
    widenings: list[sqlite3.Connection] = []
    monkeypatch.setattr(db_module, "_full_cache", widenings.append)
    db = Database.open(dirs[0], CACHE_DB, Notices())
    try:
        quarantine(dirs[0] / "cache.sqlite3")  # another process found it damaged
        with db.write():  # reopens: a fresh file, created with the full cache
            pass
        assert len(widenings) == 1 and widenings[0] is db.conn
    finally:
        db.close()
