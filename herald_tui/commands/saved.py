"""``herald-tui saved [--format text|markdown|json]``: every saved article, newest saved first.

Reads only the data directory (and the cache beside it), so it works offline; nothing is
fetched. Markdown is one section per article (headline, source, byline, times, photo captions
in place, body, link), the sections separated by a rule; JSON is one article per line, as
every ``--json`` prints. What is printed is cleaned again (a saved copy can be rewritten by
anyone who can write the directory). Exit status 1 when nothing is saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from herald_tui.commands.common import add_format_option, check_store_dirs

if TYPE_CHECKING:
    from herald_tui.cli import Context

__all__ = ["SEPARATOR", "register"]

SEPARATOR = {"text": "\n" + "-" * 80 + "\n\n", "markdown": "\n---\n\n", "json": ""}
"""What stands between two articles, by format."""


def register(subparsers: Any) -> None:
    """Add ``saved``."""
    parser = subparsers.add_parser(
        "saved",
        help="print the saved articles (text, Markdown or JSON lines; works offline)",
        description=__doc__.split("\n\n")[1],
    )
    add_format_option(parser, "; json prints one article per line")
    parser.set_defaults(run=_run)


def _run(ctx: Context) -> int:
    from herald_tui.cache import Store
    from herald_tui.commands.common import resanitised
    from herald_tui.commands.read import render
    from herald_tui.fetchers.registry import Registry
    from herald_tui.text import clean_line

    check_store_dirs(ctx)
    with Store.open(ctx.paths.cache_dir, ctx.paths.data_dir, readonly=True) as store:
        articles = store.saved()
        notices = store.notices
    for notice in notices:
        ctx.stderr.write(f"herald-tui: note: {clean_line(notice)}\n")
    if not articles:
        ctx.stderr.write(
            "herald-tui: nothing saved yet (articles saved in the app are listed here)\n"
        )
        return 1
    registry = Registry.load(ctx.settings.sites)
    form = ctx.args.format
    ctx.stdout.write(SEPARATOR[form].join(render(resanitised(a), registry, form) for a in articles))
    return 0
