"""The reader: sections, headlines and the article side by side, or one at a time when narrow.

The screen owns the layout and the data flow. It paints what the cache holds at once, then
fetches in workers: one per section (a second refresh of the same section replaces the
first) and one for the article being read (opening another cancels it). A result that arrives
after the user has moved on is dropped. Worker failures are reported in one place,
:meth:`ReaderScreen.on_worker_state_changed`, as one notification line; what was on screen
stays.

Beside the article (below it when narrow) the quote panel lists the article's quotations;
search results stand in for the headline list until Escape; the Saved entry of the tree lists
saved articles like a section. What the reader does to an article (save, read marks, copy or
open its link) is in :class:`~herald_tui.tui.screens.article_actions.ArticleActions`.

The quote panel, search, photos and what the article actions need are each a layer of their
own (``reader_quotes``, ``reader_search``, ``reader_photos``, ``reader_host``, over
``reader_base``); this module holds the keys, the layout, the listings and the articles.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from functools import partial
from typing import Any, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.dom import DOMNode
from textual.widget import Widget
from textual.worker import Worker, WorkerState

from herald_tui.errors import HeraldError
from herald_tui.library import NoNetwork, Progress, ProgressEvent
from herald_tui.model import Article, Section
from herald_tui.results import ListedHeadline
from herald_tui.text import clean_line
from herald_tui.tui.failures import section_failed
from herald_tui.tui.history import Visit
from herald_tui.tui.keys import key_hint
from herald_tui.tui.listing import PEOPLE, SAVED, HeadlineListing, Listing, listing_for
from herald_tui.tui.screens.panes import Pane
from herald_tui.tui.screens.reader_base import ReaderBase
from herald_tui.tui.screens.reader_catchup import CatchUpLayer
from herald_tui.tui.screens.reader_people import PeopleLayer
from herald_tui.tui.screens.reader_photos import PhotoLayer
from herald_tui.tui.screens.reader_quotes import QuoteLayer
from herald_tui.tui.screens.reader_read import READ_BINDINGS, ReadLayer
from herald_tui.tui.screens.reader_search import SearchLayer
from herald_tui.tui.widgets import ArticleView, HeadlineList, SectionTree, StatusBar
from herald_tui.tui.widgets.footer import KeyFooter
from herald_tui.tui.widgets.rows import RowList

__all__ = ["STALE_AFTER", "Pane", "ReaderScreen"]

JUMP = Binding.Group("Jump to section")

STALE_AFTER = timedelta(minutes=10)
"""Opening a section synced longer ago than this refreshes it in the background."""

NETWORK_RETRY_SECONDS = 60.0
"""With no network, the shown section is tried again this often, so the app recovers by
itself once the network is back."""

NO_NETWORK_NOTE = "No network: showing what is cached. herald-tui tries again by itself."
NO_NETWORK_EMPTY = (
    "No network, and nothing cached for this section yet. Other sections and ★ Saved read "
    "from the cache."
)


class ReaderScreen(
    SearchLayer, QuoteLayer, CatchUpLayer, PhotoLayer, PeopleLayer, ReadLayer, ReaderBase
):
    """Sections, headlines and article; below 100 columns one pane at a time."""

    BINDING_GROUP_TITLE = "Reader"
    AUTO_FOCUS = "#headlines"

    BINDINGS: ClassVar[list[BindingType]] = [
        *READ_BINDINGS,
        Binding("n", "step(1)", "Next", id="next_article"),
        Binding("p", "step(-1)", "Previous", id="previous_article"),
        Binding("r", "refresh", "Refresh", id="refresh"),
        Binding("R", "refresh_all", "Refresh all", show=False, id="refresh_all"),
        Binding("slash", "search", "Search", id="search"),
        Binding("quotation_mark,Q", "toggle_quotes", "Quotes", id="quotes"),
        Binding("s", "toggle_saved", "Save", show=False, id="save"),
        Binding("u", "toggle_read", "Unread", show=False, id="unread"),
        Binding("N", "next_unread", "Next unread", show=False, id="next_unread"),
        Binding("A", "mark_section_read", "Section read", show=False, id="mark_section_read"),
        Binding("C", "mark_all_read", "All read", show=False, id="mark_all_read"),
        Binding("U", "undo_mark", "Undo mark read", show=False, id="undo_mark_read"),
        Binding("y", "copy_link", "Copy link", show=False, id="copy_link"),
        Binding("o", "open_link", "Open in browser", show=False, id="open_link"),
        Binding("v", "page", "Open in pager", show=False, id="pager"),
        Binding("exclamation_mark", "save_report", "Save report", show=False, id="save_report"),
        Binding("z", "reading_mode", "Reading mode", id="reading_mode"),
        Binding("i", "photos", "Photos", show=False, id="photos"),
        Binding("escape,backspace", "back", "Back", id="back"),
        Binding("tab", "cycle(1)", "Next pane", show=False, id="next_pane"),
        Binding("shift+tab", "cycle(-1)", "Previous pane", show=False, id="previous_pane"),
        Binding("h", "pane_by(-1)", "Pane left", show=False, id="pane_left"),
        Binding("l", "pane_by(1)", "Pane right", show=False, id="pane_right"),
        *(
            Binding(str(n), f"jump({n})", f"Section {n}", False, id=f"section_{n}", group=JUMP)
            for n in range(1, 10)
        ),
    ]
    """n/p next and previous article, r/R refresh, / search, " or Q the quote panel, s save,
    u unread, y copy the link, o open it in the browser, v read it in $PAGER, ! save a bug
    report on a poorly read article, N next unread, A/C mark the section/everything read and
    U undo that, z reading mode, i photos, Escape/Backspace back, Tab/Shift+Tab and h/l
    between panes, 1-9 jump to a section; and the reading aids' (:data:`READ_BINDINGS`)."""

    def compose(self) -> ComposeResult:
        ui = self.settings.ui
        with Horizontal(id="panes"):
            yield SectionTree(id="sections")
            yield HeadlineList(clock=self.clock, id="headlines")
            # The search results go here.
            yield ArticleView(
                clock=self.clock,
                measure=ui.measure,
                relative_times=ui.relative_times,
                id="article",
            )
            yield Vertical(id="side-panel")  # the quote panel goes in it
        # The search bar goes here.
        yield StatusBar(clock=self.clock, id="status")
        yield KeyFooter()

    def key_nodes(self) -> list[DOMNode]:
        """The screen and its widgets with keys, those not mounted yet included (at the end:
        they only add keys of their own), for the help screen and the keys of the config.
        The widgets not made yet are made (unmounted) to be asked."""
        from herald_tui.tui.widgets.find import FindBox

        mounted: list[DOMNode] = [self, *self.walk_children()]
        later = (
            self.search_results,
            self.quote_panel,
            self.quote_panel.quote_list,
            self.search_box,
            self.people_view,
            self.people_view.filter,
            self.people_view.people_list,
            self.people_view.said_list,
            FindBox(),  # its keys (the one of the find bar, once mounted, comes first)
        )
        return mounted + [node for node in later if not node.is_attached]

    @property
    def section(self) -> Section | None:
        """The tree entry whose headlines are listed (``SAVED`` for the saved articles)."""
        return self.listing.section if self.listing is not None else None

    @property
    def shown_listing(self) -> Listing | None:
        """What the middle pane shows now: the search results while searching, else People
        while it is open."""
        if self.searching and self.search is not None:
            return self.search
        return self.people if self.people_open else self.listing

    def pane_widget(self, pane: Pane) -> Widget:
        """The tree, the headlines (or search results), the article."""
        if pane == "sections":
            return self.section_tree
        if pane == "headlines":
            return self.shown_list
        return self.article_view

    @property
    def shown_list(self) -> RowList[Any]:
        """The list of the middle pane: the search results while searching, else People's
        list while it is open."""
        if self.searching:
            return self.search_results
        return self.people_view.current_list if self.people_open else self.headline_list

    def pane_members(self, pane: Pane) -> tuple[Widget, ...]:
        """The quote panel belongs to the article pane (it is shown with it when narrow)."""
        if pane == "sections":
            return (self.section_tree,)
        if pane == "headlines":  # (search results and People once made)
            later = (self._search_results, self._people_view)
            return (self.headline_list, *(widget for widget in later if widget is not None))
        return (self.article_view, self.query_one("#side-panel"))

    def focus_stops(self) -> list[Widget]:
        """The panes, the related stories of the article, the quote panel when open."""
        stops = [self.section_tree, self.pane_widget("headlines"), self.article_view]
        stops += self.query("RelatedList")  # by name: its module comes with the first article
        if self.quotes_open:
            stops.append(self.quote_panel.quote_list)
        return stops

    # -- startup ---------------------------------------------------------------------------

    def on_mount(self) -> None:
        """Paint the cache now; fetch after the first paint."""
        library = self.library
        sources = [(source, library.sections(source.name)) for source in library.sources()]
        self._source_titles = {source.name: source.title for source, _ in sources}
        self._section_titles = {s.key: s.title for _, sections in sources for s in sections}
        self.section_tree.fill(sources)
        self.status_bar.offline = library.offline
        self.status_bar.demo = self.demo
        if not library.offline:
            self.set_interval(NETWORK_RETRY_SECONDS, self.retry_network)
        self.start_keeping_up()
        if self.section_tree.sections:
            # The rows a screen shows first, the rest just after the first paint.
            self.open_section(self.section_tree.sections[0], fetch=False, screenful=True)
            # Counting unread stories of every section is not needed for the first paint.
            self.call_after_refresh(self.update_counts, everywhere=True)
            self.call_after_refresh(self._refresh_if_stale, self.listing)
        else:
            self.article_view.show_message("No sources", "No news source plugin is installed.")

    # -- sections and headlines ------------------------------------------------------------

    def open_section(
        self, section: Section, *, fetch: bool = True, screenful: bool = False
    ) -> None:
        """List the section's cached headlines (or the saved articles); refresh them if stale
        (and online). ``screenful``: see :meth:`RowList.show_rows`."""
        listing = self.listing = listing_for(section)
        self.searching = self.people_open = False
        self._show_rows(self._cached_rows(listing) or [], screenful=screenful)
        self.show_location()
        self.section_tree.move_to(section.key)
        if fetch:
            self._refresh_if_stale(listing)

    def show_location(self) -> None:
        """The status bar says what is listed (and when it was synced)."""
        listing = self.shown_listing
        if listing is None:
            return
        here = listing.location(self.library, self._source_titles, len(self.shown_list.rows))
        bar = self.status_bar
        bar.location, bar.note, bar.synced = here.where, here.note, here.synced
        # The tree's count: kept current as headlines are read (SectionTree.UnreadChanged).
        bar.unread = self.section_tree.unread(listing.section.key) if listing.section else 0

    @on(SectionTree.UnreadChanged)
    def _unread_changed(self, event: SectionTree.UnreadChanged) -> None:
        listing = self.shown_listing
        if listing is not None and listing.section and listing.section.key == event.section_key:
            self.status_bar.unread = event.count

    def _cached_rows(self, listing: HeadlineListing) -> list[ListedHeadline] | None:
        """The listing's rows from the cache; None (and said in one line) if the cache
        cannot be read."""
        try:
            return listing.rows(self.library)
        except HeraldError as error:  # a cache that cannot be read: say so, keep going
            self.report_error(error)
            return None

    def _show_rows(self, rows: list[ListedHeadline], *, screenful: bool = False) -> None:
        if self.listing is not None:
            empty = self.listing.empty(self.library.offline, partial(key_hint, self))
            if self.status_bar.no_network and self.listing.refreshable:
                empty = NO_NETWORK_EMPTY
            self.show_new_marks()
            listing = self.headline_list
            moved = listing.show(
                rows, self._section_titles, empty, mixed=self.listing.mixed, screenful=screenful
            )
            if moved and self.article_url is None:
                # In the pane's own queue: at startup, once the pane has composed (a column
                # mounted into a pane still composing could not be replaced).
                self.article_view.call_later(self.show_preview)

    def _refresh_if_stale(self, listing: Listing | None) -> None:
        section = listing.section if listing is not None else None
        if listing is None or not listing.refreshable or section is None or self.library.offline:
            return
        synced = self.library.last_synced(section.key)
        if synced is None or self.clock() - synced > STALE_AFTER:
            self._start_refresh(section)

    def _start_refresh(self, section: Section) -> None:
        self.run_worker(
            self._refresh(section),
            name=section.key,
            group=f"refresh:{section.key}",
            exclusive=True,
            exit_on_error=False,
        )

    async def _refresh(self, section: Section) -> None:
        # The cache reads around the fetch run in threads, as the library's own storing
        # does: on the loop they held up keys while timed refreshes ran (bench_tui).
        listed = self._listed(section)
        before = await asyncio.to_thread(self.listed_before, section)
        # A section not listed needs only what is new (marks, alerts) and its count: the
        # rest of its list is not read back.
        known = () if listed else before
        rows = await self.library.refresh(section.key, self._progress(section.key), known=known)
        unread = await asyncio.to_thread(self.library.unread_count, section.key)
        self.section_tree.set_unread(section.key, unread)
        self.note_refreshed(section, before, rows)
        if self._listed(section) and not listed:  # opened meanwhile: all of its rows
            rows = await asyncio.to_thread(self.library.cached_headlines, section.key)
        if self._listed(section):
            self._show_rows(rows)
            self.show_location()
        # else: the user has left the section; the new list waits in the cache.

    def _listed(self, section: Section) -> bool:
        """True if the section's headlines are listed (search results may stand over them)."""
        return self.section is not None and self.section.key == section.key

    def _progress(self, task: str) -> Progress:
        # Workers here are asyncio tasks on the app's loop, so the status bar can be updated
        # directly (a thread worker would need call_from_thread).
        def report(event: ProgressEvent) -> None:
            self.status_bar.set_progress(task, event)

        return report

    def update_counts(self, *, everywhere: bool = False) -> None:
        """Show the unread count of the listed section (of every section with
        ``everywhere``: after a change to an article listed elsewhere) and of Saved."""
        tree = self.section_tree
        sections = tree.sections if everywhere else [self.section]
        try:  # a cache that cannot be read: say so, the counts stay as they were
            for section in sections:
                if section is not None and section in tree.sections:
                    tree.set_unread(section.key, self.library.unread_count(section.key))
            tree.set_unread(SAVED.key, self.library.unread_saved_count())
        except HeraldError as error:
            self.report_error(error)

    @on(SectionTree.Chosen)
    async def _section_chosen(self, event: SectionTree.Chosen) -> None:
        if event.section == PEOPLE:
            await self.open_people()
        else:
            self.open_section(event.section)
        self.pane = "headlines"

    # -- articles --------------------------------------------------------------------------

    def open_article(
        self, url: str, title: str = "", summary: str = "", terms: tuple[str, ...] = ()
    ) -> None:
        """Show the article: the cached copy at once, then (online) the Library's answer;
        ``terms`` (from a search) are marked in it.

        Until it arrives (or if it cannot), the headline's title and summary stand in."""
        self.record_visit(Visit(url, title, summary, terms))
        self.article_url = url
        self.terms = terms
        self._stand_in = (title, summary)
        self.headlines_seen([url])
        self._follow_in_list(url)
        try:
            cached = self.library.cached_article(url)
        except HeraldError as error:
            self.report_error(error)
            cached = None
        if cached is not None:
            self._display(url, cached)
        else:
            self.article_view.show_message(title, "Loading…", summary)
            self.show_quotes_of(None)
        if cached is None or not self.library.offline:
            self.run_worker(
                self._load_article(url),
                name=url,
                group="article",
                exclusive=True,
                exit_on_error=False,
            )
        self.pane = "article"
        self.refresh_bindings()

    def _follow_in_list(self, url: str) -> None:
        """Highlight the article's row in the list (after a related story, say), so the
        list never points at the story the reader came from."""
        listing = self.shown_list
        index = listing.index_of(url)
        if index is not None and listing.highlighted != index:
            listing.highlighted = index

    async def _load_article(self, url: str) -> None:
        article = await self.library.article(url, self._progress(url))
        if url != self.article_url:
            return  # the user has moved to another article: drop this one
        if article != self.article_view.article:
            self._display(url, article)

    def _display(self, url: str, article: Article) -> None:
        shown = self.article_view.article
        same = shown is not None and shown.url == article.url
        source = self._source_titles.get(article.source, "")
        scroll_y = self.scroll_to_restore(url)
        keep = same and scroll_y is None
        self.article_view.show(
            article, source, keep_scroll=keep, terms=self.terms, scroll_y=scroll_y
        )
        self.show_quotes_of(article)
        if same:
            self.article_view.show_quote(self._quote_in_view())
        else:  # not again for an updated copy: the reader may have marked it unread
            self.actions.mark_read(url)

    @on(HeadlineList.Opened)
    def _headline_opened(self, event: HeadlineList.Opened) -> None:
        self._open_row(event.listed)

    def _open_row(self, row: ListedHeadline) -> None:
        self.open_article(row.headline.url, row.headline.title, row.headline.summary)

    @on(ArticleView.LinkOpened)
    def _link_opened(self, event: ArticleView.LinkOpened) -> None:
        self.open_article(event.link.url, event.link.title)

    # -- failures --------------------------------------------------------------------------

    def retry_network(self) -> None:
        """With no network, try the shown section again (the timer calls this)."""
        listing = self.listing
        section = listing.section if listing is not None and listing.refreshable else None
        if self.status_bar.no_network and section is not None:
            self._start_refresh(section)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place where fetches end: clear their progress, report their failure."""
        worker = event.worker
        if worker.is_finished:
            self.status_bar.set_progress(worker.name, None)
        if event.state is WorkerState.SUCCESS and worker.group.startswith("refresh:"):
            self.status_bar.no_network = False  # a section came through: the network is back
        if event.state is not WorkerState.ERROR:
            return
        refresh = worker.group.startswith("refresh:")
        if isinstance(worker.error, NoNetwork):
            message = self._no_network()  # a state, not a failure of this section
            if refresh:
                return
        elif refresh:
            self._section_failed(worker.name, worker.error)
            return
        else:
            message = self.report_error(worker.error)
        loading = worker.group == "article" and worker.name == self.article_url
        if loading and self.article_view.article is None:  # nothing cached to keep on screen
            title, summary = self._stand_in
            self.article_view.show_message(title, message, summary)

    def _no_network(self) -> str:
        """No network is a state: the badge says so, the cached lists stay, one note."""
        if not self.status_bar.no_network:
            self.status_bar.no_network = True
            self.notify(NO_NETWORK_NOTE, severity="warning", markup=False)
            listing = self.listing
            if listing is not None and listing.refreshable and not self.searching:
                rows = self._cached_rows(listing)
                if rows is not None:  # else what is on screen stays
                    self._show_rows(rows)
        return "No network, and this article is not in the cache."

    def _section_failed(self, key: str, error: BaseException | None) -> None:
        """Say in words (no URL) that the section could not be fetched, and the key to try
        again: in the pane when it has nothing else to show, else in a notification."""
        title = self._section_titles.get(key, key)
        retry = key_hint(self, "refresh", first=True)
        message = section_failed(title, error or HeraldError("unknown error"), retry)
        shown = self.section is not None and self.section.key == key
        if shown and not self.headline_list.rows:
            self.headline_list.show([], self._section_titles, message)
        else:
            self.notify(message, severity="error", markup=False)
        if error is not None and not isinstance(error, HeraldError):
            self.log.error(f"internal error: {type(error).__name__}: {error}")

    # -- actions ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """n/p and the quote panel only once an article is open; refresh only online, and
        not where there is nothing to fetch (Saved)."""
        if action == "step":
            return self.article_url is not None
        if action == "toggle_quotes":
            return self.article_url is not None or self.quotes_open
        if action == "refresh":
            return self._to_refresh() is not None
        if action == "refresh_all":
            return not self.library.offline
        read = self.check_read_action(action)
        return True if read is None else read

    def action_step(self, delta: int) -> None:
        """Open the next or previous headline of the list (or search result)."""
        listing = self.shown_list
        index = listing.index_of(self.article_url or "")
        if index is None:
            index = listing.highlighted if listing.highlighted is not None else -1
        target = index + delta
        if not 0 <= target < len(listing.rows):
            self.notify("No more headlines here.", timeout=2)
            return
        listing.highlighted = target
        if self.searching:
            self._open_hit(self.search_results.rows[target])
        elif self.people_open:
            self.step_people(target)
        else:
            self._open_row(self.headline_list.rows[target])

    def action_refresh(self) -> None:
        """Fetch the listed section again (where there is one to fetch)."""
        section = self._to_refresh()
        if section is not None:
            self._start_refresh(section)

    def _to_refresh(self) -> Section | None:
        """The section ``r`` refreshes: the listed one, online, if its listing fetches
        (Saved, People and search results do not)."""
        listing = self.shown_listing
        if self.library.offline or listing is None or not listing.refreshable:
            return None
        return listing.section

    def action_refresh_all(self) -> None:
        """Refresh every section (offered only online)."""
        if not self.library.offline:
            for section in self.section_tree.sections:
                self._start_refresh(section)

    def action_back(self) -> None:
        """Close the quote panel (from inside it), the find bar, leave reading mode, leave
        the search results, else go one pane to the left."""
        if self.in_quote_list(self.focused):
            self.quotes_open = False
        elif self.article_view.finding is not None and self.pane == "article":
            self.article_view.close_find()
        elif self.reading:
            self.reading = False
        elif self.searching and self.pane == "headlines":
            self.searching = False
        else:
            self.action_pane_by(-1)

    def action_reading_mode(self) -> None:
        """Give the article the whole width, or take it back. From the list, the highlighted
        headline is the one read (not the article read before)."""
        focused = self.focused
        if not self.reading and focused is not None and self.pane_of(focused) == "headlines":
            self._open_highlighted()
        super().action_reading_mode()

    def _open_highlighted(self) -> None:
        if self.searching:
            hit = self.search_results.current
            if hit is not None and hit.url != self.article_url:
                self._open_hit(hit)
            return
        row = self.headline_list.current
        if row is not None and row.headline.url != self.article_url:
            self._open_row(row)

    def describe_action(self, action: str) -> str | None:
        """``Section 3: Yonhap News Agency › North Korea`` for ``jump(3)`` (help, palette)."""
        if not action.startswith("jump("):
            return None
        number = int(action[5:-1])
        sections = self.section_tree.sections if self.is_mounted else []
        if not 0 < number <= len(sections):
            return None
        section = sections[number - 1]
        source = self._source_titles.get(section.source, section.source)
        return f"Section {number}: {clean_line(source)} › {clean_line(section.title)}"

    def action_jump(self, number: int) -> None:
        """Open the n-th section (1-9) of the tree."""
        sections = self.section_tree.sections
        if 0 < number <= len(sections):
            self.open_section(sections[number - 1])
            self.reading = False
            self.pane = "headlines"

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Focus makes a pane current (not the search box's); focusing the quote list
        highlights its quotation in the article."""
        if event.widget is self._search_box:
            return
        super().on_descendant_focus(event)
        if self.in_quote_list(event.widget):
            self.article_view.show_quote(self.quote_panel.current)
