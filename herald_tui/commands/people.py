"""``herald-tui people`` and ``herald-tui quotes``: who said what, from the local cache.

``people [--since 7d] [--limit N] [--json]`` lists the speakers of cached quotations, most
quoted first, with the role and words of their latest quotation; anonymous speakers ("a
senior official") come last, one line each, never merged. ``quotes [--speaker NAME]
[--since 7d] [--source S] [--limit N] [--json]`` prints quotations newest first: a speaker's
(NAME: part of a name, any case, Hangul too, or an exact key from ``people --json``), or
everyone's, unattributed ones included. Both only read the cache, so they work offline; exit
status 1 when nothing is found, as with grep.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from herald_tui.commands.cache import parse_age
from herald_tui.commands.common import (
    add_limit_option,
    check_store_dirs,
    kst_short,
    resanitised,
)
from herald_tui.errors import UsageError
from herald_tui.text import clean_line

if TYPE_CHECKING:
    from herald_tui.cache import Store
    from herald_tui.cli import Context
    from herald_tui.results import Person, SaidQuote

__all__ = ["register"]

T = TypeVar("T")

_SPEAKERS_SEARCHED = 1_000
"""Speakers whose quotations ``quotes --speaker NAME`` gathers at most (a short NAME, "Kim",
matches many people)."""


def register(subparsers: Any) -> None:
    """Add ``people`` and ``quotes``."""
    people = subparsers.add_parser(
        "people",
        help="who is quoted most in the cached articles (works offline)",
        description="List the speakers of cached quotations, most quoted first, with their "
        "latest role and quotation; anonymous speakers last, never merged.",
    )
    _add_since(people)
    add_limit_option(people, "most speakers to show", 50)
    people.add_argument("--json", action="store_true", help="JSON lines, one per speaker")
    people.set_defaults(run=_run_people)
    quotes = subparsers.add_parser(
        "quotes",
        help="quotations in the cached articles, newest first (works offline)",
        description="Print cached quotations, newest first: a speaker's, or everyone's.",
    )
    quotes.add_argument(
        "--speaker",
        metavar="NAME",
        help="part of a speaker's name (any case, Hangul too) or a key from 'people --json'",
    )
    _add_since(quotes)
    quotes.add_argument("--source", metavar="S", help="a source name (see 'herald-tui sources')")
    add_limit_option(quotes, "most quotations to show", 50)
    quotes.add_argument("--json", action="store_true", help="JSON lines, one per quotation")
    quotes.set_defaults(run=_run_quotes)


def _add_since(parser: Any) -> None:
    parser.add_argument(
        "--since",
        type=parse_age,
        metavar="AGE",
        help="only articles published in the last AGE (e.g. 24h, 7d, 2w; default: all)",
    )


def _since(ctx: Context) -> datetime | None:
    return datetime.now(UTC) - ctx.args.since if ctx.args.since is not None else None


def _open(ctx: Context) -> Store:
    from herald_tui.cache import Store

    check_store_dirs(ctx)
    return Store.open(ctx.paths.cache_dir, ctx.paths.data_dir, readonly=True)


def _run_people(ctx: Context) -> int:
    with _open(ctx) as store:
        found = store.people(_since(ctx), "", ctx.args.limit)
        notices = store.notices
    nothing = "no quotations with a speaker in the cache"
    return _print(ctx, notices, found, _person_dict, _person_text, nothing)


def _run_quotes(ctx: Context) -> int:
    source = _source(ctx.args.source) if ctx.args.source else None
    with _open(ctx) as store:
        found = _quotations(store, ctx.args.speaker, _since(ctx), ctx, source)
        notices = store.notices
    return _print(ctx, notices, found, _said_dict, _said_text, "no quotations")


def _print(
    ctx: Context,
    notices: list[str],
    found: Sequence[T],
    as_dict: Callable[[T], dict[str, Any]],
    as_text: Callable[[T], str],
    nothing: str,
) -> int:
    """Print the notes, then ``found`` as JSON lines or text; status 1 (and ``nothing``
    said) when there is nothing, as with grep."""
    for notice in notices:
        print(f"herald-tui: note: {clean_line(notice)}", file=ctx.stderr)
    for row in resanitised(list(found)):  # cached text: cleaned at output too
        if ctx.args.json:  # JSON lines, as every --json prints
            ctx.stdout.write(json.dumps(as_dict(row), ensure_ascii=False) + "\n")
        else:
            ctx.stdout.write(as_text(row))
    if not found:
        print(f"herald-tui: {nothing}", file=ctx.stderr)
    return 0 if found else 1


def _quotations(
    store: Store, speaker: str | None, since: datetime | None, ctx: Context, source: str | None
) -> list[SaidQuote]:
    """The quotations ``quotes`` prints: of the speakers NAME matches (an exact key first)."""
    limit: int = ctx.args.limit
    if speaker is None:
        return store.quotations(since, limit, source=source)
    exact = store.quotes_of(speaker, since, limit, source=source)
    if exact:
        return exact
    keys = [p.key for p in store.people(since, speaker, _SPEAKERS_SEARCHED)]
    found = [q for key in keys for q in store.quotes_of(key, since, limit, source=source)]
    oldest = datetime.min.replace(tzinfo=UTC)
    found.sort(key=lambda q: q.published or oldest, reverse=True)
    return found[:limit]


def _source(name: str) -> str:
    """``--source``: a plugin name, any case; an unknown one is a usage error."""
    from herald_tui.fetchers.registry import Registry

    names = Registry.load().names()
    for known in names:
        if known.lower() == name.lower():
            return known
    raise UsageError(f"unknown source {name!r} (sources: {', '.join(names)})")


def _person_text(person: Person) -> str:
    shown = person.latest_role not in (None, "", person.name)  # an anonymous one's is its name
    role = f" ({clean_line(person.latest_role or '')})" if shown else ""
    kind = "" if person.kind == "person" else f" · {person.kind}"
    when = kst_short(person.latest_at).strip() or "undated"
    head = f"{person.quotes:>5}  {clean_line(person.name)}{role}{kind} · {when}"
    return f"{head}\n       \u201c{clean_line(person.latest_quote)}\u201d\n"


def _said_text(said: SaidQuote) -> str:
    when = kst_short(said.published).strip() or "undated"
    who = clean_line(said.speaker) or "(unattributed)"
    return (
        f"{when}  {who} · {clean_line(said.source)}\n"
        f"  \u201c{clean_line(said.text)}\u201d\n"
        f"  {clean_line(said.headline)}\n  {clean_line(said.url)}\n\n"
    )


def _person_dict(person: Person) -> dict[str, Any]:
    return {
        "key": clean_line(person.key),
        "name": clean_line(person.name),
        "kind": person.kind,
        "quotes": person.quotes,
        "latest_role": clean_line(person.latest_role) if person.latest_role else None,
        "latest_quote": clean_line(person.latest_quote),
        "latest_at": person.latest_at.isoformat() if person.latest_at else None,
    }


def _said_dict(said: SaidQuote) -> dict[str, Any]:
    return {
        "key": clean_line(said.key) or None,
        "speaker": clean_line(said.speaker) or None,
        "role": clean_line(said.role) if said.role else None,
        "text": clean_line(said.text),
        "url": clean_line(said.url),
        "headline": clean_line(said.headline),
        "source": clean_line(said.source),
        "published": said.published.isoformat() if said.published else None,
        "paragraph": said.paragraph,
        "start": said.start,
    }
