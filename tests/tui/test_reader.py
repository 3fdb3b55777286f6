"""The reader driven by keys: sections, headlines, articles, panes, refreshes and failures."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
from textual.app import App
from textual.message import Message

from herald_tui.fetchers.entry_points import EntryPoint
from herald_tui.fetchers.registry import ENTRY_POINT_GROUP
from herald_tui.library import ProgressEvent
from herald_tui.tui.widgets import ArticleView, HeadlineList, SectionTree, StatusBar
from herald_tui.tui.widgets._hanging import Hanging
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import (
    displayed,
    focused,
    press,
    reader,
    record_notifications,
    screen_text,
    settle,
    until,
)
from tests.tui.sample_site import Request, SampleNews, sample_news_library

WIDE = (120, 40)
NARROW = (80, 24)


def listed_titles(app: App[Any]) -> list[str]:
    return [row.headline.title for row in reader(app).headline_list.rows]


def shown_headline(app: App[Any]) -> str | None:
    article = reader(app).article_view.article
    return None if article is None else article.headline


def section_key(app: App[Any]) -> str | None:
    section = reader(app).section
    return None if section is None else section.key


# -- startup --------------------------------------------------------------------------------


async def test_startup_paints_cached_headlines_without_network(
    make_app: MakeApp, sample: SampleNews
) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert listed_titles(app) == [h.title for h, _ in news.LISTS["yonhap/national"]]
        assert isinstance(focused(app), HeadlineList)
        assert "National 4" in screen_text(app)  # unread count in the tree
        assert "Yonhap News Agency › National" in screen_text(app)
    assert sample.site.requests == []  # synced a minute ago: nothing to fetch
    assert sample.closed == ["closed"]


async def test_startup_refreshes_a_stale_section_in_the_background(make_app: MakeApp) -> None:
    sample = sample_news_library(synced_minutes_ago=60)
    gate = sample.site.hold("yonhap/national")
    app = make_app(sample)
    async with app.run_test(size=WIDE) as pilot:
        await until(pilot, lambda: bool(sample.site.requests), "the refresh's request")
        await settle(pilot, held=1)  # all but the refresh done
        # The cached list is on screen while the refresh waits on the network.
        assert listed_titles(app) == [h.title for h, _ in news.LISTS["yonhap/national"]]
        assert sample.site.requests == [Request("refresh", "yonhap/national")]
        assert "updating National" in reader(app).status_bar.text
        gate.set()
        await settle(pilot)
        assert "updating" not in reader(app).status_bar.text


async def test_notices_and_demo_badge_are_shown_at_startup(make_app: MakeApp) -> None:
    broken = EntryPoint("broken", "tests.tui.no_such_module:Plugin", ENTRY_POINT_GROUP)
    sample = sample_news_library(plugins=[broken])
    app = make_app(sample, demo=True)
    notes = record_notifications(app)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        assert "SAMPLE CONTENT" in screen_text(app)
    assert any("invented" in m for m in notes.messages)
    assert any(m.startswith("plugin broken not loaded: cannot import") for m in notes.messages)


# -- sections -------------------------------------------------------------------------------


async def test_choosing_a_section_in_the_tree_lists_its_headlines(make_app: MakeApp) -> None:
    messages: list[Message] = []
    app = make_app()
    async with app.run_test(size=WIDE, message_hook=messages.append) as pilot:
        await press(pilot, "h")  # to the sections pane
        assert isinstance(focused(app), SectionTree)
        await press(pilot, "j", "enter")  # National -> North Korea
        assert listed_titles(app)[0] == news.MISSILE.headline
        assert isinstance(focused(app), HeadlineList)
        assert "Yonhap News Agency › North Korea" in screen_text(app)
    # The hook sees a message at every node it bubbles through: count distinct messages.
    chosen = {id(m): m for m in messages if isinstance(m, SectionTree.Chosen)}.values()
    assert [m.section.key for m in chosen] == ["yonhap/nk"]


async def test_number_keys_jump_to_sections_in_tree_order(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "3")
        assert section_key(app) == "yonhap/economy"
        assert listed_titles(app) == [news.EXPORTS.headline]
        await press(pilot, "9")
        assert section_key(app) == "koreaherald/opinion"
        await press(pilot, "enter", "1")  # from the article pane, back to a list
        assert section_key(app) == "yonhap/national"
        assert isinstance(focused(app), HeadlineList)


async def test_an_empty_section_says_so(make_app: MakeApp, sample: SampleNews) -> None:
    sample.put_list("yonhap/sports", [])
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "5", "enter", "n")  # Sports: nothing listed, nothing to open
        assert "No headlines yet." in screen_text(app)
        assert reader(app).article_url is None


async def test_a_folded_story_shows_its_revision_count(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "2")
        prompt = reader(app).headline_list.get_option_at_index(0).prompt
        assert isinstance(prompt, Hanging)
        # The (LEAD) revision stands for both; its section's own list does not repeat it.
        assert str(prompt.body).endswith("East Sea: JCS  2 versions")
        assert len(reader(app).headline_list.rows) == 2


# -- articles -------------------------------------------------------------------------------


async def test_opening_an_article_shows_it_and_marks_it_read(
    make_app: MakeApp, sample: SampleNews
) -> None:
    messages: list[Message] = []
    app = make_app()
    async with app.run_test(size=WIDE, message_hook=messages.append) as pilot:
        await press(pilot, "enter")
        assert shown_headline(app) == news.RAIN.headline
        assert isinstance(focused(app), ArticleView)
        assert news.RAIN_URL in sample.read_urls()
        assert reader(app).headline_list.rows[0].read
        text = screen_text(app)
        assert "National 3" in text  # one fewer unread
        assert "Published 2024-07-10 13:40 KST (1 h ago)" in text
        assert "▣ Photo  A car drives through a flooded road" in text
        assert "(PHOTO NOT FOR SALE) (Yonhap)" in text
        assert "Incheon       98.0" in text  # the table keeps its rows
    assert any(isinstance(m, HeadlineList.Opened) for m in messages)


async def test_an_uncached_article_is_fetched_and_shown(make_app: MakeApp) -> None:
    sample = sample_news_library()
    url = news.LISTS["yonhap/national"][2][0].url
    sample.site.articles[url] = news.BUDGET.__class__(
        url=url,
        source="yonhap",
        section="National",
        headline="Police raid office",
        paragraphs=("x",),
    )
    gate = sample.site.hold(url)
    app = make_app(sample)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "j")
        await pilot.press("enter")
        await until(pilot, lambda: bool(sample.site.requests), "the article's request")
        await settle(pilot, held=1)
        text = screen_text(app)
        assert "Loading…" in text
        assert "Police on Wednesday raided the office" in text  # the summary stands in
        gate.set()
        await settle(pilot)
        assert shown_headline(app) == "Police raid office"
        assert sample.site.requests == [Request("article", url)]


async def test_next_and_previous_walk_the_list(make_app: MakeApp) -> None:
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "2", "enter")
        assert shown_headline(app) == news.MISSILE.headline
        await press(pilot, "n")
        assert reader(app).article_url == news.LISTS["yonhap/nk"][1][0].url
        assert reader(app).headline_list.highlighted == 1
        await press(pilot, "n")  # already at the end
        assert any("No more headlines" in m for m in notes.messages)
        await press(pilot, "p")
        assert shown_headline(app) == news.MISSILE.headline
        assert reader(app).headline_list.highlighted == 0


async def test_next_is_not_offered_before_an_article_is_open(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "n")
        assert reader(app).article_url is None
        assert "Next" not in screen_text(app).splitlines()[-1]


async def test_a_related_story_opens_inside_the_app(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")  # the rain story, related to the missile story
        await press(pilot, "tab")  # into the related stories
        await press(pilot, "enter")
        assert shown_headline(app) == news.MISSILE.headline
        assert isinstance(focused(app), ArticleView)


# -- panes and layout -----------------------------------------------------------------------


async def test_back_goes_one_pane_left(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")
        assert reader(app).pane == "article"
        await press(pilot, "escape")
        assert reader(app).pane == "headlines"
        assert isinstance(focused(app), HeadlineList)
        await press(pilot, "backspace")
        assert isinstance(focused(app), SectionTree)
        await press(pilot, "l", "l")
        assert isinstance(focused(app), ArticleView)


async def test_narrow_layout_shows_one_pane_at_a_time(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        screen = reader(app)

        def shown() -> list[str]:
            panes = (screen.section_tree, screen.headline_list, screen.article_view)
            return [w.id or "" for w in panes if w.display]

        assert shown() == ["headlines"]
        await press(pilot, "enter")
        assert shown() == ["article"]
        assert news.RAIN.headline in screen_text(app)
        await press(pilot, "escape")
        assert shown() == ["headlines"]
        await press(pilot, "escape")
        assert shown() == ["sections"]
        await press(pilot, "enter")  # opens the section under the cursor
        assert shown() == ["headlines"]
        await pilot.resize_terminal(*WIDE)
        await settle(pilot)
        assert shown() == ["sections", "headlines", "article"]


async def test_article_text_keeps_its_measure_on_a_wide_terminal(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(200, 40)) as pilot:
        await press(pilot, "enter", "z")
        widths = {p.size.width for p in reader(app).article_view.paragraphs}
        assert widths and max(widths) <= 80


async def test_reading_mode_gives_the_article_the_whole_width(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter", "z")
        screen = reader(app)
        assert not displayed(screen.section_tree) and not displayed(screen.headline_list)
        assert screen.article_view.outer_size.width == WIDE[0]
        await press(pilot, "escape")  # leaves reading mode, stays on the article
        assert displayed(screen.section_tree) and displayed(screen.headline_list)
        assert screen.pane == "article"


async def test_long_articles_scroll_with_the_usual_keys(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await press(pilot, "j", "enter")  # the 45-paragraph budget story
        view = reader(app).article_view
        assert len(view.paragraphs) == 45
        await press(pilot, "space")
        assert view.scroll_y > 0
        await press(pilot, "G")
        assert view.scroll_y == view.max_scroll_y
        await press(pilot, "g")
        assert view.scroll_y == 0


# -- refreshing -----------------------------------------------------------------------------


async def test_refresh_fetches_the_section_and_shows_new_headlines(
    make_app: MakeApp, sample: SampleNews
) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "2", "r")
        assert sample.site.requests == [Request("refresh", "yonhap/nk")]
        assert listed_titles(app)[0] == news.FRESH.title
        assert "North Korea 3" in screen_text(app)


async def test_refresh_all_fetches_every_section(make_app: MakeApp, sample: SampleNews) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "R")
        assert sorted(sample.site.targets("refresh")) == sorted(news.LISTS)


async def test_a_failed_refresh_is_one_notification_and_the_list_stays(
    make_app: MakeApp, sample: SampleNews
) -> None:
    sample.site.failures["yonhap/national"] = 503
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        before = listed_titles(app)
        await press(pilot, "r")
        # In words, without the URL, with the key to try again.
        assert notes.errors() == [
            "National could not be fetched: the site is having trouble (HTTP 503). r tries again."
        ]
        assert listed_titles(app) == before
        assert "updating" not in reader(app).status_bar.text


async def test_a_failed_article_fetch_keeps_the_cached_article(make_app: MakeApp) -> None:
    sample = sample_news_library()
    sample.put_article(news.RAIN, stale=True)  # an older parser's: fetched again
    sample.site.failures[news.RAIN_URL] = httpx.ReadTimeout("timed out")
    app = make_app(sample)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")
        assert shown_headline(app) == news.RAIN.headline
        assert sample.site.requests == [Request("article", news.RAIN_URL)]
        assert notes.errors() == []


async def test_an_article_that_cannot_be_loaded_says_why(make_app: MakeApp) -> None:
    sample = sample_news_library()
    url = news.LISTS["yonhap/national"][3][0].url
    sample.site.failures[url] = 500
    app = make_app(sample)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "G", "enter")
        [error] = notes.errors()
        assert url in error and "HTTP 500 Internal Server Error" in error
        assert "HTTP 500 Internal Server Error" in screen_text(app)
        assert url not in sample.read_urls()


async def test_an_unexpected_error_is_reported_not_raised(make_app: MakeApp) -> None:
    sample = sample_news_library()
    sample.site.failures["yonhap/national"] = ValueError("bad feed")
    app = make_app(sample)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "r")
        assert notes.errors() == [
            "National could not be fetched: an internal error (ValueError). r tries again."
        ]
        assert app.is_running


# -- late results ---------------------------------------------------------------------------


async def test_a_slow_article_the_reader_moved_away_from_is_dropped(make_app: MakeApp) -> None:
    sample = sample_news_library()
    slow = news.LISTS["yonhap/national"][2][0].url  # not cached
    # Would replace the screen if not dropped.
    sample.site.articles[slow] = dataclasses.replace(news.EXPORTS, url=slow)
    gate = sample.site.hold(slow)
    app = make_app(sample)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "j")
        await pilot.press("enter")  # the slow one
        await until(pilot, lambda: bool(sample.site.requests), "the slow article's request")
        await settle(pilot, held=1)
        await pilot.press("p")  # move on before it arrives: the budget story (cached)
        await settle(pilot, held=1)
        gate.set()
        await settle(pilot)
        assert shown_headline(app) == news.BUDGET.headline
        assert reader(app).article_url == news.BUDGET_URL
        assert sample.site.requests == [Request("article", slow)]  # it did arrive


async def test_a_slow_refresh_of_a_section_left_behind_does_not_replace_the_list(
    make_app: MakeApp,
) -> None:
    sample = sample_news_library()
    gate = sample.site.hold("yonhap/nk")
    app = make_app(sample)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "2")
        await pilot.press("r")
        await until(pilot, lambda: "yonhap/nk" in sample.site.targets(), "the refresh")
        await settle(pilot, held=1)
        await pilot.press("3")  # go to Economy while North Korea is refreshing
        await settle(pilot, held=1)
        assert listed_titles(app) == [news.EXPORTS.headline]
        gate.set()
        await settle(pilot)
        assert listed_titles(app) == [news.EXPORTS.headline]
        assert sample.list_urls("yonhap/nk")[0] == news.FRESH.url  # stored all the same
        assert "North Korea 3" in screen_text(app)  # and counted
        await press(pilot, "2")
        assert listed_titles(app)[0] == news.FRESH.title


# -- offline --------------------------------------------------------------------------------


async def test_offline_session_never_touches_the_network(make_app: MakeApp) -> None:
    sample = sample_news_library(offline=True, synced_minutes_ago=600)
    app = make_app(sample)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "OFFLINE" in screen_text(app)
        await press(pilot, "enter", "n", "p", "r", "R", "2", "enter", "tab", "1", "j", "j")
        await press(pilot, "enter")  # not cached: the Library says so
        await press(pilot, "h", "h", "j", "enter", "z", "escape", "3", "enter")
        assert shown_headline(app) == news.EXPORTS.headline
        assert any(m.startswith("Not stored:") for m in notes.errors())  # r, R: hidden
    assert sample.site.requests == []


# -- keys -----------------------------------------------------------------------------------


async def test_footer_shows_keys_of_the_focused_pane(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "Open" in footer and "Refresh" in footer and "Next" not in footer
        await press(pilot, "enter")
        footer = screen_text(app).splitlines()[-1]
        assert "Open" not in footer and "Next" in footer


async def test_command_palette_lists_the_app_commands(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Refresh", "Refresh all", "Reading mode", "Back", "Help", "Quit"} <= titles
        assert "Next" not in titles  # offered once an article is open, as in the footer
        await press(pilot, "enter")
        assert "Next" in {command.title for command in app.get_system_commands(app.screen)}
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Reading mode")
        await command.callback()
        await settle(pilot)
        assert reader(app).reading


async def test_status_bar_reports_progress_and_last_sync(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(StatusBar)
        assert "synced 1 min ago" in bar.text
        assert "ONLINE" in bar.text


async def test_the_status_line_shows_each_progress_on_one_line(make_app: MakeApp) -> None:
    # Updated without a layout of the screen (each progress report of a timed refresh did
    # one): its size is fixed, so a long report is cut, never wrapped onto the footer.
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(StatusBar)
        bar.set_progress("task", ProgressEvent("updating North Korea " + "and more " * 20))
        await settle(pilot)
        text = app.screen.query_one("#status-text")
        assert text.region.height == 1 and bar.region.height == 1
        lines = screen_text(app).splitlines()
        # Cut where the line ends (the sync time left out whole to make room).
        assert "· 4 unread · updating North Korea and" in lines[22]
        assert "synced" not in lines[22]
        assert "? Help" in lines[23]  # the footer, not the rest of the report
        await pilot.resize_terminal(160, 24)  # room for the whole of a short report
        bar.set_progress("task", ProgressEvent("updating Sports"))
        await settle(pilot)
        assert "updating Sports" in screen_text(app).splitlines()[22]


async def test_a_narrow_status_line_leaves_the_sync_time_out_whole(make_app: MakeApp) -> None:
    # At 80 columns the demo's bar ended "· synced just": a cut sync time says less than none.
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(StatusBar)
        bar.location = "Yonhap News Agency › Unification and Defense"
        await settle(pilot)
        line = screen_text(app).splitlines()[22]
        assert "unread" in line and "synced" not in line
        await pilot.resize_terminal(160, 24)
        await settle(pilot)
        assert "· synced 1 min ago" in screen_text(app).splitlines()[22]
