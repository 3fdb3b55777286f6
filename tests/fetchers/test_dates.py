"""Issue 14, item 1: dates near the limits of ``datetime`` are dropped when parsed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from herald_tui.fetchers.dates import in_window, parse_iso, parse_printed, parse_rfc822
from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher
from herald_tui.fetchers.yonhap import YonhapFetcher
from herald_tui.times import KST

NOW = datetime(2025, 1, 18, 8, 0, tzinfo=UTC)

OUT_OF_WINDOW = [
    (parse_iso, "9999-12-31T23:59:59Z"),
    (parse_iso, "0001-01-01T00:00:00+09:00"),
    (parse_iso, "0001-01-01"),
    (parse_iso, "1989-12-31T23:59:59+00:00"),
    (parse_iso, "2025-01-20T08:00:01+00:00"),  # more than two days ahead
    (parse_rfc822, "Fri, 31 Dec 9999 23:59:00 GMT"),
    (parse_rfc822, "Mon, 01 Jan 0001 00:00:00 +0900"),
    (parse_rfc822, "Mon, 01 Jan 1900 00:00:00 +0900"),
    (parse_rfc822, "Sat, 18 Jan 2025 17:00:00 +9999"),  # raised ValueError: lost the feed
    (parse_rfc822, "Sat, 18 Jan 2025 17:00:00 -24:00"),
    (parse_iso, "2025-01-18T17:00:00+99:99"),
    (parse_printed, "Dec 31, 9999 - 23:59"),
    (parse_printed, "Jan 1, 1001"),
]


@pytest.mark.parametrize(("parse", "text"), OUT_OF_WINDOW)
def test_dates_outside_the_window_are_dropped(parse: object, text: str) -> None:
    assert callable(parse)
    assert parse(text, now=NOW) is None


@pytest.mark.parametrize(
    ("parse", "text", "expected"),
    [
        (parse_iso, "1990-01-01T00:00:00Z", datetime(1990, 1, 1, tzinfo=UTC)),
        (parse_iso, "2025-01-20T08:00:00+00:00", datetime(2025, 1, 20, 8, tzinfo=UTC)),
        (parse_rfc822, "Sat, 18 Jan 2025 17:00:00 +0900", datetime(2025, 1, 18, 8, tzinfo=UTC)),
        (parse_printed, "Jan. 18, 2025 - 09:28", datetime(2025, 1, 18, 9, 28, tzinfo=KST)),
    ],
)
def test_dates_inside_the_window_are_kept(parse: object, text: str, expected: datetime) -> None:
    assert callable(parse)
    assert parse(text, now=NOW) == expected


def test_window_uses_the_clock_by_default() -> None:
    assert in_window(datetime.now(UTC)) is not None
    assert in_window(datetime(9999, 1, 1, tzinfo=UTC)) is None
    assert in_window(None) is None


FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>x</title>
<item><title>Far future</title><link>{home}/{path}1</link>
<pubDate>Fri, 31 Dec 9999 23:59:00 GMT</pubDate></item>
<item><title>Year one</title><link>{home}/{path}2</link>
<pubDate>Mon, 01 Jan 0001 00:00:00 +0900</pubDate></item>
<item><title>Offset of days</title><link>{home}/{path}3</link>
<pubDate>Sat, 18 Jan 2025 17:00:00 +9999</pubDate></item>
</channel></rss>"""


@pytest.mark.parametrize(
    ("fetcher", "path"),
    [
        (YonhapFetcher(), "view/AEN99991231000100315?x="),
        (KoreaHeraldFetcher(), "article/1000123"),
    ],
)
def test_feed_items_keep_no_impossible_date(fetcher: YonhapFetcher, path: str) -> None:
    headlines = fetcher.parse_feed(FEED.format(home=fetcher.home, path=path), fetcher.home)
    assert [h.title for h in headlines] == ["Far future", "Year one", "Offset of days"]
    assert [h.published for h in headlines] == [None, None, None]


def test_article_json_ld_and_meta_dates_out_of_range_are_dropped() -> None:
    page = """<!doctype html><html><head>
    <meta property="article:published_time" content="9999-12-31T23:59:59Z">
    <meta property="article:modified_time" content="0001-01-01T00:00:00+09:00">
    <title>T</title></head><body><article class="story-news"><p>Text of the story.</p>
    </article></body></html>"""
    fetcher = YonhapFetcher()
    article = fetcher.parse_article(page, f"{fetcher.home}/view/AEN20250118000100315")
    assert article.published is None and article.updated is None
