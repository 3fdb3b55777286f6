"""Plugin discovery: built-ins and third-party plugins through the entry-point group, broken
plugins reported rather than fatal, names listed without importing anything."""

from __future__ import annotations

import itertools
import sys
import textwrap
from pathlib import Path

import pytest

from herald_tui.cli import main
from herald_tui.fetchers import base
from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher
from herald_tui.fetchers.registry import Registry
from herald_tui.fetchers.yonhap import YonhapFetcher
from herald_tui.model import Photo
from tests.imports import modules_loaded_by


def _docstring_example() -> str:
    """The example ``_parse_article`` of the plugin contract's docstring, as code."""
    lines = base.__doc__.split("A minimal ``_parse_article`` is::\n", 1)[1].split("\n")
    code = itertools.takewhile(lambda line: not line or line[0] == " ", lines)
    return textwrap.dedent("\n".join(code))


# A third-party plugin in one file: declarations, plus the docstring's example parser.
FAKE_PLUGIN = f"""
import re

from herald_tui.fetchers.base import Fetcher
from herald_tui.fetchers.body import Body
from herald_tui.fetchers.dom import attr, block_text, parse_html
from herald_tui.fetchers.generic import generic_article
from herald_tui.fetchers.meta import PageMeta
from herald_tui.model import Article, Section


class FakeFetcher(Fetcher):
    name = "fakesite"
    display_name = "Fake Daily"
    home = "https://news.fake.example"
    hosts = frozenset({{"news.fake.example"}})
    article_paths = (re.compile(r"^/story/\\d+$"),)
    sections = (Section("fakesite", "top", "Top Stories", ("https://news.fake.example/rss",)),)

    def _parse_feed(self, body, url):
        return []

    def _parse_list(self, html, url):
        return []

{textwrap.indent(_docstring_example(), "    ")}


class NoParsers(Fetcher):
    name = "readless"
    display_name = "Reads Nothing"
    home = "https://readless.example"
    hosts = frozenset({{"readless.example"}})
    article_paths = ()
    sections = ()

    def _parse_feed(self, body, url):
        return []
"""
FAKE_PAGE = (
    '<meta property="og:title" content="Fake headline">'
    '<meta property="article:published_time" content="2026-01-02T03:04:05">'
    '<div class="story"><p>Parsed by the fake plugin.</p>'
    '<figure><img src="/img/1.jpg" alt="A cat. (AFP)"></figure><p>Second &#27;paragraph.</p></div>'
)


