"""Every headline the app has listed, one row per URL, in the search index (``listed``).

A section's list is replaced whole (:mod:`herald_tui.cache.headlines`); the ``listed`` row of
a headline stays after it leaves the list, so what the reader saw stays searchable until the
cache is pruned. Rows are never updated in place: a changed headline (or one seen in a new
section) is a new row, and the triggers of :mod:`herald_tui.cache.migrations` keep the index
in step.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from herald_tui.cache.codec import (
    LISTED,
    VOCABULARY_COLUMNS,
    as_int,
    seal_headline,
    search_columns,
    to_epoch,
    unseal,
)
from herald_tui.model import Headline

__all__ = ["index_headlines", "index_stored_lists"]

_CHUNK = 500  # URLs per lookup: below SQLite's bound on parameters


def index_headlines(
    conn: sqlite3.Connection, section_key: str, headlines: Sequence[Headline], seen_at: int
) -> None:
    """Record ``headlines``, listed in ``section_key`` at ``seen_at``, in the caller's write
    transaction: new ones, changed ones and ones seen in a new section are (re)indexed."""
    # The vocabulary (and the query grammar it folds words by) is for writes: an offline
    # start never imports it (docs/PERFORMANCE.md, start-up round 6).
    from herald_tui.cache.vocab import index_terms, remember_terms

    section = section_key.rpartition("/")[2]
    known = _known(conn, [h.url for h in headlines])
    terms: set[str] = set()
    for headline in headlines:
        data, digest = seal_headline(headline)
        row = known.get(headline.url)
        sections = row[2].split() if row else []
        if row is not None:
            if row[1] == digest and section in sections:
                continue
            conn.execute("DELETE FROM listed WHERE id = ?", (row[0],))
        if section not in sections:
            sections.append(section)
        published = to_epoch(headline.published) if headline.published else seen_at
        conn.execute(
            "INSERT INTO listed (url, source, sections, published, listed_at, data, checksum)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (headline.url, headline.source, " ".join(sections), published, seen_at, data, digest),
        )
        terms |= index_terms(search_columns(data, digest, LISTED)[:VOCABULARY_COLUMNS])
    remember_terms(conn, terms)


def _known(conn: sqlite3.Connection, urls: list[str]) -> dict[str, tuple[int, bytes, str]]:
    known: dict[str, tuple[int, bytes, str]] = {}
    for i in range(0, len(urls), _CHUNK):
        chunk = urls[i : i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for id_, url, digest, sections in conn.execute(
            f"SELECT id, url, checksum, sections FROM listed WHERE url IN ({marks})", chunk
        ):
            known[str(url)] = (int(id_), bytes(digest or b""), str(sections))
    return known


def index_stored_lists(
    conn: sqlite3.Connection, tally: Callable[[int], None] | None = None
) -> None:
    """Index the headlines of every stored list (the migration to the search of version 4),
    telling ``tally`` each section's count of rows; rows failing their integrity check are
    skipped."""
    rows = conn.execute(
        "SELECT section_key, url, first_seen, data, checksum FROM headlines"
        " ORDER BY section_key, position"
    ).fetchall()
    by_section: dict[str, list[tuple[Headline, int]]] = {}
    for key, url, first_seen, data, digest in rows:
        headline = unseal(Headline, data, digest, str(url))
        if headline is not None:
            by_section.setdefault(str(key), []).append((headline, as_int(first_seen, 0)))
    for key, listed in by_section.items():
        for headline, first_seen in listed:
            index_headlines(conn, key, [headline], first_seen)
        if tally is not None:
            tally(len(listed))
