"""Several processes meet the same damaged files at once: none loses another's commits.

Each process that finds a damaged database moves it aside and starts a fresh one. Without
coordination the second process moved away the fresh database the first had already
written to (issue 14, item 8: 3 trials in 20 lost acknowledged commits).
"""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import shutil
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from herald_tui.cache import Store, db, recovery
from herald_tui.cache.errors import StoreBusyError
from herald_tui.cache.files import open_lock, same_file, writable
from tests.cache.factories import article
from tests.cache.workers import open_and_write

WORKERS = 3
TRIALS = 12
COUNT = 15
GARBAGE = b"not a database" * 300


def _damage(cache_dir: Path, data_dir: Path) -> None:
    for directory, name in ((cache_dir, "cache.sqlite3"), (data_dir, "user.sqlite3")):
        directory.mkdir(parents=True)
        (directory / name).write_bytes(GARBAGE)


def test_racing_processes_lose_no_acknowledged_commit(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    lost: list[str] = []
    errors: list[str] = []
    with context.Manager() as manager, ProcessPoolExecutor(WORKERS, mp_context=context) as pool:
        for trial in range(TRIALS):
            cache_dir, data_dir = tmp_path / f"t{trial}" / "cache", tmp_path / f"t{trial}" / "data"
            _damage(cache_dir, data_dir)
            barrier = manager.Barrier(WORKERS)
            futures = [
                pool.submit(open_and_write, cache_dir, data_dir, w, COUNT, barrier)
                for w in range(WORKERS)
            ]
            results = [f.result(timeout=120) for f in futures]
            with Store.open(cache_dir, data_dir) as store:
                saved = {a.url for a in store.saved()}
                for cached_urls, saved_urls, failed in results:
                    errors += [f"{trial}: {e}" for e in failed]
                    lost += [f"{trial}: {u}" for u in cached_urls if store.get_article(u) is None]
                    lost += [f"{trial}: saved {u}" for u in saved_urls if u not in saved]
    assert (lost, errors) == ([], [])


def test_a_file_replaced_after_the_check_is_not_moved(
    tmp_path: Path, dirs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Deterministic form of the race, against a process that takes no lock (an older
    # version): between this process's check of the damaged file and its move, the other
    # moves it aside and puts a fresh database, already written to, in its place.
    with Store.open(tmp_path / "good", tmp_path / "good-data") as other:
        other.put_article(article(1))
    cache_dir, data_dir = dirs
    cache_dir.mkdir(parents=True)
    path = cache_dir / "cache.sqlite3"
    foreign = sqlite3.connect(path)  # a database, but not ours: it fails the schema check
    foreign.execute("CREATE TABLE notes (x)")
    foreign.execute("PRAGMA user_version = 1")
    foreign.close()
    real_check = recovery.check_file

    def check_then_other_process_wins(*args: Any) -> str | None:
        problem = real_check(*args)
        if problem and not (cache_dir / "moved-by-the-other").exists():
            os.replace(path, cache_dir / "moved-by-the-other")
            shutil.copyfile(tmp_path / "good" / "cache.sqlite3", path)
        return problem

    monkeypatch.setattr(db, "check_file", check_then_other_process_wins)
    with Store.open(cache_dir, data_dir) as store:
        assert store.get_article(article(1).url) == article(1)
    assert not list(cache_dir.glob("cache.sqlite3.corrupt-*"))


def test_same_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(b"1")
    b.write_bytes(b"2")
    examined = a.stat()
    assert same_file(a, examined)
    os.replace(b, a)
    assert not same_file(a, examined)
    assert not same_file(tmp_path / "missing", examined)
    assert not same_file(a, None)


def test_a_lock_held_too_long_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    held = open_lock(path, timeout=1.0, clock=lambda: now[0], sleep=sleep)
    with open_lock(path), pytest.raises(StoreBusyError, match=r"\.sqlite3\.lock.*try again"):
        held.__enter__()
    assert 1.0 <= sum(slept) < 1.2
    with open_lock(path, timeout=0.0):  # released: taken at once
        pass


def test_a_session_follows_a_file_moved_aside_by_another_process(
    dirs: tuple[Path, Path],
) -> None:
    # A long-running session keeps its connection while another process moves the (damaged)
    # file aside and starts a fresh one: the session's later commits must reach the fresh
    # file, not the moved copy, where nobody would ever read them.
    cache_dir, data_dir = dirs
    with Store.open(cache_dir, data_dir) as session:
        session.put_article(article(1))
        path = cache_dir / "cache.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            os.replace(f"{path}{suffix}", f"{path}.corrupt-x{suffix}")
        with Store.open(cache_dir, data_dir) as other:
            other.put_article(article(2))
        session.put_article(article(3))
        assert session.get_article(article(2).url) == article(2)
        assert any("replaced by another herald-tui" in n for n in session.notices)
    with Store.open(cache_dir, data_dir) as later:
        assert later.get_article(article(3).url) == article(3)
        assert later.get_article(article(2).url) == article(2)


def test_a_file_moved_aside_during_the_write_check_is_no_read_only_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Deterministic form of a race the racing-processes test met under load: another process
    # moves the damaged database (and its -wal) aside between this one's "does it exist?" and
    # "may I write it?". A file that is gone is no obstacle to writing; before, it made the
    # store open read-only ("permissions or a read-only disk") and refuse every write.
    path = tmp_path / "user.sqlite3"
    for suffix in ("", "-wal"):
        Path(f"{path}{suffix}").write_bytes(GARBAGE)
    real_access = os.access

    def moved_aside_first(name: Any, mode: int) -> bool:
        if str(name).startswith(str(path)) and os.path.lexists(name):
            os.replace(name, f"{name}.corrupt-1")  # the other process wins the race here
        return real_access(name, mode)

    monkeypatch.setattr(os, "access", moved_aside_first)
    assert writable(path)


def test_a_file_created_during_the_write_check_is_no_read_only_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The other order of the same race (the racing-processes test met it under load after the
    # fix above): the database is gone when this process asks "may I write it?", and another
    # process has started a fresh one by the time it asks "does it exist?". A file just
    # created by a herald-tui is writable; before, the store opened read-only.
    path = tmp_path / "user.sqlite3"
    real_access = os.access

    def created_after_the_check(name: Any, mode: int) -> bool:
        result = real_access(name, mode)
        if str(name) == str(path) and not result and not os.path.lexists(name):
            path.write_bytes(b"")  # the other process wins the race here
        return result

    monkeypatch.setattr(os, "access", created_after_the_check)
    assert writable(path)


def test_the_write_check_of_the_files_runs_under_the_database_lock(
    dirs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The two tests above mend single windows of one race: the files are asked "may I write
    # you?" while another process may be moving them aside. A process holding the lock is the
    # only one that moves them, so the question is asked under the lock, where no window is.
    cache_dir, data_dir = dirs
    checked: list[tuple[str, bool]] = []
    real_access = os.access

    def lock_held(name: Any) -> bool:
        fd = os.open(f"{name}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)  # releases a lock taken here
        return False

    def recording(name: Any, mode: int) -> bool:
        if str(name).endswith(".sqlite3"):
            checked.append((Path(name).name, lock_held(name)))
        return real_access(name, mode)

    monkeypatch.setattr(os, "access", recording)
    with Store.open(cache_dir, data_dir) as store:
        store.put_article(article(1))
    assert checked, "the store asked no file whether it is writable"
    assert all(held for _, held in checked), checked
