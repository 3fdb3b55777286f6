"""Bounds on parsing hostile input (docs/SECURITY.md, "Parse bounds").

Lexbor, the HTML parser under selectolax, is fast on real pages but superlinear on some shapes:
deep nesting, many ``<option>``s in one ``<select>`` (made linear by :data:`LEXBOR_OPTIONS`),
huge numbers of attributes or distinct tag names, and formatting elements left open across
paragraphs (docs/PERFORMANCE.md has the measurements).

Two defences, used together:

:func:`check_html`
    A pre-scan that refuses those shapes with :class:`HostileInput` before lexbor sees them.
    A cheap test on the page's UTF-8 bytes (sizes, counts of ``<`` and ``</``, two linear
    regex searches, and ``memchr`` walks over single quotes and over windows without a ``>``,
    each proved to answer as a plain search would) proves ordinary pages harmless,
    real article pages (55-115 KB, 3,000-6,000 ``<``) included; the others get the exact
    scan (:func:`scan_html`). The worst inputs found that it accepts parse in well under a
    second (``tests/fetchers/test_safety.py`` has the shapes).
:func:`parse_with_deadline`
    Runs a parse in a worker thread and gives up after a deadline, so a caller (the app's
    event loop) never waits longer than it chose, whatever the input. Lexbor releases the GIL
    while parsing, so the caller really does get control back.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from herald_tui.errors import HeraldError, ParseError
from herald_tui.fetchers.bounds import PARSE_SECONDS

__all__ = [
    "LEXBOR_OPTIONS",
    "LIMITS",
    "PARSE_SECONDS",
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
    formatting: int = 32
    """Formatting elements (``b``, ``i``, ``font``...) opened and not yet closed by their own
    end tag, as the parser keeps them (real pages: a few)."""
    reopening: int = 300_000
    """The parser re-opens those before each run of text: their number summed over the
    page's tags (real pages: a few thousand)."""
    markup: int = 250_000
    """``<`` characters in the page: checked first, it bounds the exact scan's own work."""
    tags: int = 100_000
    """Start tags in the page (a real 150 KB article: about 3,000)."""
    attributes: int = 128
    """Attributes on one element."""
    names: int = 2_000
    """Distinct tag names, and distinct attribute names, in the page (real pages: under 300)."""
    fast_bytes: int = 200_000
    """A page up to this many characters (so few attributes and attribute names)..."""
    fast_tags: int = 8_000
    """...with at most this many ``<`` (so few tag names)..."""
    fast_unclosed: int = 1_000
    """...at most this many more start tags than end tags (void elements such as ``<img>``
    included: real pages have a few hundred), so the stack holds at most (``fast_tags`` +
    this) / 2 elements (4,500 nested ``<div>``s, closed at the end, parse in about 0.1 s)..."""
    fast_tag_length: int = 1_024
    """...no tag longer than this (so few attributes per element)..."""
    fast_formatting: int = 12
    """...and at most this many different formatting tags (``<b>``, ``<i class=x>``...)
    skips the exact scan. (The parser keeps three copies of each at most: 36 to re-open
    before each of at most ``fast_tags`` text runs stays under :attr:`reopening`.)"""


LIMITS = Limits()

# What follows "<": a comment or declaration, a raw-text element (its content holds no tags),
# or a tag as (slash, name, rest). In "rest", a quote only quotes after "=" (as in the HTML
# tokenizer: <a x"y> has an attribute named x"y). Possessive quantifiers and atomic groups keep
# every match linear, whatever the input.
_REST = r"""(?P<rest>(?>[^>"'=]++|=\s*+"[^"]*+"|=\s*+'[^']*+'|[="'])*+)"""
_TAG = rf"(?P<slash>/?)(?P<name>[A-Za-z][^\t\n\f\r\x20/>]*+){_REST}"
_RAW = r"script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext"
_TOKEN = re.compile(
    rf"""<(?: !--.*?(?:-->|\Z) | !.*?(?:>|\Z)
      | (?i:(?P<raw>{_RAW}))\b{_REST.replace("rest", "rawrest")}>?.*?(?:</(?i:(?P=raw))\s*>|\Z)
      | {_TAG} )""",
    re.S | re.X,
)
# Inside <svg> or <math> nothing is raw text (an SVG <title> or <script> holds markup), so a
# page with either is scanned with every element's content as markup: the estimate then errs
# on the deep side for scripts that hold HTML strings.
_TOKEN_ALL = re.compile(rf"<(?: !--.*?(?:-->|\Z) | !.*?(?:>|\Z) | {_TAG} )", re.S | re.X)
_FOREIGN_RE = re.compile(r"<(?:svg|math)\b", re.I)
_ATTR_NAME = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")


