"""Validators, info, prune and vacuum."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from herald_tui.cache import Store, StoreReadOnlyError
from herald_tui.cache.store import Pruned
from tests.cache.factories import article, headline

NOW = datetime.now(UTC)


def test_validators(mem: Store) -> None:
    url = "https://en.yna.co.kr/RSS/news.xml"
    assert mem.validators(url) is None
    mem.set_validators(url, '"abc"', "Wed, 10 Jul 2024 00:28:00 GMT")
    assert mem.validators(url) == ('"abc"', "Wed, 10 Jul 2024 00:28:00 GMT")
    mem.set_validators(url, '"def"', None)
    assert mem.validators(url) == ('"def"', None)
    mem.set_validators(url, None, "")
    assert mem.validators(url) is None


def test_info_counts_and_paths(store: Store, dirs: tuple[Path, Path]) -> None:
    store.put_articles([article(1), article(2), article(3, source="koreaherald")])
    store.put_headlines("yonhap/economy", [headline(1), headline(2)], seen_at=NOW)
    store.set_saved(article(1), True)
    store.set_read(article(2).url)
    info = store.info()
    assert info.cache_path == dirs[0] / "cache.sqlite3"
    assert info.data_path == dirs[1] / "user.sqlite3"
    assert info.cache_bytes > 0 and info.data_bytes > 0
    assert (info.articles, info.saved, info.read_marks) == (3, 1, 1)
    assert info.by_source == {"koreaherald": 1, "yonhap": 2}
    assert [(s.key, s.headlines) for s in info.sections] == [("yonhap/economy", 2)]
    assert info.sections[0].last_synced == NOW.replace(microsecond=0)


def test_prune_by_fetch_time(mem: Store) -> None:
    old, recent = article(1), article(2)
    mem.put_article(old, fetched_at=NOW - timedelta(days=31))
    mem.put_article(recent, fetched_at=NOW - timedelta(days=29))
    mem.set_validators(old.url, '"x"', None)
    mem.set_validators(recent.url, '"y"', None)
    assert mem.prune(timedelta(days=30)).articles == 1
    assert mem.get_article(old.url) is None and mem.get_article(recent.url) == recent
    # A validator without its article would turn a 304 into a missing article: it goes too.
    assert mem.validators(old.url) is None and mem.validators(recent.url) == ('"y"', None)
    assert mem.search("exports") and all(h.url == recent.url for h in mem.search("exports"))


def test_prune_in_steps(mem: Store) -> None:
    mem.put_articles((article(n, words=10) for n in range(1, 1101)), fetched_at=NOW - timedelta(7))
    assert mem.prune(timedelta(days=1)).articles == 1100
    assert mem.info().articles == 0


def test_prune_drops_old_stories_whole(mem: Store) -> None:
    long_ago = NOW - timedelta(days=60)
    story = [
        headline(1, story_id="S", revision=0, published=long_ago),
        headline(2, story_id="S", revision=1, published=NOW),
    ]
    stale = headline(3, published=long_ago)
    mem.put_headlines("yonhap/economy", [*story, stale], seen_at=NOW)
    mem.put_article(article(4), fetched_at=NOW - timedelta(days=31))
    assert mem.prune(timedelta(days=30)) == Pruned(articles=1, headlines=1, lists=0)
    listed = mem.headlines("yonhap/economy")
    # The story's newest revision is recent: both rows stay, still folded as one.
    assert [(r.headline.url, r.revisions) for r in listed] == [(story[1].url, 2)]
    # Its two rows are one headline shown; the list left empty goes with them.
    assert mem.prune(timedelta(0)) == Pruned(articles=0, headlines=1, lists=1)
    assert mem.info().sections == ()


def test_vacuum_shrinks_after_prune(store: Store) -> None:
    store.put_articles(
        (article(n, words=400) for n in range(1, 301)), fetched_at=NOW - timedelta(9)
    )
    store.vacuum()
    before = store.info().cache_bytes
    store.prune(timedelta(days=1))
    saved = store.vacuum()
    assert saved > 0
    assert store.info().cache_bytes < before / 2
    assert store.search("exports") == []


def test_readonly_refuses_maintenance(store: Store, dirs: tuple[Path, Path]) -> None:
    store.put_article(article(1))
    with Store.open(*dirs, readonly=True) as ro:
        with pytest.raises(StoreReadOnlyError):
            ro.prune(timedelta(days=1))
        with pytest.raises(StoreReadOnlyError):
            ro.vacuum()
        assert ro.get_article(article(1).url) == article(1)
