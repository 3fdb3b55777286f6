"""The find bar of the article pane: what to find, and how many matches (``2/7``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Static

__all__ = ["FindBar", "FindBox"]


class FindBox(Input):
    """Where the words to find are typed: each key finds anew; Enter and Shift+Enter go to
    the next and previous match, Escape closes the bar."""

    BINDING_GROUP_TITLE = "Find bar"
    BINDINGS: ClassVar[list[BindingType]] = [
        # Enter is the Input's own (submit: see FindBar), so that it is not bound twice.
        Binding("shift+enter", "step(-1)", "Previous match", id="find_previous_in_bar"),
        Binding("escape", "close", "Close", id="close_find"),
    ]
    """Enter, Shift+Enter: next and previous match; Escape: close the bar."""

    def __init__(self) -> None:
        super().__init__(placeholder="find in the article", compact=True, id="find-box")

    def action_step(self, delta: int) -> None:
        """Go to the next or previous match."""
        self.post_message(FindBar.Step(delta))

    def action_close(self) -> None:
        """Close the find bar and take the highlights away."""
        self.post_message(FindBar.Closed())


class FindBar(Horizontal):
    """``Find:``, the box, and the count of matches; docked at the foot of the article."""

    class Changed(Message):
        """The words to find changed."""

        def __init__(self, needle: str) -> None:
            super().__init__()
            self.needle = needle

    class Step(Message):
        """Go to the next (1) or previous (-1) match."""

        def __init__(self, delta: int) -> None:
            super().__init__()
            self.delta = delta

    class Closed(Message):
        """The user closed the bar."""

    def __init__(self) -> None:
        super().__init__(id="find-bar")
        self.box = FindBox()
        """Where the words are typed."""

    def compose(self) -> Iterator[Widget]:
        yield Static(Content("Find:"), id="find-label")
        yield self.box
        yield Static(Content(""), id="find-count")

    def show_count(self, label: str) -> None:
        """Say how many matches (``2/7``, ``No match``)."""
        self.query_one("#find-count", Static).update(Content(label))

    @on(Input.Changed, "#find-box")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#find-box")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Step(1))  # Enter: the next match
