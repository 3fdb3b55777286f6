"""A vertical scroll whose keys jump at once, as in less, w3m and newsboat.

Textual animates a scroll by key: Home and End glide for 0.8 s, Page Up and Page Down for
0.3 s, long enough to lose one's place and to make a second key press wait.
"""

from __future__ import annotations

from textual.actions import SkipAction
from textual.containers import VerticalScroll

from herald_tui.tui.keys import navigation

__all__ = ["InstantScroll"]


class InstantScroll(VerticalScroll):
    """Arrows, j/k, g/G, Home/End, PageUp/PageDown and space scroll, without animation."""

    BINDINGS = navigation(
        "scroll_down", "scroll_up", "scroll_home", "scroll_end", "page_down", "page_up"
    )

    def _can_scroll(self) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()  # let a parent have the key

    def action_scroll_home(self) -> None:
        """To the top."""
        self._can_scroll()
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        """To the bottom."""
        self._can_scroll()
        self.scroll_end(animate=False)

    def action_page_down(self) -> None:
        """One page down."""
        self._can_scroll()
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        """One page up."""
        self._can_scroll()
        self.scroll_page_up(animate=False)

    def action_scroll_down(self) -> None:
        """One line down."""
        self._can_scroll()
        self.scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        """One line up."""
        self._can_scroll()
        self.scroll_up(animate=False)
