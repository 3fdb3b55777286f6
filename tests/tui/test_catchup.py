"""Catching up: N next unread across sections, A and C mark read, U undoes, counts follow."""

from __future__ import annotations

from typing import Any

from textual.app import App

from herald_tui.config import Settings
from herald_tui.tui.screens.reader_catchup import next_unread
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import press, reader, record_notifications, settle
from tests.tui.sample_site import SampleNews
from tests.tui.test_keys import help_rows

WIDE = (120, 40)
NATIONAL = [h.url for h, _ in news.LISTS["yonhap/national"]]
NK = [h.url for h, _ in news.LISTS["yonhap/nk"]]
EVERY_STORY = sum(len(rows) for rows in news.LISTS.values())


def counts(app: App[Any]) -> dict[str, int]:
    """The unread count the tree shows beside each section."""
    tree = reader(app).section_tree
    return {section.key: tree.unread(section.key) for section in tree.sections}


def read_marks(app: App[Any]) -> list[bool]:
    return [row.read for row in reader(app).headline_list.rows]


async def test_next_unread_goes_down_the_section_then_to_the_next_one(
    make_app: MakeApp, sample: SampleNews
) -> None:
    unread = {NATIONAL[0], NATIONAL[1], NK[0]}
    every = [url for key in news.LISTS for url in sample.list_urls(key)]
    sample.store.set_read_many(url for url in every if url not in unread)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert counts(app)["yonhap/national"] == 2
        await press(pilot, "j", "N")  # from the highlighted row down
        screen = reader(app)
        assert screen.article_url == NATIONAL[1]
        assert counts(app)["yonhap/national"] == 1  # follows at once
        await press(pilot, "N")  # nothing unread below: the next section in the tree
        assert screen.section is not None and screen.section.key == "yonhap/nk"
        assert screen.article_url == NK[0]
        current = screen.headline_list.current
        assert current is not None and current.headline.url == NK[0]
        assert (counts(app)["yonhap/national"], counts(app)["yonhap/nk"]) == (1, 0)
        await press(pilot, "N")  # every other section done: back to the row above
        assert screen.section.key == "yonhap/national"
        assert screen.article_url == NATIONAL[0]
        assert sample.read_urls() == set(every)


async def test_next_unread_says_when_nothing_is_unread_anywhere(make_app: MakeApp) -> None:
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "C", "N")
        assert reader(app).article_url is None
    assert notes.messages[-1] == "Nothing unread anywhere: all caught up."


async def test_mark_section_read_and_undo_restores_exactly_the_marks_before(
    make_app: MakeApp, sample: SampleNews
) -> None:
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")  # reads the first headline: read before the A
        await press(pilot, "h", "A")
        assert notes.messages[-1] == "Marked 3 read in National · U undoes"
        assert read_marks(app) == [True, True, True, True]
        assert counts(app)["yonhap/national"] == 0
        assert counts(app)["yonhap/nk"] == 2  # other sections untouched
        await press(pilot, "U")
        assert notes.messages[-1] == "Undone: 3 unread again in National."
        assert read_marks(app) == [True, False, False, False]
        assert counts(app)["yonhap/national"] == 3
        assert sample.read_urls() == {NATIONAL[0]}
        await press(pilot, "U")  # one level only
        assert notes.messages[-1] == "Nothing to undo."
        assert sample.read_urls() == {NATIONAL[0]}


async def test_mark_everything_read_then_undo(make_app: MakeApp, sample: SampleNews) -> None:
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        before = counts(app)
        await press(pilot, "C")
        assert notes.messages[-1] == f"Marked {EVERY_STORY} read · U undoes"
        assert set(counts(app).values()) == {0}
        assert all(read_marks(app))
        await press(pilot, "C")  # nothing left: the undo of the first C stays
        assert notes.messages[-1] == "Nothing unread."
        await press(pilot, "U")
        assert counts(app) == before
        assert sample.read_urls() == set()


async def test_u_after_a_mark_all_toggles_from_the_new_mark(
    make_app: MakeApp, sample: SampleNews
) -> None:
    """u on a headline marked unread this session, then C: u marks it unread again (the
    session's marks follow the batch)."""
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "u", "u", "C", "u")  # read, unread, all read, unread
        assert NATIONAL[0] not in sample.read_urls()
        assert read_marks(app)[0] is False


async def test_catch_up_keys_can_be_rebound(make_app: MakeApp, sample: SampleNews) -> None:
    keys = {"next_unread": "ctrl+n", "mark_all_read": "ctrl+a", "undo_mark_read": "ctrl+u"}
    app = make_app(settings=Settings(keys=keys))
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "N", "C")
        assert sample.read_urls() == set()  # no longer bound
        await press(pilot, "ctrl+n")
        assert reader(app).article_url == NATIONAL[0]
        await press(pilot, "ctrl+a")
        assert notes.messages[-1] == f"Marked {EVERY_STORY - 1} read · ^u undoes"
        await press(pilot, "ctrl+u")
        assert sample.read_urls() == {NATIONAL[0]}


def test_next_unread_looks_down_and_skips_the_article_being_read() -> None:
    rows = reader_rows([False, True, False])
    assert next_unread(rows, 0, None) == 0
    assert next_unread(rows, 0, rows[0].headline.url) == 2
    assert next_unread(rows, 1, None) == 2
    assert next_unread(rows, 2, rows[2].headline.url) is None  # never back up
    assert next_unread(reader_rows([True, True]), 0, None) is None


def reader_rows(marks: list[bool]) -> list[Any]:
    from herald_tui.results import ListedHeadline

    headlines = [h for h, _ in news.LISTS["yonhap/national"]]
    return [ListedHeadline(headlines[n], read=read) for n, read in enumerate(marks)]


async def test_help_and_palette_list_the_catch_up_keys(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        await press(pilot, "question_mark")
        rows = help_rows(app)
    assert rows["next_unread"] == "N  Next unread"
    assert rows["mark_section_read"] == "A  Section read"
    assert rows["mark_all_read"] == "C  All read"
    assert rows["undo_mark_read"] == "U  Undo mark read"
    assert commands["Next unread"].startswith("Open the next unread headline")
    assert commands["All read"].endswith("(C)")
    assert "Undo mark read" in commands and "Section read" in commands


async def test_the_status_bar_counts_the_unread_headlines_of_the_section(
    make_app: MakeApp, sample: SampleNews
) -> None:
    """Beside where the reader is: "4 unread", one fewer for each story opened, nothing once
    all are read, back with U; no count for search results."""
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        bar = reader(app).status_bar
        listed = len(NATIONAL)
        assert f"Yonhap News Agency › National · {listed} unread · synced" in bar.text
        await press(pilot, "enter")
        assert f"National · {listed - 1} unread · synced" in bar.text
        await press(pilot, "A")
        assert "unread" not in bar.text
        await press(pilot, "U")
        assert f"National · {listed - 1} unread" in bar.text
        await press(pilot, "2")
        assert f"North Korea · {len(NK)} unread" in bar.text
        await press(pilot, "slash", *"seoul", "enter")
        assert "Search › seoul" in bar.text and "unread" not in bar.text
