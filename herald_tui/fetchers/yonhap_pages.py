"""Reading Yonhap's pages: feeds, list pages and articles
(:class:`~herald_tui.fetchers.yonhap.YonhapFetcher` imports this on its first parse).

Article pages: metadata (``og:*``, ``article:*``, ``yna:content_id``) first, then the story
block ``article.story-news``; when that block is missing or gives no body (a redesign), the
generic extractor's body is used, with the metadata and Yonhap's byline and sign-off rules
still applied. Feeds: ``/RSS/<channel>.xml``. List pages: ``.smain-list-type01``.
The conventions (what each field holds) are in ``tests/fixtures/README.md``.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from herald_tui.fetchers.body import Body, byline, split_names
from herald_tui.fetchers.dates import KST, in_window, parse_rfc822
from herald_tui.fetchers.dom import (
    Node,
    Tree,
    attr,
    block_text,
    class_has,
    first_of,
    line_text,
    parse_html,
    text_of,
)
from herald_tui.fetchers.feeds import rss_items
from herald_tui.fetchers.generic import page_section, require_content, rescue, visible_headline
from herald_tui.fetchers.meta import PageMeta, strip_suffix
from herald_tui.fetchers.region import read_region
from herald_tui.fetchers.yonhap import CONTENT_ID, HOME, story_of
from herald_tui.model import Article, Headline, Link
from herald_tui.text import clean_line

if TYPE_CHECKING:
    from herald_tui.fetchers.yonhap import YonhapFetcher

__all__ = ["article", "feed", "listing"]

TITLE_SUFFIX = " | Yonhap News Agency"

_ATTN = re.compile(r"^\(ATTN:.*\)$", re.I)
_BY = re.compile(r"^By\s+(.+)$")
_SIGN_OFF = re.compile(r"^(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s*\(END\))?$")
_END = re.compile(r"\s*\(END\)$")

# --- feeds and lists ----------------------------------------------------------------------


def feed(fetcher: YonhapFetcher, body: str, url: str) -> list[Headline]:
    """Headlines of an RSS feed (``/RSS/<channel>.xml``)."""
    section = fetcher.section_for(url)
    rows = (
        fetcher.headline(
            fetcher.link(item.link),
            clean_line(item.title),
            section=section,
            published=parse_rfc822(item.pub_date),
            summary=clean_line(item.description),
            ids=item.guid,
        )
        for item in rss_items(body)
    )
    return [row for row in rows if row is not None]


def listing(fetcher: YonhapFetcher, html: str, url: str) -> list[Headline]:
    """Headlines of a section's list page (``.smain-list-type01``); none when that is not
    there (the caller then harvests the page's links)."""
    section = fetcher.section_for(url)
    rows = []
    for item in parse_html(html).css("div.smain-list-type01 > ul > li > article"):
        anchor = item.css_first("div.txt-con h2.tit a")
        link = fetcher.link(attr(anchor, "href"))
        rows.append(
            fetcher.headline(
                link,
                line_text(anchor),
                section=section,
                published=id_date(link),
                summary=text_of(item, "span.lead"),
                thumbnail=fetcher.link(attr(item.css_first("figure.img-cover img"), "src")),
            )
        )
    return [row for row in rows if row is not None]


# --- articles -----------------------------------------------------------------------------


def article(fetcher: YonhapFetcher, html: str, url: str) -> Article:
    """The article on a page: the story layout, else generic; Yonhap's metadata either way.
    Read without the navigation in its header when that gives the same (:mod:`.region`)."""
    return read_region(html, lambda tree: _article(fetcher, tree, url))


def _article(fetcher: YonhapFetcher, tree: Tree, url: str) -> Article:
    meta = PageMeta(tree)
    content_id = _content_id(tree, meta, url)
    page_url = _article_url(fetcher, url, content_id)
    # "Life,Health" -> "Life, Health"; without article:section, the breadcrumb (JSON-LD).
    sections = ", ".join(filter(None, (s.strip() for s in meta.get("article:section").split(","))))
    return _story(
        fetcher,
        tree,
        first_of(tree, "article", "article.story-news", class_has("story-news")),
        meta,
        page_url,
        section=sections or page_section(tree, meta),
        ids=story_of(content_id),
    )


def _story(
    fetcher: YonhapFetcher,
    tree: Tree,
    story: Node | None,
    meta: PageMeta,
    url: str,
    *,
    section: str,
    ids: tuple[str, int],
) -> Article:
    """The article from the ``article.story-news`` layout, or from the generic body when
    that block is missing or gives none (``fallback``); ``section`` and ``ids`` (story id,
    revision) as the page gives them."""
    headline = line_text(first_of(tree, "h1", "header.title-article01 h1.tit")) or strip_suffix(
        meta.get("og:title", "headline"), TITLE_SUFFIX
    )
    if story is None:
        headline = visible_headline(tree, meta, (TITLE_SUFFIX,))
    body = _body(fetcher, story, headline) if story is not None else Body()
    # The keyword box is the story's sibling: look there, not through the whole page (the
    # page's body is searched as the page: the same matches, and a search region.py sees).
    parent = story.parent if story is not None else None
    near = parent if parent is not None and parent.tag != "body" else tree
    summary = meta.get("og:description", "description")
    body, rescued = rescue(tree, body, summary, fetcher.link)
    fallback = story is None or rescued
    require_content(fetcher.name, url, headline, body)
    # Only the byline paragraph the page shows: ``meta[name=author]`` holds an editor's Korean
    # name or a desk in Hangul, never the story's byline (tests/fixtures/README.md).
    authors = _take_byline(body)
    published = meta.time("article:published_time")
    updated = meta.time("article:modified_time")
    return Article(
        url=url,
        source=fetcher.name,
        section=section,
        headline=headline,
        byline=byline(authors),
        authors=tuple(authors),
        published=published,
        updated=updated if updated != published else None,
        summary=summary,
        email=_take_sign_off(body),
        photos=tuple(body.photos),
        paragraphs=tuple(body.paragraphs),
        videos=tuple(body.videos),
        tags=tuple(filter(None, (line_text(a).lstrip("#").strip() for a in near.css(_TAGS)))),
        related=tuple(_related(fetcher, story or tree)),
        story_id=ids[0],
        revision=ids[1],
        fallback=fallback,
    )


def _article_url(fetcher: YonhapFetcher, url: str, content_id: str) -> str:
    """Canonical: from ``url`` when it is an article URL, else from the content id."""
    if fetcher.suitable(url):
        return fetcher.canonical_url(url)
    return f"{HOME}/view/{content_id}" if content_id else fetcher.link(url)


def _body(fetcher: YonhapFetcher, story: Node, headline: str) -> Body:
    """Paragraphs (``p`` children without a class), photos and videos, in order."""
    body = Body()
    for child in story.iter():
        if child.tag == "p":
            if "class" not in child.attributes:
                body.paragraph(block_text(child))
            continue
        for figure in child.css("div.comp-box.photo-group figure.image-zone"):
            img = figure.css_first("img[src]")
            caption = text_of(figure, "figcaption p.txt-desc")
            if not caption and not _placeholder(alt := attr(img, "alt"), headline):
                caption = alt
            body.photo(fetcher.link(attr(img, "src")), caption)
        for group in child.css("div.comp-box.youtube-group"):
            href = attr(group.css_first("a.txt-link"), "href")
            url = fetcher.link(href) or fetcher.link(attr(group.css_first("iframe"), "src"))
            body.video(url, text_of(group, "p.txt-desc"))
    return body


def _related(fetcher: YonhapFetcher, root: Node | Tree) -> list[Link]:
    """The related box's links (the box sits inside the story)."""
    links = []
    for anchor in root.css("div.related-group ul#moreArticleNews li a"):
        url, title = fetcher.link(attr(anchor, "href")), line_text(anchor)
        if url and title:
            links.append(Link(url, title))
    return links


_TAGS = "div.keyword-zone01 .list a"


def _content_id(tree: Tree, meta: PageMeta, url: str) -> str:
    """From ``yna:content_id``, else the ``body-<ID>`` class, else the URL; ``""`` if none."""
    body = tree.body
    for source in (meta.get("yna:content_id"), attr(body, "class"), url):
        match = CONTENT_ID.search(source)
        if match:
            return match[0]
    return ""


def id_date(url: str) -> datetime | None:
    """Midnight KST of the date in a content id (list pages print no date)."""
    match = CONTENT_ID.search(url)
    if not match:
        return None
    try:
        day = datetime.strptime(match[2], "%Y%m%d").replace(tzinfo=KST)
    except ValueError:
        return None
    return in_window(day)


def _placeholder(alt: str, headline: str) -> bool:
    """True for the alt text Yonhap gives captionless photos: "<headline> - N"."""
    match = re.fullmatch(r"(.*) - \d+", alt)
    return match is not None and _unlabelled(match[1]) == _unlabelled(headline)


def _unlabelled(title: str) -> str:
    """A headline without its leading labels: "(LEAD)", "(2nd LD)", "(News Focus)"."""
    return re.sub(r"^(?:\([^()]*\)\s*)+", "", title).strip()


def _take_byline(body: Body) -> list[str]:
    """Remove the leading ATTN/byline paragraph(s); return the reporters named there."""
    authors: list[str] = []
    while body.paragraphs:
        names = _byline_names(body.paragraphs[0])
        if names is None:
            break
        authors += names
        body.drop(0)
    return authors


def _byline_names(text: str) -> list[str] | None:
    """Names in an ATTN/byline paragraph, ``[]`` for ATTN alone, None for body text."""
    names: list[str] = []
    for line in text.split("\n"):
        if _ATTN.match(line):
            continue
        match = _BY.match(line)
        found = split_names(match[1]) if match else []
        if not found:
            return None
        names += found
    return names


def _take_sign_off(body: Body) -> str:
    """Remove the sign-off (``name@yna.co.kr<br>(END)``) and a trailing ``(END)``; return
    the address, or ``""``."""
    email = ""
    if body.paragraphs:
        match = _SIGN_OFF.match(" ".join(body.paragraphs[-1].split("\n")))
        if match:
            email = match["email"]
            body.drop(len(body.paragraphs) - 1)
    if body.paragraphs and _END.search(body.paragraphs[-1]):
        last = _END.sub("", body.paragraphs[-1])
        body.drop(len(body.paragraphs) - 1)
        body.paragraph(last)
    return email
