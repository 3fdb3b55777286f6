"""Bodies: bounded decompression, and pages and feeds only of the right type."""

from __future__ import annotations

import asyncio
import gzip
import random
import re
import zlib

import pytest

from herald_tui.demo.wire import Request, respond
from herald_tui.fetchers.http import (
    BadContentType,
    FetchError,
    IncompleteBody,
    Kind,
    ResponseTooLarge,
)
from herald_tui.fetchers.http_body import (
    FREE_CHUNKS,
    MIN_AVERAGE_CHUNK,
    BoundedDecoder,
    check_body,
    check_media_type,
)
from tests.faultsite import FaultServer
from tests.faultsite.faults import gzip_bomb, gzip_members, page
from tests.http.helpers import FEED, LONG_ARTICLE, fetch

URL = "https://en.yna.co.kr/view/AEN20250118000100315"
TEXT = LONG_ARTICLE.encode()


def _decode(encoding: str | None, data: bytes, limit: int = 1 << 20, chunk: int = 100) -> bytes:
    decoder = BoundedDecoder(URL, encoding, limit)
    for i in range(0, len(data), chunk):
        decoder.feed(data[i : i + chunk])
    return decoder.finish()


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        (None, TEXT),
        ("identity", TEXT),
        ("gzip", gzip.compress(TEXT)),
        ("x-gzip", gzip.compress(TEXT)),
        ("GZIP", gzip.compress(TEXT)),
        ("deflate", zlib.compress(TEXT)),  # zlib-wrapped, as the RFC says
        ("deflate", zlib.compress(TEXT, wbits=-15)),  # raw, as some servers send
    ],
    # Named ids: a gzip member carries the time it was made, so ids built from the bytes
    # differ between two collections (pytest-xdist refuses workers that disagree).
    ids=["none", "identity", "gzip", "x-gzip", "GZIP", "deflate-zlib", "deflate-raw"],
)
def test_supported_encodings_decode(encoding: str | None, data: bytes) -> None:
    assert _decode(encoding, data) == TEXT


@pytest.mark.parametrize("encoding", ["br", "zstd", "compress", "gzip, br", "gzip, gzip"])
def test_unboundable_encodings_are_refused(encoding: str) -> None:
    with pytest.raises(BadContentType, match="unsupported Content-Encoding"):
        BoundedDecoder(URL, encoding, 1 << 20)


def test_bomb_stops_at_the_limit_without_expanding() -> None:
    """A chunk that would expand to 1 GiB yields at most limit + 1 bytes before the error."""
    length, chunks = gzip_bomb(1024)
    decoder = BoundedDecoder(URL, "gzip", 1 << 20)
    with pytest.raises(ResponseTooLarge, match="body over the 1 MiB limit"):
        for chunk in chunks:
            decoder.feed(chunk)
    assert decoder.size <= (1 << 20) + 1  # one byte over proves it; nothing more expanded
    assert decoder.raw_size < length


def test_raw_size_counts_against_the_limit_too() -> None:
    with pytest.raises(ResponseTooLarge):
        _decode(None, b"x" * 2000, limit=1000)


def test_exactly_the_limit_is_accepted() -> None:
    assert len(_decode("gzip", gzip.compress(b"x" * 5000), limit=5000)) == 5000
    with pytest.raises(ResponseTooLarge):
        _decode("gzip", gzip.compress(b"x" * 5001), limit=5000)


