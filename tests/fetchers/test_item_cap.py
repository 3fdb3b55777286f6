"""Issue 14, item 15: a feed or list page of tens of thousands of items is cut at parse time."""

from __future__ import annotations

import pytest

from herald_tui.fetchers.base import Fetcher
from herald_tui.fetchers.bounds import MAX_ITEMS
from herald_tui.fetchers.feeds import rss_items
from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher
from herald_tui.fetchers.yonhap import YonhapFetcher
from herald_tui.model import Headline

COUNT = 5_000


def _feed(fetcher: Fetcher, path: str, *, broken: bool = False) -> str:
    items = "".join(
        f"<item><title>Story {i}{' & more' if broken else ''}</title>"
        f"<link>{fetcher.home}/{path}{i:07d}</link></item>"
        for i in range(COUNT)
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>{items}</channel></rss>"
    )


@pytest.mark.parametrize("broken", [False, True], ids=["well formed", "lenient scan"])
@pytest.mark.parametrize(
    ("fetcher", "path"),
    [(YonhapFetcher(), "view/AEN2025011800"), (KoreaHeraldFetcher(), "article/1")],
    ids=["yonhap", "koreaherald"],
)
def test_feeds_keep_the_first_items_only(fetcher: Fetcher, path: str, broken: bool) -> None:
    headlines = fetcher.parse_feed(_feed(fetcher, path, broken=broken), fetcher.home)
    assert len(headlines) == MAX_ITEMS
    assert headlines[0].title.startswith("Story 0") and headlines[-1].title.startswith(
        f"Story {MAX_ITEMS - 1}"
    )


def test_rss_items_stops_reading_at_the_limit() -> None:
    body = _feed(YonhapFetcher(), "view/AEN2025011800", broken=True)
    assert len(rss_items(body, limit=3)) == 3
    assert len(rss_items(body.replace(" & more", ""), limit=3)) == 3


def test_any_plugin_list_is_capped() -> None:
    class Endless(YonhapFetcher):
        def _parse_list(self, html: str, url: str) -> list[Headline]:
            return [Headline(f"{self.home}/view/{i}", f"t{i}", self.name) for i in range(COUNT)]

    assert len(Endless().parse_list("<html></html>", Endless.home)) == MAX_ITEMS
