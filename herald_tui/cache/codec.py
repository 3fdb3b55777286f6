"""How model objects are stored: sealed JSON blobs, UTC epoch seconds, full-text columns.

A stored object is its :func:`herald_tui.model.to_json` text, UTF-8 encoded, behind a one-byte
format tag (``j``: plain JSON, ``z``: zlib-compressed JSON), plus a 16-byte BLAKE2b checksum
of those stored bytes. :func:`unseal` verifies the checksum before decoding, so a flipped byte
anywhere in the blob (or its checksum) makes the object unreadable rather than wrong.

The tag byte lets a later version change the encoding (a compression dictionary, another
codec) without a migration: old rows keep their tag and stay readable.
"""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime
from functools import lru_cache
from typing import TypeVar

from herald_tui.model import Article, Headline, from_json, to_json
from herald_tui.normalise import index_keys
from herald_tui.text import strip_controls

__all__ = [
    "FTS_COLUMNS",
    "as_int",
    "checksum",
    "from_epoch",
    "fts_columns",
    "fts_text",
    "seal",
    "seal_headline",
    "seal_json",
    "search_columns",
    "search_text",
    "to_epoch",
    "unseal",
    "unseal_json",
    "verified",
]

try:
    # What hashlib.blake2b is; hashlib itself loads OpenSSL's constructors too, which reading
    # the cache never uses: about 100 entries of the start's interned strings (the table
    # doubles at 21,845, docs/PERFORMANCE.md, start-up round 6).
    from _blake2 import blake2b
except ImportError:  # a Python built without its own BLAKE2
    from hashlib import blake2b

T = TypeVar("T", Article, Headline)

_PLAIN = b"j"
_ZLIB = b"z"
_ZLIB_LEVEL = 6  # level 9 saves little more for twice the time (docs/PERFORMANCE.md)

FTS_COLUMNS = ("headline", "body", "captions", "quotes")
"""The full-text columns of an article, in index order (see :func:`fts_text`)."""

MAX_INDEXED_CHARS = 64 * 1024
"""Text indexed per full-text column of one article: the rest is stored and shown, but not
searchable. A long real article has about 20,000 characters; without a bound, a hostile
5 MB article of 560,000 distinct words made 20 MB of index and vocabulary."""


def checksum(data: bytes) -> bytes:
    """The checksum stored beside ``data``."""
    return blake2b(data, digest_size=16).digest()


def seal(obj: Article | Headline, *, compress: bool) -> tuple[bytes, bytes]:
    """``(data, checksum)`` to store for ``obj``."""
    return seal_json(to_json(obj), compress=compress)


def seal_headline(headline: Headline) -> tuple[bytes, bytes]:
    """``(data, checksum)`` to store for a headline (uncompressed), kept for the last few
    thousand: a refresh stores a section's whole list again, and sealed it twice (the list,
    the search's ``listed``), though most of its headlines are those of the last refresh.
    Encoding them was most of the cost of storing a list, in a thread holding the GIL while
    keys waited (bench_tui)."""
    # The offset too: equal times in two zones are equal headlines, not the same JSON.
    offset = headline.published.utcoffset() if headline.published else None
    return _seal_headline(headline, offset)


@lru_cache(maxsize=4096)
def _seal_headline(headline: Headline, offset: object) -> tuple[bytes, bytes]:
    return seal(headline, compress=False)


def seal_json(text: str, *, compress: bool) -> tuple[bytes, bytes]:
    """``(data, checksum)`` to store for JSON ``text`` (:func:`herald_tui.model.to_json`)."""
    raw = text.encode()
    data = _ZLIB + zlib.compress(raw, _ZLIB_LEVEL) if compress else _PLAIN + raw
    return data, checksum(data)


def verified(data: object, digest: object) -> bool:
    """True if ``data`` matches its stored checksum (SQL function ``herald_ok``)."""
    return isinstance(data, bytes) and isinstance(digest, bytes) and checksum(data) == digest


def unseal_json(data: object, digest: object) -> str | None:
    """The JSON text sealed in ``data``, or None when the checksum or the encoding is wrong.

    Arguments are typed ``object`` because they come straight from a row that may be damaged:
    any value must give None, never an exception.
    """
    if not verified(data, digest):
        return None
    assert isinstance(data, bytes)
    try:
        if data[:1] == _ZLIB:
            return zlib.decompress(data[1:]).decode()
        if data[:1] == _PLAIN:
            return data[1:].decode()
    except (zlib.error, UnicodeDecodeError):
        pass
    return None


def unseal(cls: type[T], data: object, digest: object, url: str | None = None) -> T | None:
    """The ``cls`` sealed in ``data``, or None if it fails its checksum, does not decode, or
    (when ``url`` is given) belongs to another URL than the row it was read from."""
    text = unseal_json(data, digest)
    if text is None:
        return None
    try:
        obj = from_json(cls, text)
    except (ValueError, TypeError, KeyError):
        return None
    if url is not None and obj.url != url:
        return None
    return obj


