"""The headline list of one section: read, new and saved marks, time, title, versions;
the section too where the list mixes sections (Saved); headlines that match a watch word
stand out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual.content import Content
from textual.message import Message

from herald_tui.results import ListedHeadline
from herald_tui.tui import display
from herald_tui.tui.keepup import WatchWords
from herald_tui.tui.timefmt import Clock, day_time, list_time
from herald_tui.tui.widgets._hanging import Hanging
from herald_tui.tui.widgets.rows import RowList

if TYPE_CHECKING:
    from textual.widgets.option_list import Option

__all__ = ["HeadlineList"]


class HeadlineList(RowList[ListedHeadline]):
    """Headlines, newest first; Enter opens one (:class:`HeadlineList.Opened`).

    Revisions of one story arrive folded by the Library; the row shows how many there were.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "headline-list--time",
        "headline-list--unread",
        "headline-list--saved",
        "headline-list--title-read",
        "headline-list--meta",
        "headline-list--new",
        "headline-list--alert",
    }
    """Styles of the parts of a row (styled in the app's TCSS)."""

    class Opened(Message):
        """The user chose a headline."""

        def __init__(self, headline_list: HeadlineList, listed: ListedHeadline) -> None:
            super().__init__()
            self.headline_list = headline_list
            self.listed = listed

        @property
        def control(self) -> HeadlineList:
            """The list the headline was chosen in."""
            return self.headline_list

    class Seen(Message):
        """The cursor has left a headline marked new: it has been seen."""

        def __init__(self, url: str) -> None:
            super().__init__()
            self.url = url

    def __init__(self, *, clock: Clock, id: str | None = None) -> None:
        super().__init__(id=id)
        self._clock = clock
        self._section_titles: Mapping[str, str] = {}
        self._new: frozenset[str] = frozenset()
        self._mixed = False
        self._time_width = (0, 0)  # the time column, wide and narrow
        self._times_now: dict[datetime | None, tuple[str, str]] = {}
        self._cursor_url: str | None = None
        self.watch_words = WatchWords(())
        """Headlines mentioning one of these stand out (set before rows are shown)."""

    def set_new(self, urls: frozenset[str]) -> None:
        """Mark these headlines new (the others not), redrawing the rows that change."""
        changed, self._new = self._new ^ urls, urls
        for row in self.rows:
            if row.headline.url in changed:
                self.replace_row(row)

    def watch_highlighted(self, highlighted: int | None) -> None:
        """A new headline the cursor leaves has been seen (:class:`Seen`)."""
        super().watch_highlighted(highlighted)
        if highlighted is None or highlighted >= len(self.rows):
            return
        url, left = self.rows[highlighted].headline.url, self._cursor_url
        self._cursor_url = url
        if left is not None and left != url and left in self._new:
            self.post_message(self.Seen(left))

    def show(
        self,
        rows: Sequence[ListedHeadline],
        section_titles: Mapping[str, str],
        empty: str = "No headlines.",
        *,
        mixed: bool = False,
        screenful: bool = False,
    ) -> bool:
        """Replace the list; the highlight stays on the same story if it is still listed.
        True if the highlighted row is another, or looks otherwise, than before.

        ``section_titles`` maps :attr:`Section.key` to its display title; ``empty`` is what
        an empty list says instead; ``mixed``: the rows come from several sections, so each
        says its own (in a section's list every row would repeat it); ``screenful``: see
        :meth:`RowList.show_rows`.
        """
        self._section_titles = section_titles
        self._mixed = mixed
        # One column as wide as the longest time listed, so that titles line up and a list
        # of today's headlines spends five cells on times, not fifteen.
        now = self._clock()
        # Worked out once per time for this list: look() and prompt() need them for every
        # row too (each worked them out again: 600 times for a list of 200).
        self._times_now = {r.headline.published: _times(r.headline.published, now) for r in rows}
        times = self._times_now.values()
        self._time_width = (
            max((len(wide) for wide, _ in times), default=0),
            max((len(narrow) for _, narrow in times), default=0),
        )
        try:
            return self.show_rows(rows, empty, screenful=screenful)
        finally:
            if not self._later:  # else kept for the rows built after the refresh
                self._times_now = {}  # a row redrawn later shows the time as of then

    def _show_later(
        self, later: list[ListedHeadline], shown: dict[str, tuple[object, Option]]
    ) -> None:
        """The rows left for after the refresh, with the times the list was measured with
        (a later clock could give a time wider than the column)."""
        try:
            super()._show_later(later, shown)
        finally:
            if not self._later:
                self._times_now = {}

    def update_row(self, row: ListedHeadline) -> None:
        """Redraw the row of the same URL with new reader state (read, saved)."""
        self.replace_row(row)

    def look(self, row: ListedHeadline) -> object:
        """The row, its marks, its times and the columns beside it: what :meth:`prompt`
        draws from."""
        headline = row.headline
        section = f"{headline.source}/{headline.section}" if self._mixed else ""
        return (
            row,
            headline.url in self._new,
            self._row_times(headline.published),
            self._time_width,
            self._section_titles.get(section, headline.section) if section else "",
            self.watch_words,
        )

    def _row_times(self, published: datetime | None) -> tuple[str, str]:
        """A row's times: those :meth:`show` is listing with, else as of now."""
        times = self._times_now.get(published)
        return times if times is not None else _times(published, self._clock())

    def url_of(self, row: ListedHeadline) -> str:
        """The headline's URL."""
        return row.headline.url

    def opened(self, row: ListedHeadline) -> Message:
        """:class:`Opened`."""
        return self.Opened(self, row)

    def prompt(self, row: ListedHeadline) -> Hanging:
        """Unread and saved marks, time, title, revisions, and the section in a mixed list."""
        headline = row.headline
        new = headline.url in self._new
        marks = Content.assemble(
            ("◆", ".headline-list--new")
            if new
            else (" " if row.read else "●", ".headline-list--unread"),
            ("★" if row.saved else " ", ".headline-list--saved"),
            " ",
        )
        prefixes = [
            Content.assemble(marks, (when.ljust(width), ".headline-list--time"), " ")
            if width
            else marks
            for when, width in zip(
                self._row_times(headline.published), self._time_width, strict=True
            )
        ]
        section = ""
        if self._mixed:
            # A saved article says its section by name (the page's), a listed one by id.
            key = f"{headline.source}/{headline.section}"
            section = self._section_titles.get(key, headline.section)
        meta = " · ".join(
            part
            for part in (section, f"{row.revisions} versions" if row.revisions > 1 else "")
            if part
        )
        body = display.line(headline.title, ".headline-list--title-read" if row.read else "")
        if self.watch_words.match(headline):
            body = display.line(headline.title, ".headline-list--alert")
        if meta:
            body = Content.assemble(body, "  ", display.line(meta, ".headline-list--meta"))
        # In a narrow pane "Yesterday 09:10" would leave the title a sliver: dates instead.
        return Hanging(prefixes[0], body, narrow=prefixes[1], min_body=_MIN_TITLE)


_MIN_TITLE = 40
"""Narrower than this beside the full times, a row shows the short ones (``Jul 09``)."""


def _times(when: datetime | None, now: datetime) -> tuple[str, str]:
    """The time of a row in full (``Yesterday 09:10``) and short (``Jul 09``)."""
    return day_time(when, now), list_time(when, now).strip()
