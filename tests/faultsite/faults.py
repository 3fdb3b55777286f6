"""Misbehaving responses under ``/_fault/<name>``, for tests of the HTTP client and the UI.

Served by :class:`~tests.faultsite.FaultServer` (the product's demo server never serves them).
Parameters come from the query string; every fault is cheap in memory on the server side
(big bodies are generated chunk by chunk), so a test measuring the client's memory measures
the client.

=============================== ==========================================================
``drip?interval=0.5&size=2000``  HTML whose bytes arrive one per ``interval`` seconds
``stall?seconds=60``             reads the request, answers nothing for that long
``truncated?length=&send=``      announces ``length`` bytes, sends ``send``, closes
``close-delimited``              a complete page without Content-Length, ended by closing
``truncated-gzip``               gzip body without Content-Length, cut in the middle
``gzip-members?n=3&cut=0``       a page as ``n`` concatenated gzip members (RFC 1952
                                 allows it); ``cut=1`` cuts the last member short
``chunked?kb=1024&chunk=1``      ``kb`` KiB of HTML in chunked transfer coding, ``chunk``
                                 bytes per chunk (1: the most work per body byte)
``heavy?shape=quoted-paragraphs`` a page within every input cap that was costly to parse
                                 (shapes: :data:`tests.faultsite.hostile.SHAPES`)
``reset``                        resets the connection (RST) instead of answering
``status/<code>?times=N&retry_after=V&retry_in=S``
                                 answers ``code`` for the first N hits of this exact URL,
                                 then a page; ``Retry-After: V``, or an HTTP date ``S``
                                 seconds from now (negative: in the past)
``type?ct=image/jpeg&body=jpeg`` a 200 with that Content-Type; body html, xml, json, jpeg,
                                 text or empty
``big?mb=50&length=1``           ``mb`` MiB of HTML; ``length=0`` omits Content-Length
``bomb?gb=1``                    a gzip body of about 1 MB that expands to ``gb`` GiB
``charset?label=euc-kr&where=header``
                                 CP949 Korean text, the label in the ``header``, in a
                                 ``meta`` tag, or ``none`` at all
``invalid-utf8``                 UTF-8 page with two invalid byte sequences
``redirect?to=URL&status=302``   a redirect to ``to``
``loop/a``                       ``loop/a`` -> ``loop/b`` -> ``loop/a`` ...
``chain/<n>``                    ``chain/n`` -> ``chain/n-1`` ... -> ``chain/0``, a page
=============================== ==========================================================

Photos (a wrong type is ``type?ct=text/html&body=jpeg``, one that never comes ``stall``; an
off-host photo needs no server, it is refused before any request):

=============================== ==========================================================
``image-bomb?side=30000``        a PNG of a few KB whose header claims ``side`` x ``side``
                                 pixels (2.7 GB of RGB): a decompression bomb
``image-truncated``              the first half of a real JPEG, as a complete response
``image-fake``                   ``image/jpeg`` whose body is an HTML page
``image-big?mb=50&length=1``     ``mb`` MiB typed ``image/jpeg``, generated chunk by chunk;
                                 ``length=0`` omits Content-Length
=============================== ==========================================================
"""

from __future__ import annotations

import asyncio
import socket
import struct
import zlib
from collections.abc import Awaitable, Callable, Iterator
from email.utils import formatdate
from time import time

from herald_tui.demo import IMAGES_ROOT
from herald_tui.demo.wire import Request, head, respond

__all__ = [
    "FAULTS",
    "FAULT_PREFIX",
    "KOREAN_TEXT",
    "answer_fault",
    "gzip_bomb",
    "gzip_members",
    "page",
]

FAULT_PREFIX = "/_fault/"
"""Paths under this prefix answer with a fault."""

Writer = asyncio.StreamWriter
FaultHandler = Callable[[Request, Writer], Awaitable[bool]]

HTML = "text/html; charset=utf-8"
KOREAN_TEXT = "서울 똠방각하 햏 뷁 한국어 기사"
"""Korean text with syllables (똠, 햏, 뷁) that EUC-KR lacks and CP949 has."""
_CHUNK = 64 * 1024
JPEG = "image/jpeg"
_SKYLINE = IMAGES_ROOT / "skyline.jpg"
"""A real JPEG of the demo, to cut in half."""

FAULTS: dict[str, FaultHandler] = {}
"""Handlers by name (the first path segment after ``/_fault/``)."""


def _fault(name: str) -> Callable[[FaultHandler], FaultHandler]:
    def register(handler: FaultHandler) -> FaultHandler:
        FAULTS[name] = handler
        return handler

    return register


async def answer_fault(request: Request, writer: Writer) -> bool:
    """Serve ``request`` from the fault named in its path (404 if there is none)."""
    name = request.path[len(FAULT_PREFIX) :].split("/", 1)[0]
    handler = FAULTS.get(name)
    if handler is None:
        return respond(writer, 404, b"no such fault\n", "text/plain")
    return await handler(request, writer)


