"""What the headless commands share: running the library, choosing sections, printing.

Importing this module stays cheap (every command is registered on every run of the CLI, even
``--version``): the library and asyncio are imported when a command runs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast

from herald_tui.errors import HeraldError, UsageError

if TYPE_CHECKING:
    from herald_tui.cli import Context
    from herald_tui.model import Section
    from herald_tui.services import NewsLibrary

__all__ = [
    "add_format_option",
    "add_limit_option",
    "add_section_options",
    "check_store_dirs",
    "kst_short",
    "plural",
    "print_notices",
    "resanitised",
    "run_with_library",
    "select_sections",
]

T = TypeVar("T")


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


def limit(text: str) -> int:
    """``--limit N`` (argparse type): one rule and one message for every command."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"invalid limit {text!r}: a whole number from 1")
    return value


def add_format_option(parser: object, note: str = "") -> None:
    """``--format text|markdown|json`` for commands that print articles (``note``: what to
    add to its help)."""
    parser.add_argument(  # type: ignore[attr-defined]
        "--format",
        choices=("text", "markdown", "json"),
        default="text",
        help=f"output format (default: text){note}",
    )


def add_limit_option(parser: object, what: str, default: int | None) -> None:
    """``--limit N``: at most N ``what``; ``default`` None means the config's value."""
    shown = "config sync_limit" if default is None else str(default)
    parser.add_argument(  # type: ignore[attr-defined]
        "--limit", type=limit, default=default, metavar="N", help=f"{what} (default: {shown})"
    )


def check_store_dirs(ctx: Context) -> None:
    """Refuse a cache or data directory that cannot be read, before a read-only open would
    quietly stand an empty database in for it (a mistyped ``--cache-dir`` is not "no
    matches")."""
    import os

    for label, directory in (
        ("cache directory", ctx.paths.cache_dir),
        ("data directory", ctx.paths.data_dir),
    ):
        if not directory.exists():
            raise HeraldError(
                f"the {label} {directory} does not exist: nothing was read or synced there yet"
            )
        if not directory.is_dir():
            raise HeraldError(f"the {label} {directory} is not a directory")
        if not os.access(directory, os.R_OK | os.X_OK):
            raise HeraldError(f"the {label} {directory} cannot be read: permission denied")


def add_section_options(parser: object) -> None:
    """``--source S`` and ``--section X`` (an id of the source's, or ``source/id``)."""
    add = parser.add_argument  # type: ignore[attr-defined]
    add("--source", metavar="S", help="a source name (see 'herald-tui sources')")
    add("--section", metavar="X", help="a section id of the source, or SOURCE/ID")


def select_sections(
    library: NewsLibrary, source: str | None, section: str | None, *, every: bool
) -> list[Section]:
    """The sections the options name. With neither option: every section of every source
    when ``every``, else the first section of each source.

    Names are case-insensitive. A section id alone means that section of every source that
    has one (``nk`` is Yonhap's); ``SOURCE/ID`` names one, and a ``--source`` saying
    otherwise is an error rather than silently ignored."""
    names = [s.name for s in library.sources()]
    source = _source(source, names) if source else None
    if section and "/" in section:
        prefix, section = section.split("/", 1)
        named = _source(prefix, names)
        if source is not None and source != named:
            raise UsageError(
                f"--section {named}/{section} is a section of {named}, not of --source {source}"
            )
        source = named
    chosen: list[Section] = []
    for name in [source] if source else names:
        sections: Sequence[Section] = library.sections(name)
        if not section:
            chosen += sections if every else sections[:1]
            continue
        chosen += [s for s in sections if s.id.lower() == section.lower()]
    if section and not chosen:
        if source:
            ids = ", ".join(s.id for s in library.sections(source))
            raise UsageError(f"{source} has no section {section!r} (sections: {ids})")
        keys = ", ".join(s.key for name in names for s in library.sections(name))
        raise UsageError(f"no source has a section {section!r} (sections: {keys})")
    return chosen


def _source(name: str, names: list[str]) -> str:
    """``name`` as spelt in ``names`` (any case), or a usage error listing them."""
    for known in names:
        if known.lower() == name.lower():
            return known
    raise UsageError(f"unknown source {name!r} (sources: {', '.join(names)})")


def plural(count: int, noun: str) -> str:
    """``1 article``, ``2 articles``, ``1,024 headlines``: a count and its noun."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def kst_short(when: datetime | None) -> str:
    """``11-26 09:28`` in KST; ``11-26`` for a date without a time (list pages give only
    dates, parsed as midnight KST); blanks of the same width when unknown."""
    from herald_tui.times import kst

    if when is None:
        return " " * 11
    text = kst(when)[5:16]
    return text[:5] + "      " if text.endswith("00:00") else text


def resanitised(value: T) -> T:
    """``value`` (model objects, as read back from the cache) with every string in it cleaned
    again (:func:`herald_tui.text.strip_controls`). Parsers clean what they store, but a cache
    file can be written by anyone who can write the directory, and its checksums detect
    damage, not forgery: so every command cleans what it prints, at output."""
    from herald_tui.text import strip_controls

    result: Any = value
    if isinstance(value, str):
        result = strip_controls(value)
    elif isinstance(value, tuple | list):
        result = type(value)(resanitised(item) for item in value)
    elif isinstance(value, dict):
        result = {resanitised(k): resanitised(v) for k, v in value.items()}
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: resanitised(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init
        }
        result = dataclasses.replace(value, **changes)
    return cast(T, result)
