"""Catching up: the next unread headline (across sections once the listed one is done), the
listed section or everything marked read at once, and one undo of the last such mark.

Marks are written in one transaction (:meth:`~herald_tui.library.Library.set_read_many`),
which says which marks changed: the undo gives back exactly those, so a headline read before
stays read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from textual.binding import Binding

from herald_tui.config import Settings
from herald_tui.errors import HeraldError
from herald_tui.library import Library
from herald_tui.model import Section
from herald_tui.results import ListedHeadline
from herald_tui.text import clean_line
from herald_tui.tui.keys import keymap
from herald_tui.tui.screens.reader_keepup import KeepUpLayer

__all__ = ["CatchUpLayer", "MarkedRead", "next_unread"]


@dataclasses.dataclass(frozen=True, slots=True)
class MarkedRead:
    """The last mark-read, for its undo: the URLs it changed and what it was."""

    urls: list[str]
    what: str
    """``in National``; empty for everything."""


def next_unread(rows: Sequence[ListedHeadline], start: int, skip: str | None) -> int | None:
    """The first unread row from ``start`` down (``skip``: the URL being read, never the
    answer); None when there is none."""
    for index in range(max(start, 0), len(rows)):
        row = rows[index]
        if not row.read and row.headline.url != skip:
            return index
    return None


class CatchUpLayer(KeepUpLayer):
    """The reader's catch-up keys: N next unread, A section read, C all read, U undo."""

    def __init__(self, library: Library, settings: Settings, **screen: Any) -> None:
        """``screen``: the keyword arguments of the reader."""
        super().__init__(library, settings, **screen)
        self.last_marked: MarkedRead | None = None
        """The last mark-read that changed something, until U undoes it."""

    def open_section(self, section: Section, *, fetch: bool = True) -> None:
        """List the section (the reader's)."""
        raise NotImplementedError

    # -- next unread -------------------------------------------------------------------

    def action_next_unread(self) -> None:
        """Open the next unread headline: down the list, then in the next sections."""
        try:
            found = self._find_unread()
        except HeraldError as error:  # a cache that cannot be read
            self.report_error(error)
            return
        if found is None:
            self.notify("Nothing unread anywhere: all caught up.", timeout=3)
            return
        section, row = found
        if section is not None:
            self.open_section(section)
            self.pane = "headlines"
        self.searching = False
        listing = self.headline_list
        index = listing.index_of(row.headline.url)
        if index is not None:
            listing.highlighted = index
        self.open_article(row.headline.url, row.headline.title, row.headline.summary)

    def _find_unread(self) -> tuple[Section | None, ListedHeadline] | None:
        """From the highlighted row down; then the sections after the listed one in tree
        order, round to those before it; last, the listed section above the highlight."""
        rows = self.headline_list.rows
        start = self.headline_list.highlighted or 0
        index = next_unread(rows, start, self.article_url)
        if index is not None:
            return None, rows[index]
        sections = self.section_tree.sections
        here = self.listing.section if self.listing is not None else None
        after = sections.index(here) + 1 if here in sections else 0
        for section in sections[after:] + sections[:after]:
            if section == here or not self.library.unread_count(section.key):
                continue
            others = self.library.cached_headlines(section.key)
            index = next_unread(others, 0, self.article_url)
            if index is not None:
                return section, others[index]
        index = next_unread(rows[:start], 0, self.article_url)
        return (None, rows[index]) if index is not None else None

    # -- mark read, undo ---------------------------------------------------------------

    def action_mark_section_read(self) -> None:
        """Mark every headline of the listed section read (U undoes it)."""
        listing = self.listing
        if listing is None or listing.section is None:
            return
        section = listing.section
        try:
            if listing.refreshable:
                urls = self.library.listed_urls(section.key)
            else:  # Saved: its rows are all there is
                urls = [row.headline.url for row in self.headline_list.rows]
        except HeraldError as error:
            self.report_error(error)
            return
        self._mark_read(urls, f"in {clean_line(section.title)}")

    def action_mark_all_read(self) -> None:
        """Mark every headline of every section read (U undoes it)."""
        urls: list[str] = []
        try:
            for section in self.section_tree.sections:
                urls += self.library.listed_urls(section.key)
        except HeraldError as error:
            self.report_error(error)
            return
        self._mark_read(urls, "")

    def action_undo_mark(self) -> None:
        """Undo the last A or C: exactly the headlines it marked are unread again."""
        last = self.last_marked
        if last is None:
            self.notify("Nothing to undo.", timeout=2)
            return
        if self._set_read(last.urls, read=False) is None:
            return
        self.last_marked = None
        where = f" {last.what}" if last.what else ""
        self.notify(f"Undone: {len(last.urls)} unread again{where}.", timeout=3, markup=False)

    def _mark_read(self, urls: list[str], what: str) -> None:
        changed = self._set_read(urls, read=True)
        if changed is None:
            return
        where = f" {what}" if what else ""
        if not changed:
            self.notify(f"Nothing unread{where}.", timeout=2, markup=False)
            return
        self.last_marked = MarkedRead(changed, what)
        key = keymap(self.settings.keys).get("undo_mark_read", "U").split(",")[0]
        undo = self.app.get_key_display(Binding(key, "undo_mark"))
        # a section title and a rebound key ("[") are no markup
        self.notify(f"Marked {len(changed)} read{where} · {undo} undoes", timeout=4, markup=False)

    def _set_read(self, urls: list[str], *, read: bool) -> list[str] | None:
        """Mark ``urls`` in the Library, then the rows and the counts; the URLs changed, or
        None (and said why) if the Library could not."""
        try:
            changed = self.library.set_read_many(urls, read)
        except HeraldError as error:  # a full disk, a read-only data directory
            self.report_error(error)
            return None
        self.actions.remember_read(changed, read)
        if read:
            self.headlines_seen(changed)
        touched = set(changed)
        for row in list(self.headline_list.rows):
            if row.headline.url in touched:
                self.headline_list.update_row(dataclasses.replace(row, read=read))
        self.update_counts(everywhere=True)
        return changed
