"""The local store: cached articles and headline lists, validators, read marks, saved articles.

Standard-library ``sqlite3`` only; nothing here imports Textual or touches the network (a test
checks). Start with :class:`~herald_tui.cache.store.Store`; its module docstring is the API.
"""

from __future__ import annotations

from herald_tui.cache.articles import PutResult, PutStatus
from herald_tui.cache.errors import (
    StoreBusyError,
    StoreCorruptError,
    StoreError,
    StoreFullError,
    StoreReadOnlyError,
)
from herald_tui.cache.store import CacheInfo, SectionInfo, Store

__all__ = [
    "CacheInfo",
    "PutResult",
    "PutStatus",
    "SectionInfo",
    "Store",
    "StoreBusyError",
    "StoreCorruptError",
    "StoreError",
    "StoreFullError",
    "StoreReadOnlyError",
]
