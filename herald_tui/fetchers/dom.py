"""HTML helpers shared by the plugins: parsing, clean text out of elements, safe absolute URLs.

Everything returned here is already sanitised (:mod:`herald_tui.text`): text after entity
decoding, so ``&#27;`` never becomes an escape character on a terminal.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from herald_tui.fetchers.safety import LEXBOR_OPTIONS, check_html, tag_set
from herald_tui.text import clean_block, clean_line, is_safe_url

__all__ = [
    "Node",
    "Tree",
    "absolute_url",
    "attr",
    "block_text",
    "class_has",
    "first_of",
    "id_is",
    "line_text",
    "one_parse",
    "parse_html",
    "raw_text",
    "text_of",
]

Node = LexborNode
Tree = LexborHTMLParser

# Elements whose content is never reader text.
_NO_TEXT = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "svg", "button", "select"}
)
# Elements that break a line: their text never runs into the text around them.
_BLOCK = tag_set(
    "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tfoot tr ul"
)


@dataclass
class _Once:
    """A page :func:`one_parse` shares, and its tree once parsed."""

    text: str
    tree: Tree | None = None


_shared = threading.local()  # .page: the _Once of the innermost one_parse, or None

KEEP_BYTES = 256 * 1024
"""A page up to this size (real article pages: 55-115 KB) leaves its tree alive until the
next parse, in any thread (see :func:`_parse`)."""


class _Kept:
    """The tree of the latest parse, when its page was at most :data:`KEEP_BYTES`."""

    tree: Tree | None = None


def parse_html(html: str) -> Tree:
    """Parse a page, refusing shapes that would make the parser hang
    (:func:`~herald_tui.fetchers.safety.check_html` raises ``HostileInput``)."""
    once: _Once | None = getattr(_shared, "page", None)
    if once is None or once.text is not html:
        return _parse(html)
    if once.tree is None:
        once.tree = _parse(html)
    return once.tree


@contextlib.contextmanager
def one_parse(html: str) -> Iterator[None]:
    """Within the block, :func:`parse_html` of this very string (in this thread) parses it
    once and gives every caller that tree: a list page read by the site's rules, then
    harvested for links when they find nothing, is parsed once whoever wrote the rules."""
    previous = getattr(_shared, "page", None)
    _shared.page = _Once(html)
    try:
        yield
    finally:
        _shared.page = previous


def _parse(html: str) -> Tree:
    # The UTF-8 bytes selectolax would make of the text (errors ignored, as it does): the
    # pre-scan reads them too, faster than the text.
    data = html.encode("utf-8", "ignore")
    check_html(html, encoded=data)
    tree = LexborHTMLParser(data, options=LEXBOR_OPTIONS)
    # The previous tree is freed only now, after this one was built. Freed before, its memory
    # (about 1 MB for a 100 KB page) went back to the system, and this parse took it back one
    # page fault at a time: about 300 faults, 40% of the parse (docs/PERFORMANCE.md, "Page
    # parse on real-size pages"). A big page's tree is not kept: it would hold its memory.
    _Kept.tree = tree if len(data) <= KEEP_BYTES else None
    return tree


def raw_text(node: Node, skip: Callable[[Node], bool] | None = None) -> str:
    """The text under ``node`` as the page shows it, not yet cleaned: ``<br>`` and block
    boundaries become newlines; scripts, styles, comments, and elements for which ``skip``
    is true are left out."""
    # Iterative, so a deep page cannot exhaust the Python stack; pieces go to a list (a
    # generator's resumption per piece cost a fifth of this). Each entry of the stack: the
    # children still to visit, and whether their parent is a block (a line break after it).
    pieces: list[str] = []
    stack = [(node.iter(include_text=True), False)]
    while stack:
        children, block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if block:
                pieces.append("\n")
            continue
        tag = child.tag
        if tag == "-text":
            pieces.append(child.text_content or "")
        elif tag == "br":
            pieces.append("\n")
        elif tag is None or tag.startswith("-") or tag in _NO_TEXT:
            continue
        elif skip is None or not skip(child):
            if tag in _BLOCK:
                pieces.append("\n")
            stack.append((child.iter(include_text=True), tag in _BLOCK))
    return "".join(pieces)


def line_text(node: Node | None, skip: Callable[[Node], bool] | None = None) -> str:
    """The text under ``node`` as one clean line (``""`` for None)."""
    return clean_line(raw_text(node, skip)) if node is not None else ""


def block_text(node: Node | None, skip: Callable[[Node], bool] | None = None) -> str:
    """The text under ``node`` cleaned, keeping ``<br>`` line breaks (``""`` for None)."""
    return clean_block(raw_text(node, skip)) if node is not None else ""


def text_of(root: Node | Tree, selector: str) -> str:
    """One clean line: the text of the first element matching ``selector``, or ``""``."""
    return line_text(root.css_first(selector))


FEW_ELEMENTS = 64
"""How many elements of a tag :func:`first_of` searches one by one (real article pages: about
26 ``<article>`` and a few ``<h1>``/``<h2>``)."""


def first_of(
    tree: Tree, tag: str, selector: str, maybe: Callable[[Node], bool] | None = None
) -> Node | None:
    """``tree.css_first(selector)`` for a ``selector`` whose last part names ``tag``
    (``"h2.news_title_sub"``), found through the page's ``tag`` elements.

    A CSS search tests the selector at every element of the page; ``tags(tag)`` only reads
    each element's name (about a quarter of the instructions over a real page). Each of
    those elements, in document order, is then searched with the selector (itself and what it
    holds): the first to hold a match holds the page's first, as every match is such an
    element. ``maybe``, when given, must be true of every element that matches ``selector``
    itself (its id, a class): the others are not searched (a match they hold is one of the
    later elements). A page with more than :data:`FEW_ELEMENTS` of them gets the CSS search
    (a search per element would cost a hostile page of 100,000 ``<h2>`` about 0.4 s)."""
    noted = getattr(tree, "noted", None)
    if noted is not None:  # a watched tree (fetchers.region): the search this stands for
        noted(selector)
    candidates = tree.tags(tag)
    if len(candidates) > FEW_ELEMENTS:
        return tree.css_first(selector)
    for candidate in candidates:
        if maybe is None or maybe(candidate):
            found = candidate.css_first(selector)
            if found is not None:
                return found
    return None


def id_is(name: str) -> Callable[[Node], bool]:
    """For :func:`first_of`: the element's id is ``name``, in any case (ids and classes match
    in any ASCII case in quirks mode)."""
    lowered = name.lower()
    return lambda node: (node.id or "").lower() == lowered


def class_has(name: str) -> Callable[[Node], bool]:
    """For :func:`first_of`: the element's class attribute holds ``name``, in any case."""
    lowered = name.lower()
    return lambda node: lowered in (node.attrs.sget("class") or "").lower()


