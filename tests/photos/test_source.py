"""Where photos come from: the plugin's image hosts through the shared client, the faults of
the loopback server, the cache, offline."""

from __future__ import annotations

import re
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from herald_tui.demo import IMAGES_ROOT, SITE_ROOT
from herald_tui.fetchers.base import Fetcher
from herald_tui.fetchers.http import HttpClient
from herald_tui.model import Section
from herald_tui.photos import PhotoError
from herald_tui.photos.disk import PhotoCache
from herald_tui.photos.source import PhotoSource
from tests.faultsite import FaultServer
from tests.faultsite.faults import FAULTS
from tests.services.conftest import NETWORK

BOX = (120, 80)
HOST = "img.example"


class PhotoSite(Fetcher):
    """A site whose photos are on ``img.example``."""

    name = "photosite"
    display_name = "Photo Site"
    home = "https://www.example"
    hosts = frozenset({"www.example"})
    media_hosts = frozenset({HOST})
    article_paths: ClassVar[tuple[re.Pattern[str], ...]] = (re.compile("^/a/"),)
    sections: ClassVar[tuple[Section, ...]] = ()
    pages = "tests.photos.test_source"  # never read: these tests fetch photos only


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(SITE_ROOT, images=IMAGES_ROOT) as demo:
        mirrored = f"/site/_img/{HOST}/"
        for name, handler in FAULTS.items():
            demo.route(mirrored + name, handler)
        yield demo


@pytest.fixture
async def client() -> AsyncIterator[HttpClient]:
    async with HttpClient(NETWORK) as http:
        yield http


def source(server: FaultServer, client: HttpClient | None, cache: PhotoCache | None) -> PhotoSource:
    plugins = {"photosite": PhotoSite(server.url("/site"))}
    return PhotoSource(plugins.get, cache, client, fetch_deadline=3.0)


async def test_a_photo_on_the_sites_image_host_is_fetched_decoded_and_cached(
    server: FaultServer, client: HttpClient, tmp_path: Path
) -> None:
    cache = PhotoCache(tmp_path, 10**6)
    photos = source(server, client, cache)
    url = f"https://{HOST}/news/2026/rings.webp"
    photo = await photos.photo(url, "photosite", BOX)
    assert photo.format == "WEBP" and photo.image.width <= 120
    assert cache.get(url) == (IMAGES_ROOT / "rings.webp").read_bytes()
    assert photos.is_cached(url)


async def test_a_cached_photo_needs_no_network(server: FaultServer, tmp_path: Path) -> None:
    cache = PhotoCache(tmp_path, 10**6)
    url = f"https://{HOST}/x.jpg"
    cache.put(url, (IMAGES_ROOT / "skyline.jpg").read_bytes())
    offline = source(server, None, cache)
    assert (await offline.photo(url, "photosite", BOX)).format == "JPEG"
    with pytest.raises(PhotoError, match=r"^offline: this photo is not in the cache$"):
        await offline.photo(f"https://{HOST}/other.jpg", "photosite", BOX)


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/a.jpg",
        "https://www.example/a.jpg",  # the site's page host is not an image host
        f"ftp://{HOST}/a.jpg",
        f"file://{HOST}/etc/passwd",
        "javascript:alert(1)",
        f"https://[{HOST}/a.jpg",  # an unclosed bracket: no host at all
        f"https://evil.example\\@{HOST}/a.jpg",  # a browser reads the host evil.example
        f"https://user@{HOST}/a.jpg",  # credentials: how a host is disguised
    ],
)
async def test_a_photo_anywhere_else_is_never_requested(
    server: FaultServer, client: HttpClient, url: str
) -> None:
    requests = server.stats.requests
    with pytest.raises(PhotoError, match="is not an image host of Photo Site"):
        await source(server, client, None).photo(url, "photosite", BOX)
    assert server.stats.requests == requests


async def test_a_photo_of_an_unknown_plugin_is_not_fetched(
    server: FaultServer, client: HttpClient
) -> None:
    with pytest.raises(PhotoError, match="not an image host of its site"):
        await source(server, client, None).photo(f"https://{HOST}/a.jpg", "nosuch", BOX)


def test_the_mirror_maps_an_image_host_url_under_img() -> None:
    site = PhotoSite("http://127.0.0.1:9/site")
    assert site.image_fetch_url(f"https://{HOST}/a/b.jpg?w=1") == (
        f"http://127.0.0.1:9/site/_img/{HOST}/a/b.jpg?w=1"
    )
    assert PhotoSite().image_fetch_url(f"https://{HOST}/a.jpg") == f"https://{HOST}/a.jpg"
    assert PhotoSite().image_fetch_url("https://IMG.EXAMPLE/a.jpg") is not None


FAULT_MESSAGES = [
    ("image-bomb", r"^refused: .*over 12,000,000 pixels"),
    ("image-truncated", "damaged or truncated"),
    ("image-fake", "not a JPEG, PNG, WebP or GIF image"),
    ("type?ct=text/html&body=jpeg", "expected an image/\\* type, got text/html"),
    ("image-big?mb=50", "body of 50 MiB over the 10 MiB limit"),
    ("image-big?mb=50&length=0", "body over the 10 MiB limit"),
    ("stall?seconds=30", "timed out after 2 s"),
    ("redirect?to=https://evil.example/a.jpg", "evil.example"),
]


@pytest.mark.parametrize(("fault", "message"), FAULT_MESSAGES, ids=[f for f, _ in FAULT_MESSAGES])
async def test_every_fault_is_one_line_with_memory_bounded_and_nothing_cached(
    server: FaultServer, client: HttpClient, tmp_path: Path, fault: str, message: str
) -> None:
    cache = PhotoCache(tmp_path, 10**9)
    photos = source(server, client, cache)
    tracemalloc.start()
    try:
        with pytest.raises(PhotoError, match=message) as caught:
            await photos.photo(f"https://{HOST}/{fault}", "photosite", BOX)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "\n" not in str(caught.value)
    assert peak < 64 * 1024 * 1024
    assert cache.info().files == 0
