"""Shared helpers for the fetcher tests: the fixture pages and the built-in plugins."""

from __future__ import annotations

from pathlib import Path

import pytest

from herald_tui.fetchers.base import Fetcher
from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher
from herald_tui.fetchers.yonhap import YonhapFetcher

FIXTURES = Path(__file__).parent.parent / "fixtures"
PLUGINS: dict[str, type[Fetcher]] = {"yonhap": YonhapFetcher, "koreaherald": KoreaHeraldFetcher}


def fixture_files(pattern: str) -> list[Path]:
    """Fixture files of every plugin matching ``pattern`` (``*.xml``), sorted."""
    return sorted(FIXTURES.glob(f"*/{pattern}"))


@pytest.fixture(params=sorted(PLUGINS))
def plugin(request: pytest.FixtureRequest) -> Fetcher:
    """Each built-in plugin in turn."""
    return PLUGINS[request.param]()
