"""The reader: sections, headlines and the article side by side, or one at a time when narrow.

The screen owns the layout and the data flow. It paints what the cache holds at once, then
fetches in workers: one per section (a second refresh of the same section replaces the
first) and one for the article being read (opening another cancels it). A result that arrives
after the user has moved on is dropped. Worker failures are reported in one place,
:meth:`ReaderScreen.on_worker_state_changed`, as one notification line; what was on screen
stays.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import ClassVar, Literal

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.worker import Worker, WorkerState

from herald_tui.config import Settings
from herald_tui.errors import HeraldError
from herald_tui.library import Library, ListedHeadline, Progress, ProgressEvent
from herald_tui.model import Article, Section
from herald_tui.text import clean_line
from herald_tui.tui.timefmt import Clock
from herald_tui.tui.widgets import ArticleView, HeadlineList, SectionTree, StatusBar
from herald_tui.tui.widgets.article import RelatedList

__all__ = ["STALE_AFTER", "Pane", "ReaderScreen"]

Pane = Literal["sections", "headlines", "article"]
PANES: tuple[Pane, ...] = ("sections", "headlines", "article")

JUMP = Binding.Group("Jump to section")

STALE_AFTER = timedelta(minutes=10)
"""Opening a section synced longer ago than this refreshes it in the background."""


class ReaderScreen(Screen[None]):
    """Sections, headlines and article; below 100 columns one pane at a time."""

    BINDING_GROUP_TITLE = "Reader"
    AUTO_FOCUS = "#headlines"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 (Textual's)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "step(1)", "Next", id="next_article"),
        Binding("p", "step(-1)", "Previous", id="previous_article"),
        Binding("r", "refresh", "Refresh", id="refresh"),
        Binding("R", "refresh_all", "Refresh all", show=False, id="refresh_all"),
        Binding("z", "reading_mode", "Reading mode", id="reading_mode"),
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
    """n/p next and previous article, r/R refresh, z reading mode, Escape/Backspace back,
    Tab/Shift+Tab and h/l between panes, 1-9 jump to a section."""

    pane: reactive[Pane] = reactive[Pane]("headlines")
    """The pane with the focus (the only one shown when narrow)."""
    reading: reactive[bool] = reactive(False)
    """Reading mode: the article takes the whole width."""

    def __init__(self, library: Library, settings: Settings, *, clock: Clock, demo: bool) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.clock = clock
        self.demo = demo
        self.section: Section | None = None
        """The section whose headlines are listed."""
        self.article_url: str | None = None
        """The article being read (or loading)."""
        self._stand_in = ("", "")  # title and summary shown until the article arrives
        self._source_titles: dict[str, str] = {}
        self._section_titles: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        ui = self.settings.ui
        with Horizontal(id="panes"):
            yield SectionTree(id="sections")
            yield HeadlineList(clock=self.clock, id="headlines")
            yield ArticleView(
                clock=self.clock,
                measure=ui.measure,
                relative_times=ui.relative_times,
                id="article",
            )
            yield Vertical(id="side-panel")  # quotes and search results go here (issue 7)
        yield StatusBar(clock=self.clock, id="status")
        yield Footer()

    # -- widgets -------------------------------------------------------------------------

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

    def _pane_widget(self, pane: Pane) -> Widget:
        return {
            "sections": self.section_tree,
            "headlines": self.headline_list,
            "article": self.article_view,
        }[pane]

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
        if self.section_tree.sections:
            self.open_section(self.section_tree.sections[0], fetch=False)
            # Counting unread stories of every section is not needed for the first paint.
            self.call_after_refresh(self._count_unread)
            self.call_after_refresh(self._refresh_if_stale, self.section_tree.sections[0])
        else:
            self.article_view.show_message("No sources", "No news source plugin is installed.")

    def _count_unread(self) -> None:
        for section in self.section_tree.sections:
            self.section_tree.set_unread(section.key, self.library.unread_count(section.key))

    # -- sections and headlines ------------------------------------------------------------

    def open_section(self, section: Section, *, fetch: bool = True) -> None:
        """List the section's cached headlines; refresh them if stale (and online)."""
        self.section = section
        try:
            rows = self.library.cached_headlines(section.key)
        except HeraldError as error:  # a cache that cannot be read: say so, keep going
            self._report(error)
            rows = []
        self._show_rows(rows)
        source = self._source_titles.get(section.source, section.source)
        self.status_bar.location = f"{clean_line(source)} › {clean_line(section.title)}"
        self.status_bar.synced = self.library.last_synced(section.key)
        self.section_tree.move_to(section.key)
        if fetch:
            self._refresh_if_stale(section)

    def _show_rows(self, rows: list[ListedHeadline]) -> None:
        empty = "Nothing cached for this section." if self.library.offline else "No headlines yet."
        self.headline_list.show(rows, self._section_titles, empty)

    def _refresh_if_stale(self, section: Section) -> None:
        synced = self.library.last_synced(section.key)
        if not self.library.offline and (synced is None or self.clock() - synced > STALE_AFTER):
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
        rows = await self.library.refresh(section.key, self._progress(section.key))
        self.section_tree.set_unread(section.key, self.library.unread_count(section.key))
        if self.section is not None and self.section.key == section.key:
            self._show_rows(rows)
            self.status_bar.synced = self.library.last_synced(section.key)
        # else: the user has left the section; the new list waits in the cache.

    def _progress(self, task: str) -> Progress:
        # Workers here are asyncio tasks on the app's loop, so the status bar can be updated
        # directly (a thread worker would need call_from_thread).
        def report(event: ProgressEvent) -> None:
            self.status_bar.set_progress(task, event)

        return report

    @on(SectionTree.Chosen)
    def _section_chosen(self, event: SectionTree.Chosen) -> None:
        self.open_section(event.section)
        self.pane = "headlines"

    # -- articles --------------------------------------------------------------------------

    def open_article(self, url: str, title: str = "", summary: str = "") -> None:
        """Show the article: the cached copy at once, then (online) the Library's answer.

        Until it arrives (or if it cannot), the headline's title and summary stand in."""
        self.article_url = url
        self._stand_in = (title, summary)
        try:
            cached = self.library.cached_article(url)
        except HeraldError as error:
            self._report(error)
            cached = None
        if cached is not None:
            self._display(url, cached)
        else:
            self.article_view.show_message(title, "Loading…", summary)
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
        self.article_view.show(article, source, keep_scroll=same)
        self._mark_read(url)

    def _mark_read(self, url: str) -> None:
        self.library.set_read(url)
        index = self.headline_list.index_of(url)
        if index is not None:
            row = self.headline_list.rows[index]
            if not row.read:
                self.headline_list.update_row(dataclasses.replace(row, read=True))
        if self.section is not None:
            self.section_tree.set_unread(
                self.section.key, self.library.unread_count(self.section.key)
            )

    @on(HeadlineList.Opened)
    def _headline_opened(self, event: HeadlineList.Opened) -> None:
        self._open_row(event.listed)

    def _open_row(self, row: ListedHeadline) -> None:
        self.open_article(row.headline.url, row.headline.title, row.headline.summary)

    @on(ArticleView.LinkOpened)
    def _link_opened(self, event: ArticleView.LinkOpened) -> None:
        self.open_article(event.link.url, event.link.title)

    # -- failures --------------------------------------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place where fetches end: clear their progress, report their failure."""
        worker = event.worker
        if worker.is_finished:
            self.status_bar.set_progress(worker.name, None)
        if event.state is not WorkerState.ERROR:
            return
        message = self._report(worker.error)
        loading = worker.group == "article" and worker.name == self.article_url
        if loading and self.article_view.article is None:  # nothing cached to keep on screen
            title, summary = self._stand_in
            self.article_view.show_message(title, message, summary)

    def _report(self, error: BaseException | None) -> str:
        """Notify the user of ``error`` in one line (a bug too, without a traceback)."""
        if isinstance(error, HeraldError):
            message = str(error)
        else:
            message = f"internal error: {type(error).__name__}: {error}"
            self.log.error(message)
        message = clean_line(message)
        self.notify(message, severity="error", markup=False)
        return message

    # -- actions ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """n/p only while an article is open."""
        if action == "step":
            return self.article_url is not None
        return True

    def action_step(self, delta: int) -> None:
        """Open the next (1) or previous (-1) headline of the list."""
        rows = self.headline_list.rows
        index = self.headline_list.index_of(self.article_url or "")
        if index is None:
            index = (
                self.headline_list.highlighted if self.headline_list.highlighted is not None else -1
            )
        target = index + delta
        if not 0 <= target < len(rows):
            self.notify("No more headlines in this section.", timeout=2)
            return
        self.headline_list.highlighted = target
        self._open_row(rows[target])

    def action_refresh(self) -> None:
        """Refresh the listed section."""
        if self._refuse_offline() or self.section is None:
            return
        self._start_refresh(self.section)

    def action_refresh_all(self) -> None:
        """Refresh every section."""
        if self._refuse_offline():
            return
        for section in self.section_tree.sections:
            self._start_refresh(section)

    def _refuse_offline(self) -> bool:
        if self.library.offline:
            self.notify("Offline: showing the cache; nothing is fetched.", timeout=3)
        return self.library.offline

    def action_reading_mode(self) -> None:
        """Give the article the whole width, or take it back."""
        self.reading = not self.reading

    def action_back(self) -> None:
        """Leave reading mode, else go one pane to the left."""
        if self.reading:
            self.reading = False
        else:
            self.action_pane_by(-1)

    def action_pane_by(self, delta: int) -> None:
        """Move to the pane left (-1) or right (1) of this one."""
        index = min(max(PANES.index(self.pane) + delta, 0), len(PANES) - 1)
        self.pane = PANES[index]

    def action_cycle(self, delta: int) -> None:
        """Tab through the panes, and the related stories of the article."""
        stops = [self.section_tree, self.headline_list, self.article_view, *self.query(RelatedList)]
        focused = self.focused
        index = next((n for n, w in enumerate(stops) if focused is w), None)
        if index is None:
            index = PANES.index(self.pane)
        target = stops[(index + delta) % len(stops)]
        self.pane = self._pane_of(target)
        self.call_after_refresh(target.focus)

    def action_jump(self, number: int) -> None:
        """Open the n-th section (1-9) of the tree."""
        sections = self.section_tree.sections
        if 0 < number <= len(sections):
            self.open_section(sections[number - 1])
            self.reading = False
            self.pane = "headlines"

    # -- panes -----------------------------------------------------------------------------

    def _pane_of(self, widget: Widget) -> Pane:
        for pane in PANES:
            owner = self._pane_widget(pane)
            if widget is owner or owner in widget.ancestors:
                return pane
        return self.pane

    def watch_pane(self, old: Pane, new: Pane) -> None:
        self.set_class(False, f"-pane-{old}")
        self.set_class(True, f"-pane-{new}")
        if new != "article":
            self.reading = False
        focused = self.focused
        if focused is None or self._pane_of(focused) != new:
            self.call_after_refresh(self._pane_widget(new).focus)

    def watch_reading(self, reading: bool) -> None:
        self.set_class(reading, "-reading")
        if reading:
            self.pane = "article"

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Focusing a pane (a click, Tab) makes it the current pane."""
        self.pane = self._pane_of(event.widget)
