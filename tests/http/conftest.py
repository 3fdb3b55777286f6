"""A real server on loopback for every test, with a small site tree of its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faultsite import FaultServer
from tests.http.helpers import ARTICLE, FEED, LONG_ARTICLE


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A small site tree: two articles, a feed with an extension, one without, an index."""
    root = tmp_path / "site"
    (root / "yonhap" / "view").mkdir(parents=True)
    (root / "yonhap" / "RSS").mkdir()
    (root / "koreaherald" / "rss").mkdir(parents=True)
    (root / "yonhap" / "view" / "AEN20250118000100315.html").write_text(ARTICLE, "utf-8")
    (root / "yonhap" / "RSS" / "news.xml").write_text(FEED, "utf-8")
    (root / "koreaherald" / "rss" / "newsAll").write_text(FEED, "utf-8")
    (root / "yonhap" / "view" / "long.html").write_text(LONG_ARTICLE, "utf-8")
    (root / "koreaherald" / "index.html").write_text(ARTICLE, "utf-8")
    (tmp_path / "secret.txt").write_text("outside the site", "utf-8")
    return root


@pytest.fixture
def server(site: Path) -> Iterator[FaultServer]:
    with FaultServer(site) as running:
        yield running
