"""A full disk: a clear error, nothing already stored lost, reads still work."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from herald_tui.cache import Store, StoreFullError
from tests.cache.factories import article


def limit_pages(store: Store, extra: int, *, user: bool = False) -> None:
    """Let the database grow by ``extra`` pages only (SQLite then reports SQLITE_FULL)."""
    conn = (store._user if user else store._cache).conn
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.execute(f"PRAGMA max_page_count = {pages + extra}")


def test_full_cache_keeps_what_it_has(store: Store) -> None:
    kept = [article(n, words=200) for n in range(1, 21)]
    store.put_articles(kept)
    limit_pages(store, 4)
    with pytest.raises(StoreFullError) as caught:
        store.put_articles(article(n, words=2000) for n in range(100, 140))
    message = str(caught.value)
    assert "full" in message and "nothing stored was lost" in message
    assert "Free disk space" in message and "\n" not in message
    assert not store._cache.conn.in_transaction
    # Nothing of the failed batch (one transaction), nothing before it lost, reads work.
    assert store.info().articles == 20
    assert all(store.get_article(a.url) == a for a in kept)
    assert {h.url for h in store.search("exports")} == {a.url for a in kept}
    assert store.headlines("yonhap/economy") == []
    # Once space is back, writing works again.
    limit_pages(store, 100_000)
    store.put_article(article(100, words=2000))
    assert store.get_article(article(100).url) == article(100, words=2000)


def test_full_user_database(store: Store) -> None:
    store.set_saved(article(1), True)
    limit_pages(store, 0, user=True)
    with pytest.raises(StoreFullError, match="saved articles and read marks"):
        store.set_saved(article(2, words=3000), True)
    assert store.saved() == [article(1)]
    store.put_article(article(2))  # the cache has room


def test_full_disk_at_first_open_is_a_clear_error(
    dirs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from herald_tui.cache import db

    real_connect = db._connect

    def tiny(path: Path, **options: bool) -> sqlite3.Connection:
        conn = real_connect(path, **options)
        conn.execute("PRAGMA max_page_count = 2")  # no room for the schema
        return conn

    monkeypatch.setattr(db, "_connect", tiny)
    with pytest.raises(StoreFullError, match="full"):
        Store.open(*dirs)


def wal_bytes(store: Store) -> int:
    return Path(f"{store._cache.path}-wal").stat().st_size


def test_prune_reuses_a_small_wal(dirs: tuple[Path, Path]) -> None:
    # On a full disk the WAL cannot grow: prune must fit in the WAL file it has. Each step
    # is small and checkpointed, so the WAL is rewound and reused instead of growing.
    old = datetime.now(UTC) - timedelta(days=60)
    with Store.open(*dirs) as store:
        store.put_articles((article(n, words=400) for n in range(1, 1501)), fetched_at=old)
        store.vacuum()  # leaves an empty WAL
        size = store.info().cache_bytes
        assert wal_bytes(store) == 0
        assert store.prune(timedelta(days=30)).articles == 1500
        assert store.info().articles == 0
        assert wal_bytes(store) < size / 5, (wal_bytes(store), size)  # 2.4 MB in one go


def test_full_disk_advice_works_without_free_space(store: Store) -> None:
    limit_pages(store, 0)
    with pytest.raises(StoreFullError) as caught:
        store.put_articles(article(n, words=2000) for n in range(100, 140))
    message = str(caught.value)
    # Prune and vacuum need space themselves: the advice is to free space or delete the
    # (disposable) cache file, named.
    assert "vacuum" not in message and "prune" not in message
    assert "free disk space" in message.lower() and str(store._cache.path) in message
    assert "delete" in message and "saved articles are kept" in message


def test_full_user_database_advice_never_says_delete_it(store: Store) -> None:
    store.set_saved(article(1), True)
    limit_pages(store, 0, user=True)
    with pytest.raises(StoreFullError) as caught:
        store.set_saved(article(2, words=3000), True)
    message = str(caught.value)
    assert "vacuum" not in message and "free disk space" in message.lower()
    assert f"delete {store._user.path}" not in message
    assert "herald-tui cache path" in message  # the cache is what can go


def test_opening_a_full_store_does_not_write(
    dirs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(*dirs).close()
    statements: list[str] = []
    from herald_tui.cache import db

    real_connect = db._connect

    def traced(path: Path, **options: bool) -> sqlite3.Connection:
        conn = real_connect(path, **options)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(db, "_connect", traced)
    Store.open(*dirs).close()
    # Nothing to migrate: no write transaction, which a full disk would refuse.
    assert not [s for s in statements if s.startswith(("BEGIN", "PRAGMA user_version ="))]


def test_caching_stops_while_there_is_room_to_prune(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from herald_tui.cache import db
    from herald_tui.cache.store import RESERVE_BYTES

    old = datetime.now(UTC) - timedelta(days=60)
    store.put_articles([article(n) for n in range(1, 11)], fetched_at=old)
    free = [RESERVE_BYTES - 1]
    monkeypatch.setattr(db, "free_bytes", lambda directory: free[0])
    with pytest.raises(StoreFullError) as caught:
        store.put_articles([article(n) for n in range(11, 21)])
    # The advice works: the reserve is what prune needs.
    assert "herald-tui cache prune" in str(caught.value) and "MiB free" in str(caught.value)
    assert store.info().articles == 10
    store.set_read(article(1).url)  # the reader's own small writes still go through
    assert store.prune(timedelta(days=30)).articles == 10
    free[0] = RESERVE_BYTES
    store.put_articles([article(n) for n in range(11, 21)])
    assert store.info().articles == 10


def test_prune_works_in_a_database_that_cannot_grow(store: Store) -> None:
    old = datetime.now(UTC) - timedelta(days=60)
    store.put_articles((article(n, words=400) for n in range(1, 301)), fetched_at=old)
    limit_pages(store, 0)
    with pytest.raises(StoreFullError):
        store.put_articles(article(n, words=400, topic=f"t{n}" * 200) for n in range(400, 500))
    assert store.prune(timedelta(days=30)).articles == 300  # deleting needs no new page
    # The pages prune freed hold new articles, still without growing the file.
    store.put_articles(article(n, words=400) for n in range(400, 500))
    assert store.info().articles == 100


def test_vacuum_without_room_says_so_before_starting(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from herald_tui.cache import db

    store.put_articles([article(n) for n in range(1, 11)])
    size = store.info().cache_bytes
    monkeypatch.setattr(db, "free_bytes", lambda directory: size // 2)
    with pytest.raises(StoreFullError) as caught:
        store.vacuum()
    message = str(caught.value)
    assert "compacting needs about" in message and "free disk space" in message
    assert f"delete {store._cache.path}" in message
    assert store.info().cache_bytes == size and store.info().articles == 10
    monkeypatch.setattr(db, "free_bytes", lambda directory: size)
    store.vacuum()
