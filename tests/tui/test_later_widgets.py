"""The widgets of the views a start does not show (search, the quote panel, People, the find
bar) are made and composed when first used, not with the first screen (docs/PERFORMANCE.md,
start-up round 5); the reader handles their messages by name, as Textual names them."""

from __future__ import annotations

import inspect

from textual import events
from textual.message import Message
from textual.worker import Worker

import herald_tui.tui.widgets.find
import herald_tui.tui.widgets.people
import herald_tui.tui.widgets.quotes
import herald_tui.tui.widgets.search  # noqa: F401 (their messages, for the names)
from herald_tui.tui.screens import ReaderScreen
from herald_tui.tui.widgets import ArticleView
from tests.tui.conftest import MakeApp
from tests.tui.helpers import focused, press, reader, settle

LATER = "SearchBox, SearchResults, QuotePanel, PeopleView, PeopleFilter, FindBar, FindBox"


def composed(app_screen: ReaderScreen) -> list[str]:
    """The class names of the later views' widgets in the screen's DOM."""
    return sorted(type(widget).__name__ for widget in app_screen.query(LATER))


async def test_the_first_screen_composes_no_widget_of_a_later_view(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert composed(reader(app)) == []


async def test_each_later_widget_is_composed_by_its_first_use(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = reader(app)
        await press(pilot, "enter")  # an article: its find bar follows, hidden
        assert composed(screen) == ["FindBar", "FindBox"]
        await press(pilot, "quotation_mark")
        assert "QuotePanel" in composed(screen) and screen.quotes_open
        await press(pilot, "escape", "slash")
        assert "SearchBox" in composed(screen) and focused(app) is screen.search_box
        await press(pilot, *"rain", "enter")
        await settle(pilot)
        assert "SearchResults" in composed(screen) and screen.searching
        assert "PeopleView" not in composed(screen)
        await screen.open_people()
        assert composed(screen) == [
            "FindBar",
            "FindBox",
            "PeopleFilter",
            "PeopleView",
            "QuotePanel",
            "SearchBox",
            "SearchResults",
        ]


def _handler_names() -> set[str]:
    """The handler name of every message class defined so far (Textual's and ours)."""
    names: set[str] = set()
    stack: list[type[Message]] = Message.__subclasses__()
    while stack:
        cls = stack.pop()
        names.add(cls.handler_name)
        stack.extend(cls.__subclasses__())
    return names


def test_every_handler_by_name_is_the_name_of_a_message() -> None:
    """A handler named for a message that does not exist (a typo, a message renamed) would
    never be called, and nothing would say so."""
    known = _handler_names()
    assert {events.Mount.handler_name, Worker.StateChanged.handler_name} <= known
    handlers = {
        f"{cls.__name__}.{name}"
        for owner in (ReaderScreen, ArticleView)
        for cls in inspect.getmro(owner)
        if cls.__module__.startswith("herald_tui.")
        for name in vars(cls)
        if name.startswith("on_") and name not in known
    }
    assert handlers == set()
