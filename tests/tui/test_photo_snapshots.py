"""What the photo screen looks like (SVG snapshots, half-blocks, the demo site's photos).

Update with ``pytest tests/tui/test_photo_snapshots.py --snapshot-update`` and look at every
changed SVG before committing it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from herald_tui.demo import IMAGES_ROOT, SITE_ROOT
from herald_tui.demo.server import DemoServer
from herald_tui.tui.app import HeraldApp
from tests.tui.helpers import press, settle, wait_until
from tests.tui.test_photos import make_app, open_snow_story

Compare = Callable[..., bool]


@pytest.fixture
def server() -> Iterator[DemoServer]:
    with DemoServer(SITE_ROOT, images=IMAGES_ROOT) as demo:
        yield demo


async def open_photo(pilot: Pilot[Any], *keys: str) -> None:
    """Open the snow story, then its photos, pressing ``keys`` on the photo screen."""
    await settle(pilot)  # the reader has mounted
    app = pilot.app
    assert isinstance(app, HeraldApp)
    await open_snow_story(app, pilot)
    await press(pilot, "i", *keys)
    await wait_until(pilot, lambda: bool(pilot.app.screen.query(".photo-image")))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_photo_screen(
    snap_compare: Compare, server: DemoServer, tmp_path: Path, size: tuple[int, int]
) -> None:
    """The first photo of the snow story, caption and credit under it."""
    assert snap_compare(make_app(server, tmp_path), terminal_size=size, run_before=open_photo)


def test_second_photo(snap_compare: Compare, server: DemoServer, tmp_path: Path) -> None:
    """n: the second photo, another picture and caption."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await open_photo(pilot, "n")

    assert snap_compare(make_app(server, tmp_path), terminal_size=(80, 24), run_before=run_before)
