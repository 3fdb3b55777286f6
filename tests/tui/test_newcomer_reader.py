"""Rough edges of the reader a newcomer hit (issue 17): searching twice, z and s on an
unopened headline, following a related story, refresh where it cannot work, a section that
fails. On the real stack (see ``demo_stack``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from herald_tui.cache.store import Store
from herald_tui.demo import SITE_ROOT
from tests.faultsite import FaultServer
from tests.tui.demo_stack import demo_app, demo_store, online_app
from tests.tui.helpers import (
    press,
    reader,
    record_notifications,
    screen_text,
    settle,
    wait_until,
)
from tests.tui.test_newcomer import SMALL, WIDE, flat, open_listed

SEO = "https://en.yna.co.kr/view/AEN20261126001200315"
"""In Yonhap's All News (section 9), with related stories: the LEAD and the laser story."""
LEAD = "https://en.yna.co.kr/view/AEN20261126002151315"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SITE_ROOT) as demo:
        yield demo


async def test_a_second_search_updates_the_status_bar() -> None:
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        await press(pilot, "slash", *"budget", "enter")
        first = len(screen.search_results.hits)
        assert screen.status_bar.location == "Search › budget"
        await press(pilot, "slash", *"snow", "enter")
        hits = len(screen.search_results.hits)
        assert hits and hits != first
        assert screen.status_bar.location == "Search › snow"
        assert f"{hits} result" in screen.status_bar.text


async def test_z_on_an_unopened_headline_reads_that_headline() -> None:
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        await press(pilot, "enter", "escape")  # read the first, back to the list
        first = screen.article_view.article
        assert first is not None and screen.focused is screen.headline_list
        await press(pilot, "j", "z")
        assert screen.reading
        shown = screen.article_view.article
        assert shown is not None and shown.url == screen.headline_list.rows[1].headline.url


async def test_following_a_related_story_moves_the_list_to_it() -> None:
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        await press(pilot, "9")  # Yonhap News Agency › All News
        await open_listed(pilot, app, SEO)
        related = screen.article_view.query_one("RelatedList")
        related.focus()
        await press(pilot, "enter")  # the first related story: the LEAD
        assert screen.article_url == LEAD
        rows = screen.headline_list.rows
        highlighted = screen.headline_list.highlighted
        assert highlighted is not None and rows[highlighted].headline.url == LEAD


async def test_refresh_is_not_offered_offline() -> None:
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "Refresh" not in screen_text(app).splitlines()[-1]
        assert not [c for c in app.get_system_commands(app.screen) if c.title == "Refresh"]


async def test_refresh_is_not_offered_in_saved(server: FaultServer) -> None:
    app = online_app(server, demo_store())
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "r Refresh" in screen_text(app).splitlines()[-1]
        await press(pilot, "escape", "G", "enter")  # the tree's last entry: Saved
        assert reader(app).status_bar.location == "Saved"
        assert "Refresh" not in screen_text(app).splitlines()[-1]


async def test_s_on_an_unopened_headline_saves_it(server: FaultServer) -> None:
    store = Store.in_memory()
    app = online_app(server, store)
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: len(screen.headline_list.rows) > 2)
        url = screen.headline_list.rows[2].headline.url
        assert store.get_article(url) is None  # never opened: not cached
        await press(pilot, "j", "j", "s")
        await wait_until(pilot, lambda: store.is_saved(url))
        assert screen.headline_list.rows[2].saved
        saved = store.get_article(url)
        assert saved is not None and saved.paragraphs
        assert screen.article_url is None  # saved in the background, not opened


async def test_offline_s_on_an_uncached_headline_says_why_it_cannot_save() -> None:
    listed = demo_store().headlines("koreaherald/all")
    store = Store.in_memory()
    store.put_headlines("koreaherald/all", [row.headline for row in listed])
    app = demo_app(store)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "s")
        assert store.saved() == []
    assert "Not in the cache, and offline: cannot save it." in notes.messages


async def test_a_failing_section_says_so_in_the_pane_with_the_key_to_retry(
    server: FaultServer,
) -> None:
    from tests.services.test_library import _fault

    server.route("/koreaherald/rss/kh_Sports", _fault("status/404"))
    app = online_app(server)
    async with app.run_test(size=SMALL) as pilot:
        screen = reader(app)
        await wait_until(pilot, lambda: len(screen.headline_list.rows) > 0)
        await press(pilot, "7")  # The Korea Herald › Sports
        await wait_until(pilot, lambda: "r tries again" in flat(app))
        text = flat(app)
        assert "Sports could not be fetched: the site has no such page (HTTP 404)." in text
        assert "http://127.0.0.1" not in text
