"""The generic article parser: the last resort when a page's layout is not recognised.

It relies on metadata (JSON-LD, ``og:*``, ``article:*``) for the headline, times and summary,
and takes as body the ``<p>`` children of the element that holds the most paragraph text. The
result is marked ``fallback=True`` so the reader can say the article may be incomplete.
"""

from __future__ import annotations

from collections.abc import Callable

from herald_tui.fetchers.body import byline
from herald_tui.fetchers.dom import Node, Tree, attr, block_text, line_text
from herald_tui.fetchers.meta import PageMeta, ld_names, ld_text, ld_time, strip_suffix
from herald_tui.model import Article, Photo
from herald_tui.text import split_credit

__all__ = ["MIN_PARAGRAPH", "generic_article", "main_paragraphs"]

MIN_PARAGRAPH = 40
"""Paragraphs shorter than this (characters) that read like navigation are not body text."""

# Paragraphs in page furniture. (Lexbor's ":is(nav, ...) p" misses deeper paragraphs: spelled out.)
_NOT_BODY = ", ".join(
    f"{c} p" for c in ("header", "footer", "nav", "aside", "form", "[role=navigation]")
)
_SENTENCE_END = tuple(".!?\"'”’)")


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
    title = (
        ld_text(ld, "headline")
        or meta.get("og:title", "twitter:title")
        or line_text(tree.css_first("title"))
        or line_text(tree.css_first("h1"))
    )
    published = ld_time(ld, "datePublished") or meta.time("article:published_time")
    updated = ld_time(ld, "dateModified") or meta.time("article:modified_time")
    container, paragraphs = main_paragraphs(tree)
    headline = strip_suffix(title, *suffixes)
    if not headline and not paragraphs:
        from herald_tui.fetchers.base import ParseError

        raise ParseError(source, url, "not an article (no headline and no body text)")
    authors = tuple(ld_names(ld.get("author")))
    return Article(
        url=url,
        source=source,
        section=meta.get("article:section"),
        headline=headline,
        byline=byline(authors),
        authors=authors,
        published=published,
        updated=updated if updated != published else None,
        summary=meta.get("og:description", "description"),
        photos=_photos(container, paragraphs, link) if container is not None else (),
        paragraphs=tuple(text for _, text in paragraphs),
        fallback=True,
    )


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


def _navigation_like(node: Node, text: str) -> bool:
    """Short text that is mostly a link or is not a sentence ("Read more", "Share")."""
    if len(text) >= MIN_PARAGRAPH:
        return False
    links = sum(len(line_text(a)) for a in node.css("a"))
    return links * 2 >= len(text) or not text.endswith(_SENTENCE_END)


def _photos(
    container: Node, paragraphs: list[tuple[Node, str]], link: Callable[[str], str]
) -> tuple[Photo, ...]:
    """``figure img`` with a caption inside the body element, placed by document order."""
    order = {node.mem_id: i for i, node in enumerate(container.traverse())}
    body = [order.get(p.mem_id, 0) for p, _ in paragraphs]
    photos = []
    for figure in container.css("figure"):
        caption = line_text(figure.css_first("figcaption"))
        src = link(attr(figure.css_first("img"), "src"))
        if src and caption:
            position = order.get(figure.mem_id, 0)
            before = sum(1 for p in body if p < position)
            photos.append(Photo(src, *split_credit(caption), paragraph=before))
    return tuple(photos)
