"""Fixtures for the app's tests: the sample library and an app on a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from herald_tui.config import Settings
from herald_tui.tui.app import HeraldApp
from tests.tui.fake_library import FakeLibrary
from tests.tui.sample_news import NOW

MakeApp = Callable[..., HeraldApp]


@pytest.fixture
def library() -> FakeLibrary:
    """The sample news, online, every list synced a minute ago."""
    return FakeLibrary.sample()


@pytest.fixture
def make_app(library: FakeLibrary) -> MakeApp:
    """Build the app on ``library`` (or another given one) with the clock fixed at NOW."""

    def make(lib: FakeLibrary | None = None, settings: Settings | None = None, **kw: Any):
        return HeraldApp(lib or library, settings or Settings(), clock=lambda: NOW, **kw)

    return make