def _any_case(word: str) -> str:
    """``word`` as a case-insensitive pattern without ``re.IGNORECASE``, which would cost the
    search its fast scan for the leading ``<`` (three times slower on a 100 KB page)."""
    return "".join(f"[{c.lower()}{c.upper()}]" for c in word)


_FORMATTING_NAMES: tuple[str, ...] = (
    "big",
    "b",
    "code",
    "em",
    "font",
    "i",
    "nobr",
    "small",
    "strike",
    "strong",
)
_FORMATTING_NAMES += ("s", "tt", "u")  # longer names first: "b" must not end "big" early
# A formatting tag up to its ">", or up to the next "<" when one comes first (then the
# optional ">" is missing). Stopping at "<" keeps the search linear: with "[^>]*" every "<b"
# scanned to the end of a page without ">" (2,990 of them and 190 KB of text took 1 s). The
# lookahead lets most "<" fail at their first letter (three times faster).


def _by_first_letter(names: tuple[str, ...]) -> str:
    """``names`` as one alternative per first letter in each case (``b(?:[iI][gG]|)``...),
    in the order given within a letter. ``re`` skips an alternative that starts with a plain
    letter by comparing one byte, where one starting with a set costs a set lookup and the
    whole name's alternatives: 10% of the search on a real page."""
    firsts = dict.fromkeys(name[0] for name in names)
    return "|".join(
        f"{case}(?:{'|'.join(_any_case(n[1:]) for n in names if n[0] == first)})"
        for first in firsts
        for case in (first, first.upper())
    )


_FORMATTING_TAG = re.compile(
    (
        "<(?=[bBcCeEfFiInNsStTuU])(?:" + _by_first_letter(_FORMATTING_NAMES) + r")\b[^<>]*+>?"
    ).encode()
)
# A quoted attribute value holding a ">": a ">" before the quote that closes the value (or
# before the end). "[^"]*" runs to the closing quote, then backs up to its last ">": both are
# plain loops over the bytes, twice as fast on real pages as "[^">]*+", which tests each byte
# against a set. Every value is scanned once (none holds the quote that starts the next).
# "\s*+" gives back nothing (a space is never a quote): no backtracking state per "=".
_QUOTED_GT = re.compile(rb"""=\s*+(?:"[^"]*>|'[^']*>)""")
# Its halves. Single quotes are rare on real pages (38 in the 105 KB page, against 5,850
# double quotes), so :func:`_has_quoted_gt` walks them with ``memchr`` and leaves ``re``
# only the double-quoted values: the search tries an alternation and "\s*+" at each "=",
# a quarter of its cost with one quote.
_DOUBLE_QUOTED_GT = re.compile(rb"""=\s*+"[^"]*>""")
_SINGLE_QUOTED_GT = re.compile(rb"""=\s*+'[^']*>""")
_SPACES = frozenset(b" \t\n\r\f\v")
_EQUALS = ord("=")
_LOOK_BACK = 16
"""How far before a single quote :func:`_has_quoted_gt` looks for the "=" of its value."""
_SINGLE_QUOTES = 64
"""Single quotes :func:`_has_quoted_gt` looks at one by one; with more, ``re`` searches."""


def _has_quoted_gt(data: bytes) -> bool:
    """Whether ``_QUOTED_GT`` matches in ``data``: a value after "=" and optional spaces,
    quoted, holding a ">" before its closing quote (or the end).

    The single-quoted half, quote by quote: a quote after "=" (and spaces) opens a value, and
    ``data.find`` looks for a ">" between it and the next quote (so each byte is read once).
    When more than :data:`_LOOK_BACK` spaces come before a quote, or after
    :data:`_SINGLE_QUOTES` quotes (the walk would then cost more than the search),
    ``_SINGLE_QUOTED_GT`` answers."""
    if _DOUBLE_QUOTED_GT.search(data) is not None:
        return True
    size = len(data)
    quote = data.find(b"'")
    for _ in range(_SINGLE_QUOTES):
        if quote < 0:
            return False
        after = data.find(b"'", quote + 1)
        before = data[quote - 1] if quote else 0
        if before in _SPACES:  # rare: rstrip strips what "\s" matches
            head = data[max(quote - _LOOK_BACK, 0) : quote].rstrip()
            if not head and quote > _LOOK_BACK:
                break  # only spaces that far back: the "=" may stand further
            before = head[-1] if head else 0
        if before == _EQUALS and data.find(b">", quote + 1, size if after < 0 else after) >= 0:
            return True
        quote = after
    return _SINGLE_QUOTED_GT.search(data) is not None


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
_FORMATTING = tag_set("a b big code em font i nobr s small strike strong tt u")
_MARKERS = tag_set("td th caption applet object marquee template")
_WALK = 64
"""How far down the stack an end tag looks for its element; beyond, it is ignored (the
estimate then errs on the deep side)."""


