"""Misbehaving photos under ``/_fault/``, beside the page faults of :mod:`herald_tui.demo.faults`.

=============================== ==========================================================
``image-bomb?side=30000``        a PNG of a few KB whose header claims ``side`` x ``side``
                                 pixels (2.7 GB of RGB): a decompression bomb
``image-truncated``              the first half of a real JPEG, as a complete response
``image-fake``                   ``image/jpeg`` whose body is an HTML page
``image-big?mb=50&length=1``     ``mb`` MiB typed ``image/jpeg``, generated chunk by chunk;
                                 ``length=0`` omits Content-Length
=============================== ==========================================================

A wrong content type is ``type?ct=text/html&body=jpeg``, a photo that never comes
``stall``, and an off-host photo needs no server: it is refused before any request.
"""

from __future__ import annotations

import asyncio
import struct
import zlib
from collections.abc import Awaitable, Callable
from pathlib import Path

from herald_tui.demo.wire import Request, head, respond

__all__ = ["IMAGE_FAULTS", "png_claiming"]

Writer = asyncio.StreamWriter
FaultHandler = Callable[[Request, Writer], Awaitable[bool]]

JPEG = "image/jpeg"
_SKYLINE = Path(__file__).parent / "images" / "skyline.jpg"
"""A real JPEG of the demo, to cut in half."""
_CHUNK = 64 * 1024
_HTML = b"<!doctype html>\n<html><head><title>Fault</title></head><body><p>Not a photo.</p>"

IMAGE_FAULTS: dict[str, FaultHandler] = {}
"""Handlers by name, consulted by :func:`herald_tui.demo.faults.answer_fault`."""


def _fault(name: str) -> Callable[[FaultHandler], FaultHandler]:
    def register(handler: FaultHandler) -> FaultHandler:
        IMAGE_FAULTS[name] = handler
        return handler

    return register


def _int(request: Request, key: str, default: int) -> int:
    value = request.query.get(key, "")
    return int(value) if value.isdigit() else default


def png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header says ``width`` x ``height`` RGB pixels; its data is a few
    rows of zeros (enough for a decoder that trusts the header to start allocating)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\0" * min(width * 3 + 1, 1 << 20) * 4, 9)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


@_fault("image-bomb")
async def _image_bomb(request: Request, writer: Writer) -> bool:
    side = _int(request, "side", 30000)
    return respond(writer, 200, png_claiming(side, side), "image/png")


@_fault("image-truncated")
async def _image_truncated(request: Request, writer: Writer) -> bool:
    data = _SKYLINE.read_bytes()
    return respond(writer, 200, data[: len(data) // 2], JPEG)


@_fault("image-fake")
async def _image_fake(request: Request, writer: Writer) -> bool:
    return respond(writer, 200, _HTML, JPEG)


@_fault("image-big")
async def _image_big(request: Request, writer: Writer) -> bool:
    size = _int(request, "mb", 50) * 1024 * 1024
    headers = {"Content-Type": JPEG}
    if _int(request, "length", 1):
        headers["Content-Length"] = str(size)
    else:
        headers["Connection"] = "close"
    writer.write(head(200, headers))
    chunk = b"\xff\xd8\xff\xe0" + b"\0" * (_CHUNK - 4)
    for _ in range(size // _CHUNK):
        writer.write(chunk)
        await writer.drain()  # only as fast as the client reads
    return False
