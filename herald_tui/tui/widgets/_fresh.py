"""An option list whose wrapped options never keep a height from another width.

Textual's OptionList measures each option once and forgets the measures on a resize; but
its vertical scrollbar coming or going also changes the width options wrap to, with no
resize. After a terminal went from 120x40 to 80x24 a headline measured at the narrower width
kept two lines for one: a blank row under it.
"""

from __future__ import annotations

from textual.widgets import OptionList

__all__ = ["FreshHeights"]


class FreshHeights(OptionList):
    """OptionList that measures its options again when its scrollbar comes or goes."""

    def watch_show_vertical_scrollbar(self) -> None:
        self._clear_caches()
