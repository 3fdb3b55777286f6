"""What the reading service answers with, besides model objects: list rows and search hits.

They live apart from :mod:`herald_tui.library` so that the store (which builds them) does not
import the service it serves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # an annotation only: the command line imports this module to build itself
    from herald_tui.model import Headline

__all__ = ["MARK_OFF", "MARK_ON", "ListedHeadline", "Person", "SaidQuote", "SearchHit"]

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
    stored: bool = False
    """The article was in the cache or saved (readable offline) when the list was read:
    looked up with the list, in the thread that reads it, so that a preview of the row does
    not wait for the store on the app's loop while a refresh writes to it."""


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


@dataclass(frozen=True, slots=True)
class Person:
    """A row of the People list: one speaker and their quotations in a period."""

    key: str
    """Stable speaker key: "p:yoon suk yeol", "o:unification ministry", or
    "a:<article url>#<n>" for an anonymous speaker (never merged); see
    :mod:`herald_tui.quotes.people`."""
    name: str
    """Display name ("Yoon Suk Yeol", "Unification Ministry")."""
    kind: str
    """"person", "organisation" or "anonymous"."""
    quotes: int
    """Quotations in the period asked for."""
    latest_role: str | None
    """Role given by the newest article ("President", "Finance Minister")."""
    latest_quote: str
    """Text of the newest quotation."""
    latest_at: datetime | None
    """Published time of the newest quotation's article."""


@dataclass(frozen=True, slots=True)
class SaidQuote:
    """One quotation of one speaker, with where it was said."""

    key: str
    """The speaker key (:attr:`Person.key`)."""
    speaker: str
    """The speaker as that article gave it (with role)."""
    role: str | None
    """The role that article gave, if any."""
    text: str
    """The quoted words."""
    url: str
    """The article."""
    headline: str
    source: str
    """Plugin name ("yonhap", "koreaherald")."""
    published: datetime | None
    paragraph: int | None
    """:attr:`Quote.paragraph` (None: the headline)."""
    start: int
    """:attr:`Quote.start`."""
