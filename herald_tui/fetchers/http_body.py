"""Bodies: bounded decompression and content-type rules (docs/SECURITY.md,
"Body size" and "Incomplete pages").

httpx's own decoders can turn a 200 KB gzip body into one 67 MB chunk before anyone sees it,
so the client reads raw bytes and decompresses here, asking zlib for at most the remaining
room each time: a bomb costs at most the limit plus one chunk, never its expanded size.
Only encodings zlib can bound are accepted (and advertised): gzip and deflate.
"""

from __future__ import annotations

import zlib
from typing import Literal

from herald_tui.fetchers.fetch_errors import BadContentType, IncompleteBody, ResponseTooLarge

__all__ = [
    "ACCEPT_ENCODING",
    "MAX_IMAGE_BYTES",
    "BoundedDecoder",
    "Kind",
    "check_body",
    "check_media_type",
    "media_type",
    "mib",
]

Kind = Literal["page", "feed", "image"]
"""What a fetch is for: an HTML page (article, section list), an RSS/Atom feed or a photo."""

MAX_IMAGE_BYTES = 10 * 1024 * 1024
"""Largest photo accepted: a news photo is well under 2 MiB; pages have their own limit."""

ACCEPT_ENCODING = "gzip, deflate"
"""Only what :class:`BoundedDecoder` can decompress with a bound; no br, no zstd."""

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml"}
    | {"text/xml"}
)
LOOSE_FEED_TYPES = frozenset({"text/html", "text/plain", ""})
"""Feeds are sometimes served under these: accepted only when the body starts like XML."""

FREE_CHUNKS = 4096
"""Chunks any body may arrive in, however small (real servers send a few KiB at a time)."""
MIN_AVERAGE_CHUNK = 256
"""Beyond :data:`FREE_CHUNKS`, the average chunk must be at least this many bytes."""
_GZIP_MAGIC = b"\x1f\x8b"
_XML_STARTS = ("<?xml", "<rss", "<feed", "<rdf:rdf")
_HTML_STARTS = ("<!doctype html", "<html", "<head", "<body", "<!--")


def mib(size: int) -> str:
    """``52428800`` -> ``"50 MiB"``: sizes in messages."""
    return f"{size / (1024 * 1024):.3g} MiB"


