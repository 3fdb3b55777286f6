"""``herald-tui search QUERY [--source S] [--section S] [--since T] [--until T] [--speaker NAME]
[--json] [--limit N]``: full-text search of the local cache.

Searches cached and saved articles and every headline listed, so it works offline. Words
match as prefixes ("semicond" finds "semiconductor"); "exact phrases" in quotes; a OR b;
-word excludes (quote a query holding -words: herald-tui search 'korea -sports'); N. Korea,
North Korea, NK and DPRK find each other. Filters in the query (source:yonhap since:7d) or as
options. Exit status 1 when nothing matches, as with grep.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from herald_tui.commands.common import add_limit_option, check_store_dirs
from herald_tui.errors import SearchError
from herald_tui.results import MARK_OFF, MARK_ON
from herald_tui.text import clean_line, strip_controls

if TYPE_CHECKING:
    from herald_tui.cli import Context
    from herald_tui.library import SearchHit

__all__ = ["marked", "query_text", "register"]

_MARKS = re.compile(f"([{MARK_ON}{MARK_OFF}])")
_SPACE = re.compile(r"\s+")
_BOLD, _NORMAL = "\x1b[1m", "\x1b[22m"


def register(subparsers: Any) -> None:
    """Add ``search``."""
    parser = subparsers.add_parser(
        "search",
        help="search the cached and saved articles (works offline)",
        description=__doc__.split("\n\n")[1],
    )
    parser.add_argument("query", nargs="*", metavar="QUERY", help="words to search for")
    for name, what in _FILTERS.items():
        parser.add_argument(f"--{name}", metavar=name.upper(), help=what)
    parser.add_argument("--json", action="store_true", help="JSON lines, one per hit")
    add_limit_option(parser, "most hits to show", 20)
    parser.set_defaults(run=_run)


def _run(ctx: Context) -> int:
    from herald_tui.cache import Store

    check_store_dirs(ctx)
    with Store.open(ctx.paths.cache_dir, ctx.paths.data_dir, readonly=True) as store:
        hits = store.search(query_text(ctx.args.query, vars(ctx.args)), ctx.args.limit)
        notices = store.notices
    for notice in notices:
        print(f"herald-tui: note: {clean_line(notice)}", file=ctx.stderr)
    if ctx.args.json:
        for hit in hits:  # JSON lines, as every --json prints
            ctx.stdout.write(json.dumps(_as_dict(hit), ensure_ascii=False) + "\n")
    else:
        bold = ctx.stdout.isatty()
        for hit in hits:
            ctx.stdout.write(_as_text(hit, bold=bold))
    if not hits:
        print("herald-tui: no matches", file=ctx.stderr)
    return 0 if hits else 1


_FILTERS = {
    "source": "only this source (yonhap, koreaherald): as source: in the query",
    "section": "only this section (national, nk...)",
    "since": "published since: 24h, 7d, 2w, or a date (2026-11-01, Korea time)",
    "until": "published until: a date (the whole day) or a time back (7d)",
    "speaker": "only articles quoting this speaker",
}


def query_text(words: list[str], options: dict[str, Any]) -> str:
    """The query words and the filter options as one query (``source:yonhap``...)."""
    parts = list(words)
    for name in _FILTERS:
        value = options.get(name)
        if value:
            if '"' in value:
                raise SearchError(f"--{name} cannot hold a double quote")
            parts.append(f'{name}:"{value}"')
    return " ".join(parts)


def marked(snippet: str, start: str, end: str) -> str:
    """``snippet`` on one line, safe for a terminal, its match marks replaced by ``start`` and
    ``end``."""
    pieces = []
    for piece in _MARKS.split(snippet):
        if piece == MARK_ON:
            pieces.append(start)
        elif piece == MARK_OFF:
            pieces.append(end)
        else:
            pieces.append(_SPACE.sub(" ", strip_controls(piece)))
    return "".join(pieces).strip()


def _as_text(hit: SearchHit, *, bold: bool) -> str:
    when = f"{hit.published:%Y-%m-%d %H:%M}" if hit.published else "undated"
    facts = [clean_line(hit.source), clean_line(hit.section), when, clean_line(hit.url)]
    if not hit.stored:
        facts.append("listed only, not stored")
    # The closing code ends the line too, in case a mark was left open.
    snippet = marked(hit.snippet, _BOLD, _NORMAL) + _NORMAL if bold else marked(hit.snippet, "", "")
    return f"{clean_line(hit.title)}\n  {' · '.join(f for f in facts if f)}\n  {snippet}\n\n"


def _as_dict(hit: SearchHit) -> dict[str, Any]:
    return {
        "url": clean_line(hit.url),
        "title": clean_line(hit.title),
        "source": clean_line(hit.source),
        "section": clean_line(hit.section),
        "published": hit.published.isoformat() if hit.published else None,
        "snippet": marked(hit.snippet, MARK_ON, MARK_OFF),
        "stored": hit.stored,
    }
