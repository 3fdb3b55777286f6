"""Keeping up: the timed refresh (a timer the tests fire by hand), new marks until seen, the
status bar line, watch words and the bell; never offline, never at 0."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import httpx
from textual.app import App

from herald_tui.config import AlertSettings, Settings, UISettings
from herald_tui.model import Headline
from herald_tui.results import ListedHeadline
from herald_tui.tui.keepup import NewHeadlines, WatchWords
from herald_tui.tui.widgets import ArticleView, HeadlineList
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import (
    focused,
    option_texts,
    press,
    reader,
    record_notifications,
    screen_text,
    settle,
    until,
)
from tests.tui.sample_site import SampleNews, sample_news_library
from tests.tui.test_no_network import _unresolvable
from tests.tui.timers import Timers

NARROW = (80, 24)
WIDE = (120, 40)


def wire(n: int, hour: int = 12) -> Headline:
    """Headline ``n`` of a long National list (older as ``n`` grows)."""
    return news.uncached(
        f"{news.YNA}AEN2024071000{n:04d}315",
        f"Wire story number {n}",
        "yonhap",
        "national",
        news.at(hour - n // 60, 59 - n % 60),
    )


def long_list() -> SampleNews:
    lists = dict(news.LISTS)
    lists["yonhap/national"] = [(wire(n), 1) for n in range(1, 41)]
    return sample_news_library(lists=lists)


def long_list_answering_304() -> SampleNews:
    """:func:`long_list` on a network that answers conditional GETs (304: unchanged)."""
    sample = long_list()
    sample.site.conditional = True
    return sample


async def timed_refresh(pilot: Any, timers: Timers) -> None:
    """Fire the timed refresh and let it end."""
    timers.fire()
    await settle(pilot)


def brand_new(n: int, title: str = "") -> Headline:
    return news.uncached(
        f"{news.YNA}AEN2024071099{n:04d}315",
        title or f"Just in: story {n}",
        "yonhap",
        "national",
        news.at(14, 50 - n),
    )


def cursor(app: App[Any]) -> tuple[str, int]:
    """The highlighted headline's URL and the line of the view it is on."""
    listing = reader(app).headline_list
    current = listing.current
    assert current is not None and listing.highlighted is not None
    line = listing._index_to_line[listing.highlighted] - round(listing.scroll_y)
    return current.headline.url, line


def bells(app: App[Any]) -> list[str]:
    rung: list[str] = []
    app.bell = lambda: rung.append("bell")  # type: ignore[method-assign]
    return rung


async def test_a_timed_refresh_adds_headlines_above_without_moving_anything(
    make_app: MakeApp,
) -> None:
    sample = long_list()
    timers = Timers()
    app = make_app(sample, every=timers)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        assert [seconds for seconds, _ in timers.registered] == [600.0]  # 10 minutes
        await press(pilot, *["j"] * 25, *["k"] * 6)  # mid-view, not at an edge
        listing = reader(app).headline_list
        before, scroll = cursor(app), listing.scroll_y
        assert scroll > 0  # the list is scrolled: the test means something
        fresh = [brand_new(n) for n in (1, 2, 3)]
        sample.site.lists["yonhap/national"][:0] = fresh
        timers.fire()
        await settle(pilot)
        assert sample.site.targets("refresh")[0] == "yonhap/national"  # the shown one first
        assert set(sample.site.targets("refresh")) == set(sample.site.lists)  # counts: all
        assert len(listing.rows) == 43
        assert cursor(app) == before  # same headline, same line of the screen
        assert isinstance(focused(app), HeadlineList)
        marks = [text[0] for text in option_texts(listing)]
        assert marks[:4] == ["◆", "◆", "◆", "●"]
        assert "◆" not in marks[4:]
        assert "3 new in National" in reader(app).status_bar.text


