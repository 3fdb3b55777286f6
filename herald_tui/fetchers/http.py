"""The one HTTP client: polite, bounded in time and size, and honest about failure.

One :class:`HttpClient` (one ``httpx.AsyncClient``, keep-alive) is built from
:class:`~herald_tui.config.NetworkSettings` and shared by everything that fetches::

    async with HttpClient(settings.network) as client:
        response = await client.get(url, kind="page", allowed_hosts=fetcher.allowed_hosts)

What each fetch guarantees (docs/SECURITY.md, "Request time", "Body size", "Incomplete pages",
"Character sets", "Redirects" and "Retries"):

* **Time.** httpx's per-phase timeouts (connect, read, write, pool) plus a hard deadline
  (``NetworkSettings.deadline``) around each HTTP request, from the moment it holds its host
  slot to the last body byte, so a server dripping a byte at a time cannot hold it longer.
  Time spent queueing behind our own requests to the same host does not count. The deadline
  is per request (each try, each redirect hop), not per :meth:`HttpClient.get`; a timeout is
  never retried, since it already cost its full time, so only quick failures are retried and
  a slow server costs one deadline. The strict bound on a whole ``get`` is
  ``(retries + 1) * (MAX_REDIRECTS + 1) * deadline + retries * max_retry_wait``; callers
  wanting a tighter total wrap the call in ``asyncio.timeout`` (the app cancels fetches the
  user no longer waits for).
* **Politeness.** An honest User-Agent, at most ``connections_per_host`` requests in flight
  per host (body streaming included), conditional GET from :class:`Validators`.
* **Retries.** Only connection failures before a response, 5xx and 429 (not timeouts, not
  a body cut short: a server that did it once will likely do it again); ``Retry-After`` in
  seconds or as an HTTP date is honoured, else capped exponential backoff with jitter; every
  wait is capped at ``max_retry_wait`` and reported through ``on_retry``.
* **Redirects.** Followed by hand, at most :data:`MAX_REDIRECTS` hops, each ``Location``
  parsed as browsers parse it (:mod:`herald_tui.weburl`) and its scheme, host and port checked:
  never https to http, a host in ``allowed_hosts``, the default port or the starting URL's
  (the configured mirror's); loops are refused.
* **Size.** An announced ``Content-Length`` over ``max_body_mb`` is refused before reading; the
  body is decompressed here with a bound (:mod:`herald_tui.fetchers.http_body`).
* **Type.** Pages must be HTML; feeds XML, or HTML/plain text whose body starts like XML
  (real feeds are sometimes mislabelled; an HTML page at a feed URL is still refused).
* **Photos.** ``kind="image"``: ``image/*`` only, at most 10 MiB whatever ``max_body_mb``,
  returned as bytes (decoding them is :mod:`herald_tui.photos`' business).
* **Text.** Decoded as browsers do (:mod:`herald_tui.fetchers.charset`); replacements counted.
* **Completeness.** A short body is an error (:class:`IncompleteBody`): nothing partial is
  ever returned as if complete.

Every failure is a :class:`FetchError` with a one-line message naming the URL and the cause.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from http import HTTPStatus
from types import TracebackType
from typing import Self, TypeGuard

import httpx

from herald_tui.config import NetworkSettings
from herald_tui.fetchers.charset import decode_text
from herald_tui.fetchers.fetch_errors import (
    BadContentType,
    BadStatus,
    BlockedRedirect,
    ConnectError,
    FetchError,
    FetchTimeout,
    IncompleteBody,
    ResponseTooLarge,
)
from herald_tui.fetchers.http_body import (
    ACCEPT_ENCODING,
    MAX_IMAGE_BYTES,
    BoundedDecoder,
    Kind,
    check_body,
    check_media_type,
    media_type,
    mib,
)
from herald_tui.fetchers.retry import is_retryable_status, retry_wait
from herald_tui.text import strip_controls
from herald_tui.weburl import BadUrl, parse_web_url

__all__ = [
    "MAX_REDIRECTS",
    "BadContentType",
    "BadStatus",
    "BlockedRedirect",
    "ConnectError",
    "FetchError",
    "FetchTimeout",
    "HttpClient",
    "HttpStats",
    "IncompleteBody",
    "Kind",
    "Response",
    "ResponseTooLarge",
    "RetryEvent",
    "Validators",
]

MAX_REDIRECTS = 5
"""Most redirect hops followed for one fetch."""

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,"
    "*/*;q=0.1",
    "image": "image/avif,image/webp,image/png,image/jpeg,image/*;q=0.8",
}
_SCHEMES = ("http", "https")
_MAX_VALIDATOR = 512  # longer ETags are not stored or sent


@dataclass(frozen=True, slots=True)
class Validators:
    """What a conditional GET sends back: the ``ETag`` and ``Last-Modified`` of a stored copy."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """``If-None-Match`` / ``If-Modified-Since`` for the values that are safe to send."""
        pairs = (("If-None-Match", self.etag), ("If-Modified-Since", self.last_modified))
        return {name: value for name, value in pairs if _safe_header(value)}

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> Validators:
        """The validators a response carries (unsafe or oversized values dropped)."""
        etag, modified = headers.get("etag"), headers.get("last-modified")
        return cls(
            etag if _safe_header(etag) else None, modified if _safe_header(modified) else None
        )


@dataclass(frozen=True, slots=True)
class Response:
    """A complete response. Never partial: anything short raises instead."""

    url: str
    """Final URL, after redirects."""
    status: int
    text: str
    """The decoded body; empty when :attr:`not_modified`."""
    content_type: str
    """The ``Content-Type`` header as sent ('' if none)."""
    validators: Validators
    """To store with the copy and send on the next fetch."""
    not_modified: bool = False
    """A 304: the stored copy is current; reuse it."""
    charset_replacements: int = 0
    """U+FFFD characters introduced by decoding: 0 for a clean page."""
    content: bytes = b""
    """The body as bytes, for an ``image`` fetch (whose :attr:`text` is empty)."""


@dataclass(frozen=True, slots=True)
class RetryEvent:
    """A retry about to happen, for "retrying in N s" messages."""

    url: str
    attempt: int
    """1 for the first retry."""
    wait_seconds: float
    reason: str
    """Why the last try failed: "HTTP 503 Service Unavailable", "connection failed: ..."."""


@dataclass(slots=True)
class HttpStats:
    """Counters over the client's life."""

    requests: int = 0
    """HTTP requests sent, redirect hops and retries included."""
    retries: int = 0
    not_modified: int = 0


