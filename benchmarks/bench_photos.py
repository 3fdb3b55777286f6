"""Opening a cached photo: the key to the first repaint showing it, half-blocks at 120x40.

The app runs headless on the demo site served on loopback (the real Library, HTTP client
and photo cache); both photos of the snow story are fetched and cached first, so the figure
is reading the file, decoding it in a thread and drawing it, not the network. Keys are sent
as a terminal sends them and the repaint is timed after it is turned into terminal bytes
(:func:`benchmarks.bench_tui.record_paints`).
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from textual import events

from benchmarks import Benchmark
from benchmarks.bench_tui import record_paints
from herald_tui.cache.store import Store
from herald_tui.config import Settings, UISettings
from herald_tui.demo import IMAGES_ROOT, SITE_ROOT
from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.http import HttpClient
from herald_tui.fetchers.registry import Registry
from herald_tui.photos.disk import PhotoCache
from herald_tui.services import NewsLibrary
from herald_tui.tui.app import HeraldApp
from herald_tui.tui.screens.photo import PhotoScreen
from herald_tui.tui.screens.reader import ReaderScreen
from tests.services.conftest import NETWORK, sites

SIZE = (120, 40)
SNOW = "https://en.yna.co.kr/view/AEN20261125003100315"


def _shows_photo(app: HeraldApp, index: int) -> bool:
    screen = app.screen
    return (
        isinstance(screen, PhotoScreen)
        and screen.index == index
        and bool(screen.query(".photo-image"))
    )


async def _wait(condition: Any) -> None:
    while not condition():
        await asyncio.sleep(0.0005)


async def _session(root: Path, server: DemoServer, rounds: int) -> list[float]:
    library = NewsLibrary(
        Registry.load(sites(server)),
        Store.open(root / "cache", root / "data"),
        HttpClient(NETWORK),
        photo_cache=PhotoCache(root / "photos", 10**8),
    )
    app = HeraldApp(library, Settings(ui=UISettings(images="halfblock")))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        reader.open_article(SNOW, "snow")
        await _wait(lambda: reader.article_view.article is not None)
        await pilot.pause()
        await pilot.press("i")  # fetch and cache both photos (and import the image stack)
        await _wait(lambda: _shows_photo(app, 0))
        await pilot.press("n")
        await _wait(lambda: _shows_photo(app, 1))
        await pilot.press("escape")
        await pilot.pause()
        painted = record_paints(app)
        driver = app._driver
        assert driver is not None
        timings = []
        steps: Iterable[tuple[str, int]] = [("i", 0), ("n", 1)]
        for _ in range(rounds):
            for key, index in steps:
                await pilot.pause()
                start = time.perf_counter()
                driver.send_message(events.Key(key, key))
                await _wait(lambda index=index: _shows_photo(app, index))
                mark = len(painted)
                await _wait(lambda mark=mark: len(painted) > mark)
                timings.append((painted[mark] - start) * 1000)
            await pilot.press("escape")
    return timings


def _measure(key: str) -> Callable[[], float]:
    """A sample: the median ms of ``i`` (from the article) or ``n`` (the next photo)."""

    def sample() -> float:
        with (
            tempfile.TemporaryDirectory() as root,
            DemoServer(SITE_ROOT, images=IMAGES_ROOT) as server,
        ):
            timings = asyncio.run(_session(Path(root), server, rounds=5))
        # _session alternates i and n.
        return statistics.median(timings[0::2] if key == "i" else timings[1::2])

    return sample


def benchmarks() -> Iterable[Benchmark]:
    yield Benchmark(
        "tui: i, article to its cached photo painted, half-blocks (120x40)",
        _measure("i"),
        "ms",
        "< 150 ms",
        meets=lambda median, _base: median < 150,
        repeat=3,
    )
    yield Benchmark(
        "tui: n, the next cached photo painted, half-blocks (120x40)",
        _measure("n"),
        "ms",
        "< 150 ms",
        meets=lambda median, _base: median < 150,
        repeat=3,
    )