async def test_a_timed_refresh_builds_only_the_rows_it_changed(make_app: MakeApp) -> None:
    # Redrawing all 200 rows of a list after each refresh held up keys (bench_tui): rows
    # that look as they did keep their options (measured and drawn already).
    sample = long_list()
    timers = Timers()
    app = make_app(sample, every=timers)
    async with app.run_test(size=NARROW) as pilot:
        await press(pilot, *["j"] * 25, *["k"] * 6)
        listing = reader(app).headline_list
        before, options = cursor(app), list(listing.options)
        feed = sample.site.lists["yonhap/national"]
        feed[9] = dataclasses.replace(feed[9], title="Wire story 10, updated")
        feed[:0] = [brand_new(n) for n in (1, 2, 3)]
        timers.fire()
        await settle(pilot)
        assert cursor(app) == before  # the same headline, on the same line
        kept = [new is old for new, old in zip(listing.options[3:], options, strict=True)]
        assert kept == [n != 9 for n in range(40)]  # all but the changed one
        texts = option_texts(listing)
        assert "Wire story 10, updated" in texts[12]
        assert [text[0] for text in texts[:4]] == ["◆", "◆", "◆", "●"]


def previews(app: App[Any]) -> list[str]:
    """The titles of the headlines previewed in the article pane from now on."""
    shown: list[str] = []
    screen = reader(app)
    original = screen.article_view.show_preview

    def show_preview(row: ListedHeadline, *args: Any, **kwargs: Any) -> None:
        shown.append(row.headline.title)
        original(row, *args, **kwargs)

    screen.article_view.show_preview = show_preview  # type: ignore[method-assign]
    return shown


async def test_a_refresh_redraws_only_what_it_changed_and_the_preview_only_if_changed(
    make_app: MakeApp,
) -> None:
    # Rebuilding the list and the preview after a refresh that changes neither held up
    # the keys pressed meanwhile (bench_tui).
    sample = long_list_answering_304()
    timers = Timers()
    app = make_app(sample, every=timers)
    async with app.run_test(size=NARROW) as pilot:
        await timed_refresh(pilot, timers)  # validators kept
        await press(pilot, *["j"] * 5)
        listing = reader(app).headline_list
        shown = previews(app)
        before = cursor(app)
        rendered = dict(listing._option_render_cache._cache)
        await timed_refresh(pilot, timers)  # every feed a 304
        assert rendered and dict(listing._option_render_cache._cache) == rendered  # kept
        feed = sample.site.lists["yonhap/national"]
        feed[:0] = [brand_new(n) for n in (1, 2, 3)]
        await timed_refresh(pilot, timers)  # three above: the highlighted row moves down, unchanged
        assert cursor(app) == before and len(listing.rows) == 43
        assert shown == []  # its preview stays as it was
        feed[8] = dataclasses.replace(feed[8], title="Wire story 6, updated")
        await timed_refresh(pilot, timers)  # the highlighted row itself changed: previewed again
        assert cursor(app) == before
        assert shown and set(shown) == {"Wire story 6, updated"}


async def test_moving_in_the_list_never_waits_for_the_store(
    make_app: MakeApp, sample: SampleNews
) -> None:
    # While a refresh stores a list (in a thread) the store is busy: a look-up per key on
    # the app's loop waited for it. Whether an article is stored comes with the list.
    timers = Timers()
    app = make_app(every=timers)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        looked_up: list[str] = []
        sample.library.is_stored = looked_up.append  # type: ignore[assignment,method-assign]
        sample.site.lists["yonhap/national"][:0] = [brand_new(1)]
        await timed_refresh(pilot, timers)
        await press(pilot, "k", "j")  # the new one (not stored), then the rain story
        assert "Stored: readable offline. Enter reads it." in screen_text(app)
        await press(pilot, "k")
        assert "Not stored yet: Enter fetches it." in screen_text(app)
        assert looked_up == []
        rows = sample.library.cached_headlines("yonhap/national")
        assert [row.stored for row in rows[:3]] == [False, True, True]  # new, rain, budget


