"""The photo cache on disk: names, modes, atomic writes, least recently used first."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from herald_tui.photos.disk import PhotoCache

A, B, C = (f"https://img1.yna.co.kr/{n}.jpg" for n in "abc")


def age(cache: PhotoCache, url: str, seconds: int) -> None:
    """Make ``url`` look last used ``seconds`` ago (a fixed base: no clock involved)."""
    when = 1_700_000_000 - seconds
    os.utime(cache.path_for(url), (when, when))


def test_a_photo_is_kept_under_a_hash_of_its_url_readable_by_its_owner_only(
    tmp_path: Path,
) -> None:
    cache = PhotoCache(tmp_path / "photos", 1000)
    cache.put(A, b"jpeg bytes")
    path = cache.path_for(A)
    assert path.parent == tmp_path / "photos"
    assert len(path.name) == 64 and "yna" not in path.name
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert cache.get(A) == b"jpeg bytes"
    assert cache.get(B) is None
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temporaries


def test_the_least_recently_used_go_first(tmp_path: Path) -> None:
    cache = PhotoCache(tmp_path, 250)
    cache.put(A, b"a" * 100)
    cache.put(B, b"b" * 100)
    age(cache, A, 30)
    age(cache, B, 20)
    assert cache.get(A) is not None  # A is now the most recently used
    cache.put(C, b"c" * 100)  # 300 bytes: one must go, and it is B
    assert (cache.has(A), cache.has(B), cache.has(C)) == (True, False, True)
    assert cache.info().files == 2 and cache.info().bytes == 200


def test_evict_to_a_smaller_limit_and_report_how_many_went(tmp_path: Path) -> None:
    cache = PhotoCache(tmp_path, 1000)
    for n, url in enumerate((A, B, C)):
        cache.put(url, b"x" * 100)
        age(cache, url, 100 - n)
    assert cache.evict(100) == 2
    assert (cache.has(A), cache.has(B), cache.has(C)) == (False, False, True)
    assert cache.evict(0) == 1 and cache.info().files == 0


def test_a_photo_over_the_whole_limit_is_not_kept(tmp_path: Path) -> None:
    cache = PhotoCache(tmp_path, 10)
    cache.put(A, b"x" * 11)
    assert not cache.has(A)


def test_an_unwritable_cache_is_no_cache_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    cache = PhotoCache(blocker / "photos", 1000)
    cache.put(A, b"x")
    assert cache.get(A) is None and cache.info().files == 0


def test_a_fifo_or_an_oversized_file_under_a_photos_name_is_not_a_photo(tmp_path: Path) -> None:
    # A FIFO would block read_bytes() forever (no writer); a file larger than the cache
    # limit was not written by the cache.
    cache = PhotoCache(tmp_path, 100)
    os.mkfifo(cache.path_for(A))
    cache.path_for(B).write_bytes(b"x" * 101)
    assert cache.get(A) is None
    assert cache.get(B) is None


@pytest.fixture
def listings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per listing of the photo folder."""
    found: list[int] = []
    entries = PhotoCache._entries

    def counted(self: PhotoCache) -> list[tuple[int, Path, int]]:
        found.append(1)
        return entries(self)

    monkeypatch.setattr(PhotoCache, "_entries", counted)
    return found


def test_many_photos_list_the_folder_once_not_once_each(
    tmp_path: Path, listings: list[int]
) -> None:
    cache = PhotoCache(tmp_path, 10_000)
    for n in range(50):
        cache.put(f"https://img1.yna.co.kr/{n}.jpg", b"x" * 100)
    assert len(listings) == 1  # the first put counts what is there
    cache.put(A, b"a" * 5_500)  # past the limit: list, evict the oldest
    assert len(listings) == 2 and cache.info().bytes <= 10_000 and cache.has(A)


def test_a_photo_stored_again_is_counted_once(tmp_path: Path, listings: list[int]) -> None:
    cache = PhotoCache(tmp_path, 250)
    cache.put(A, b"a" * 100)
    cache.put(B, b"b" * 100)
    for _ in range(3):
        cache.put(B, b"b" * 100)  # replaces itself: still 200 bytes, nothing to evict
    assert len(listings) == 1
    assert cache.has(A) and cache.info().bytes == 200
    cache.put(C, b"c" * 100)  # now 300: the oldest goes
    assert cache.info().bytes == 200 and cache.has(C)
