"""An option list whose wrapped options never keep a height from another width.

Textual's OptionList measures each option once and forgets the measures on a resize; but
its vertical scrollbar coming or going also changes the width options wrap to, with no
resize. After a terminal went from 120x40 to 80x24 a headline measured at the narrower width
kept two lines for one: a blank row under it.

Measuring is what a long list costs to show (wrapping every row), and the scrollbar coming
meant measuring every row twice: so a list with more options than the screen has lines,
which cannot help scrolling, has its scrollbar from the start.
"""

from __future__ import annotations

from textual import events
from textual.widgets import OptionList

__all__ = ["FreshHeights"]


class FreshHeights(OptionList):
    """OptionList that measures its options again when its scrollbar comes or goes."""

    def watch_show_vertical_scrollbar(self) -> None:
        self._clear_caches()

    def on_resize(self, event: events.Resize) -> None:
        """A smaller screen may now be sure of the scrollbar, a bigger one not."""
        self.expect_scrollbar()

    def expect_scrollbar(self) -> None:
        """Show the vertical scrollbar now if the options cannot fit: each is a line at
        least, and the list is no higher than the screen. Otherwise it comes when needed."""
        if self.option_count > self.app.size.height:
            self.styles.overflow_y = "scroll"
        elif self.styles.clear_rule("overflow_y"):
            self.refresh(layout=True)
