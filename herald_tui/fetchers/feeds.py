"""RSS 2.0 items, read strictly when the XML is well formed and leniently when it is not.

Feeds are parsed from text (the HTTP layer decodes bytes), so the XML declaration's encoding
is ignored: Yonhap's ``encoding='utf8'`` is harmless. A feed that declares entities is refused
(no entity-expansion tricks). Broken XML, an unescaped ``&`` in a title or a truncated body,
falls back to a tolerant scan of the ``<item>`` elements, so one bad character does not cost
the whole list. Values are returned raw (entities of the XML decoded, CDATA unwrapped); the
plugins clean them, since each site escapes differently.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from itertools import islice

from herald_tui.fetchers.bounds import MAX_ITEMS

__all__ = ["FeedError", "FeedItem", "rss_items"]

_FIELDS = ("title", "link", "description", "pubDate", "guid")
# The lenient scan's tokens: CDATA sections (tags inside are text) and the tags it needs.
# "[^<>]*" stops at the next "<", so no match attempt scans past it: linear on any input.
_TOKEN = re.compile(
    r"<!\[CDATA\[.*?(?:\]\]>|\Z)|<(/?)(item|title|link|description|pubdate|guid)\b[^<>]*>",
    re.S | re.I,
)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)(?:\]\]>|\Z)", re.S)


class FeedError(ValueError):
    """The text is not an RSS feed (or declares entities)."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One ``<item>``: the text of its fields, ``""`` when absent."""

    title: str = ""
    link: str = ""
    description: str = ""
    pub_date: str = ""
    guid: str = ""


def rss_items(body: str, limit: int = MAX_ITEMS) -> list[FeedItem]:
    """The first ``limit`` items of an RSS feed, in feed order. An empty channel gives ``[]``.

    Raises :class:`FeedError` when ``body`` is not a feed."""
    if "<!ENTITY" in body:
        raise FeedError("the feed declares XML entities")
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return _lenient_items(body, limit)
    if _local(root.tag) not in ("rss", "RDF", "channel"):
        raise FeedError(f"not an RSS feed (root element <{_local(root.tag)}>)")
    nodes = (node for node in root.iter() if _local(node.tag) == "item")
    return [_item(node) for node in islice(nodes, limit)]


def _item(node: ET.Element) -> FeedItem:
    values = {_local(child.tag): "".join(child.itertext()) for child in node}
    return FeedItem(*(values.get(name, "") for name in _FIELDS))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _lenient_items(body: str, limit: int) -> list[FeedItem]:
    if not re.search(r"<(?:rss|channel)\b", body[:4096], re.I):
        raise FeedError("not an RSS feed")
    items: list[dict[str, str]] = []
    field = ""  # the field being read, and where its text starts
    start = 0
    for match in _TOKEN.finditer(body):
        name = (match.group(2) or "").lower()
        if not name:
            continue  # a CDATA section: text of the current field, if any
        closing = bool(match.group(1))
        if name == "item":
            if not closing:
                if len(items) == limit:
                    break
                items.append({})
            field = ""
        elif not closing and items:
            field, start = name, match.end()
        elif closing and name == field:
            items[-1].setdefault(name, _unwrap(body[start : match.start()]))
            field = ""
    return [FeedItem(*(item.get(name.lower(), "") for name in _FIELDS)) for item in items]


def _unwrap(text: str) -> str:
    """XML text as a parser would give it: CDATA sections verbatim, entities decoded elsewhere."""
    parts = []
    pos = 0
    for match in _CDATA.finditer(text):
        parts.append(html.unescape(text[pos : match.start()]))
        parts.append(match.group(1))
        pos = match.end()
    parts.append(html.unescape(text[pos:]))
    return "".join(parts)
