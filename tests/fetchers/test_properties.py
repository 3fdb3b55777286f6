"""Property tests: whatever bytes arrive (random, or fixture pages cut and spliced), every
parse method of every plugin either returns clean model objects or raises ParseError with an
anticipated reason. Nothing else escapes, and nothing unsanitised comes out."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from herald_tui.fetchers.base import Fetcher, ParseError
from herald_tui.model import Article, Headline, Photo, Video
from herald_tui.text import is_safe_url, strip_controls
from tests.fetchers.conftest import PLUGINS, fixture_files

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
PAGES = [p.read_text(encoding="utf-8") for p in fixture_files("*.html")]
FEEDS = [p.read_text(encoding="utf-8") for p in fixture_files("*.xml")]
URLS = {
    "yonhap": "https://en.yna.co.kr/view/AEN20240710000351315",
    "koreaherald": "https://www.koreaherald.com/article/10001234",
}
# Pieces that matter to the parsers, to splice into pages.
SNIPPETS = [
    '<article class="story-news">', "</article>", '<article id="articleText">', "<p>", "</p>",
    "<br>", "<br/>", "(END)", "kim@yna.co.kr", "By Kim Example", "(ATTN: UPDATES)",
    '<div class="comp-box photo-group"><figure class="image-zone">',
    '<img src="//img1.yna.co.kr/a.jpg" alt="x - 1">',
    '<div class="view_con_t">', '<table><tr><td><img src="x"><div class="view_con_caption">c',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":', "]]>", "<![CDATA[",
    "&#27;[31m", "&#x202e;", "&#155;", "\x1b]0;x\x07", "\u202e", "<item>", "</item>", "<title>",
    "<link>", "<pubDate>Mon, 17 Nov 2025 21:44:23 +09:00</pubDate>", "<guid>AEN20240710000351315",
    "javascript:alert(1)", "<div>" * 50, "<p><i a=1></p>" * 5, "\x00", "<!--", "-->", "<svg>",
]  # fmt: skip
ANTICIPATED = re.compile(
    r"not an article|not an RSS feed|declares XML entities|input over|nested|more than|"
    r"too many|gave up"
)


def _parsers(fetcher: Fetcher) -> list[Callable[[str | bytes, str], object]]:
    return [fetcher.parse_article, fetcher.parse_list, fetcher.parse_feed]


def _check_output(result: object) -> None:
    items = result if isinstance(result, list) else [result]
    for item in items:
        assert isinstance(item, Article | Headline)
        _check_clean(item)
    if isinstance(result, Article):
        assert is_safe_url(result.url)
        media_items: tuple[Photo | Video, ...] = (*result.photos, *result.videos)
        for media in media_items:
            assert is_safe_url(media.url)
            assert 0 <= media.paragraph <= len(result.paragraphs)
        assert all(is_safe_url(link.url) for link in result.related)
        assert all(p for p in result.paragraphs)  # no empty paragraph
    for headline in items:
        if isinstance(headline, Headline):
            assert is_safe_url(headline.url) and headline.title
            assert not headline.thumbnail or is_safe_url(headline.thumbnail)


def _check_clean(obj: object, *, multiline: bool = False) -> None:
    if isinstance(obj, str):
        assert strip_controls(obj) == obj, repr(obj)
        assert multiline or "\n" not in obj, repr(obj)
        assert obj == obj.strip(), repr(obj)
    elif isinstance(obj, tuple):
        for item in obj:
            _check_clean(item, multiline=multiline)
    elif dataclasses.is_dataclass(obj):
        for field in dataclasses.fields(obj):
            value = getattr(obj, field.name)
            _check_clean(value, multiline=multiline or field.name == "paragraphs")


def _run_all(body: str | bytes) -> None:
    for name, plugin in PLUGINS.items():
        for parse in _parsers(plugin()):
            try:
                result = parse(body, URLS[name])
            except ParseError as e:
                assert ANTICIPATED.search(e.reason), e.reason
            else:
                _check_output(result)


@SETTINGS
@given(st.text(max_size=2_000))
def test_random_text(text: str) -> None:
    _run_all(text)


@SETTINGS
@given(st.binary(max_size=2_000))
def test_random_bytes(data: bytes) -> None:
    _run_all(data)


@st.composite
def mutated(draw: st.DrawFn, sources: list[str]) -> str:
    """A fixture page with slices deleted, duplicated, or replaced by telling snippets."""
    page = draw(st.sampled_from(sources))
    for _ in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, len(page)))
        end = draw(st.integers(start, min(len(page), start + 400)))
        action = draw(st.sampled_from(["delete", "duplicate", "insert", "truncate"]))
        if action == "delete":
            page = page[:start] + page[end:]
        elif action == "duplicate":
            page = page[:end] + page[start:end] + page[end:]
        elif action == "insert":
            page = page[:start] + draw(st.sampled_from(SNIPPETS)) + page[start:]
        else:
            page = page[:end]
    return page


@SETTINGS
@given(mutated(PAGES))
def test_mutated_pages(page: str) -> None:
    _run_all(page)


@SETTINGS
@given(mutated(FEEDS))
def test_mutated_feeds(feed: str) -> None:
    _run_all(feed)


@SETTINGS
@given(st.lists(st.sampled_from([*SNIPPETS, "text. ", "<div>", "</div>", " "]), max_size=60))
def test_tag_soup(parts: list[str]) -> None:
    _run_all("".join(parts))


def test_fixture_pages_are_clean() -> None:
    """The unmutated pages satisfy the same invariants (so the checks above are real)."""
    checked = 0
    for path in fixture_files("*.html"):
        if path.with_suffix(".json").exists() and not path.name.endswith(".list.html"):
            plugin = PLUGINS[path.parent.name]()
            article = plugin.parse_article(path.read_text(encoding="utf-8"), URLS[plugin.name])
            _check_output(article)
            checked += 1
    assert checked >= 20


_FIRST_OF_PIECES = [
    '<h2 class="news_title_sub">a</h2>',
    '<h2 class="x news_title_sub">',
    "<H2 CLASS=NEWS_TITLE_SUB>",
    '<h2 class="news_title_sub\u00a0x">',
    "<h2>",
    "</h2>",
    "<svg><h2 class=news_title_sub>",
    "<svg><foreignObject><h2 class=news_title_sub>",
    "<math><mi><h2 class=news_title_sub>",
    "<span><h2 class=news_title_sub>",
    "<table><h2 class=news_title_sub>",
    "<template><h2 class=news_title_sub>",
    "</template>",
    "<!doctype html>",
    "<p>",
    "text",
    '<article id="articleText">',
    "<article id=ARTICLETEXT>",
    "<article id='articleText x'>",
    '<article class="story-news">',
    '<article class="a STORY-NEWS b">',
    '<article class="story-newsy">',
    "<article>",
    "</article>",
]


@settings(max_examples=400)
@given(
    st.one_of(
        mutated(PAGES),
        st.lists(st.sampled_from(_FIRST_OF_PIECES), max_size=10).map("".join),
    )
)
def test_first_of_is_css_first(page: str) -> None:
    # first_of finds a selector's first match through the elements of its last tag: the
    # same element as the CSS search through the whole page, quirks mode and foreign
    # content included.
    from selectolax.lexbor import LexborHTMLParser

    from herald_tui.fetchers.dom import class_has, first_of, id_is

    tree = LexborHTMLParser(page)
    for tag, selector, maybe in [
        ("h2", "h2.news_title_sub", None),
        ("h1", "header.title-article01 h1.tit", None),
        ("article", "article#articleText", id_is("articleText")),
        ("article", "article.story-news", class_has("story-news")),
    ]:
        expected = tree.css_first(selector)
        found = first_of(tree, tag, selector, maybe)
        assert (found.mem_id if found else None) == (expected.mem_id if expected else None)


def test_first_of_many_elements_is_one_css_search() -> None:
    # A page with many elements of the tag gets one CSS search, not one per element.
    from selectolax.lexbor import LexborHTMLParser

    from herald_tui.fetchers.dom import FEW_ELEMENTS, first_of

    searches: list[str] = []

    class Counted(LexborHTMLParser):
        def css_first(self, query: str, *args: Any, **kwargs: Any) -> Any:
            searches.append(query)
            return super().css_first(query, *args, **kwargs)

    many = "<h2>x</h2>" * (FEW_ELEMENTS + 1) + '<h2 class="news_title_sub">sub</h2>'
    tree = Counted(many)
    found = first_of(tree, "h2", "h2.news_title_sub")
    assert found is not None and found.text() == "sub"
    assert searches == ["h2.news_title_sub"]
    few = Counted("<h2>x</h2>" * (FEW_ELEMENTS - 1) + '<h2 class="news_title_sub">sub</h2>')
    searches.clear()
    assert first_of(few, "h2", "h2.news_title_sub") is not None and searches == []
