"""Widgets of the reader. Each renders what it is given and reports what the user did."""

from herald_tui.tui.widgets.article import ArticleView
from herald_tui.tui.widgets.headlines import HeadlineList
from herald_tui.tui.widgets.quotes import QuotePanel
from herald_tui.tui.widgets.search import SearchBox, SearchResults
from herald_tui.tui.widgets.sections import SAVED, SectionTree
from herald_tui.tui.widgets.status import StatusBar

__all__ = [
    "SAVED",
    "ArticleView",
    "HeadlineList",
    "QuotePanel",
    "SearchBox",
    "SearchResults",
    "SectionTree",
    "StatusBar",
]
