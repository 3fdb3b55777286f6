"""Decoding: the demo's three formats, and refusals before a pixel is decoded."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from herald_tui.demo import IMAGES_ROOT
from herald_tui.photos import PhotoError
from herald_tui.photos.decode import MAX_PIXELS, decode, decode_in_thread
from tests.faultsite.faults import png_claiming


@pytest.mark.parametrize(
    ("name", "fmt"), [("skyline.jpg", "JPEG"), ("chart.png", "PNG"), ("rings.webp", "WEBP")]
)
def test_the_demo_photos_decode_reduced_to_the_box(name: str, fmt: str) -> None:
    photo = decode((IMAGES_ROOT / name).read_bytes(), (120, 60))
    assert (photo.width, photo.height, photo.format) == (480, 320, fmt)
    assert photo.image.mode == "RGB"
    assert photo.image.width <= 120 and photo.image.height <= 60
    assert photo.image.width >= 60  # reduced to fit, keeping the 3:2 shape: 90x60


def test_a_bomb_is_refused_from_its_header() -> None:
    bomb = png_claiming(30000, 30000)
    assert len(bomb) < 64 * 1024
    with pytest.raises(PhotoError, match=r"^refused: .*over 12,000,000 pixels$"):
        decode(bomb, (100, 100))


def test_an_image_just_over_the_limit_is_refused_and_one_at_it_is_not() -> None:
    with pytest.raises(PhotoError, match=r"^refused: .*over 10,000 pixels"):
        decode(png_claiming(101, 100), (10, 10), max_pixels=100 * 100)
    image = Image.new("RGB", (100, 100), (200, 10, 10))
    data = io.BytesIO()
    image.save(data, "PNG")
    assert decode(data.getvalue(), (10, 10), max_pixels=100 * 100).width == 100


def test_pillows_own_bomb_limit_is_never_looser_than_ours() -> None:
    decode((IMAGES_ROOT / "chart.png").read_bytes(), (10, 10))
    assert Image.MAX_IMAGE_PIXELS == MAX_PIXELS


def test_a_truncated_image_is_an_error_not_half_a_photo() -> None:
    data = (IMAGES_ROOT / "skyline.jpg").read_bytes()
    with pytest.raises(PhotoError, match="damaged or truncated"):
        decode(data[: len(data) // 2], (100, 100))


@pytest.mark.parametrize(
    "data", [b"<!doctype html><p>not a photo</p>", b"", b"GIF89a", b"BM" + b"\0" * 64]
)
def test_what_is_not_a_known_image_is_refused(data: bytes) -> None:
    with pytest.raises(PhotoError):
        decode(data, (100, 100))


def test_a_bmp_is_not_decoded_even_though_pillow_could() -> None:
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "BMP")
    with pytest.raises(PhotoError, match="not a JPEG, PNG, WebP or GIF"):
        decode(out.getvalue(), (10, 10))


async def test_decoding_in_a_thread_gives_up_at_its_deadline() -> None:
    data = (IMAGES_ROOT / "skyline.jpg").read_bytes()
    with pytest.raises(PhotoError, match="longer than 0 s"):
        await decode_in_thread(data, (100, 100), deadline=0)
    assert (await decode_in_thread(data, (100, 100), deadline=5)).format == "JPEG"
