"""An in-memory :class:`~herald_tui.library.Library` for the app's tests.

It keeps the protocol's promises the way the real one does: cached lists come back at once;
``refresh`` and an uncached (or stale) ``article`` go to "the network", which here means
appending to :attr:`FakeLibrary.requests`, waiting the scripted latency (or gate), then
failing or answering as scripted. Offline, nothing reaches the network: ``refresh`` raises
:class:`OfflineError` and an uncached article :class:`NotCachedError`.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from herald_tui.errors import HeraldError
from herald_tui.library import (
    ListedHeadline,
    NotCachedError,
    OfflineError,
    Progress,
    ProgressEvent,
    SearchError,
    SearchHit,
)
from herald_tui.model import Article, Headline, Section, Source
from tests.tui import sample_news

__all__ = ["FakeFetchError", "FakeLibrary", "Request"]


class FakeFetchError(HeraldError):
    """What the real client raises for a failed fetch (one line, naming the URL)."""


@dataclass(frozen=True)
class Request:
    """One trip to "the network"."""

    kind: str
    """``refresh`` or ``article``."""
    target: str
    """Section key or article URL."""


@dataclass
class FakeLibrary:
    """A scriptable Library. Build the sample one with :meth:`sample`."""

    sources_: Sequence[Source]
    sections_: Mapping[str, Sequence[Section]]
    lists: dict[str, list[tuple[Headline, int]]]
    """Cached lists: section key -> (headline, revisions folded) newest first."""
    articles: dict[str, Article]
    """Cached articles by URL."""
    remote_lists: dict[str, list[tuple[Headline, int]]] = field(default_factory=dict)
    """What a refresh finds (default: the cached list)."""
    remote_articles: dict[str, Article] = field(default_factory=dict)
    """What fetching an uncached article finds (missing: a 404)."""
    offline_: bool = False
    clock: Callable[[], datetime] = lambda: sample_news.NOW
    """"Now", for sync times."""
    latency: dict[str, float] = field(default_factory=dict)
    """Seconds a fetch of this section key or URL takes."""
    gates: dict[str, asyncio.Event] = field(default_factory=dict)
    """A fetch of this key or URL waits until the event is set (deterministic slowness)."""
    failures: dict[str, HeraldError] = field(default_factory=dict)
    """A fetch of this key or URL raises this."""
    stale: set[str] = field(default_factory=set)
    """Cached article URLs that ``article()`` fetches again."""
    notices_: list[str] = field(default_factory=list)
    read: set[str] = field(default_factory=set)
    saved_: dict[str, Article] = field(default_factory=dict)
    synced: dict[str, datetime] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    """Every trip to the network, in order."""
    calls: list[str] = field(default_factory=list)
    """Every call of a network-capable method (``refresh``, ``article``), even refused."""
    closed: bool = False

    @classmethod
    def sample(cls, *, offline: bool = False, synced_minutes_ago: float = 1) -> FakeLibrary:
        """The invented news of :mod:`tests.tui.sample_news`, every list synced recently
        (so opening a section does not refresh it unless told)."""
        from datetime import timedelta

        lists = {key: list(rows) for key, rows in sample_news.LISTS.items()}
        remote = {key: list(rows) for key, rows in lists.items()}
        remote["yonhap/nk"] = [(sample_news.FRESH, 1), *remote["yonhap/nk"]]
        synced_at = sample_news.NOW - timedelta(minutes=synced_minutes_ago)
        return cls(
            sources_=sample_news.SOURCES,
            sections_=sample_news.SECTIONS,
            lists=lists,
            articles={a.url: a for a in sample_news.ARTICLES},
            remote_lists=remote,
            offline_=offline,
            synced={key: synced_at for key in lists},
        )

    # -- protocol -----------------------------------------------------------------------

    @property
    def offline(self) -> bool:
        return self.offline_

    def sources(self) -> Sequence[Source]:
        return self.sources_

    def sections(self, source: str) -> Sequence[Section]:
        return self.sections_.get(source, ())

    def cached_headlines(self, section_key: str, limit: int = 200) -> list[ListedHeadline]:
        return [
            ListedHeadline(h, h.url in self.read, h.url in self.saved_, revisions)
            for h, revisions in self.lists.get(section_key, [])[:limit]
        ]

    async def refresh(
        self, section_key: str, progress: Progress | None = None
    ) -> list[ListedHeadline]:
        self.calls.append(f"refresh {section_key}")
        if self.offline_:
            raise OfflineError(f"offline: not refreshing {section_key}")
        await self._network("refresh", section_key, progress)
        self.lists[section_key] = list(
            self.remote_lists.get(section_key, self.lists.get(section_key, []))
        )
        self.synced[section_key] = self.clock()
        return self.cached_headlines(section_key)

    def cached_article(self, url: str) -> Article | None:
        return self.articles.get(url)

    async def article(self, url: str, progress: Progress | None = None) -> Article:
        self.calls.append(f"article {url}")
        cached = self.articles.get(url)
        if cached is not None and (self.offline_ or url not in self.stale):
            return cached
        if self.offline_:
            raise NotCachedError(f"offline and not cached: {url}")
        try:
            await self._network("article", url, progress)
        except HeraldError:
            if cached is not None:
                return cached
            raise
        found = self.remote_articles.get(url)
        if found is None:
            raise FakeFetchError(f"{url}: HTTP 404 Not Found")
        self.articles[url] = found
        self.stale.discard(url)
        return found

    def last_synced(self, section_key: str) -> datetime | None:
        return self.synced.get(section_key)

    def unread_count(self, section_key: str) -> int:
        return sum(1 for h, _ in self.lists.get(section_key, []) if h.url not in self.read)

    def set_read(self, url: str, read: bool = True) -> None:
        if read:
            self.read.add(url)
        else:
            self.read.discard(url)

    def set_saved(self, article: Article, saved: bool) -> None:
        if saved:
            self.saved_[article.url] = article
        else:
            self.saved_.pop(article.url, None)

    def is_saved(self, url: str) -> bool:
        return url in self.saved_

    def unread_saved_count(self) -> int:
        return sum(1 for url in self.saved_ if url not in self.read)

    def saved(self) -> list[ListedHeadline]:
        return [
            ListedHeadline(
                Headline(a.url, a.headline, a.source, published=a.published),
                a.url in self.read,
                True,
            )
            for a in reversed(self.saved_.values())
        ]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Articles holding every word of ``query``, with a snippet of about a dozen words
        around the first one, each word marked as the store marks matches. An unclosed quote
        is malformed, as in the real query language."""
        if query.count('"') % 2:
            raise SearchError('unclosed quote (") in the search: close the phrase')
        words = query.lower().split()
        if not words:
            raise SearchError("nothing to search: type some words")
        hits = []
        for a in self.articles.values():
            text = " ".join((a.headline, *a.paragraphs))
            if all(w in text.lower() for w in words):
                hits.append(
                    SearchHit(a.url, a.source, a.headline, _snippet(text, words), a.published)
                )
        return hits[:limit]

    def notices(self) -> list[str]:
        return list(self.notices_)

    async def aclose(self) -> None:
        self.closed = True

    # -- the "network" ------------------------------------------------------------------

    async def _network(self, kind: str, target: str, progress: Progress | None) -> None:
        self.requests.append(Request(kind, target))
        if progress is not None:
            progress(ProgressEvent(f"fetching {target}", 0, 1))
        if target in self.gates:
            await self.gates[target].wait()
        if self.latency.get(target):
            await asyncio.sleep(self.latency[target])
        if target in self.failures:
            raise self.failures[target]
        if progress is not None:
            progress(ProgressEvent(f"fetching {target}", 1, 1))

    # -- helpers for tests --------------------------------------------------------------

    def hold(self, target: str) -> asyncio.Event:
        """Make fetches of ``target`` wait until the returned event is set."""
        gate = self.gates[target] = asyncio.Event()
        return gate

    def network_targets(self, kind: str | None = None) -> list[str]:
        """Targets of the requests made (of one kind, if given)."""
        return [r.target for r in self.requests if kind is None or r.kind == kind]

    def listed_urls(self, section_key: str) -> Iterable[str]:
        """URLs of the cached list of a section."""
        return (h.url for h, _ in self.lists.get(section_key, []))


def _snippet(text: str, words: list[str]) -> str:
    """About a dozen words of ``text`` from a little before the first of ``words``, each
    occurrence of ``words`` between ``\\x02`` and ``\\x03``."""
    first = text.lower().index(words[0])
    start = text.rfind(" ", 0, max(0, first - 30)) + 1
    tokens = text[start:].split()[:14]
    window = ("…" if start else "") + " ".join(tokens) + "…"
    pattern = "|".join(re.escape(w) for w in words)
    return re.sub(pattern, lambda m: f"\x02{m[0]}\x03", window, flags=re.IGNORECASE)
