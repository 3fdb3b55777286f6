"""Saving and read marks from the keyboard: s saves or unsaves, the Saved entry lists saved
articles newest first, u toggles unread, and the unread counts follow."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.widgets.tree import TreeNode

from herald_tui.errors import HeraldError
from herald_tui.model import Section
from herald_tui.tui.widgets import SAVED, HeadlineList
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import focused, press, reader, record_notifications, screen_text, settle
from tests.tui.sample_site import SampleNews

WIDE = (120, 40)


def saved_leaf(app: App[Any]) -> TreeNode[Section | None]:
    tree = reader(app).section_tree
    [leaf] = [node for node in tree.root.children if node.data == SAVED]
    return leaf


async def open_saved(pilot: Pilot[Any], app: App[Any]) -> None:
    """Go to the tree and open its last entry, Saved."""
    await press(pilot, "h", "G", "enter")
    assert reader(app).section == SAVED


async def test_s_saves_and_the_saved_entry_lists_newest_first(
    make_app: MakeApp, sample: SampleNews
) -> None:
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter", "s")  # the rain story, from the article pane
        await press(pilot, "escape", "j", "s")  # the budget story, from the list (cached)
        assert sample.saved_urls() == [news.BUDGET_URL, news.RAIN_URL]  # newest first
        rows = reader(app).headline_list.rows
        assert rows[0].saved and rows[1].saved and not rows[2].saved
        assert "★ Saved 1" in screen_text(app)  # one of the two is unread
        await open_saved(pilot, app)
        titles = [row.headline.title for row in reader(app).headline_list.rows]
        assert titles == [news.BUDGET.headline, news.RAIN.headline]
        assert "Saved · 2 kept offline · 1 unread" in reader(app).status_bar.text
        await press(pilot, "enter")  # read it from there
        shown = reader(app).article_view.article
        assert shown is not None and shown == sample.store.get_article(news.BUDGET_URL)
        assert shown.headline == news.BUDGET.headline
        assert "★ Saved" in screen_text(app) and "★ Saved 1" not in screen_text(app)
        await press(pilot, "s")  # unsave
        assert sample.saved_urls() == [news.RAIN_URL]
        assert not reader(app).headline_list.rows[0].saved
    assert notes.messages.count("Saved: kept offline.") == 2
    assert "Removed from Saved." in notes.messages


async def test_an_article_not_yet_cached_is_fetched_to_be_saved_and_a_failure_said(
    make_app: MakeApp, sample: SampleNews
) -> None:
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "j", "s")  # the police story: listed, not cached, not on the site
        assert sample.saved_urls() == []
    assert any("HTTP 404" in m for m in notes.errors())


async def test_the_saved_list_says_when_it_is_empty_and_never_refreshes(
    make_app: MakeApp, sample: SampleNews
) -> None:
    app = make_app()
    record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await open_saved(pilot, app)
        assert "Nothing saved yet" in screen_text(app)
        assert "Refresh" not in screen_text(app).splitlines()[-1]  # not offered
        await press(pilot, "r")
    assert sample.site.requests == []


async def test_u_toggles_unread_and_the_counts_follow(
    make_app: MakeApp, sample: SampleNews
) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)  # the counts come after the first paint
        assert "National 4" in screen_text(app)
        await press(pilot, "enter")  # opening marks it read
        assert "National 3" in screen_text(app)
        await press(pilot, "u")  # from the article: unread again, while still open
        assert news.RAIN_URL not in sample.read_urls()
        assert "National 4" in screen_text(app)
        assert not reader(app).headline_list.rows[0].read
        await press(pilot, "u")
        assert news.RAIN_URL in sample.read_urls()
        await press(pilot, "escape", "j", "j", "u")  # from the list: an unopened story
        assert news.LISTS["yonhap/national"][2][0].url in sample.read_urls()
        assert "National 2" in screen_text(app)
        assert isinstance(focused(app), HeadlineList)
        assert reader(app).article_url == news.RAIN_URL  # nothing was opened


async def test_a_search_result_can_be_saved_and_marked(
    make_app: MakeApp, sample: SampleNews
) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "slash")
        for key in "mahler":
            await pilot.press(key)
        await press(pilot, "enter", "s", "u")  # on the result, in the results list
        assert sample.saved_urls() == [news.CONDUCTOR_URL]
        assert news.CONDUCTOR_URL in sample.read_urls()
        text = screen_text(app)
        assert "├ Culture" in text and "├ Culture 1" not in text  # its section's count too


async def test_counts_that_cannot_be_read_are_one_line_and_the_marks_still_work(
    make_app: MakeApp, sample: SampleNews
) -> None:
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)

        def unreadable(key: str) -> int:
            raise HeraldError("the cache cannot be read")

        sample.library.unread_count = unreadable  # type: ignore[method-assign,assignment]
        await press(pilot, "enter")  # opening marks it read, then recounts
        assert news.RAIN_URL in sample.read_urls()
        assert reader(app).headline_list.rows[0].read
        assert "the cache cannot be read" in notes.errors()
