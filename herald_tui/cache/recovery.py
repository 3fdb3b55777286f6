"""Damaged database files: checks at open, moving a file aside, repairing the search index.

A file is checked when opened (:func:`check_file`): ``PRAGMA quick_check`` reads the whole
file, so it runs every time only for files up to :data:`FULL_CHECK_MAX_BYTES`; a larger file
is checked when the previous session met damage in it and left a flag file
(:func:`flag_damage`). Article rows carry their own checksums, verified on every read, so
content never depends on these checks. A file that fails is moved aside with its
``-wal``/``-shm`` (:func:`quarantine`) and a fresh one started.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from herald_tui.cache.errors import StoreError
from herald_tui.cache.files import SUFFIXES, tighten
from herald_tui.cache.migrations import Migration, rebuild_search
from herald_tui.cache.schema import check_schema

__all__ = [
    "FULL_CHECK_MAX_BYTES",
    "check_file",
    "clear_flag",
    "flag_damage",
    "flagged",
    "quarantine",
    "repair_search",
]

FULL_CHECK_MAX_BYTES = 16 * 1024 * 1024
"""Files up to this size get a full ``quick_check`` at every open (a few tens of ms at most:
docs/PERFORMANCE.md)."""


def _flag_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.needs-check")


def flag_damage(path: Path) -> None:
    """Ask for a full check of ``path`` the next time it is opened (best effort)."""
    with contextlib.suppress(OSError):
        _flag_path(path).touch(mode=0o600)


def flagged(path: Path) -> bool:
    """True if a session met damage in ``path`` since its last full check."""
    return _flag_path(path).exists()


def clear_flag(path: Path) -> None:
    """Forget the request for a full check (it was done, or the file moved aside)."""
    _flag_path(path).unlink(missing_ok=True)


def check_file(conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration]) -> str | None:
    """What is wrong with the file, or None: quick_check (when affordable) and the schema."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size <= FULL_CHECK_MAX_BYTES or flagged(path):
        result = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            return f"quick_check: {result[0]}"
    return check_schema(conn, migrations)


def repair_search(
    conn: sqlite3.Connection, fts_tables: Sequence[str], notice: Callable[[str], None]
) -> None:
    """Rebuild any full-text index that fails its integrity check (quick_check cannot see
    inside FTS5's own structures)."""
    for table in fts_tables:
        try:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError:
            conn.execute("BEGIN IMMEDIATE")
            if table == "search_fts":  # contentless: rebuilt from the rows
                rebuild_search(conn)
            else:
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
            conn.execute("COMMIT")
            notice(table)


def quarantine(path: Path) -> Path:
    """Move ``path`` and its companions (``-wal``, ``-shm``, ``-journal``) aside together;
    return the new database path.

    The companions keep their suffix after the new name (``x.corrupt-<ts>-wal``), so the old
    database can still be opened, WAL included, to rescue what it holds.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while any(Path(f"{target}{s}").exists() for s in SUFFIXES):
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    for suffix in SUFFIXES:
        source = Path(f"{path}{suffix}")
        try:
            source.replace(f"{target}{suffix}")
        except FileNotFoundError:
            continue
        except OSError as e:
            raise StoreError(f"cannot move the damaged {source} aside: {e.strerror or e}") from None
        tighten(Path(f"{target}{suffix}"))  # a copy of private data stays private
    clear_flag(path)
    return target
