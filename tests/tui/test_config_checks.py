"""What only the app knows about the config (themes, bindings) is checked before it starts:
an unknown theme or a key given to two actions is one line naming the file and the key,
exit 78, like every other config error (issue 17 item 20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from herald_tui.cli import main
from herald_tui.config import Settings, UISettings
from herald_tui.errors import ConfigError
from herald_tui.tui.checks import check_app_settings

CONFIG = Path("/home/me/.config/herald-tui/config.toml")


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ({"quit": "s"}, "'keys.quit' gives s to quit, but s is also the key of save"),
        ({"quit": "q,s"}, "'keys.quit' gives s to quit, but s is also the key of save"),
        ({"refresh": "x", "save": "x"}, "'keys.refresh' gives x to refresh, but x is also th"),
        ({"search": "j"}, "'keys.search' gives j to search, but j is also the key of down"),
        # Within one screen (the photo viewer) a clash is still a clash.
        ({"close_photo": "n"}, "'keys.close_photo' gives n to close_photo, but n is also th"),
    ],
)
def test_a_key_given_to_two_actions_is_refused(keys: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        check_app_settings(Settings(keys=keys), CONFIG)
    assert str(caught.value).startswith(f"{CONFIG}: {message}")


@pytest.mark.parametrize(
    "keys",
    [
        {},
        {"quit": "q,ctrl+q"},
        {"quit": "s", "save": "w"},  # save moved away first: s is free
        {"refresh": "f5", "reading_mode": "x, ctrl+r", "down": "ctrl+n"},
        {"back": "escape,backspace"},  # the defaults, written out
        # The photo viewer's keys: that screen and the reader are never active together.
        {"next_article": "right", "previous_article": "left"},
    ],
)
def test_keys_that_collide_with_nothing_are_accepted(keys: dict[str, str]) -> None:
    check_app_settings(Settings(keys=keys), CONFIG)


def test_an_unknown_theme_is_refused() -> None:
    with pytest.raises(ConfigError) as caught:
        check_app_settings(Settings(ui=UISettings(theme="solarised-nope")), CONFIG)
    message = str(caught.value)
    assert message.startswith(f"{CONFIG}: 'ui.theme' is 'solarised-nope', not a theme (themes: ")
    assert "textual-dark" in message and "\n" not in message


def test_known_themes_are_accepted() -> None:
    for theme in ("textual-dark", "nord", "gruvbox"):
        check_app_settings(Settings(ui=UISettings(theme=theme)), CONFIG)


def test_the_app_is_not_started_with_such_a_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Checked before anything else, even before the check for a terminal."""
    config = tmp_path / "config.toml"
    config.write_text('[keys]\nquit = "s"\n')
    assert main(["--config", str(config)]) == 78
    err = capsys.readouterr().err
    assert err.startswith(f"herald-tui: error: {config}: 'keys.quit' gives s to quit")
    assert err.count("\n") == 1
