"""The real :class:`~herald_tui.library.Library`: plugin registry + HTTP client + store.

:func:`open_library` builds it from plain values (settings, paths, offline and demo modes: the
command line turns its arguments into these); the app and every command go through it.
Offline, no HTTP client exists at all, so nothing can touch the network.

Policy, in one place:

* Headlines: a section's feeds are tried in order, then its list page, then the site's home
  page as the last source (its article links, when nothing else answers); a 404, a wrong
  content type or an empty feed moves on to the next; the first error is reported if all
  fail. A 304 keeps the stored list (and counts as a sync).
* Articles: a cached article is used as is unless its parser was older than the plugin's
  (then it is fetched and re-parsed) or a refresh is asked for (then a conditional GET). When a
  fetch or parse fails, a cached copy is returned instead of the error.
* Parsing runs in a worker thread under a deadline, so a hostile page cannot freeze the caller.
  A page refused for its size or parse time is remembered for :data:`REFUSED_FOR` and not
  fetched again meanwhile.
* Photos: :class:`~herald_tui.photos.source.PhotoSource` (the plugin's image hosts only,
  decoded in a thread under a pixel limit, cached on disk beside the articles).
"""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
import tempfile
from collections.abc import Callable, Collection, Sequence
from datetime import datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from herald_tui.cache.schema import OnUpgrade
from herald_tui.cache.store import Store
from herald_tui.config import Paths, Settings
from herald_tui.errors import HeraldError, NotCachedError, OfflineError
from herald_tui.fetchers.base import Fetcher, ParseError
from herald_tui.fetchers.bounds import PARSE_SECONDS
from herald_tui.fetchers.fetch_errors import (
    BadContentType,
    BadStatus,
    FetchError,
    ResponseTooLarge,
)
from herald_tui.fetchers.registry import Registry
from herald_tui.library import ArticleStatus, Progress, ProgressEvent
from herald_tui.model import Article, Headline, Quote, Section, Source
from herald_tui.results import ListedHeadline, Person, SaidQuote, SearchHit

if TYPE_CHECKING:
    from herald_tui.demo import DemoSite
    from herald_tui.fetchers.entry_points import EntryPoint
    from herald_tui.fetchers.http import HttpClient, Kind, RetryEvent, Validators
    from herald_tui.photos.decode import DecodedPhoto
    from herald_tui.photos.disk import PhotoCache
    from herald_tui.photos.source import PhotoSource

__all__ = ["PARSE_SECONDS", "ArticleStatus", "NewsLibrary", "TemporaryDir", "open_library"]

REFUSED_FOR = timedelta(days=7)
"""How long an article page refused for its size or parse time is not fetched again (unless
a refresh is asked for, or the plugin's parser changes): a sync would pay for it every run."""

T = TypeVar("T")

TemporaryDir = Literal["cache_dir", "data_dir"]
"""A directory of :class:`~herald_tui.config.Paths` that :func:`open_library` can replace."""


