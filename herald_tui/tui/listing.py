"""What the middle pane lists: a section, the saved articles, or search results.

Each is a :class:`Listing`: it knows its rows, what it says when empty, where the status bar
says the reader is, and whether it can be refreshed. The reader shows whichever listing is
current and never asks which kind it is; a new kind of list (people, a reading queue) is one
more class here.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from herald_tui.library import Library
from herald_tui.model import Section
from herald_tui.results import ListedHeadline
from herald_tui.text import clean_line

__all__ = [
    "SAVED",
    "KeyHint",
    "Listing",
    "Location",
    "SavedListing",
    "SearchListing",
    "SectionListing",
    "listing_for",
]

SAVED = Section(source="", id="saved", title="Saved")
"""The reader's saved articles, listed in the tree after the sources like a section (its
key, ``/saved``, is no source's)."""


KeyHint = Callable[[str], str]
"""The keys of a binding id as bound now, for a hint (``"s"``; ``""`` when unbound): what a
listing says never spells a key itself, a user may have rebound it."""


@dataclass(frozen=True, slots=True)
class Location:
    """What the status bar says about the listing."""

    where: str
    """``Yonhap News Agency › North Korea``, ``Saved``, ``Search › seoul``."""
    note: str = ""
    """``3 kept offline``, ``7 results``."""
    synced: datetime | None = None
    """When the listed rows were last fetched, if that means anything for them."""


class Listing(ABC):
    """One kind of list of the middle pane."""

    section: Section | None = None
    """The tree entry the listing belongs to (None: none, as for search results)."""
    refreshable: ClassVar[bool] = False
    """True if ``r`` fetches the listing anew."""

    @abstractmethod
    def empty(self, offline: bool, keys: KeyHint | None = None) -> str:
        """What the list says when it has no rows (``keys``: for a hint naming a key)."""

    @abstractmethod
    def location(self, library: Library, source_titles: Mapping[str, str], count: int) -> Location:
        """Where the reader is, for the status bar; ``count`` rows are listed."""


class HeadlineListing(Listing):
    """A listing of headlines (shown by the headline list)."""

    @abstractmethod
    def rows(self, library: Library) -> list[ListedHeadline]:
        """The rows from the cache (quick: no network)."""


@dataclass(frozen=True)
class SectionListing(HeadlineListing):
    """A section's cached headlines; ``r`` fetches them anew."""

    section: Section
    refreshable: ClassVar[bool] = True

    def rows(self, library: Library) -> list[ListedHeadline]:
        """The section's cached headlines."""
        return library.cached_headlines(self.section.key)

    def empty(self, offline: bool, keys: KeyHint | None = None) -> str:
        """Nothing cached (offline) or nothing fetched yet."""
        return "Nothing cached for this section." if offline else "No headlines yet."

    def location(self, library: Library, source_titles: Mapping[str, str], count: int) -> Location:
        """The source and the section, and when it was synced."""
        source = source_titles.get(self.section.source, self.section.source)
        where = f"{clean_line(source)} › {clean_line(self.section.title)}"
        return Location(where, synced=library.last_synced(self.section.key))


@dataclass(frozen=True)
class SavedListing(HeadlineListing):
    """The saved articles, newest saved first; kept as saved, never refreshed."""

    section: Section = SAVED

    def rows(self, library: Library) -> list[ListedHeadline]:
        """The saved articles."""
        return library.saved()

    def empty(self, offline: bool, keys: KeyHint | None = None) -> str:
        """How to save one: with the save key as bound now."""
        key = keys("save") if keys is not None else ""
        if not key:
            return "Nothing saved yet: Save, in the command palette, keeps the article you read."
        return f"Nothing saved yet: {key} saves the article you are reading."

    def location(self, library: Library, source_titles: Mapping[str, str], count: int) -> Location:
        """``Saved`` and how many."""
        return Location("Saved", f"{count} kept offline")


@dataclass(frozen=True)
class SearchListing(Listing):
    """The results of a search of the cache (shown by the search results)."""

    query: str

    def empty(self, offline: bool, keys: KeyHint | None = None) -> str:
        """Search covers stored articles, not every headline listed: say so."""
        return "No match among the articles you have opened or synced (sync to search more)."

    def location(self, library: Library, source_titles: Mapping[str, str], count: int) -> Location:
        """The query and how many results."""
        return Location(f"Search › {self.query}", f"{count} result{'' if count == 1 else 's'}")


def listing_for(section: Section) -> HeadlineListing:
    """The listing of a tree entry: the saved articles for :data:`SAVED`, else the section."""
    return SavedListing() if section == SAVED else SectionListing(section)
