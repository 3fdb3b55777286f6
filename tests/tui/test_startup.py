"""Start-up: the garbage collector paused for the app's start runs again from its first frame,
and an app that did not pause it leaves it alone."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from herald_tui.tui import collector
from tests.tui.conftest import MakeApp
from tests.tui.helpers import settle


@pytest.fixture(autouse=True)
def _restore_collector() -> Iterator[None]:
    """Whatever a test does, the test process gets its collector back as it was."""
    frozen, threshold = gc.get_freeze_count(), gc.get_threshold()
    yield
    collector.resume()
    gc.enable()
    gc.set_threshold(*threshold)
    if gc.get_freeze_count() != frozen:
        gc.unfreeze()


def test_resume_restarts_what_pause_stopped_and_freezes_the_survivors() -> None:
    collector.pause()
    assert not gc.isenabled()
    collector.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[0] == collector.YOUNG > 700  # young objects: less often


def test_resume_without_a_pause_changes_nothing() -> None:
    frozen, threshold = gc.get_freeze_count(), gc.get_threshold()
    collector.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    assert gc.get_threshold() == threshold


def test_a_collector_stopped_by_someone_else_stays_stopped() -> None:
    gc.disable()
    collector.pause()
    collector.resume()
    assert not gc.isenabled()


async def test_the_first_frame_restarts_the_collector(make_app: MakeApp) -> None:
    collector.pause()
    async with make_app().run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert gc.isenabled()
