"""Start-up cost of the command line and the cost of the model's JSON codec."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

from benchmarks import Benchmark
from herald_tui.model import Article, Photo, Quote, from_json, to_json

KST = timezone(timedelta(hours=9))


def _run(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def _article() -> Article:
    paras = tuple(f'Paragraph {i} says "something" about Seoul, he said.' * 3 for i in range(25))
    return Article(
        url="https://en.yna.co.kr/view/AEN20240710000300315",
        source="yonhap",
        section="Politics",
        headline="Sample headline",
        published=datetime(2024, 7, 10, 9, 28, tzinfo=KST),
        photos=(Photo("https://img1.yna.co.kr/a.jpg", "Caption", "(Yonhap)", 2),),
        paragraphs=paras,
        quotes=tuple(Quote("something", "Kim", i, "partial", 20, 29) for i in range(25)),
    )


def benchmarks() -> Iterable[Benchmark]:
    article = _article()
    text = to_json(article)

    def roundtrip() -> float:
        start = time.perf_counter()
        for _ in range(100):
            from_json(Article, to_json(article))
        return (time.perf_counter() - start) * 1000 / 100

    yield Benchmark(
        "cli: herald-tui --version (process)",
        lambda: _run("-m", "herald_tui", "--version"),
        "ms",
        "close to bare python",
        baseline=lambda: _run("-c", "pass"),
        baseline_label="python -c pass",
        repeat=9,
    )
    yield Benchmark(
        f"model: Article JSON round trip ({len(text) // 1024} KiB)",
        roundtrip,
        "ms",
        "< 1 ms",
        meets=lambda median, _base: median < 1,
    )
