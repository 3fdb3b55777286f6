"""The bundled demo site (``herald_tui/demo/site``) parses cleanly with the real plugins: each
article in its known layout, each feed and list page into headlines whose articles are there."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from herald_tui.fetchers.base import Fetcher
from tests.fetchers.conftest import PLUGINS

SITE = Path(__file__).parents[2] / "herald_tui" / "demo" / "site"


def _url(fetcher: Fetcher, path: Path) -> str:
    """The canonical URL a demo file stands for (MANIFEST.md: files mirror URL paths)."""
    relative = path.relative_to(SITE / fetcher.name).as_posix()
    if relative.endswith(".html") or (relative.endswith(".xml") and "/rss/" in f"/{relative}"):
        relative = relative.rsplit(".", 1)[0]
    return f"{fetcher.home}/{relative}"


def _kind(path: Path) -> str:
    if "/view/" in path.as_posix() or "/article/" in path.as_posix():
        return "article"
    return "feed" if path.suffix == ".xml" else "list"


def _files(kind: str) -> list[tuple[str, Path]]:
    """(plugin name, file) of every demo page of ``kind``: article, feed or list."""
    return [
        (name, path)
        for name in PLUGINS
        for path in sorted((SITE / name).rglob("*"))
        if path.suffix in (".html", ".xml") and _kind(path) == kind
    ]


def test_the_demo_site_has_articles_feeds_and_lists() -> None:
    for kind in ("article", "feed", "list"):
        assert {name for name, _path in _files(kind)} == set(PLUGINS), kind


@pytest.mark.parametrize(("name", "path"), _files("article"), ids=lambda v: getattr(v, "name", v))
def test_demo_articles(name: str, path: Path) -> None:
    fetcher = PLUGINS[name]()
    url = _url(fetcher, path)
    assert fetcher.suitable(url), url
    article = fetcher.parse_article(path.read_bytes(), url)
    assert not article.fallback and article.headline and article.published
    assert article.url == url and len(article.paragraphs) >= 3
    assert all(p.url.startswith("https://") for p in article.photos)


@pytest.mark.parametrize("kind", ["feed", "list"])
def test_demo_headlines_lead_to_demo_articles(kind: str) -> None:
    files = _files(kind)
    assert files
    for name, path in files:
        fetcher = PLUGINS[name]()
        url = _url(fetcher, path)
        parse = fetcher.parse_feed if kind == "feed" else fetcher.parse_list
        headlines = parse(path.read_bytes(), url)
        assert headlines, path
        assert all(h.section == fetcher.section_for(url) != "" for h in headlines), path
        for headline in headlines:
            assert headline.published is not None
            target = SITE / name / (urlsplit(headline.url).path.lstrip("/") + ".html")
            assert target.exists(), f"{path.name}: {headline.url}"
