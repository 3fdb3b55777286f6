"""What the headless commands share: running the library, choosing sections, printing.

Importing this module stays cheap (every command is registered on every run of the CLI, even
``--version``): the library and asyncio are imported when a command runs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from herald_tui.errors import UsageError

if TYPE_CHECKING:
    from herald_tui.cli import Context
    from herald_tui.model import Section
    from herald_tui.services import NewsLibrary

__all__ = [
    "add_section_options",
    "kst_short",
    "print_notices",
    "run_with_library",
    "select_sections",
]


def run_with_library(ctx: Context, work: Callable[[NewsLibrary], Awaitable[int]]) -> int:
    """Open the library, run ``work`` on an event loop, always close the library."""
    import asyncio

    library = ctx.open_library()

    async def main() -> int:
        try:
            return await work(library)
        finally:
            print_notices(ctx, library)
            await library.aclose()

    return asyncio.run(main())


def print_notices(ctx: Context, library: NewsLibrary) -> None:
    """Tell the user what the store noticed (a damaged file moved aside, a read-only cache
    from a newer version, a broken plugin): one ``note:`` line each, on stderr."""
    from herald_tui.text import clean_line

    for notice in library.notices():
        ctx.stderr.write(f"herald-tui: note: {clean_line(notice)}\n")


def add_section_options(parser: object) -> None:
    """``--source S`` and ``--section X`` (an id of the source's, or ``source/id``)."""
    add = parser.add_argument  # type: ignore[attr-defined]
    add("--source", metavar="S", help="a source name (see 'herald-tui sources')")
    add("--section", metavar="X", help="a section id of the source, or SOURCE/ID")


def select_sections(
    library: NewsLibrary, source: str | None, section: str | None, *, every: bool
) -> list[Section]:
    """The sections the options name. With neither option: every section of every source
    when ``every``, else the first section of each source."""
    if section and "/" in section:
        source, section = section.split("/", 1)
    names = [s.name for s in library.sources()]
    if source is not None and source not in names:
        raise UsageError(f"unknown source {source!r} (sources: {', '.join(names)})")
    chosen: list[Section] = []
    for name in [source] if source else names:
        sections: Sequence[Section] = library.sections(name)
        if section:
            match = [s for s in sections if s.id == section]
            if not match:
                ids = ", ".join(s.id for s in sections)
                raise UsageError(f"{name} has no section {section!r} (sections: {ids})")
            chosen += match
        else:
            chosen += sections if every else sections[:1]
    return chosen


def kst_short(when: datetime | None) -> str:
    """``11-26 09:28`` in KST; ``11-26`` for a date without a time (list pages give only
    dates, parsed as midnight KST); blanks of the same width when unknown."""
    from herald_tui.times import kst

    if when is None:
        return " " * 11
    text = kst(when)[5:16]
    return text[:5] + "      " if text.endswith("00:00") else text
