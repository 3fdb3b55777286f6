"""The generic list-page reader: headlines from any page of a site, whatever its class names.

When a site's list selectors find nothing (a redesign), a list page, or the home page as the
last resort, is read by harvesting its links: every link whose URL is one of the plugin's
articles (:meth:`Fetcher.suitable <herald_tui.fetchers.base.Fetcher.suitable>`), with its
text as the title (an image's ``alt`` when the link holds only an image), in page order,
each article once. Links in page furniture (header, footer, navigation) and in boxes headed
like "Most Popular", "Most Liked" or "Related" are left out: they are not the section.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from herald_tui.fetchers.body import is_date_line
from herald_tui.fetchers.dates import parse_printed
from herald_tui.fetchers.dom import Node, Tree, attr, block_text, line_text
from herald_tui.text import clean_line

__all__ = ["Harvested", "Site", "harvest"]

# Box headings of lists that are not the section's own.
_BOX = re.compile(
    r"^(?:most\b|popular|trending|top\s*\d+|related|recommended|editor'?s\s+picks?|"
    r"hot\s+(?:news|topics)|more\s+from|you\s+may\s+also)",
    re.I,
)
_FURNITURE = frozenset({"header", "footer", "nav", "aside"})
_ITEM = frozenset({"li", "article"})
_BOX_DEPTH = 6


class Site(Protocol):
    """What the harvest needs of a plugin (:class:`~herald_tui.fetchers.base.Fetcher` is
    one; the base class calls the harvest, so it is not imported here)."""

    def link(self, href: str, base: str | None = None) -> str:
        """A found link made absolute, canonical and safe (``""`` when it is not)."""

    def suitable(self, url: str) -> bool:
        """True if ``url`` is one of the site's articles."""


@dataclass(frozen=True, slots=True)
class Harvested:
    """One article link found on a page."""

    url: str
    title: str
    summary: str = ""
    published: datetime | None = None
    thumbnail: str = ""


def harvest(tree: Tree, fetcher: Site) -> list[Harvested]:
    """The article links of a page, in order, each URL once (its first titled link)."""
    found: dict[str, Harvested] = {}
    boxes: dict[int, bool] = {}
    for anchor in tree.css("a[href]"):
        url = fetcher.link(attr(anchor, "href"))
        if not url or not fetcher.suitable(url) or (url in found and found[url].title):
            continue
        if _left_out(anchor, boxes, fetcher):
            continue
        item = _read(anchor, url, fetcher.link)
        if item.title or url not in found:
            found[url] = item
    return [item for item in found.values() if item.title]


def _read(anchor: Node, url: str, link: Callable[[str], str]) -> Harvested:
    """Title, summary, date and thumbnail of one link and the list item around it."""
    lines = [line for line in block_text(anchor).split("\n") if line]
    words = [line for line in lines if not is_date_line(line)]
    img = anchor.css_first("img")
    title = words[0] if words else clean_line(attr(img, "alt"))
    item = _item(anchor)
    around = block_text(item).split("\n") if item is not None else lines
    summary = next(
        (s for s in around if len(s) > len(title) and s != title and not is_date_line(s)), ""
    )
    date = next((parse_printed(s) for s in around if is_date_line(s)), None)
    if img is None and item is not None:
        img = item.css_first("img")
    return Harvested(url, title, summary, date, link(attr(img, "src")))


def _item(anchor: Node) -> Node | None:
    """The list item (``li``/``article``) holding the link, if close by."""
    node = anchor.parent
    for _ in range(4):
        if node is None:
            return None
        if node.tag in _ITEM:
            return node
        node = node.parent
    return None


def _left_out(anchor: Node, boxes: dict[int, bool], fetcher: Site) -> bool:
    """True when the link sits in page furniture or in a box headed "Most ..."."""
    node = anchor.parent
    depth = 0
    while node is not None and node.tag not in ("body", "html"):
        if node.tag in _FURNITURE:
            return True
        if depth < _BOX_DEPTH:
            if node.mem_id not in boxes:
                boxes[node.mem_id] = _box_heading(node, fetcher)
            if boxes[node.mem_id]:
                return True
        node = node.parent
        depth += 1
    return False


def _box_heading(node: Node, fetcher: Site) -> bool:
    """True when ``node``'s first child element is a heading like "Most Popular" (not an
    article's own link: "Most Koreans ..." is a headline)."""
    first = next((c for c in node.iter() if c.tag and not c.tag.startswith("-")), None)
    if first is None:
        return False
    links = [first, *first.css("a[href]")] if first.tag == "a" else first.css("a[href]")
    if any(fetcher.suitable(fetcher.link(attr(a, "href"))) for a in links):
        return False
    text = line_text(first)
    return len(text) < 40 and bool(_BOX.match(text))
