"""Errors the store raises: each a :class:`~herald_tui.errors.HeraldError` with a one-line
message that says what happened to which file and what the user can do about it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from herald_tui.errors import HeraldError

__all__ = [
    "SQLITE_ERRORS",
    "StoreBusyError",
    "StoreCorruptError",
    "StoreError",
    "StoreFullError",
    "StoreReadOnlyError",
    "is_damage",
    "translate",
]

SQLITE_ERRORS = (sqlite3.Error, UnicodeDecodeError)
"""What a sqlite3 call raises for a bad file: the module raises UnicodeDecodeError when text
from a damaged file (its schema, an error message quoting it) is not UTF-8."""

_DAMAGE = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


class StoreError(HeraldError):
    """The article cache or the user-data database could not do what was asked."""


class StoreFullError(StoreError):
    """The disk (or the database's size limit) is full; nothing already stored was lost."""


class StoreReadOnlyError(StoreError):
    """The database was opened read-only (by request, or because a newer herald-tui wrote
    it), so writes are refused."""


class StoreBusyError(StoreError):
    """Another process held the database's write lock for longer than the busy timeout."""


class StoreCorruptError(StoreError):
    """SQLite reported the database as damaged while in use; it is moved aside and rebuilt
    the next time the store is opened."""


def is_damage(exc: BaseException) -> bool:
    """True if ``exc`` says the database file itself is damaged."""
    return _primary(exc) in _DAMAGE


def translate(
    exc: BaseException, path: Path, label: str, *, disposable: bool = False
) -> StoreError:
    """A one-line, actionable StoreError for a SQLite error on the database ``label`` at
    ``path``; ``disposable``: the file may be deleted without losing the reader's own data
    (the article cache), which a full disk's advice then says."""
    code = _primary(exc)
    if code == sqlite3.SQLITE_FULL:
        return StoreFullError(
            f"the disk holding the {label} ({path}) is full; {_full(path, disposable)}"
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreBusyError(
            f"the {label} ({path}) is busy: another herald-tui kept it locked too long; try again"
        )
    if code == sqlite3.SQLITE_READONLY:
        return StoreReadOnlyError(f"cannot write to the {label} ({path}): {exc}")
    if code in _DAMAGE:
        return StoreCorruptError(
            f"the {label} ({path}) is damaged ({exc}); restart herald-tui to move it aside"
        )
    return StoreError(f"cannot use the {label} ({path}): {exc}")


def _full(path: Path, disposable: bool) -> str:
    # Not "prune and vacuum": both write, and vacuum needs free space the size of the file.
    if disposable:
        return (
            f"nothing stored was lost. Free disk space elsewhere, or delete {path} (only"
            " downloaded copies are lost: saved articles are kept in the data directory)"
        )
    return (
        "nothing stored was lost. Free disk space elsewhere; deleting the article cache"
        " (its directory: 'herald-tui cache path') frees space and keeps saved articles"
    )


def _primary(exc: BaseException) -> int | None:
    """The primary SQLite result code of ``exc`` (undecodable text counts as damage)."""
    if isinstance(exc, UnicodeDecodeError):
        return sqlite3.SQLITE_CORRUPT
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None
