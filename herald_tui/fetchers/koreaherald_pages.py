"""Reading The Korea Herald's pages: feeds, list pages and articles
(:class:`~herald_tui.fetchers.koreaherald.KoreaHeraldFetcher` imports this on its first parse).

Three article layouts, tried in this order: the *old* one (``h1.view_tit``, about 2020 to mid
2023, body text split by ``<br><br>``), the *middle* one (``.news_content``, 2023-2024) and the
*current* one (``article#articleText`` and a JSON-LD NewsArticle, since December 2024). Each
reads metadata first (JSON-LD, ``og:*``, ``article:*``) and its DOM second; a page that matches
none is parsed by the generic parser. Feeds: ``/rss/<name>``. List pages: ``.recent_news``.
The conventions (what each field holds) are in ``tests/fixtures/README.md``.
"""

from __future__ import annotations

import dataclasses
import html as htmllib
import re
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from herald_tui.fetchers.body import Body, byline, person_names, split_names, take_leading_byline
from herald_tui.fetchers.dates import parse_printed, parse_rfc822, printed_times
from herald_tui.fetchers.dom import (
    Node,
    Tree,
    attr,
    block_text,
    first_of,
    id_is,
    line_text,
    parse_html,
    text_of,
)
from herald_tui.fetchers.feeds import rss_items
from herald_tui.fetchers.generic import (
    br_paragraphs,
    generic_body,
    page_section,
    page_times,
    require_content,
    rescue,
    visible_byline,
    visible_headline,
)
from herald_tui.fetchers.meta import PageMeta, ld_names, ld_text, ld_time, strip_suffix
from herald_tui.fetchers.region import read_region
from herald_tui.model import Article, Headline
from herald_tui.text import clean_line

if TYPE_CHECKING:
    from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher

__all__ = ["article", "feed", "listing"]

TITLE_SUFFIXES = (" - The Korea Herald", " | The Korea Herald")

# "Kim Example (example@heraldcorp.com)", "By Kim Example (...)", "(example@heraldcorp.com)"
_SIGN_OFF = re.compile(
    r"^(?:(?:By\s+)?(?P<names>[^()]+?)\s*)?\((?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\)$"
)
_LIST_ITEMS = 'article.recent_news > ul.news_list > li > a[href^="/article/"]'
# What tells the layouts apart. The live site's container is looked for first (a hit stops
# early); the others, in one pass, only without it (a miss costs a pass over 100 KB).
_CURRENT = "article#articleText"
_LAYOUT_MARKS = {
    "old_body": "#articleText .view_con_t",
    "old_title": "h1.view_tit",
    "middle": ".news_content",
    "current": _CURRENT,
}
# Where the page names its section when the metadata does not: the category link above the
# headline (a breadcrumb), then the navigation's current entry.
_SECTION_MARKS = (
    ".news_title_area a.category",
    "header a.category",
    "ul.gnb .on",
    "div.nav_area > a.category",
)
_LAYOUT_QUERY = ", ".join(_LAYOUT_MARKS.values())

# --- feeds and lists ----------------------------------------------------------------------


def feed(fetcher: KoreaHeraldFetcher, body: str, url: str) -> list[Headline]:
    """Headlines of an RSS feed (``/rss/<name>``)."""
    section = fetcher.section_for(url)
    rows = (
        fetcher.headline(
            fetcher.link(item.link),
            clean_line(htmllib.unescape(item.title)),  # CDATA: entities still encoded
            section=section,
            published=parse_rfc822(item.pub_date),
            summary=_html_line(item.description),
        )
        for item in rss_items(body)
    )
    return [row for row in rows if row is not None]


def listing(fetcher: KoreaHeraldFetcher, html: str, url: str) -> list[Headline]:
    """Headlines of a section's list page (``.recent_news``); none when that is not there
    (the caller then harvests the page's links)."""
    section = fetcher.section_for(url)
    rows = (
        fetcher.headline(
            fetcher.link(attr(anchor, "href")),
            text_of(anchor, "p.news_title"),
            section=section,
            published=parse_printed(text_of(anchor, "span.date")),
            summary=text_of(anchor, "p.news_text"),
            thumbnail=fetcher.link(attr(anchor.css_first("div.news_img img"), "src")),
        )
        for anchor in parse_html(html).css(_LIST_ITEMS)
    )
    return [row for row in rows if row is not None]


