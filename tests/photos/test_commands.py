"""``herald-tui cache info`` and ``cache prune`` include the photo cache."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from herald_tui.cli import main
from herald_tui.photos.disk import PhotoCache

DAY = 24 * 3600


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    dirs = ["--cache-dir", str(tmp_path / "cache"), "--data-dir", str(tmp_path / "data")]
    status = main([*dirs, *args])
    return status, capsys.readouterr().out


def photos(tmp_path: Path) -> PhotoCache:
    """Two photos: one viewed just now, one 40 days ago."""
    cache = PhotoCache(tmp_path / "cache" / "photos", 10**6)
    cache.put("https://img1.yna.co.kr/new.jpg", b"n" * 1000)
    cache.put("https://img1.yna.co.kr/old.jpg", b"o" * 2000)
    old = time.time() - 40 * DAY
    os.utime(cache.path_for("https://img1.yna.co.kr/old.jpg"), (old, old))
    return cache


def test_info_counts_the_photos(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photos(tmp_path)
    status, out = run(tmp_path, capsys, "cache", "info")
    line = next(line for line in out.splitlines() if line.startswith("photos:"))
    assert status == 0
    assert str(tmp_path / "cache" / "photos") in line
    assert "2 files" in line and "at most 200.0 MiB" in line


def test_prune_drops_photos_not_viewed_for_that_long(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = photos(tmp_path)
    status, out = run(tmp_path, capsys, "cache", "prune", "--older-than", "30d")
    assert status == 0
    assert out.splitlines()[-1] == "removed 1 photo not viewed for 30 days"
    assert cache.has("https://img1.yna.co.kr/new.jpg")
    assert not cache.has("https://img1.yna.co.kr/old.jpg")
