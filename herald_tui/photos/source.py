"""Where photos come from: the disk cache, else the plugin's own image hosts.

:class:`PhotoSource` is what :class:`~herald_tui.services.NewsLibrary` uses. Rules, in order:

* a cached photo is used as it is (offline too);
* offline, an uncached photo is an error that says so;
* the URL must be on an image host the article's plugin declares
  (:attr:`~herald_tui.fetchers.base.Fetcher.media_hosts`); anything else is refused before
  any request, so a page cannot make the reader call a third party;
* the fetch goes through the shared :class:`~herald_tui.fetchers.http.HttpClient` (per-host
  limit, ``image/*`` only, 10 MiB cap, redirects only among those hosts) under a deadline;
* the bytes are decoded in a thread under a deadline with a pixel limit
  (:mod:`herald_tui.photos.decode`), and only a photo that decoded is cached.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from herald_tui.fetchers.fetch_errors import FetchError
from herald_tui.photos.decode import DecodedPhoto, decode_in_thread
from herald_tui.photos.disk import PhotoCache
from herald_tui.photos.errors import PhotoError
from herald_tui.text import clean_line
from herald_tui.weburl import BadUrl, parse_web_url

if TYPE_CHECKING:
    from herald_tui.fetchers.base import Fetcher
    from herald_tui.fetchers.http import HttpClient

__all__ = ["DECODE_DEADLINE", "FETCH_DEADLINE", "PhotoSource"]

FETCH_DEADLINE = 20.0
"""Seconds a photo fetch may take in all (retries and redirects included)."""
DECODE_DEADLINE = 5.0
"""Seconds decoding may take."""


class PhotoSource:
    """Photos for the app and ``sync --photos``; see the module docstring."""

    def __init__(
        self,
        plugin: Callable[[str], Fetcher | None],
        cache: PhotoCache | None,
        client: HttpClient | None,
        *,
        fetch_deadline: float = FETCH_DEADLINE,
        decode_deadline: float = DECODE_DEADLINE,
    ) -> None:
        """``plugin``: the plugin of a name (``Registry.get``); ``cache`` None keeps
        nothing; ``client`` None means offline."""
        self._plugin = plugin
        self.cache = cache
        self._client = client
        self.fetch_deadline = fetch_deadline
        self.decode_deadline = decode_deadline

    def is_cached(self, url: str) -> bool:
        """True if the photo at ``url`` is on disk."""
        return self.cache is not None and self.cache.has(url)

    async def photo(self, url: str, source: str, box: tuple[int, int]) -> DecodedPhoto:
        """The photo at ``url`` of an article of plugin ``source``, decoded to fit ``box``.
        Raises :class:`PhotoError` with a one-line message."""
        cached = self.cache.get(url) if self.cache is not None else None
        if cached is not None:
            return await decode_in_thread(cached, box, self.decode_deadline)
        data = await self.fetch(url, source)
        decoded = await decode_in_thread(data, box, self.decode_deadline)
        if self.cache is not None:
            self.cache.put(url, data)
        return decoded

    async def fetch(self, url: str, source: str) -> bytes:
        """The bytes of the photo at ``url`` from its host (no cache, no decoding)."""
        if self._client is None:
            raise PhotoError("offline: this photo is not in the cache")
        fetcher = self._plugin(source)
        where = self._fetch_url(fetcher, url)
        assert fetcher is not None  # _fetch_url refused otherwise
        try:
            async with asyncio.timeout(self.fetch_deadline):
                response = await self._client.get(
                    where, kind="image", allowed_hosts=fetcher.allowed_image_hosts
                )
        except TimeoutError:
            raise PhotoError(f"the photo took longer than {self.fetch_deadline:g} s") from None
        except FetchError as e:
            raise PhotoError(str(e)) from None
        return response.content

    @staticmethod
    def _fetch_url(fetcher: Fetcher | None, url: str) -> str:
        where = fetcher.image_fetch_url(url) if fetcher is not None else None
        if fetcher is None or where is None:
            host = clean_line(_host_of(url))[:80]
            site = fetcher.display_name if fetcher is not None else "its site"
            raise PhotoError(f"not fetched: {host} is not an image host of {site}")
        return where


def _host_of(url: str) -> str:
    """The host ``url`` names as a browser reads it, for a message; the URL itself when it is
    no http(s) URL with a host (``https://[x``, ``javascript:``)."""
    try:
        return parse_web_url(url.strip()).host
    except BadUrl:
        return url
