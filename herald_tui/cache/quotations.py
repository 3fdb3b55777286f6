"""Writing the People index: a cached article's quotations, with their speakers' keys.

The tables are described in :mod:`herald_tui.cache.people` (which reads them); this module
only needs a connection, so the migration that creates them can fill them too.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from herald_tui.cache.codec import to_epoch, unseal
from herald_tui.model import Article, Quote

if TYPE_CHECKING:
    from herald_tui.quotes.people import Speaker

__all__ = [
    "KIND_CODES",
    "PHRASE",
    "anonymous_key",
    "index_articles",
    "index_cached",
]

PHRASE = "anonymous:"
"""Key prefix in ``speakers`` of an anonymous speaker's phrase ("anonymous:a senior
official"), so a name search knows which phrases exist before it reads any quotation."""
KIND_CODES = {"person": "p", "organisation": "o", "anonymous": "a"}
_BATCH = 500  # articles read at a time by index_cached: never the whole cache in memory


def anonymous_key(url: str, number: int) -> str:
    """The key of the anonymous speaker of quotation ``number`` of the article at ``url``."""
    return f"a:{url}#{number}"


def index_articles(conn: sqlite3.Connection, stored: Iterable[tuple[int, Article]]) -> None:
    """Write the quotations of articles just stored (``(row id, article)``), in the caller's
    transaction, in three statements. Their old rows must be gone (the delete trigger does
    it)."""
    # Here, not at the top: the quotes package loads its whole extraction engine, which a
    # start that only reads the cache never needs (docs/PERFORMANCE.md, issue 12).
    from herald_tui.quotes.people import article_speakers

    quotations: list[tuple[Any, ...]] = []
    articles: list[tuple[int, int | None, str]] = []
    names: list[tuple[str, str]] = []
    for article_id, article in stored:
        if not article.quotes:
            continue
        published = to_epoch(article.published) if article.published else None
        speakers = article_speakers(article)
        said = _said_in_body(article.quotes, speakers)
        for n, (quote, speaker) in enumerate(zip(article.quotes, speakers, strict=True)):
            if quote.paragraph is None and speaker is not None and _repeats(quote, speaker, said):
                continue  # a headline quoting words the body quotes: one quotation, not two
            row = _row(article_id, n, published, quote.paragraph, quote.start, speaker)
            quotations.append((*row, quote.speaker, quote.text))
            if speaker is not None:
                listed = _phrase(speaker) if speaker.kind == "anonymous" else speaker
                names += [(listed.key, name) for name in listed.names]
        articles.append((article_id, published, article.headline))
    conn.executemany(
        "INSERT INTO quotations (article_id, number, published, paragraph, start,"
        " speaker_key, kind, name, role, speaker, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        quotations,
    )
    conn.executemany(
        "INSERT OR REPLACE INTO quoted_articles (article_id, published, headline) VALUES (?, ?, ?)",
        articles,
    )
    _remember(conn, names)


def _said_in_body(
    quotes: Sequence[Quote], speakers: Sequence[Speaker | None]
) -> dict[str, list[str]]:
    """The body's quoted words by speaker key, lowercased."""
    said: dict[str, list[str]] = {}
    for quote, speaker in zip(quotes, speakers, strict=True):
        if quote.paragraph is not None and speaker is not None:
            said.setdefault(speaker.key, []).append(quote.text.lower())
    return said


def _repeats(quote: Quote, speaker: Speaker, said: dict[str, list[str]]) -> bool:
    """True when the body quotes the same speaker saying the headline's words ("'swing
    between extremes': chief" and '... "swings between extremes," the chief said')."""
    words = quote.text.lower().strip(" ,.!?'\"‘’“”")
    return bool(words) and any(words in text for text in said.get(speaker.key, ()))


def index_cached(conn: sqlite3.Connection, tally: Callable[[int], None] | None = None) -> int:
    """Index every cached article (the migration that creates the index); return how many
    were read, telling ``tally`` each batch's count. A damaged row is skipped: it is fetched
    again when it is next read."""
    done, last = 0, -1
    while rows := conn.execute(
        "SELECT id, url, data, checksum FROM articles WHERE id > ? ORDER BY id LIMIT ?",
        (last, _BATCH),
    ).fetchall():
        unsealed = (
            (int(i), unseal(Article, data, digest, str(url))) for i, url, data, digest in rows
        )
        index_articles(conn, [(i, article) for i, article in unsealed if article is not None])
        done, last = done + len(rows), int(rows[-1][0])
        if tally is not None:
            tally(len(rows))
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


def _remember(conn: sqlite3.Connection, names: list[tuple[str, str]]) -> None:
    """Add ``(key, name)`` to ``speakers``: a new row, or a name the row lacks (another
    spelling, a Hangul form) appended to it (names are folded: they hold no newline)."""
    conn.executemany(
        "INSERT INTO speakers (speaker_key, names) VALUES (?1, ?2)"
        " ON CONFLICT (speaker_key) DO UPDATE SET names = names || char(10) || ?2"
        " WHERE instr(char(10) || names || char(10), char(10) || ?2 || char(10)) = 0",
        dict.fromkeys(names),
    )
