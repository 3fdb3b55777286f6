"""Search from the reader: the search bar, and the results standing in for the headline list
until Escape."""

from __future__ import annotations

import asyncio

from textual import on
from textual.widget import Widget
from textual.widgets import Input

from herald_tui.results import SearchHit
from herald_tui.tui.listing import SearchListing
from herald_tui.tui.screens.reader_base import ReaderBase
from herald_tui.tui.spans import search_terms
from herald_tui.tui.widgets import SearchBox, SearchResults

__all__ = ["SearchLayer"]


class SearchLayer(ReaderBase):
    """The reader's search."""

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        # Off the UI thread: a search may take a while on a large cache. A newer search
        # cancels this one (exclusive), so its late results are never shown; a failure
        # (a malformed or too broad query) is reported by on_worker_state_changed.
        self.run_worker(
            self._search(event.value.strip()),
            name="search",
            group="search",
            exclusive=True,
            exit_on_error=False,
        )

    async def _search(self, query: str) -> None:
        hits = await asyncio.to_thread(self.library.search, query)
        await self._mount_once(
            self.search_results, self.query_one("#panes"), after=self.headline_list
        )
        self.search = SearchListing(query)
        empty = self.search.empty(self.library.offline)
        self.search_results.show(
            query, hits, self._source_titles, empty, section_titles=self._section_titles
        )
        self.searching = True
        self.show_location()  # a search from the results: searching was True already
        self.pane = "headlines"
        self._close_search_box(self.search_results)

    @on(SearchBox.Cancelled)
    def _search_cancelled(self) -> None:
        self._close_search_box(self.pane_widget(self.pane))

    def _close_search_box(self, focus: Widget) -> None:
        # Focus first: hiding the focused box would hand the focus to a neighbour.
        self.set_focus(focus)
        self._search_bar.display = False

    @on(SearchResults.Opened)
    def _result_opened(self, event: SearchResults.Opened) -> None:
        self._open_hit(event.hit)

    def _open_hit(self, hit: SearchHit) -> None:
        terms = search_terms(self.search_results.query_text, [hit.snippet])
        self.open_article(hit.url, hit.title, terms=terms)

    def watch_searching(self, searching: bool) -> None:
        focused = self.focused
        if focused is not None and self.pane_of(focused) == "headlines":
            # Before the list is hidden, or the focus would go to a neighbour.
            self.set_focus(self.pane_widget("headlines"))
        self.set_class(searching, "-searching")
        self.show_location()

    async def action_search(self) -> None:
        """Search everything cached and saved."""
        await self._mount_once(self._search_bar, self, before=self.status_bar)
        self._search_bar.display = True
        self.search_box.select_all()
        self.call_after_refresh(self.search_box.focus)
