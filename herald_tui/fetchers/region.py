"""Reading an article page without its navigation: a fast path with the full parse behind it.

A real article page is mostly furniture: on the benchmark's Korea Herald page 82 of 105 KB are
the navigation menu in the ``<header>`` before the headline. The pre-scan and lexbor cost the
same per byte whatever the bytes are (docs/PERFORMANCE.md, "Page parse on real-size pages"),
so :func:`read_region` parses the page with the content of its first ``<header>`` after
``<body>`` left out, the *gap*: the header element stays, empty. The site's rules read that
tree; the result is kept only when the page without the gap must give what the whole page
gives, else the whole page is parsed and read as always. So a page without such a header, or
with one the checks refuse, is only parsed more slowly, and at most one fallback is ever made
(the shortened page is pre-scanned too, and refused or not, the whole page decides).

When the gap cannot change the result:

* the gap is *inert* (:func:`_inert`): it is read as elements inside the header, which the
  header's end tag closes whatever they are, and leaves the parser as it found it, so what
  follows is parsed into the same elements under the same ancestors. No comment, style,
  table, form, select, foreign content or other element that changes how what follows is
  read; scripts only when their end is plain; no formatting element but ``<a>``, and the
  last ``<a>`` closed; every tag ends, no quoted value holding a ``<`` or ``>`` (a stray
  quotation mark after ``=`` would run on over the article in the whole page); no end tag
  that could close an element around the header (:func:`_stays_open`); no character
  reference that could spell a class or id;
* the shortened page's first ``<header>`` element is empty (the gap's start and end tags were
  read as tags: the page before it did not end inside a comment, script or attribute);
* every search of the whole page the rules made (``css``, ``css_first``, ``tags``, the
  search :func:`~herald_tui.fetchers.dom.first_of` stands for) cannot match an element of the
  gap: each compound selector names a tag, class or id the gap does not contain (in any
  case). Other reads of the whole tree (``root``, the body's children...) are not judged:
  they send the page to the full parse, as does a body the rules did not find
  (``Article.fallback``: the generic extractor reads the whole page).

What the checks do not see: a ``<`` or ``</a>`` inside a quoted attribute value of the gap
can make them misread its markup, so a page built for it could read differently on the fast
path. Only that page's own article can differ, and both parses stay pre-scanned and bounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from herald_tui.fetchers.dom import Node, Tree, parse_html
from herald_tui.fetchers.safety import HostileInput, tag_set
from herald_tui.model import Article

__all__ = ["MIN_GAP", "read_region"]

MIN_GAP = 4096
"""A gap shorter than this (characters) is parsed with the rest: the checks and a possible
second parse would cost more than they save."""

# What may not stand in the gap (lower-cased): comments, doctype, processing instructions;
# raw-text elements; tables, forms, selects, templates, foreign content, frames, whole-document
# tags, scope boundaries; every formatting element but ``a`` (the parser re-opens those after
# the gap); elements whose end tag the header's end tag may not imply; a header (its end tag
# would end the gap's).
_BARRED = sorted(
    tag_set(
        "b big body button caption code col colgroup dd dialog dt em font form frame frameset"
        " head html i iframe image isindex marquee math nobr noembed noframes noscript object"
        " optgroup option plaintext rb rp rt rtc ruby s script select small strike strong style"
        " svg table tbody td template textarea tfoot th thead title tr tt u xmp header"
    )
)


def _by_first_letter(names: list[str]) -> str:
    """One alternative per first letter (``b(?:|ig|ody...)``)."""
    firsts = sorted({name[0] for name in names})
    return "|".join(
        f"{first}(?:{'|'.join(n[1:] for n in names if n[0] == first)})" for first in firsts
    )


_LETTERS = "".join(sorted({name[0] for name in _BARRED}))
# A barred start tag. ``re`` pays about 300 instructions at each "<" it tries; the lookahead
# lets ``<a``, ``<li`` and every end tag fail at their first byte (a flat alternation of the
# names, tried at every "<", cost ten times this).
_MARKUP = re.compile(rf"<(?=[!?{_LETTERS}])(?:[!?]|(?:{_by_first_letter(_BARRED)})[\s/>])".encode())
# "</" and no letter opens a bogus comment, which runs to the next ">" (hiding an end tag
# the checks would count). A search of its own: in the one above, every end tag cost more.
_ODD_END = re.compile(rb"</[^a-z]")
_FORMATTING = tag_set("a b big code em font i nobr s small strike strong tt u")
_HEADINGS = tag_set("h1 h2 h3 h4 h5 h6")
# What could spell a letter, a digit or "_" of a class or id: a numeric reference,
# &lowbar; or &UnderBar; (no named one gives a letter or digit).
_REFERENCE = re.compile(rb"&(?:#|[a-z]*bar;)")
_A_OPEN = re.compile(rb"<a[\s/>]")
# A quoted value that holds a "<" or ">": a quotation mark after "=" opens a value that runs to
# the next such mark, past the tag's ">" (a stray one in a navigation tag runs on over
# "</header>" and the article in the whole page). A value that closes before any ">" stays in
# its tag; the gap's last tag is checked apart. (Real values hold neither: a search, not a
# parse of every tag, at a third of the cost.)
_OPEN_VALUE = re.compile(rb"""=\s*+(?:"[^"<>]*+[<>]|'[^'<>]*+[<>])""")
_SCRIPT_END = re.compile(rb"</script[\s/>]")
_AFTER_NAME = (" ", ">", "\t", "\n", "\r", "\f")
_ANCESTORS = 8
"""Distinct tag names around the header :func:`_stays_open` checks; with more, the full
parse (real pages: two or three, ``div`` and ``main``)."""
_SCRIPTS = 32
"""Scripts :func:`_without_scripts` takes out of a gap; with more, the full parse."""
_A_CLOSES = 8
"""How many ``</a``-prefixed end tags (``</aside>``...) :func:`_last_a_closed` steps over."""


def read_region(html: str, read: Callable[[Tree], Article]) -> Article:
    """``read(parse_html(html))``, computed on the page without the content of its first
    ``<header>`` after ``<body>`` when that cannot change the result (see the module doc)."""
    cut = _cut(html)
    if cut is not None:
        found = _read_short(html, *cut, read)
        if found is not None:
            return found
    return read(parse_html(html))


def _cut(html: str) -> tuple[int, int] | None:
    """``(start, end)`` of the gap: the content of the first ``<header ...>`` after
    ``<body``, up to the first ``</header>``; None without one or when it is short."""
    body = html.find("<body")
    tag = html.find("<header", body) if body >= 0 else -1
    if tag < 0 or html[tag + 7 : tag + 8] not in _AFTER_NAME:
        return None
    start = html.find(">", tag) + 1
    end = html.find("</header>", start) if start else -1
    opening = html[tag:start]  # a ">" in a quoted value would end it early: not cut
    if end - start < MIN_GAP or opening.count('"') % 2 or opening.count("'") % 2:
        return None
    return start, end


def _read_short(html: str, start: int, end: int, read: Callable[[Tree], Article]) -> Article | None:
    """The article read from the page without ``html[start:end]``, or None when that may
    differ from the whole page's."""
    gap = html[start:end].encode("utf-8", "ignore").lower()
    plain = _without_scripts(gap)
    if plain is None or not _inert(gap, plain):
        return None
    try:
        tree = parse_html(html[:start] + html[end:])
    except HostileInput:
        return None  # the whole page decides what is refused
    first = tree.css_first("header")
    if first is None or first.child is not None or not _stays_open(first, plain):
        return None
    watched = _Watched(tree)
    try:
        article = read(cast(Tree, watched))
    except Exception:  # the full parse decides what the page gives
        return None
    if watched.unsure or article.fallback or not watched.misses(gap):
        return None
    return article


