"""The People index on the 100,000-article cache (about 390,000 quotations): the People list,
one speaker's quotations, storing articles with and without indexing their quotations, the
index's share of the database, and the migration that builds it for an existing cache.

The cache is the one :mod:`benchmarks.bench_cache` builds (under ``benchmarks/.data/``,
reused); writes go to scratch copies. ``BENCH_PEOPLE_N`` measures a smaller cache when time is
short (say so next to the figures).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

from benchmarks import Benchmark
from benchmarks.bench_cache import DATA, SEED
from benchmarks.gen_cache import BuiltCache, articles, build_cache
from herald_tui.cache import Store
from herald_tui.cache import store as store_module
from herald_tui.cache.codec import from_epoch
from herald_tui.cache.quotations import index_cached

N = int(os.environ.get("BENCH_PEOPLE_N", "100000"))
INSERT_BATCH = 1_000
INDEX_OBJECTS = (
    "quotations",
    "quotations_by_speaker",
    "quoted_articles",
    "quoted_articles_by_time",
    "speakers",
)
"""The People index's tables and indexes (``sqlite_autoindex_*`` of WITHOUT ROWID tables
live in the table itself)."""


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _timed(
    name: str, goal_ms: float, work: Callable[[], int], notes: dict[str, object]
) -> Benchmark:
    def sample() -> float:
        start = time.perf_counter()
        notes["rows"] = work()
        return _ms(start)

    return Benchmark(
        f"people: {name} ({N // 1000}k)",
        sample,
        "ms",
        f"< {goal_ms:.0f} ms",
        meets=lambda median, _base: median < goal_ms,
        notes=notes,
    )


def _newest(store: Store) -> datetime:
    rows = store._cache.rows("SELECT max(published) FROM quotations")
    return from_epoch(int(rows[0][0]))


def _inserter(built: BuiltCache) -> Benchmark:
    """Articles per second stored, the quotations indexed or (the baseline, alternating in the
    same store) not: what storing cost before the index."""
    scratch = DATA / "scratch-people"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(built.cache_dir, scratch / "cache")
    store = Store.open(scratch / "cache", scratch / "data")
    next_index = [N]
    indexer = store_module._index_quotes

    def put(index: bool) -> float:
        batch = [a for _key, a in articles(INSERT_BATCH, SEED, start=next_index[0])]
        next_index[0] += INSERT_BATCH
        store_module._index_quotes = indexer if index else lambda conn, stored: None
        try:
            # CPU time of this process: on the shared machine, wall time moved by a third
            # between neighbouring samples (WAL commits do not wait for the disk: NORMAL).
            start = time.process_time()
            store.put_articles(batch, fetched_at=datetime.now(UTC))
            return INSERT_BATCH / (time.process_time() - start)
        finally:
            store_module._index_quotes = indexer

    return Benchmark(
        f"people: store {INSERT_BATCH:,} new articles with their quotations indexed ({N // 1000}k)",
        lambda: put(True),
        "articles/CPU s",
        "no more than 10% slower",
        meets=lambda median, base: base is not None and median >= 0.9 * base,
        baseline=lambda: put(False),
        baseline_label="without indexing",
        repeat=9,
    )


def _share(built: BuiltCache) -> Benchmark:
    """Bytes of the index over bytes of everything else in the cache database."""
    path = built.cache_dir / "cache.sqlite3"
    notes: dict[str, object] = {}

    def sample() -> float:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            marks = ", ".join("?" * len(INDEX_OBJECTS))
            ((index,),) = conn.execute(
                f"SELECT sum(pgsize) FROM dbstat WHERE name IN ({marks})", INDEX_OBJECTS
            ).fetchall()
            ((total,),) = conn.execute("SELECT sum(pgsize) FROM dbstat").fetchall()
            ((quotes,),) = conn.execute("SELECT count(*) FROM quotations").fetchall()
        finally:
            conn.close()
        notes.update(
            index_MiB=round(index / 2**20, 1),
            rest_MiB=round((total - index) / 2**20, 1),
            quotations=quotes,
        )
        return float(100 * index / (total - index))

    return Benchmark(
        f"people: index size / rest of the cache database ({N // 1000}k)",
        sample,
        "%",
        "< 25%",
        meets=lambda median, _base: median < 25,
        repeat=1,
        warmup=0,
        notes=notes,
    )


def _migration(built: BuiltCache) -> Benchmark:
    """What the migration that creates the index does to an existing cache: index every
    article (on a copy, the index emptied first; other migrations are not timed)."""
    scratch = DATA / "scratch-migrate"

    def sample() -> float:
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.copytree(built.cache_dir, scratch / "cache")
        conn = sqlite3.connect(scratch / "cache" / "cache.sqlite3", isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            for table in ("quotations", "quoted_articles", "speakers"):
                conn.execute(f"DELETE FROM {table}")
            start = time.perf_counter()
            indexed = index_cached(conn)
            conn.execute("COMMIT")
            elapsed = time.perf_counter() - start
        finally:
            conn.close()
            shutil.rmtree(scratch, ignore_errors=True)
        assert indexed == N, indexed
        return elapsed

    return Benchmark(
        f"people: migration indexing an existing {N // 1000}k cache (one open)",
        sample,
        "s",
        "-",
        repeat=1,
        warmup=0,
    )


def benchmarks() -> Iterable[Benchmark]:
    built = build_cache(DATA / f"cache-{N}-{SEED}", N, SEED)
    store = Store.open(built.cache_dir, built.data_dir, readonly=True)
    week = _newest(store) - timedelta(days=7)
    top = store.people(limit=1)[0].key
    mid = store.people(limit=100)[-1].key
    yield _share(built)
    yield _timed("People list, all time, 200 rows", 100, lambda: len(store.people()), {})
    yield _timed("People list, last 7 days", 100, lambda: len(store.people(week)), {})
    yield _timed("People list, name filter 'kim'", 100, lambda: len(store.people(match="kim")), {})
    yield _timed(
        "the most quoted speaker's newest 500 quotations",
        50,
        lambda: len(store.quotes_of(top)),
        {"key": top},
    )
    yield _timed(
        "the 100th speaker's quotations", 50, lambda: len(store.quotes_of(mid)), {"key": mid}
    )
    yield _inserter(built)
    yield _migration(built)
