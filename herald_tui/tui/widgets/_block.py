"""The article pane's text block and the size it is placed at (shared by the pane, shown at
start, and the article's body, imported when the first article is shown)."""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Static

__all__ = ["Block", "placed_size"]


# A block's virtual size changes only when a layout places it, and the frame drawn after a
# layout draws every block anew; yet Textual's default asks for a layout and a repaint when
# it changes. A new article's fifty-odd blocks each did: every article was laid out twice,
# the second time to the same result, and drawn three times (bench_tui). The classes of the
# article pane (its blocks, their column, the pane itself) ask for neither. The pane's
# scrollbar coming or going still lays out (a reactive of its own).


def placed_size() -> Reactive[Size]:
    """A ``virtual_size`` that asks for no layout or repaint when it changes (see above)."""
    return Reactive(Size(0, 0), layout=False, repaint=False)


class Block(Static):
    """A block of text in the article pane."""

    virtual_size = placed_size()
