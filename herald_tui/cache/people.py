"""The People index: every quotation of every cached article, with its speaker's key.

Tables (created by ``cache_003_quotations`` in :mod:`herald_tui.cache.migrations`):

* ``quotations``: one row per quotation of a cached article (``article_id``, ``number`` =
  position in :attr:`Article.quotes`), with its paragraph and offset, the speaker as the
  article gave it, the display name, kind and role (:mod:`herald_tui.quotes.people`), the
  quoted text and the article's published time (a copy, so a period needs no join).
  ``speaker_key`` is NULL for an anonymous speaker (kind ``a``; its key,
  ``a:<url>#<number>``, is rebuilt from the row: it would only repeat the URL) and for an
  unattributed quotation (kind NULL).
* ``quoted_articles``: each article that has quotations, with its published time (indexed:
  a period's quotations, or everyone's newest first, are found through their articles) and
  its headline (a quotation's page shows it; the article's row holds it only sealed).
* ``speakers``: each key once, with the folded names a name search matches (the Hangul form
  too, when an article printed it); and each anonymous speaker's phrase, keyed
  ``anonymous:<phrase>``. A prune leaves it; a vacuum drops the speakers whose
  quotations all went.

Rows are written by :mod:`herald_tui.cache.quotations` inside the transaction that stores
the article; a trigger on ``articles`` deletes them with the article row, which happens both
when a new version replaces it and when it is pruned.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from herald_tui.cache.codec import from_epoch, to_epoch
from herald_tui.cache.db import Database
from herald_tui.cache.quotations import KIND_CODES, PHRASE, anonymous_key
from herald_tui.results import Person, SaidQuote

__all__ = ["drop_silent_speakers", "forget", "people", "quotes_of"]

_KIND_NAMES = {code: name for name, code in KIND_CODES.items()}
_FIELDS = (
    "q.article_id, q.number, q.speaker_key, q.kind, q.published, q.paragraph, q.start,"
    " q.speaker, q.name, q.role, q.text, a.url, a.source, h.headline"
)
_FROM = (
    " FROM quotations q JOIN articles a ON a.id = q.article_id"
    " JOIN quoted_articles h ON h.article_id = q.article_id"
)
_BY_TIME = (
    # Newest articles first, through the articles' time index: CROSS JOIN keeps SQLite from
    # starting anywhere else (it cannot tell a week from two years).
    " FROM quoted_articles h CROSS JOIN quotations q ON q.article_id = h.article_id"
    " JOIN articles a ON a.id = h.article_id"
)
_NEWEST = " ORDER BY h.published DESC, h.article_id DESC, q.number"


def forget(conn: sqlite3.Connection, fetched_before: int, after: int, limit: int) -> int | None:
    """Delete the index rows of the next ``limit`` articles (by id, above ``after``) fetched
    at or before ``fetched_before`` (epoch seconds); return the last id done, None when no
    article was left."""
    ids = conn.execute(
        "SELECT id FROM articles WHERE fetched_at <= ? AND id > ? ORDER BY id LIMIT ?",
        (fetched_before, after, limit),
    ).fetchall()
    conn.executemany("DELETE FROM quotations WHERE article_id = ?", ids)
    conn.executemany("DELETE FROM quoted_articles WHERE article_id = ?", ids)
    return int(ids[-1][0]) if ids else None


def drop_silent_speakers(conn: sqlite3.Connection) -> None:
    """Forget the names of speakers none of whose quotations is cached any more (a prune
    leaves them: :meth:`Store.vacuum` cleans up)."""
    conn.execute(
        "DELETE FROM speakers WHERE speaker_key NOT IN"
        " (SELECT speaker_key FROM quotations WHERE speaker_key IS NOT NULL)"
        f" AND NOT (speaker_key LIKE '{PHRASE}%' AND substr(speaker_key, {len(PHRASE) + 1}) IN"
        " (SELECT speaker FROM quotations WHERE kind = 'a'))"
    )


def people(db: Database, since: datetime | None, match: str, limit: int) -> list[Person]:
    """Speakers ranked by quotations published since ``since``; see :meth:`Store.people`."""
    if limit <= 0:
        return []
    from herald_tui.quotes.people import fold  # here: see index_articles in quotations

    after = to_epoch(since) if since else None
    needle = fold(match)
    where, params = _period("q", after)
    if needle:
        where += " AND q.speaker_key IN (SELECT speaker_key FROM speakers WHERE instr(names, ?))"
        params.append(needle)
    if after is None:
        source = " FROM quotations q WHERE q.speaker_key IS NOT NULL"
    else:
        source = " FROM quoted_articles h CROSS JOIN quotations q ON q.article_id = h.article_id"
        source += " WHERE q.speaker_key IS NOT NULL AND h.published >= ?"
        where = where.replace(" AND q.published >= ?", "", 1)
    ranked = db.rows(
        f"SELECT q.speaker_key, count(*) AS n, max(q.published) AS latest{source}{where}"
        " GROUP BY q.speaker_key ORDER BY n DESC, latest DESC, q.speaker_key LIMIT ?",
        (*params, limit),
    )
    out = [_person(db, str(key), int(n), after) for key, n, _latest in ranked]
    if len(out) < limit:
        out += _anonymous(db, after, needle, limit - len(out))
    return out


def _period(alias: str, after: int | None) -> tuple[str, list[Any]]:
    if after is None:
        return "", []
    return f" AND {alias}.published >= ?", [after]


def _person(db: Database, key: str, count: int, after: int | None) -> Person:
    where, params = _period("q", after)
    rows = db.rows(
        f"SELECT {_FIELDS}{_FROM} WHERE q.speaker_key = ?{where}"
        " ORDER BY q.published DESC, q.article_id DESC, q.number LIMIT 1",
        (key, *params),
    )
    said = _said(rows[0])
    return Person(
        key=key,
        name=str(rows[0][8]),
        kind=_KIND_NAMES.get(str(rows[0][3]), "person"),
        quotes=count,
        latest_role=said.role,
        latest_quote=said.text,
        latest_at=said.published,
    )


def _anonymous(db: Database, after: int | None, needle: str, limit: int) -> list[Person]:
    """Anonymous speakers, one quotation each, newest first (after every named speaker:
    they are ranked by count, and each has one)."""
    where, params = _period("h", after)
    if needle:
        phrases = [
            str(key)[len(PHRASE) :]
            for (key,) in db.rows(
                "SELECT speaker_key FROM speakers WHERE speaker_key LIKE ? AND instr(names, ?)",
                (f"{PHRASE}%", needle),
            )
        ]
        if not phrases:
            return []  # without reading every anonymous quotation to find none
        where += f" AND q.speaker IN ({', '.join('?' * len(phrases))})"
        params += phrases
    rows = db.rows(
        f"SELECT {_FIELDS}{_BY_TIME} WHERE q.kind = 'a'{where}{_NEWEST} LIMIT ?",
        (*params, limit),
    )
    out = []
    for row in rows:
        said = _said(row)
        out.append(
            Person(
                key=said.key,
                name=str(row[8]),
                kind="anonymous",
                quotes=1,
                latest_role=said.role,
                latest_quote=said.text,
                latest_at=said.published,
            )
        )
    return out


def quotes_of(
    db: Database,
    key: str | None,
    since: datetime | None,
    limit: int,
    source: str | None = None,
) -> list[SaidQuote]:
    """The quotations of the speaker ``key`` (None: of everyone, unattributed ones too) from
    articles of ``source`` (None: any), newest first; see :meth:`Store.quotes_of`."""
    if limit <= 0:
        return []
    where, params = _period("q", to_epoch(since) if since else None)
    if source is not None:
        where += " AND a.source = ?"
        params.append(source)
    if key is None:
        where = where.replace("q.published", "h.published")
        rows = db.rows(
            f"SELECT {_FIELDS}{_BY_TIME} WHERE 1{where}{_NEWEST} LIMIT ?", (*params, limit)
        )
        return [_said(row) for row in rows]
    if key.startswith("a:"):
        url, _, number = key[2:].rpartition("#")
        if not number.isdigit():
            return []
        condition = "a.url = ? AND q.number = ? AND q.kind = 'a'"
        params[:0] = [url, int(number)]
    else:
        condition = "q.speaker_key = ?"
        params[:0] = [key]
    rows = db.rows(
        f"SELECT {_FIELDS}{_FROM} WHERE {condition}{where}"
        " ORDER BY q.published DESC, q.article_id DESC, q.number LIMIT ?",
        (*params, limit),
    )
    return [_said(row) for row in rows]


def _said(row: tuple[Any, ...]) -> SaidQuote:
    (
        _aid,
        number,
        key,
        kind,
        published,
        paragraph,
        start,
        speaker,
        _name,
        role,
        text,
        url,
        source,
        headline,
    ) = row
    if kind == "a":
        key = anonymous_key(str(url), int(number))
    return SaidQuote(
        key=str(key or ""),
        speaker=str(speaker or ""),
        role=None if role is None else str(role),
        text=str(text),
        url=str(url),
        headline=str(headline or ""),
        source=str(source),
        published=from_epoch(published) if isinstance(published, int) else None,
        paragraph=paragraph if isinstance(paragraph, int) else None,
        start=int(start),
    )
