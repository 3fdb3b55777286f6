"""Issue 14, item 1: a cache holding dates at the limits of ``datetime`` (written before the
parsers dropped them) is read, printed and pruned without a crash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from herald_tui.cache.store import Store
from herald_tui.cli import main
from herald_tui.model import Article, Headline

URL = "https://en.yna.co.kr/view/AEN20250118000100315"
FAR = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
FIRST = datetime(1, 1, 1, tzinfo=UTC)


def _cache(tmp_path: Path, *, seen_at: datetime | None = None) -> list[str]:
    with Store.open(tmp_path / "cache", tmp_path / "data") as store:
        headline = Headline(URL, "Dated at the end of time", "yonhap", "news", FAR)
        store.put_headlines("yonhap/news", [headline], seen_at=seen_at)
        store.put_article(
            Article(
                url=URL,
                source="yonhap",
                section="",
                headline="Dated at the end of time",
                published=FAR,
                updated=FIRST,
                paragraphs=("A paragraph.",),
            )
        )
    return [
        "--offline",
        "--cache-dir",
        str(tmp_path / "cache"),
        "--data-dir",
        str(tmp_path / "data"),
    ]


@pytest.mark.parametrize("form", ["text", "markdown", "json"])
def test_read_prints_a_far_future_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    """``read`` exited 70 (OverflowError converting to KST)."""
    code = main([*_cache(tmp_path), "read", URL, "--format", form])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "9999-12-31" in out


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_headlines_prints_a_far_future_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], json_flag: list[str]
) -> None:
    code = main([*_cache(tmp_path), "headlines", "--source", "yonhap", *json_flag])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Dated at the end of time" in out


def test_prune_removes_a_future_dated_headline_seen_long_ago(tmp_path: Path) -> None:
    """A headline dated 9999 was never old enough to prune; now its age is the time it was
    listed when its date is in the future."""
    _cache(tmp_path, seen_at=datetime.now(UTC) - timedelta(days=60))
    with Store.open(tmp_path / "cache", tmp_path / "data") as store:
        assert store.headlines("yonhap/news")
        store.prune(timedelta(days=30))
        assert store.headlines("yonhap/news") == []


def test_prune_keeps_a_future_dated_headline_seen_today(tmp_path: Path) -> None:
    _cache(tmp_path)
    with Store.open(tmp_path / "cache", tmp_path / "data") as store:
        store.prune(timedelta(days=30))
        assert [row.headline.url for row in store.headlines("yonhap/news")] == [URL]
