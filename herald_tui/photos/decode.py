"""Decoding photos: refused before decoding when too large, decoded off the UI thread.

The size is read from the image header (Pillow's ``Image.open`` parses only the header) and
checked against :data:`MAX_PIXELS` before a single pixel is decoded, so a decompression bomb
(a 1 MB PNG that claims 30000x30000 pixels) costs nothing. Pillow's own bomb check is set to
the same limit, warnings made errors, as a second line. What is decoded is at once reduced to
the size it will be shown at (``draft`` lets JPEG decode at 1/2, 1/4 or 1/8 scale), so memory
stays around ``MAX_PIXELS`` x 4 bytes at worst (48 MiB) and is freed right after.

Pillow is imported here, on first use only: starting the app does not pay for it.
"""

from __future__ import annotations

import asyncio
import io
import warnings
from typing import TYPE_CHECKING

from herald_tui._frozen import Frozen, value_class
from herald_tui.photos.errors import PhotoError

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = ["FORMATS", "MAX_PIXELS", "DecodedPhoto", "decode", "decode_in_thread"]

MAX_PIXELS = 12_000_000
"""Largest photo decoded (width x height): 4000x3000. News photos are well under this."""
FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
"""What Pillow is allowed to try; nothing exotic reaches a decoder."""


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with


@value_class(frozen=True)
class DecodedPhoto(Frozen):
    """A photo ready to show: reduced to fit the box it was decoded for, in RGB."""

    __match_args__ = ("image", "width", "height", "format")  # the fields, in order
    __slots__ = __match_args__

    image: Image
    width: int
    """Of the original, in pixels."""
    height: int
    format: str
    """``JPEG``, ``PNG``, ``WEBP`` or ``GIF``."""

    def __init__(self, image: Image, width: int, height: int, format: str) -> None:
        _set(self, "image", image)
        _set(self, "width", width)
        _set(self, "height", height)
        _set(self, "format", format)


def decode(data: bytes, box: tuple[int, int], max_pixels: int = MAX_PIXELS) -> DecodedPhoto:
    """Decode ``data`` to an RGB image no larger than ``box``; raises :class:`PhotoError`
    (not an image, truncated, over ``max_pixels``). Blocking: call it off the UI thread."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                width, height = image.size
                _check_size(width, height, max_pixels)
                fmt = image.format or "?"
                image.draft("RGB", box)
                image.thumbnail(box)
                shown = image.convert("RGB")
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError(f"refused: the image is over {max_pixels:,} pixels") from None
    except UnidentifiedImageError:
        raise PhotoError("not a JPEG, PNG, WebP or GIF image") from None
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        raise PhotoError(f"the image is damaged or truncated ({_reason(e)})") from None
    return DecodedPhoto(shown, width, height, fmt)


async def decode_in_thread(
    data: bytes, box: tuple[int, int], deadline: float, max_pixels: int = MAX_PIXELS
) -> DecodedPhoto:
    """:func:`decode` in a worker thread, given up after ``deadline`` seconds. (The thread
    itself finishes on its own: the pixel limit bounds how long that can take.)"""
    try:
        async with asyncio.timeout(deadline):
            return await asyncio.to_thread(decode, data, box, max_pixels)
    except TimeoutError:
        raise PhotoError(f"decoding took longer than {deadline:g} s") from None


def _check_size(width: int, height: int, max_pixels: int) -> None:
    if width <= 0 or height <= 0:
        raise PhotoError("the image has no pixels")
    if width * height > max_pixels:
        raise PhotoError(f"refused: {width}x{height} is over {max_pixels:,} pixels")


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split())[:80]
    return text or type(error).__name__
