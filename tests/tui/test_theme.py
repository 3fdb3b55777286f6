"""Themes: picked in the command palette, remembered across restarts in a file the app owns
(a bad file is a notice, never a crash); NO_COLOR keeps highlights visible."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from textual.geometry import Region
from textual.pilot import Pilot

from herald_tui.config import Settings, UISettings
from tests.tui.conftest import MakeApp
from tests.tui.helpers import press, reader, record_notifications, settle
from tests.tui.sample_site import sample_news_library

SIZE = (100, 30)


async def pick_theme(pilot: Pilot[Any], name: str) -> None:
    """Ctrl+P, "theme", Enter, then the theme's name and Enter: as a user picks one."""
    await press(pilot, "ctrl+p")
    for key in "theme":
        await pilot.press(key)
    await press(pilot, "enter")
    for key in name:
        await pilot.press(key if key != "-" else "minus")
    await settle(pilot)
    await press(pilot, "enter")


async def test_a_theme_picked_in_the_palette_is_remembered(
    make_app: MakeApp, tmp_path: Path
) -> None:
    prefs = tmp_path / "data" / "tui.json"
    app = make_app(preferences=prefs)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        assert not prefs.exists()  # nothing chosen, nothing written
        await pick_theme(pilot, "nord")
        assert app.theme == "nord"
    assert json.loads(prefs.read_text()) == {"theme": "nord"}

    again = make_app(sample_news_library(), preferences=prefs)  # a restart
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "nord"
        again.theme = "textual-light"
        await settle(pilot)
    assert json.loads(prefs.read_text()) == {"theme": "textual-light"}


async def test_the_config_theme_applies_until_one_is_picked(
    make_app: MakeApp, tmp_path: Path
) -> None:
    settings = Settings(ui=UISettings(theme="gruvbox"))
    app = make_app(settings=settings, preferences=tmp_path / "tui.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "gruvbox"
    assert not (tmp_path / "tui.json").exists()


@pytest.mark.parametrize("content", ['{"theme": ', '{"theme": "no-such-theme"}', "\x00\xff"])
async def test_a_bad_preferences_file_is_ignored(
    make_app: MakeApp, tmp_path: Path, content: str
) -> None:
    prefs = tmp_path / "tui.json"
    prefs.write_text(content, "latin-1")
    app = make_app(preferences=prefs)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark" and app.is_running
        app.theme = "nord"  # a new choice replaces the bad file
        await settle(pilot)
    assert json.loads(prefs.read_text()) == {"theme": "nord"}
    if "no-such-theme" not in content:
        assert any("ignored" in m and str(prefs) in m for m in notes.messages)


async def test_a_file_that_cannot_be_written_is_a_notice(make_app: MakeApp, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    app = make_app(preferences=blocker / "tui.json")
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await settle(pilot)
        assert app.is_running and app.theme == "nord"
    assert any("could not be written" in m for m in notes.messages)


@pytest.mark.parametrize("no_color", [True, False], ids=["NO_COLOR", "colour"])
async def test_the_quote_highlight_is_visible_with_and_without_colour(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "5", "enter", "quotation_mark")
        assert app.no_color is no_color
        headline = reader(app).article_view.highlighted[0]
        [strip, *_rest] = headline.render_lines(Region(0, 0, headline.size.width, 1))
        styles = {segment.text: segment.style for segment in strip if segment.text.strip()}
        quoted = next(style for text, style in styles.items() if "fight" in text)
        plain = next(style for text, style in styles.items() if "names" in text)
        assert quoted is not None and plain is not None
        assert quoted.underline and not plain.underline
        if no_color:  # the background will be greyed out: reverse video marks it
            assert quoted.reverse and not plain.reverse
        else:
            assert not quoted.reverse and quoted.bgcolor != plain.bgcolor
