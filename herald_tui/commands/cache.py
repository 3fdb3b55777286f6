"""``herald-tui cache info|path|prune|vacuum``: look after the local cache.

``info`` shows where the databases are, their size and what they hold (articles per source,
headline lists per section); ``path`` prints the cache directory (``--data``: the data
directory); ``prune --older-than 30d`` drops articles not fetched for that long (saved
articles and read marks live in the data directory and are never pruned) and photos not
viewed for that long; ``vacuum`` compacts both databases. ``info`` and ``prune`` include
the photo cache (``<cache dir>/photos``).
"""

from __future__ import annotations

import argparse
import re
import time
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from herald_tui.commands.common import plural
from herald_tui.errors import UsageError
from herald_tui.text import clean_line
from herald_tui.times import kst

if TYPE_CHECKING:
    from herald_tui.cache import Store
    from herald_tui.cli import Context
    from herald_tui.photos.disk import PhotoCache

__all__ = ["parse_age", "register"]

_AGE = re.compile(r"^\s*(-?)\s*(\d{1,6})\s*([hdw])\s*$", re.IGNORECASE)
_UNITS = {"h": "hours", "d": "days", "w": "weeks"}
_AGE_HELP = "a number and a unit, h (hours), d (days) or w (weeks), e.g. 30d"


def parse_age(text: str) -> timedelta:
    """``30d``, ``12h``, ``2w`` as a timedelta (argparse type: bad text is a usage error)."""
    match = _AGE.match(text)
    if not match:
        raise argparse.ArgumentTypeError(f"invalid age {text!r}: {_AGE_HELP}")
    if match[1]:
        raise argparse.ArgumentTypeError(f"invalid age {text!r}: an age cannot be negative")
    return timedelta(**{_UNITS[match[3].lower()]: int(match[2])})


def register(subparsers: Any) -> None:
    """Add ``cache`` and its actions."""
    parser = subparsers.add_parser(
        "cache",
        help="show, prune or compact the local cache",
        description="Show where the cache is and what it holds, drop old articles, compact it."
        " Saved articles and read marks live in the data directory and are never pruned.",
    )
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    info = actions.add_parser("info", help="paths, sizes, counts per source and section")
    info.set_defaults(run=_info)
    path = actions.add_parser("path", help="print the cache directory")
    path.add_argument("--data", action="store_true", help="print the data directory instead")
    path.set_defaults(run=_path)
    prune = actions.add_parser("prune", help="drop articles not fetched for a while")
    prune.add_argument(
        "--older-than",
        type=parse_age,
        required=True,
        metavar="AGE",
        help="e.g. 30d, 12h, 2w; saved articles are never pruned",
    )
    prune.add_argument(
        "--yes", action="store_true", help="needed for an age of 0: empty the whole cache"
    )
    prune.set_defaults(run=_prune)
    vacuum = actions.add_parser("vacuum", help="compact the databases, returning free space")
    vacuum.set_defaults(run=_vacuum)


def _open(ctx: Context, *, readonly: bool) -> Store:
    from herald_tui.cache import Store
    from herald_tui.commands.upgrading import UpgradeNotice

    with UpgradeNotice(ctx.stderr) as upgrading:
        store = Store.open(
            ctx.paths.cache_dir, ctx.paths.data_dir, readonly=readonly, upgrading=upgrading
        )
    for notice in store.notices:
        print(f"herald-tui: note: {clean_line(notice)}", file=ctx.stderr)
    return store


def _photos(ctx: Context) -> PhotoCache:
    from herald_tui.photos.disk import PhotoCache

    return PhotoCache.beside(ctx.paths.cache_dir, ctx.settings.cache.photo_cache_mb)


def _size(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB"


def _file(path: Path, n: int) -> str:
    """The file and its size, or that it is not there (a mistyped directory, nothing cached
    yet), not the size of the empty stand-in a read-only open gives."""
    return f"{clean_line(str(path))} ({_size(n) if path.exists() else 'not created yet'})"


def _info(ctx: Context) -> int:
    with _open(ctx, readonly=True) as store:
        info = store.info()
    # Paths, source names and section keys can hold anything: each field is one clean line.
    out = [
        f"cache:     {_file(info.cache_path, info.cache_bytes)}",
        f"data:      {_file(info.data_path, info.data_bytes)}",
        f"articles:  {info.articles:,}",
        *(f"  {clean_line(source):<20} {n:>9,}" for source, n in info.by_source.items()),
        f"saved:     {info.saved:,}",
        f"read:      {info.read_marks:,}",
        f"sections:  {len(info.sections)}",
    ]
    photos = _photos(ctx)
    held = photos.info()
    out.insert(
        2,
        f"photos:    {clean_line(str(photos.directory))} ({_size(held.bytes)},"
        f" {plural(held.files, 'file')}, at most {_size(photos.limit_bytes)})",
    )
    for s in info.sections:
        synced = kst(s.last_synced) if s.last_synced else "never"
        noun = "headline" if s.headlines == 1 else "headlines"
        out.append(f"  {clean_line(s.key):<28} {s.headlines:>6,} {noun}, synced {synced}")
    ctx.stdout.write("\n".join(out) + "\n")
    return 0


def _path(ctx: Context) -> int:
    directory = ctx.paths.data_dir if ctx.args.data else ctx.paths.cache_dir
    print(clean_line(str(directory)), file=ctx.stdout)
    return 0


def _prune(ctx: Context) -> int:
    age: timedelta = ctx.args.older_than
    if not age and not ctx.args.yes:
        raise UsageError(
            "--older-than 0 removes every cached article and section list; "
            "add --yes if that is what you want (saved articles are kept)"
        )
    with _open(ctx, readonly=False) as store:
        pruned = store.prune(age)
    hours = int(age.total_seconds() // 3600)
    span = plural(hours // 24, "day") if hours % 24 == 0 else plural(hours, "hour")
    print(
        f"removed {plural(pruned.articles, 'article')} not fetched for {span}, "
        f"{plural(pruned.headlines, 'headline')} older than that, and "
        f"{plural(pruned.lists, 'section list')} with nothing left; saved articles are kept",
        file=ctx.stdout,
    )
    photos = _photos(ctx)
    if photos.directory.is_dir():
        gone = photos.prune(time.time() - age.total_seconds())
        print(f"removed {plural(gone, 'photo')} not viewed for {span}", file=ctx.stdout)
    return 0


def _vacuum(ctx: Context) -> int:
    with _open(ctx, readonly=False) as store:
        before = store.info()
        freed = store.vacuum()
    total = before.cache_bytes + before.data_bytes
    print(f"compacted: {_size(total)} -> {_size(total - freed)}", file=ctx.stdout)
    return 0
