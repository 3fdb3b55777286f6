"""The generic article parser: the last resort when a page's layout is not recognised, and the
rescue when a known layout's selectors find no body (a redesign renamed its classes).

It relies on metadata (JSON-LD, ``og:*``, ``article:*``) for the headline, times and summary,
on what every page shows whatever its class names (an ``h1``, a ``Published : ...`` line, a
``By ...`` paragraph) when metadata is missing, and takes as body the paragraphs of the element
that holds the most text: its ``<p>`` children, or text split at ``<br><br>`` (the Korea
Herald's old layout). The result is marked ``fallback=True`` so the reader can say the article
may be incomplete.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from herald_tui.errors import ParseError
from herald_tui.fetchers.body import Body, byline, is_date_line, person_names, split_names
from herald_tui.fetchers.dates import parse_iso, printed_times
from herald_tui.fetchers.dom import Node, Tree, attr, block_text, line_text, raw_text
from herald_tui.fetchers.meta import PageMeta, ld_names, ld_text, ld_time, strip_suffix
from herald_tui.model import Article
from herald_tui.text import clean_block

__all__ = [
    "MIN_PARAGRAPH",
    "br_paragraphs",
    "generic_article",
    "generic_body",
    "main_paragraphs",
    "page_section",
    "page_times",
    "require_content",
    "rescue",
    "thin",
    "visible_byline",
    "visible_headline",
]

MIN_PARAGRAPH = 40
"""Paragraphs shorter than this (characters) that read like navigation are not body text."""

# Paragraphs in page furniture. (Lexbor's ":is(nav, ...) p" misses deeper paragraphs: spelled out.)
_FURNITURE = ("header", "footer", "nav", "aside", "form", "[role=navigation]")
_NOT_BODY = ", ".join(f"{c} p" for c in _FURNITURE)
_NOT_BODY_BR = ", ".join(f"{c} br" for c in _FURNITURE)
_SENTENCE_END = tuple(".!?\"'”’)")
_BYLINE_TAGS = "p, span, a, div, address, li, strong, em"
_DATE_TAGS = "p, span, div, li, time, em, strong, dd"


def generic_article(
    tree: Tree,
    *,
    url: str,
    source: str,
    suffixes: tuple[str, ...] = (),
    link: Callable[[str], str],
) -> Article:
    """An Article from any page; :class:`ParseError` ``not an article`` when the page has
    neither a headline nor body text.

    ``source``: the plugin's name; ``suffixes``: site names to strip from titles
    (``" | Yonhap News Agency"``); ``link`` makes an ``src`` absolute and safe
    (:meth:`Fetcher.link <herald_tui.fetchers.base.Fetcher.link>`)."""
    meta = PageMeta(tree)
    ld = meta.news_article()
    published, updated = page_times(tree, meta)
    body = generic_body(tree, link)
    headline = visible_headline(tree, meta, suffixes)
    require_content(source, url, headline, body)
    authors = tuple(visible_byline(tree, body) or person_names(ld_names(ld.get("author"))))
    return Article(
        url=url,
        source=source,
        section=page_section(tree, meta),
        headline=headline,
        byline=byline(authors),
        authors=authors,
        published=published,
        updated=updated if updated != published else None,
        summary=meta.get("og:description", "description"),
        photos=tuple(body.photos),
        paragraphs=tuple(body.paragraphs),
        videos=tuple(body.videos),
        fallback=True,
    )


def visible_headline(tree: Tree, meta: PageMeta, suffixes: tuple[str, ...]) -> str:
    """The headline from metadata (JSON-LD, ``og:title``, ``<title>``), or the page's ``h1``
    when that holds the metadata's headline with more (a ``(LEAD)`` label) or there is none."""
    title = strip_suffix(
        ld_text(meta.news_article(), "headline")
        or meta.get("og:title", "twitter:title")
        or line_text(tree.css_first("title")),
        *suffixes,
    )
    for h1 in tree.css("h1"):
        shown = line_text(h1)
        if shown and (not title or (title in shown and len(shown) < 2 * len(title))):
            return shown
    return title


