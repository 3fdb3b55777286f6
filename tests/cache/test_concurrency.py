"""Two SSH sessions on one cache: several processes write at once and lose nothing."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from herald_tui.cache import Store
from tests.cache.factories import article
from tests.cache.workers import hammer

WORKERS = 4
COUNT = 150


def test_four_processes_write_concurrently_and_lose_nothing(dirs: tuple[Path, Path]) -> None:
    cache_dir, data_dir = dirs
    Store.open(cache_dir, data_dir).close()  # create the files once, like a first run
    context = multiprocessing.get_context("spawn")  # fresh processes, like separate sessions
    with context.Manager() as manager:
        barrier = manager.Barrier(WORKERS)
        with ProcessPoolExecutor(WORKERS, mp_context=context) as pool:
            futures = [
                pool.submit(hammer, cache_dir, data_dir, w, COUNT, barrier) for w in range(WORKERS)
            ]
            errors = [e for f in futures for e in f.result(timeout=300)]
    assert errors == []
    urls = [article(w * 10_000 + i).url for w in range(WORKERS) for i in range(COUNT)]
    with Store.open(cache_dir, data_dir) as store:
        info = store.info()
        assert info.articles == WORKERS * COUNT
        assert info.read_marks == WORKERS * COUNT
        assert store.read_urls(urls) == set(urls)
        assert all(store.validators(url) is not None for url in urls)
        assert all(store.get_article(url) is not None for url in urls)
        for w in range(WORKERS):
            assert len(store.headlines(f"yonhap/worker{w}")) == COUNT
        assert len(store.headlines("yonhap/economy")) == 1
        assert store.notices == []