def _without_scripts(gap: bytes) -> bytes | None:
    """The gap without its ``<script>`` elements (real navigation bars hold a few: ads), or
    None when one may not end where it seems to. A script's text is not markup and ends at
    the first ``</script`` (and a space, ``/`` or ``>``) unless it holds ``<!--``."""
    pieces: list[bytes] = []
    at = 0
    for _ in range(_SCRIPTS):
        start = gap.find(b"<script", at)
        if start < 0:
            return b"".join(pieces) + gap[at:] if pieces else gap
        opened = gap.find(b">", start)
        end = _SCRIPT_END.search(gap, opened) if opened >= 0 else None
        if end is None or b"<!--" in gap[opened : end.start()]:
            return None
        pieces.append(gap[at:start])
        at = gap.find(b">", end.start()) + 1 or len(gap)
    return None


def _inert(gap: bytes, plain: bytes) -> bool:
    """True when the gap (lower-cased; ``plain``: without its scripts) is read as elements
    inside the header that its end tag closes, whatever they are, leaving the
    parser as it was: nothing that changes how the rest is read (a comment, a raw-text or
    table element...), no ``<a>`` left open (the parser would re-open it after the gap), a
    last tag that ends (the end tag is not swallowed), no reference that could spell a class
    or id (the searches are judged on these bytes)."""
    if _MARKUP.search(plain) or _ODD_END.search(plain) or b"<applet" in plain:
        return False
    if _REFERENCE.search(gap) or not _last_a_closed(plain):
        return False
    if _OPEN_VALUE.search(plain):
        return False  # a value may run on past the gap in the whole page
    at = plain.rfind(b"<")
    last = plain[at:] if at >= 0 else b">"
    return b">" in last and last.count(b'"') % 2 == 0 and last.count(b"'") % 2 == 0


