"""Search: the one-line query box, and the results that stand in for the headline list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import Input

from herald_tui.results import SearchHit
from herald_tui.tui import display
from herald_tui.tui.keys import key_hint
from herald_tui.tui.timefmt import Clock, list_time
from herald_tui.tui.widgets._hanging import Hanging
from herald_tui.tui.widgets.rows import RowList

__all__ = ["SearchBox", "SearchResults"]


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

    def on_mount(self) -> None:
        """Name the key that closes the box as bound now (Settings.keys may move it)."""
        close = key_hint(self, "cancel_search", first=True)
        self.placeholder = 'words, "a phrase", a OR b, -excluded; Enter searches' + (
            f", {close} closes" if close else ""
        )

    def action_cancel(self) -> None:
        """Close without searching."""
        self.post_message(self.Cancelled())


class SearchResults(RowList[SearchHit]):
    """Hits of a search, best first: time, title, and the snippet with the matched words
    marked. Enter opens one (:class:`SearchResults.Opened`)."""

    # Here, not in the app's TCSS: parsed when the first search is shown, not at start.
    DEFAULT_CSS = """
    SearchResults {
        & > .search-results--time { color: $text-muted; }
        & > .search-results--meta { color: $text-muted; text-style: italic; }
        & > .search-results--snippet { color: $text-muted; }
        & > .search-results--match { color: $text; text-style: bold underline; }
        /* NO_COLOR: the background turns grey; the underline keeps a match visible. */
        &:nocolor > .search-results--match { text-style: bold underline; }
    }
    """

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
        self._source_titles: Mapping[str, str] = {}
        self._section_titles: Mapping[str, str] = {}
        self.query_text = ""
        """The search the results are for."""

    @property
    def hits(self) -> Sequence[SearchHit]:
        """The results shown, best first."""
        return self.rows

    def show(
        self,
        query: str,
        hits: Sequence[SearchHit],
        source_titles: Mapping[str, str],
        empty: str = "No match.",
        section_titles: Mapping[str, str] | None = None,
    ) -> None:
        """Replace the results with ``hits`` for ``query``; highlight the first. ``empty`` is
        what no result says instead; ``section_titles`` maps :attr:`Section.key` to its
        title."""
        self.query_text = query
        self._source_titles = source_titles
        self._section_titles = section_titles or {}
        self.highlighted = None  # a new search starts at the top
        self.show_rows(hits, empty)

    def url_of(self, row: SearchHit) -> str:
        """The hit's URL."""
        return row.url

    def opened(self, row: SearchHit) -> Message:
        """:class:`Opened`."""
        return self.Opened(self, row)

    def prompt(self, row: SearchHit) -> Hanging:
        """Time, title, source and section, then the snippet with its matches marked."""
        hit = row
        prefix = Content.assemble(
            "  ", (list_time(hit.published, self._clock()), ".search-results--time"), " "
        )
        source = self._source_titles.get(hit.source, hit.source)
        # A stored article gives its section by name (the page's), a listed headline by id.
        section = self._section_titles.get(f"{hit.source}/{hit.section}", hit.section)
        meta = " · ".join(p for p in (source, section) if p)
        body = [display.line(hit.title), Content("  "), display.line(meta, ".search-results--meta")]
        if hit.snippet:
            snippet = display.marked(hit.snippet, ".search-results--match")
            body += [Content("\n"), snippet.stylize_before(".search-results--snippet")]
        return Hanging(prefix, Content.assemble(*body))
