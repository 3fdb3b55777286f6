"""``herald-tui read URL --html FILE``: one article as text, Markdown or JSON, headless.

With ``--html`` the page is read from a saved file and nothing touches the network; the plugin
is chosen by the URL. Fetching over the network (without ``--html``) comes later.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from herald_tui.cli import Context
from herald_tui.errors import HeraldError

__all__ = ["PARSE_SECONDS", "register", "run"]

PARSE_SECONDS = 10.0
"""Longest a parse may take before ``read`` gives up on the page."""


def register(subparsers: Any) -> None:
    """Add the ``read`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "read",
        help="print one article as text, Markdown or JSON",
        description="Print the article at URL. With --html, parse a saved copy of the page "
        "instead of fetching it (no network).",
    )
    parser.add_argument("url", metavar="URL", help="the article's address (chooses the site)")
    parser.add_argument("--html", metavar="FILE", help="a saved copy of the page to parse")
    parser.add_argument(
        "--format",
        choices=("text", "markdown", "json"),
        default="text",
        help="output format (default: text)",
    )
    parser.set_defaults(run=run)


def run(ctx: Context) -> int:
    """Parse and print the article; errors are one line (HeraldError)."""
    from herald_tui.export import article_markdown, article_text
    from herald_tui.fetchers.registry import Registry
    from herald_tui.fetchers.safety import parse_with_deadline
    from herald_tui.model import to_json

    args = ctx.args
    registry = Registry.load(ctx.settings.sites)
    fetcher = registry.for_url(args.url)
    if fetcher is None:
        known = ", ".join(registry.names()) or "none installed"
        raise HeraldError(f"no site plugin reads {args.url} (sites: {known})")
    if not args.html:
        raise HeraldError("fetching over the network is not available yet: use --html FILE")
    try:
        page = Path(args.html).read_bytes()
    except OSError as e:
        raise HeraldError(f"cannot read {args.html}: {e.strerror or e}") from None
    article = parse_with_deadline(fetcher.parse_article, page, args.url, seconds=PARSE_SECONDS)
    if args.format == "json":
        ctx.stdout.write(to_json(article, indent=2) + "\n")
    elif args.format == "markdown":
        ctx.stdout.write(article_markdown(article, source_title=fetcher.display_name))
    else:
        ctx.stdout.write(article_text(article, source_title=fetcher.display_name))
    return 0
