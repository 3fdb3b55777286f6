"""The HTTP client under load: 200 article pages through the per-host limit vs one at a time.

The loopback server adds 50 ms to every response, standing in for a real site's latency, so
the benchmark measures what the per-host concurrency buys (and that keep-alive, gzip and the
bounded decoder cost little), not loopback speed. Both runs use the same client settings and
the same server in the same process; the server's record of concurrent requests per host shows
the limit held.
"""

from __future__ import annotations

import asyncio
import atexit
import random
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from benchmarks import Benchmark
from herald_tui.config import NetworkSettings
from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.http import HttpClient

PAGES = 200
PAGE_BYTES = 60_000
LATENCY = 0.05
WORDS = (
    "the ministry said officials talks Seoul Pyongyang economy growth exports semiconductor "
    "minister president parliament budget rate inflation won market shares investors KOSPI "
    "would be difficult but necessary senior official told reporters Monday after meeting"
)


def _site(root: Path) -> list[str]:
    """Write ``PAGES`` invented articles of about ``PAGE_BYTES`` each; return their paths."""
    rng = random.Random(4)
    words = WORDS.split()
    paths = []
    for i in range(PAGES):
        paragraphs = []
        size = 0
        while size < PAGE_BYTES:
            text = " ".join(rng.choice(words) for _ in range(60))
            paragraphs.append(f"<p>SEOUL (Yonhap) -- {text}, he said.</p>")
            size += len(paragraphs[-1]) + 1
        article_id = f"AEN20250118{i:04d}00315"
        page = root / "yonhap" / "view" / f"{article_id}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(
            "<!doctype html><html><head><meta charset='utf-8'><title>Story</title></head><body>"
            f"<article class='story-news'>{chr(10).join(paragraphs)}</article></body></html>",
            "utf-8",
        )
        paths.append(f"/yonhap/view/{article_id}")
    return paths


async def _fetch_all(urls: list[str], *, concurrent: bool) -> int:
    async with HttpClient(NetworkSettings()) as client:
        if concurrent:
            responses = await asyncio.gather(*(client.get(u, kind="page") for u in urls))
        else:
            responses = [await client.get(u, kind="page") for u in urls]
    return sum(len(r.text) for r in responses)


def benchmarks() -> Iterable[Benchmark]:
    root = Path(tempfile.mkdtemp(prefix="herald-bench-http-"))
    paths = _site(root)
    server = DemoServer(root, latency=LATENCY).start()
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    atexit.register(server.close)
    urls = [server.url(p) for p in paths]
    host = server.base_url.removeprefix("http://")
    notes: dict[str, Any] = {}

    def run(concurrent: bool) -> float:
        start = time.perf_counter()
        chars = asyncio.run(_fetch_all(urls, concurrent=concurrent))
        elapsed = (time.perf_counter() - start) * 1000
        notes["chars_per_run"] = chars
        notes["server_max_concurrent_per_host"] = server.stats.max_in_flight[host]
        notes["server_max_connections_per_host"] = server.stats.max_connections[host]
        notes["limit"] = NetworkSettings().connections_per_host
        return elapsed

    yield Benchmark(
        f"http: {PAGES} pages of {PAGE_BYTES // 1000} KB, {LATENCY * 1000:.0f} ms latency, "
        "per-host limit",
        lambda: run(True),
        "ms",
        ">= 3x faster than one at a time",
        meets=lambda median, base: base is not None and base / median >= 3,
        baseline=lambda: run(False),
        baseline_label="one at a time",
        repeat=3,
        notes=notes,
    )
