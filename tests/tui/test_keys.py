"""Keys: Settings.keys overrides bindings everywhere, and the help screen shows what is bound."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.binding import Binding

from herald_tui.config import Settings
from herald_tui.tui.keys import keymap
from herald_tui.tui.screens import ReaderScreen
from herald_tui.tui.screens.help import HelpScreen
from tests.tui.conftest import MakeApp
from tests.tui.helpers import press, reader, record_notifications, screen_text
from tests.tui.sample_site import Request, SampleNews


def help_rows(app: App[Any]) -> dict[str, str]:
    """Help table rows by action name: {"refresh": "f5  Refresh"}."""
    screen = app.screen
    assert isinstance(screen, HelpScreen)
    return {a.id: f"{', '.join(a.keys)}  {a.description}" for a in screen.actions}


async def test_help_lists_every_key_with_its_action_name(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "question_mark")
        rows = help_rows(app)
        assert rows["refresh"] == "r  Refresh"
        assert rows["refresh_all"] == "R  Refresh all"
        assert rows["back"] == "esc, ⌫  Back"
        assert rows["down"] == "↓, j  Down"
        assert rows["section_9"] == "9  Section 9: The Korea Herald › Opinion"
        assert rows["quit"] == "q  Quit"
        screen_ids = {b.id for b in ReaderScreen.BINDINGS if isinstance(b, Binding)}
        assert screen_ids <= set(rows)
        await press(pilot, "escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_settings_keys_override_bindings_and_help_shows_them(
    make_app: MakeApp, sample: SampleNews
) -> None:
    settings = Settings(keys={"refresh": "f5", "reading_mode": "x, ctrl+r", "down": "ctrl+n"})
    app = make_app(settings=settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "question_mark")
        rows = help_rows(app)
        assert rows["refresh"] == "f5  Refresh"
        assert rows["reading_mode"] == "x, ^r  Reading mode"
        assert rows["down"] == "^n  Down"
        await press(pilot, "escape", "r")
        assert sample.site.requests == []  # r no longer refreshes
        await press(pilot, "f5")
        assert sample.site.requests == [Request("refresh", "yonhap/national")]
        await press(pilot, "j", "ctrl+n", "enter")
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.headline_list.highlighted == 1  # j did nothing, ctrl+n moved down
        await press(pilot, "x")
        assert screen.reading


async def test_an_unknown_action_in_settings_keys_is_reported(make_app: MakeApp) -> None:
    app = make_app(settings=Settings(keys={"frobnicate": "x", "\x1b]0;owned\x07bad": "y"}))
    notes = record_notifications(app)
    async with app.run_test(size=(80, 24)):
        pass
    assert any("frobnicate" in m for m in notes.messages)
    assert any("bad" in m for m in notes.messages)
    assert not any("\x1b" in m or "\x07" in m for m in notes.messages)  # a TOML key can hold them


async def test_keys_of_panels_not_opened_yet_are_known(make_app: MakeApp) -> None:
    """The quote panel and the search bar are mounted when first opened: their keys are
    valid in the config (and listed by the help) before that."""
    keys = {"group_quotes": "ctrl+g", "jump_to_quote": "ctrl+j", "cancel_search": "ctrl+x"}
    app = make_app(settings=Settings(keys=keys))
    notes = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "question_mark")
        rows = help_rows(app)
    assert not [m for m in notes.messages if m.startswith("[keys]")]
    assert rows["jump_to_quote"] == "^j  Jump" and rows["cancel_search"] == "^x  Cancel"


def test_keymap_tidies_settings_keys() -> None:
    assert keymap({"quit": " q , ctrl+q ", "help": "", "refresh": " , "}) == {"quit": "q,ctrl+q"}


async def test_help_lists_the_reader_keys_of_issue_7(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "question_mark")
        rows = help_rows(app)
    assert rows["quotes"] == '", Q  Quotes'
    assert rows["search"] == "/  Search"
    assert rows["save"] == "s  Save"
    assert rows["unread"] == "u  Unread"
    assert rows["copy_link"] == "y  Copy link"
    assert rows["open_link"] == "o  Open in browser"
    assert rows["group_quotes"] == "b  By speaker"
    assert rows["cancel_search"] == "esc  Cancel"


async def test_the_new_keys_can_be_rebound(make_app: MakeApp) -> None:
    keys = {"quotes": "x", "search": "f", "group_quotes": "ctrl+g", "save": "S"}
    app = make_app(settings=Settings(keys=keys))
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "question_mark")
        rows = help_rows(app)
        assert rows["quotes"] == "x  Quotes" and rows["group_quotes"] == "^g  By speaker"
        await press(pilot, "escape", "5", "enter", "quotation_mark")
        assert not reader(app).quotes_open  # " is no longer bound
        await press(pilot, "x", "ctrl+g")
        assert reader(app).quotes_open and reader(app).quote_panel.grouped
        await press(pilot, "x", "f")
        assert reader(app).query_one("#search-bar").display


async def test_help_has_one_heading_per_group(make_app: MakeApp) -> None:
    """The People view, its list and a person's quotations share the heading "People":
    one heading, with all three's keys under it, before "People filter"."""
    app = make_app()
    async with app.run_test(size=(100, 200)) as pilot:
        await press(pilot, "question_mark")
        lines = [line.strip(" │▏") for line in screen_text(app).splitlines()]
        headings = [line for line in lines if line and line[0].isupper() and "  " not in line]
        assert len(headings) == len(set(headings)), headings
        people = lines[lines.index("People") :]
        rows = people[: people.index("")]
        assert [row.split()[-1] for row in rows[1:]] == [
            "people_period",
            "filter_people",
            "people_back",
        ]
