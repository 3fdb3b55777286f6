"""Politeness: a per-host limit on requests in flight, and an honest User-Agent."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.http import HttpClient
from tests.hang import HANG_GUARD_SECONDS
from tests.http.helpers import Crowd, settings

PATH = "/yonhap/view/AEN20250118000100315"


@pytest.mark.parametrize("limit", [1, 2, 4])
async def test_per_host_limit_is_never_exceeded(site: Path, limit: int) -> None:
    """30 requests at once: the server never sees more than ``limit`` from us, and does see
    ``limit`` (the limit is used, not just respected by going one at a time)."""
    crowd = Crowd(limit)  # holds the first answers until ``limit`` requests are in
    with DemoServer(site, latency=0.05, sleep=crowd) as server:
        crowd.stats = server.stats
        # The crowd may take a while to gather on a busy machine: the deadline is no test here.
        network = settings(connections_per_host=limit, deadline=HANG_GUARD_SECONDS)
        async with HttpClient(network) as client:
            responses = await asyncio.gather(
                *(client.get(server.url(f"{PATH}?n={i}"), kind="page") for i in range(30))
            )
        host = server.base_url.removeprefix("http://")
        assert all(r.status == 200 for r in responses)
        assert server.stats.max_in_flight[host] == limit
        assert server.stats.max_connections[host] <= limit


async def test_user_agent_is_the_configured_one(server: DemoServer) -> None:
    agent = "Mozilla/5.0 (compatible; herald-tui-test/1.0; +https://example.invalid)"
    async with HttpClient(settings(user_agent=agent)) as client:
        await client.get(server.url(PATH), kind="page")
        await client.get(server.url("/yonhap/RSS/news.xml"), kind="feed")
    assert dict(server.stats.user_agents) == {agent: 2}


async def test_connections_are_kept_alive(server: DemoServer) -> None:
    async with HttpClient(settings()) as client:
        for _ in range(5):
            await client.get(server.url(PATH), kind="page")
    host = server.base_url.removeprefix("http://")
    assert server.stats.max_connections[host] == 1
    assert client.stats.requests == 5
