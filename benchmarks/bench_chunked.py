"""Chunked bodies (issue 14, item 11): the client's CPU and memory per body, by chunk size.

The fault server's ``/_fault/chunked`` sends HTML in chunked transfer coding, ``chunk`` bytes
per chunk. Each chunk costs the HTTP stack (pure Python) tens of microseconds on the event
loop, so a body sent one byte per chunk is refused once it has used 4,096 chunks averaging
under 256 bytes. Measured: CPU seconds of the client's thread (the server runs in another
thread of the same process) and the peak memory traced during the fetch, in the notes (it
includes the server building its 5 MB page: about 10 MiB of the figure).
Before the fix, 512 KiB in 1-byte chunks took 17.5 s of CPU and 64 MiB.
"""

from __future__ import annotations

import asyncio
import atexit
import time
import tracemalloc
from collections.abc import Iterable

from benchmarks import Benchmark
from herald_tui.config import NetworkSettings
from herald_tui.fetchers.http import FetchError, HttpClient
from tests.faultsite import FaultServer

SETTINGS = NetworkSettings(deadline=120.0, read_timeout=60.0, retries=0)


async def _fetch(url: str) -> str:
    async with HttpClient(SETTINGS) as client:
        try:
            response = await client.get(url, kind="page")
        except FetchError as e:
            return f"refused: {e.reason}"
        return f"read {len(response.text):,} characters"


def _bench(server: FaultServer, kib: int, chunk: int) -> Benchmark:
    bench = Benchmark(
        f"chunked body: {kib} KiB in {chunk}-byte chunks, client CPU s",
        lambda: 0.0,
        "s",
        "< 1 s, memory about the body",
        meets=lambda median, _base: median < 1.0,
        repeat=3,
    )

    def sample() -> float:
        url = server.url(f"/_fault/chunked?kb={kib}&chunk={chunk}")
        tracemalloc.start()
        start = time.thread_time()
        try:
            outcome = asyncio.run(_fetch(url))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        bench.notes.update(outcome=outcome, peak_traced_mib=round(peak / 2**20, 1))
        return time.thread_time() - start

    bench.sample = sample
    return bench


def benchmarks() -> Iterable[Benchmark]:
    server = FaultServer().start()
    atexit.register(server.close)
    yield _bench(server, 5000, 1)
    yield _bench(server, 5000, 300)
    yield _bench(server, 5000, 4096)
