"""The demo server with what only tests need: faults, handlers of their own, a redesign.

:class:`FaultServer` is the product's :class:`~herald_tui.demo.server.DemoServer` plus

* the ``/_fault/<name>`` namespace of misbehaving responses (:mod:`tests.faultsite.faults`);
* :meth:`FaultServer.route`: a test's own handler for one exact path;
* ``/_redesigned/<path>``: ``<path>`` as a redesign would serve it, every HTML ``class`` and
  ``id`` rewritten to a meaningless token (:mod:`tests.faultsite.redesign`), for ``doctor``
  and the layout-change tests.

Benchmarks use it too (``benchmarks/bench_chunked.py``); the package never imports it.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable

from herald_tui.demo.server import DemoServer, content_type
from herald_tui.demo.wire import Request, respond
from tests.faultsite.faults import FAULT_PREFIX, answer_fault
from tests.faultsite.redesign import Renamer

__all__ = ["FAULT_PREFIX", "REDESIGN_PREFIX", "FaultServer", "Handler"]

Handler = Callable[[Request, asyncio.StreamWriter], Awaitable[bool]]
"""Answers one request by writing to the stream; returns False to close the connection."""

REDESIGN_PREFIX = "/_redesigned/"


class FaultServer(DemoServer):
    """A :class:`DemoServer` that also serves faults, routes and the redesigned pages."""

    @functools.cached_property
    def _routes(self) -> dict[str, Handler]:
        return {}

    @functools.cached_property
    def _renamer(self) -> Renamer:
        return Renamer()  # one "redesign" per server: a name keeps its token

    def route(self, path: str, handler: Handler) -> None:
        """Answer requests for exactly ``path`` with ``handler`` (before files and faults)."""
        self._routes[path] = handler

    async def _dispatch(self, request: Request, writer: asyncio.StreamWriter) -> bool:
        if request.path in self._routes:
            return await self._routes[request.path](request, writer)
        if request.path.startswith(FAULT_PREFIX):
            return await answer_fault(request, writer)
        if request.method in ("GET", "HEAD") and request.path.startswith(REDESIGN_PREFIX):
            return self._serve_redesigned(request, writer)
        return await super()._dispatch(request, writer)

    def _serve_redesigned(self, request: Request, writer: asyncio.StreamWriter) -> bool:
        """A file with its classes and ids renamed (HTML only; feeds as they are)."""
        path = self._resolve("/" + request.path[len(REDESIGN_PREFIX) :])
        if path is None:
            return respond(writer, 404, b"not found\n", "text/plain; charset=utf-8")
        data = path.read_bytes()
        kind = content_type(path, data)
        if kind.startswith("text/html"):
            data = self._renamer.page(data.decode("utf-8")).encode("utf-8")
        return respond(writer, 200, data, kind, head_only=request.method == "HEAD")
