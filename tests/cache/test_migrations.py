"""Schema versions: settings of a fresh store, migrations in one transaction, newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from herald_tui.cache import Store, StoreError, StoreReadOnlyError
from herald_tui.cache.db import Database, DatabaseSpec, Notices
from herald_tui.cache.migrations import CACHE_MIGRATIONS, USER_MIGRATIONS
from herald_tui.cache.schema import migrate, register_functions
from herald_tui.cache.store import CACHE_DB
from tests.cache.factories import article


def pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    register_functions(conn)  # the full-text view reads through herald_fts
    try:
        return [
            *conn.iterdump(),
            f"user_version={conn.execute('PRAGMA user_version').fetchone()[0]}",
        ]
    finally:
        conn.close()


def test_fresh_store_settings(store: Store, dirs: tuple[Path, Path]) -> None:
    cache, user = dirs[0] / "cache.sqlite3", dirs[1] / "user.sqlite3"
    assert pragma(cache, "user_version") == len(CACHE_MIGRATIONS)
    assert pragma(user, "user_version") == len(USER_MIGRATIONS)
    assert pragma(cache, "journal_mode") == "wal" and pragma(user, "journal_mode") == "wal"
    conn = store._cache.conn
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def add_topic(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE articles ADD COLUMN topic TEXT NOT NULL DEFAULT ''")


def add_index(conn: sqlite3.Connection) -> None:
    assert conn.in_transaction  # every step runs inside the one transaction
    # bumped only at the end
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(CACHE_MIGRATIONS)
    conn.execute("CREATE INDEX articles_by_topic ON articles(topic)")


def broken(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE half_done (x)")
    raise RuntimeError("step 3 failed")


def spec(*steps: object) -> DatabaseSpec:
    return DatabaseSpec("cache.sqlite3", "article cache", (*CACHE_MIGRATIONS, *steps))  # type: ignore[arg-type]


def test_old_database_is_migrated_keeping_its_data(store: Store, dirs: tuple[Path, Path]) -> None:
    a = article(1)
    store.put_article(a)
    store.close()
    db = Database.open(dirs[0], spec(add_topic, add_index), Notices())
    try:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == len(CACHE_MIGRATIONS) + 2
        assert db.rows("SELECT url, topic FROM articles") == [(a.url, "")]
    finally:
        db.close()


def test_failing_migration_leaves_the_database_untouched(
    store: Store, dirs: tuple[Path, Path]
) -> None:
    store.put_article(article(1))
    store.close()
    path = dirs[0] / "cache.sqlite3"
    before = dump(path)
    with pytest.raises(StoreError, match=r"cannot upgrade .* unchanged.*step 3 failed"):
        Database.open(dirs[0], spec(add_topic, broken), Notices())
    assert dump(path) == before  # neither add_topic nor half of broken: one transaction
    with Store.open(*dirs) as again:  # and this version still opens it
        assert again.get_article(article(1).url) == article(1)
        assert again.notices == []


def test_migrate_counts_steps() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    register_functions(conn)
    assert migrate(conn, CACHE_MIGRATIONS) == len(CACHE_MIGRATIONS)
    assert migrate(conn, CACHE_MIGRATIONS) == 0


def set_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def test_newer_database_is_opened_read_only_and_never_modified(
    store: Store, dirs: tuple[Path, Path]
) -> None:
    a = article(1)
    store.put_article(a)
    store.close()
    path = dirs[0] / "cache.sqlite3"
    set_version(path, 99)
    before = path.read_bytes()
    with Store.open(*dirs) as newer:
        assert newer.readonly
        assert any("newer herald-tui" in n and "read-only" in n for n in newer.notices)
        assert newer.get_article(a.url) == a  # reading still works
        with pytest.raises(StoreReadOnlyError, match=r"newer herald-tui.*update herald-tui"):
            newer.put_article(article(2))
        with pytest.raises(StoreReadOnlyError):
            newer.put_headlines("yonhap/economy", [])
        newer.set_read(a.url)  # the user database is this version's: still writable
        assert newer.read_urls([a.url]) == {a.url}
    assert path.read_bytes() == before
    assert pragma(path, "user_version") == 99


def test_newer_user_database_refuses_saves(store: Store, dirs: tuple[Path, Path]) -> None:
    store.close()
    set_version(dirs[1] / "user.sqlite3", 7)
    with Store.open(*dirs) as newer:
        with pytest.raises(StoreReadOnlyError, match="saved articles and read marks"):
            newer.set_saved(article(1), True)
        newer.put_article(article(1))  # the cache is fine


def test_readonly_open_creates_nothing(tmp_path: Path) -> None:
    cache_dir, data_dir = tmp_path / "c", tmp_path / "d"
    with Store.open(cache_dir, data_dir, readonly=True) as ro:
        assert ro.get_article(article(1).url) is None
        assert ro.headlines("yonhap/economy") == [] and ro.search("korea") == []
        assert ro.saved() == [] and ro.info().articles == 0
        with pytest.raises(StoreReadOnlyError, match="read-only"):
            ro.put_article(article(1))
        with pytest.raises(StoreReadOnlyError):
            ro.set_read(article(1).url)
    assert not cache_dir.exists() and not data_dir.exists()


def test_readonly_reads_what_another_store_wrote(store: Store, dirs: tuple[Path, Path]) -> None:
    store.put_article(article(1))
    with Store.open(*dirs, readonly=True) as ro:
        assert ro.get_article(article(1).url) == article(1)
        store.put_article(article(2))  # a writer alongside
        assert ro.get_article(article(2).url) == article(2)


def test_cache_spec_is_the_stores() -> None:
    assert CACHE_DB.migrations == CACHE_MIGRATIONS