def _install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, points: dict[str, str]) -> None:
    """A distribution on sys.path declaring ``points`` (name -> "module:Class")."""
    dist = tmp_path / "fake_herald_plugins-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: fake-herald-plugins\nVersion: 1.0\n"
    )
    lines = "\n".join(f"{name} = {target}" for name, target in points.items())
    (dist / "entry_points.txt").write_text(f"[herald_tui.fetchers]\n{lines}\n")
    (tmp_path / "fakesite_plugin.py").write_text(FAKE_PLUGIN)
    (tmp_path / "brokensite_plugin.py").write_text("import no_such_module_for_herald\n")
    (tmp_path / "notafetcher_plugin.py").write_text("class Thing:\n    name = 'thing'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for module in ("fakesite_plugin", "brokensite_plugin", "notafetcher_plugin"):
        monkeypatch.delitem(sys.modules, module, raising=False)


@pytest.fixture
def plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install(
        tmp_path,
        monkeypatch,
        {
            "fakesite": "fakesite_plugin:FakeFetcher",
            "brokensite": "brokensite_plugin:Whatever",
            "thing": "notafetcher_plugin:Thing",
            "misnamed": "fakesite_plugin:FakeFetcher",
            "yonhap": "fakesite_plugin:FakeFetcher",
            "readless": "fakesite_plugin:NoParsers",
        },
    )


def test_builtins_are_found_through_entry_points() -> None:
    registry = Registry.load()
    assert {"yonhap", "koreaherald"} <= set(registry.names())
    assert isinstance(registry.get("yonhap"), YonhapFetcher)
    assert isinstance(registry.get("koreaherald"), KoreaHeraldFetcher)
    assert registry.broken == {}


def test_listing_the_builtins_sections_imports_no_parser() -> None:
    """The app lists every section at start-up: the built-ins' parsing code (and selectolax)
    waits for the first page."""
    code = (
        "from herald_tui.fetchers.registry import Registry\n"
        "registry = Registry.load()\n"
        "assert registry.sections() and not registry.broken"
    )
    parsers = ("selectolax", "xml", "herald_tui.fetchers.dom", "herald_tui.fetchers.feeds")
    pages = ("herald_tui.fetchers.koreaherald_pages", "herald_tui.fetchers.yonhap_pages")
    assert modules_loaded_by(code, parsers + pages) == []


def test_names_import_no_plugin(plugins: None) -> None:
    registry = Registry.load()
    assert "fakesite" in registry.names() and "brokensite" in registry.names()
    assert "fakesite_plugin" not in sys.modules
    assert "brokensite_plugin" not in sys.modules


def test_third_party_plugin_is_listed_and_used(plugins: None) -> None:
    registry = Registry.load()
    fake = registry.get("fakesite")
    assert fake is not None and fake.display_name == "Fake Daily"
    assert registry.for_url("https://news.fake.example/story/12") is fake
    assert registry.section("fakesite/top") == fake.sections[0]
    article = fake.parse_article(FAKE_PAGE, "https://news.fake.example/story/12")
    assert article.headline == "Fake headline" and article.parser == "fakesite@1"
    assert article.paragraphs == ("Parsed by the fake plugin.", "Second paragraph.")
    assert article.photos == (Photo("https://news.fake.example/img/1.jpg", "A cat.", "(AFP)", 1),)
    assert article.published is not None and article.published.isoformat().endswith("+09:00")


def test_broken_plugins_are_reported_not_fatal(plugins: None) -> None:
    registry = Registry.load()
    broken = registry.broken
    assert "ModuleNotFoundError" in broken["brokensite"]
    assert "no_such_module_for_herald" in broken["brokensite"]
    assert "not a Fetcher subclass" in broken["thing"]
    assert "'fakesite'" in broken["misnamed"]
    assert "NoParsers reads no pages: set pages or define _parse_list" in broken["readless"]
    # A third party cannot take over a built-in's name: the built-in wins, the clash is told.
    assert isinstance(registry.get("yonhap"), YonhapFetcher)
    assert "also provided by fakesite_plugin:FakeFetcher" in broken["yonhap"]
    assert all("\n" not in reason for reason in broken.values())
    assert set(registry.fetchers) == {"yonhap", "koreaherald", "fakesite"}


def test_sites_setting_gives_a_mirror() -> None:
    registry = Registry.load({"yonhap": "http://127.0.0.1:8080/yna"})
    yonhap = registry.get("yonhap")
    assert yonhap is not None and yonhap.base_url == "http://127.0.0.1:8080/yna"
    mirrored = "http://127.0.0.1:8080/yna/view/AEN20240710000351315"
    assert registry.for_url(mirrored) is yonhap
    assert registry.get("koreaherald").base_url == "https://www.koreaherald.com"  # type: ignore[union-attr]


def test_unknown_lookups_are_none() -> None:
    registry = Registry.load()
    assert registry.get("nope") is None
    assert registry.for_url("https://example.com/view/AEN20240710000351315") is None
    assert registry.section("yonhap/nope") is None
    assert registry.section("nope/news") is None
    assert registry.section("yonhap") is None


def test_sections_in_menu_order() -> None:
    keys = [s.key for s in Registry.load().sections()]
    assert keys.index("yonhap/news") < keys.index("yonhap/topnews")
    assert "koreaherald/culture" in keys


def test_sources_command_lists_plugins_sections_and_broken(
    plugins: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    assert "yonhap: Yonhap News Agency https://en.yna.co.kr\n" in out
    assert "  yonhap/nk  " in out and "North Korea" in out
    assert "feed: https://en.yna.co.kr/RSS/national.xml" in out
    assert "list: https://www.koreaherald.com/LifenCulture" in out
    assert "fakesite: Fake Daily https://news.fake.example" in out
    assert "feed: https://news.fake.example/rss" in out
    broken = out.split("broken plugins:\n", 1)[1]
    assert "  brokensite: cannot import brokensite_plugin:Whatever: ModuleNotFoundError" in broken


def test_read_uses_a_third_party_plugin(
    plugins: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "story.html"
    page.write_text(FAKE_PAGE)
    assert main(["read", "https://news.fake.example/story/7", "--html", str(page)]) == 0
    out = capsys.readouterr().out
    assert "Fake Daily" in out and "Fake headline" in out and "Parsed by the fake plugin." in out
