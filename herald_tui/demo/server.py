"""A small real HTTP/1.1 server on loopback, for the demo site, tests and benchmarks.

It serves a directory tree that mirrors URL paths: ``/<source>/P`` (query ignored) is
``<root>/<source>/P.html``, ``P.xml``, ``P`` or ``P/index.html``, whichever exists first.
Responses carry ``ETag`` and ``Last-Modified`` and answer conditional requests with 304;
text is gzip-compressed when the client accepts it, as the real sites do. It can add latency
to every response, and counts what tests want to check: requests and connections in flight
per ``Host`` (and their maxima), validators received, 304s sent.

Tests extend it (``tests/faultsite``: misbehaving responses, their own handlers, a redesigned
site) by overriding :meth:`DemoServer._dispatch`.

The server runs its own event loop in a background thread, so synchronous and asynchronous
callers alike can use it::

    with DemoServer(root, latency=0.05) as server:
        url = server.url("/yonhap/news")
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import threading
import zlib
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Self
from urllib.parse import parse_qsl, unquote, urlsplit

from herald_tui.demo.wire import Request, respond

__all__ = ["DemoServer", "ServerStats", "content_type"]

_MAX_HEAD = 64 * 1024


@dataclass
class ServerStats:
    """What the server saw. Updated on the server's thread; read under :attr:`lock`."""

    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    requests: int = 0
    in_flight: Counter[str] = field(default_factory=Counter)
    max_in_flight: Counter[str] = field(default_factory=Counter)
    """Per Host: most requests being answered at once."""
    connections: Counter[str] = field(default_factory=Counter)
    max_connections: Counter[str] = field(default_factory=Counter)
    """Per Host: most connections open at once (a connection belongs to its first Host)."""
    validators: Counter[str] = field(default_factory=Counter)
    """``if-none-match`` / ``if-modified-since`` headers received."""
    not_modified: int = 0
    user_agents: Counter[str] = field(default_factory=Counter)

    def opened(self, host: str) -> None:
        with self.lock:
            self.connections[host] += 1
            self.max_connections[host] = max(self.max_connections[host], self.connections[host])

    def closed(self, host: str) -> None:
        with self.lock:
            self.connections[host] -= 1

    def started(self, request: Request) -> None:
        with self.lock:
            self.requests += 1
            self.user_agents[request.headers.get("user-agent", "")] += 1
            self.in_flight[request.host] += 1
            self.max_in_flight[request.host] = max(
                self.max_in_flight[request.host], self.in_flight[request.host]
            )

    def finished(self, request: Request) -> None:
        with self.lock:
            self.in_flight[request.host] -= 1