@dataclass(frozen=True, slots=True)
class _Redirect:
    location: str


class _RedirectSeen(Exception):
    """Raised by the response hook to take a redirect out of httpx's hands."""

    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location


async def _stop_at_redirect(response: httpx.Response) -> None:
    """Response hook: hand redirects over before httpx parses ``Location`` itself (it raises
    its own errors on a malformed one, even with ``follow_redirects=False``)."""
    if response.has_redirect_location:
        raise _RedirectSeen(response.headers["location"])


class _Retryable(Exception):
    """A failure worth another try; :meth:`error` builds the one raised when tries run out."""

    def __init__(self, reason: str, status: int | None = None, retry_after: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after

    def error(self, url: str, retries: int) -> FetchError:
        reason = self.reason
        if retries:
            reason += f" after {retries} {'retry' if retries == 1 else 'retries'}"
        if self.status is None:
            return ConnectError(url, reason)
        return BadStatus(url, reason, self.status)


class HttpClient:
    """The shared async HTTP client; see the module docstring for what it guarantees.

    Use as an async context manager, or call :meth:`aclose`. Bound to the event loop it is
    first used on. ``transport`` replaces the network (tests, ``--offline``).
    """

    def __init__(
        self,
        settings: NetworkSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """``sleep`` waits between retries (tests record the waits instead)."""
        self.settings = settings
        self._sleep = sleep
        self.stats = HttpStats()
        self.max_body = int(settings.max_body_mb * 1024 * 1024)
        self._per_host = max(1, settings.connections_per_host)
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._client = httpx.AsyncClient(
            headers={
                "User-Agent": settings.user_agent,
                "Accept-Encoding": ACCEPT_ENCODING,
                "Accept-Language": "en",
            },
            timeout=httpx.Timeout(
                connect=settings.connect_timeout,
                read=settings.read_timeout,
                write=settings.read_timeout,
                pool=settings.connect_timeout,
            ),
            # The per-host semaphores are the real limit; the pool only keeps connections warm.
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=32),
            follow_redirects=False,
            event_hooks={"response": [_stop_at_redirect]},
            transport=transport,
        )

    async def __aenter__(self) -> Self:
        await self._client.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the pooled connections."""
        await self._client.aclose()

    async def get(
        self,
        url: str,
        *,
        kind: Kind,
        allowed_hosts: frozenset[str] | None = None,
        validators: Validators | None = None,
        on_retry: Callable[[RetryEvent], None] | None = None,
    ) -> Response:
        """Fetch ``url`` as a ``kind`` ("page", "feed" or "image": then the body is in
        :attr:`Response.content`). Raises :class:`FetchError`.

        ``allowed_hosts``: hosts redirects may lead to (the plugin's ``allowed_hosts``); None
        means only the host of ``url``. ``validators``: from the stored copy; a 304 then
        returns ``not_modified=True`` with empty text. ``on_retry`` is told before each wait.
        """
        host = _host(url)
        if host is None:
            raise FetchError(url, "not an http(s) URL")
        hosts = allowed_hosts if allowed_hosts is not None else frozenset({host})
        attempt = 0
        while True:
            try:
                response = await self._follow(url, kind, hosts, validators or Validators())
            except _Retryable as failure:
                if attempt >= self.settings.retries:
                    raise failure.error(url, attempt) from None
                attempt += 1
                await self._wait(url, attempt, failure, on_retry)
                continue
            return response

    async def _wait(
        self,
        url: str,
        attempt: int,
        failure: _Retryable,
        on_retry: Callable[[RetryEvent], None] | None,
    ) -> None:
        now = datetime.now(UTC)
        wait = retry_wait(failure.retry_after, attempt, now, self.settings.max_retry_wait)
        self.stats.retries += 1
        if on_retry is not None:
            on_retry(RetryEvent(url, attempt, wait, failure.reason))
        await self._sleep(wait)

    async def _follow(
        self, url: str, kind: Kind, hosts: frozenset[str], validators: Validators
    ) -> Response:
        """One try: the request and its redirect hops."""
        current, seen = url, {url}
        for hop in range(MAX_REDIRECTS + 1):
            result = await self._request(url, current, kind, validators)
            if isinstance(result, Response):
                return result
            if hop == MAX_REDIRECTS:
                break
            current = _redirect_target(url, current, result.location, hosts, seen)
            seen.add(current)
        raise BlockedRedirect(url, f"more than {MAX_REDIRECTS} redirects")

    async def _request(
        self, origin: str, url: str, kind: Kind, validators: Validators
    ) -> Response | _Redirect:
        """One HTTP request, under its host's slot and the deadline."""
        headers = {"Accept": ACCEPT[kind], **validators.headers()}
        async with self._slot(url):
            self.stats.requests += 1
            deadline = self.settings.deadline
            try:
                async with asyncio.timeout(deadline):
                    return await self._exchange(origin, url, kind, headers, validators)
            except TimeoutError:
                raise FetchTimeout(origin, f"timed out after {deadline:g} s") from None

    def _slot(self, url: str) -> asyncio.Semaphore:
        key = httpx.URL(url).netloc.decode("ascii").lower()
        if key not in self._slots:
            self._slots[key] = asyncio.Semaphore(self._per_host)
        return self._slots[key]

    async def _exchange(
        self, origin: str, url: str, kind: Kind, headers: dict[str, str], sent: Validators
    ) -> Response | _Redirect:
        try:
            async with self._client.stream("GET", url, headers=headers) as response:
                return await self._handle(origin, kind, response, sent)
        except _RedirectSeen as redirect:
            return _Redirect(redirect.location)
        except httpx.TimeoutException as e:
            raise FetchTimeout(origin, _timeout_reason(e, self.settings)) from None
        except httpx.InvalidURL as e:
            raise FetchError(origin, f"invalid URL: {e}") from None
        except httpx.TransportError as e:  # before any response: body errors are caught below
            raise _Retryable(f"connection failed: {_describe(e)}") from None

    async def _handle(
        self, origin: str, kind: Kind, response: httpx.Response, sent: Validators
    ) -> Response:
        status = response.status_code
        if status in REDIRECT_STATUSES:  # with a Location, the response hook took it
            raise BadStatus(origin, f"{_status_text(status)} without a Location", status)
        if status == 304 and sent.headers():
            self.stats.not_modified += 1
            fresh = Validators.from_headers(response.headers)
            validators = Validators(
                fresh.etag or sent.etag, fresh.last_modified or sent.last_modified
            )
            return Response(
                str(response.url), status, "", _content_type(response), validators, True
            )
        if is_retryable_status(status):
            raise _Retryable(_status_text(status), status, response.headers.get("retry-after"))
        if status not in (200, 203):
            raise BadStatus(origin, _status_text(status), status)
        return await self._complete(origin, kind, response)

    async def _complete(self, origin: str, kind: Kind, response: httpx.Response) -> Response:
        """Read, decode and check a 200 body."""
        content_type = _content_type(response)
        media = media_type(content_type)
        check_media_type(origin, kind, media)
        if kind == "image":
            body = await self._read_body(origin, response, MAX_IMAGE_BYTES)
            validators = Validators.from_headers(response.headers)
            return Response(
                str(response.url), response.status_code, "", content_type, validators, content=body
            )
        body = await self._read_body(origin, response, self.max_body)
        text, replacements = decode_text(body, content_type)
        check_body(origin, kind, media, text)
        validators = Validators.from_headers(response.headers)
        url = str(response.url)
        return Response(
            url, response.status_code, text, content_type, validators, False, replacements
        )

    async def _read_body(self, origin: str, response: httpx.Response, limit: int) -> bytes:
        length = _content_length(response)
        if length is not None and length > limit:
            raise ResponseTooLarge(origin, f"body of {mib(length)} over the {mib(limit)} limit")
        # A response built in memory (a test transport) was already read and decoded by httpx.
        in_memory = response.is_stream_consumed
        encoding = None if in_memory else response.headers.get("content-encoding")
        decoder = BoundedDecoder(origin, encoding, limit)
        try:
            async for chunk in _raw_chunks(response):
                decoder.feed(chunk)
        except (httpx.RemoteProtocolError, httpx.ReadError):
            got = f"{decoder.raw_size} bytes" + (f" of {length}" if length is not None else "")
            raise IncompleteBody(origin, f"connection closed after {got} of the body") from None
        return decoder.finish()


async def _raw_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """The body as it comes off the wire: httpx's own decoders would expand a bomb in one go
    before we could stop it."""
    if response.is_stream_consumed:
        yield response.content
        return
    async for chunk in response.aiter_raw():
        yield chunk


def _redirect_target(
    origin: str, current: str, location: str, hosts: frozenset[str], seen: set[str]
) -> str:
    """The URL a redirect leads to (parsed as browsers parse it, re-serialised), if it may be
    followed; else BlockedRedirect. Scheme, host and port are all checked: https never
    becomes http, the host is one of ``hosts``, and the port is the scheme's default or the
    one the fetch started on (a configured mirror's, like ``127.0.0.1:8080``)."""
    try:
        start, here = parse_web_url(origin), parse_web_url(current)
        target = parse_web_url(location, here)
    except BadUrl as bad:
        if bad.scheme:
            raise BlockedRedirect(origin, f"redirect to a {bad.scheme} URL refused") from None
        raise BlockedRedirect(origin, "redirect to a malformed URL") from None
    if here.scheme == "https" and target.scheme != "https":
        raise BlockedRedirect(origin, "redirect from https to http refused")
    if target.host_key not in hosts:
        raise BlockedRedirect(origin, f"redirect off-site to {target.host_key} refused")
    mirror = start.port is not None and (target.scheme, target.port) == (start.scheme, start.port)
    if target.port is not None and not mirror:
        raise BlockedRedirect(origin, f"redirect to port {target.port} of {target.host} refused")
    url = str(replace(target, fragment=None))
    if url in seen:
        raise BlockedRedirect(origin, f"redirect loop at {url}")
    return url


def _host(url: str) -> str | None:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return None
    if parsed.scheme not in _SCHEMES or not parsed.host:
        return None
    return parsed.host.lower()


def _content_type(response: httpx.Response) -> str:
    return strip_controls(response.headers.get("content-type", ""))


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    return int(value) if value.isascii() and value.isdigit() else None


def _safe_header(value: str | None) -> TypeGuard[str]:
    """Validators are echoed back in headers: printable ASCII of sane length only."""
    return value is not None and 0 < len(value) <= _MAX_VALIDATOR and _printable_ascii(value)


def _printable_ascii(value: str) -> bool:
    return value.isascii() and value.isprintable()


def _status_text(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def _timeout_reason(error: httpx.TimeoutException, settings: NetworkSettings) -> str:
    if isinstance(error, httpx.ConnectTimeout | httpx.PoolTimeout):
        return f"no connection after {settings.connect_timeout:g} s"
    return f"no data for {settings.read_timeout:g} s"


def _describe(error: httpx.TransportError) -> str:
    """One short line for a transport error (httpx messages can be empty or span lines)."""
    text = " ".join(str(error).split())
    if not text:
        text = "connection lost" if isinstance(error, httpx.NetworkError) else type(error).__name__
    return text[:200]
