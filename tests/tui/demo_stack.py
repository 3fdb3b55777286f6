"""The app on the real stack, without a server: the real plugins parse the demo site's
pages into an in-memory store, and an offline NewsLibrary reads it. What a newcomer meets in
``herald-tui --demo``, fast and with a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from herald_tui.cache.store import Store
from herald_tui.config import Settings
from herald_tui.demo import SITE_ROOT
from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.registry import Registry
from herald_tui.model import Article, Headline
from herald_tui.services import NewsLibrary
from herald_tui.times import KST
from herald_tui.tui.app import HeraldApp

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=KST)
"""A fixed "now", the morning after the demo's newest story."""


def _page(source: str, url: str) -> Path | None:
    """The demo file serving ``url`` (the server's rule: ``P.html``, ``P.xml``, ``P``,
    ``P/index.html``, whichever exists first)."""
    path = SITE_ROOT / source / urlsplit(url).path.lstrip("/")
    candidates = [path.with_name(path.name + ".html"), path.with_name(path.name + ".xml")]
    candidates += [path, path / "index.html"]
    return next((p for p in candidates if p.is_file()), None)


def demo_store() -> Store:
    """Every demo section's headlines and every demo article, as a sync would leave them."""
    store = Store.in_memory()
    registry = Registry.load({})
    for fetcher in registry.fetchers.values():
        for section in fetcher.sections:
            sources: list[tuple[str, Callable[[bytes, str], list[Headline]]]]
            sources = [(u, fetcher.parse_feed) for u in section.feeds]
            if section.list_url:
                sources.append((section.list_url, fetcher.parse_list))
            for url, parse in sources:
                page = _page(fetcher.name, url)
                if page is not None:
                    store.put_headlines(section.key, parse(page.read_bytes(), url), seen_at=NOW)
                    break
        for page in sorted((SITE_ROOT / fetcher.name).rglob("*.html")):
            if page.parent.name in ("article", "view"):
                url = f"{fetcher.home}/{page.parent.name}/{page.stem}"
                store.put_article(fetcher.parse_article(page.read_bytes(), url), fetched_at=NOW)
    return store


def demo_app(store: Store | None = None, **settings: Any) -> HeraldApp:
    """The app, offline, on the demo content (or ``store``); ``settings`` replace the
    defaults (``ui=UiSettings(...)``)."""
    library = NewsLibrary(Registry.load({}), store or demo_store(), None)
    return HeraldApp(library, Settings(**settings), clock=lambda: NOW)


def demo_article(url: str) -> Article:
    """A demo article as the store holds it."""
    with demo_store() as store:
        article = store.get_article(url)
    assert article is not None, url
    return article


def online_app(server: DemoServer, store: Store | None = None) -> HeraldApp:
    """The app, online against ``server`` (the demo site on loopback), over ``store`` (an
    empty in-memory one by default)."""
    from herald_tui.fetchers.http import HttpClient
    from tests.services.conftest import NETWORK, sites

    library = NewsLibrary(
        Registry.load(sites(server)), store or Store.in_memory(), HttpClient(NETWORK)
    )
    return HeraldApp(library, Settings(), clock=lambda: NOW)
