"""Screens: each owns a layout and wires its widgets to the Library. The help screen
(:mod:`herald_tui.tui.screens.help`) is imported where it is first shown: no start needs it."""

from herald_tui.tui.screens.reader import ReaderScreen

__all__ = ["ReaderScreen"]
