"""Hostile pages within every input cap (issue 14, item 10): CPU and memory of one full parse.

Each shape of :mod:`tests.faultsite.hostile` is parsed by the Yonhap plugin
(``parse_article``, quotes included) in a fresh process, which reports the CPU seconds of the
parse and how much its peak RSS grew over the page itself. Goal: every page under about 1 s
and 100 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from benchmarks import Benchmark
from tests.faultsite.hostile import SHAPES

_REPO = Path(__file__).resolve().parent.parent
_CHILD = """
import json, resource, sys, time
from tests.faultsite.hostile import URL, hostile_page
from herald_tui.fetchers.base import ParseError
from herald_tui.fetchers.yonhap import YonhapFetcher
page = hostile_page(sys.argv[1])
fetcher = YonhapFetcher()
fetcher.parse_article("<html><body><article class='story-news'><p>x</p></article>", URL)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.process_time()
try:
    article = fetcher.parse_article(page, URL)
    outcome = f"{len(article.paragraphs)} paragraphs, {len(article.quotes)} quotes"
except ParseError as e:
    outcome = f"refused: {e.reason}"
cpu = time.process_time() - start
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"cpu": cpu, "rss_mb": grown / 1024, "bytes": len(page.encode()),
                  "outcome": outcome}))
"""


def _run(shape: str, bench: Benchmark) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, shape],
        check=True,
        capture_output=True,
        text=True,
        cwd=_REPO,  # the pages come from tests/, importable from the repository's root
    ).stdout
    result = json.loads(out)
    bench.notes.update(
        rss_mb=round(result["rss_mb"]), bytes=result["bytes"], outcome=result["outcome"]
    )
    return float(result["cpu"])


def _bench(shape: str) -> Benchmark:
    bench = Benchmark(
        f"hostile page: {shape}, CPU s of parse_article",
        lambda: 0.0,
        "s",
        "< 1 s and < 100 MB RSS growth",
        meets=lambda median, _base: median < 1.0,
        repeat=3,
        warmup=0,
    )
    bench.sample = lambda: _run(shape, bench)
    return bench


def benchmarks() -> Iterable[Benchmark]:
    for shape in SHAPES:
        yield _bench(shape)
