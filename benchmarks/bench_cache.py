"""The store on a 100,000-article cache with 500,000 more headlines only listed: open and
list, search, insert, size on disk.

The cache is built once by :func:`benchmarks.gen_cache.build_cache` under
``benchmarks/.data/`` (git-ignored) and reused by later runs; its build time is reported in
the notes of the size row. Inserts go to a scratch copy, so the built cache never changes.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import Benchmark
from benchmarks.gen_cache import BuiltCache, articles, build_cache
from herald_tui.cache import Store

N = 100_000
LISTED = 500_000
"""Headlines only listed, never stored as articles (search covers them too)."""
SEED = 0
DATA = Path(__file__).parent / ".data"
SECTION = "yonhap/news"
"""A list of 1,000: the sections the listed-only headlines go to (yonhap/national...) keep
only the last, partial list stored of them (56 for national: fewer than the 200 listed)."""
QUERIES = (
    "north korea missile",
    "bank of korea base rate",
    '"joint military drills"',
    "samsung OR hynix -battery",
    "semicond",
    "N. Korea missile",  # every form of the name
    "missile source:yonhap section:nk",
    "drills since:2024-06-01 until:2024-06-30",
)
INSERT_BATCH = 2_000
MARK_READ = 10_000
"""Headlines marked read at once (the app's C after a long time away)."""
READ_BEFORE = 50_000
"""Read marks already in the user database when they are."""


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _open_and_list(built: BuiltCache) -> float:
    start = time.perf_counter()
    with Store.open(built.cache_dir, built.data_dir) as store:
        rows = store.headlines(SECTION, 200)
    elapsed = _ms(start)
    assert len(rows) == 200, len(rows)
    return elapsed


def _searcher(store: Store, query: str, notes: dict[str, object]) -> Benchmark:
    def sample() -> float:
        start = time.perf_counter()
        hits = store.search(query, 50)
        elapsed = _ms(start)
        notes["hits"] = len(hits)
        return elapsed

    return Benchmark(
        f"cache: search {query!r}, first 50 hits (100k + 500k listed)",
        sample,
        "ms",
        "< 50 ms",
        meets=lambda median, _base: median < 50,
        notes=notes,
    )


def _inserter(built: BuiltCache) -> Benchmark:
    scratch = DATA / "scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(built.cache_dir, scratch / "cache")
    store = Store.open(scratch / "cache", scratch / "data")
    next_index = [N]

    def sample() -> float:
        batch = [a for _key, a in articles(INSERT_BATCH, SEED, start=next_index[0])]
        next_index[0] += INSERT_BATCH
        start = time.perf_counter()
        store.put_articles(batch, fetched_at=datetime.now(UTC))
        return INSERT_BATCH / (time.perf_counter() - start)

    return Benchmark(
        f"cache: insert {INSERT_BATCH:,} new articles into a 100k cache (500 per transaction)",
        sample,
        "articles/s",
        ">= 2,000/s",
        meets=lambda median, _base: median >= 2000,
        repeat=3,
    )


def _size(built: BuiltCache) -> Benchmark:
    db = built.cache_dir / "cache.sqlite3"
    notes: dict[str, object] = {
        "db_MiB": round(db.stat().st_size / 2**20, 1),
        "article_text_MiB": round(built.text_bytes / 2**20, 1),
        "article_json_MiB": round(built.json_bytes / 2**20, 1),
        "build_seconds": round(built.build_seconds, 1),
        "listed": built.listed,
        "listed_seconds": round(built.listed_seconds, 1),
    }

    def sample() -> float:
        return db.stat().st_size / built.text_bytes

    return Benchmark(
        "cache: database size / article text size (100k)",
        sample,
        "x",
        "< 2x",
        meets=lambda median, _base: median < 2,
        repeat=1,
        warmup=0,
        notes=notes,
    )


def _mark_read() -> Benchmark:
    """Mark 10,000 headlines read in one call (a quarter of them read already), on disk, over
    a user database holding 50,000 read marks; the undo between samples is not timed."""
    folder = DATA / "mark-read"
    shutil.rmtree(folder, ignore_errors=True)
    store = Store.open(folder / "cache", folder / "data")
    store.set_read_many(f"https://en.yna.co.kr/view/OLD{n:07d}" for n in range(READ_BEFORE))
    urls = [f"https://en.yna.co.kr/view/AEN{n:07d}" for n in range(MARK_READ)]
    store.set_read_many(urls[::4])
    notes: dict[str, object] = {}

    def sample() -> float:
        start = time.perf_counter()
        changed = store.set_read_many(urls)
        elapsed = _ms(start)
        notes["changed"] = len(changed)
        store.set_read_many(changed, False)  # undo: the next sample starts from the same marks
        return elapsed

    return Benchmark(
        f"cache: mark {MARK_READ:,} headlines read (one transaction, on disk)",
        sample,
        "ms",
        "< 100 ms",
        meets=lambda median, _base: median < 100,
        notes=notes,
    )


def benchmarks() -> Iterable[Benchmark]:
    yield _mark_read()  # first: needs no 100k cache
    built = build_cache(DATA / f"cache-{N}-{LISTED}-{SEED}", N, SEED, LISTED)
    yield _size(built)
    yield Benchmark(
        "cache: open store + newest 200 headlines of a section (100k)",
        lambda: _open_and_list(built),
        "ms",
        "< 50 ms",
        meets=lambda median, _base: median < 50,
    )
    store = Store.open(built.cache_dir, built.data_dir, readonly=True)
    for query in QUERIES:
        yield _searcher(store, query, {})
    yield _inserter(built)