class NewsLibrary:
    """Headlines, articles, search and reader state from the store and, online, the sites."""

    def __init__(
        self,
        registry: Registry,
        store: Store,
        client: HttpClient | None,
        *,
        on_close: Sequence[Callable[[], None]] = (),
        photo_cache: PhotoCache | None = None,
    ) -> None:
        """``client`` None means offline. ``on_close`` runs at :meth:`aclose` (demo server,
        temporary directories). ``photo_cache`` None keeps no photo on disk."""
        self.registry = registry
        self.store = store
        self._client = client
        self._on_close = list(on_close)
        self._photo_cache = photo_cache

    @cached_property
    def photos(self) -> PhotoSource:
        """Where :meth:`photo` gets photos (its deadlines can be changed by tests). Made,
        and the photo modules imported, when first used: a start shows no photo, and their
        names would crowd the interned-string table (docs/PERFORMANCE.md, start-up round 6)."""
        from herald_tui.photos.source import PhotoSource

        return PhotoSource(self.registry.get, self._photo_cache, self._client)

    # -- what there is -------------------------------------------------------------------

    @property
    def offline(self) -> bool:
        """True when the network is never used."""
        return self._client is None

    def sources(self) -> Sequence[Source]:
        """Sources of every loaded plugin."""
        return [f.source for f in self.registry.fetchers.values()]

    def sections(self, source: str) -> Sequence[Section]:
        """Sections of a source, in menu order; empty for an unknown source."""
        fetcher = self.registry.get(source)
        return fetcher.sections if fetcher else ()

    def notices(self) -> list[str]:
        """Messages from opening the cache and loading plugins."""
        broken = [f"plugin {name} not loaded: {why}" for name, why in self.registry.broken.items()]
        return [*self.store.notices, *broken]

    # -- headlines -----------------------------------------------------------------------

    def cached_headlines(self, section_key: str, limit: int = 200) -> list[ListedHeadline]:
        """The section's stored list, newest first, revisions folded, each row saying
        whether its article is stored."""
        return self._listed(section_key, limit)

    def _listed(
        self, section_key: str, limit: int = 200, leave_out: Collection[str] = ()
    ) -> list[ListedHeadline]:
        rows = self.store.headlines(section_key, limit, leave_out=leave_out)
        canonical = {row.headline.url: self._canonical(row.headline.url) for row in rows}
        stored = self.store.stored_urls(canonical.values())
        return [
            ListedHeadline(row.headline, row.read, row.saved, row.revisions, stored=True)
            if canonical[row.headline.url] in stored
            else row
            for row in rows
        ]

    def _canonical(self, url: str) -> str:
        fetcher = self.registry.for_url(url)
        return fetcher.canonical_url(url) if fetcher else url

    def last_synced(self, section_key: str) -> datetime | None:
        """When the section's list was last fetched."""
        return self.store.last_synced(section_key)

    def unread_count(self, section_key: str) -> int:
        """Unread stories in the section's stored list."""
        return self.store.unread_count(section_key)

    async def refresh(
        self, section_key: str, progress: Progress | None = None, *, known: Collection[str] = ()
    ) -> list[ListedHeadline]:
        """Fetch the section's headlines, store them, return the stored list less the
        headlines whose URL is in ``known``."""
        client = self._online()
        section, fetcher = self._section(section_key)
        _report(progress, ProgressEvent(f"updating {section.title}"))
        headlines = await self._fetch_headlines(client, fetcher, section, progress)
        # In a thread: storing and reading back a list of hundreds takes tens of ms, which
        # on the app's loop would hold up keys while a (timed) refresh runs.
        if headlines is None:  # 304: the stored list is current
            await asyncio.to_thread(self.store.touch_section, section_key)
        else:
            await asyncio.to_thread(self.store.put_headlines, section_key, headlines)
        return await asyncio.to_thread(self._listed, section_key, leave_out=known)

    async def _fetch_headlines(
        self, client: HttpClient, fetcher: Fetcher, section: Section, progress: Progress | None
    ) -> list[Headline] | None:
        """Headlines from the first source of the section that gives some; None on a 304."""
        candidates: list[tuple[str, Callable[[str, str], list[Headline]], Kind]] = [
            (url, fetcher.parse_feed, "feed") for url in section.feeds
        ]
        if section.list_url:
            candidates.append((section.list_url, fetcher.parse_list, "page"))
        home = fetcher.home + "/"
        candidates.append((home, fetcher.parse_list, "page"))
        first_error: HeraldError | None = None
        for url, parse, kind in candidates:
            # The home page serves every section: its validators are no section's to reuse.
            shared = url == home
            # The store is read and written in threads, as in refresh: on the loop these
            # waited for a refresh of another section storing its list (bench_tui).
            validators = None if shared else await asyncio.to_thread(self._validators, url)
            try:
                response = await client.get(
                    fetcher.fetch_url(url),
                    kind=kind,
                    allowed_hosts=fetcher.allowed_hosts,
                    validators=validators,
                    on_retry=_retry_reporter(progress),
                )
                if response.not_modified:
                    return None
                headlines = await _parse(parse, response.text, url)
            except (BadStatus, BadContentType, ParseError) as e:
                first_error = first_error or e
                continue  # a missing or broken feed: the next source may do
            if headlines:
                if not shared:
                    await asyncio.to_thread(self._keep_validators, url, response.validators)
                return headlines
        if first_error is not None:
            raise first_error
        return []

    # -- articles ------------------------------------------------------------------------

    def cached_article(self, url: str) -> Article | None:
        """The stored article (cache or saved copy), or None."""
        fetcher = self.registry.for_url(url)
        return self.store.get_article(fetcher.canonical_url(url) if fetcher else url)

    def is_stored(self, url: str) -> bool:
        """True if the article is in the cache or saved (nothing is read or parsed)."""
        return self.store.has_article(self._canonical(url))

    async def article(
        self, url: str, progress: Progress | None = None, *, refresh: bool = False
    ) -> Article:
        """The article: stored if current, else fetched, parsed and stored.

        ``refresh`` re-checks a stored copy with a conditional GET. A failed fetch or parse
        falls back to the stored copy; offline, a missing article raises NotCachedError."""
        article, _status = await self.fetch_article(url, progress, refresh=refresh)
        return article

    async def fetch_article(
        self, url: str, progress: Progress | None = None, *, refresh: bool = False
    ) -> tuple[Article, ArticleStatus]:
        """:meth:`article`, also saying whether the store got a new or updated copy."""
        fetcher = self.registry.reader_of(url)
        canonical = fetcher.canonical_url(url)
        cached = self.store.get_article(canonical)
        stale = cached is not None and self.store.needs_refresh(canonical, fetcher.parser_id)
        if self.offline:
            if cached is None:
                raise NotCachedError(f"{canonical} is not in the cache (offline)")
            return cached, "unchanged"
        if cached is not None and not stale and not refresh:
            return cached, "unchanged"
        client = self._online()
        refusal = None if refresh else self.store.refusal(canonical, fetcher.parser_id, REFUSED_FOR)
        if refusal is not None:  # the page would cost as much again, for nothing
            if cached is not None:
                return cached, "unchanged"
            raise ParseError(fetcher.name, canonical, f"{refusal} (refused lately: not fetched)")
        _report(progress, ProgressEvent(f"fetching {canonical}"))
        try:
            response = await client.get(
                fetcher.fetch_url(canonical),
                kind="page",
                allowed_hosts=fetcher.allowed_hosts,
                # A stale parse needs the page again, whatever the server thinks of our copy.
                validators=None if stale or cached is None else self._validators(canonical),
                on_retry=_retry_reporter(progress),
            )
            if response.not_modified and cached is not None:
                return cached, "unchanged"
            parsed = await _parse(fetcher.parse_article, response.text, canonical)
        except (FetchError, ParseError) as e:
            self._remember_refusal(canonical, fetcher, e)
            if cached is not None:
                return cached, "unchanged"
            raise
        result = self.store.put_article(parsed)
        if result.stored:
            self._keep_validators(canonical, response.validators)
        article = self.store.get_article(canonical) or parsed
        if not result.stored:
            return article, "unchanged"
        return article, "new" if cached is None else "updated"

    # -- reader state and search ---------------------------------------------------------

    def set_read(self, url: str, read: bool = True) -> None:
        """Mark an article read or unread; nothing when the store is read-only (opening an
        article marks it read: the store's notice already said once that writes are off)."""
        if not self.store.readonly:
            self.store.set_read(url, read)

    def set_read_many(self, urls: Sequence[str], read: bool = True) -> list[str]:
        """Mark many articles read or unread in one transaction; return those changed
        (none when the store is read-only)."""
        return [] if self.store.readonly else self.store.set_read_many(urls, read)

    def listed_urls(self, section_key: str) -> list[str]:
        """Every story in the section's stored list."""
        return self.store.listed_urls(section_key)

    def set_saved(self, article: Article, saved: bool) -> None:
        """Save (with its content, kept forever) or unsave an article."""
        self.store.set_saved(article, saved)

    def is_saved(self, url: str) -> bool:
        """True if the article is saved."""
        return self.store.is_saved(url)

    def saved(self) -> list[ListedHeadline]:
        """Saved articles, newest saved first, as list rows."""
        articles = self.store.saved()
        read = self.store.read_urls(a.url for a in articles)
        return [
            ListedHeadline(as_headline(a), read=a.url in read, saved=True, stored=True)
            for a in articles
        ]

    def unread_saved_count(self) -> int:
        """Saved articles not marked read."""
        return self.store.unread_saved_count()

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search of everything stored. Raises SearchError on a bad query."""
        return self.store.search(query, limit)

    def people(
        self, since: datetime | None = None, match: str = "", limit: int = 200
    ) -> list[Person]:
        """Speakers ranked by quotations published since ``since``, names matching."""
        return self.store.people(since, match, limit)

    def quotes_of(
        self, key: str, since: datetime | None = None, limit: int = 500
    ) -> list[SaidQuote]:
        """The speaker's quotations, newest first."""
        return self.store.quotes_of(key, since, limit)

    def speaker_key(self, article: Article, quote: Quote) -> str | None:
        """The People key of ``quote`` of ``article`` (None: no speaker)."""
        from herald_tui.quotes.people import speaker_key  # the engine: only when asked

        return speaker_key(article, quote)

    async def photo(self, url: str, source: str, box: tuple[int, int]) -> DecodedPhoto:
        """The photo at ``url`` of an article of ``source``, decoded to fit ``box`` pixels:
        from the disk cache, else (online) from the plugin's image hosts. Raises PhotoError."""
        return await self.photos.photo(url, source, box)

    def photo_cached(self, url: str) -> bool:
        """True if the photo at ``url`` is on disk (shown offline too)."""
        return self.photos.is_cached(url)

    async def aclose(self) -> None:
        """Close the HTTP client, the store, and whatever :func:`open_library` started."""
        try:
            if self._client is not None:
                await self._client.aclose()
        finally:
            self.store.close()
            for close in reversed(self._on_close):
                close()

    def http(self) -> HttpClient:
        """The HTTP client, for diagnostics that bypass the cache (``doctor``,
        ``read --save-html``); :class:`OfflineError` offline."""
        return self._online()

    # -- helpers -------------------------------------------------------------------------

    def _online(self) -> HttpClient:
        if self._client is None:
            raise OfflineError("offline: showing the cache only")
        return self._client

    def _section(self, key: str) -> tuple[Section, Fetcher]:
        section = self.registry.section(key)
        fetcher = self.registry.get(section.source) if section else None
        if section is None or fetcher is None:
            raise HeraldError(f"unknown section {key!r} (see 'herald-tui sources')")
        return section, fetcher

    def _validators(self, url: str) -> Validators | None:
        from herald_tui.fetchers.http import Validators

        stored = self.store.validators(url)
        return Validators(*stored) if stored else None

    def _remember_refusal(self, url: str, fetcher: Fetcher, error: FetchError | ParseError) -> None:
        """A page refused for its size or parse time is not fetched again for a while."""
        refused = isinstance(error, ResponseTooLarge) or (
            isinstance(error, ParseError) and error.refused
        )
        if refused and not self.store.readonly:
            self.store.refuse(url, fetcher.parser_id, error.reason)

    def _keep_validators(self, url: str, validators: Validators) -> None:
        if self.store.readonly:
            return
        self.store.set_validators(url, validators.etag, validators.last_modified)