def attr(node: Node | None, name: str) -> str:
    """An attribute's value, stripped; ``""`` when the node or attribute is missing."""
    if node is None:
        return ""
    value = node.attributes.get(name)
    return value.strip() if value else ""


def absolute_url(href: str, base: str) -> str:
    """``href`` resolved against ``base`` (protocol-relative links get ``https:``), or ``""``
    unless the result is a safe http(s) URL (:func:`herald_tui.text.is_safe_url`)."""
    href = href.strip()
    if not href:
        return ""
    if href.startswith("//"):
        href = "https:" + href
    if _plain_absolute(href):
        if _PLAINLY_SAFE.fullmatch(href):
            return href  # what urljoin gives back, and is_safe_url accepts, without parsing
        url = href  # what urljoin gives back for it, without parsing it twice
    else:
        try:
            url = urljoin(base, href)
        except ValueError:
            return ""
    return url if is_safe_url(url) else ""


# An http(s) link that :func:`herald_tui.text.is_safe_url` accepts, and plainly so: a lower-case
# scheme, a host of ASCII letters, digits and hyphens whose last label starts with a letter (so
# it is never read as an IPv4 address, which may be out of range), no port, credentials or
# trailing dot, then printable ASCII without a space. Parsing such a link as a browser does
# (:func:`herald_tui.weburl.checked_url`) cannot fail, and cost about 7 us of the 10 a photo's
# link took; most links on a page are such.
_PLAINLY_SAFE = re.compile(
    r"https?://(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*(?:[/?#][!-~]*)?", re.ASCII
)


def _plain_absolute(href: str) -> bool:
    """True for an absolute http(s) URL that :func:`urljoin` returns unchanged, whatever the
    base: a host, printable ASCII (nothing urllib strips), no ``;`` (parameters it may
    drop), no brackets (which it checks) and no empty query or fragment (whose ``?`` or
    ``#`` it drops). Most links on a page are such."""
    scheme, _, rest = href.partition("://")
    return (
        scheme in ("http", "https")
        and rest[:1] not in ("", "/", "?", "#")
        and href.isascii()
        and href.isprintable()
        and not any(c in href for c in ";[]")
        and not href.endswith("#")
        and not href.partition("#")[0].endswith("?")
    )
