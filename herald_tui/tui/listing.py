"""What the middle pane lists: a section, the saved articles, search results, or People.

Each is a :class:`Listing`: it knows its rows, what it says when empty, where the status bar
says the reader is, and whether it can be refreshed. The reader shows whichever listing is
current and never asks which kind it is; a new kind of list (people, a reading queue) is one
more class here.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar

from herald_tui.library import Library
from herald_tui.model import Section
from herald_tui.results import ListedHeadline, Person, SaidQuote
from herald_tui.text import clean_line
from herald_tui.times import KST

__all__ = [
    "NOT_STORED",
    "PEOPLE",
    "PERIODS",
    "SAVED",
    "KeyHint",
    "Listing",
    "Location",
    "PeopleListing",
    "SavedListing",
    "SearchListing",
    "SectionListing",
    "listing_for",
]

SAVED = Section(source="", id="saved", title="Saved")

NOT_STORED = (
    "Not stored: this headline was listed, but its article was never opened or synced;"
    " go online to read it."
)
"""Offline, for a headline whose article is not stored (a search hit on a listed headline)."""
"""The reader's saved articles, listed in the tree after the sources like a section (its
key, ``/saved``, is no source's)."""

PEOPLE = Section(source="", id="people", title="People")
"""Who said what across the cache, listed in the tree after Saved (its key, ``/people``)."""

PERIODS = ("all", "today", "7 days", "30 days")
"""The periods People ranks speakers over, in the order ``t`` cycles them (all time first:
the cache holds what was read or synced, which may be older than any shorter period)."""

_PERIOD_WORDS = {"all": "all time", "today": "today", "7 days": "last 7 days"}


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
    mixed: ClassVar[bool] = True
    """True if the rows come from several sections, so each row says its own."""

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
    mixed: ClassVar[bool] = False

    def rows(self, library: Library) -> list[ListedHeadline]:
        """The section's cached headlines."""
        return library.cached_headlines(self.section.key)

    def empty(self, offline: bool, keys: KeyHint | None = None) -> str:
        """Nothing cached (offline: and how to fill the cache) or nothing fetched yet."""
        if offline:
            return "Nothing cached for this section: 'herald-tui sync', online, fetches it."
        return "No headlines yet."

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
        """What search covers, in the reader's words."""
        return "No match among the headlines listed and the articles stored so far."

    def location(self, library: Library, source_titles: Mapping[str, str], count: int) -> Location:
        """The query and how many results."""
        return Location(f"Search › {self.query}", f"{count} result{'' if count == 1 else 's'}")


@dataclass(frozen=True)
class PeopleListing(Listing):
    """People: speakers ranked by their quotations in a period, their names filtered by
    ``match``; or, with ``person_key``, one speaker's quotations, newest first."""

    section: Section = PEOPLE
    period: str = "all"
    """One of :data:`PERIODS`."""
    match: str = ""
    """Only speakers whose name contains this (the filter typed after ``/``)."""
    person_key: str | None = None
    """Whose quotations are listed (None: the people)."""
    person_name: str = ""
    person_role: str | None = None

    @property
    def period_words(self) -> str:
        """``all time``, ``today``, ``last 7 days``."""
        return _PERIOD_WORDS.get(self.period, f"last {self.period}")

    def next_period(self) -> str:
        """The period after this one (``t``)."""
        return PERIODS[(PERIODS.index(self.period) + 1) % len(PERIODS)]

    def since(self, now: datetime) -> datetime | None:
        """Where the period starts: today is since midnight KST, as the lists show times."""
        if self.period == "all":
            return None
        if self.period == "today":
            return now.astimezone(KST).replace(hour=0, minute=0, second=0, microsecond=0)
        return now - timedelta(days=int(self.period.split()[0]))

    def people(self, library: Library, now: datetime) -> list[Person]:
        """The speakers of the period whose name matches (quick: the cache only)."""
        return library.people(self.since(now), self.match)

    def quotes(self, library: Library, now: datetime) -> list[SaidQuote]:
        """The person's quotations of the period, newest first."""
        return library.quotes_of(self.person_key or "", self.since(now))

    def empty(self, offline: bool, keys: KeyHint | None = None) -> str:
        """Why nothing is listed, and what to do about it."""
        period = keys("people_period") if keys is not None else ""
        when = {"all": "in the cache", "today": "today"}.get(
            self.period, f"in the {self.period_words}"
        )
        longer = f" {period} shows a longer period." if period and self.period != "all" else ""
        if self.person_key is not None:
            return f"No quotation of {clean_line(self.person_name)} {when}.{longer}"
        if self.match:
            return f"Nobody named “{clean_line(self.match)}” quoted {when}.{longer}"
        if self.period != "all":
            return f"Nobody quoted {when}.{longer}"
        return (
            "Nobody quoted yet: the speakers of the articles you open or sync "
            "(herald-tui sync) are listed here."
        )

    def location(self, library: Library, source_titles: Mapping[str, str], count: int) -> Location:
        """``People › all time`` and how many people, or ``People › <name>`` and how many
        quotations."""
        if self.person_key is not None:
            quotes = f"{count} quotation{'' if count == 1 else 's'} · {self.period_words}"
            return Location(f"People › {clean_line(self.person_name)}", quotes)
        note = f"{count} {'person' if count == 1 else 'people'}"
        if self.match:
            note += f" · name has “{clean_line(self.match)}”"
        return Location(f"People › {self.period_words}", note)


def listing_for(section: Section) -> HeadlineListing:
    """The listing of a tree entry: the saved articles for :data:`SAVED`, else the section."""
    return SavedListing() if section == SAVED else SectionListing(section)