def as_headline(article: Article) -> Headline:
    """A list row for an article known only as an article (saved, search results)."""
    return Headline(
        url=article.url,
        title=article.headline,
        source=article.source,
        section=article.section,  # the page's name for it: a mixed list shows it
        published=article.published,
        summary=article.summary,
        thumbnail=article.photos[0].url if article.photos else "",
        story_id=article.story_id,
        revision=article.revision,
    )


async def _parse(parse: Callable[[str, str], T], text: str, url: str) -> T:
    """Run a plugin's parser off the event loop under the one parse deadline
    (:func:`~herald_tui.fetchers.safety.parse_with_deadline`)."""
    from herald_tui.fetchers.safety import parse_with_deadline  # not needed to start

    return await asyncio.to_thread(parse_with_deadline, parse, text, url, seconds=PARSE_SECONDS)


def _report(progress: Progress | None, event: ProgressEvent) -> None:
    if progress is not None:
        progress(event)


def _retry_reporter(progress: Progress | None) -> Callable[[RetryEvent], None] | None:
    if progress is None:
        return None

    def report(event: RetryEvent) -> None:
        progress(
            ProgressEvent(
                f"{event.reason}: retrying in {event.wait_seconds:.0f} s",
                retry_in=event.wait_seconds,
            )
        )

    return report


