"""What the reading service answers with, besides model objects: list rows and search hits.

They live apart from :mod:`herald_tui.library` so that the store (which builds them) does not
import the service it serves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from herald_tui.model import Headline

__all__ = ["MARK_OFF", "MARK_ON", "ListedHeadline", "SearchHit"]

MARK_ON, MARK_OFF = "\x02", "\x03"
"""How :attr:`SearchHit.snippet` brackets a match: control characters, which sanitised text
never holds, so a mark can only be the store's."""


@dataclass(frozen=True, slots=True)
class ListedHeadline:
    """A headline as a list shows it: the headline plus the reader's state."""

    headline: Headline
    read: bool = False
    saved: bool = False
    revisions: int = 1
    """How many revisions of the story were folded into this row."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One full-text search result."""

    url: str
    source: str
    title: str
    snippet: str
    """Matching text with matches between :data:`MARK_ON` and :data:`MARK_OFF` (never markup)."""
    published: datetime | None
    section: str = ""
    stored: bool = True
    """False for a headline that was only listed: opening it needs the network."""