def check_html(html: str, limits: Limits = LIMITS, *, encoded: bytes | None = None) -> None:
    """Raise :class:`HostileInput` if parsing ``html`` could take unreasonably long.

    Cheap for ordinary pages: the exact :func:`scan_html` runs only for a large page, one
    with many tags or unclosed elements, a very long tag or a ``>`` inside a quoted attribute
    value. ``encoded``: ``html`` as UTF-8, when the caller has it (the cheap test reads bytes:
    a length in bytes is never shorter than in characters, so its bounds still hold)."""
    data = html.encode("utf-8", "ignore") if encoded is None else encoded
    if _looks_harmless(data, limits):
        return
    scan_html(html, limits)


def _looks_harmless(data: bytes, limits: Limits) -> bool:
    """True when sizes alone bound the parse (see :class:`Limits`). A tag ends at its first
    ">" unless a quoted value holds one, so a page with such a value gets the exact scan."""
    if len(data) > limits.fast_bytes:
        return False
    opens = _count_byte(data, b"<")  # counted once: both tests below need it
    if opens > limits.fast_tags:
        return False
    if _unclosed(data, opens) > limits.fast_unclosed:
        return False
    # The parser keeps three identical formatting elements at most, so only distinct ones
    # (by attributes) can make its list long.
    tags = set(_FORMATTING_TAG.findall(data))
    if len(tags) > limits.fast_formatting:
        return False
    # A "<" inside a tag (<b a=<1>>) would hide its attributes from the count: scan exactly.
    if any(not tag.endswith(b">") for tag in tags):
        return False
    return not _has_quoted_gt(data) and not _has_long_tag(data, limits.fast_tag_length)


@functools.cache
def _long_tag(length: int) -> re.Pattern[bytes]:
    return re.compile(b"<[A-Za-z][^>]{%d}" % length)


_TAG_OPEN = re.compile(rb"<[A-Za-z]")


def _has_long_tag(data: bytes, length: int) -> bool:
    """Whether ``_long_tag(length)`` matches in ``data``, searched only where it can.

    A match at ``s`` is a ``<`` and a letter whose ``width = length + 2`` bytes from ``s`` on
    hold no ``>``. ``data.rfind`` (a ``memrchr``) looks at the window of ``width`` bytes from
    the first start not yet ruled out: a ``>`` at ``g`` in it rules out every start up to
    ``g``; a window without one begins a run without ``>``, whose end ``data.find`` gives,
    and a match there is a tag opening at least ``width`` bytes before that end (one search
    for ``<`` and a letter over that stretch only). The next window starts after the last
    ``>`` the previous one held, so two windows in a row advance by more than ``length``:
    a real page takes about one call per kilobyte, and every byte is read a bounded number
    of times whatever the input."""
    width = length + 2
    size = len(data)
    at = 0
    while at + width <= size:
        last = data.rfind(b">", at, at + width)
        if last >= 0:
            at = last + 1
            continue
        end = data.find(b">", at + width)
        if end < 0:
            end = size
        # A match at s needs s + width <= end: "<" and a letter at s lie before end - length.
        if _TAG_OPEN.search(data, at, end - length) is not None:
            return True
        at = end + 1
    return False


def _count_byte(data: bytes, byte: bytes) -> int:
    """``data.count(byte)``, at three quarters of its cost on a real page: ``count`` of one byte
    compares every byte in a loop, ``replace`` finds each occurrence with ``memchr`` and
    copies the stretches between (``data`` is at most :attr:`Limits.fast_bytes` here)."""
    return len(data) - len(data.replace(byte, b""))


def _unclosed(data: bytes, opens: int) -> int:
    """Start tags beyond the page's end tags, as counted by a cheap over-estimate.

    Every ``<`` opens a start tag, an end tag (``</``) or nothing, so start tags number at
    most ``(n + unclosed) / 2`` for ``n`` ``<`` (``opens``), and the stack of open elements
    holds no more, however the tags are arranged. Void elements (``<img>``...), comments and
    stray ``<`` count as unclosed here: :attr:`Limits.fast_unclosed` leaves room for them."""
    return opens - 2 * data.count(b"</")


