"""Fixtures for the store's tests: a store on real files under tmp_path, or in memory; the
command line run on those files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from herald_tui.cache import Store
from herald_tui.cli import main


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    """(cache_dir, data_dir), both under tmp_path, not created yet."""
    return tmp_path / "cache", tmp_path / "data"


@pytest.fixture
def store(dirs: tuple[Path, Path]) -> Iterator[Store]:
    """A store on files in tmp_path."""
    with Store.open(*dirs) as s:
        yield s


@pytest.fixture
def mem() -> Iterator[Store]:
    """A store with both databases in memory."""
    with Store.in_memory() as s:
        yield s


@pytest.fixture
def cli(dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run the command line on the test's directories; return (status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        status = main(["--cache-dir", str(dirs[0]), "--data-dir", str(dirs[1]), *args])
        out, err = capsys.readouterr()
        return status, out, err

    return run
