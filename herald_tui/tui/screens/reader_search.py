"""Search from the reader: the search bar, and the results standing in for the headline list
until Escape.

The search widgets' messages are handled by name (``on_search_results_opened``, Textual's
naming of :class:`SearchResults.Opened`), not with ``@on(...)``, which would import their
module with the reader: it is imported at the first search (docs/PERFORMANCE.md)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual.widget import Widget

from herald_tui.results import SearchHit
from herald_tui.tui.listing import SearchListing
from herald_tui.tui.screens.reader_base import Layer
from herald_tui.tui.spans import search_terms

if TYPE_CHECKING:
    from textual.widgets import Input

    from herald_tui.tui.widgets.search import SearchResults

__all__ = ["SearchLayer"]


class SearchLayer(Layer):
    """The reader's search."""

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the search box searches (in the other boxes, their widget answers)."""
        if event.input is not self._search_box:
            return
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

    def on_search_box_cancelled(self) -> None:
        """Escape in the search box closes it."""
        self._close_search_box(self.pane_widget(self.pane))

    def _close_search_box(self, focus: Widget) -> None:
        # Focus first: hiding the focused box would hand the focus to a neighbour.
        self.set_focus(focus)
        self.search_bar.display = False

    def on_search_results_opened(self, event: SearchResults.Opened) -> None:
        """Enter on a result opens its article."""
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
        await self._mount_once(self.search_bar, self, before=self.status_bar)
        self.search_bar.display = True
        self.search_box.select_all()
        self.call_after_refresh(self.search_box.focus)
