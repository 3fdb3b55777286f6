"""``herald-tui sync --photos``: each synced article's lead photo lands in the photo cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from herald_tui.cache.store import Store
from herald_tui.cli import main
from herald_tui.photos.disk import PhotoCache


def test_sync_photos_caches_each_articles_lead_photo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dirs = ["--cache-dir", str(tmp_path / "cache"), "--data-dir", str(tmp_path / "data")]
    code = main(["--demo", *dirs, "sync", "--section", "yonhap/national", "--photos"])
    out = capsys.readouterr().out
    assert code == 0
    with Store.open(tmp_path / "cache", tmp_path / "data") as store:
        listed = [row.headline.url for row in store.headlines("yonhap/national", limit=50)]
        articles = [a for a in map(store.get_article, listed) if a is not None]
    leads = [a.photos[0].url for a in articles if a.photos]
    assert leads
    cache = PhotoCache(tmp_path / "cache" / "photos", 10**9)
    assert all(cache.has(url) for url in leads)
    others = [p.url for a in articles for p in a.photos[1:]]
    assert others and not any(cache.has(url) for url in others)  # the lead photo only
    assert out.splitlines()[-1].endswith(f"0 failed; {len(leads)} lead photos")


def test_sync_without_photos_fetches_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dirs = ["--cache-dir", str(tmp_path / "cache"), "--data-dir", str(tmp_path / "data")]
    assert main(["--demo", *dirs, "sync", "--section", "yonhap/national"]) == 0
    assert "lead photo" not in capsys.readouterr().out
    assert PhotoCache(tmp_path / "cache" / "photos", 10**9).info().files == 0
