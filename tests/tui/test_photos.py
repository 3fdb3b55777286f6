"""The photo screen through the real stack: NewsLibrary, the HTTP client and the demo site
on loopback (photos and faults), half-blocks."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from herald_tui.cache.store import Store
from herald_tui.config import Settings, UISettings
from herald_tui.demo import IMAGES_ROOT, SITE_ROOT
from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.http import HttpClient
from herald_tui.fetchers.registry import Registry
from herald_tui.model import Article, Photo
from herald_tui.photos.disk import PhotoCache
from herald_tui.services import NewsLibrary
from herald_tui.tui.app import HeraldApp
from herald_tui.tui.screens.photo import PhotoScreen
from herald_tui.tui.screens.reader import ReaderScreen
from herald_tui.tui.widgets.article_body import PhotoBlock
from tests.faultsite import FaultServer
from tests.faultsite.faults import FAULTS
from tests.imports import modules_loaded_by
from tests.services.conftest import NETWORK, sites
from tests.tui.helpers import (
    press,
    reader,
    record_notifications,
    screen_text,
    settle,
    wait_until,
)
from tests.tui.sample_news import NOW

SIZE = (120, 40)
SNOW = "https://en.yna.co.kr/view/AEN20261125003100315"
"""A demo story with two photos."""
HALFBLOCK = Settings(ui=UISettings(images="halfblock"))


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SITE_ROOT, images=IMAGES_ROOT) as demo:
        for name, handler in FAULTS.items():
            demo.route(f"/yonhap/_img/img1.yna.co.kr/{name}", handler)
        yield demo


def make_app(
    server: DemoServer, root: Path, *, online: bool = True, settings: Settings = HALFBLOCK
) -> HeraldApp:
    """The app on the demo site, its photos cached under ``root``."""
    library = NewsLibrary(
        Registry.load(sites(server)),
        Store.open(root / "cache", root / "data"),
        HttpClient(NETWORK) if online else None,
        photo_cache=PhotoCache(root / "photos", 10**7),
    )
    return HeraldApp(library, settings, clock=lambda: NOW)


async def open_snow_story(app: HeraldApp, pilot: Pilot[None]) -> ReaderScreen:
    """Open the demo's snow story and wait for it to be shown."""
    screen = reader(app)
    screen.open_article(SNOW, "Heavy first snow")
    await wait_until(pilot, lambda: screen.article_view.article is not None)
    return screen


def shown_article(screen: ReaderScreen) -> Article:
    """The article the reader shows (there must be one)."""
    article = screen.article_view.article
    assert article is not None
    return article


def photo_screen(app: HeraldApp) -> PhotoScreen:
    assert isinstance(app.screen, PhotoScreen)
    return app.screen


