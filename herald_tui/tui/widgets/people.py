"""People: the speakers of every cached article ranked by their quotations, and one
speaker's quotations with where they were said.

Names, roles, quotations and headlines come from articles, so they are untrusted text: every
string goes through :mod:`herald_tui.tui.display`, never markup. The view renders what the
reader gives it and reports what the user did (open a person or a quotation, change the
period, type a filter, go back to the people).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from herald_tui.results import Person, SaidQuote
from herald_tui.tui import display
from herald_tui.tui.keys import key_hint
from herald_tui.tui.timefmt import Clock, list_time
from herald_tui.tui.widgets._hanging import Hanging
from herald_tui.tui.widgets.quotes import speaker_label
from herald_tui.tui.widgets.rows import RowList

__all__ = ["PeopleFilter", "PeopleList", "PeopleView", "SaidList"]

# The styles of People are here, not in the app's TCSS: parsed when People is first opened,
# not at start. One line per part of a row, cut with an ellipsis: the list is for choosing,
# the article has the whole quotation.
_LIST_CSS = """
%s {
    height: 1fr;
    border: none;
    padding: 0;
    background: $background;
    text-wrap: nowrap;
    text-overflow: ellipsis;
    &:focus { border: none; background-tint: transparent; }
    & > .option-list--option { padding: 0 1 0 0; }
    %s
}
"""


class PeopleList(RowList[Person]):
    """Speakers, most quoted first: count, name and latest role, then the latest quotation
    (each line cut to the width). Enter opens one (:class:`PeopleList.Opened`); ``/``
    filters them by name."""

    BINDING_GROUP_TITLE = "People"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "filter", "Filter", id="filter_people"),
    ]
    """/ types a name to filter the people by (the search of the cache is / elsewhere)."""

    DEFAULT_CSS = _LIST_CSS % (
        "PeopleList",
        """& > .people-list--count { color: $accent; text-style: bold; }
    & > .people-list--name { text-style: bold; }
    & > .people-list--anonymous { text-style: italic; }
    & > .people-list--role { color: $text-muted; text-style: italic; }
    & > .people-list--quote { color: $text-muted; }""",
    )

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "people-list--count",
        "people-list--name",
        "people-list--anonymous",
        "people-list--role",
        "people-list--quote",
    }
    """Quotation count; a name; an unnamed speaker; the role; the latest quotation."""

    class Opened(Message):
        """The user chose a person."""

        def __init__(self, people: PeopleList, person: Person) -> None:
            super().__init__()
            self.people = people
            self.person = person

        @property
        def control(self) -> PeopleList:
            """The list the person was chosen in."""
            return self.people

    class FilterWanted(Message):
        """The user asked to filter the people by name."""

    def action_filter(self) -> None:
        """Filter the people by a name (Hangul too)."""
        self.post_message(self.FilterWanted())

    def url_of(self, row: Person) -> str:
        """The speaker's key (a person has no URL; the key is as stable)."""
        return row.key

    def opened(self, row: Person) -> Message:
        """:class:`Opened`."""
        return self.Opened(self, row)

    def prompt(self, row: Person) -> Hanging:
        """Count, name and role; below, the latest quotation."""
        count = str(row.quotes)
        prefix = Content.assemble(" " * (4 - len(count)), (count, ".people-list--count"), " ")
        style = ".people-list--anonymous" if row.kind == "anonymous" else ".people-list--name"
        parts = [display.line(speaker_label(row.name), style)]
        if row.latest_role and row.latest_role != row.name:
            role = speaker_label(row.latest_role)
            parts += [Content("  "), display.line(role, ".people-list--role")]
        quote = display.line(f"“{row.latest_quote}”", ".people-list--quote")
        return Hanging(prefix, Content.assemble(*parts, "\n", quote))


class SaidList(RowList[SaidQuote]):
    """One speaker's quotations, newest first: time, the quotation, then the headline,
    source and the role that article gave. Enter opens the article at the quotation
    (:class:`SaidList.Opened`); Escape goes back to the people."""

    BINDING_GROUP_TITLE = "People"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "back", "People", id="people_back"),
    ]
    """Escape or Backspace goes back to the list of people."""

    DEFAULT_CSS = _LIST_CSS % (
        "SaidList",
        """& > .said-list--meta { color: $text-muted; text-style: italic; }
    & > .said-list--time { color: $text-muted; }""",
    )

    COMPONENT_CLASSES: ClassVar[set[str]] = {"said-list--time", "said-list--meta"}
    """The time; the headline, source and role under the quotation."""

    class Opened(Message):
        """The user chose a quotation."""

        def __init__(self, said_list: SaidList, said: SaidQuote) -> None:
            super().__init__()
            self.said_list = said_list
            self.said = said

        @property
        def control(self) -> SaidList:
            """The list the quotation was chosen in."""
            return self.said_list

    class Back(Message):
        """The user asked for the list of people again."""

    def __init__(self, *, clock: Clock, id: str | None = None) -> None:
        super().__init__(id=id)
        self._clock = clock
        self.source_titles: Mapping[str, str] = {}
        """Plugin name -> the source's title, for the rows."""

    def action_back(self) -> None:
        """Back to the list of people."""
        self.post_message(self.Back())

    def url_of(self, row: SaidQuote) -> str:
        """The quotation's place: its article and where in it (an article may quote a
        speaker several times)."""
        return f"{row.url}#{row.paragraph}:{row.start}"

    def opened(self, row: SaidQuote) -> Message:
        """:class:`Opened`."""
        return self.Opened(self, row)

    def prompt(self, row: SaidQuote) -> Hanging:
        """Time, the quotation; below, headline, source and role."""
        prefix = Content.assemble(
            "  ", (list_time(row.published, self._clock()), ".said-list--time"), " "
        )
        source = self.source_titles.get(row.source, row.source)
        meta = " · ".join(part for part in (source, speaker_label(row.role or "")) if part)
        quote = display.line(f"“{row.text}”")
        under = Content.assemble(
            display.line(row.headline), "  ", display.line(meta, ".said-list--meta")
        )
        return Hanging(prefix, Content.assemble(quote, "\n", under))


