"""The quote panel beside the article (below it when narrow): opening and closing it, and
the quotation it highlights in the article.

The panel's messages are handled by name (``on_quote_panel_chosen``, Textual's naming of
:class:`QuotePanel.Chosen`), not with ``@on(...)``, which would import the panel's module
with the reader: it is imported when the panel is first wanted (docs/PERFORMANCE.md)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual.widget import Widget

from herald_tui.model import Quote
from herald_tui.tui.screens.reader_base import Layer

if TYPE_CHECKING:
    from herald_tui.tui.widgets.quotes import QuotePanel

__all__ = ["QuoteLayer"]


class QuoteLayer(Layer):
    """The reader's quote panel."""

    def _quote_in_view(self) -> Quote | None:
        """The quotation to highlight: the panel's, while the panel has the focus; else
        the one this article was opened at from People."""
        if self.quotes_open and self.in_quote_list(self.focused):
            return self.quote_panel.current
        said = self.said_quote
        return said[1] if said is not None and said[0] == self.article_url else None

    def in_quote_list(self, widget: Widget | None) -> bool:
        """True if ``widget`` is the quote panel's list (False while there is no panel)."""
        panel = self._quote_panel
        return panel is not None and widget is panel.quote_list

    async def on_quote_panel_highlighted(self, event: QuotePanel.Highlighted) -> None:
        """Highlight the quotation moved to in the article (while the list has the focus)."""
        if self._quote_in_view() is event.quote:
            self.article_view.show_quote(event.quote)
            # The highlighted blocks and the scroll reach the screen from the blocks' own
            # message loops. Let those run before this screen goes idle, or it draws the
            # panel's row alone and the article one or two frames (17-33 ms) later.
            await asyncio.sleep(0)

    def on_quote_panel_chosen(self, event: QuotePanel.Chosen) -> None:
        """Enter on a quotation: to the article, at the quotation."""
        self.article_view.show_quote(event.quote)
        self.article_view.focus()

    def watch_quotes_open(self, quotes_open: bool) -> None:
        if not quotes_open and self.in_quote_list(self.focused):
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
