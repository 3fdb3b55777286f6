"""What every part of the reader shares: the Library, the state of what is listed and read,
and the widgets. The parts (:mod:`~herald_tui.tui.screens.reader_search`,
:mod:`~herald_tui.tui.screens.reader_quotes`, :mod:`~herald_tui.tui.screens.reader_host`,
:mod:`~herald_tui.tui.screens.reader_photos`) each add one concern;
:class:`~herald_tui.tui.screens.reader.ReaderScreen` puts them together with the keys, the
layout and the data flow.

Each part is a :data:`Layer`: a :class:`ReaderBase` to the type checker, a plain mixin when
the app runs. Textual does work for every class of a screen defined (it lists the whole
class, its bindings and reactives: about 2.4 M instructions each, docs/PERFORMANCE.md), so
the reader's screen classes are :class:`ReaderBase` and the reader alone. A layer therefore
declares no ``BINDINGS`` (the reader lists them), no reactive and no ``@on`` handler
(Textual would not see them there): it handles messages by name (``on_<widget>_<message>``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.reactive import reactive
from textual.widget import Widget

from herald_tui.config import Settings
from herald_tui.errors import HeraldError, NotCachedError
from herald_tui.library import Library
from herald_tui.model import Article, Quote
from herald_tui.text import clean_line
from herald_tui.tui.listing import NOT_STORED, HeadlineListing, PeopleListing, SearchListing
from herald_tui.tui.screens.panes import PanedScreen
from herald_tui.tui.timefmt import Clock
from herald_tui.tui.widgets import ArticleView, HeadlineList, SectionTree, StatusBar

if TYPE_CHECKING:
    from textual.containers import Horizontal

    from herald_tui.tui.widgets.people import PeopleView
    from herald_tui.tui.widgets.quotes import QuotePanel
    from herald_tui.tui.widgets.search import SearchBox, SearchResults

__all__ = ["ReaderBase"]


class ReaderBase(PanedScreen):
    """The reader's state and widgets; :meth:`open_article` and :meth:`show_location` are
    the reader's."""

    quotes_open: reactive[bool] = reactive(False)
    """The quote panel is shown (beside the article, or below it when narrow)."""
    searching: reactive[bool] = reactive(False)
    """Search results stand in for the headline list."""
    people_open: reactive[bool] = reactive(False)
    """People stands in for the headline list (search results stand in for both)."""

    def __init__(
        self,
        library: Library,
        settings: Settings,
        *,
        clock: Clock,
        demo: bool,
        reports: Path | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.clock = clock
        self.demo = demo
        self.reports = reports
        """Where the report key writes bug-report bundles (None: nowhere, it says so)."""
        self.listing: HeadlineListing | None = None
        """What the headline list shows: a section, or the saved articles."""
        self.search: SearchListing | None = None
        """The last search, whose results stand in for the headline list while searching."""
        self.article_url: str | None = None
        """The article being read (or loading)."""
        self.terms: tuple[str, ...] = ()
        """Search terms to mark in the article being read (it was opened from a search)."""
        self._stand_in = ("", "")  # title and summary shown until the article arrives
        self._source_titles: dict[str, str] = {}
        self._section_titles: dict[str, str] = {}
        # Not on the first screen, these are made (their modules imported) when first
        # wanted, and mounted the first time they are shown (_mount_once): importing,
        # making, styling and laying them out before the first frame costs start-up time
        # and memory (docs/PERFORMANCE.md). The properties below make them.
        self._search_results: SearchResults | None = None
        self._quote_panel: QuotePanel | None = None
        self._quoted: Article | None = None  # what the quote panel lists, once made
        self._search_box: SearchBox | None = None
        self._search_bar: Horizontal | None = None
        self._people_view: PeopleView | None = None
        self.people = PeopleListing()
        """What People lists: the period, the name filter, the person."""
        self.said_quote: tuple[str, Quote] | None = None
        """An article opened at a quotation from People, and that quotation (highlighted)."""

    @property
    def search_results(self) -> SearchResults:
        """Stand in for the headline list after a search."""
        if self._search_results is None:
            from herald_tui.tui.widgets.search import SearchResults

            self._search_results = SearchResults(clock=self.clock, id="results")
        return self._search_results

    @property
    def quote_panel(self) -> QuotePanel:
        """The quotations of the article, in the side panel."""
        if self._quote_panel is None:
            from herald_tui.tui.widgets.quotes import QuotePanel

            self._quote_panel = QuotePanel(id="quotes")
            self._quote_panel.show(self._quoted)
        return self._quote_panel

    def show_quotes_of(self, article: Article | None) -> None:
        """Give the quote panel the article shown (None: none), now if it is made, else
        when it is."""
        self._quoted = article
        if self._quote_panel is not None:
            self._quote_panel.show(article)

    @property
    def search_box(self) -> SearchBox:
        """Where a search is typed, in :attr:`search_bar`."""
        if self._search_box is None:
            from herald_tui.tui.widgets.search import SearchBox

            self._search_box = SearchBox(id="search")
        return self._search_box

    @property
    def search_bar(self) -> Horizontal:
        """The search bar, above the status bar: a label and the search box."""
        if self._search_bar is None:
            from textual.containers import Horizontal
            from textual.content import Content
            from textual.widgets import Static

            label = Static(Content("Search cache:"), id="search-label")
            self._search_bar = Horizontal(label, self.search_box, id="search-bar")
        return self._search_bar

    @property
    def people_view(self) -> PeopleView:
        """People: the speakers of the cache, or one speaker's quotations."""
        if self._people_view is None:
            from herald_tui.tui.widgets.people import PeopleView

            self._people_view = PeopleView(clock=self.clock, id="people")
        return self._people_view

    async def _mount_once(self, widget: Widget, parent: Widget, **where: Widget) -> None:
        """Mount ``widget`` in ``parent`` (``before``/``after`` a sibling) unless it is."""
        if not widget.is_attached:
            await parent.mount(widget, **where)

    @property
    def section_tree(self) -> SectionTree:
        return self.query_one(SectionTree)

    @property
    def headline_list(self) -> HeadlineList:
        return self.query_one(HeadlineList)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def status_bar(self) -> StatusBar:
        return self.query_one(StatusBar)

    def report_error(self, error: BaseException | None) -> str:
        """Notify the user of ``error`` in one line (a bug too, without a traceback)."""
        if isinstance(error, NotCachedError):  # offline: say it in the reader's words
            message = NOT_STORED
        elif isinstance(error, HeraldError):
            message = str(error)
        else:
            message = f"internal error: {type(error).__name__}: {error}"
            self.log.error(message)
        message = clean_line(message)
        self.notify(message, severity="error", markup=False)
        return message

    def open_article(
        self, url: str, title: str = "", summary: str = "", terms: tuple[str, ...] = ()
    ) -> None:
        """Show the article at ``url`` (``terms`` marked in it)."""
        raise NotImplementedError

    def show_location(self) -> None:
        """Say in the status bar what is listed."""
        raise NotImplementedError


if TYPE_CHECKING:
    Layer = ReaderBase
else:
    Layer = object
"""The base of a part of the reader (see the module's docstring)."""
