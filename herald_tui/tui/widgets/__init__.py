"""Widgets of the reader. Each renders what it is given and reports what the user did.

The package exports the widgets of the first screen. The others (the quote panel in
:mod:`~herald_tui.tui.widgets.quotes`, search in :mod:`~herald_tui.tui.widgets.search`,
People in :mod:`~herald_tui.tui.widgets.people`, the find bar in
:mod:`~herald_tui.tui.widgets.find`) are imported from their modules when first used: not
by a start (docs/PERFORMANCE.md)."""

from herald_tui.tui.widgets.article import ArticleView
from herald_tui.tui.widgets.headlines import HeadlineList
from herald_tui.tui.widgets.sections import SAVED, SectionTree
from herald_tui.tui.widgets.status import StatusBar

__all__ = [
    "SAVED",
    "ArticleView",
    "HeadlineList",
    "SectionTree",
    "StatusBar",
]
