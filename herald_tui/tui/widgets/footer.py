"""The footer: the keys that work where the focus is, with help and back always in view.

Textual's footer lists keys left to right and cuts what does not fit: at 80 columns, with an
article open, ``esc Back`` and ``? Help`` (the app's binding, listed last) fell off the edge,
and at 60 columns ``/ Search`` too. Here those two are docked at the left, as the palette key
is at the right, so they never go.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.screen import Screen
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

    _composed: tuple[object, ...] | None = None
    """The keys the footer shows (:func:`_keys`), once composed."""

    def bindings_changed(self, screen: Screen[Any]) -> None:
        """Compose the keys again only if they are not the ones shown: a screen says its
        bindings changed at each focus change and article opened, mostly with the same keys,
        and composing restyled every key (a sixth of the time to open an article)."""
        if self._composed is not None and self._composed == _keys(screen):
            return
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._composed = _keys(self.screen)
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


def _keys(screen: Screen[Any]) -> tuple[object, ...]:
    """What the footer of ``screen`` would show: each binding shown (and the palette's)
    with whether it is enabled, its tooltip and its key as displayed."""
    app = screen.app
    return tuple(
        (binding, enabled, tooltip, app.get_key_display(binding))
        for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
        if binding.show or key == app.COMMAND_PALETTE_BINDING
    )