async def test_the_scrollbar_follows_what_a_refresh_brings(make_app: MakeApp) -> None:
    # A refresh of a list longer than its view lays out nothing (nothing can move), so the
    # list itself keeps its scrollbar and its end in step with its length.
    sample = long_list()
    timers = Timers()
    app = make_app(sample, every=timers)
    async with app.run_test(size=NARROW) as pilot:
        listing = reader(app).headline_list
        assert listing.virtual_size.height > listing.container_size.height
        sample.site.lists["yonhap/national"][:0] = [brand_new(n) for n in range(1, 9)]
        await timed_refresh(pilot, timers)
        assert len(listing.rows) == 48
        assert listing.vertical_scrollbar.window_virtual_size == listing.virtual_size.height
        await press(pilot, "G")  # the last row, in view at the bottom
        assert listing.scroll_y == listing.max_scroll_y
        assert listing.max_scroll_y == listing.virtual_size.height - listing.container_size.height
        last = listing._index_to_line[47] - round(listing.scroll_y)
        assert last + listing._heights[47] == listing.container_size.height


async def test_a_short_list_gets_its_scrollbar_when_a_refresh_makes_it_long(
    make_app: MakeApp, sample: SampleNews
) -> None:
    timers = Timers()
    app = make_app(every=timers)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        listing = reader(app).headline_list
        before = listing.show_vertical_scrollbar
        sample.site.lists["yonhap/national"][:0] = [wire(n) for n in range(1, 31)]
        await timed_refresh(pilot, timers)
        assert (before, listing.show_vertical_scrollbar) == (False, True)
        await press(pilot, "G")
        assert listing.scroll_y == listing.max_scroll_y > 0


async def test_a_section_opened_while_its_refresh_runs_lists_all_its_rows(
    make_app: MakeApp, sample: SampleNews
) -> None:
    # A section not on screen reads back only what its refresh brought; one opened
    # meanwhile needs its whole list.
    timers = Timers()
    app = make_app(every=timers)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        gate = sample.site.hold("yonhap/nk")
        timers.fire()
        await until(pilot, lambda: "yonhap/nk" in sample.site.targets("refresh"), "its refresh")
        await pilot.press("2")  # North Korea, while its refresh waits for the network
        gate.set()
        await settle(pilot)
        listing = reader(app).headline_list
        assert [row.headline.url for row in listing.rows] == sample.list_urls("yonhap/nk")
        assert listing.rows[0].headline == news.FRESH
        assert [text[0] for text in option_texts(listing)].count("◆") == 1
        assert "1 new in North Korea" in reader(app).status_bar.text


async def test_a_timed_refresh_on_unchanged_feeds_gets_304s_and_keeps_everything(
    make_app: MakeApp,
) -> None:
    # What a user gets every 10 minutes: most feeds unchanged (304), one or two with news.
    sample = long_list_answering_304()
    timers = Timers()
    app = make_app(sample, every=timers)
    async with app.run_test(size=NARROW) as pilot:
        await timed_refresh(
            pilot, timers
        )  # the first: every feed in full (validators kept), FRESH in North Korea
        assert sample.site.not_modified == []
        await press(pilot, *["j"] * 25, *["k"] * 6)
        listing = reader(app).headline_list
        before, options = cursor(app), list(listing.options)
        tree = reader(app).section_tree
        counts = {section.key: tree.unread(section.key) for section in tree.sections}
        sample.site.lists["yonhap/national"][:0] = [brand_new(n) for n in (1, 2, 3)]
        sample.site.lists["yonhap/sports"].insert(
            0, dataclasses.replace(wire(99), section="sports")
        )
        await timed_refresh(pilot, timers)
        changed = {"yonhap/national", "yonhap/sports"}
        assert sorted(sample.site.not_modified) == sorted(set(sample.site.lists) - changed)
        assert cursor(app) == before  # same headline, same line of the screen
        assert [new is old for new, old in zip(listing.options[3:], options, strict=True)] == [
            True
        ] * 40  # only the three new rows were built
        assert [text[0] for text in option_texts(listing)[:4]] == ["◆", "◆", "◆", "●"]
        assert "3 new in National, 1 in North Korea, 1 in Sports" in reader(app).status_bar.text
        after = {section.key: tree.unread(section.key) for section in tree.sections}
        assert after == counts | {
            "yonhap/national": counts["yonhap/national"] + 3,
            "yonhap/sports": counts["yonhap/sports"] + 1,
        }
        await timed_refresh(
            pilot, timers
        )  # nothing changed since: every feed a 304, nothing new, nothing moved
        assert sample.site.not_modified.count("yonhap/national") == 1
        assert cursor(app) == before and len(listing.rows) == 43
        assert "3 new in National, 1 in North Korea, 1 in Sports" in reader(app).status_bar.text


