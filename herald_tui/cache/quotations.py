"""Writing the People index: a cached article's quotations, with their speakers' keys.

The tables are described in :mod:`herald_tui.cache.people` (which reads them); this module
only needs a connection, so the migration that creates them can fill them too.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable
from typing import Any

from herald_tui.cache.codec import to_epoch, unseal
from herald_tui.model import Article
from herald_tui.quotes.people import Speaker, article_speakers

__all__ = ["KIND_CODES", "PHRASE", "anonymous_key", "index_article", "index_cached"]

PHRASE = "anonymous:"
"""Key prefix in ``speakers`` of an anonymous speaker's phrase ("anonymous:a senior
official"), so a name search knows which phrases exist before it reads any quotation."""
KIND_CODES = {"person": "p", "organisation": "o", "anonymous": "a"}
_BATCH = 500  # articles read at a time by index_cached: never the whole cache in memory


def anonymous_key(url: str, number: int) -> str:
    """The key of the anonymous speaker of quotation ``number`` of the article at ``url``."""
    return f"a:{url}#{number}"


def index_article(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    """Write the quotations of ``article`` (stored as row ``article_id``), in the caller's
    transaction. The article's old rows must be gone (the delete trigger does it)."""
    if not article.quotes:
        return
    published = to_epoch(article.published) if article.published else None
    speakers = article_speakers(article)
    rows = [
        (
            *_row(article_id, n, published, quote.paragraph, quote.start, speaker),
            quote.speaker,
            quote.text,
        )
        for n, (quote, speaker) in enumerate(zip(article.quotes, speakers, strict=True))
    ]
    conn.executemany(
        "INSERT INTO quotations (article_id, number, published, paragraph, start,"
        " speaker_key, kind, name, role, speaker, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute(
        "INSERT OR REPLACE INTO quoted_articles (article_id, published, headline) VALUES (?, ?, ?)",
        (article_id, published, article.headline),
    )
    _remember(conn, [_phrase(s) if s.kind == "anonymous" else s for s in speakers if s])


def index_cached(conn: sqlite3.Connection) -> int:
    """Index every cached article (the migration that creates the index); return how many
    were read. A damaged row is skipped: it is fetched again when it is next read."""
    done, last = 0, -1
    while rows := conn.execute(
        "SELECT id, url, data, checksum FROM articles WHERE id > ? ORDER BY id LIMIT ?",
        (last, _BATCH),
    ).fetchall():
        for article_id, url, data, digest in rows:
            article = unseal(Article, data, digest, str(url))
            if article is not None:
                index_article(conn, int(article_id), article)
        done, last = done + len(rows), int(rows[-1][0])
    return done


def _row(
    article_id: int,
    number: int,
    published: int | None,
    paragraph: int | None,
    start: int,
    speaker: Speaker | None,
) -> tuple[Any, ...]:
    if speaker is None:
        return (article_id, number, published, paragraph, start, None, None, None, None)
    key = None if speaker.kind == "anonymous" else speaker.key
    code = KIND_CODES[speaker.kind]
    return (article_id, number, published, paragraph, start, key, code, speaker.name, speaker.role)


def _phrase(speaker: Speaker) -> Speaker:
    """An anonymous speaker as ``speakers`` lists it: by its phrase, not its quotation."""
    return dataclasses.replace(speaker, key=f"{PHRASE}{speaker.name}")


def _remember(conn: sqlite3.Connection, speakers: Iterable[Speaker]) -> None:
    """Add the speakers' names to ``speakers``: a new row, or a name the row lacks (another
    spelling, a Hangul form) appended to it (names are folded: they hold no newline)."""
    conn.executemany(
        "INSERT INTO speakers (speaker_key, names) VALUES (?1, ?2)"
        " ON CONFLICT (speaker_key) DO UPDATE SET names = names || char(10) || ?2"
        " WHERE instr(char(10) || names || char(10), char(10) || ?2 || char(10)) = 0",
        [(s.key, name) for s in speakers for name in s.names],
    )