def media_type(content_type: str | None) -> str:
    """The lower-case media type of a ``Content-Type`` value, parameters dropped ('' if none)."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def check_media_type(url: str, kind: Kind, media: str) -> None:
    """Refuse, before the body is read, a media type that can never be a ``kind``.

    Pages: ``text/html``, ``application/xhtml+xml``, or no type (then the body must look like
    HTML). Feeds: the XML types, any ``+xml`` type, or ``text/html``, ``text/plain`` or no type
    (then the body must look like XML, see :func:`check_body`). Photos: ``image/*`` only."""
    if kind == "image":
        ok = media.startswith("image/")  # an untyped body is not trusted to be a photo
    elif kind == "page":
        ok = media in PAGE_TYPES or media == ""
    else:
        ok = media in FEED_TYPES or media.endswith("+xml") or media in LOOSE_FEED_TYPES
    if not ok:
        raise BadContentType(url, f"expected {_wanted(kind)}, got {media}")


def check_body(url: str, kind: Kind, media: str, text: str) -> None:
    """For the loosely typed cases of :func:`check_media_type`, require the body to start like
    the expected document (an HTML page served as a feed is refused: fall back instead)."""
    head = text[:512].lstrip("\ufeff \t\r\n").lower()
    if kind == "feed" and media in LOOSE_FEED_TYPES and not head.startswith(_XML_STARTS):
        raise BadContentType(url, f"expected {_wanted(kind)}, got {media or 'untyped'} non-XML")
    if kind == "page" and media == "" and not head.startswith(_HTML_STARTS):
        raise BadContentType(url, f"expected {_wanted(kind)}, got an untyped non-HTML body")


def _wanted(kind: Kind) -> str:
    return {"page": "an HTML page", "feed": "an RSS/Atom feed", "image": "an image/* type"}[kind]


class BoundedDecoder:
    """Collects a streamed body, decompressing gzip/deflate, never over ``limit`` bytes.

    Raises :class:`ResponseTooLarge` as soon as the raw or the decoded size passes ``limit``,
    :class:`BadContentType` for an encoding it cannot bound or corrupt compressed data, and
    :class:`IncompleteBody` when a compressed stream stops before its end.

    A gzip body may be several members one after the other (RFC 1952, section 2.2): every
    member is decoded, under the one limit. Bytes after the end that do not start a member
    are ignored, as browsers ignore them.

    Memory is the decoded body in one buffer (at most ``limit``) whatever the chunking: a
    body sent one byte per chunk costs no more than one sent in one piece. Work is bounded
    too: every chunk costs the HTTP stack (pure Python) tens of microseconds on the event
    loop, so a body arriving in more than :data:`FREE_CHUNKS` chunks averaging under
    :data:`MIN_AVERAGE_CHUNK` bytes is refused (1-byte chunks cost 35 s of CPU per MiB).
    """

    def __init__(self, url: str, content_encoding: str | None, limit: int) -> None:
        self.url = url
        self.limit = limit
        self.raw_size = 0
        self.size = 0
        self.chunks = 0
        self._body = bytearray()
        self._coding = _coding(url, content_encoding)
        self._zlib = _decompressor(self._coding)
        self._started = False
        self._after = b""
        """Bytes after a gzip member's end, kept until they show whether a member follows."""
        self._ignoring = False

    def feed(self, data: bytes) -> None:
        """Add the next raw chunk from the wire."""
        self.raw_size += len(data)
        self.chunks += 1
        if self.raw_size > self.limit:
            self._too_large()
        if self.chunks > FREE_CHUNKS and self.raw_size < self.chunks * MIN_AVERAGE_CHUNK:
            raise ResponseTooLarge(
                self.url,
                f"body sent in {self.chunks} chunks of under {MIN_AVERAGE_CHUNK} bytes on average",
            )
        if self._zlib is None:
            self._append(data)
        else:
            self._inflate(data)

    def finish(self) -> bytes:
        """The whole decoded body; raises if a compressed stream did not reach its end."""
        if self._zlib is not None and self.raw_size and not self._complete(self._zlib):
            raise IncompleteBody(self.url, f"{self._coding} body ends before its end marker")
        return bytes(self._body)

    def _complete(self, stream: zlib._Decompress) -> bool:
        """The stream reached its end, and no further gzip member was begun."""
        return stream.eof and self._after[:1] != _GZIP_MAGIC[:1]

    def _append(self, out: bytes) -> None:
        self.size += len(out)
        if self.size > self.limit:
            self._too_large()
        self._body += out

    def _inflate(self, data: bytes) -> None:
        while data:
            assert self._zlib is not None
            if self._zlib.eof:
                data = self._next_member(data)
                continue
            try:
                # At most room + 1 bytes come out: one more than fits proves the body too
                # large, and whatever zlib did not get to (unconsumed_tail) is never expanded.
                out = self._zlib.decompress(data, self.limit - self.size + 1)
            except zlib.error:
                if self._coding != "deflate" or self._started:
                    raise BadContentType(self.url, f"corrupt {self._coding} data") from None
                # "deflate" should be zlib-wrapped, but some servers send a raw deflate stream.
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                self._started = True
                continue
            self._started = True
            self._append(out)
            data = self._zlib.unused_data if self._zlib.eof else b""

    def _next_member(self, data: bytes) -> bytes:
        """After a stream's end: the bytes to decode as the next gzip member, or b"" while
        it is not known yet or when what follows is no member (ignored)."""
        if self._coding != "gzip" or self._ignoring:
            return b""
        self._after += data
        if len(self._after) < len(_GZIP_MAGIC):
            return b""
        data, self._after = self._after, b""
        if not data.startswith(_GZIP_MAGIC):
            self._ignoring = True
            return b""
        self._zlib = _decompressor(self._coding)
        return data

    def _too_large(self) -> None:
        raise ResponseTooLarge(self.url, f"body over the {mib(self.limit)} limit")


def _coding(url: str, content_encoding: str | None) -> str | None:
    codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        return None
    if len(codings) == 1 and codings[0] in ("gzip", "x-gzip", "deflate"):
        return "gzip" if codings[0] == "x-gzip" else codings[0]
    raise BadContentType(url, f"unsupported Content-Encoding {', '.join(codings)}")


def _decompressor(coding: str | None) -> zlib._Decompress | None:
    if coding is None:
        return None
    return zlib.decompressobj(zlib.MAX_WBITS | 16 if coding == "gzip" else zlib.MAX_WBITS)
