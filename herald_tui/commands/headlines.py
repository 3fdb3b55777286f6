"""``herald-tui headlines``: a section's current headlines, fetched (or cached, offline)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from herald_tui.commands.common import (
    add_limit_option,
    add_section_options,
    kst_short,
    resanitised,
    run_with_library,
    select_sections,
)

if TYPE_CHECKING:
    from herald_tui.cli import Context
    from herald_tui.library import ListedHeadline
    from herald_tui.services import NewsLibrary

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``headlines`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "headlines",
        help="print a section's current headlines",
        description="Print the current headlines of a section (by default the first section "
        "of each source), fetched from its feed or list page; with --offline, from the cache.",
    )
    add_section_options(parser)
    add_limit_option(parser, "at most N per section", 30)
    parser.add_argument("--json", action="store_true", help="JSON lines, one per headline")
    parser.set_defaults(run=run)


def run(ctx: Context) -> int:
    """Fetch (or read from the cache) and print the headlines."""
    return run_with_library(ctx, lambda library: _print(ctx, library))


async def _print(ctx: Context, library: NewsLibrary) -> int:
    from herald_tui.library import NotCachedError

    args = ctx.args
    for section in select_sections(library, args.source, args.section, every=False):
        if library.offline:
            rows = library.cached_headlines(section.key)
            if not rows:
                raise NotCachedError(
                    f"no headlines of {section.key} in the cache (offline); "
                    "run 'herald-tui sync' when online"
                )
        else:
            rows = await library.refresh(section.key)
        rows = resanitised(rows[: args.limit])  # cached text: cleaned at output too
        if args.json:
            for row in rows:
                ctx.stdout.write(json.dumps(_as_json(section.key, row), ensure_ascii=False) + "\n")
        else:
            _print_text(ctx, section.key, rows, library)
    return 0


def _as_json(section_key: str, row: ListedHeadline) -> dict[str, Any]:
    from herald_tui.model import to_dict

    return {
        **to_dict(row.headline),
        "section_key": section_key,
        "read": row.read,
        "saved": row.saved,
        "revisions": row.revisions,
    }


def _print_text(
    ctx: Context, section_key: str, rows: list[ListedHeadline], library: NewsLibrary
) -> None:
    synced = library.last_synced(section_key)
    ctx.stdout.write(f"{section_key}  (updated {kst_short(synced).strip() or 'never'} KST)\n")
    for row in rows:
        mark = " " if row.read else "*"
        ctx.stdout.write(f"{mark} {kst_short(row.headline.published)}  {row.headline.title}\n")
        ctx.stdout.write(f"               {row.headline.url}\n")
    ctx.stdout.write("\n")
