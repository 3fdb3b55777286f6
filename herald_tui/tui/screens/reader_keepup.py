"""Keeping up: online, every ``refresh_minutes`` the shown section and then the others are
refreshed in a worker (conditional GET: an unchanged feed costs a 304), the list redrawn
with its cursor and scroll where they were; what a refresh brings is marked new until seen
(:mod:`herald_tui.tui.keepup`) and counted in the status bar; watch words stand out, are
announced, and ring the bell if asked.

An automatic refresh is quiet: a section that fails is left for the next one (``r`` says
why), and with no network it stops and lets the reader's network retry take over.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

from herald_tui.config import Settings
from herald_tui.errors import HeraldError
from herald_tui.library import Library, NoNetwork
from herald_tui.model import Section
from herald_tui.results import ListedHeadline
from herald_tui.text import clean_line
from herald_tui.tui.keepup import Every, NewHeadlines, WatchWords
from herald_tui.tui.screens.reader_host import ActionLayer

if TYPE_CHECKING:
    from herald_tui.tui.widgets import HeadlineList

__all__ = ["KeepUpLayer"]


class KeepUpLayer(ActionLayer):
    """The reader's automatic refresh, new marks and watch words."""

    def __init__(
        self, library: Library, settings: Settings, *, every: Every | None = None, **screen: Any
    ) -> None:
        """``every``: how to call a function every so many seconds (default: the screen's
        ``set_interval``); ``screen``: the keyword arguments of the reader."""
        super().__init__(library, settings, **screen)
        self._every = every
        self.new_headlines = NewHeadlines()
        """What refreshes brought, until seen."""
        self.watch_words = WatchWords(settings.alerts.words)
        self.auto_refreshing = False
        """An automatic refresh is running (the next one waits its turn)."""
        self._alerts: list[tuple[str, ListedHeadline]] = []  # (word, row) not announced yet

    async def _refresh(self, section: Section) -> None:
        """Fetch the section's list and show it if it is listed (the reader's)."""
        raise NotImplementedError

    def start_keeping_up(self) -> None:
        """Online, refresh every ``refresh_minutes`` (0: never)."""
        self.headline_list.watch_words = self.watch_words
        minutes = self.settings.ui.refresh_minutes
        if self.library.offline or minutes <= 0:
            return
        every = self._every or self.set_interval
        every(minutes * 60.0, self.timed_refresh)

    def timed_refresh(self) -> None:
        """Refresh the shown section, then the others (the timer calls this): not offline,
        not with no network (the reader retries by itself), not twice at once."""
        if self.library.offline or self.status_bar.no_network or self.auto_refreshing:
            return
        self.auto_refreshing = True
        self.run_worker(
            self._timed_refresh(), name="auto-refresh", group="auto-refresh", exit_on_error=False
        )

    async def _timed_refresh(self) -> None:
        try:
            shown = self.listing.section if self.listing is not None else None
            sections = self.section_tree.sections
            for section in sorted(sections, key=lambda s: s != shown):
                try:
                    await self._refresh(section)
                except NoNetwork:
                    self.status_bar.no_network = True  # the reader's retry takes over
                    break
                except HeraldError as error:  # quiet: r on the section says why
                    self.log.warning(f"automatic refresh of {section.key}: {error}")
                finally:
                    self.status_bar.set_progress(section.key, None)
        finally:
            self.auto_refreshing = False
        self.announce_alerts()

    # -- new headlines ------------------------------------------------------------------

    def listed_before(self, section: Section) -> Collection[str]:
        """The URLs listed in the section before a refresh (nothing if unreadable)."""
        try:
            return set(self.library.listed_urls(section.key))
        except HeraldError:
            return ()

    def note_refreshed(
        self, section: Section, before: Collection[str], rows: Sequence[ListedHeadline]
    ) -> None:
        """After a refresh: mark what it brought new, keep its alerts for announcing, say
        it in the status bar."""
        fresh = self.new_headlines.note(section.key, before, rows)
        for row in fresh:
            word = self.watch_words.match(row.headline)
            if word is not None:
                self._alerts.append((word, row))
        self.show_news()
        if not self.auto_refreshing:
            self.announce_alerts()

    def headlines_seen(self, urls: Collection[str]) -> None:
        """These headlines are no longer new (seen, opened or marked read)."""
        if self.new_headlines.seen(urls):
            self.show_new_marks()

    def show_new_marks(self) -> None:
        """Mark the listed section's new headlines (before its rows are shown), and say
        what is new, the listed section first."""
        section = self.listing.section if self.listing is not None else None
        self.headline_list.set_new(self.new_headlines.urls(section.key if section else ""))
        self.show_news()

    def show_news(self) -> None:
        """``3 new in National`` in the status bar (nothing once all are seen)."""
        section = self.listing.section if self.listing is not None else None
        titles = {s.key: s.title for s in self.section_tree.sections}
        self.status_bar.news = self.new_headlines.summary(titles, section.key if section else None)

    def on_headline_list_seen(self, event: HeadlineList.Seen) -> None:
        """A headline was shown long enough in the list: no longer new."""
        self.headlines_seen([event.url])

    # -- alerts -------------------------------------------------------------------------

    def announce_alerts(self) -> None:
        """One notification for the watch words the last refreshes brought, and the bell
        if asked."""
        alerts, self._alerts = self._alerts, []
        if not alerts:
            return
        word, row = alerts[0]
        more = f" (and {len(alerts) - 1} more)" if len(alerts) > 1 else ""
        title = clean_line(row.headline.title)
        self.notify(f"{clean_line(word)}: {title}{more}", title="Alert", markup=False)
        if self.settings.alerts.bell:
            self.app.bell()
