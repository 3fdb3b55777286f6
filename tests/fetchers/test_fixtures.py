"""Every fixture page parses to exactly its hand-written expectation (tests/fixtures/README.md).

Articles are compared as ``to_dict(article)`` without ``quotes`` (tested by the quote corpus)
and ``parser``; feeds and list pages as lists of ``to_dict(headline)``; ``.error`` cases must
raise ParseError whose message contains the expected text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from herald_tui.fetchers.base import Fetcher, ParseError
from herald_tui.model import to_dict
from tests.fetchers.conftest import PLUGINS, fixture_files


def _case(path: Path, suffix: str) -> tuple[Fetcher, str, str]:
    """The plugin, the page text and the URL it was fetched from."""
    fetcher = PLUGINS[path.parent.name]()
    stem = path.name[: -len(suffix)]
    url_file = path.with_name(stem + ".url")
    url = url_file.read_text(encoding="utf-8").strip() if url_file.exists() else ""
    return fetcher, path.read_text(encoding="utf-8"), url


def _expected(path: Path, suffix: str, new_suffix: str) -> object:
    return json.loads(path.with_name(path.name[: -len(suffix)] + new_suffix).read_text("utf-8"))


def _ids(paths: list[Path]) -> list[str]:
    return [f"{p.parent.name}/{p.name}" for p in paths]


ARTICLES = [
    p
    for p in fixture_files("*.html")
    if not p.name.endswith(".list.html") and p.with_suffix(".json").exists()
]
ERRORS = [p for p in fixture_files("*.html") if p.with_suffix(".error").exists()]
FEEDS = fixture_files("*.xml")
LISTS = fixture_files("*.list.html")


def _canonical_url(fetcher: Fetcher, html: str) -> str:
    from herald_tui.fetchers.dom import attr, parse_html

    tree = parse_html(html)
    node = tree.css_first('link[rel="canonical"]') or tree.css_first('meta[property="og:url"]')
    href = attr(node, "href") or attr(node, "content")
    assert href, "a fixture without .url needs a canonical URL"
    return href


@pytest.mark.parametrize("path", ARTICLES, ids=_ids(ARTICLES))
def test_article(path: Path) -> None:
    fetcher, html, url = _case(path, ".html")
    article = fetcher.parse_article(html, url or _canonical_url(fetcher, html))
    got = to_dict(article)
    del got["quotes"], got["parser"]
    assert got == _expected(path, ".html", ".json")


@pytest.mark.parametrize("path", ERRORS, ids=_ids(ERRORS))
def test_error(path: Path) -> None:
    fetcher, html, url = _case(path, ".html")
    expected = path.with_suffix(".error").read_text(encoding="utf-8").strip()
    with pytest.raises(ParseError) as error:
        fetcher.parse_article(html, url or f"{fetcher.home}/unknown")
    assert expected in str(error.value)


@pytest.mark.parametrize("path", FEEDS, ids=_ids(FEEDS))
def test_feed(path: Path) -> None:
    fetcher, body, url = _case(path, ".xml")
    headlines = fetcher.parse_feed(body, url)
    assert [to_dict(h) for h in headlines] == _expected(path, ".xml", ".json")


@pytest.mark.parametrize("path", LISTS, ids=_ids(LISTS))
def test_list(path: Path) -> None:
    fetcher, html, url = _case(path, ".list.html")
    headlines = fetcher.parse_list(html, url)
    assert [to_dict(h) for h in headlines] == _expected(path, ".list.html", ".list.json")


@pytest.mark.parametrize(
    "cases", [ARTICLES, ERRORS, FEEDS, LISTS], ids=["articles", "errors", "feeds", "lists"]
)
def test_every_plugin_has_cases(cases: list[Path]) -> None:
    """The parametrised tests above are not vacuous: every plugin has cases of each kind."""
    assert {p.parent.name for p in cases} == set(PLUGINS)
