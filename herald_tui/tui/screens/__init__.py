"""Screens: each owns a layout and wires its widgets to the Library."""

from herald_tui.tui.screens.help import HelpScreen
from herald_tui.tui.screens.reader import ReaderScreen

__all__ = ["HelpScreen", "ReaderScreen"]
