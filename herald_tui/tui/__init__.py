"""The Textual application. Only this package imports Textual."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from herald_tui.errors import HeraldError

if TYPE_CHECKING:
    from herald_tui.config import Settings
    from herald_tui.library import Library

__all__ = ["check_settings", "run_app", "starting"]


def check_settings(settings: Settings, config_file: Path) -> None:
    """Raise ConfigError for what only the app can check (theme, key conflicts): before the
    terminal check, so a bad config is reported as one, exit 78."""
    from herald_tui.tui.checks import check_app_settings

    check_app_settings(settings, config_file)


@contextmanager
def starting() -> Iterator[None]:
    """Around building the library and running the app: refuse to start without a terminal,
    and keep the garbage collector paused until the first frame (the app resumes it)."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise HeraldError(
            "the app needs a terminal; for scripts use 'herald-tui headlines' or 'herald-tui read'"
        )
    from herald_tui.tui import collector

    collector.pause()
    try:
        yield
    finally:
        collector.resume()  # if the app ended before its first frame


def run_app(
    library: Library, settings: Settings, *, demo: bool = False, data_dir: Path | None = None
) -> int:
    """Run the app on ``library`` in this terminal; return the exit status. The app closes the
    library when it ends (its HTTP client lives on the app's loop). ``data_dir`` keeps the
    app's preferences (the theme picked)."""
    from herald_tui.tui.app import HeraldApp
    from herald_tui.tui.prefs import PREFS_FILE

    preferences = data_dir / PREFS_FILE if data_dir is not None else None
    app = HeraldApp(library, settings, demo=demo, preferences=preferences)
    app.run()
    return app.return_code or 0