def page_times(tree: Tree, meta: PageMeta) -> tuple[datetime | None, datetime | None]:
    """Published and updated times: JSON-LD, ``article:*`` metadata, then what the page
    shows (``<time datetime>``, a ``Published : ... Updated : ...`` line)."""
    ld = meta.news_article()
    published = ld_time(ld, "datePublished") or meta.time("article:published_time")
    updated = ld_time(ld, "dateModified") or meta.time("article:modified_time")
    if published is None:
        published = parse_iso(attr(tree.css_first("time[datetime]"), "datetime"))
    if published is None:
        for node in tree.css(_DATE_TAGS):
            text = node.text(deep=True)
            if len(text) < 160 and any(c.isdigit() for c in text):
                line = line_text(node)
                if is_date_line(line):
                    published, shown_update = printed_times(line)
                    return published, updated or shown_update
    return published, updated


def visible_byline(tree: Tree, body: Body) -> list[str]:
    """Reporters named by a ``By ...`` line: a paragraph at the top of ``body`` (removed from
    it), else a short element of the page that reads ``By Name``."""
    from herald_tui.fetchers.body import take_leading_byline

    names = take_leading_byline(body)
    if names:
        return names
    for node in tree.css(_BYLINE_TAGS):
        text = node.text(deep=True).strip()
        if text.startswith("By ") and len(text) < 80:
            found = split_names(line_text(node)[3:])
            if found:
                return found
    return []


def page_section(tree: Tree, meta: PageMeta, *navigation: str) -> str:
    """The section: metadata (``article:section``, JSON-LD ``articleSection``), then the
    breadcrumb (JSON-LD ``BreadcrumbList`` below the home page), then the first of the
    ``navigation`` selectors (a site's "current section" marker) that matches."""
    found = meta.get("article:section") or ld_text(meta.news_article(), "articleSection")
    if found:
        return found
    for obj in meta.json_ld:
        if obj.get("@type") == "BreadcrumbList":
            items = obj.get("itemListElement")
            names = [_crumb(item) for item in items] if isinstance(items, list) else []
            if len(names) > 1 and names[-1]:
                return names[-1]
    for selector in navigation:  # in priority order: a hit stops early, a miss is one pass
        found = line_text(tree.css_first(selector))
        if found:
            return found
    return ""


def _crumb(item: object) -> str:
    if not isinstance(item, dict):
        return ""
    inner = item.get("item")
    name = item.get("name") or (inner.get("name") if isinstance(inner, dict) else "")
    return ld_text({"name": name}, "name")


def thin(body: Body, summary: str) -> bool:
    """True when a body is no body: no paragraph, or much shorter than the page's summary."""
    return not body.paragraphs or 2 * sum(map(len, body.paragraphs)) < len(summary)


def rescue(tree: Tree, body: Body, summary: str, link: Callable[[str], str]) -> tuple[Body, bool]:
    """``body`` as a site's rules found it, or, when it is :func:`thin` and the generic
    extractor finds more, the generic body; and whether the generic one was taken."""
    if thin(body, summary):
        generic = generic_body(tree, link)
        if sum(map(len, generic.paragraphs)) > sum(map(len, body.paragraphs)):
            return generic, True
    return body, False


def require_content(source: str, url: str, headline: str, body: Body) -> None:
    """:class:`ParseError` ``not an article`` for a page with neither headline nor body."""
    if not headline and not body.paragraphs:
        raise ParseError(source, url, "not an article (no headline and no body text)")


def generic_body(tree: Tree, link: Callable[[str], str]) -> Body:
    """Paragraphs and photos of the element holding the most text (see the module doc)."""
    container, paragraphs = main_paragraphs(tree)
    br_container, br_score = _densest_br_block(tree)
    body = Body()
    if br_container is not None and br_score > sum(len(text) for _, text in paragraphs):
        br_paragraphs(br_container, body, link)
        return body
    if container is None:
        return body
    order = {node.mem_id: i for i, node in enumerate(container.traverse())}
    figures = [(order.get(f.mem_id, 0), f) for f in container.css("figure")]
    for node, text in paragraphs:
        position = order.get(node.mem_id, 0)
        while figures and figures[0][0] < position:
            _figure(figures.pop(0)[1], body, link)
        body.paragraph(text)
    for _, figure in figures:
        _figure(figure, body, link)
    return body


