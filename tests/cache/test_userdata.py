"""The reader's state lives in the data directory: it survives pruning and cache deletion."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from herald_tui.cache import PutStatus, Store, userdata
from tests.cache.factories import article, headline

OLD = datetime.now(UTC) - timedelta(days=90)


def test_read_marks(mem: Store) -> None:
    a, b = article(1).url, article(2).url
    assert mem.read_urls([a, b]) == set()
    mem.set_read(a)
    mem.set_read(a)  # idempotent
    assert mem.read_urls([a, b]) == {a}
    mem.set_read(a, False)
    assert mem.read_urls([a, b]) == set()


def test_read_urls_handles_many(mem: Store) -> None:
    urls = [article(n).url for n in range(1, 1500)]
    for url in urls[::3]:
        mem.set_read(url)
    assert mem.read_urls(urls) == set(urls[::3])


def test_set_read_many_says_what_changed_and_undo_restores_exactly(mem: Store) -> None:
    urls = [article(n).url for n in range(1, 1200)]  # more than one IN (...) chunk
    already = set(urls[::4])
    mem.set_read_many(already)
    changed = mem.set_read_many([*urls, urls[0]])  # a URL twice counts once
    assert set(changed) == set(urls) - already and len(changed) == len(set(changed))
    assert mem.read_urls(urls) == set(urls)
    assert sorted(mem.set_read_many(changed, False)) == sorted(changed)  # the undo
    assert mem.read_urls(urls) == already  # those read before stay read


def test_set_read_many_is_one_transaction(mem: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    urls = [article(n).url for n in range(1, 10)]

    def fail_midway(conn: sqlite3.Connection, batch: object, read: bool, when: int) -> list[str]:
        for url in urls[:3]:
            userdata.set_read(conn, url, True, when)
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(userdata, "set_read_many", fail_midway)
    with pytest.raises(RuntimeError):
        mem.set_read_many(urls)
    assert mem.read_urls(urls) == set()  # nothing half-marked


def test_listed_urls_has_every_story_of_a_long_list(mem: Store) -> None:
    items = [headline(n) for n in range(1, 301)]
    mem.put_headlines("yonhap/national", items)
    assert sorted(mem.listed_urls("yonhap/national")) == sorted(h.url for h in items)
    assert len(mem.headlines("yonhap/national")) == 200  # the list itself stops at 200


def test_saved_newest_first_and_unsave(mem: Store) -> None:
    first, second, third = article(1), article(2), article(3)
    for a in (first, second, third):
        mem.set_saved(a, True)
    assert mem.saved() == [third, second, first]
    mem.set_saved(first, True)  # saving again keeps its place
    assert mem.saved() == [third, second, first]
    mem.set_saved(second, False)
    assert mem.saved() == [third, first]
    assert mem.is_saved(first.url) and not mem.is_saved(second.url)


def test_unread_saved_count(mem: Store) -> None:
    first, second, third = article(1), article(2), article(3)
    assert mem.unread_saved_count() == 0
    for a in (first, second, third):
        mem.set_saved(a, True)
    mem.set_read(second.url)
    mem.set_read(article(4).url)  # read but not saved: not counted
    assert mem.unread_saved_count() == 2
    mem.set_saved(first, False)
    assert mem.unread_saved_count() == 1


def test_saved_article_is_readable_without_the_cache(mem: Store) -> None:
    a = article(1)
    mem.set_saved(a, True)  # never put in the cache
    assert mem.get_article(a.url) == a


def test_update_refreshes_the_saved_copy(mem: Store) -> None:
    a = article(1)
    mem.put_article(a)
    mem.set_saved(a, True)
    corrected = dataclasses.replace(a, headline="Exports rise for 9th month (corrected)")
    assert mem.put_article(corrected).status is PutStatus.UPDATED
    assert mem.saved() == [corrected]


def test_worse_parse_does_not_touch_the_saved_copy(mem: Store) -> None:
    a = article(1, words=300)
    mem.set_saved(a, True)  # saved, not cached: the saved copy is the one to beat
    result = mem.put_article(article(1, words=10))
    assert result.status is PutStatus.KEPT_BETTER
    assert mem.saved() == [a]
    assert mem.get_article(a.url) == a


def test_prune_keeps_saved_and_read(store: Store) -> None:
    saved, read, plain = article(1), article(2), article(3)
    store.put_articles([saved, read, plain], fetched_at=OLD)
    store.set_saved(saved, True)
    store.set_read(read.url)
    assert store.prune(timedelta(days=30)).articles == 3
    assert store.get_article(plain.url) is None
    assert store.get_article(saved.url) == saved
    assert store.saved() == [saved]
    assert store.read_urls([read.url]) == {read.url}
    assert [hit.url for hit in store.search("exports")] == [saved.url]


def test_deleting_the_cache_dir_keeps_saved_and_read(dirs: tuple[Path, Path]) -> None:
    cache_dir, data_dir = dirs
    saved, read = article(1), article(2)
    with Store.open(cache_dir, data_dir) as store:
        store.put_articles([saved, read])
        store.set_saved(saved, True)
        store.set_read(read.url)
    shutil.rmtree(cache_dir)
    with Store.open(cache_dir, data_dir) as store:
        assert store.info().articles == 0
        assert store.get_article(saved.url) == saved
        assert store.get_article(read.url) is None
        assert store.saved() == [saved]
        assert store.read_urls([saved.url, read.url]) == {read.url}
        assert store.is_saved(saved.url)
        assert store.notices == []