async def test_new_marks_go_once_seen_and_the_status_bar_follows(make_app: MakeApp) -> None:
    sample = long_list()
    timers = Timers()
    app = make_app(sample, every=timers)
    async with app.run_test(size=NARROW) as pilot:
        await press(pilot, "j")
        sample.site.lists["yonhap/national"][:0] = [brand_new(n) for n in (1, 2, 3)]
        timers.fire()
        await settle(pilot)
        listing = reader(app).headline_list
        await press(pilot, "g")  # on the first new one: still new while the cursor is on it
        assert option_texts(listing)[0].startswith("◆")
        await press(pilot, "j")  # moved past it: seen
        assert option_texts(listing)[0].startswith("●")
        assert "2 new in National" in reader(app).status_bar.text
        await press(pilot, "enter")  # opening the second one
        assert option_texts(listing)[1][0] != "◆"
        assert "1 new in National" in reader(app).status_bar.text
        await press(pilot, "escape", "A")  # marking read counts as seen
        assert " · 1 new in North Korea · synced" in reader(app).status_bar.text
        assert "◆" not in "".join(text[0] for text in option_texts(listing))


async def test_new_headlines_of_other_sections_are_counted_and_marked_there(
    make_app: MakeApp, sample: SampleNews
) -> None:
    timers = Timers()
    app = make_app(every=timers)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        nk_before = reader(app).section_tree.unread("yonhap/nk")
        timers.fire()  # a refresh of yonhap/nk finds FRESH on top
        await settle(pilot)
        assert reader(app).section_tree.unread("yonhap/nk") == nk_before + 1
        assert "1 new in North Korea" in reader(app).status_bar.text
        shown = reader(app).section
        assert shown is not None and shown.key == "yonhap/national"  # the list stayed
        await press(pilot, "2")  # North Korea
        texts = option_texts(reader(app).headline_list)
        assert texts[0].startswith("◆") and news.FRESH.title in texts[0]


async def test_a_first_fetch_marks_nothing_new(make_app: MakeApp) -> None:
    sample = sample_news_library(lists={})  # nothing cached yet
    sample.site.lists.update({key: [h for h, _ in rows] for key, rows in news.LISTS.items()})
    timers = Timers()
    app = make_app(sample, every=timers)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        timers.fire()
        await settle(pilot)
        assert reader(app).headline_list.rows  # fetched and listed...
        assert "◆" not in "".join(t[0] for t in option_texts(reader(app).headline_list))
        assert " new in " not in reader(app).status_bar.text  # ...but nothing is "new"


async def test_a_timed_refresh_never_takes_the_focus_from_the_article(
    make_app: MakeApp, sample: SampleNews
) -> None:
    timers = Timers()
    app = make_app(every=timers)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")
        assert isinstance(focused(app), ArticleView)
        sample.site.lists["yonhap/national"][:0] = [brand_new(1)]
        timers.fire()
        await settle(pilot)
        assert isinstance(focused(app), ArticleView)
        assert reader(app).pane == "article"
        assert reader(app).article_url == news.RAIN_URL


