"""Headline lists per section, with revisions of a story folded at write time.

Storing a section's list replaces it whole, so folding is decided once, when the list is
written: rows sharing a non-empty ``story_id`` form one story; the newest revision (highest
``revision``, then latest time, then earliest feed position) is ``shown`` and carries the
story's row count in ``revisions``. Listing is then a plain indexed range scan.

Times: ``first_seen`` is when the URL first appeared in this section's list (kept across
replacements while it stays listed); ``sort_time`` is the headline's publication time, or
``first_seen`` when the feed gives none. Lists are ordered newest first by ``sort_time``,
then by feed position.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable

from herald_tui.cache.codec import as_int, seal_headline, to_epoch, unseal
from herald_tui.cache.db import Database
from herald_tui.cache.listed import index_headlines
from herald_tui.model import Headline

__all__ = ["MAX_LIST_ITEMS", "list_headlines", "listed_urls", "put_headlines"]

MAX_LIST_ITEMS = 1000
"""Headlines stored per section list, the first in feed order: a section lists tens, and a
hostile feed of 71,904 items made 40 MB of cache (the parsers cap lists too; this is the
store's own bound)."""


class _Row:
    """A headline of a list being stored, with what the fold works out. A plain class: a
    generated dataclass cost about 4 M instructions at each import (an offline start's too)
    for a record no one compares or prints."""

    __slots__ = (
        "first_seen",
        "fold_key",
        "headline",
        "position",
        "revisions",
        "shown",
        "sort_time",
    )

    def __init__(
        self, headline: Headline, position: int, first_seen: int, sort_time: int, fold_key: str
    ) -> None:
        self.headline = headline
        self.position = position
        self.first_seen = first_seen
        self.sort_time = sort_time
        self.fold_key = fold_key
        self.shown = True
        self.revisions = 1


def put_headlines(
    conn: sqlite3.Connection, section_key: str, headlines: Iterable[Headline], seen_at: int
) -> int:
    """Replace the section's list within the caller's write transaction; return its length.

    A URL listed twice keeps its first position only; only the first
    :data:`MAX_LIST_ITEMS` distinct URLs are stored.
    """
    first_seen = {
        str(url): as_int(seen, seen_at)
        for url, seen in conn.execute(
            "SELECT url, first_seen FROM headlines WHERE section_key = ?", (section_key,)
        )
    }
    rows = _fold(_rows(headlines, first_seen, seen_at))
    conn.execute("DELETE FROM headlines WHERE section_key = ?", (section_key,))
    conn.executemany(
        "INSERT INTO headlines (section_key, url, position, first_seen, sort_time, fold_key,"
        " shown, revisions, data, checksum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                section_key,
                r.headline.url,
                r.position,
                r.first_seen,
                r.sort_time,
                r.fold_key,
                int(r.shown),
                r.revisions,
                *seal_headline(r.headline),
            )
            for r in rows
        ],
    )
    index_headlines(conn, section_key, [r.headline for r in rows], seen_at)
    mark_synced(conn, section_key, seen_at)
    return len(rows)


def mark_synced(conn: sqlite3.Connection, section_key: str, seen_at: int) -> None:
    """Record that the section's list was confirmed current at ``seen_at``."""
    conn.execute(
        "INSERT INTO sections (section_key, synced_at) VALUES (?, ?)"
        " ON CONFLICT (section_key) DO UPDATE SET synced_at = excluded.synced_at",
        (section_key, seen_at),
    )


def _rows(headlines: Iterable[Headline], first_seen: dict[str, int], seen_at: int) -> list[_Row]:
    rows: dict[str, _Row] = {}
    for position, h in enumerate(headlines):
        if len(rows) >= MAX_LIST_ITEMS:
            break
        if h.url in rows:
            continue
        seen = first_seen.get(h.url, seen_at)
        sort_time = to_epoch(h.published) if h.published else seen
        # Prefixes keep a story id from ever colliding with a URL.
        fold_key = f"story:{h.story_id}" if h.story_id else f"url:{h.url}"
        rows[h.url] = _Row(h, position, seen, sort_time, fold_key)
    return list(rows.values())


def _fold(rows: list[_Row]) -> list[_Row]:
    stories: dict[str, list[_Row]] = {}
    for row in rows:
        stories.setdefault(row.fold_key, []).append(row)
    for story in stories.values():
        newest = max(story, key=lambda r: (r.headline.revision, r.sort_time, -r.position))
        for row in story:
            row.shown = row is newest
            row.revisions = len(story)
    return rows


def list_headlines(
    db: Database, section_key: str, limit: int, leave_out: Collection[str] = ()
) -> list[tuple[Headline, int]]:
    """The section's shown headlines, newest first, with each story's revision count; of
    the first ``limit``, those whose URL is in ``leave_out`` are skipped before they are
    decoded (decoding and checking is what a read of the list costs).

    Rows failing their integrity check are left out, with a notice.
    """
    rows = db.rows(
        "SELECT url, data, checksum, revisions FROM headlines"
        " WHERE section_key = ? AND shown = 1 ORDER BY sort_time DESC, position LIMIT ?",
        (section_key, limit),
        lookup=True,
    )
    listed: list[tuple[Headline, int]] = []
    for url, data, digest, revisions in rows:
        if url in leave_out:
            continue
        headline = unseal(Headline, data, digest, url)
        if headline is None:
            db.notices.add(
                f"A headline of {section_key} failed its integrity check and was left out;"
                " refresh the section to fetch it again."
            )
            continue
        listed.append((headline, max(1, as_int(revisions, 1))))
    return listed


def listed_urls(db: Database, section_key: str) -> list[str]:
    """URLs of the section's shown headlines (one per story)."""
    rows = db.rows("SELECT url FROM headlines WHERE section_key = ? AND shown = 1", (section_key,))
    return [str(url) for (url,) in rows]
