"""Searches run off the UI thread; a newer search cancels an older one, whose late results
are dropped (issue 14, item 13: a costly search froze the app for 12 s)."""

from __future__ import annotations

import threading

import pytest

from herald_tui.results import SearchHit
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import press, reader, settle
from tests.tui.sample_site import sample_news_library
from tests.tui.test_search import WIDE, search

BOUND_S = 5.0  # only reached when the search blocks the UI thread (the bug)


async def test_a_slow_search_leaves_the_app_responsive_and_the_newest_wins(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = sample_news_library()
    library = sample.library
    real_search = library.search
    release = threading.Event()
    on_ui_thread: list[bool] = []

    def slow_search(query: str, limit: int = 50) -> list[SearchHit]:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        if query == "seoul":  # the first, costly search: holds on until released
            release.wait(BOUND_S)
        hits: list[SearchHit] = real_search(query, limit)
        return hits

    monkeypatch.setattr(library, "search", slow_search)
    app = make_app(sample)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "seoul")
        await pilot.press("enter")
        await settle(pilot, held=1)  # the first search holds on in its thread
        screen = reader(app)
        # The app answers while "seoul" is still searching: a newer search replaces it.
        screen.search_box.value = "monsoon"
        await pilot.press("enter")
        await settle(pilot, held=1)  # the first search holds on in its thread
        release.set()
        await settle(pilot)
        assert on_ui_thread == [False, False]
        assert screen.searching and screen.search_results.query_text == "monsoon"
        assert [hit.url for hit in screen.search_results.hits] == [news.RAIN_URL]
        await press(pilot, "escape")
        assert not screen.searching
