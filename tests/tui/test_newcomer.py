"""Rough edges a newcomer hit in the first hour (issue 17), on the real stack: the demo
site's pages in an in-memory store, read by the real library (see ``demo_stack``)."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from herald_tui.tui.app import HeraldApp
from tests.tui.demo_stack import demo_app
from tests.tui.helpers import press, reader, screen_text, settle

WIDE = (120, 40)
SMALL = (80, 24)
SNOW = "https://www.koreaherald.com/article/10612388"
KIMJANG = "https://www.koreaherald.com/article/10612603"
"""The longest Korea Herald story of the demo: two photos, a multi-paragraph quote."""


async def open_listed(pilot: Pilot[Any], app: HeraldApp, url: str) -> None:
    """Move to the row of ``url`` in the listed section and open it."""
    screen = reader(app)
    await settle(pilot)
    index = [row.headline.url for row in screen.headline_list.rows].index(url)
    screen.headline_list.focus()
    await press(pilot, "g", *["j"] * index, "enter")
    assert screen.article_view.article is not None
    assert screen.article_view.article.url == url


def flat(app: HeraldApp) -> str:
    """The screen's text with every run of spaces and line breaks as one space."""
    return " ".join(screen_text(app).split())


async def test_a_standfirst_that_is_the_first_paragraph_is_shown_once() -> None:
    # The page's description has a straight apostrophe where the paragraph has a curly one.
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_listed(pilot, app, SNOW)
        assert flat(app).count("Seoul woke up to a white city") == 1


async def test_home_end_and_pages_jump_at_once_in_the_article() -> None:
    app = demo_app()
    async with app.run_test(size=SMALL) as pilot:
        await open_listed(pilot, app, KIMJANG)
        view = reader(app).article_view
        assert view.max_scroll_y > view.size.height  # more than a page to scroll
        for key, where in [
            ("end", lambda: view.max_scroll_y),
            ("home", lambda: 0),
            ("pagedown", lambda: view.size.height),
            ("pageup", lambda: 0),
            ("G", lambda: view.max_scroll_y),
            ("g", lambda: 0),
        ]:
            # The action the key is bound to, run without Pilot's wait for animations.
            [binding] = view._bindings.key_to_bindings[key]
            await view.run_action(binding.action)
            await pilot.pause()  # one frame: no time for an animation to get anywhere
            assert not app.animator.is_being_animated(view, "scroll_y"), key
            assert view.scroll_y == where(), key
