"""Three panes side by side, or one at a time below 100 columns: which pane has the focus,
moving between panes, reading mode. The reader says which widgets make up each pane.

The screen carries a ``-pane-<name>`` class for the current pane and ``-reading`` in reading
mode; the app's TCSS shows and sizes the panes from those classes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Literal

from textual import events
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget

__all__ = ["PANES", "Pane", "PanedScreen"]

Pane = Literal["sections", "headlines", "article"]
PANES: tuple[Pane, ...] = ("sections", "headlines", "article")
FIRST_PANE: Pane = "headlines"


WIDE = 100
"""From this many columns, the three panes are side by side."""


class PanedScreen(Screen[None]):
    """A screen of three panes; subclasses implement :meth:`pane_widget`,
    :meth:`pane_members` and :meth:`focus_stops`."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]  # noqa: RUF012 (Textual's)

    pane: reactive[Pane] = reactive[Pane](FIRST_PANE)
    """The pane with the focus (the only one shown when narrow)."""
    reading: reactive[bool] = reactive(False)
    """Reading mode: the article takes the whole width."""

    def __init__(
        self, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name, id, classes)
        # The first pane's class from the start (styled with everything else when the screen
        # is mounted): added by the watcher, it would restyle the composed screen.
        self.add_class(f"-pane-{FIRST_PANE}", update=False)
        # Likewise the width's breakpoint class: Textual adds it at the first resize, after
        # the first frames were drawn without it (the wide layout below 100 columns), then
        # restyles and redraws the whole screen (docs/PERFORMANCE.md).
        with contextlib.suppress(RuntimeError):  # no app running: Textual adds it later
            if width_class := self._breakpoint(self.app.size.width):
                self.add_class(width_class, update=False)
        self._shown_before = False

    def _breakpoint(self, width: int) -> str:
        """The class of :attr:`HORIZONTAL_BREAKPOINTS` that ``width`` falls in, as Textual
        picks it: the one of the highest threshold ``width`` reaches."""
        reached = [(at, name) for at, name in self.HORIZONTAL_BREAKPOINTS if width >= at]
        return max(reached)[1] if reached else ""

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """Shown the first time, the screen is not restyled as a whole: every widget was
        styled as it was mounted, just before (Textual's handler, run after this one,
        restyles a screen that comes back, whose styles may have changed meanwhile)."""
        if not self._shown_before:
            self._shown_before = True
            event.refresh_styles = False

    def pane_widget(self, pane: Pane) -> Widget:
        """What takes the focus when ``pane`` becomes the current pane."""
        raise NotImplementedError

    def pane_members(self, pane: Pane) -> Sequence[Widget]:
        """The widgets (with their descendants) that belong to ``pane``."""
        raise NotImplementedError

    def focus_stops(self) -> Sequence[Widget]:
        """Where Tab goes, in order."""
        raise NotImplementedError

    def pane_of(self, widget: Widget) -> Pane:
        """The pane ``widget`` is in (the current pane if it is in none)."""
        for pane in PANES:
            for owner in self.pane_members(pane):
                if widget is owner or owner in widget.ancestors:
                    return pane
        return self.pane

    def action_reading_mode(self) -> None:
        """Give the article the whole width, or take it back."""
        self.reading = not self.reading

    def action_pane_by(self, delta: int) -> None:
        """Move to the pane left or right of this one."""
        index = min(max(PANES.index(self.pane) + delta, 0), len(PANES) - 1)
        self.pane = PANES[index]

    def action_cycle(self, delta: int) -> None:
        """Move to the next or previous pane, or link of the article."""
        stops = list(self.focus_stops())
        focused = self.focused
        index = next((n for n, w in enumerate(stops) if focused is w), None)
        if index is None:
            index = PANES.index(self.pane)
        target = stops[(index + delta) % len(stops)]
        self.pane = self.pane_of(target)
        self.call_after_refresh(target.focus)

    def watch_pane(self, old: Pane, new: Pane) -> None:
        # One restyle of the screen for the swap (none when the class is there already).
        self.update_classes({f"-pane-{old}": False, f"-pane-{new}": True})
        if new != "article":
            self.reading = False
        focused = self.focused
        if focused is None or self.pane_of(focused) != new:
            self.call_after_refresh(self.pane_widget(new).focus)

    def watch_reading(self, reading: bool) -> None:
        self.set_class(reading, "-reading")
        if reading:
            self.pane = "article"

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Focusing a pane (a click, Tab) makes it the current pane."""
        self.pane = self.pane_of(event.widget)
