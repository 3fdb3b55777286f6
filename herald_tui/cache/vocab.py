"""The search vocabulary (``search_terms``): every term the search index has held, so a
prefix is expanded to its few terms (see :mod:`herald_tui.cache.search`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from herald_tui.query import WORD, fold

__all__ = ["index_terms", "remember_terms"]


def index_terms(texts: Iterable[str]) -> set[str]:
    """The terms FTS5 makes of ``texts`` (for the prefix vocabulary ``search_terms``)."""
    return {fold(token) for text in texts for token in WORD.findall(text)}


def remember_terms(conn: sqlite3.Connection, terms: set[str]) -> None:
    """Add ``terms`` to the vocabulary, in the caller's write transaction."""
    conn.executemany(
        "INSERT OR IGNORE INTO search_terms (term) VALUES (?)", [(t,) for t in sorted(terms)]
    )