class PeopleFilter(Input):
    """Where a name to filter the people by is typed; the list follows each key. Enter
    goes back to the list with the filter kept, Escape clears it."""

    BINDING_GROUP_TITLE = "People filter"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Clear filter", id="clear_people_filter"),
    ]
    """Escape clears the filter and goes back to the list."""

    class Cancelled(Message):
        """The user cleared the filter."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            placeholder="a name; Enter keeps",  # and the clear key, once mounted
            compact=True,
            id=id,
        )

    def on_mount(self) -> None:
        """Name the key that clears the filter as bound now (Settings.keys may move it)."""
        clear = key_hint(self, "clear_people_filter", first=True)
        # Short: the list's column is 40 cells at 120x40, fewer at 80x24.
        self.placeholder = "a name; Enter keeps" + (f", {clear} clears" if clear else "")

    def action_cancel(self) -> None:
        """Clear the filter."""
        self.value = ""
        self.post_message(self.Cancelled())


class PeopleView(Vertical):
    """A header line, the filter (once used), and either the people or one person's
    quotations. ``t`` asks for the next period (:class:`PeopleView.PeriodWanted`)."""

    BINDING_GROUP_TITLE = "People"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "next_period", "Period", id="people_period"),
    ]
    """t cycles the period the people are ranked over: all time, today, 7 days, 30 days."""

    DEFAULT_CSS = """
    PeopleView {
        background: $background;
        .people-header {
            height: 1;
            text-wrap: nowrap;
            text-overflow: ellipsis;
            padding: 0 1;
            background: $panel;
            text-style: bold;
        }
        #people-filter { background: $boost; }
    }
    """

    class PeriodWanted(Message):
        """The user asked for the next period."""

    def __init__(self, *, clock: Clock, id: str | None = None) -> None:
        super().__init__(id=id)
        self.header = Static(Content(""), classes="people-header")
        self.filter = PeopleFilter(id="people-filter")
        """Where the name filter is typed (shown once ``/`` is pressed)."""
        self.people_list = PeopleList(id="people-list")
        """The people, most quoted first."""
        self.said_list = SaidList(clock=clock, id="said-list")
        """One person's quotations."""

    def compose(self) -> ComposeResult:
        yield self.header
        yield self.filter
        yield self.people_list
        yield self.said_list

    def on_mount(self) -> None:
        self.filter.display = False
        self.said_list.display = False

    @property
    def showing_person(self) -> bool:
        """A person's quotations are listed (not the people)."""
        return bool(self.said_list.display)

    @property
    def current_list(self) -> PeopleList | SaidList:
        """The list shown: the people, or the person's quotations."""
        return self.said_list if self.showing_person else self.people_list

    def show_people(self, people: Sequence[Person], header: str, empty: str, key: str) -> None:
        """List ``people`` (``empty`` says why there are none), with the highlight on the
        speaker ``key`` if listed (else where it was)."""
        self.header.update(display.line(header))
        self.people_list.show_rows(people, empty)
        index = self.people_list.index_of(key) if key else None
        if index is not None:
            self.people_list.highlighted = index
        self._swap(person=False)

    def show_quotes(
        self,
        quotes: Sequence[SaidQuote],
        header: str,
        empty: str,
        source_titles: Mapping[str, str],
    ) -> None:
        """List one person's ``quotes``, newest first, from the top."""
        self.header.update(display.line(header))
        self.said_list.source_titles = source_titles
        self.said_list.highlighted = None
        self.said_list.show_rows(quotes, empty)
        self._swap(person=True)

    def _swap(self, *, person: bool) -> None:
        shown: RowList[SaidQuote] | RowList[Person] = self.said_list
        hidden: RowList[SaidQuote] | RowList[Person] = self.people_list
        if not person:
            shown, hidden = hidden, shown
        # The focus moves before the list holding it is hidden (or it would go elsewhere).
        moving = hidden.has_focus or (person and self.filter.has_focus)
        shown.display = True
        if moving:
            self.screen.set_focus(shown)
        hidden.display = False
        # Shown while it holds a filter, or while it is being typed in (emptied or not).
        self.filter.display = not person and (bool(self.filter.value) or self.filter.has_focus)

    def open_filter(self) -> None:
        """Show the filter box and type in it."""
        self.filter.display = True
        self.filter.focus()

    def close_filter(self) -> None:
        """Back to the list; the box stays while it holds a filter."""
        self.people_list.focus()
        self.filter.display = bool(self.filter.value)

    def action_next_period(self) -> None:
        """Rank over the next period: all time, today, 7 days, 30 days."""
        self.post_message(self.PeriodWanted())

    def on_people_list_filter_wanted(self) -> None:
        self.open_filter()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.close_filter()

    def on_people_filter_cancelled(self, event: PeopleFilter.Cancelled) -> None:
        event.stop()
        self.close_filter()
