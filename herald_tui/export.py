"""An article as plain text or Markdown, laid out like the article on paper.

Order: outlet and section, headline, subheadline, byline, times (KST), then the body with each
photo and video at its place, then tags, related stories and the URL. Model text is already
sanitised (no control characters); Markdown output additionally escapes the characters that
would let page text create links, images, HTML or entities, and makes only links and images to
the sites' own hosts live.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator

from herald_tui.model import Article, Photo, Video
from herald_tui.times import kst
from herald_tui.weburl import BadUrl, checked_url

__all__ = ["WIDTH", "article_markdown", "article_text", "md_escape"]

WIDTH = 80
"""Plain text is wrapped to this many columns."""


def _times(article: Article) -> str:
    parts = []
    if article.published:
        parts.append(f"Published {kst(article.published)}")
    if article.updated:
        parts.append(f"Updated {kst(article.updated)}")
    return " · ".join(parts)


def _outlet(article: Article, source_title: str) -> str:
    return " · ".join(filter(None, (source_title or article.source, article.section)))


def article_text(article: Article, *, source_title: str = "", width: int = WIDTH) -> str:
    """The article as plain text, paragraphs wrapped at ``width`` columns."""
    return "\n\n".join(_text_blocks(article, source_title, width)) + "\n"


def _text_blocks(article: Article, source_title: str, width: int) -> Iterator[str]:
    yield "\n".join(
        filter(None, (_outlet(article, source_title), article.headline, article.subheadline))
    )
    head = "\n".join(filter(None, (article.byline, _times(article))))
    if head:
        yield head
    for item in _reading_order(article):
        if isinstance(item, Photo):
            yield _wrap(f"[Photo] {_caption(item)}".rstrip(), width)
        elif isinstance(item, Video):
            yield _wrap(" ".join(filter(None, ("[Video]", item.title, f"<{item.url}>"))), width)
        else:
            yield "\n".join(_wrap(line, width) for line in item.split("\n"))
    if article.tags:
        yield _wrap("Tags: " + ", ".join(article.tags), width)
    if article.related:
        yield "Related:\n" + "\n".join(
            _wrap(f"- {link.title} <{link.url}>", width, indent="  ") for link in article.related
        )
    yield article.url


def _wrap(text: str, width: int, indent: str = "") -> str:
    return textwrap.fill(
        text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )


def _caption(photo: Photo) -> str:
    return " ".join(filter(None, (photo.caption, photo.credit)))


def _reading_order(article: Article) -> Iterator[Photo | Video | str]:
    """Paragraphs, with each photo and video yielded before the paragraph it precedes
    (photos first when both stand at one place)."""
    media: list[Photo | Video] = [*article.photos, *article.videos]
    media.sort(key=lambda m: m.paragraph)  # stable: photos stay before videos
    position = 0
    for index, text in enumerate(article.paragraphs):
        while position < len(media) and media[position].paragraph <= index:
            yield media[position]
            position += 1
        yield text
    yield from media[position:]


# --- Markdown ------------------------------------------------------------------------------

_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_LINE_START = re.compile(r"^(\s*)(\d*)([#+=>.)-])", re.M)


def md_escape(text: str) -> str:
    """Page text as literal Markdown: no emphasis, links, images, HTML, entities or block
    syntax can come out of it."""
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: _block_marker(m[1], m[2], m[3]), text)


def _block_marker(space: str, digits: str, mark: str) -> str:
    """A line start that Markdown would read as a heading, list, quote or rule, escaped."""
    if digits and mark not in ".)":
        return space + digits + mark
    if not digits and mark in ".)":
        return space + mark
    return f"{space}{digits}\\{mark}"


def _md_url(url: str, hosts: frozenset[str]) -> str:
    """The re-serialised ``url``, safe inside ``<...>`` link syntax, if it may be live: a safe
    http(s) URL to one of ``hosts``; else ``""``."""
    try:
        parsed = checked_url(url)
    except BadUrl:
        return ""
    if parsed.host_key not in hosts:
        return ""
    return str(parsed).replace("(", "%28").replace(")", "%29")


def _plain_url(url: str) -> str:
    """A web link as plain text: a code span, which no renderer links or fetches; ``""`` if
    ``url`` is not a safe web link at all (``javascript:``...)."""
    try:
        return f"`{str(checked_url(url)).replace('`', '%60')}`"
    except BadUrl:
        return ""


def _md_link(text: str, url: str, hosts: frozenset[str]) -> str:
    target = _md_url(url, hosts)
    if target:
        return f"[{md_escape(text)}](<{target}>)"
    plain = _plain_url(url)
    if text == url:
        return plain
    return " ".join(filter(None, (md_escape(text), plain)))


def article_markdown(
    article: Article, *, source_title: str = "", hosts: frozenset[str] = frozenset()
) -> str:
    """The article as CommonMark. Links and images are live only to ``hosts`` (the sites'
    own); any other URL is written as plain text, so a page cannot make the export fetch a
    tracking image or show a link that goes somewhere else."""
    return "\n\n".join(_md_blocks(article, source_title, hosts)) + "\n"


def _md_photo(photo: Photo, hosts: frozenset[str]) -> str:
    caption = md_escape(_caption(photo))
    target = _md_url(photo.url, hosts)
    image = f"![{caption}](<{target}>)" if target else ""
    plain = "" if target else _plain_url(photo.url)
    if plain:
        image = f"Photo: {plain}"
    return "\n".join(filter(None, (image, caption and f"*{caption}*"))) or "*Photo*"


def _md_blocks(article: Article, source_title: str, hosts: frozenset[str]) -> Iterator[str]:
    yield f"*{md_escape(_outlet(article, source_title))}*"
    yield f"# {md_escape(article.headline)}"
    if article.subheadline:
        yield f"## {md_escape(article.subheadline)}"
    head = " · ".join(filter(None, (article.byline, _times(article))))
    if head:
        yield f"*{md_escape(head)}*"
    for item in _reading_order(article):
        if isinstance(item, Photo):
            yield _md_photo(item, hosts)
        elif isinstance(item, Video):
            yield "Video: " + _md_link(item.title or item.url, item.url, hosts)
        else:
            yield "  \n".join(md_escape(line) for line in item.split("\n"))
    if article.tags:
        yield "**Tags:** " + ", ".join(md_escape(t) for t in article.tags)
    if article.related:
        yield "**Related**\n\n" + "\n".join(
            f"- {_md_link(link.title, link.url, hosts)}" for link in article.related
        )
    yield _md_link(article.url, article.url, hosts)
