"""Yonhap News Agency, English edition (``en.yna.co.kr``, mobile ``m-en.yna.co.kr``).

Article pages: metadata (``og:*``, ``article:*``, ``yna:content_id``) first, then the story
block ``article.story-news``; a page without that block is parsed by the generic parser, with
the metadata still applied. Feeds: ``/RSS/<channel>.xml``. List pages: ``.smain-list-type01``.
The conventions (what each field holds) are in ``tests/fixtures/README.md``.

Content ids (``AEN20240710000351315``) carry a two-digit revision: ``00`` first, ``51``
(LEAD), ``52`` (2nd LD)... :func:`story_of` splits an id into story id and revision, and
:func:`herald_tui.fetchers.revisions.fold_revisions` keeps the latest of each story.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime

from herald_tui.fetchers.base import Fetcher
from herald_tui.fetchers.body import Body, byline, split_names
from herald_tui.fetchers.dates import KST, parse_rfc822
from herald_tui.fetchers.dom import Node, Tree, attr, block_text, line_text, parse_html, text_of
from herald_tui.fetchers.feeds import rss_items
from herald_tui.fetchers.generic import generic_article
from herald_tui.fetchers.meta import PageMeta, strip_suffix
from herald_tui.model import Article, Headline, Link, Section
from herald_tui.text import clean_line

__all__ = ["YonhapFetcher", "story_of"]

HOME = "https://en.yna.co.kr"
TITLE_SUFFIX = " | Yonhap News Agency"

# AEN + date (8) + serial (4) + revision (2) + desk (3).
_CONTENT_ID = re.compile(r"\b([A-Z]{3}(\d{8})\d{4})(\d{2})(\d{3})\b")
_VIEW = re.compile(r"^/view/([A-Z]{3}\d{17})(?=[/?#]|$)")
_ATTN = re.compile(r"^\(ATTN:.*\)$", re.I)
_BY = re.compile(r"^By\s+(.+)$")
_SIGN_OFF = re.compile(r"^(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s*\(END\))?$")
_END = re.compile(r"\s*\(END\)$")


def story_of(content_id: str) -> tuple[str, int]:
    """``(story_id, revision)`` of a content id found in ``content_id`` (an id or a URL):
    the id with its revision digits set to ``00``, and those digits as a number.
    ``("", 0)`` when there is no id."""
    match = _CONTENT_ID.search(content_id)
    if not match:
        return "", 0
    return f"{match[1]}00{match[4]}", int(match[3])


def _section(id: str, title: str, list_path: str, *feeds: str) -> Section:
    feed_urls = tuple(f"{HOME}/RSS/{feed}.xml" for feed in feeds)
    return Section("yonhap", id, title, feed_urls, HOME + list_path)


class YonhapFetcher(Fetcher):
    """Yonhap News Agency, English edition."""

    name = "yonhap"
    display_name = "Yonhap News Agency"
    home = HOME
    hosts = frozenset({"en.yna.co.kr", "m-en.yna.co.kr"})
    article_paths = (_VIEW,)
    sections = (
        _section("news", "All News", "/news", "news"),
        _section("national", "National", "/national/index", "national"),
        _section("nk", "North Korea", "/nk/index"),
        _section("economy", "Economy & Finance", "/economy-finance/index"),
        _section("culture", "Culture", "/culture/index"),
        _section("sports", "Sports", "/sports/index"),
        _section("topnews", "Top News", "/topnews/index"),
    )
    version = 1

    def canonicalize_path(self, path: str) -> str:
        """``/view/<content id>``, without the query (``?section=news&input=rss``)."""
        match = _VIEW.match(path)
        return f"/view/{match[1]}" if match else path

    # --- feeds and lists ------------------------------------------------------------------

    def story_of(self, text: str) -> tuple[str, int]:
        """From the content id in ``text``: see :func:`story_of`."""
        return story_of(text)

    def _parse_feed(self, body: str, url: str) -> list[Headline]:
        section = self.section_for(url)
        rows = (
            self.headline(
                self.link(item.link),
                clean_line(item.title),
                section=section,
                published=parse_rfc822(item.pub_date),
                summary=clean_line(item.description),
                ids=item.guid,
            )
            for item in rss_items(body)
        )
        return [row for row in rows if row is not None]

    def _parse_list(self, html: str, url: str) -> list[Headline]:
        section = self.section_for(url)
        rows = []
        for item in parse_html(html).css("div.smain-list-type01 > ul > li > article"):
            anchor = item.css_first("div.txt-con h2.tit a")
            link = self.link(attr(anchor, "href"))
            rows.append(
                self.headline(
                    link,
                    line_text(anchor),
                    section=section,
                    published=_id_date(link),
                    summary=text_of(item, "span.lead"),
                    thumbnail=self.link(attr(item.css_first("figure.img-cover img"), "src")),
                )
            )
        return [row for row in rows if row is not None]

    # --- articles ---------------------------------------------------------------------------

    def _parse_article(self, html: str, url: str) -> Article:
        tree = parse_html(html)
        meta = PageMeta(tree)
        content_id = _content_id(tree, meta, url)
        page_url = self._article_url(url, content_id)
        story = tree.css_first("article.story-news")
        if story is None:  # unknown layout: the generic body, with our metadata below
            article = generic_article(
                tree, url=page_url, source=self.name, suffixes=(TITLE_SUFFIX,), link=self.link
            )
        else:
            article = self._story(tree, story, meta, page_url)
        story_id, revision = story_of(content_id)
        sections = (s.strip() for s in meta.get("article:section").split(","))
        return dataclasses.replace(
            article, section=", ".join(filter(None, sections)), story_id=story_id, revision=revision
        )

    def _story(self, tree: Tree, story: Node, meta: PageMeta, url: str) -> Article:
        """The article from the ``article.story-news`` layout."""
        headline = text_of(tree, "header.title-article01 h1.tit") or strip_suffix(
            meta.get("og:title", "headline"), TITLE_SUFFIX
        )
        body = self._body(story, headline)
        authors = _take_byline(body) or ([meta.get("author")] if meta.get("author") else [])
        published = meta.time("article:published_time")
        updated = meta.time("article:modified_time")
        return Article(
            url=url,
            source=self.name,
            section="",
            headline=headline,
            byline=byline(authors),
            authors=tuple(authors),
            published=published,
            updated=updated if updated != published else None,
            summary=meta.get("og:description", "description"),
            email=_take_sign_off(body),
            photos=tuple(body.photos),
            paragraphs=tuple(body.paragraphs),
            videos=tuple(body.videos),
            tags=tuple(filter(None, (line_text(a).lstrip("#").strip() for a in tree.css(_TAGS)))),
            related=tuple(self._related(tree)),
        )

    def _article_url(self, url: str, content_id: str) -> str:
        """Canonical: from ``url`` when it is an article URL, else from the content id."""
        if self.suitable(url):
            return self.canonical_url(url)
        return f"{HOME}/view/{content_id}" if content_id else self.link(url)

    def _body(self, story: Node, headline: str) -> Body:
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
                body.photo(self.link(attr(img, "src")), caption)
            for group in child.css("div.comp-box.youtube-group"):
                href = attr(group.css_first("a.txt-link"), "href")
                url = self.link(href) or self.link(attr(group.css_first("iframe"), "src"))
                body.video(url, text_of(group, "p.txt-desc"))
        return body

    def _related(self, tree: Tree) -> list[Link]:
        links = []
        for anchor in tree.css("div.related-group ul#moreArticleNews li a"):
            url, title = self.link(attr(anchor, "href")), line_text(anchor)
            if url and title:
                links.append(Link(url, title))
        return links


_TAGS = "div.keyword-zone01 .list a"


def _content_id(tree: Tree, meta: PageMeta, url: str) -> str:
    """From ``yna:content_id``, else the ``body-<ID>`` class, else the URL; ``""`` if none."""
    body = tree.body
    for source in (meta.get("yna:content_id"), attr(body, "class"), url):
        match = _CONTENT_ID.search(source)
        if match:
            return match[0]
    return ""


def _id_date(url: str) -> datetime | None:
    """Midnight KST of the date in a content id (list pages print no date)."""
    match = _CONTENT_ID.search(url)
    if not match:
        return None
    try:
        return datetime.strptime(match[2], "%Y%m%d").replace(tzinfo=KST)
    except ValueError:
        return None


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
