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
    from herald_tui.services import open_library
    from herald_tui.tui.app import HeraldApp
    from herald_tui.tui.prefs import PREFS_FILE

    # The app closes the library when it unmounts: the HTTP client lives on the app's loop.

    preferences = ctx.paths.data_dir / PREFS_FILE
    app = HeraldApp(open_library(ctx), ctx.settings, demo=ctx.demo, preferences=preferences)
    app.run()
    return app.return_code or 0
