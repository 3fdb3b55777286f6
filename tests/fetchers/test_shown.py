"""Show only what the page shows: bylines, date lines and sections (issue 15, item 2)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from herald_tui.fetchers.body import is_date_line, person_names
from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher
from herald_tui.fetchers.yonhap import YonhapFetcher

KH_URL = "https://www.koreaherald.com/article/10001234"
YNA_URL = "https://en.yna.co.kr/view/AEN20240710000300315"
LONG = "The ministry said Tuesday that the plan would be reviewed again next month."


def _kh_page(author: object, body: str, head: str = "") -> str:
    ld: dict[str, object] = {"@type": "NewsArticle", "headline": "Story - The Korea Herald"}
    ld["datePublished"] = "2025-01-23T09:28:00"
    if author is not None:
        ld["author"] = author
    return f"""<html><head><meta property="og:title" content="Story">{head}
    <script type="application/ld+json">{json.dumps(ld)}</script></head><body>
    <article id="articleText" class="article-body">{body}</article></body></html>"""


@pytest.mark.parametrize(
    "author",
    [
        {"@type": "Organization", "name": "The Korea Herald"},
        {"@type": "Person", "name": "Korea Herald"},
        {"@type": "Person", "name": "Digital Desk"},
        {"@type": "Person", "name": "https://www.koreaherald.com/reporter/2023020"},
        {"@type": "Person", "name": "홍길동"},
        {"@type": "Person", "name": ""},
        "Yonhap",
    ],
)
def test_structured_author_that_is_no_person_gives_no_byline(author: object) -> None:
    article = KoreaHeraldFetcher().parse_article(_kh_page(author, f"<p>{LONG}</p>"), KH_URL)
    assert (article.byline, article.authors) == ("", ())


def test_structured_person_in_latin_script_is_a_byline() -> None:
    page = _kh_page({"@type": "Person", "name": "Kim Example"}, f"<p>{LONG}</p>")
    assert KoreaHeraldFetcher().parse_article(page, KH_URL).byline == "By Kim Example"


def test_by_paragraph_is_the_byline_and_not_body() -> None:
    page = _kh_page(None, f"<p>By Lee Example</p><p>{LONG}</p>")
    article = KoreaHeraldFetcher().parse_article(page, KH_URL)
    assert article.byline == "By Lee Example"
    assert article.paragraphs == (LONG,)


def test_yonhap_meta_author_is_never_a_byline() -> None:
    page = f"""<meta name="author" content="홍길동">
    <meta property="article:author" content="편집부">
    <meta property="og:title" content="Story | Yonhap News Agency">
    <article class="story-news"><p> SEOUL, July 10 (Yonhap) -- {LONG}</p></article>"""
    article = YonhapFetcher().parse_article(page, YNA_URL)
    assert (article.byline, article.authors) == ("", ())


@pytest.mark.parametrize(
    "line",
    [
        "Published : March 3, 2024 - 14:05",
        "Published : Aug 26, 2020 - 15:44 Updated : Aug 26, 2020 - 20:36",
        "Updated : Jan. 23, 2025 - 10:02",
        "Jan. 23, 2025",
        "2024.03.03 14:05",
    ],
)
def test_date_lines_are_never_body_paragraphs(line: str) -> None:
    page = _kh_page(None, f"<p>{line}</p><p>{LONG}</p>")
    assert KoreaHeraldFetcher().parse_article(page, KH_URL).paragraphs == (LONG,)
    generic = f"<title>Story</title><div><p>{line}</p><p>{LONG}</p><p>{LONG} Two.</p></div>"
    article = KoreaHeraldFetcher().parse_article(generic, KH_URL)
    assert article.fallback and article.paragraphs == (LONG, f"{LONG} Two.")


@pytest.mark.parametrize(
    "text",
    ["Updated figures show March 3, 2024 was colder", "The meeting on March 3, 2024 was long."],
)
def test_sentences_with_dates_stay_body(text: str) -> None:
    assert not is_date_line(text)


def test_person_names() -> None:
    assert person_names(["Kim Ji-soo", "Lee Hyun-seok"]) == ["Kim Ji-soo", "Lee Hyun-seok"]
    assert person_names(["Kim Ji-soo", "Yonhap News Agency"]) == []
    assert person_names([]) == []


def test_section_from_metadata_then_breadcrumb_then_navigation() -> None:
    nav = '<ul class="gnb"><li><a class="on" href="/World">World</a></li></ul>'
    crumb = '<div class="news_title_area"><a class="category" href="/W/A">Asia</a></div>'
    meta = '<meta property="article:section" content="Diplomacy">'

    def section(head: str, body: str) -> str:
        page = _kh_page(None, f"<p>{LONG}</p>", head).replace("<body>", "<body>" + body)
        return KoreaHeraldFetcher().parse_article(page, KH_URL).section

    assert section(meta, crumb + nav) == "Diplomacy"
    assert section("", crumb + nav) == "Asia"
    assert section("", nav) == "World"
    assert section("", "") == ""


def test_yonhap_section_falls_back_to_the_breadcrumb() -> None:
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@id": "/", "name": "Yonhap"}},
            {"@type": "ListItem", "position": 2, "item": {"@id": "/nk", "name": "North Korea"}},
        ],
    }
    page = f"""<meta property="og:title" content="Story | Yonhap News Agency">
    <script type="application/ld+json">{json.dumps(crumbs)}</script>
    <article class="story-news"><p> SEOUL, July 10 (Yonhap) -- {LONG}</p></article>"""
    assert YonhapFetcher().parse_article(page, YNA_URL).section == "North Korea"
    with_meta = '<meta property="article:section" content="Politics">' + page
    assert YonhapFetcher().parse_article(with_meta, YNA_URL).section == "Politics"


_DATE_PIECES = ["Published : ", "Updated : ", "March 3, 2024", " - 14:05", "2024.03.03 14:05"]
_DATE_PIECES += ["\n", " ", "  ", "\t", "|", "x", "KST", LONG, "2024-03-03", "Aug. 26, 2020"]


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=8).map("".join))
def test_date_line_of_one_line_is_the_rule_for_lines(text: str) -> None:
    # is_date_line takes a shortcut for text without a line break: it must answer as the
    # rule for every line does (each non-blank line a date line under 120 characters).
    from herald_tui.fetchers.body import _DATE_LINE

    lines = [line.strip() for line in text.split("\n") if line.strip()]
    rule = bool(lines) and all(len(line) < 120 and _DATE_LINE.match(line) for line in lines)
    assert is_date_line(text) == rule
