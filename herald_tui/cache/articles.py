"""Cached articles: the keep-the-better-parse rule, writing rows, reading them verified.

The rule (:func:`worse_parse`): a cached article with a body is kept, and the new parse
refused, when the new one

1. has an empty body (no words), whatever parser made it; or
2. is a generic fallback parse (``Article.fallback``) and the cached one is not; or
3. has fewer than half the cached one's words (``2 * new < old``), unless the cached one was
   made by an older version of the same parser (:func:`parser_is_older`): a newer parser may
   rightly drop text an old one wrongly kept; or unless the site says the new one is a newer
   version of the story (:func:`is_newer_version`): otherwise a padded copy could pin itself
   in the cache, refusing every genuine later version.

A cached article with an empty body is always replaced.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum

from herald_tui._frozen import Frozen, value_class
from herald_tui.cache.codec import (
    ARTICLE,
    VOCABULARY_COLUMNS,
    seal_json,
    search_columns,
    to_epoch,
    unseal,
    unseal_json,
)
from herald_tui.cache.db import Database
from herald_tui.model import Article, to_json
from herald_tui.patterns import lazy

__all__ = [
    "PutResult",
    "PutStatus",
    "is_newer_version",
    "parser_is_older",
    "put_article",
    "read_article",
    "read_parser",
    "worse_parse",
]

ARTICLE_TABLES = ("articles", "saved")
"""Tables holding sealed articles (same core columns); names are never user input."""


class PutStatus(StrEnum):
    """What :meth:`Store.put_article` did."""

    INSERTED = "inserted"
    """The article was not cached; it is now."""
    UPDATED = "updated"
    """The cached copy was replaced by the new one."""
    UNCHANGED = "unchanged"
    """The new copy is identical to the cached one (only its fetch time was updated)."""
    KEPT_BETTER = "kept-better"
    """The new copy is a worse parse (see :func:`worse_parse`); the cached one was kept."""


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with


@value_class(frozen=True)
class PutResult(Frozen):
    """The outcome of storing one article."""

    __match_args__ = ("url", "status", "reason")  # the fields, in order
    __slots__ = __match_args__

    url: str
    status: PutStatus
    reason: str
    """Why the cached copy was kept (KEPT_BETTER) or replaced despite damage; else empty."""

    def __init__(self, url: str, status: PutStatus, reason: str = "") -> None:
        _set(self, "url", url)
        _set(self, "status", status)
        _set(self, "reason", reason)

    @property
    def stored(self) -> bool:
        """True when the new copy is now the cached one."""
        return self.status in (PutStatus.INSERTED, PutStatus.UPDATED)


_PARSER_ID = lazy(r"^(?P<name>[^@]+)@(?P<version>\d+(?:\.\d+)*)$")


def parser_is_older(cached: str, current: str) -> bool:
    """True if parser id ``cached`` is an older version of the parser ``current``.

    Ids are ``name@version`` with a dotted numeric version (``yonhap@2``, ``yonhap@2.1``).
    An empty cached id (unknown parser) counts as older; ids of different parsers, or with
    a version that is not numeric, are not comparable and give False.
    """
    if not cached:
        return bool(current)
    old, new = _PARSER_ID.match(cached), _PARSER_ID.match(current)
    if old is None or new is None or old["name"] != new["name"]:
        return False
    return _version(old["version"]) < _version(new["version"])


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def is_newer_version(old: Article, new: Article) -> bool:
    """True if the site says ``new`` is a later version of the story than ``old``.

    The revision decides when the two differ; else the site's modified time (``updated``,
    or ``published`` when there is none) must be strictly later.
    """
    if new.revision != old.revision:
        return new.revision > old.revision
    old_time, new_time = old.updated or old.published, new.updated or new.published
    return old_time is not None and new_time is not None and new_time > old_time


def worse_parse(old: Article, new: Article) -> str | None:
    """Why ``new`` must not replace ``old`` (the module docstring gives the rule), or None."""
    old_words, new_words = old.word_count, new.word_count
    if old_words == 0:
        return None
    if new_words == 0:
        return f"the new parse has an empty body; the cached one has {old_words} words"
    if new.fallback and not old.fallback:
        return "the new parse used the generic fallback layout; the cached one did not"
    if (
        2 * new_words < old_words
        and not parser_is_older(old.parser, new.parser)
        and not is_newer_version(old, new)
    ):
        return f"the new parse has {new_words} words, under half the cached one's {old_words}"
    return None


def read_article(db: Database, table: str, url: str) -> Article | None:
    """The verified article for ``url`` in ``table``; None if absent or damaged (noticed)."""
    assert table in ARTICLE_TABLES
    rows = db.rows(f"SELECT data, checksum FROM {table} WHERE url = ?", (url,))
    if not rows:
        return None
    article = unseal(Article, rows[0][0], rows[0][1], url)
    if article is None:
        db.notices.add(
            f"The stored copy of {url} failed its integrity check and was not shown;"
            " it will be fetched again."
        )
    return article


def read_parser(db: Database, table: str, url: str) -> str | None:
    """The parser id recorded for ``url`` in ``table``, or None when it is not there."""
    assert table in ARTICLE_TABLES
    rows = db.rows(f"SELECT parser FROM {table} WHERE url = ?", (url,))
    return str(rows[0][0]) if rows else None


def put_article(
    conn: sqlite3.Connection,
    article: Article,
    fetched_at: int,
    fallback: Article | None,
    terms: set[str],
) -> PutResult:
    """Store ``article`` in ``articles`` within the caller's write transaction.

    ``fallback`` is the best other copy known (the saved one), compared against when the
    cache holds none. The search terms of a stored article are added to ``terms``.
    """
    text = to_json(article)
    row = conn.execute(
        "SELECT data, checksum FROM articles WHERE url = ?", (article.url,)
    ).fetchone()
    if row is None:
        reason = worse_parse(fallback, article) if fallback else None
        if reason:
            return PutResult(article.url, PutStatus.KEPT_BETTER, reason)
        terms |= _insert(conn, article, text, fetched_at)
        return PutResult(article.url, PutStatus.INSERTED)
    old_text = unseal_json(row[0], row[1])
    old = unseal(Article, row[0], row[1], article.url) if old_text is not None else None
    if old is None:
        terms |= _replace(conn, article, text, fetched_at)
        return PutResult(article.url, PutStatus.UPDATED, "the cached copy was damaged")
    if old_text == text:
        _touch(conn, article.url, fetched_at)
        return PutResult(article.url, PutStatus.UNCHANGED)
    reason = worse_parse(old, article)
    if reason:
        _touch(conn, article.url, fetched_at)
        return PutResult(article.url, PutStatus.KEPT_BETTER, reason)
    terms |= _replace(conn, article, text, fetched_at)
    return PutResult(article.url, PutStatus.UPDATED)


def _columns(article: Article, text: str, fetched_at: int) -> dict[str, object]:
    data, digest = seal_json(text, compress=True)
    return {
        "url": article.url,
        "source": article.source,
        "published": to_epoch(article.published) if article.published else None,
        "fetched_at": fetched_at,
        "parser": article.parser,
        "data": data,
        "checksum": digest,
    }


def _insert(conn: sqlite3.Connection, article: Article, text: str, fetched_at: int) -> set[str]:
    columns = _columns(article, text, fetched_at)
    conn.execute(
        "INSERT INTO articles (url, source, published, fetched_at, parser, data, checksum)"
        " VALUES (:url, :source, :published, :fetched_at, :parser, :data, :checksum)",
        columns,
    )
    return _terms(columns)


def _replace(conn: sqlite3.Connection, article: Article, text: str, fetched_at: int) -> set[str]:
    # A new row, never an update in place: the schema's full-text triggers rely on it (see
    # herald_tui.cache.migrations).
    conn.execute("DELETE FROM articles WHERE url = ?", (article.url,))
    return _insert(conn, article, text, fetched_at)


def _terms(columns: dict[str, object]) -> set[str]:
    # The index trigger has just decoded these columns: search_columns serves them from its
    # cache.
    from herald_tui.cache.vocab import index_terms  # (writes only: not at an offline start)

    data, digest = columns["data"], columns["checksum"]
    assert isinstance(data, bytes)
    return index_terms(search_columns(data, digest, ARTICLE)[:VOCABULARY_COLUMNS])


def _touch(conn: sqlite3.Connection, url: str, fetched_at: int) -> None:
    conn.execute("UPDATE articles SET fetched_at = ? WHERE url = ?", (fetched_at, url))