def page(text: str = "A complete page.", size: int = 0) -> bytes:
    """A small valid HTML page, padded with paragraphs to at least ``size`` bytes."""
    start = "<!doctype html>\n<html><head><meta charset='utf-8'><title>Fault</title></head><body>"
    end = "</body></html>\n"
    first = f"<p>{text}</p>\n"
    filler = "<p>Filler paragraph of an invented story, repeated to make weight.</p>\n"
    missing = max(0, size - len(start) - len(first) - len(end))
    return (start + first + filler * -(-missing // len(filler)) + end).encode("utf-8")


def _int(request: Request, key: str, default: int) -> int:
    value = request.query.get(key, "")
    return int(value) if value.lstrip("-").isdigit() else default


def _last_int(request: Request, default: int) -> int:
    last = request.path.rsplit("/", 1)[-1]
    return int(last) if last.isdigit() else default


def _float(request: Request, key: str, default: float) -> float:
    try:
        return float(request.query[key])
    except (KeyError, ValueError):
        return default


@_fault("drip")
async def _drip(request: Request, writer: Writer) -> bool:
    interval = _float(request, "interval", 0.5)
    body = page(size=_int(request, "size", 2000))
    writer.write(head(200, {"Content-Type": HTML, "Content-Length": str(len(body))}))
    for i in range(len(body)):
        writer.write(body[i : i + 1])
        await writer.drain()
        await asyncio.sleep(interval)
    return True


@_fault("stall")
async def _stall(request: Request, writer: Writer) -> bool:
    await asyncio.sleep(_float(request, "seconds", 60))  # cut short when the server stops
    return False


@_fault("truncated")
async def _truncated(request: Request, writer: Writer) -> bool:
    length, send = _int(request, "length", 10_000), _int(request, "send", 5_000)
    writer.write(head(200, {"Content-Type": HTML, "Content-Length": str(length)}))
    writer.write(page(size=length)[:send])
    await writer.drain()
    return False


@_fault("close-delimited")
async def _close_delimited(request: Request, writer: Writer) -> bool:
    writer.write(head(200, {"Content-Type": HTML, "Connection": "close"}))
    writer.write(page("A page ended by closing the connection.", size=5000))
    await writer.drain()
    return False


@_fault("truncated-gzip")
async def _truncated_gzip(request: Request, writer: Writer) -> bool:
    compressed = zlib.compress(page(size=20_000), wbits=31)
    headers = {"Content-Type": HTML, "Content-Encoding": "gzip", "Connection": "close"}
    writer.write(head(200, headers) + compressed[: len(compressed) // 2])
    await writer.drain()
    return False


@_fault("gzip-members")
async def _gzip_members(request: Request, writer: Writer) -> bool:
    members = gzip_members(_int(request, "n", 3))
    if _int(request, "cut", 0):
        members = members[: -len(members) // 4 or None]
    return respond(writer, 200, members, HTML, {"Content-Encoding": "gzip"})


def gzip_members(n: int) -> bytes:
    """A page split in ``n`` parts, each compressed as its own gzip member, concatenated:
    ``page()``'s text is only complete if every member is decoded."""
    html = page(f"A page in {n} gzip members.", size=6000)
    step = -(-len(html) // max(n, 1))
    parts = [html[i : i + step] for i in range(0, len(html), step)]
    return b"".join(zlib.compress(part, wbits=31) for part in parts)


@_fault("chunked")
async def _chunked(request: Request, writer: Writer) -> bool:
    size, step = _int(request, "kb", 1024) * 1024, max(1, _int(request, "chunk", 1))
    writer.write(head(200, {"Content-Type": HTML, "Transfer-Encoding": "chunked"}))
    body = page("A page in tiny chunks.", size=size)
    framed = bytearray()
    for i in range(0, len(body), step):
        piece = body[i : i + step]
        framed += b"%x\r\n%s\r\n" % (len(piece), piece)
        if len(framed) >= _CHUNK:  # written in 64 KiB batches: the client pays per chunk
            writer.write(bytes(framed))
            framed.clear()
            await writer.drain()
    writer.write(bytes(framed) + b"0\r\n\r\n")
    return True


@_fault("heavy")
async def _heavy(request: Request, writer: Writer) -> bool:
    from tests.faultsite.hostile import SHAPES

    shape = request.query.get("shape", "quoted-paragraphs")
    if shape not in SHAPES:
        return respond(writer, 404, b"no such shape\n", "text/plain")
    return respond(writer, 200, SHAPES[shape]().encode(), HTML)


@_fault("reset")
async def _reset(request: Request, writer: Writer) -> bool:
    sock = writer.get_extra_info("socket")
    if sock is not None:  # linger 0: close() sends RST instead of FIN
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()
    return False


@_fault("status")
async def _status(request: Request, writer: Writer) -> bool:
    code = _last_int(request, 500)
    if request.hits > _int(request, "times", 1_000_000):
        return respond(writer, 200, page("Recovered."), HTML)
    headers = {}
    if "retry_after" in request.query:
        headers["Retry-After"] = request.query["retry_after"]
    elif "retry_in" in request.query:
        headers["Retry-After"] = formatdate(time() + _float(request, "retry_in", 0), usegmt=True)
    return respond(writer, code, f"status {code}\n".encode(), "text/plain", headers)


_BODIES = {
    "html": page(),
    "xml": b"<?xml version='1.0' encoding='utf-8'?>\n<rss version='2.0'><channel>"
    b"<title>Fault feed</title></channel></rss>\n",
    "json": b'{"headline": "not a page"}\n',
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200),
    "text": b"Plain words, no markup at all.\n",
    "empty": b"",
}


@_fault("type")
async def _type(request: Request, writer: Writer) -> bool:
    body = _BODIES.get(request.query.get("body", "html"), _BODIES["html"])
    return respond(writer, 200, body, request.query.get("ct") or None)


@_fault("big")
async def _big(request: Request, writer: Writer) -> bool:
    chunk = (b"<p>" + b"x" * (_CHUNK - 8) + b"</p>\n")[:_CHUNK]
    return await _stream(request, writer, HTML, chunk)


async def _stream(request: Request, writer: Writer, content_type: str, chunk: bytes) -> bool:
    """``mb`` MiB of ``chunk`` (``length=0``: without Content-Length, ended by closing)."""
    size = _int(request, "mb", 50) * 1024 * 1024
    headers = {"Content-Type": content_type}
    if _int(request, "length", 1):
        headers["Content-Length"] = str(size)
    else:
        headers["Connection"] = "close"
    writer.write(head(200, headers))
    for _ in range(size // _CHUNK):
        writer.write(chunk)
        await writer.drain()  # only as fast as the client reads: nothing piles up here
    return False


@_fault("bomb")
async def _bomb(request: Request, writer: Writer) -> bool:
    length, chunks = gzip_bomb(_int(request, "gb", 1) * 1024)
    headers = {"Content-Type": HTML, "Content-Encoding": "gzip", "Content-Length": str(length)}
    writer.write(head(200, headers))
    for chunk in chunks:
        writer.write(chunk)
        await writer.drain()
    return True


def gzip_bomb(mib: int) -> tuple[int, Iterator[bytes]]:
    """``(length, chunks)`` of a gzip stream of ``mib`` MiB of zeros, about 1 KB per MiB.

    Built lazily: a 1 MiB block of zeros compressed with a full flush compresses the same way
    every time, so the stream is one block repeated; the trailer's CRC (a costly pass over the
    whole expansion) is only computed if a client reads that far."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = compressor.compress(bytes(1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush(zlib.Z_FINISH)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"

    def chunks() -> Iterator[bytes]:
        yield header
        for _ in range(mib):
            yield block
        yield end
        crc, zeros = 0, bytes(1 << 20)
        for _ in range(mib):
            crc = zlib.crc32(zeros, crc)
        yield struct.pack("<II", crc, (mib << 20) & 0xFFFFFFFF)

    return len(header) + len(block) * mib + len(end) + 8, chunks()


@_fault("charset")
async def _charset(request: Request, writer: Writer) -> bool:
    label = request.query.get("label", "euc-kr")
    where = request.query.get("where", "header")
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    html = (
        f"<!doctype html><html><head>{meta if where == 'meta' else ''}<title>Charset</title>"
        f"</head><body><p>{KOREAN_TEXT}</p></body></html>"
    )
    content_type = f"text/html; charset={label}" if where == "header" else "text/html"
    return respond(writer, 200, html.encode("cp949"), content_type)


@_fault("invalid-utf8")
async def _invalid_utf8(request: Request, writer: Writer) -> bool:
    body = b"<!doctype html><html><body><p>caf\xc3\xa9 \xff bad \xc3\x28 end</p></body></html>"
    return respond(writer, 200, body, HTML)


@_fault("redirect")
async def _redirect(request: Request, writer: Writer) -> bool:
    status = _int(request, "status", 302)
    return respond(writer, status, b"", "text/plain", {"Location": request.query.get("to", "/")})


@_fault("loop")
async def _loop(request: Request, writer: Writer) -> bool:
    other = "b" if request.path.endswith("/a") else "a"
    return respond(writer, 302, b"", "text/plain", {"Location": f"{FAULT_PREFIX}loop/{other}"})


@_fault("chain")
async def _chain(request: Request, writer: Writer) -> bool:
    n = _last_int(request, 0)
    if n <= 0:
        return respond(writer, 200, page("End of the chain."), HTML)
    return respond(writer, 301, b"", "text/plain", {"Location": f"{FAULT_PREFIX}chain/{n - 1}"})


# -- photos -------------------------------------------------------------------------------------


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
    return respond(writer, 200, page("Not a photo."), JPEG)


@_fault("image-big")
async def _image_big(request: Request, writer: Writer) -> bool:
    return await _stream(request, writer, JPEG, b"\xff\xd8\xff\xe0" + b"\0" * (_CHUNK - 4))
