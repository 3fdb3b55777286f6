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
    # The lead wires herald_tui.services (registry + HTTP client + store) into the app.
    from herald_tui.services import open_library  # type: ignore[import-not-found]
    from herald_tui.tui.app import HeraldApp

    app = HeraldApp(open_library(ctx), ctx.settings, demo=ctx.demo)
    app.run()
    return app.return_code or 0
