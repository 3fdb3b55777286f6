"""Markdown export: live links and images only to the sites' own hosts; any other URL is
written as plain text (a code span, which no renderer turns into a link or fetches)."""

from __future__ import annotations

import re

from herald_tui.export import article_markdown
from herald_tui.model import Article, Link, Photo, Video

SITE_HOSTS = frozenset({"en.yna.co.kr", "img1.yna.co.kr"})
ARTICLE = Article(
    "https://en.yna.co.kr/view/AEN1",
    "yonhap",
    "National",
    "Headline",
    paragraphs=("One.", "Two."),
    photos=(
        Photo("https://img1.yna.co.kr/photo/1.jpg", "Own photo", paragraph=0),
        Photo("https://tracker.example/pixel.gif?id=42", "Foreign photo", paragraph=1),
    ),
    videos=(Video("https://youtu.be/abc", "A video", paragraph=1),),
    related=(
        Link("https://en.yna.co.kr/view/AEN2", "Related on the site"),
        Link("https://evil.example/phish", "Foreign story"),
        Link("http://evil.example\\@en.yna.co.kr/x", "Disguised"),
    ),
)


def _live_targets(markdown: str) -> list[str]:
    """Every URL a Markdown renderer would link to or fetch: ``[..](<url>)``, ``![..](<url>)``
    and bare autolinks."""
    inline = re.findall(r"\]\(<([^>]*)>\)", markdown)
    rest = re.sub(r"!?\[[^\]]*\]\(<[^>]*>\)|`[^`]*`", "", markdown)
    autolinks = re.findall(r"<(https?://[^>]+)>", rest)
    bare = re.findall(r"(?<!<)\bhttps?://[^\s>]+", rest)
    return inline + autolinks + bare


def test_only_the_sites_own_hosts_are_live() -> None:
    out = article_markdown(ARTICLE, hosts=SITE_HOSTS)
    assert sorted(_live_targets(out)) == [
        "https://en.yna.co.kr/view/AEN1",
        "https://en.yna.co.kr/view/AEN2",
        "https://img1.yna.co.kr/photo/1.jpg",
    ]
    assert "![Own photo](<https://img1.yna.co.kr/photo/1.jpg>)" in out
    assert "`https://tracker.example/pixel.gif?id=42`" in out
    assert "`https://youtu.be/abc`" in out
    assert "- Foreign story `https://evil.example/phish`" in out
    # The disguised link is shown as a browser would read it: evil.example, not the site.
    assert "`http://evil.example/@en.yna.co.kr/x`" in out


def test_without_known_hosts_nothing_is_live() -> None:
    out = article_markdown(ARTICLE)
    assert _live_targets(out) == []
    assert "`https://en.yna.co.kr/view/AEN1`" in out
