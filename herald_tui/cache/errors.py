"""Errors the store raises: each a :class:`~herald_tui.errors.HeraldError` with a one-line
message that says what happened to which file and what the user can do about it."""

from __future__ import annotations

from herald_tui.errors import HeraldError

__all__ = [
    "StoreBusyError",
    "StoreCorruptError",
    "StoreError",
    "StoreFullError",
    "StoreReadOnlyError",
]


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