def scan_html(html: str, limits: Limits = LIMITS) -> None:
    """The exact pre-scan: estimate the parser's stack depth and count tags, attributes per
    element and distinct names; raise :class:`HostileInput` when one is over ``limits``.

    The depth estimate follows the HTML tree builder closely enough to err only on the deep
    side (an end tag that might not close its element is taken not to), so markup crafted to
    look shallow is not."""
    if html.count("<") > limits.markup:
        raise HostileInput(f"more than {limits.markup} '<' characters")
    if _FOREIGN_RE.search(html):
        tokens = [t for t in _TOKEN_ALL.findall(html) if t[1]]  # (slash, name, rest) of tags
    else:
        tokens = [t[2:] for t in _TOKEN.findall(html) if t[3]]
    starts = [(name.lower(), rest) for slash, name, rest in tokens if not slash]
    if len(starts) > limits.tags:
        raise HostileInput(f"more than {limits.tags} tags")
    # An element with n attributes needs at least 2n characters of them.
    for _, rest in starts:
        if len(rest) > 2 * limits.attributes and len(_ATTR_NAME.findall(rest)) > limits.attributes:
            raise HostileInput(f"an element with more than {limits.attributes} attributes")
    attr_names = set(_ATTR_NAME.findall(" ".join(rest for _, rest in starts).lower()))
    if len({name for name, _ in starts}) > limits.names or len(attr_names) > limits.names:
        raise HostileInput(f"more than {limits.names} distinct tag or attribute names")
    stack = _Stack(limits)
    reopening = 0
    for slash, name, rest in tokens:
        if slash:
            stack.close(name.lower())
        else:
            stack.open(name.lower(), rest)
        reopening += len(stack.formatting)
    if reopening > limits.reopening:
        raise HostileInput("too many formatting elements to re-open (b, i, font...)")


class _Stack:
    """A model of the HTML tree builder's stack of open elements (its depth only) and of its
    list of active formatting elements."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.items: list[str] = []
        self.counts: dict[str, int] = {}
        self.formatting: list[tuple[str, str]] = []
        """(name, attributes) of formatting elements not yet closed by their end tag. The
        parser re-opens every one of them (a copy) before each run of text, even after a
        ``</p>`` closed them: a long list costs time per text node."""
        self.markers: list[tuple[int, int]] = []
        """(stack depth, list length) where a table cell, caption, object... opened: the
        parser forgets formatting elements opened inside when it closes."""

    def open(self, name: str, rest: str) -> None:
        if name in _FORMATTING:
            self._format(name, " ".join(rest.split()))
        if name in _VOID or name in _SINGLE:
            return
        if rest.endswith("/") and any(self.counts.get(f) for f in _FOREIGN):
            return  # <path/> in SVG is an empty element; <div/> in HTML is an open <div>
        items = self.items
        closes = _CLOSES.get(name)
        while items and closes is not None and items[-1] in closes:
            self._pop()
        if name in _CLOSES_P and items and items[-1] == "p":
            self._pop()
        items.append(name)
        self.counts[name] = self.counts.get(name, 0) + 1
        if name in _MARKERS:
            self.markers.append((len(items), len(self.formatting)))
        if len(items) > self.limits.depth:
            raise HostileInput(f"elements nested more than {self.limits.depth} deep")

    def _format(self, name: str, attributes: str) -> None:
        entries = self.formatting
        if name in ("a", "nobr"):  # a new one closes the old one first
            self._unformat(name)
        key = (name, attributes)
        same = [i for i, entry in enumerate(entries) if entry == key]
        if len(same) >= 3:  # the parser keeps at most three identical entries
            del entries[same[0]]
        entries.append(key)
        if len(entries) > self.limits.formatting:
            raise HostileInput(
                f"more than {self.limits.formatting} unclosed formatting elements (b, i, font...)"
            )

    def _unformat(self, name: str) -> None:
        entries = self.formatting
        for i in range(len(entries) - 1, -1, -1):
            if entries[i][0] == name:
                del entries[i]
                return

    def close(self, name: str) -> None:
        if name in _FORMATTING:
            self._unformat(name)
        if not self.counts.get(name):
            return
        blockers = _blockers(name)
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
        if self.markers and self.markers[-1][0] == len(self.items):
            del self.formatting[self.markers.pop()[1] :]
        self.counts[self.items.pop()] -= 1


@functools.cache
def _blockers(name: str) -> frozenset[str]:
    """Open elements an end tag ``</name>`` cannot close past."""
    if name in _TABLE_PARTS:
        return _TABLE_BOUNDARY - {name}
    if name in _SPECIAL:
        return _BOUNDARY - {name}
    return _SPECIAL


def parse_with_deadline(fn: Callable[..., T], *args: Any, seconds: float = PARSE_SECONDS) -> T:
    """Call ``fn(*args)`` in a worker thread; return its result or re-raise its exception.

    If it has not finished after ``seconds``, raise :class:`~herald_tui.fetchers.base.ParseError`
    at once; the worker is abandoned (a daemon thread, so it never holds up exit) and finishes
    on its own, which :func:`check_html` keeps short. The error names the plugin and URL when
    ``fn`` is a plugin's bound ``parse_*`` method called as ``(body, url)``.
    """
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
        raise ParseError(plugin, url, f"gave up after {seconds:g} s", refused=True)
    ok, value = outcome[0]
    if ok:
        return value  # type: ignore[no-any-return]
    raise value