def to_epoch(when: datetime) -> int:
    """``when`` as whole seconds since the Unix epoch; naive datetimes are refused."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"naive datetime (no UTC offset): {when.isoformat()}")
    return int(when.timestamp())


def from_epoch(seconds: int) -> datetime:
    """A timezone-aware UTC datetime from epoch seconds."""
    return datetime.fromtimestamp(seconds, UTC)


def as_int(value: object, default: int) -> int:
    """``value`` if a row really holds an integer there, else ``default`` (damaged rows)."""
    return value if isinstance(value, int) else default


def fts_text(data: object, digest: object, column: int) -> str:
    """One full-text column of a sealed article (SQL function ``herald_fts``).

    Columns (see :data:`FTS_COLUMNS`): 0 headline and subheadline; 1 summary and paragraphs;
    2 photo captions and video titles; 3 quoted words and their speakers. A row that fails its
    checksum gives empty text, so damaged content is never indexed or shown in a snippet.
    The function is deterministic: the index is maintained by triggers that call it again
    with the old row to delete its entries.
    """
    try:
        return fts_columns(data, digest)[column] if isinstance(data, bytes) else ""
    except (IndexError, TypeError):
        return ""


@lru_cache(maxsize=8)
def fts_columns(data: bytes, digest: object) -> tuple[str, ...]:
    """All full-text columns of a sealed article (see :func:`fts_text`), cached: FTS5 reads
    the columns of a row one after the other, and the writer reads them again for the search
    vocabulary, so each row is decoded once."""
    # The JSON is read as plain data (no model objects): the checksum already vouches for it.
    text = unseal_json(data, digest)
    try:
        doc = json.loads(text) if text is not None else None
        if not isinstance(doc, dict):
            return ("", "", "", "")
        columns = (
            [doc.get("headline"), doc.get("subheadline")],
            [doc.get("summary"), *doc.get("paragraphs", ())],
            [p.get("caption") for p in doc.get("photos", ())]
            + [v.get("title") for v in doc.get("videos", ())],
            [part for q in doc.get("quotes", ()) for part in (q.get("text"), q.get("speaker"))],
        )
    except (ValueError, TypeError, AttributeError):
        return ("", "", "", "")
    # Text was sanitised by the parser; stripping again keeps the snippet marks (\x02, \x03)
    # unambiguous even for an article built by other code.
    return tuple(
        _bounded(strip_controls("\n".join(p for p in parts if isinstance(p, str) and p)))
        for parts in columns
    )


SEARCH_COLUMNS = (
    "headline",
    "body",
    "captions",
    "quotes",
    "speakers",
    "byline",
    "source",
    "section",
)
"""The columns of the search index (``search_fts``), in order: an article fills them all, a
listed headline its title (headline), summary (body), source and section."""

VOCABULARY_COLUMNS = 6
"""The columns whose words a prefix may stand for: not source and section, whose names
("koreaherald") are filter values, and would join every prefix ("korea") to a third of the
index."""

ARTICLE, LISTED = 0, 1
"""Kinds of row in the search index: a stored article, a listed headline."""


def search_text(data: object, digest: object, kind: object, column: object) -> str:
    """One column of the search index for a sealed article (``kind`` :data:`ARTICLE`) or
    headline (:data:`LISTED`): SQL function ``herald_search``. Like :func:`fts_text`, a row
    failing its checksum gives empty text, and the function is deterministic (the delete
    triggers call it again with the old row)."""
    try:
        if isinstance(data, bytes) and isinstance(kind, int) and isinstance(column, int):
            return search_columns(data, digest, kind)[column]
    except (IndexError, TypeError):
        pass
    return ""


@lru_cache(maxsize=8)
def search_columns(data: bytes, digest: object, kind: int) -> tuple[str, ...]:
    """All columns of :func:`search_text`, each followed by the keys of the names written in
    it (:func:`herald_tui.normalise.index_keys`: ``N. Korea`` adds ``northkorea``), so a
    search for any form of a name finds every form while the text stays as written."""
    text = unseal_json(data, digest)
    try:
        doc = json.loads(text) if text is not None else None
        if not isinstance(doc, dict):
            return ("",) * len(SEARCH_COLUMNS)
        columns = _article_parts(doc) if kind == ARTICLE else _headline_parts(doc)
    except (ValueError, TypeError, AttributeError):
        return ("",) * len(SEARCH_COLUMNS)
    return tuple(_with_keys(parts) for parts in columns)


def _article_parts(doc: dict[str, object]) -> list[list[object]]:
    quotes = _items(doc, "quotes")
    return [
        [doc.get("headline"), doc.get("subheadline")],
        [doc.get("summary"), *_list(doc, "paragraphs")],
        [p.get("caption") for p in _items(doc, "photos")]
        + [v.get("title") for v in _items(doc, "videos")],
        [q.get("text") for q in quotes],
        [q.get("speaker") for q in quotes],
        [doc.get("byline"), *_list(doc, "authors")],
        [doc.get("source")],
        [doc.get("section")],
    ]


def _headline_parts(doc: dict[str, object]) -> list[list[object]]:
    return [
        [doc.get("title")],
        [doc.get("summary")],
        [],
        [],
        [],
        [],
        [doc.get("source")],
        [doc.get("section")],
    ]


def _list(doc: dict[str, object], name: str) -> list[object]:
    value = doc.get(name)
    return list(value) if isinstance(value, list) else []


def _items(doc: dict[str, object], name: str) -> list[dict[str, object]]:
    return [item for item in _list(doc, name) if isinstance(item, dict)]


def _with_keys(parts: list[object]) -> str:
    text = _bounded(strip_controls("\n".join(p for p in parts if isinstance(p, str) and p)))
    keys = index_keys(text)
    return f"{text}\n{' '.join(keys)}" if keys else text


def _bounded(text: str) -> str:
    """``text`` cut to :data:`MAX_INDEXED_CHARS` at a space, so its words are exactly the
    first words of the whole text (a row indexed whole by an older version then loses only
    those entries on delete; the rest stay behind unused, as for a damaged row)."""
    if len(text) <= MAX_INDEXED_CHARS:
        return text
    for i in range(MAX_INDEXED_CHARS, 0, -1):
        if text[i].isspace():
            return text[:i]
    return text[:MAX_INDEXED_CHARS]
