"""What the reader does to an article: save it, mark it read or unread, copy or open its link.

The reader screen binds the keys; this acts on *the article in question*: the highlighted row
while a list has the focus, else the article being read. It keeps the lists, the unread
counts and the Library in step, and tells the user what happened in one line.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import webbrowser
from typing import TYPE_CHECKING

from herald_tui.errors import HeraldError
from herald_tui.library import Library
from herald_tui.model import Article
from herald_tui.text import is_safe_url
from herald_tui.tui.outside import browser_unavailable, known_hosts, link_refusal

if TYPE_CHECKING:
    from herald_tui.tui.screens.reader import ReaderScreen

__all__ = ["ArticleActions", "Target"]


@dataclasses.dataclass(frozen=True, slots=True)
class Target:
    """The article an action applies to."""

    url: str
    """As listed (the key of its read mark)."""
    article: Article | None
    """Its content, when shown or cached."""


class ArticleActions:
    """Save, read marks, copy and open, for one :class:`ReaderScreen`."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self._read: dict[str, bool] = {}  # read marks set in this session

    @property
    def _library(self) -> Library:
        return self.screen.library

    def target(self) -> Target | None:
        """The highlighted row while a list has the focus, else the article being read;
        None (and a word to the user) if there is neither."""
        screen = self.screen
        focused = screen.focused
        url = screen.article_url
        if focused is not None and screen.pane_of(focused) == "headlines":
            hit, row = screen.search_results.current, screen.headline_list.current
            url = (
                (hit.url if hit else None)
                if screen.searching
                else (row.headline.url if row else None)
            )
        if url is None:
            screen.notify("Choose an article first.", timeout=2)
            return None
        shown = screen.article_view.article
        if url == screen.article_url and shown is not None:
            return Target(url, shown)
        try:
            return Target(url, self._library.cached_article(url))
        except HeraldError:
            return Target(url, None)

    # -- read marks and saving ---------------------------------------------------------

    def mark_read(self, url: str, read: bool = True) -> bool:
        """Mark ``url`` read (or unread) in the Library, its row and the counts; False (and
        the user told why) if the Library could not."""
        library = self._library
        try:
            library.set_read(url, read)
        except HeraldError as error:  # a full disk, a read-only data directory
            self.screen.report_error(error)
            return False
        self._read[url] = read
        listed = self._update_row(url, read=read)
        self.screen.update_counts(everywhere=not listed)
        return True

    def is_read(self, url: str) -> bool:
        """Whether ``url`` is marked read, as far as the screen knows."""
        if url in self._read:
            return self._read[url]
        listing = self.screen.headline_list
        index = listing.index_of(url)
        if index is not None:
            return listing.rows[index].read
        return url == self.screen.article_url  # opening an article marks it read

    def toggle_read(self) -> None:
        """Mark the article in question unread, or read again."""
        target = self.target()
        if target is None:
            return
        read = not self.is_read(target.url)
        if self.mark_read(target.url, read):
            self.screen.notify("Marked read." if read else "Marked unread.", timeout=2)

    def toggle_saved(self) -> None:
        """Save the article in question with its content (kept offline), or unsave it."""
        target = self.target()
        if target is None:
            return
        screen, library = self.screen, self._library
        if target.article is None:
            screen.notify("Open the article first: it is not in the cache yet.", timeout=3)
            return
        try:
            saved = not library.is_saved(target.article.url)
            library.set_saved(target.article, saved)
        except HeraldError as error:
            screen.report_error(error)
            return
        self._update_row(target.url, saved=saved)
        screen.update_counts()
        screen.notify("Saved: kept offline." if saved else "Removed from Saved.", timeout=2)

    def _update_row(self, url: str, *, read: bool | None = None, saved: bool | None = None) -> bool:
        """Redraw the listed row of ``url`` with its new state; False if it is not listed."""
        listing = self.screen.headline_list
        index = listing.index_of(url)
        if index is None:
            return False
        row = listing.rows[index]
        changed = dataclasses.replace(
            row,
            read=row.read if read is None else read,
            saved=row.saved if saved is None else saved,
        )
        if changed != row:
            listing.update_row(changed)
        return True

    # -- bug reports ---------------------------------------------------------------------

    def save_report(self) -> None:
        """Write a bug-report bundle (:mod:`herald_tui.report`) for the article in question:
        its parse with the warnings, the versions; the path goes to the user in one line."""
        from herald_tui.model import to_json
        from herald_tui.report import write_bundle

        target = self.target()
        screen = self.screen
        if target is None:
            return
        if screen.reports is None:
            screen.notify("Reports are not kept in this session.", timeout=3)
            return
        if target.article is None:
            screen.notify("Open the article first: there is nothing to report yet.", timeout=3)
            return
        article = target.article
        problem = "; ".join(article.warnings) or "reported by the reader"
        try:
            folder = write_bundle(
                screen.reports,
                article.source,
                url=article.url,
                problem=problem,
                parsed=to_json(article, indent=2),
                parser=article.parser,
            )
        except OSError as error:
            screen.notify(f"Could not save the report: {error.strerror or error}", markup=False)
            return
        screen.notify(f"Report saved in {folder}", timeout=4, markup=False)

    # -- the outside world ---------------------------------------------------------------

    def copy_link(self) -> None:
        """Copy the article's link to the clipboard with OSC 52 (works over SSH)."""
        target = self.target()
        if target is not None:
            self._copy(self._link(target), "Copied the link")

    def open_link(self) -> None:
        """Open the article in the browser: only a safe link to a known site, never over SSH
        (the link is copied instead, and the user told why)."""
        target = self.target()
        if target is None:
            return
        url = self._link(target)
        homes = [source.home for source in self._library.sources()]
        hosts = known_hosts(homes, target.article.url if target.article else None)
        refused = link_refusal(url, hosts)
        if refused:
            self.screen.notify(f"{refused}.", severity="warning", markup=False)
            return
        unavailable = browser_unavailable(os.environ)
        if unavailable:
            self._copy(url, f"Copied the link instead ({unavailable})")
            return
        self.screen.run_worker(self._browse(url), group="browser", exit_on_error=False)

    async def _browse(self, url: str) -> None:
        # The first call looks for a browser (subprocesses): off the event loop.
        if await asyncio.to_thread(webbrowser.open, url):
            self.screen.notify("Opened in the browser.", timeout=2)
        else:
            self._copy(url, "No browser could be started; copied the link instead")

    @staticmethod
    def _link(target: Target) -> str:
        return target.article.url if target.article else target.url

    def _copy(self, url: str, done: str) -> None:
        if not is_safe_url(url):
            self.screen.notify("Not a web link: not copied.", severity="warning", timeout=3)
            return
        self.screen.app.copy_to_clipboard(url)
        self.screen.notify(f"{done}: {url}", markup=False, timeout=4)
