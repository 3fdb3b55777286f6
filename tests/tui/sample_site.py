"""The app's tests run on the real library: :class:`~herald_tui.services.NewsLibrary` over an
in-memory :class:`~herald_tui.cache.store.Store`, a real registry and the real HTTP client,
whose network is an :class:`httpx.MockTransport` serving the invented news of
:mod:`tests.tui.sample_news`.

The sites are test plugins (real :class:`~herald_tui.fetchers.base.Fetcher` subclasses loaded
through entry points) that declare the sample sources and sections and read pages written as
JSON, so that everything between the network and the screen is the code users run: cached-copy
fallback, revision folding, search and snippets, read and saved marks, unread counts.

The network can be slowed (:meth:`SampleSite.hold`) and made to fail
(:attr:`SampleSite.failures`); every request is recorded (:attr:`SampleSite.requests`). Told
to (:attr:`SampleSite.conditional`), it answers conditional GETs of feeds as a real site
does: ``304 Not Modified`` when the feed has not changed since the copy the app holds.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import re
import types
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from typing import ClassVar

import httpx

from herald_tui.cache.store import Store
from herald_tui.config import NetworkSettings
from herald_tui.fetchers.base import Fetcher
from herald_tui.fetchers.entry_points import EntryPoint
from herald_tui.fetchers.http import HttpClient
from herald_tui.fetchers.registry import ENTRY_POINT_GROUP, Registry
from herald_tui.model import Article, Headline, Section, Source, from_dict, from_json, to_dict
from herald_tui.services import NewsLibrary
from tests.tui import sample_news

__all__ = ["Request", "SampleNews", "SampleSite", "sample_news_library"]

NETWORK = NetworkSettings(retries=0, deadline=5.0)
"""No retries: a failure answers at once."""

PLUGINS = types.SimpleNamespace()
"""The test plugin classes, where their entry points find them."""


class SamplePlugin(Fetcher):
    """A site whose pages are JSON: a list of headlines, or one article."""

    article_paths: ClassVar[tuple[re.Pattern[str], ...]] = (re.compile(r"^/(view|article)/"),)

    def _parse_feed(self, body: str, url: str) -> list[Headline]:
        return [from_dict(Headline, item) for item in json.loads(body)]

    def _parse_list(self, html: str, url: str) -> list[Headline]:
        return self._parse_feed(html, url)

    def _parse_article(self, html: str, url: str) -> Article:
        return from_json(Article, html)


def plugin_for(source: Source, sections: Sequence[Section]) -> EntryPoint:
    """The entry point of a test plugin declaring ``source`` and its ``sections``."""
    host = httpx.URL(source.home).host
    attrs = {
        "name": source.name,
        "display_name": source.title,
        "home": source.home,
        "hosts": frozenset({host}),
        "sections": tuple(sections),
    }
    cls = type(f"Sample_{len(vars(PLUGINS))}", (SamplePlugin,), attrs)
    setattr(PLUGINS, cls.__name__, cls)
    return EntryPoint(source.name, f"{__name__}:PLUGINS.{cls.__name__}", ENTRY_POINT_GROUP)


@dataclass(frozen=True)
class Request:
    """One trip to the network."""

    kind: str
    """``refresh`` (a section's feed or list page) or ``article``."""
    target: str
    """Section key or article URL."""


@dataclass
class SampleSite:
    """The network of the tests: what the sites would answer, and how."""

    lists: dict[str, list[Headline]] = field(default_factory=dict)
    """What a section's feed (or list page) gives, by section key."""
    articles: dict[str, Article] = field(default_factory=dict)
    """Article pages by URL; any other URL is a 404."""
    failures: dict[str, int | Exception] = field(default_factory=dict)
    """Section key or URL -> an HTTP status to answer, or an exception the transport raises."""
    requests: list[Request] = field(default_factory=list)
    """Every request, in order."""
    conditional: bool = False
    """Give each feed an ``ETag`` and a ``Last-Modified``, and answer a request whose
    ``If-None-Match`` (or, without one, ``If-Modified-Since``) matches the feed as it is now
    with ``304 Not Modified``; off by default: every feed request then gets the whole feed."""
    not_modified: list[str] = field(default_factory=list)
    """The section keys answered 304, in order."""
    _feeds: dict[str, str] = field(default_factory=dict)
    _pages: set[str] = field(default_factory=set)  # list pages: HTML, not a feed
    _versions: dict[str, tuple[str, int]] = field(default_factory=dict)
    _gates: dict[str, asyncio.Event] = field(default_factory=dict)
    _encoded: dict[Headline, str] = field(default_factory=dict)

    def serve_sections(self, sections: Iterable[Section]) -> None:
        """Answer the feeds and list pages of ``sections`` with their :attr:`lists`."""
        for section in sections:
            for url in (*section.feeds, section.list_url):
                if url:
                    self._feeds[url] = section.key
            if section.list_url:
                self._pages.add(section.list_url)

    def hold(self, target: str) -> asyncio.Event:
        """Make requests for ``target`` (section key or URL) wait until the event is set."""
        gate = self._gates[target] = asyncio.Event()
        return gate

    def targets(self, kind: str | None = None) -> list[str]:
        """Targets of the requests made (of one kind, if given)."""
        return [r.target for r in self.requests if kind is None or r.kind == kind]

    async def handle(self, request: httpx.Request) -> httpx.Response:
        """The transport: record, wait if held, fail if told, else answer."""
        url = str(request.url)
        section = self._feeds.get(url)
        target = section or url
        self.requests.append(Request("refresh" if section else "article", target))
        if target in self._gates:
            await self._gates[target].wait()
        failure = self.failures.get(target)
        if isinstance(failure, Exception):
            raise failure
        if failure is not None:
            return httpx.Response(failure)
        if section is not None:
            return self._answer_feed(section, request.headers, url in self._pages)
        article = self.articles.get(url)
        if article is None:
            return httpx.Response(404)
        body = json.dumps(to_dict(article))
        return httpx.Response(200, text=body, headers={"content-type": "text/html"})

    def _answer_feed(self, section: str, asked: httpx.Headers, page: bool) -> httpx.Response:
        """The section's feed (or list ``page``); conditional, when :attr:`conditional`."""
        body = self._feed(self.lists.get(section, []))
        # A list page as a site serves it: the client refuses a feed's type for a page.
        headers = {"content-type": "text/html" if page else "application/rss+xml"}
        if not self.conditional:
            return httpx.Response(200, text=body, headers=headers)
        validators = self._validators(section, body)
        if _unchanged(asked, validators):
            self.not_modified.append(section)
            return httpx.Response(304, headers=validators)
        return httpx.Response(200, text=body, headers=headers | validators)

    def _validators(self, section: str, body: str) -> dict[str, str]:
        """The feed's ``ETag`` (a digest of its body) and ``Last-Modified`` (a minute later
        for each change of the feed, from the sample's now)."""
        etag = '"' + hashlib.sha1(body.encode()).hexdigest()[:20] + '"'
        known, changes = self._versions.get(section, ("", 0))
        if etag != known:
            changes += 1
            self._versions[section] = (etag, changes)
        modified = (sample_news.NOW + timedelta(minutes=changes)).astimezone(UTC)
        return {"etag": etag, "last-modified": format_datetime(modified, usegmt=True)}

    def _feed(self, headlines: Iterable[Headline]) -> str:
        """The JSON feed of ``headlines``, each encoded once: a real site is another
        process, and encoding 200 headlines per request here, on the app's loop, was a
        good part of what bench_tui's timed refreshes measured."""
        parts = []
        for headline in headlines:
            encoded = self._encoded.get(headline)
            if encoded is None:
                encoded = self._encoded[headline] = json.dumps(to_dict(headline))
            parts.append(encoded)
        return f"[{', '.join(parts)}]"


@dataclass
class SampleNews:
    """A real library on the sample news, with the handles tests need."""

    library: NewsLibrary
    store: Store
    site: SampleSite
    closed: list[str] = field(default_factory=list)
    """``["closed"]`` once the library has been closed."""

    def read_urls(self) -> set[str]:
        """Every URL marked read, of the articles the sample knows."""
        return self.store.read_urls(_known_urls(self))

    def saved_urls(self) -> list[str]:
        """Saved article URLs, newest saved first."""
        return [a.url for a in self.store.saved()]

    def list_urls(self, section_key: str) -> list[str]:
        """URLs of the section's cached list, as shown."""
        return [row.headline.url for row in self.store.headlines(section_key)]

    def put_list(self, section_key: str, rows: Sequence[tuple[Headline, int]]) -> None:
        """Replace the section's cached list (each headline with its folded revisions)."""
        self.store.put_headlines(section_key, _unfolded(rows))  # seen at the store's now

    def put_article(self, article: Article, *, stale: bool = False) -> None:
        """Cache ``article``, as its plugin parsed it (``stale``: by an older version)."""
        fetcher = self.library.registry.for_url(article.url)
        parser = fetcher.parser_id if fetcher else ""
        if stale and fetcher is not None:
            parser = f"{fetcher.name}@0"
        self.store.put_article(dataclasses.replace(article, parser=parser))


def sample_news_library(
    *,
    offline: bool = False,
    synced_minutes_ago: float = 1,
    sources: Sequence[Source] = sample_news.SOURCES,
    sections: Mapping[str, Sequence[Section]] = sample_news.SECTIONS,
    lists: Mapping[str, Sequence[tuple[Headline, int]]] = sample_news.LISTS,
    articles: Iterable[Article] = sample_news.ARTICLES,
    plugins: Sequence[EntryPoint] = (),
) -> SampleNews:
    """The real library on the sample news (or the sources, lists and articles given): every
    list cached and synced ``synced_minutes_ago`` (so opening a section does not refresh it
    unless told), every article cached; ``plugins`` are more entry points. A refresh of
    ``yonhap/nk`` finds :data:`~tests.tui.sample_news.FRESH` on top."""
    site = SampleSite()
    points = [plugin_for(source, sections.get(source.name, ())) for source in sources]
    points += plugins
    store = Store.in_memory(clock=lambda: sample_news.NOW)
    transport = httpx.MockTransport(site.handle)
    client = None if offline else HttpClient(NETWORK, transport=transport)
    closed: list[str] = []
    library = NewsLibrary(
        Registry(points), store, client, on_close=[lambda: closed.append("closed")]
    )
    news = SampleNews(library, store, site, closed)
    site.serve_sections(news.library.registry.sections())
    synced_at = sample_news.NOW - timedelta(minutes=synced_minutes_ago)
    for key, rows in lists.items():
        store.put_headlines(key, _unfolded(rows), seen_at=synced_at)
        site.lists[key] = [headline for headline, _ in rows]
    if "yonhap/nk" in site.lists:
        site.lists["yonhap/nk"].insert(0, sample_news.FRESH)
    for article in articles:
        news.put_article(article)
    return news


def _unchanged(asked: httpx.Headers, validators: Mapping[str, str]) -> bool:
    """RFC 9110: ``If-None-Match`` decides when sent; else ``If-Modified-Since``."""
    tags = asked.get("if-none-match")
    if tags is not None:
        return validators["etag"] in {tag.strip().removeprefix("W/") for tag in tags.split(",")}
    since = asked.get("if-modified-since")
    if since is None:
        return False
    try:
        return parsedate_to_datetime(validators["last-modified"]) <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


def _unfolded(rows: Iterable[tuple[Headline, int]]) -> list[Headline]:
    """Headlines as a feed lists them: a row that folds ``n`` revisions of a story becomes
    the shown revision and ``n - 1`` older ones (earlier URLs, same story)."""
    out: list[Headline] = []
    for headline, revisions in rows:
        out.append(headline)
        for older in range(1, revisions):
            assert headline.story_id, "folded revisions need a story id"
            out.append(
                dataclasses.replace(
                    headline,
                    url=f"{headline.url}{older:02d}",
                    revision=headline.revision - older,
                    published=headline.published and headline.published - timedelta(hours=older),
                )
            )
    return out


def _known_urls(news: SampleNews) -> set[str]:
    urls = {a.url for a in sample_news.ARTICLES} | set(news.site.articles)
    for key in news.library.registry.sections():
        urls.update(news.list_urls(key.key))
    return urls
