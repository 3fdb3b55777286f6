"""The footer: the keys that work where the focus is, with help and back always in view.

Textual's footer lists keys left to right and cuts what does not fit: at 80 columns, with an
article open, ``esc Back`` and ``? Help`` (the app's binding, listed last) fell off the edge,
and at 60 columns ``/ Search`` too. Here those two are docked at the left, as the palette key
is at the right, so they never go.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

__all__ = ["PINNED", "KeyFooter"]

PINNED = ("help", "back")
"""Actions whose key stays in view at any width, in this order."""


class KeyFooter(Footer):
    """Textual's footer with the help and back keys pinned at the left."""

    DEFAULT_CSS = """
    KeyFooter HorizontalGroup.pinned-keys {
        dock: left;
        width: auto;
        height: 1;
        margin-right: 1;
    }
    """

    def compose(self) -> ComposeResult:
        pinned: list[FooterKey] = []
        for widget in super().compose():
            # Only keys outside Textual's key groups are pinned, so holding them back from
            # the stream of widgets moves them out of no group.
            if isinstance(widget, FooterKey) and widget.action in PINNED:
                pinned.append(widget)
            else:
                yield widget
        if pinned:
            pinned.sort(key=lambda key: PINNED.index(key.action))
            yield HorizontalGroup(*pinned, classes="pinned-keys")
