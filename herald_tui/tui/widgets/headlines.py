"""The headline list of one section: time, read and saved marks, title, section, versions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from herald_tui.library import ListedHeadline
from herald_tui.tui import display
from herald_tui.tui.keys import navigation
from herald_tui.tui.timefmt import Clock, list_time
from herald_tui.tui.widgets._fresh import FreshHeights
from herald_tui.tui.widgets._hanging import Hanging

__all__ = ["HeadlineList"]


class HeadlineList(FreshHeights):
    """Headlines, newest first; Enter opens one (:class:`HeadlineList.Opened`).

    Revisions of one story arrive folded by the Library; the row shows how many there were.
    """

    BINDING_GROUP_TITLE = "Lists and article"
    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation("cursor_down", "cursor_up", "first", "last", "page_down", "page_up"),
        Binding("enter", "select", "Open", id="open"),
    ]
    """Arrows, j/k, g/G, Home/End, PageUp/PageDown, space; Enter opens."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "headline-list--time",
        "headline-list--unread",
        "headline-list--saved",
        "headline-list--title-read",
        "headline-list--meta",
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

    def __init__(self, *, clock: Clock, id: str | None = None) -> None:
        super().__init__(id=id)
        self._clock = clock
        self._rows: list[ListedHeadline] = []
        self._section_titles: Mapping[str, str] = {}

    @property
    def rows(self) -> Sequence[ListedHeadline]:
        """The headlines shown, in order."""
        return self._rows

    @property
    def current(self) -> ListedHeadline | None:
        """The highlighted headline."""
        index = self.highlighted
        return None if index is None or index >= len(self._rows) else self._rows[index]

    def show(
        self,
        rows: Sequence[ListedHeadline],
        section_titles: Mapping[str, str],
        empty: str = "No headlines.",
    ) -> None:
        """Replace the list; the highlight stays on the same story if it is still listed.

        ``section_titles`` maps :attr:`Section.key` to its display title; ``empty`` is what
        an empty list says instead.
        """
        keep = self.current.headline.url if self.current else None
        self._rows = list(rows)
        self._section_titles = section_titles
        self.set_options(Option(self._prompt(row)) for row in self._rows)
        if not self._rows:
            self.add_option(Option(Content.styled(empty, "italic"), disabled=True))
        index = self.index_of(keep) if keep else None
        self.highlighted = index if index is not None else (0 if self._rows else None)

    def index_of(self, url: str) -> int | None:
        """Position of the headline with ``url``, or None."""
        return next((n for n, row in enumerate(self._rows) if row.headline.url == url), None)

    def update_row(self, row: ListedHeadline) -> None:
        """Redraw the row of the same URL with new reader state (read, saved)."""
        index = self.index_of(row.headline.url)
        if index is not None:
            self._rows[index] = row
            self.replace_option_prompt_at_index(index, self._prompt(row))

    def _prompt(self, row: ListedHeadline) -> Hanging:
        headline = row.headline
        prefix = Content.assemble(
            (" " if row.read else "●", ".headline-list--unread"),
            ("★" if row.saved else " ", ".headline-list--saved"),
            " ",
            (list_time(headline.published, self._clock()), ".headline-list--time"),
            " ",
        )
        section = self._section_titles.get(f"{headline.source}/{headline.section}", "")
        meta = " · ".join(
            part
            for part in (section, f"{row.revisions} versions" if row.revisions > 1 else "")
            if part
        )
        body = display.line(headline.title, ".headline-list--title-read" if row.read else "")
        if meta:
            body = Content.assemble(body, "  ", display.line(meta, ".headline-list--meta"))
        return Hanging(prefix, body)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Turn OptionList's selection into :class:`Opened`."""
        event.stop()
        if 0 <= event.option_index < len(self._rows):
            self.post_message(self.Opened(self, self._rows[event.option_index]))
