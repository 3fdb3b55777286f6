"""A full disk: a clear error, nothing already stored lost, reads still work."""

from __future__ import annotations

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
    assert "herald-tui cache prune" in message and "\n" not in message
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
    import sqlite3

    from herald_tui.cache import db

    real_connect = db._connect

    def tiny(path: Path, **options: bool) -> sqlite3.Connection:
        conn = real_connect(path, **options)
        conn.execute("PRAGMA max_page_count = 2")  # no room for the schema
        return conn

    monkeypatch.setattr(db, "_connect", tiny)
    with pytest.raises(StoreFullError, match="full"):
        Store.open(*dirs)
