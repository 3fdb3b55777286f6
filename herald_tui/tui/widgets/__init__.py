"""Widgets of the reader. Each renders what it is given and reports what the user did."""

from herald_tui.tui.widgets.article import ArticleView
from herald_tui.tui.widgets.headlines import HeadlineList
from herald_tui.tui.widgets.sections import SectionTree
from herald_tui.tui.widgets.status import StatusBar

__all__ = ["ArticleView", "HeadlineList", "SectionTree", "StatusBar"]
