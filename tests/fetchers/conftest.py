"""Shared helpers for the fetcher tests: the fixture pages and the built-in plugins."""

from __future__ import annotations

from pathlib import Path

import pytest

from herald_tui.fetchers.base import Fetcher
from herald_tui.fetchers.entry_points import entry_points
from herald_tui.fetchers.registry import ENTRY_POINT_GROUP

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _builtin_plugins() -> dict[str, type[Fetcher]]:
    """The plugins herald-tui registers itself, found through its entry points (as the app
    finds them), not listed here: a new built-in site is tested without editing the tests."""
    points = entry_points(ENTRY_POINT_GROUP)
    return {p.name: p.load() for p in points if p.value.startswith("herald_tui.")}


PLUGINS = _builtin_plugins()
"""Built-in plugin classes by name."""


def fixture_files(pattern: str) -> list[Path]:
    """Fixture files of every plugin matching ``pattern`` (``*.xml``), sorted."""
    return sorted(FIXTURES.glob(f"*/{pattern}"))


@pytest.fixture(params=sorted(PLUGINS))
def plugin(request: pytest.FixtureRequest) -> Fetcher:
    """Each built-in plugin in turn."""
    return PLUGINS[request.param]()