async def test_i_opens_the_photo_n_and_p_step_escape_returns_to_the_same_article(
    server: FaultServer, tmp_path: Path
) -> None:
    app = make_app(server, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_snow_story(app, pilot)
        article = shown_article(screen)
        assert len(article.photos) == 2
        await press(pilot, "i")
        photos = photo_screen(app)
        await wait_until(pilot, lambda: bool(photos.query(".photo-image")))
        assert photos.message == ""
        text = screen_text(app)
        assert "Photo 1 of 2" in text
        assert "Commuters walk through heavy snow" in text and "(Yonhap)" in text
        assert "▀" in text  # drawn in half-blocks
        await press(pilot, "n")
        await wait_until(pilot, lambda: bool(photos.query(".photo-image")))
        assert "Photo 2 of 2" in screen_text(app) and "Workers clear snow" in screen_text(app)
        await press(pilot, "n")  # the last photo stays
        assert photos.index == 1
        await press(pilot, "p")
        assert photos.index == 0 and "Photo 1 of 2" in screen_text(app)
        await press(pilot, "escape")
        assert app.screen is screen
        assert screen.article_view.article is article
    cache = PhotoCache(tmp_path / "photos", 10**7)
    assert cache.has(article.photos[0].url) and cache.has(article.photos[1].url)


async def test_stepping_faster_than_photos_load_leaves_the_last_one_alone(
    server: FaultServer, tmp_path: Path
) -> None:
    app = make_app(server, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_snow_story(app, pilot)
        await pilot.press("i", "n", "p", "n", "p", "n")  # no waiting between keys
        photos = photo_screen(app)
        await wait_until(pilot, lambda: photos.message == "")
        assert photos.index == 1 and "Photo 2 of 2" in screen_text(app)
        assert len(photos.query(".photo-image")) == 1


async def test_enter_on_a_photo_block_opens_that_photo(server: FaultServer, tmp_path: Path) -> None:
    app = make_app(server, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_snow_story(app, pilot)
        blocks = list(screen.article_view.query(PhotoBlock))
        assert len(blocks) == 2
        blocks[1].focus()
        await press(pilot, "enter")
        assert photo_screen(app).index == 1


async def test_an_article_without_photos_says_so(server: FaultServer, tmp_path: Path) -> None:
    app = make_app(server, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_snow_story(app, pilot)
        article = shown_article(screen)
        screen.article_view.show(dataclasses.replace(article, photos=()), "Yonhap")
        notes = record_notifications(app)
        await press(pilot, "i")
        assert isinstance(app.screen, ReaderScreen)
        assert notes.messages == ["This article has no photos."]


FAULTS_SHOWN = [
    ("image-bomb", "refused: the image is over 12,000,000 pixels"),
    ("image-truncated", "the image is damaged or truncated"),
    ("image-fake", "not a JPEG, PNG, WebP or GIF image"),
    ("type?ct=text/html&body=jpeg", "expected an image/* type, got text/html"),
    ("image-big?mb=50", "body of 50 MiB over the 10 MiB limit"),
]


async def test_every_photo_fault_ends_as_a_line_in_the_photo_view_and_the_article_is_untouched(
    server: FaultServer, tmp_path: Path
) -> None:
    app = make_app(server, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_snow_story(app, pilot)
        article = shown_article(screen)
        bad = [
            Photo(f"https://img1.yna.co.kr/{fault}", f"Fault {fault}") for fault, _ in FAULTS_SHOWN
        ]
        bad.append(Photo("https://evil.example/a.jpg", "Off-host"))
        screen.open_photos(dataclasses.replace(article, photos=tuple(bad)), 0)
        await settle(pilot)
        photos = photo_screen(app)
        expected = [message for _, message in FAULTS_SHOWN]
        expected.append("not fetched: evil.example is not an image host of Yonhap News Agency")
        for index, message in enumerate(expected):
            await wait_until(pilot, lambda: photos.message not in ("", "Loading…"))
            assert message in photos.message, (index, photos.message)
            assert not photos.query(".photo-image")
            await press(pilot, "n")
        await press(pilot, "escape")
        assert screen.article_view.article is article


async def test_offline_a_cached_photo_shows_and_an_uncached_one_says_why(
    server: FaultServer, tmp_path: Path
) -> None:
    online = make_app(server, tmp_path)
    async with online.run_test(size=SIZE) as pilot:
        await open_snow_story(online, pilot)
        await press(pilot, "i")  # caches the first photo only
        await wait_until(pilot, lambda: bool(photo_screen(online).query(".photo-image")))
    app = make_app(server, tmp_path, online=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_snow_story(app, pilot)
        await press(pilot, "i")
        photos = photo_screen(app)
        await wait_until(pilot, lambda: bool(photos.query(".photo-image")))
        assert "offline: cached photos only" in screen_text(app)
        await press(pilot, "n")
        await wait_until(pilot, lambda: photos.message != "Loading…")
        assert photos.message == "offline: this photo is not in the cache"


@pytest.mark.parametrize("how", ["setting", "NO_COLOR"])
async def test_images_off_or_no_color_show_the_caption_only_and_fetch_nothing(
    server: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    settings = HALFBLOCK
    if how == "NO_COLOR":
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        settings = Settings(ui=UISettings(images="off"))
    app = make_app(server, tmp_path, settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        await open_snow_story(app, pilot)
        requests = server.stats.requests
        await press(pilot, "i")
        photos = photo_screen(app)
        assert photos.message.startswith("Pictures are off")
        assert "Commuters walk through heavy snow" in screen_text(app)
        assert photos.query_one("#photo-caption", Static).display
        assert server.stats.requests == requests


def test_starting_the_app_loads_no_image_code() -> None:
    code = """
import asyncio
from herald_tui.config import Settings
from herald_tui.tui.app import HeraldApp
from tests.tui.sample_site import sample_news_library

async def main():
    app = HeraldApp(sample_news_library().library, Settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()

asyncio.run(main())
"""
    assert modules_loaded_by(code, ("PIL", "textual_image")) == []
