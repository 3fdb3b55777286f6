"""The reader's layers are plain mixins when the app runs (only :class:`ReaderBase` and the
reader are screen classes, docs/PERFORMANCE.md, start-up round 5): Textual reads bindings,
reactives and ``@on`` handlers from screen classes only, so a layer that declared one would
be silently ignored. These tests say so before a user would."""

from __future__ import annotations

import inspect

from textual.binding import Binding
from textual.dom import DOMNode
from textual.reactive import Reactive

from herald_tui.tui.screens import ReaderScreen
from herald_tui.tui.screens.reader_base import ReaderBase
from herald_tui.tui.screens.reader_read import READ_BINDINGS


def layers() -> list[type]:
    """The classes of the reader that Textual does not see as screen classes."""
    return [
        cls
        for cls in inspect.getmro(ReaderScreen)
        if cls.__module__.startswith("herald_tui.") and not issubclass(cls, DOMNode)
    ]


def test_the_layers_are_not_screen_classes() -> None:
    names = [cls.__name__ for cls in layers()]
    assert names == [
        "SearchLayer",
        "QuoteLayer",
        "CatchUpLayer",
        "KeepUpLayer",
        "ActionLayer",
        "PhotoLayer",
        "PeopleLayer",
        "ReadLayer",
    ]
    assert issubclass(ReaderScreen, ReaderBase)


def test_no_layer_declares_what_textual_would_not_see() -> None:
    declared = [
        f"{cls.__name__}.{name}"
        for cls in layers()
        for name, value in vars(cls).items()
        if name in ("BINDINGS", "CSS", "DEFAULT_CSS", "COMPONENT_CLASSES")
        or isinstance(value, Reactive)
        or hasattr(value, "_textual_on")
    ]
    assert declared == []


def test_the_reader_binds_the_reading_aids_keys() -> None:
    merged = ReaderScreen._merge_bindings().key_to_bindings.values()
    bound = {binding.id for bindings in merged for binding in bindings}
    assert {binding.id for binding in READ_BINDINGS if isinstance(binding, Binding)} <= bound
    assert {"find", "find_next", "history_back", "history_forward"} <= bound
