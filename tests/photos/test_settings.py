"""The photo settings load and validate; the renderer follows the setting and the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from herald_tui.config import load_settings
from herald_tui.errors import ConfigError
from herald_tui.tui.photo_render import choose_renderer


def test_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "missing.toml")
    assert settings.ui.images == "auto"
    assert settings.cache.photo_cache_mb == 200.0


def test_images_and_the_photo_cache_size_load(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[ui]\nimages = "off"\n[cache]\nphoto_cache_mb = 50\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.ui.images == "off" and settings.cache.photo_cache_mb == 50.0


@pytest.mark.parametrize("value", ['"sixel"', '"Auto"', "1", "true"])
def test_images_accepts_only_its_three_values(tmp_path: Path, value: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f"[ui]\nimages = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"'ui\.images' must be"):
        load_settings(path)


KITTY = {"TERM": "xterm-kitty"}


@pytest.mark.parametrize(
    ("setting", "env", "expected"),
    [
        ("auto", KITTY, "tgp"),
        ("auto", {"TERM": "xterm-ghostty"}, "tgp"),
        ("auto", {"TERM_PROGRAM": "WezTerm", "TERM": "xterm-256color"}, "sixel"),
        ("auto", {"KONSOLE_VERSION": "230804", "TERM": "xterm-256color"}, "sixel"),
        ("auto", {"TERM": "foot"}, "sixel"),
        ("auto", {"TERM": "xterm-256color"}, "halfblock"),
        ("auto", {}, "halfblock"),
        ("auto", {**KITTY, "TMUX": "/tmp/tmux-0/default,1,0"}, "halfblock"),
        ("halfblock", KITTY, "halfblock"),
        ("off", KITTY, "off"),
        ("auto", {**KITTY, "NO_COLOR": ""}, "off"),
        ("halfblock", {"NO_COLOR": "1"}, "off"),
    ],
)
def test_the_renderer(setting: str, env: dict[str, str], expected: str) -> None:
    assert choose_renderer(setting, env) == expected
