"""Layout-change resistance (issue 15, item 1): every fixture page with every ``class`` and
``id`` rewritten (:class:`tests.faultsite.redesign.Renamer`) still gives the right headline
and published time, at least 75% of the body paragraphs and of a list page's headlines.
Expectations are the hand-written fixture JSON, not the parser's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from herald_tui.fetchers import quality
from herald_tui.model import Headline, from_dict
from tests.faultsite.redesign import Renamer
from tests.fetchers.test_fixtures import ARTICLES, LISTS, _canonical_url, _case, _ids

RENAMER = Renamer()  # one "site build" for every page: the same name, the same token
SHARE = 0.75


def _expected(path: Path, suffix: str, new: str) -> object:
    return json.loads(path.with_name(path.name[: -len(suffix)] + new).read_text("utf-8"))


def test_the_rewrite_leaves_no_class_or_id() -> None:
    page = """<div class="a b" id='x'><p CLASS=c>t</p><span class="a">u</span></div>"""
    renamed = Renamer()
    assert renamed.page(page) == (
        '<div class="z0000 z0001" id="z0002"><p CLASS="z0003">t</p>'
        '<span class="z0000">u</span></div>'
    )


@pytest.mark.parametrize("path", ARTICLES, ids=_ids(ARTICLES))
def test_article_survives_a_redesign(path: Path) -> None:
    fetcher, html, url = _case(path, ".html")
    expected = _expected(path, ".html", ".json")
    assert isinstance(expected, dict)
    url = url or _canonical_url(fetcher, html)
    renamed = RENAMER.page(html)
    assert renamed != html
    article = fetcher.parse_article(renamed, url)
    assert article.headline == expected["headline"]
    assert (article.published and article.published.isoformat()) == expected["published"]
    wanted = expected["paragraphs"]
    found = sum(1 for p in wanted if p in article.paragraphs)
    assert found >= SHARE * len(wanted), (found, len(wanted), article.paragraphs)
    # Honest about it: a body read without the site's rules says so.
    assert article.fallback == (quality.FALLBACK in article.warnings)


@pytest.mark.parametrize("path", LISTS, ids=_ids(LISTS))
def test_list_survives_a_redesign(path: Path) -> None:
    fetcher, html, url = _case(path, ".list.html")
    rows = _expected(path, ".list.html", ".list.json")
    assert isinstance(rows, list)
    expected = [from_dict(Headline, h) for h in rows]
    headlines = fetcher.parse_list(RENAMER.page(html), url)
    wanted = {(h.url, h.title) for h in expected}
    got = {(h.url, h.title) for h in headlines}
    assert len(wanted & got) >= SHARE * len(wanted), (wanted - got, got - wanted)
    # Boxes such as "Most Popular" stay out: what is found is mostly the list.
    assert len(wanted & got) >= SHARE * len(got), got - wanted


# --- the pieces, on small pages ---------------------------------------------------------------

KH_ARTICLE = "https://www.koreaherald.com/article/10001234"
LONG = "The ministry said Tuesday that the plan for new bus lanes would be reviewed again."


def test_a_body_much_shorter_than_the_description_is_rescued() -> None:
    from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher

    description = LONG + " " + LONG
    page = f"""<meta property="og:description" content="{description}">
    <meta property="og:title" content="Bus lanes">
    <article id="articleText"><p>Share</p></article>
    <div><p>{LONG}</p><p>{LONG} Again.</p><p>{LONG} Thrice.</p></div>"""
    article = KoreaHeraldFetcher().parse_article(page, KH_ARTICLE)
    assert article.paragraphs == (LONG, f"{LONG} Again.", f"{LONG} Thrice.")
    assert article.fallback and quality.FALLBACK in article.warnings


def test_harvest_keeps_the_list_and_leaves_boxes_and_furniture_out() -> None:
    from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher

    page = """<header><a href="/article/1">Header story</a></header>
    <div><div><h3>Latest</h3><ul>
      <li><a href="/article/2"><img src="/t.jpg" alt=""></a>
          <a href="/article/2?x=1"><b>Most Koreans back new rules</b>
          <span>Jan. 23, 2025</span></a><p>A summary longer than the title, of course.</p></li>
      <li><a href="/article/3">Second story</a></li>
      <li><a href="/National">National</a></li>
    </ul></div>
    <div><p>Most Popular</p><ul><li><a href="/article/4">Popular story</a></li></ul></div>
    <nav><a href="/article/5">Nav story</a></nav></div>"""
    rows = KoreaHeraldFetcher().parse_list(page, "https://www.koreaherald.com/National")
    assert [(h.url[-10:], h.title) for h in rows] == [
        ("/article/2", "Most Koreans back new rules"),
        ("/article/3", "Second story"),
    ]
    first = rows[0]
    assert first.section == "national" and first.thumbnail == "https://www.koreaherald.com/t.jpg"
    assert first.published is not None and first.published.date().isoformat() == "2025-01-23"
    assert first.summary == "A summary longer than the title, of course."


def test_a_harvested_title_from_an_image_is_clean() -> None:
    from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher

    page = '<ul><li><a href="/article/7"><img alt="\x1b[31mRed\n  title\u202e"></a></li></ul>'
    [row] = KoreaHeraldFetcher().parse_list(page, "https://www.koreaherald.com/National")
    assert row.title == "[31mRed title"


def test_a_redesigned_yonhap_page_keeps_its_byline_and_sign_off() -> None:
    from herald_tui.fetchers.yonhap import YonhapFetcher

    path = ARTICLES[0].parent.parent / "yonhap" / "standard_byline_photo.html"
    page = Renamer().page(path.read_text("utf-8"))
    article = YonhapFetcher().parse_article(page, _canonical_url(YonhapFetcher(), page))
    expected = _expected(path, ".html", ".json")
    assert isinstance(expected, dict)
    assert article.fallback and article.byline == expected["byline"] == "By Lee Seo-yeon"
    assert article.email == expected["email"] and article.paragraphs == tuple(
        expected["paragraphs"]
    )


@pytest.mark.parametrize("path", LISTS, ids=_ids(LISTS))
def test_a_list_page_the_rules_miss_is_parsed_once(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The site's rules and the link harvest read the same tree."""
    from selectolax.lexbor import LexborHTMLParser

    from herald_tui.fetchers import dom

    parses: list[int] = []

    def counted(*args: object, **kwargs: object) -> dom.Tree:
        parses.append(1)
        return LexborHTMLParser(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dom, "LexborHTMLParser", counted)
    fetcher, html, url = _case(path, ".list.html")
    rows, how = fetcher.read_list(RENAMER.page(html), url)
    assert how == "link harvest" and rows
    assert parses == [1]


def test_one_parse_shares_that_very_page_inside_the_block_only() -> None:
    from herald_tui.fetchers import dom

    page = "<p>a</p>"
    with dom.one_parse(page):
        tree = dom.parse_html(page)
        assert dom.parse_html(page) is tree
        assert dom.parse_html("".join(["<p>", "a</p>"])) is not tree  # another string
    assert dom.parse_html(page) is not tree