def open_library(
    settings: Settings,
    paths: Paths,
    *,
    offline: bool = False,
    demo: bool = False,
    temporary: Collection[TemporaryDir] = (),
    plugins: Sequence[EntryPoint] | None = None,
    upgrading: OnUpgrade | None = None,
) -> NewsLibrary:
    """Build the library for a command or the app.

    ``offline`` builds no HTTP client at all. ``demo`` serves the bundled sample site on
    loopback and points the plugins at it. Each directory named in ``temporary`` is replaced by
    a fresh temporary one, removed at close (the demo's, unless the user chose directories).
    ``plugins``: the installed plugins' entry points when the caller has looked for them
    already (:meth:`Registry.discover`); else they are looked for here. ``upgrading`` hears
    how far the re-indexing of an older version's cache is (:meth:`Store.open`)."""
    on_close: list[Callable[[], None]] = []
    if demo:
        from herald_tui.demo import start_demo_site

        site: DemoSite = start_demo_site()
        on_close.append(site.close)
        settings = dataclasses.replace(settings, sites={**settings.sites, **site.sites})
    if temporary:
        temp = Path(tempfile.mkdtemp(prefix="herald-tui-demo-"))
        on_close.append(lambda: shutil.rmtree(temp, ignore_errors=True))
        paths = dataclasses.replace(
            paths, **{name: temp / name.removesuffix("_dir") for name in temporary}
        )
    try:
        store = Store.open(paths.cache_dir, paths.data_dir, upgrading=upgrading)
    except BaseException:
        for close in reversed(on_close):
            close()
        raise
    client = None
    if not offline:
        from herald_tui.fetchers.http import HttpClient

        client = HttpClient(settings.network)
    from herald_tui.photos.disk import PhotoCache

    photos = PhotoCache.beside(paths.cache_dir, settings.cache.photo_cache_mb)
    registry = Registry.load(settings.sites, plugins)
    return NewsLibrary(registry, store, client, on_close=on_close, photo_cache=photos)
