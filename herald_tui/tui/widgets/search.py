"""Search: the one-line query box, and the results that stand in for the headline list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from herald_tui.library import SearchHit
from herald_tui.tui import display
from herald_tui.tui.keys import navigation
from herald_tui.tui.timefmt import Clock, list_time
from herald_tui.tui.widgets._hanging import Hanging

__all__ = ["SearchBox", "SearchResults"]

EMPTY = "No match among the articles you have opened or synced (sync to search more)."
"""Search covers stored articles, not every headline listed: say so when nothing matches."""


class SearchBox(Input):
    """Where a search is typed; Enter searches, Escape closes it
    (:class:`SearchBox.Cancelled`)."""

    BINDING_GROUP_TITLE = "Search box"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="cancel_search"),
    ]
    """Escape closes the box without searching."""

    class Cancelled(Message):
        """The user closed the box without searching."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            placeholder='words, "a phrase", a OR b, -excluded; Enter searches, Escape closes',
            compact=True,
            id=id,
        )

    def action_cancel(self) -> None:
        """Close without searching."""
        self.post_message(self.Cancelled())


class SearchResults(OptionList):
    """Hits of a search, best first: time, title, and the snippet with the matched words
    marked. Enter opens one (:class:`SearchResults.Opened`)."""

    BINDING_GROUP_TITLE = "Lists and article"
    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation("cursor_down", "cursor_up", "first", "last", "page_down", "page_up"),
        Binding("enter", "select", "Open", id="open"),
    ]
    """The headline list's keys."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "search-results--time",
        "search-results--meta",
        "search-results--snippet",
        "search-results--match",
    }
    """Time; source and section; the snippet; the words in it that matched."""

    class Opened(Message):
        """The user chose a result."""

        def __init__(self, results: SearchResults, hit: SearchHit) -> None:
            super().__init__()
            self.results = results
            self.hit = hit

        @property
        def control(self) -> SearchResults:
            """The result list the hit was chosen in."""
            return self.results

    def __init__(self, *, clock: Clock, id: str | None = None) -> None:
        super().__init__(id=id)
        self._clock = clock
        self.query_text = ""
        """The search the results are for."""
        self.hits: list[SearchHit] = []
        """The results shown, best first."""

    def show(self, query: str, hits: Sequence[SearchHit], source_titles: Mapping[str, str]) -> None:
        """Replace the results with ``hits`` for ``query``; highlight the first."""
        self.query_text = query
        self.hits = list(hits)
        self.set_options(Option(self._prompt(hit, source_titles)) for hit in self.hits)
        if not self.hits:
            self.add_option(Option(Content.styled(EMPTY, "italic")))
            self.disable_option_at_index(0)
        self.highlighted = 0 if self.hits else None

    @property
    def current(self) -> SearchHit | None:
        """The highlighted hit."""
        index = self.highlighted
        return self.hits[index] if index is not None and index < len(self.hits) else None

    def index_of(self, url: str) -> int | None:
        """Position of the hit with ``url``, or None."""
        return next((n for n, hit in enumerate(self.hits) if hit.url == url), None)

    def _prompt(self, hit: SearchHit, source_titles: Mapping[str, str]) -> Hanging:
        prefix = Content.assemble(
            "  ", (list_time(hit.published, self._clock()), ".search-results--time"), " "
        )
        meta = " · ".join(p for p in (source_titles.get(hit.source, hit.source), hit.section) if p)
        body = [display.line(hit.title), Content("  "), display.line(meta, ".search-results--meta")]
        if hit.snippet:
            snippet = display.marked(hit.snippet, ".search-results--match")
            body += [Content("\n"), snippet.stylize_before(".search-results--snippet")]
        return Hanging(prefix, Content.assemble(*body))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Turn OptionList's selection into :class:`Opened`."""
        event.stop()
        if 0 <= event.option_index < len(self.hits):
            self.post_message(self.Opened(self, self.hits[event.option_index]))
