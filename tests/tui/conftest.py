"""Fixtures for the app's tests: the real library on the sample news, an app on a fixed clock."""

from __future__ import annotations

from typing import Any, Protocol

import pytest

from herald_tui.config import Settings
from herald_tui.tui.app import HeraldApp
from tests.tui.sample_news import NOW
from tests.tui.sample_site import SampleNews, sample_news_library


class MakeApp(Protocol):
    """Builds the app on the fixture's sample news, or on the one given."""

    def __call__(
        self, sample: SampleNews | None = None, settings: Settings | None = None, **kw: Any
    ) -> HeraldApp: ...


@pytest.fixture
def sample() -> SampleNews:
    """The sample news, online, every list synced a minute ago."""
    return sample_news_library()


@pytest.fixture
def make_app(sample: SampleNews) -> MakeApp:
    """Build the app on ``sample`` (or other sample news given) with the clock fixed at NOW."""

    default = sample

    def make(
        sample: SampleNews | None = None, settings: Settings | None = None, **kw: Any
    ) -> HeraldApp:
        library = (sample or default).library
        return HeraldApp(library, settings or Settings(), clock=lambda: NOW, **kw)

    return make
