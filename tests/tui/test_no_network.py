"""No network is a state (issue 15, item 5): a NO NETWORK badge, the cached headlines stay,
a pane message offers the cache, and the next refresh recovers by itself."""

from __future__ import annotations

import socket

import httpx

from herald_tui.errors import HeraldError
from herald_tui.tui.screens.reader import NO_NETWORK_EMPTY, NO_NETWORK_NOTE
from tests.tui.conftest import MakeApp
from tests.tui.helpers import press, reader, record_notifications, screen_text, settle
from tests.tui.sample_site import SampleNews, sample_news_library

WIDE = (120, 40)


def _unresolvable() -> httpx.ConnectError:
    """What httpx raises when a name does not resolve (the OS error as its cause)."""
    error = httpx.ConnectError("[Errno -2] Name or service not known")
    error.__cause__ = socket.gaierror(-2, "Name or service not known")
    return error


def _titles(app: object) -> list[str]:
    return [row.headline.title for row in reader(app).headline_list.rows]  # type: ignore[arg-type]


async def test_no_network_badge_keeps_the_cache_and_recovers(
    make_app: MakeApp, sample: SampleNews
) -> None:
    for key in sample.site.lists:
        sample.site.failures[key] = _unresolvable()
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        before = _titles(app)
        assert before and "ONLINE" in reader(app).status_bar.text
        await press(pilot, "r")
        bar = reader(app).status_bar
        assert bar.text.startswith(" NO NETWORK ") and "ONLINE" not in bar.text
        assert _titles(app) == before  # the cached headlines stay
        await press(pilot, "r")  # still down: no second note, no error
        assert notes.messages.count(NO_NETWORK_NOTE) == 1 and notes.errors() == []
        # The network comes back: the next refresh, by the timer, clears the badge.
        sample.site.failures.clear()
        requests = len(sample.site.requests)
        reader(app).retry_network()
        await settle(pilot)
        assert len(sample.site.requests) > requests
        assert reader(app).status_bar.text.startswith(" ONLINE ")
        # Online, the timer does nothing.
        requests = len(sample.site.requests)
        reader(app).retry_network()
        await settle(pilot)
        assert len(sample.site.requests) == requests


async def test_an_uncached_section_offers_the_cache(make_app: MakeApp) -> None:
    sample = sample_news_library()
    key = next(iter(sample.site.lists))
    sample.put_list(key, [])
    sample.site.failures[key] = _unresolvable()
    app = make_app(sample)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "r")
        assert " ".join(NO_NETWORK_EMPTY.split()[:6]) in screen_text(app)


async def test_an_unreadable_cache_when_the_network_goes_is_one_line_not_a_crash(
    make_app: MakeApp, sample: SampleNews
) -> None:
    for key in sample.site.lists:
        sample.site.failures[key] = _unresolvable()
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        before = _titles(app)

        def unreadable(key: str) -> list[object]:
            raise HeraldError("the cache cannot be read")

        # The cache goes bad after the first paint; then the network is found gone.
        sample.library.cached_headlines = unreadable  # type: ignore[method-assign,assignment]
        await press(pilot, "r")
        assert reader(app).status_bar.text.startswith(" NO NETWORK ")
        assert _titles(app) == before  # what was on screen stays
        assert "the cache cannot be read" in notes.errors()
    assert app.return_code in (None, 0)
