"""The quote panel beside the article (below it when narrow): opening and closing it, and
the quotation it highlights in the article."""

from __future__ import annotations

import asyncio

from textual import on

from herald_tui.model import Quote
from herald_tui.tui.screens.reader_base import ReaderBase
from herald_tui.tui.widgets import QuotePanel
from herald_tui.tui.widgets.quotes import QuoteList

__all__ = ["QuoteLayer"]


class QuoteLayer(ReaderBase):
    """The reader's quote panel."""

    def _quote_in_view(self) -> Quote | None:
        """The quotation to highlight: the panel's, while the panel has the focus; else
        the one this article was opened at from People."""
        focused = self.focused
        if self.quotes_open and isinstance(focused, QuoteList):
            return self.quote_panel.current
        said = self.said_quote
        return said[1] if said is not None and said[0] == self.article_url else None

    @on(QuotePanel.Highlighted)
    async def _quote_highlighted(self, event: QuotePanel.Highlighted) -> None:
        if self._quote_in_view() is event.quote:
            self.article_view.show_quote(event.quote)
            # The highlighted blocks and the scroll reach the screen from the blocks' own
            # message loops. Let those run before this screen goes idle, or it draws the
            # panel's row alone and the article one or two frames (17-33 ms) later.
            await asyncio.sleep(0)

    @on(QuotePanel.Chosen)
    def _quote_chosen(self, event: QuotePanel.Chosen) -> None:
        self.article_view.show_quote(event.quote)
        self.article_view.focus()

    def watch_quotes_open(self, quotes_open: bool) -> None:
        if not quotes_open and isinstance(self.focused, QuoteList):
            self.set_focus(self.article_view)  # before the panel is hidden
        self.set_class(quotes_open, "-quotes")
        if quotes_open:
            self.pane = "article"
            self.call_after_refresh(self.quote_panel.quote_list.focus)
        else:
            self.article_view.show_quote(None)

    async def action_toggle_quotes(self) -> None:
        """Show or hide the quotations of the article."""
        await self._mount_once(self.quote_panel, self.query_one("#side-panel"))
        self.quotes_open = not self.quotes_open
