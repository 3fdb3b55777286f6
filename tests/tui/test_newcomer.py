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