async def test_a_failing_section_keeps_a_timed_refresh_quiet(
    make_app: MakeApp, sample: SampleNews
) -> None:
    timers = Timers()
    app = make_app(every=timers)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        sample.site.failures["yonhap/economy"] = 500
        timers.fire()
        await settle(pilot)
        assert notes.errors() == []
        assert "1 new in North Korea" in reader(app).status_bar.text  # the others went on


async def test_no_network_stops_a_timed_refresh_and_shows_the_badge(
    make_app: MakeApp, sample: SampleNews
) -> None:
    timers = Timers()
    app = make_app(every=timers)
    async with app.run_test(size=WIDE) as pilot:
        for key in sample.site.lists:
            sample.site.failures[key] = _unresolvable()
        timers.fire()
        await settle(pilot)
        assert sample.site.targets("refresh") == ["yonhap/national"]  # stopped at once
        assert reader(app).status_bar.no_network
        timers.fire()  # no network: the reader's own retry is the one to try again
        await settle(pilot)
        assert sample.site.targets("refresh") == ["yonhap/national"]


async def test_no_timed_refresh_at_zero_or_offline(make_app: MakeApp) -> None:
    timers = Timers()
    app = make_app(settings=Settings(ui=UISettings(refresh_minutes=0)), every=timers)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
    assert timers.registered == []
    offline = sample_news_library(offline=True)
    app = make_app(offline, settings=Settings(ui=UISettings(refresh_minutes=1)), every=timers)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        reader(app).timed_refresh()  # even when asked
        await settle(pilot)
    assert timers.registered == [] and offline.site.requests == []


async def test_minutes_are_the_interval(make_app: MakeApp) -> None:
    timers = Timers()
    app = make_app(settings=Settings(ui=UISettings(refresh_minutes=3)), every=timers)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
    assert [seconds for seconds, _ in timers.registered] == [180.0]


# -- watch words ----------------------------------------------------------------------------


def alert_span_texts(listing: HeadlineList) -> list[str]:
    """The titles drawn in the alert style."""
    found = []
    for row in listing.rows:
        body = listing.prompt(row).body
        if any(span.style == ".headline-list--alert" for span in body.spans):
            found.append(row.headline.title)
    return found


async def test_watch_words_highlight_notify_and_ring(make_app: MakeApp, sample: SampleNews) -> None:
    timers = Timers()
    alerts = AlertSettings(words=("KISHIDA", "rally"), bell=True)
    app = make_app(settings=Settings(alerts=alerts), every=timers)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        rung = bells(app)
        await settle(pilot)
        # Listed already: highlighted, but nothing announced (no refresh brought it).
        police = "Police raid office of ex-labor union chief over illegal rally"
        assert alert_span_texts(reader(app).headline_list) == [police]
        assert rung == [] and not [m for m in notes.messages if "Kishida" in m]
        timers.fire()  # North Korea's refresh brings FRESH, which mentions Kishida
        await settle(pilot)
        assert rung == ["bell"]
        alert = [(m, kw["markup"]) for m, kw in notes.items if kw.get("title") == "Alert"]
        assert alert == [(f"Kishida: {news.FRESH.title}", False)]
        await press(pilot, "2")
        assert alert_span_texts(reader(app).headline_list) == [news.FRESH.title]


async def test_no_bell_unless_asked_and_none_without_a_match(
    make_app: MakeApp, sample: SampleNews
) -> None:
    timers = Timers()
    quiet = Settings(alerts=AlertSettings(words=("kishida",)))
    app = make_app(settings=quiet, every=timers)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        rung = bells(app)
        timers.fire()
        await settle(pilot)
        assert rung == [] and any(kw.get("title") == "Alert" for _m, kw in notes.items)
        timers.fire()  # nothing new this time: nothing said
        await settle(pilot)
        assert len([kw for _m, kw in notes.items if kw.get("title") == "Alert"]) == 1


