"""What the reading service answers with, besides model objects: list rows and search hits.

They live apart from :mod:`herald_tui.library` so that the store (which builds them) does not
import the service it serves. Each is a frozen, slotted dataclass to a type checker, written
out as the model's classes are (:mod:`herald_tui._frozen`): an offline start imports this
module, and four generated dataclasses cost it about 19 million instructions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from herald_tui._frozen import Frozen, value_class

if TYPE_CHECKING:  # annotations only: the command line imports this module to build itself
    from datetime import datetime

    from herald_tui.model import Headline

__all__ = ["MARK_OFF", "MARK_ON", "ListedHeadline", "Person", "SaidQuote", "SearchHit"]

_set = object.__setattr__  # what a frozen class's __init__ writes its fields with

MARK_ON, MARK_OFF = "\x02", "\x03"
"""How :attr:`SearchHit.snippet` brackets a match: control characters, which sanitised text
never holds, so a mark can only be the store's."""


@value_class(frozen=True)
class ListedHeadline(Frozen):
    """A headline as a list shows it: the headline plus the reader's state."""

    __match_args__ = ("headline", "read", "saved", "revisions", "stored")  # the fields, in order
    __slots__ = __match_args__

    headline: Headline
    read: bool
    saved: bool
    revisions: int
    """How many revisions of the story were folded into this row."""
    stored: bool
    """The article was in the cache or saved (readable offline) when the list was read:
    looked up with the list, in the thread that reads it, so that a preview of the row does
    not wait for the store on the app's loop while a refresh writes to it."""

    def __init__(
        self,
        headline: Headline,
        read: bool = False,
        saved: bool = False,
        revisions: int = 1,
        stored: bool = False,
    ) -> None:
        _set(self, "headline", headline)
        _set(self, "read", read)
        _set(self, "saved", saved)
        _set(self, "revisions", revisions)
        _set(self, "stored", stored)


@value_class(frozen=True)
class SearchHit(Frozen):
    """One full-text search result."""

    __match_args__ = ("url", "source", "title", "snippet", "published", "section", "stored")
    __slots__ = __match_args__

    url: str
    source: str
    title: str
    snippet: str
    """Matching text with matches between :data:`MARK_ON` and :data:`MARK_OFF` (never markup)."""
    published: datetime | None
    section: str
    stored: bool
    """False for a headline that was only listed: opening it needs the network."""

    def __init__(
        self,
        url: str,
        source: str,
        title: str,
        snippet: str,
        published: datetime | None,
        section: str = "",
        stored: bool = True,
    ) -> None:
        _set(self, "url", url)
        _set(self, "source", source)
        _set(self, "title", title)
        _set(self, "snippet", snippet)
        _set(self, "published", published)
        _set(self, "section", section)
        _set(self, "stored", stored)


@value_class(frozen=True)
class Person(Frozen):
    """A row of the People list: one speaker and their quotations in a period."""

    __match_args__ = (
        "key",
        "name",
        "kind",
        "quotes",
        "latest_role",
        "latest_quote",
        "latest_at",
    )  # the fields, in order
    __slots__ = __match_args__

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

    def __init__(
        self,
        key: str,
        name: str,
        kind: str,
        quotes: int,
        latest_role: str | None,
        latest_quote: str,
        latest_at: datetime | None,
    ) -> None:
        _set(self, "key", key)
        _set(self, "name", name)
        _set(self, "kind", kind)
        _set(self, "quotes", quotes)
        _set(self, "latest_role", latest_role)
        _set(self, "latest_quote", latest_quote)
        _set(self, "latest_at", latest_at)


@value_class(frozen=True)
class SaidQuote(Frozen):
    """One quotation of one speaker, with where it was said."""

    __match_args__ = (
        "key",
        "speaker",
        "role",
        "text",
        "url",
        "headline",
        "source",
        "published",
        "paragraph",
        "start",
    )  # the fields, in order
    __slots__ = __match_args__

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

    def __init__(
        self,
        key: str,
        speaker: str,
        role: str | None,
        text: str,
        url: str,
        headline: str,
        source: str,
        published: datetime | None,
        paragraph: int | None,
        start: int,
    ) -> None:
        _set(self, "key", key)
        _set(self, "speaker", speaker)
        _set(self, "role", role)
        _set(self, "text", text)
        _set(self, "url", url)
        _set(self, "headline", headline)
        _set(self, "source", source)
        _set(self, "published", published)
        _set(self, "paragraph", paragraph)
        _set(self, "start", start)
