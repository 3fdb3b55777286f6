"""``herald-tui read [URL] [--html FILE]``: one article as text, Markdown or JSON, headless.

With ``--html`` the page is read from a saved file and nothing touches the network; the plugin
is chosen by the URL, by default the page's own (canonical link or ``og:url``), with a warning
when the two name different sites. Without it the article comes from the cache or, online,
from the site (and is then cached, so it can be read again offline).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from herald_tui.commands.common import add_format_option
from herald_tui.errors import HeraldError, UsageError

if TYPE_CHECKING:
    from herald_tui.cli import Context
    from herald_tui.fetchers.registry import Registry
    from herald_tui.model import Article
    from herald_tui.services import NewsLibrary

__all__ = ["register", "render", "run"]


def register(subparsers: Any) -> None:
    """Add the ``read`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "read",
        help="print one article as text, Markdown or JSON",
        description="Print the article at URL. With --html, parse a saved copy of the page "
        "instead of fetching it (no network).",
    )
    parser.add_argument(
        "url",
        metavar="URL",
        nargs="?",
        help="the article's address (chooses the site); with --html, the page's own by default",
    )
    parser.add_argument("--html", metavar="FILE", help="a saved copy of the page to parse")
    parser.add_argument(
        "--save-html",
        metavar="FILE",
        help="fetch the page (not from the cache), save it to FILE as received, and print it "
        "(a saved page becomes a test fixture: see docs/fixtures.md)",
    )
    add_format_option(parser)
    parser.set_defaults(run=run)


def run(ctx: Context) -> int:
    """Parse (or fetch) and print the article; errors are one line (HeraldError)."""
    if not (ctx.args.url or "").strip() and not ctx.args.html:
        raise UsageError("read needs the article's URL (or --html FILE, a saved page)")
    if ctx.args.html:
        registry = ctx.registry()  # one for the parse and the print
        return _print(ctx, _parse_file(ctx, registry), registry)
    from herald_tui.commands.common import run_with_library

    async def fetch(library: NewsLibrary) -> int:
        if ctx.args.save_html:
            return _print(ctx, await _fetch_and_save(ctx, library), library.registry)
        return _print(ctx, await library.article(ctx.args.url), library.registry)

    return run_with_library(ctx, fetch)


async def _fetch_and_save(ctx: Context, library: NewsLibrary) -> Article:
    """Fetch the page itself, write it to ``--save-html``, then parse it."""
    from pathlib import Path

    from herald_tui.fetchers.safety import parse_with_deadline
    from herald_tui.files import is_special

    url = ctx.args.url
    fetcher = library.registry.reader_of(url)
    response = await library.http().get(
        fetcher.fetch_url(fetcher.canonical_url(url)),
        kind="page",
        allowed_hosts=fetcher.allowed_hosts,
    )
    target = Path(ctx.args.save_html)
    try:
        if is_special(target):  # a FIFO or a device would block or swallow the page
            raise OSError("not a regular file")
        target.write_text(response.text, encoding="utf-8")
    except OSError as e:
        raise HeraldError(f"cannot write {ctx.args.save_html}: {e.strerror or e}") from None
    return parse_with_deadline(fetcher.parse_article, response.text, url)


def _parse_file(ctx: Context, registry: Registry) -> Article:
    from herald_tui.fetchers.base import MAX_PAGE_BYTES
    from herald_tui.fetchers.meta import page_address
    from herald_tui.fetchers.safety import parse_with_deadline
    from herald_tui.files import read_regular
    from herald_tui.text import clean_line

    args = ctx.args
    given = (args.url or "").strip()
    fetcher = registry.reader_of(given) if given else None  # a URL no site reads: say so first
    try:
        page = read_regular(args.html, fetcher.max_bytes if fetcher else MAX_PAGE_BYTES)
    except OSError as e:
        raise HeraldError(f"cannot read {args.html}: {e.strerror or e}") from None
    own = page_address(page)
    url = given or own
    if not url:
        raise UsageError(f"{args.html} does not give its address: name the article's URL too")
    fetcher = fetcher or registry.reader_of(url)
    site = registry.for_url(own) if own else None
    if site is not None and site is not fetcher:
        ctx.stderr.write(
            f"herald-tui: warning: {clean_line(args.html)} is a page of {site.display_name}"
            f" ({clean_line(own)}), read as {fetcher.display_name} because of {clean_line(url)}\n"
        )
    return parse_with_deadline(fetcher.parse_article, page, url)


def _print(ctx: Context, article: Article, registry: Registry) -> int:
    from herald_tui.commands.common import resanitised

    article = resanitised(article)  # it may come from a cache file someone else wrote
    ctx.stdout.write(render(article, registry, ctx.args.format, indent=2))
    _warn(ctx, article)
    return 0


def render(article: Article, registry: Registry, form: str, *, indent: int | None = None) -> str:
    """``article`` (already sanitised) as ``form``: ``text``, ``markdown`` or ``json`` (one
    object, on one line unless ``indent``), ending with a newline."""
    from herald_tui.export import article_markdown, article_text
    from herald_tui.model import to_json

    fetcher = registry.get(article.source)
    title = fetcher.display_name if fetcher else article.source
    if form == "json":
        return to_json(article, indent=indent) + "\n"
    if form == "markdown":
        # Live links and images only to the sites themselves, as the app's "o" allows.
        hosts = frozenset().union(
            *(f.allowed_hosts | f.media_hosts for f in registry.fetchers.values())
        )
        return article_markdown(article, source_title=title, hosts=hosts)
    return article_text(article, source_title=title)


def _warn(ctx: Context, article: Article) -> None:
    """The parse warnings, one line each on stderr: the article printed, but read poorly."""
    from herald_tui.text import clean_line

    for warning in article.warnings:
        ctx.stderr.write(f"herald-tui: warning: {clean_line(warning)}\n")