def test_cut_gzip_stream_is_incomplete() -> None:
    data = gzip.compress(TEXT)
    with pytest.raises(IncompleteBody, match="gzip body ends before its end marker"):
        _decode("gzip", data[: len(data) // 2])


def test_corrupt_gzip_is_refused() -> None:
    with pytest.raises(BadContentType, match="corrupt gzip data"):
        _decode("gzip", b"\x1f\x8b\x08\x00" + b"\xff" * 200)


def test_bytes_after_the_gzip_end_are_ignored() -> None:
    assert _decode("gzip", gzip.compress(TEXT) + b"trailing junk") == TEXT


def test_every_gzip_member_is_decoded() -> None:
    """Issue 14, item 14: a body of several gzip members was cut after the first and
    returned as complete."""
    whole = gzip_members(4)
    expected = page("A page in 4 gzip members.", size=6000)
    for chunk in (1, 7, 100, len(whole)):
        assert _decode("gzip", whole, chunk=chunk) == expected


def test_gzip_members_share_the_size_limit() -> None:
    members = b"".join(gzip.compress(b"x" * 3000) for _ in range(2))
    assert len(_decode("gzip", members, limit=6000)) == 6000
    with pytest.raises(ResponseTooLarge):
        _decode("gzip", members, limit=5999)


def test_a_cut_later_gzip_member_is_incomplete() -> None:
    data = gzip.compress(TEXT) + gzip.compress(TEXT)
    with pytest.raises(IncompleteBody, match="gzip body ends before its end marker"):
        _decode("gzip", data[:-20])
    with pytest.raises(IncompleteBody):
        _decode("gzip", gzip.compress(TEXT) + b"\x1f")  # a member that is only begun


def test_corrupt_later_gzip_member_is_refused() -> None:
    with pytest.raises(BadContentType, match="corrupt gzip data"):
        _decode("gzip", gzip.compress(TEXT) + b"\x1f\x8b\x08\x00" + b"\xff" * 200)


def test_many_tiny_chunks_are_refused_few_are_not() -> None:
    """Issue 14, item 11: per-chunk work is bounded by refusing a flood of tiny chunks."""
    assert _decode(None, b"x" * FREE_CHUNKS, chunk=1) == b"x" * FREE_CHUNKS
    body = b"y" * (MIN_AVERAGE_CHUNK * 3 * FREE_CHUNKS)
    assert _decode(None, body, limit=len(body), chunk=MIN_AVERAGE_CHUNK) == body
    with pytest.raises(ResponseTooLarge, match=f"in {FREE_CHUNKS + 1} chunks of under 256"):
        _decode(None, b"x" * (FREE_CHUNKS + 1), chunk=1)
    with pytest.raises(ResponseTooLarge, match="chunks"):
        _decode("gzip", gzip.compress(random.Random(1).randbytes(50_000)), chunk=8)


def test_empty_body_with_an_encoding_is_empty() -> None:
    assert BoundedDecoder(URL, "gzip", 100).finish() == b""


@pytest.mark.parametrize(
    ("kind", "media", "ok"),
    [
        ("page", "text/html", True),
        ("page", "application/xhtml+xml", True),
        ("page", "", True),  # then the body must look like HTML
        ("page", "application/rss+xml", False),
        ("page", "text/plain", False),
        ("page", "image/jpeg", False),
        ("page", "application/json", False),
        ("feed", "application/rss+xml", True),
        ("feed", "application/atom+xml", True),
        ("feed", "application/xml", True),
        ("feed", "text/xml", True),
        ("feed", "application/x-rss+xml", True),
        ("feed", "text/html", True),  # then the body must look like XML
        ("feed", "text/plain", True),
        ("feed", "", True),
        ("feed", "image/jpeg", False),
        ("feed", "application/json", False),
        ("feed", "application/octet-stream", False),
    ],
)
def test_media_types_by_kind(kind: Kind, media: str, ok: bool) -> None:
    if ok:
        check_media_type(URL, kind, media)
    else:
        with pytest.raises(BadContentType, match=f"got {re.escape(media)}$"):
            check_media_type(URL, kind, media)


@pytest.mark.parametrize(
    ("kind", "media", "text", "ok"),
    [
        ("feed", "text/html", FEED, True),
        ("feed", "text/plain", "\ufeff  <rss version='2.0'></rss>", True),
        ("feed", "", "<feed xmlns='http://www.w3.org/2005/Atom'/>", True),
        ("feed", "text/html", LONG_ARTICLE, False),  # an HTML page where a feed should be
        ("feed", "text/plain", "Not found", False),
        ("feed", "application/rss+xml", "anything: the type is trusted", True),
        ("page", "", LONG_ARTICLE, True),
        ("page", "", '{"json": true}', False),
        ("page", "text/html", "", True),  # empty pages are the parser's call
    ],
)
def test_loosely_typed_bodies_must_look_right(kind: Kind, media: str, text: str, ok: bool) -> None:
    if ok:
        check_body(URL, kind, media, text)
    else:
        with pytest.raises(BadContentType):
            check_body(URL, kind, media, text)


@pytest.mark.parametrize(
    ("query", "kind", "ok"),
    [
        ("ct=text/html&body=xml", "feed", True),
        ("ct=text/plain&body=xml", "feed", True),
        ("body=xml", "feed", True),
        ("ct=text/html&body=html", "feed", False),
        ("ct=application/rss%2Bxml&body=xml", "page", False),
        ("body=html", "page", True),
        ("ct=text/plain&body=text", "page", False),
    ],
)
async def test_content_types_from_the_server(
    server: FaultServer, query: str, kind: Kind, ok: bool
) -> None:
    path = f"/_fault/type?{query}"
    if ok:
        assert (await fetch(server, path, kind)).status == 200
    else:
        with pytest.raises(BadContentType):
            await fetch(server, path, kind)


async def test_gzip_page_from_the_server(server: FaultServer) -> None:
    response = await fetch(server, "/yonhap/view/long")
    assert response.text == LONG_ARTICLE


async def test_multi_member_gzip_from_the_server(server: FaultServer) -> None:
    response = await fetch(server, "/_fault/gzip-members?n=3")
    assert response.text.encode() == page("A page in 3 gzip members.", size=6000)
    with pytest.raises(IncompleteBody):
        await fetch(server, "/_fault/gzip-members?n=3&cut=1")


async def test_brotli_from_the_server_is_refused(server: FaultServer) -> None:
    async def brotli(request: Request, writer: asyncio.StreamWriter) -> bool:
        return respond(
            writer, 200, b"\x0b\x02\x80hello\x03", "text/html", {"Content-Encoding": "br"}
        )

    server.route("/br", brotli)
    with pytest.raises(FetchError, match="unsupported Content-Encoding br"):
        await fetch(server, "/br")
