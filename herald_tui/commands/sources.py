"""``herald-tui sources``: the site plugins, their sections, and any plugin that is broken."""

from __future__ import annotations

import argparse
from typing import IO, TYPE_CHECKING, Any

from herald_tui.text import strip_controls

if TYPE_CHECKING:
    from herald_tui.cli import Context

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``sources`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sources",
        help="list the news sites, their sections and feeds",
        description="List the site plugins (built-in and installed), their sections with feed "
        "and list page URLs, and any plugin that could not be loaded.",
    )
    parser.set_defaults(run=run)


def run(ctx: Context) -> int:
    """Print every plugin and section; broken plugins last. Exit status 0 even then."""
    registry = ctx.registry()
    out = _CleanLines(ctx.stdout)
    for fetcher in registry.fetchers.values():
        mirror = f" (from {fetcher.base_url})" if fetcher.base_url != fetcher.home else ""
        out.write(f"{fetcher.name}: {fetcher.display_name} {fetcher.home}{mirror}\n")
        width = max((len(s.key) for s in fetcher.sections), default=0)
        for section in fetcher.sections:
            out.write(f"  {section.key:<{width}}  {section.title}\n")
            for feed in section.feeds:
                out.write(f"  {'':<{width}}    feed: {feed}\n")
            if section.list_url:
                out.write(f"  {'':<{width}}    list: {section.list_url}\n")
    broken = registry.broken
    if broken:
        out.write("broken plugins:\n")
        for name, reason in broken.items():
            out.write(f"  {name}: {reason}\n")
    return 0


class _CleanLines:
    """Writes lines with their control characters removed: mirror URLs come from the config
    and a broken plugin's reason from its exception, neither of them checked text."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, line: str) -> None:
        """Write ``line`` (ending in a newline) cleaned."""
        self._stream.write(strip_controls(line.removesuffix("\n")).replace("\n", " ") + "\n")
