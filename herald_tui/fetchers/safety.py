"""Bounds on parsing hostile input (hardening item 9).

Lexbor, the HTML parser under selectolax, is fast on real pages but superlinear on some shapes
(measured with selectolax 1.0.2; see ``benchmarks/bench_parse.py`` and the fetchers report):

* nesting: every block start tag scans the stack of open elements, so 40,000 nested ``<div>``s
  take about 2 s and 200,000 over a minute;
* ``<option>``s: 16,000 in one ``<select>`` take about 0.7 s through mutation events (turned off
  by :data:`LEXBOR_OPTIONS`, which makes them linear);
* attributes: 20,000 attributes on one element take 0.5 s; 200,000 distinct attribute names
  over a page 16 s; distinct tag names behave alike.

Two defences, used together:

:func:`check_html`
    A pre-scan that refuses those shapes with :class:`HostileInput` before lexbor sees them.
    A cheap test (a few ``str.count`` calls and one regex search, well under 0.1 ms on a 60 KB
    page) proves most real pages harmless; only the others get the exact scan
    (:func:`scan_html`). Everything it accepts parses in well under a second.
:func:`parse_with_deadline`
    Runs a parse in a worker thread and gives up after a deadline, so a caller (the app's
    event loop) never waits longer than it chose, whatever the input. Lexbor releases the GIL
    while parsing, so the caller really does get control back.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from herald_tui.errors import HeraldError

__all__ = [
    "LEXBOR_OPTIONS",
    "LIMITS",
    "HostileInput",
    "Limits",
    "check_html",
    "parse_with_deadline",
    "scan_html",
    "tag_set",
]

T = TypeVar("T")

LEXBOR_OPTIONS = 1
"""``LexborDocumentOptions.WO_EVENTS``: no DOM mutation events while building the tree. We
never need them, and with them every ``<option>`` re-scans its ``<select>`` (quadratic)."""


class HostileInput(HeraldError):
    """The input has a shape that would make the HTML parser take unreasonably long."""


@dataclass(frozen=True, slots=True)
class Limits:
    """What :func:`check_html` accepts. Real pages of both sites use a tenth or less of each."""

    depth: int = 512
    """Deepest element nesting (real article pages: about 30)."""
    tags: int = 100_000
    """Start tags in the page (a real 150 KB article: about 3,000)."""
    attributes: int = 128
    """Attributes on one element."""
    names: int = 2_000
    """Distinct tag names, and distinct attribute names, in the page (real pages: under 300)."""
    fast_tags: int = 8_000
    """Up to this many ``<``, nesting cannot cost much: skip the exact scan..."""
    fast_separators: int = 24_000
    """...if there are also at most this many possible attribute separators..."""
    fast_tag_length: int = 4_096
    """...and no tag is longer than this many characters."""


LIMITS = Limits()

# Comments and raw-text elements (their content holds no tags), or a tag: (slash, name, rest).
# Atomic groups and possessive quantifiers keep every match linear, even on unclosed quotes.
_TOKEN = re.compile(
    r"""
      <!--.*?(?:-->|\Z)
    | <!.*?(?:>|\Z)
    | <(?i:(?P<raw>script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext))\b
        (?>[^>"']|"[^"]*"|'[^']*')*+ >? .*? (?:</(?i:(?P=raw))\s*>|\Z)
    | <(?P<slash>/?)(?P<name>[A-Za-z][^\t\n\f\r\x20/>]*)(?P<rest>(?>[^>"']|"[^"]*"|'[^']*')*+)
    """,
    re.S | re.X,
)
_ATTR_NAME = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")
_LONG_TAG = "<[A-Za-z](?>[^>\"']|\"[^\"]*\"|'[^']*'){%d}"


def tag_set(text: str) -> frozenset[str]:
    """The set of space-separated tag names in ``text``."""
    return frozenset(text.split())


# Elements without an end tag: never on the stack of open elements.
_VOID = tag_set(
    "area base basefont bgsound br col embed frame hr img input keygen link meta param "
    "source track wbr image"
)
# Never pushed: there is one of each, whatever the markup says.
_SINGLE = frozenset({"html", "head", "body"})
# A start tag of the key closes an open element of these kinds first (optional end tags).
_CLOSES: dict[str, frozenset[str]] = {
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "option": frozenset({"option"}),
    "optgroup": frozenset({"option", "optgroup"}),
    "tr": frozenset({"td", "th", "tr"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "tbody": frozenset({"td", "th", "tr", "tbody", "thead", "tfoot"}),
    "thead": frozenset({"td", "th", "tr", "tbody", "thead", "tfoot"}),
    "tfoot": frozenset({"td", "th", "tr", "tbody", "thead", "tfoot"}),
    "rb": frozenset({"rb", "rt", "rtc", "rp"}),
    "rt": frozenset({"rb", "rt", "rp"}),
    "rp": frozenset({"rb", "rt", "rp"}),
}
# Start tags that close an open <p> (the HTML parser's "close a p element in button scope").
_CLOSES_P = tag_set(
    "address article aside blockquote center details dialog dir div dl fieldset "
    "figcaption figure footer form header hgroup main menu nav ol p pre listing search "
    "section summary table ul h1 h2 h3 h4 h5 h6 hr xmp plaintext"
)
# The HTML parser's "special" elements: an end tag of an ordinary element never closes them.
_SPECIAL = _CLOSES_P | tag_set(
    "applet button caption col colgroup dd dt embed frameset iframe li marquee noembed "
    "noframes noscript object select td template textarea tbody tfoot th thead title tr "
    "svg math"
)
# Scope boundaries: an end tag of a special element never closes anything beyond these.
_BOUNDARY = tag_set("applet caption html table td th marquee object template svg math")
_TABLE_PARTS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption"})
_TABLE_BOUNDARY = frozenset({"html", "table", "template"})
_FOREIGN = frozenset({"svg", "math"})
_WALK = 64
"""How far down the stack an end tag looks for its element; beyond, it is ignored (the
estimate then errs on the deep side)."""


def check_html(html: str, limits: Limits = LIMITS) -> None:
    """Raise :class:`HostileInput` if parsing ``html`` could take unreasonably long.

    Cheap for ordinary pages: the exact :func:`scan_html` runs only when the page has many
    tags, many possible attribute separators or a very long tag."""
    if _looks_harmless(html, limits):
        return
    scan_html(html, limits)


def _looks_harmless(html: str, limits: Limits) -> bool:
    if html.count("<") > limits.fast_tags:
        return False
    # Every attribute after the first starts after whitespace, "/", "=" or a closing quote.
    separators = sum(html.count(c) for c in " \n\t\r\f/=\"'")
    if separators > limits.fast_separators:
        return False
    return re.search(_LONG_TAG % limits.fast_tag_length, html) is None


def scan_html(html: str, limits: Limits = LIMITS) -> None:
    """The exact pre-scan: estimate the parser's stack depth and count tags, attributes per
    element and distinct names; raise :class:`HostileInput` when one is over ``limits``.

    The depth estimate follows the HTML tree builder closely enough to err only on the deep
    side (an end tag that might not close its element is taken not to), so markup crafted to
    look shallow is not."""
    stack = _Stack(limits.depth)
    tag_names: set[str] = set()
    attr_names: set[str] = set()
    tags = 0
    for match in _TOKEN.finditer(html):
        name = match["name"]
        if name is None:
            continue
        name = name.lower()
        if match["slash"]:
            stack.close(name)
            continue
        tags += 1
        if tags > limits.tags:
            raise HostileInput(f"more than {limits.tags} tags")
        tag_names.add(name)
        rest = match["rest"]
        if rest.strip(" /"):
            attrs = _ATTR_NAME.findall(rest)
            if len(attrs) > limits.attributes:
                raise HostileInput(f"an element with more than {limits.attributes} attributes")
            attr_names.update(a.lower() for a in attrs)
        stack.open(name, self_closing=rest.endswith("/"))
    if len(tag_names) > limits.names or len(attr_names) > limits.names:
        raise HostileInput(f"more than {limits.names} distinct tag or attribute names")


class _Stack:
    """A model of the HTML tree builder's stack of open elements, for its depth only."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.items: list[str] = []
        self.counts: dict[str, int] = {}

    def open(self, name: str, *, self_closing: bool) -> None:
        if name in _VOID or name in _SINGLE:
            return
        if self_closing and any(self.counts.get(f) for f in _FOREIGN):
            return  # <path/> in SVG is an empty element; <div/> in HTML is an open <div>
        items = self.items
        closes = _CLOSES.get(name)
        while items and closes is not None and items[-1] in closes:
            self._pop()
        if name in _CLOSES_P and items and items[-1] == "p":
            self._pop()
        items.append(name)
        self.counts[name] = self.counts.get(name, 0) + 1
        if len(items) > self.limit:
            raise HostileInput(f"elements nested more than {self.limit} deep")

    def close(self, name: str) -> None:
        if not self.counts.get(name):
            return
        if name in _TABLE_PARTS:
            blockers = _TABLE_BOUNDARY - {name}
        elif name in _SPECIAL:
            blockers = _BOUNDARY - {name}
        else:
            blockers = _SPECIAL
        items = self.items
        for depth in range(1, min(len(items), _WALK) + 1):
            item = items[-depth]
            if item == name:
                for _ in range(depth):
                    self._pop()
                return
            if item in blockers:
                return

    def _pop(self) -> None:
        self.counts[self.items.pop()] -= 1


def parse_with_deadline(fn: Callable[..., T], *args: Any, seconds: float) -> T:
    """Call ``fn(*args)`` in a worker thread; return its result or re-raise its exception.

    If it has not finished after ``seconds``, raise :class:`~herald_tui.fetchers.base.ParseError`
    at once; the worker is abandoned (a daemon thread, so it never holds up exit) and finishes
    on its own, which :func:`check_html` keeps short. The error names the plugin and URL when
    ``fn`` is a plugin's bound ``parse_*`` method called as ``(body, url)``.
    """
    from herald_tui.fetchers.base import ParseError

    done = threading.Event()
    outcome: list[Any] = []

    def work() -> None:
        try:
            outcome.append((True, fn(*args)))
        except BaseException as e:  # handed over to the caller's thread
            outcome.append((False, e))
        finally:
            done.set()

    threading.Thread(target=work, name="herald-parse", daemon=True).start()
    if not done.wait(seconds):
        plugin = str(getattr(getattr(fn, "__self__", None), "name", "parser"))
        url = args[1] if len(args) > 1 and isinstance(args[1], str) else "input"
        raise ParseError(plugin, url, f"gave up after {seconds:g} s")
    ok, value = outcome[0]
    if ok:
        return value  # type: ignore[no-any-return]
    raise value