def _stays_open(header: Node, plain: bytes) -> bool:
    """True when no end tag in the gap can close an element around the header
    (which would close it early): for each of their names, no end tag comes before its start
    tag in the gap. Around a formatting element (re-opened) or a heading (any heading's end
    tag closes it): False."""
    names: set[str] = set()
    parent = header.parent
    while parent is not None and parent.tag not in ("html", "body", None):
        names.add(parent.tag)
        parent = parent.parent
    if names & _FORMATTING or names & _HEADINGS or len(names) > _ANCESTORS:
        return False  # (a search over the gap per name: a hostile page holds hundreds)
    for name in names:
        depth = 0
        for tag in re.finditer(rb"<(/?)" + re.escape(name.encode()) + rb"[\s/>]", plain):
            depth += -1 if tag[1] else 1
            if depth < 0:
                return False
    return True


def _last_a_closed(gap: bytes) -> bool:
    """True when no ``<a>`` follows the gap's last ``</a>`` (the parser then keeps no ``a``
    open: a new ``<a>`` closes the one before)."""
    close = len(gap)
    for _ in range(_A_CLOSES):
        close = gap.rfind(b"</a", 0, close)
        if close < 0 or gap[close + 3 : close + 4] in (b">", b" ", b"\t", b"\n", b"\r", b"\f"):
            return _A_OPEN.search(gap, max(close, 0)) is None
    return False


class _Watched:
    """A tree that notes the searches of the whole page made through it."""

    def __init__(self, tree: Tree) -> None:
        self._tree = tree
        self.selectors: list[str] = []
        self.names: list[str] = []
        self.unsure = False
        self._noted = False

    @property
    def head(self) -> Any:
        """The head: the same in both parses (the page up to ``<body>`` is kept)."""
        return self._tree.head

    @property
    def body(self) -> Any:
        """The body element, for its attributes only (those of the ``<body>`` tag, kept)."""
        body = self._tree.body
        return _Attributes(body.attributes) if body is not None else None

    def css(self, selector: str) -> Any:
        """A search of the page, noted."""
        self.selectors.append(selector)
        return self._tree.css(selector)

    def css_first(self, selector: str) -> Any:
        """A search of the page, noted."""
        self.selectors.append(selector)
        return self._tree.css_first(selector)

    def noted(self, selector: str) -> None:
        """What the next :meth:`tags` stands for: the first match of ``selector``
        (:func:`~herald_tui.fetchers.dom.first_of`)."""
        self.selectors.append(selector)
        self._noted = True

    def tags(self, name: str) -> Any:
        """The page's elements of one tag, noted unless :meth:`noted` said what for."""
        if not self._noted:
            self.names.append(name)
        self._noted = False
        return self._tree.tags(name)

    def __getattr__(self, name: str) -> Any:
        self.unsure = True  # a read not judged here: the full parse decides
        return getattr(self._tree, name)

    def misses(self, gap: bytes) -> bool:
        """True when no element of the gap can match a search made."""
        return all(_absent(f"<{n.lower()}", gap) for n in self.names) and all(
            _cannot_match(s, gap) for s in self.selectors
        )


class _Attributes:
    """An element seen through its attributes alone (anything else raises)."""

    def __init__(self, attributes: dict[str, str | None]) -> None:
        self.attributes = attributes


_COMPOUND = re.compile(r"[^\s>+~]+")
_SIMPLE = re.compile(r"([#.]?)(-?[A-Za-z_][\w-]*)")


def _cannot_match(selector: str, gap: bytes) -> bool:
    """True when no element of the gap can match ``selector``: the last compound of each of
    its selectors names a tag (``<h1``), class or id absent from the gap. (The gap's elements
    are inside the header, so only their descendants and later siblings, in the gap too,
    can be matched through them.) Attribute tests are dropped (they only narrow);
    pseudo-classes and ``*`` are never judged."""
    plain = re.sub(r"\[[^\]]*\]", "", selector)
    if any(c in plain for c in ":*()\\\"'"):
        return False
    for part in plain.split(","):
        compounds = _COMPOUND.findall(part)
        words = [f"<{w}" if not kind else w for kind, w in _SIMPLE.findall(compounds[-1])]
        words.sort(key=len, reverse=True)  # a long word is found (or not) faster
        if not words or all(not _absent(word.lower(), gap) for word in words):
            return False
    return True


def _absent(word: str, gap: bytes) -> bool:
    return word.encode("utf-8") not in gap