def _figure(figure: Node, body: Body, link: Callable[[str], str]) -> None:
    """A ``figure``'s photo: caption from ``figcaption``, else from the ``alt`` when the
    figure has no caption element at all (the Korea Herald's current layout)."""
    img = figure.css_first("img")
    caption_node = figure.css_first("figcaption")
    caption = line_text(caption_node) if caption_node is not None else attr(img, "alt")
    if caption:
        body.photo(link(attr(img, "src")), caption)


def main_paragraphs(tree: Tree) -> tuple[Node | None, list[tuple[Node, str]]]:
    """The element holding the most paragraph text and its ``<p>`` children with their
    text (navigation-like short ones left out)."""
    scores: dict[int, tuple[int, Node]] = {}
    furniture = {p.mem_id for p in tree.css(_NOT_BODY)}
    for p in tree.css("p"):
        parent = p.parent
        if parent is None or p.mem_id in furniture:
            continue
        length = len(line_text(p))
        if length >= MIN_PARAGRAPH:
            score, _ = scores.get(parent.mem_id, (0, parent))
            scores[parent.mem_id] = (score + length, parent)
    if not scores:
        return None, []
    _, best = max(scores.values(), key=lambda item: item[0])
    paragraphs = []
    for child in best.iter():
        if child.tag == "p":
            text = block_text(child)
            if text and not _navigation_like(child, text):
                paragraphs.append((child, text))
    return best, paragraphs


def _densest_br_block(tree: Tree) -> tuple[Node | None, int]:
    """The element with the most text of its own between ``<br>`` tags, and that length."""
    furniture = {br.mem_id for br in tree.css(_NOT_BODY_BR)}
    best: tuple[Node | None, int] = (None, 0)
    seen: set[int] = set()
    for br in tree.css("br"):
        parent = br.parent
        if parent is None or parent.mem_id in seen or br.mem_id in furniture:
            continue
        seen.add(parent.mem_id)
        if parent.tag == "p":
            continue  # a paragraph with line breaks is the <p> case
        own = sum(
            len((child.text_content or "").strip())
            for child in parent.iter(include_text=True)
            if child.tag == "-text"
        )
        if own > best[1]:
            best = (parent, own)
    return best


def br_paragraphs(container: Node, body: Body, link: Callable[[str], str]) -> None:
    """Paragraphs separated by ``<br><br>``; an element holding an image (a table, in the old
    Korea Herald layout) is a photo whose caption is that element's text."""
    lines: list[str] = []
    breaks = 0

    def flush() -> None:
        body.paragraph(clean_block("".join(lines)))
        lines.clear()

    for node in container.iter(include_text=True):
        tag = node.tag
        if tag == "br":
            breaks += 1
            if breaks >= 2:
                flush()
            else:
                lines.append("\n")
            continue
        if tag == "-text":
            text = node.text_content or ""
            if text.strip():
                breaks = 0
            lines.append(text)
        elif tag == "table" or node.css_first("img") is not None:
            flush()
            breaks = 0
            caption = line_text(node)
            for img in node.css("img"):
                body.photo(link(attr(img, "src")), caption)
        elif tag is not None and not tag.startswith("-"):
            breaks = 0
            lines.append(raw_text(node))
    flush()


def _navigation_like(node: Node, text: str) -> bool:
    """Short text that is mostly a link or is not a sentence ("Read more", "Share"); a
    ``By Name`` line is a byline, kept for the caller to take."""
    if len(text) >= MIN_PARAGRAPH or text.startswith("By ") or "\nBy " in text:
        return False
    links = sum(len(line_text(a)) for a in node.css("a"))
    return links * 2 >= len(text) or not text.endswith(_SENTENCE_END)
