"""Page metadata: ``<meta>`` tags (Open Graph, ``article:*``, ``name=``, ``itemprop=``) and
JSON-LD, the most stable signals of both sites, read once per page.

JSON-LD blocks that are not valid JSON (Yonhap's Person block carries ``//`` comments) are
skipped, never fatal. Every string handed out is a clean line.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from herald_tui.fetchers.dates import parse_iso
from herald_tui.fetchers.dom import Node, Tree, attr, parse_html
from herald_tui.fetchers.safety import HostileInput
from herald_tui.text import clean_line, is_safe_url

__all__ = ["PageMeta", "ld_names", "ld_text", "ld_time", "page_address", "strip_suffix"]

HEAD_BYTES = 256 * 1024
"""How much of a page :func:`page_address` reads: the address is in the ``<head>``."""


class PageMeta:
    """The metadata of one parsed page.

    >>> meta = PageMeta(tree)
    >>> meta.get("og:title", "twitter:title")   # first present key wins
    >>> meta.news_article().get("headline")
    """

    def __init__(self, tree: Tree) -> None:
        self._tree = tree
        self._values: dict[str, list[str]] = {}
        for node in _in_head(tree, "meta[content]"):
            attributes = node.attributes  # a new dict at each call: read once per element
            key = _value(attributes, "property", "name", "itemprop")
            value = clean_line(attributes.get("content") or "")
            if key and value:
                self._values.setdefault(key.lower(), []).append(value)
        self._json_ld: list[dict[str, Any]] | None = None

    @property
    def json_ld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object on the page (``@graph`` members and list items flattened);
        read on first use."""
        if self._json_ld is None:
            self._json_ld = list(_json_ld(self._tree))
        return self._json_ld

    def get(self, *keys: str) -> str:
        """The first non-empty value among ``keys`` (``og:title``, ``description``...)."""
        for key in keys:
            values = self._values.get(key.lower())
            if values:
                return values[0]
        return ""

    def all(self, key: str) -> list[str]:
        """Every value of a repeated key (``article:author``), in page order."""
        return list(self._values.get(key.lower(), ()))

    def time(self, *keys: str) -> datetime | None:
        """The first of ``keys`` that holds a readable ISO time (no offset: KST)."""
        for key in keys:
            value = parse_iso(self.get(key))
            if value is not None:
                return value
        return None

    def news_article(self) -> dict[str, Any]:
        """The JSON-LD ``NewsArticle`` (or ``Article``/``ReportageNewsArticle``), else ``{}``."""
        for obj in self.json_ld:
            kinds = obj.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                return obj
        return {}


def page_address(page: bytes) -> str:
    """The address a saved page gives for itself (``<link rel="canonical">``, else
    ``og:url``), if it is an absolute http(s) URL; ``""`` when it gives none."""
    try:
        tree = parse_html(page[:HEAD_BYTES].decode("utf-8", "replace"))
    except HostileInput:
        return ""
    links = [attr(n, "href") for n in tree.css("link[href]") if _is_canonical(n)]
    for url in [*links, PageMeta(tree).get("og:url")]:
        url = clean_line(url)
        if url and is_safe_url(url):
            return url
    return ""


def _value(attributes: dict[str, str | None], *names: str) -> str:
    """The first of ``names`` with a non-blank value, stripped (as :func:`attr` reads one)."""
    for name in names:
        value = attributes.get(name)
        if value and value.strip():
            return value.strip()
    return ""


def _is_canonical(node: Node) -> bool:
    return "canonical" in attr(node, "rel").lower().split()


def ld_text(obj: dict[str, Any], key: str) -> str:
    """A JSON-LD string field as a clean line (``""`` if absent or not a string)."""
    value = obj.get(key)
    return clean_line(value) if isinstance(value, str) else ""


def ld_time(obj: dict[str, Any], key: str) -> datetime | None:
    """A JSON-LD date field (``datePublished``) as a datetime; no offset means KST."""
    value = obj.get(key)
    return parse_iso(value) if isinstance(value, str) else None


def ld_names(value: Any) -> list[str]:
    """Names from a JSON-LD ``author``: a string, a Person, or a list of either."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and clean_line(name):
            names.append(clean_line(name))
    return names


def strip_suffix(title: str, *suffixes: str) -> str:
    """``title`` without a trailing site name (``" | Yonhap News Agency"``)."""
    for suffix in suffixes:
        if title.endswith(suffix) and len(title) > len(suffix):
            return title[: -len(suffix)].rstrip()
    return title


def _in_head(tree: Tree, selector: str) -> list[Node]:
    """The ``<head>``'s elements matching ``selector``; the whole page's when the head has
    none. (Metadata sits in the head; a real page's body is a hundred times bigger.)"""
    head = tree.head
    found = head.css(selector) if head is not None else []
    return found or tree.css(selector)


def _json_ld(tree: Tree) -> Iterator[dict[str, Any]]:
    for node in _in_head(tree, 'script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text())
        except (ValueError, RecursionError):
            continue  # invalid blocks are common (comments, trailing commas): skip them
        yield from _objects(data)


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    pending = deque([data])
    while pending:  # iterative, in document order
        item = pending.popleft()
        if isinstance(item, list):
            pending.extendleft(reversed(item))
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                pending.extendleft(reversed(graph))
