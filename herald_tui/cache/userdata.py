"""The reader's own state, kept in the user database: read marks and saved articles.

Saved articles are stored whole (sealed JSON, like the cache), so they outlive pruning and the
deletion of the cache directory, and have their own full-text index.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from herald_tui.cache.codec import as_int, seal, to_epoch, unseal
from herald_tui.cache.db import CHUNK, Database
from herald_tui.model import Article

__all__ = [
    "read_urls",
    "save",
    "saved_articles",
    "saved_copies",
    "saved_urls",
    "set_read",
    "set_read_many",
    "unsave",
    "update_saved",
]


def set_read(conn: sqlite3.Connection, url: str, read: bool, when: int) -> None:
    """Mark ``url`` read (keeping the first time) or unread, in a write transaction."""
    if read:
        conn.execute(
            "INSERT INTO read_marks (url, read_at) VALUES (?, ?) ON CONFLICT (url) DO NOTHING",
            (url, when),
        )
    else:
        conn.execute("DELETE FROM read_marks WHERE url = ?", (url,))


def set_read_many(
    conn: sqlite3.Connection, urls: Iterable[str], read: bool, when: int
) -> list[str]:
    """Mark every one of ``urls`` read (or unread) within the caller's write transaction;
    return those whose mark changed, in order, so that undoing restores exactly the state
    before (a URL already read stays read)."""
    unique = list(dict.fromkeys(urls))
    marked: set[str] = set()
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        sql = f"SELECT url FROM read_marks WHERE url IN ({', '.join('?' * len(chunk))})"
        marked.update(str(url) for (url,) in conn.execute(sql, chunk))
    changed = [url for url in unique if (url in marked) != read]
    if read:
        conn.executemany(
            "INSERT INTO read_marks (url, read_at) VALUES (?, ?)", ((u, when) for u in changed)
        )
    else:
        conn.executemany("DELETE FROM read_marks WHERE url = ?", ((u,) for u in changed))
    return changed


def read_urls(db: Database, urls: Iterable[str]) -> set[str]:
    """Which of ``urls`` are marked read."""
    rows = db.rows_in("SELECT url FROM read_marks WHERE url IN ({marks})", urls, lookup=True)
    return {str(url) for (url,) in rows}


def _columns(article: Article) -> dict[str, object]:
    data, digest = seal(article, compress=True)
    return {
        "url": article.url,
        "source": article.source,
        "published": to_epoch(article.published) if article.published else None,
        "parser": article.parser,
        "data": data,
        "checksum": digest,
    }


def save(conn: sqlite3.Connection, article: Article, when: int) -> None:
    """Save ``article`` with its content; saving again refreshes the content, not its place."""
    if not update_saved(conn, article):
        (last,) = conn.execute("SELECT coalesce(max(saved_order), 0) FROM saved").fetchone()
        _store(conn, article, when, as_int(last, 0) + 1)


def update_saved(conn: sqlite3.Connection, article: Article) -> bool:
    """Replace the content of ``article`` if it is saved; return whether it was."""
    row = conn.execute(
        "SELECT saved_at, saved_order FROM saved WHERE url = ?", (article.url,)
    ).fetchone()
    if row:
        _store(conn, article, as_int(row[0], 0), as_int(row[1], 0))
    return row is not None


def _store(conn: sqlite3.Connection, article: Article, saved_at: int, order: int) -> None:
    # A new row, never an update in place: the schema's full-text triggers rely on it.
    conn.execute("DELETE FROM saved WHERE url = ?", (article.url,))
    conn.execute(
        "INSERT INTO saved (url, source, published, saved_at, saved_order, parser, data,"
        " checksum) VALUES (:url, :source, :published, :saved_at, :saved_order, :parser,"
        " :data, :checksum)",
        {**_columns(article), "saved_at": saved_at, "saved_order": order},
    )


def unsave(conn: sqlite3.Connection, url: str) -> None:
    """Forget the saved copy of ``url``."""
    conn.execute("DELETE FROM saved WHERE url = ?", (url,))


def saved_urls(db: Database, urls: Iterable[str]) -> set[str]:
    """Which of ``urls`` are saved."""
    rows = db.rows_in("SELECT url FROM saved WHERE url IN ({marks})", urls, lookup=True)
    return {str(url) for (url,) in rows}


def unread_saved_count(db: Database) -> int:
    """How many saved articles are not marked read (counted in SQL: no copy is decoded)."""
    rows = db.rows("SELECT count(*) FROM saved WHERE url NOT IN (SELECT url FROM read_marks)")
    return int(rows[0][0]) if rows else 0


def saved_copies(db: Database, urls: Iterable[str]) -> dict[str, Article]:
    """The verified saved copies of those of ``urls`` that are saved."""
    rows = db.rows_in("SELECT url, data, checksum FROM saved WHERE url IN ({marks})", urls)
    return _verified(db, rows)


def saved_articles(db: Database) -> list[Article]:
    """Every saved article, newest saved first (verified; damaged ones left out, noticed)."""
    rows = db.rows("SELECT url, data, checksum FROM saved ORDER BY saved_order DESC")
    return list(_verified(db, rows).values())


def _verified(db: Database, rows: list[tuple[object, ...]]) -> dict[str, Article]:
    articles: dict[str, Article] = {}
    for url, data, digest in rows:
        article = unseal(Article, data, digest, str(url))
        if article is None:
            db.notices.add(f"The saved copy of {url} failed its integrity check and was not shown.")
            continue
        articles[article.url] = article
    return articles