async def test_watch_words_are_never_markup(make_app: MakeApp, sample: SampleNews) -> None:
    timers = Timers()
    hostile = dataclasses.replace(brand_new(1), title="[bold]Missile[/bold] [@click=app.quit]x")
    app = make_app(settings=Settings(alerts=AlertSettings(words=("missile",))), every=timers)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        sample.site.lists["yonhap/national"].insert(0, hostile)
        timers.fire()
        await settle(pilot)
        alert = [(m, kw) for m, kw in notes.items if kw.get("title") == "Alert"]
        assert alert[0][1]["markup"] is False
        assert hostile.title in alert[0][0]
        assert app.is_running


# -- the pieces without an app --------------------------------------------------------------


def test_watch_words_match_whole_words_in_any_case() -> None:
    words = WatchWords(["kim jong-un", "N. Korea", "rally", "  "])
    assert words.words == ("kim jong-un", "N. Korea", "rally")
    title = dataclasses.replace(brand_new(1), title="Talks with KIM   Jong-un resume")
    assert words.match(title) == "KIM Jong-un"
    assert words.match(dataclasses.replace(title, title="N. Korea fires")) == "N. Korea"
    assert words.match(dataclasses.replace(title, title="Rallying cry")) is None
    summary_only = dataclasses.replace(title, title="Police", summary="an illegal rally")
    assert words.match(summary_only) == "rally"
    assert not WatchWords([]) and WatchWords([]).match(title) is None


def test_new_headlines_are_counted_until_seen() -> None:
    tracker = NewHeadlines()
    old = [ListedHeadline(wire(n)) for n in (1, 2)]
    fresh = [ListedHeadline(brand_new(1)), ListedHeadline(brand_new(2), read=True)]
    before = {row.headline.url for row in old}
    assert tracker.note("yonhap/national", set(), [*fresh, *old]) == []  # a first fetch
    assert tracker.note("yonhap/national", before, [*fresh, *old]) == [fresh[0]]  # unread only
    tracker.note("yonhap/nk", {"x"}, [ListedHeadline(news.FRESH)])
    titles = {"yonhap/national": "National", "yonhap/nk": "North Korea"}
    assert tracker.summary(titles) == "1 new in National, 1 in North Korea"
    assert tracker.summary(titles, first="yonhap/nk") == "1 new in North Korea, 1 in National"
    assert tracker.seen([news.FRESH.url]) and not tracker.seen([news.FRESH.url])
    assert tracker.summary(titles) == "1 new in National"
    assert tracker.urls("yonhap/national") == {brand_new(1).url}


async def test_the_sample_network_answers_conditional_gets_as_a_site_does() -> None:
    # The realistic benchmark of timed refreshes (bench_tui) counts on these answers.
    site = sample_news_library().site
    site.conditional = True
    feed = "https://en.yna.co.kr/RSS/nk.xml"

    async def get(**headers: str) -> httpx.Response:
        return await site.handle(httpx.Request("GET", feed, headers=headers))

    first = await get()
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert first.status_code == 200 and json.loads(first.text)
    assert (await get(**{"if-none-match": f'W/"x", {etag}'})).status_code == 304
    assert (await get(**{"if-modified-since": modified})).status_code == 304
    # If-None-Match decides when sent, whatever the date says.
    assert (await get(**{"if-none-match": '"x"', "if-modified-since": modified})).status_code == 200
    site.lists["yonhap/nk"].insert(0, brand_new(1))
    changed = await get(**{"if-none-match": etag, "if-modified-since": modified})
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    assert changed.headers["last-modified"] != modified
    assert (await get(**{"if-modified-since": modified})).status_code == 200
    assert site.not_modified == ["yonhap/nk", "yonhap/nk"]
