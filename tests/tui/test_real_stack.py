"""Saved articles and read marks through the real stack: NewsLibrary, a Store on disk, the
HTTP client and the demo site on loopback; each app session is a restart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from herald_tui.cache.store import Store
from herald_tui.config import Settings
from herald_tui.demo import SITE_ROOT
from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.http import HttpClient
from herald_tui.fetchers.registry import Registry
from herald_tui.services import NewsLibrary
from herald_tui.tui.app import HeraldApp
from herald_tui.tui.widgets import SAVED
from tests.services.conftest import NETWORK, sites
from tests.tui.helpers import press, reader, screen_text, wait_until

SIZE = (120, 40)


@pytest.fixture
def server() -> Iterator[DemoServer]:
    with DemoServer(SITE_ROOT) as demo:
        yield demo


def session(server: DemoServer, root: Path, *, online: bool) -> HeraldApp:
    """The app on a new NewsLibrary over the store in ``root`` (online: the demo site)."""
    library = NewsLibrary(
        Registry.load(sites(server)),
        Store.open(root / "cache", root / "data"),
        HttpClient(NETWORK) if online else None,
    )
    return HeraldApp(library, Settings())


async def test_a_saved_article_is_read_offline_after_the_cache_is_pruned(
    server: DemoServer, tmp_path: Path
) -> None:
    app = session(server, tmp_path, online=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: bool(screen.headline_list.rows))  # synced at start
        section = screen.section
        assert section is not None
        await press(pilot, "j", "enter")
        await wait_until(pilot, lambda: screen.article_view.article is not None)
        article = screen.article_view.article
        assert article is not None and article.paragraphs
        await press(pilot, "s")
        assert screen.headline_list.rows[1].saved

    with Store.open(tmp_path / "cache", tmp_path / "data") as store:
        assert store.prune(timedelta(0)).articles > 0
        assert store.headlines(section.key) == []  # the cache is gone...
        assert store.info().articles == 0

    offline = session(server, tmp_path, online=False)
    requests = server.stats.requests
    async with offline.run_test(size=SIZE) as pilot:
        screen = reader(offline)
        assert "Nothing cached for this section:" in screen_text(offline)
        await press(pilot, "h", "G", "enter")  # ...but Saved keeps it
        assert screen.section == SAVED
        assert [row.headline.url for row in screen.headline_list.rows] == [article.url]
        await press(pilot, "enter")
        assert screen.article_view.article == article
        assert article.paragraphs[0][:40] in " ".join(screen_text(offline).split())
    assert server.stats.requests == requests  # offline: nothing fetched


async def test_read_marks_survive_a_restart_and_pruning(server: DemoServer, tmp_path: Path) -> None:
    app = session(server, tmp_path, online=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: len(screen.headline_list.rows) >= 3)
        section = screen.section
        assert section is not None
        total = len(screen.headline_list.rows)
        first, second = (row.headline.url for row in screen.headline_list.rows[:2])
        await press(pilot, "enter")  # opened: read
        await wait_until(pilot, lambda: screen.article_view.article is not None)
        await press(pilot, "escape", "j", "u")  # the second one, from the list: read
        await press(pilot, "k", "u")  # the first one: unread again
        assert screen.library.unread_count(section.key) == total - 1

    with Store.open(tmp_path / "cache", tmp_path / "data") as store:
        store.prune(timedelta(0))

    again = session(server, tmp_path, online=True)
    async with again.run_test(size=SIZE) as pilot:
        screen = reader(again)
        await wait_until(pilot, lambda: len(screen.headline_list.rows) == total)  # re-synced
        marks = {row.headline.url: row.read for row in screen.headline_list.rows}
        assert marks[first] is False and marks[second] is True
        assert sum(marks.values()) == 1
        assert f"{section.title} {total - 1}" in screen_text(again)
