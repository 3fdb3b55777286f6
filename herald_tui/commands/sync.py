"""``herald-tui sync``: fetch section lists and their articles into the cache."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from herald_tui.commands.common import (
    add_limit_option,
    add_section_options,
    print_notices,
    select_sections,
)
from herald_tui.errors import UsageError
from herald_tui.text import clean_line, strip_controls

if TYPE_CHECKING:
    from herald_tui.cli import Context
    from herald_tui.library import ProgressEvent

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``sync`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sync",
        help="fetch headlines and articles into the cache for offline reading",
        description="Fetch the lists of the chosen sections (by default all) and their newest "
        "articles into the cache. Ctrl+C stops and keeps what was fetched.",
    )
    add_section_options(parser)
    add_limit_option(parser, "articles per section", None)
    parser.add_argument(
        "--photos",
        action="store_true",
        help="also fetch each article's lead photo into the photo cache (for offline reading)",
    )
    parser.set_defaults(run=run)


def run(ctx: Context) -> int:
    """Sync, show progress, print a summary; non-zero only if nothing could be fetched."""
    import asyncio

    from herald_tui.sync import SyncReport, sync

    if ctx.offline:
        raise UsageError("sync needs the network: drop --offline")
    limit = ctx.args.limit if ctx.args.limit is not None else ctx.settings.cache.sync_limit
    library = ctx.open_library()
    report = SyncReport()

    async def main() -> None:
        try:
            sections = select_sections(library, ctx.args.source, ctx.args.section, every=True)
            with _progress(ctx) as show:
                await sync(library, sections, limit, report, show, photos=ctx.args.photos)
        finally:
            print_notices(ctx, library)
            await library.aclose()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        report.interrupted = True
    for what, reason in report.failed:
        line = reason if what in reason else f"{what}: {reason}"
        ctx.stderr.write(f"failed: {clean_line(line)}\n")
    ctx.stdout.write(report.summary() + "\n")
    if report.interrupted:
        return 130
    return 0 if report.fetched_anything else 1


class _progress:
    """A rich progress bar on a terminal, plain lines otherwise (pipes, logs, cron)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> Callable[[ProgressEvent], None]:
        if self.ctx.stdout is sys.stdout and sys.stdout.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            # markup=False: messages quote URLs and server replies, untrusted text.
            self.bar = Progress(
                TextColumn("{task.description}", markup=False),
                BarColumn(),
                MofNCompleteColumn(),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("syncing", total=None)
        return self.show

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def show(self, event: ProgressEvent) -> None:
        """Show one progress event."""
        message = strip_controls(event.message)[:70]
        if self.bar is not None:
            total = event.total or None
            self.bar.update(self.task, description=message, completed=event.done, total=total)
        elif not event.total:
            self.ctx.stdout.write(message + "\n")
        elif event.done % 10 == 0 or event.done == event.total:
            self.ctx.stdout.write(f"{event.done}/{event.total} articles\n")
