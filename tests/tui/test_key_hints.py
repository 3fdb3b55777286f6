"""Hints that name a key name the key as bound now: with Settings.keys moving every key a
hint mentions, each hint shows the new key and none the old one."""

from __future__ import annotations

import dataclasses

from herald_tui.config import Settings
from herald_tui.tui.listing import SAVED
from herald_tui.tui.screens.help import HelpScreen
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import (
    option_texts,
    press,
    reader,
    record_notifications,
    screen_text,
    settle,
)
from tests.tui.sample_site import SampleNews

WIDE = (160, 40)
REBOUND = Settings(
    keys={
        "reading_mode": "x",
        "back": "ctrl+b",
        "save": "S",
        "unread": "ctrl+u",
        "save_report": "ctrl+e",
        "refresh": "f5",
        "close_help": "f10",
        "down": "ctrl+n",
        "up": "ctrl+k",
        "page_up": "f7",
        "page_down": "f8",
        "cancel_search": "f9",
    }
)


def flat(text: str) -> str:
    """The screen's text with the box drawing and runs of spaces folded away."""
    return " ".join(text.replace("│", " ").replace("▏", " ").replace("▕", " ").split())


async def test_the_help_screen_names_the_keys_as_rebound(make_app: MakeApp) -> None:
    app = make_app(settings=REBOUND)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = flat(screen_text(app))
        assert "f10 closes this screen; ^n, ^k, f7, f8 scroll it." in text
        assert "unread: not opened yet (^u marks it unread again)" in text
        assert "saved: kept offline for good (S)" in text
        assert "READING reading mode (x): x or ^b leaves it" in text
        assert "f10 closes" in text  # the border
        for old in ("Esc", "esc,", "(u marks", "(s)", "(z)", "z or", "pgup"):
            assert old not in text.split("Reader")[0], old
        await press(pilot, "escape")
        assert isinstance(app.screen, HelpScreen)  # esc was rebound away
        await press(pilot, "f10")
        assert not isinstance(app.screen, HelpScreen)


async def test_reading_mode_badge_names_the_rebound_keys(make_app: MakeApp) -> None:
    app = make_app(settings=REBOUND)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter", "x")
        screen = reader(app)
        assert screen.reading
        assert "READING: x or ^b leaves" in screen.status_bar.text
        assert "READING: x or ^b leaves" in screen_text(app)
        assert "z or esc" not in screen_text(app)


async def test_the_empty_saved_list_names_the_rebound_save_key(make_app: MakeApp) -> None:
    app = make_app(settings=REBOUND)
    async with app.run_test(size=WIDE) as pilot:
        reader(app).open_section(SAVED)
        await press(pilot)
        [empty] = option_texts(reader(app).headline_list)
        assert empty == "Nothing saved yet: S saves the article you are reading."


async def test_the_parse_warning_mark_names_the_rebound_report_key(
    make_app: MakeApp, sample: SampleNews
) -> None:
    warned = ("generic fallback used", "no published time")
    sample.put_article(dataclasses.replace(news.RAIN, warnings=warned))
    app = make_app(settings=REBOUND)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")
        text = screen_text(app)
        assert "⚠ 2 parse warnings (^e report)" in text
        assert "(! report)" not in text


async def test_a_failed_section_names_the_rebound_refresh_key(
    make_app: MakeApp, sample: SampleNews
) -> None:
    sample.site.failures["yonhap/national"] = 503
    app = make_app(settings=REBOUND)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "f5")
    assert notes.errors() == [
        "National could not be fetched: the site is having trouble (HTTP 503). f5 tries again."
    ]


async def test_a_rebound_help_close_key_is_a_known_action_name(make_app: MakeApp) -> None:
    app = make_app(settings=Settings(keys={"close_help": "f10"}))
    notes = record_notifications(app)
    async with app.run_test(size=WIDE):
        pass
    assert not any("no such action" in message for message in notes.messages)


async def test_the_search_box_names_the_rebound_close_key(make_app: MakeApp) -> None:
    app = make_app(settings=REBOUND)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "slash")
        box = reader(app).search_box
        assert box.placeholder.endswith("; Enter searches, f9 closes")
        await press(pilot, "f9")
        assert not box.display or not reader(app).query_one("#search-bar").display


async def test_the_preview_names_the_rebound_open_key(make_app: MakeApp) -> None:
    app = make_app(settings=Settings(keys={"open": "ctrl+o"}))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = flat(screen_text(app))
        assert "Stored: readable offline. ^o reads it." in text
        assert "Enter reads it" not in text
