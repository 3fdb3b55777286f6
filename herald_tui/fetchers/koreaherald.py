"""The Korea Herald (``www.koreaherald.com`` and the other hosts it has served from): what the
site is. How its pages are read is in :mod:`herald_tui.fetchers.koreaherald_pages`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from herald_tui.fetchers.base import Fetcher
from herald_tui.model import Section

if TYPE_CHECKING:
    pass

__all__ = ["KoreaHeraldFetcher"]

HOME = "https://www.koreaherald.com"

_ARTICLE = re.compile(r"^/article/(\d+)(?=[/?#]|$)")
# view.php?ud=20200309000043, also the 2023 bug view.php?ud=/view.php?ud=2023...
_VIEW = re.compile(r"^/view\.php\?(?:[^#]*?&)?ud=(?:/?view\.php\?ud=)*(\d+)")


def _section(id: str, title: str, list_path: str, *feeds: str) -> Section:
    return Section(
        "koreaherald",
        id,
        title,
        tuple(f"{HOME}/rss/{f}" for f in feeds),
        HOME + list_path if list_path else "",
    )


class KoreaHeraldFetcher(Fetcher):
    """The Korea Herald."""

    name = "koreaherald"
    display_name = "The Korea Herald"
    home = HOME
    hosts = frozenset(
        {
            "koreaherald.com",
            "www.koreaherald.com",
            "m.koreaherald.com",
            "news.koreaherald.com",
            "nwww.koreaherald.com",
            "khnews.heraldcorp.com",
        }
    )
    media_hosts = frozenset({"wimg.heraldcorp.com", "res.heraldm.com"})
    article_paths = (_ARTICLE, _VIEW)
    sections = (
        _section("all", "All News", "", "newsAll"),
        _section("national", "National", "/National", "kh_National"),
        _section("business", "Business", "/Business", "kh_Business"),
        _section("world", "World", "/World", "kh_World"),
        _section("opinion", "Opinion", "/Opinion", "kh_Opinion"),
        _section("culture", "Life & Culture", "/LifenCulture", "kh_LifenCulture", "kh_LifeCulture"),
        _section("sports", "Sports", "", "kh_Sports"),
        _section("kpop", "K-pop", "/Kpop", "kh_Kpop"),
    )
    version = 1
    pages = "herald_tui.fetchers.koreaherald_pages"

    def canonicalize_path(self, path: str) -> str:
        """``/article/<id>`` or ``/view.php?ud=<ud>``; other query parameters dropped."""
        match = _ARTICLE.match(path)
        if match:
            return f"/article/{match[1]}"
        match = _VIEW.match(path)
        return f"/view.php?ud={match[1]}" if match else path
