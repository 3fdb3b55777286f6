"""Shared test data and helpers for the HTTP tests."""

from __future__ import annotations

import dataclasses
from typing import Any

from herald_tui.config import NetworkSettings
from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.http import HttpClient, Kind, Response

DEADLINE = 2.0
"""The deadline the tests run with: every fault must end within it plus one second."""

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
