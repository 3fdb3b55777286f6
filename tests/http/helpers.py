"""Shared test data and helpers for the HTTP tests."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

from herald_tui.config import NetworkSettings
from herald_tui.demo.server import DemoServer, ServerStats
from herald_tui.fetchers.http import HttpClient, Kind, Response
from tests.hang import HANG_GUARD_SECONDS

DEADLINE = 2.0
"""The deadline the tests run with: a stalled or dripping server ends at it."""

ARTICLE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Talks will be 'difficult but necessary': minister</title>
</head><body><article class="story-news"><p>SEOUL, April 19 (Yonhap) -- Talks with the
neighbouring country will be "difficult but necessary," the unification minister said
Wednesday.</p><p>The minister made the remarks during a parliamentary session.</p>
</article></body></html>
"""

LONG_ARTICLE = ARTICLE.replace(
    "</article>",
    "<p>Officials said the talks would resume next month in Seoul, he added.</p>\n" * 40
    + "</article>",
)
"""Big enough for the server to gzip it."""

FEED = """<?xml version='1.0' encoding='utf8'?>
<rss version="2.0"><channel><title>Invented News</title>
<item><title>Ministry unveils plan for regional growth</title>
<link>https://en.yna.co.kr/view/AEN20250118000100315</link></item>
</channel></rss>
"""


def settings(**changes: Any) -> NetworkSettings:
    """Test settings: a short deadline, no retries, tiny waits, unless changed."""
    base = NetworkSettings(
        deadline=DEADLINE, read_timeout=10.0, connect_timeout=2.0, retries=0, max_retry_wait=0.05
    )
    return dataclasses.replace(base, **changes)


async def fetch(server: DemoServer, path: str, kind: Kind = "page", **changes: Any) -> Response:
    """GET ``path`` from ``server`` with a fresh client built from :func:`settings`."""
    async with HttpClient(settings(**changes)) as client:
        return await client.get(server.url(path), kind=kind)


class Crowd:
    """A server's ``sleep`` that holds every answer until ``size`` requests are in flight at
    once, then waits the latency for real (so any request over a limit overlaps too).

    A test of concurrency then sees the crowd however slowly a busy machine sends it, where a
    bare latency only made it likely. A client that never sends that many at once is let go
    at the hang guard's bound, and fails the test's own assertion. Set :attr:`stats` to the
    server's before the first request."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.stats: ServerStats | None = None
        self._met = False
        self._give_up: float | None = None

    async def __call__(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        if self._give_up is None:
            self._give_up = loop.time() + HANG_GUARD_SECONDS
        while not self._met and loop.time() < self._give_up:
            self._met = self._in_flight() >= self.size
            await asyncio.sleep(0.01)  # polled on the server's loop: its requests go on
        await asyncio.sleep(seconds)

    def _in_flight(self) -> int:
        assert self.stats is not None, "Crowd.stats is not set"
        with self.stats.lock:
            return sum(self.stats.in_flight.values())
