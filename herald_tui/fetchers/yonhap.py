"""Yonhap News Agency, English edition (``en.yna.co.kr``, mobile ``m-en.yna.co.kr``): what the
site is. How its pages are read is in :mod:`herald_tui.fetchers.yonhap_pages`.

Content ids (``AEN20240710000351315``) carry a two-digit revision: ``00`` first, ``51``
(LEAD), ``52`` (2nd LD)... :func:`story_of` splits an id into story id and revision, and the
cache keeps the latest of each story (:mod:`herald_tui.cache.headlines`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from herald_tui.fetchers.base import Fetcher
from herald_tui.model import Section

if TYPE_CHECKING:
    from datetime import datetime

__all__ = ["YonhapFetcher", "story_of"]

HOME = "https://en.yna.co.kr"

CONTENT_ID = re.compile(r"\b([A-Z]{3}(\d{8})\d{4})(\d{2})(\d{3})\b")
"""A content id: AEN + date (8) + serial (4) + revision (2) + desk (3); groups: the id up to
the serial, the date, the revision, the desk."""
_VIEW = re.compile(r"^/view/([A-Z]{3}\d{17})(?=[/?#]|$)")


def story_of(content_id: str) -> tuple[str, int]:
    """``(story_id, revision)`` of a content id found in ``content_id`` (an id or a URL):
    the id with its revision digits set to ``00``, and those digits as a number.
    ``("", 0)`` when there is no id."""
    match = CONTENT_ID.search(content_id)
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
    media_hosts = frozenset({"img.yna.co.kr", *(f"img{n}.yna.co.kr" for n in range(10))})
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
    version = 2
    pages = "herald_tui.fetchers.yonhap_pages"

    def canonicalize_path(self, path: str) -> str:
        """``/view/<content id>``, without the query (``?section=news&input=rss``)."""
        match = _VIEW.match(path)
        return f"/view/{match[1]}" if match else path

    # --- revisions -------------------------------------------------------------------------

    def story_of(self, text: str) -> tuple[str, int]:
        """From the content id in ``text``: see :func:`story_of`."""
        return story_of(text)

    def date_of(self, url: str) -> datetime | None:
        """Midnight KST of the date in the URL's content id."""
        found: datetime | None = self._pages().id_date(url)
        return found
