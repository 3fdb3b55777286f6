"""The Textual application. Only this package imports Textual."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from herald_tui.errors import HeraldError

if TYPE_CHECKING:
    from herald_tui.cli import Context

__all__ = ["run_app"]


def run_app(ctx: Context) -> int:
    """Start the app in this terminal; return the exit status."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise HeraldError(
            "the app needs a terminal; for scripts use 'herald-tui headlines' or 'herald-tui read'"
        )
    from herald_tui.tui import collector

    collector.pause()  # until the first frame (the app resumes it)
    try:
        from herald_tui.services import open_library
        from herald_tui.tui.app import HeraldApp
        from herald_tui.tui.prefs import PREFS_FILE

        # The app closes the library when it unmounts: the HTTP client lives on its loop.
        preferences = ctx.paths.data_dir / PREFS_FILE
        library = open_library(ctx)
        app = HeraldApp(
            library,
            ctx.settings,
            demo=ctx.demo,
            preferences=preferences,
            reports=ctx.paths.data_dir / "reports",
        )
        app.run()
    finally:
        collector.resume()  # if the app ended before its first frame
    return app.return_code or 0
