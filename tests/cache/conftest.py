"""Fixtures for the store's tests: a store on real files under tmp_path, or in memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from herald_tui.cache import Store


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