class DemoServer:
    """The server; a context manager that starts and stops it. See the module docstring."""

    def __init__(
        self,
        root: Path | None = None,
        *,
        latency: float = 0.0,
        compress: bool = True,
        images: Path | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """``images``: photos served for ``/<site>/_img/<host>/<path>`` (see :func:`_photo`).
        ``sleep`` waits the ``latency`` before each answer, on the server's loop (tests record
        the waits, or hold an answer at a gate, instead of timing it)."""
        self.root = root.resolve() if root is not None else None
        self.images = images
        self.latency = latency
        self._sleep = sleep
        self.compress = compress
        self.stats = ServerStats()
        self.base_url = ""
        self._hits: Counter[str] = Counter()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    # --- lifecycle ------------------------------------------------------------------------

    def start(self) -> Self:
        """Start serving on ``127.0.0.1`` at a free port; :attr:`base_url` is then set.

        Starting a running server does nothing, so ``with server.start():`` works too."""
        if self._thread is not None:
            return self
        self._thread = threading.Thread(target=self._run, name="demo-server", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            raise self._error
        return self

    def close(self) -> None:
        """Stop serving and drop every connection."""
        if self._loop is not None and self._stop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
            self._thread.join(timeout=10)
            self._loop = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return self.base_url + path

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as e:  # reported to start(); the thread must not die silently
            self._error = e
            self._ready.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server = await asyncio.start_server(self._connection, "127.0.0.1", 0, limit=_MAX_HEAD)
        port = server.sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        self._ready.set()
        async with server:
            await self._stop.wait()
            server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

    # --- connections ------------------------------------------------------------------------

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        host: str | None = None
        try:
            while (request := await self._read_request(reader)) is not None:
                if host is None:
                    host = request.host
                    self.stats.opened(host)
                if not await self._answer(request, writer):
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass  # the client went away or sent garbage: nothing to answer
        except asyncio.CancelledError:
            pass  # the server is stopping; asyncio would log a cancelled callback task
        finally:
            if host is not None:
                self.stats.closed(host)
            writer.close()
            self._tasks.discard(task)

    async def _read_request(self, reader: asyncio.StreamReader) -> Request | None:
        try:
            head_bytes = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return None
        lines = head_bytes.decode("latin-1").split("\r\n")
        method, target, _version = [*lines[0].split(" ", 2), "", ""][:3]
        headers = {}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        parts = urlsplit(target)
        self._hits[target] += 1
        return Request(
            method=method.upper(),
            target=target,
            path=unquote(parts.path),
            query=dict(parse_qsl(parts.query)),
            headers=headers,
            hits=self._hits[target],
        )

    async def _answer(self, request: Request, writer: asyncio.StreamWriter) -> bool:
        self.stats.started(request)
        try:
            if self.latency:
                await self._sleep(self.latency)
            keep_alive = await self._dispatch(request, writer)
            await writer.drain()
        finally:
            self.stats.finished(request)
        return keep_alive and request.headers.get("connection", "").lower() != "close"

    async def _dispatch(self, request: Request, writer: asyncio.StreamWriter) -> bool:
        """Answer one request; returns False to close the connection. (Async so that a
        subclass may answer slowly: the test server's faults do.)"""
        if request.method not in ("GET", "HEAD"):
            return respond(writer, 405, b"", "text/plain")
        return self._serve_file(request, writer)

    # --- files --------------------------------------------------------------------------------

    def _serve_file(self, request: Request, writer: asyncio.StreamWriter) -> bool:
        path = self._resolve(request.path) or _photo(self.images, request.path)
        if path is None:
            return respond(writer, 404, b"not found\n", "text/plain; charset=utf-8")
        stat = path.stat()
        entry = _load(path, stat.st_mtime_ns, stat.st_size)
        validators = {"ETag": entry.etag, "Last-Modified": formatdate(stat.st_mtime, usegmt=True)}
        if self._not_modified(request, entry.etag, int(stat.st_mtime)):
            return respond(writer, 304, b"", None, validators)
        body, extra = entry.data, dict(validators)
        if self.compress and entry.gzipped and "gzip" in request.headers.get("accept-encoding", ""):
            body = entry.gzipped
            extra.update({"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return respond(
            writer, 200, body, entry.content_type, extra, head_only=request.method == "HEAD"
        )

    def _resolve(self, url_path: str) -> Path | None:
        if self.root is None:
            return None
        rel = url_path.lstrip("/")
        parts = rel.split("/")
        if any(p in (".", "..") or "\\" in p or "\0" in p for p in parts):
            return None
        base = self.root / rel
        for candidate in (
            base.with_name(base.name + ".html"),
            base.with_name(base.name + ".xml"),
            base,
            base / "index.html",
        ):
            if candidate.is_file() and candidate.resolve().is_relative_to(self.root):
                return candidate
        return None

    def _not_modified(self, request: Request, etag: str, mtime: int) -> bool:
        """RFC 9110: If-None-Match wins; If-Modified-Since only when it is absent."""
        inm = request.headers.get("if-none-match")
        ims = request.headers.get("if-modified-since")
        with self.stats.lock:
            self.stats.validators.update(
                n for n, v in (("if-none-match", inm), ("if-modified-since", ims)) if v
            )
        if inm is not None:
            tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
            match = "*" in tags or etag in tags
        elif ims is not None:
            try:
                match = mtime <= parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError, IndexError, OverflowError):
                match = False
        else:
            match = False
        if match:
            with self.stats.lock:
                self.stats.not_modified += 1
        return match


def _photo(images: Path | None, url_path: str) -> Path | None:
    """A photo for a mirrored image URL (``/<site>/_img/<host>/<path>``): the file of
    ``images`` with the URL's file name, else one of them chosen by a hash of the path, so
    that every photo of the demo pages shows a picture and always the same one."""
    if images is None or "/_img/" not in url_path:
        return None
    files = sorted(p for p in images.iterdir() if p.is_file())
    if not files:
        return None
    named = images / url_path.rsplit("/", 1)[-1]
    if named in files:
        return named
    return files[zlib.crc32(url_path.encode("utf-8")) % len(files)]


@dataclass(frozen=True, slots=True)
class _Entry:
    data: bytes
    gzipped: bytes | None
    etag: str
    content_type: str


@lru_cache(maxsize=1024)
def _load(path: Path, mtime_ns: int, size: int) -> _Entry:
    """A file's bytes, gzip form and validators, cached until it changes."""
    data = path.read_bytes()
    kind = content_type(path, data)
    textual = kind.startswith(("text/", "application/xml", "application/rss", "application/atom"))
    gzipped = gzip.compress(data, compresslevel=6, mtime=0) if textual and size > 512 else None
    etag = '"' + hashlib.sha1(data).hexdigest()[:20] + '"'
    return _Entry(data, gzipped, etag, kind)


def content_type(path: Path, data: bytes) -> str:
    """The ``Content-Type`` the server gives the file at ``path`` holding ``data``."""
    suffix = path.suffix.lower()
    head = data[:512].lstrip().lower()
    if suffix in (".html", ".htm") or (
        not suffix and head.startswith((b"<!doctype html", b"<html"))
    ):
        return "text/html; charset=utf-8"
    if suffix == ".xml" or (not suffix and head.startswith(b"<?xml")):
        kind = "rss+xml" if b"<rss" in head else "atom+xml" if b"<feed" in head else "xml"
        return f"application/{kind}; charset=utf-8"
    import mimetypes

    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"