# --- articles -----------------------------------------------------------------------------


def article(fetcher: KoreaHeraldFetcher, html: str, url: str) -> Article:
    """The article on a page, in whichever of the three layouts it is (else generic); read
    without the navigation in its header when that gives the same (:mod:`.region`)."""
    return read_region(html, lambda tree: _article(fetcher, tree, url))


def _article(fetcher: KoreaHeraldFetcher, tree: Tree, url: str) -> Article:
    meta = PageMeta(tree)
    page = _Page(fetcher, tree, meta, _article_url(fetcher, url, meta))
    for layout in (page.old, page.middle, page.current):
        found = layout()
        if found is not None:
            return found
    return page.generic()


def _article_url(fetcher: KoreaHeraldFetcher, url: str, meta: PageMeta) -> str:
    if fetcher.suitable(url):
        return fetcher.canonical_url(url)
    canonical = fetcher.link(meta.get("og:url"))
    return canonical if fetcher.suitable(canonical) else fetcher.link(url)


class _Page:
    """One article page being read: the three layouts share metadata and helpers here."""

    def __init__(self, fetcher: KoreaHeraldFetcher, tree: Tree, meta: PageMeta, url: str):
        self.fetcher = fetcher
        self.tree = tree
        self.meta = meta
        self.url = url
        self.ld = meta.news_article()
        self.marks: dict[str, Node] = {}
        current = first_of(tree, "article", _CURRENT, id_is("articleText"))
        if current is not None and current.css_first(".view_con_t") is None:
            self.marks["current"] = current
            return
        for node in tree.css(_LAYOUT_QUERY):
            for key, selector in _LAYOUT_MARKS.items():
                if key not in self.marks and node.css_matches(selector):
                    self.marks[key] = node

    def section(self) -> str:
        """Metadata, then the breadcrumb, then the navigation's current section."""
        return page_section(self.tree, self.meta, *_SECTION_MARKS)

    def article(
        self,
        body: Body,
        *,
        headline: str,
        subheadline: str,
        authors: list[str],
        published: datetime | None,
        updated: datetime | None,
    ) -> Article:
        """The Article: the layout's fields, common metadata, and the body without the
        reporter's sign-off (whose name is the author when the layout names none). When the
        layout's selectors found no body (a redesign), the generic extractor's is used."""
        summary = self.meta.get("og:description", "description")
        body, fallback = rescue(self.tree, body, summary, self.fetcher.link)
        names, email = _take_sign_off(body)
        everyone = tuple(authors or take_leading_byline(body) or names)
        return Article(
            url=self.url,
            source=self.fetcher.name,
            section=self.section(),
            headline=headline,
            subheadline=subheadline,
            byline=byline(everyone),
            authors=everyone,
            published=published,
            updated=updated if updated != published else None,
            summary=summary,
            photos=tuple(body.photos),
            paragraphs=tuple(body.paragraphs),
            videos=tuple(body.videos),
            email=email,
            fallback=fallback,
        )

    def generic(self) -> Article:
        """A page in none of the known layouts: what any page shows, with the site's
        conventions (sign-off, section marks) still applied."""
        body = generic_body(self.tree, self.fetcher.link)
        headline = visible_headline(self.tree, self.meta, TITLE_SUFFIXES)
        require_content(self.fetcher.name, self.url, headline, body)
        published, updated = page_times(self.tree, self.meta)
        authors = visible_byline(self.tree, body) or person_names(ld_names(self.ld.get("author")))
        found = self.article(
            body,
            headline=headline,
            subheadline="",
            authors=authors,
            published=published,
            updated=updated,
        )
        return dataclasses.replace(found, fallback=True)

    # --- the three layouts: each returns None when the page is not in its layout ------------

    def current(self) -> Article | None:
        """Since December 2024: JSON-LD NewsArticle and ``article#articleText > p``."""
        container = self.marks.get("current")
        if container is None and not self.ld:
            return None
        meta, ld = self.meta, self.ld
        headline = strip_suffix(
            ld_text(ld, "headline") or meta.get("og:title"), *TITLE_SUFFIXES
        ) or text_of(self.tree, "h1")
        body = Body()
        if container is not None:
            for child in container.iter():
                if child.tag == "p":
                    body.paragraph(block_text(child))
                else:
                    for img in child.css("figure.article-img img"):
                        body.photo(self.fetcher.link(attr(img, "src")), attr(img, "alt"))
        return self.article(
            body,
            headline=headline,
            subheadline=line_text(first_of(self.tree, "h2", "h2.news_title_sub")),
            authors=person_names(ld_names(ld.get("author"))),
            published=ld_time(ld, "datePublished") or meta.time("article:published_time"),
            updated=ld_time(ld, "dateModified") or meta.time("article:modified_time"),
        )

    def middle(self) -> Article | None:
        """About August 2023 to late 2024: ``.news_content``, ``h1.news_title``."""
        container = self.marks.get("middle")
        if container is None:
            return None
        body = Body()
        image = ""
        for node in _walk(
            container, lambda n: n.css_matches(".news_btn_wrap, .news_journalist_area")
        ):
            if node.tag == "img":
                image = self.fetcher.link(attr(node, "src"))
            elif node.css_matches(".img_caption"):
                body.photo(image, line_text(node))
                image = ""
            elif node.tag == "p":
                body.paragraph(block_text(node))
        title_area = self.tree.css_first("h1.news_title")
        published, updated = printed_times(text_of(self.tree, "p.news_date"))
        return self.article(
            body,
            headline=line_text(title_area) or self._meta_headline(),
            subheadline=text_of(self.tree, "h2.news_title"),
            authors=self._byline_near(title_area),
            published=published or self.meta.time("article:published_time"),
            updated=updated,
        )

    def old(self) -> Article | None:
        """About 2020 to mid 2023: ``h1.view_tit``, body in ``.view_con_t`` split at
        ``<br><br>``."""
        container = self.marks.get("old_body")
        title = self.marks.get("old_title")
        if container is None and title is None:
            return None
        body = Body()
        if container is not None:
            br_paragraphs(container, body, self.fetcher.link)
        published, updated = printed_times(text_of(self.tree, ".view_tit_byline_r"))
        authors = [
            n
            for a in self.tree.css(".view_tit_byline_l a")
            for n in split_names(re.sub(r"^By\s+", "", line_text(a)))
        ]
        return self.article(
            body,
            headline=line_text(title) or self._meta_headline(),
            subheadline=text_of(self.tree, "h2.view_tit_sub"),
            authors=authors,
            published=published or self.meta.time("article:published_time"),
            updated=updated,
        )

    def _meta_headline(self) -> str:
        return strip_suffix(self.meta.get("og:title"), *TITLE_SUFFIXES)

    def _byline_near(self, title: Node | None) -> list[str]:
        """Names from a "By ..." line in the title's block (the middle layout has no byline
        element of its own)."""
        area = title.parent if title is not None else None
        for line in block_text(area).split("\n") if area is not None else ():
            if line.startswith("By "):
                return split_names(line[3:])
        return []


def _walk(root: Node, skip: Callable[[Node], bool]) -> list[Node]:
    """Elements under ``root`` in document order, without the subtrees ``skip`` selects or
    those inside a ``p`` (a paragraph is taken whole)."""
    found = []
    stack = [root.iter()]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
        elif not skip(node):
            found.append(node)
            if node.tag != "p":
                stack.append(node.iter())
    return found


def _take_sign_off(body: Body) -> tuple[list[str], str]:
    """Remove a final ``Name (address@heraldcorp.com)`` paragraph; return names and address."""
    if not body.paragraphs:
        return [], ""
    match = _SIGN_OFF.match(body.paragraphs[-1].replace("\n", " "))
    if not match:
        return [], ""
    names = split_names(match["names"] or "")
    if match["names"] and not names:
        return [], ""  # "(... some words ...)" ending a paragraph is not a sign-off
    body.drop(len(body.paragraphs) - 1)
    return names, match["email"]


def _html_line(fragment: str) -> str:
    """The text of an HTML fragment (a feed's description) as one clean line."""
    return line_text(parse_html(fragment).body) if fragment.strip() else ""
