"""Code run in separate processes by the concurrency test (importable by a spawned child)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from herald_tui.cache import Store, StoreError
from tests.cache.factories import article, headline

SHARED_SECTION = "yonhap/economy"


def hammer(cache_dir: Path, data_dir: Path, worker: int, count: int, barrier: Any) -> list[str]:
    """Write ``count`` articles, read marks, validators and headline lists as fast as
    possible, alongside other workers; return the errors met (as text)."""
    errors: list[str] = []
    with Store.open(cache_dir, data_dir) as store:
        barrier.wait()
        for i in range(count):
            n = worker * 10_000 + i
            try:
                store.put_article(article(n, words=30))  # reads the old row, then writes
                store.set_read(article(n).url)
                store.set_validators(article(n).url, f'"{n}"', None)
                # Reads first-seen times, then replaces: all workers share one section.
                store.put_headlines(SHARED_SECTION, [headline(n)])
                mine = [headline(worker * 10_000 + m) for m in range(i + 1)]
                store.put_headlines(f"yonhap/worker{worker}", mine)
            except Exception as e:
                errors.append(f"{type(e).__name__}: {e}")
    return errors


def open_and_write(
    cache_dir: Path, data_dir: Path, worker: int, count: int, barrier: Any
) -> tuple[list[str], list[str], list[str]]:
    """Open the store at the same moment as other workers (the files are damaged: each may
    move them aside), then commit ``count`` cached and ``count`` saved articles one by one;
    return the URLs of the commits that returned (acknowledged), cached and saved, and the
    errors met."""
    cached: list[str] = []
    saved: list[str] = []
    barrier.wait()
    try:
        with Store.open(cache_dir, data_dir) as store:
            for i in range(count):
                n = worker * 1_000 + i
                store.put_article(article(n, words=20))
                cached.append(article(n).url)
                store.set_saved(article(n + 500, words=20), True)
                saved.append(article(n + 500).url)
    except StoreError as e:
        return cached, saved, [f"{type(e).__name__}: {e}"]
    return cached, saved, []
