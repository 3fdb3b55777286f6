"""What the reader does to an article: save it, mark it read or unread, copy or open its link,
page it.

:class:`ArticleActions` acts on a :class:`Target` (the article in question, which the screen
chooses) through the Library and a narrow :class:`ActionHost`: tell the user, report an
error, redraw a row, recount, copy, run something in the background. It never looks inside
the screen, so its rules (what toggling means, what is refused) are tested without an app.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any, Protocol

from textual.notifications import SeverityLevel

from herald_tui.errors import HeraldError
from herald_tui.library import Library
from herald_tui.model import Article
from herald_tui.tui.handoff import BadCommand, browser_command, pager_command
from herald_tui.tui.outside import (
    LinkRefused,
    browser_link,
    browser_unavailable,
    clipboard_link,
    known_hosts,
)

__all__ = ["ActionHost", "ArticleActions", "Target"]


@dataclasses.dataclass(frozen=True, slots=True)
class Target:
    """The article an action applies to."""

    url: str
    """As listed (the key of its read mark)."""
    article: Article | None
    """Its content, when shown or cached."""
    read: bool
    """Whether it is shown as read (its row's mark; an article being read is read)."""


class ActionHost(Protocol):
    """What the actions need from the screen."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Tell the user, in one line."""

    def report_error(self, error: BaseException | None) -> str:
        """Tell the user what went wrong, in one line; return the line."""

    def update_row(self, url: str, *, read: bool | None = None, saved: bool | None = None) -> bool:
        """Redraw the listed row of ``url`` with its new marks; False if it is not listed."""

    def update_counts(self, *, everywhere: bool = False) -> None:
        """Recount unread articles (of every section with ``everywhere``)."""

    def copy_to_clipboard(self, text: str) -> str | None:
        """Put ``text`` on the clipboard; return what the user should know about it (inside
        tmux, that tmux may drop it), or None."""

    def in_background(self, work: Coroutine[Any, Any, None]) -> None:
        """Run ``work`` without blocking the user (its failure is reported like any other)."""

    def run_outside(self, argv: Sequence[str], text: str | None, what: str) -> str | None:
        """Run ``argv`` (no shell) in the terminal, the app suspended until it ends, ``text``
        on its standard input; None if all went well, else what went wrong in one line
        (``what`` names where the command comes from)."""


class ArticleActions:
    """Save, read marks, copy, open and page: the Library and the host kept in step."""

    def __init__(self, library: Library, host: ActionHost, browser: Sequence[str] = ()) -> None:
        """``browser``: the ``[browser]`` command (empty: the desktop's browser)."""
        self.library = library
        self.host = host
        self.browser = tuple(browser)
        self._read: dict[str, bool] = {}  # read marks set in this session

    # -- read marks and saving ---------------------------------------------------------

    def mark_read(self, url: str, read: bool = True) -> bool:
        """Mark ``url`` read (or unread) in the Library, its row and the counts; False (and
        the user told why) if the Library could not."""
        try:
            self.library.set_read(url, read)
        except HeraldError as error:  # a full disk, a read-only data directory
            self.host.report_error(error)
            return False
        self._read[url] = read
        listed = self.host.update_row(url, read=read)
        self.host.update_counts(everywhere=not listed)
        return True

    def remember_read(self, urls: list[str], read: bool) -> None:
        """Note marks set for many articles at once elsewhere (mark all read, its undo), so
        that toggling one of them starts from its new mark."""
        for url in urls:
            self._read[url] = read

    def is_read(self, target: Target) -> bool:
        """Whether the target is read: as marked in this session, else as shown."""
        return self._read.get(target.url, target.read)

    def toggle_read(self, target: Target) -> None:
        """Mark the target unread, or read again."""
        read = not self.is_read(target)
        if self.mark_read(target.url, read):
            self.host.notify("Marked read." if read else "Marked unread.", timeout=2)

    def toggle_saved(self, target: Target) -> None:
        """Save the target with its content (kept offline), or unsave it. One not cached yet
        is fetched in the background and saved, as newsboat does (offline: said why not)."""
        if target.article is None:
            if self.library.offline:
                self.host.notify("Not in the cache, and offline: cannot save it.", timeout=3)
                return
            self.host.notify("Saving: fetching the article…", timeout=2)
            self.host.in_background(self._fetch_and_save(target.url))
            return
        self._set_saved(target.url, target.article, not self._is_saved(target.article.url))

    async def _fetch_and_save(self, url: str) -> None:
        """(In the background.) Fetch the article and save it; a failure is reported by the
        host like any other."""
        article = await self.library.article(url)
        if not self._is_saved(article.url):
            self._set_saved(url, article, True)

    def _is_saved(self, url: str) -> bool:
        try:
            return self.library.is_saved(url)
        except HeraldError:
            return False  # set_saved will say what is wrong

    def _set_saved(self, listed_url: str, article: Article, saved: bool) -> None:
        host = self.host
        try:
            self.library.set_saved(article, saved)
        except HeraldError as error:
            host.report_error(error)
            return
        host.update_row(listed_url, saved=saved)
        host.update_counts()
        host.notify("Saved: kept offline." if saved else "Removed from Saved.", timeout=2)

    # -- bug reports ---------------------------------------------------------------------

    def save_report(self, target: Target, reports: Path | None) -> None:
        """Write a bug-report bundle (:mod:`herald_tui.report`) for the target under
        ``reports``: its parse with the warnings, the versions; the path goes to the user in
        one line."""
        from herald_tui.model import to_json
        from herald_tui.report import write_bundle

        host = self.host
        if reports is None:
            host.notify("Reports are not kept in this session.", timeout=3)
            return
        if target.article is None:
            host.notify("Open the article first: there is nothing to report yet.", timeout=3)
            return
        article = target.article
        problem = "; ".join(article.warnings) or "reported by the reader"
        try:
            folder = write_bundle(
                reports,
                article.source,
                url=article.url,
                problem=problem,
                parsed=to_json(article, indent=2),
                parser=article.parser,
            )
        except OSError as error:
            host.notify(f"Could not save the report: {error.strerror or error}", markup=False)
            return
        host.notify(f"Report saved in {folder}", timeout=4, markup=False)

    # -- the outside world ---------------------------------------------------------------

    def copy_link(self, target: Target) -> None:
        """Copy the article's link to the clipboard with OSC 52 (works over SSH)."""
        self._copy(_link(target), "Copied the link")

    def open_link(self, target: Target) -> None:
        """Open the article in the browser: only a safe link to a known site. With a
        ``[browser]`` command, that program runs in this terminal (over SSH too); else the
        desktop's browser, never over SSH (the link is copied instead, and the user told
        why)."""
        url = _link(target)
        homes = [source.home for source in self.library.sources()]
        hosts = known_hosts(homes, target.article.url if target.article else None)
        try:
            url = browser_link(url, hosts)
        except LinkRefused as refused:
            self.host.notify(f"{refused}.", severity="warning", markup=False)
            return
        if self.browser:
            failed = self.host.run_outside(
                browser_command(self.browser, url), None, "the [browser] command"
            )
            if failed:
                self.host.notify(failed, severity="warning", markup=False)
            return
        unavailable = browser_unavailable(os.environ)
        if unavailable:
            # Say how to read it here next time: a text browser in this terminal.
            why = f"{unavailable}; a [browser] command in the config opens it here"
            self._copy(url, f"Copied the link instead ({why})")
            return
        self.host.in_background(self._browse(url))

    async def _browse(self, url: str) -> None:
        import webbrowser  # here: most sessions never open a browser (start-up imports)

        # The first call looks for a browser (subprocesses): off the event loop.
        if await asyncio.to_thread(webbrowser.open, url):
            self.host.notify("Opened in the browser.", timeout=2)
        else:
            self._copy(url, "No browser could be started; copied the link instead")

    def page(self, target: Target) -> None:
        """Send the article as plain text (sanitised) to ``$PAGER`` (``less`` by default),
        in this terminal, the app suspended until the pager ends."""
        article = target.article
        if article is None:
            self.host.notify("Not in the cache: open the article first.", timeout=3)
            return
        try:
            argv = pager_command(os.environ)
        except BadCommand as bad:
            self.host.notify(str(bad), severity="warning", markup=False)
            return
        failed = self.host.run_outside(argv, self._as_text(article), "$PAGER")
        if failed:
            self.host.notify(failed, severity="warning", markup=False)

    def _as_text(self, article: Article) -> str:
        from herald_tui.export import article_text
        from herald_tui.text import strip_controls

        titles = {source.name: source.title for source in self.library.sources()}
        text = article_text(article, source_title=titles.get(article.source, ""))
        # The model is sanitised when parsed, but a cache file can be written by anyone who
        # can write its directory: nothing reaches the terminal uncleaned.
        return strip_controls(text)

    def _copy(self, url: str, done: str) -> None:
        try:
            url = clipboard_link(url)
        except LinkRefused:
            self.host.notify("Not a web link: not copied.", severity="warning", timeout=3)
            return
        note = self.host.copy_to_clipboard(url)  # inside tmux: whether tmux may drop it
        message = f"{done}: {url}" + (f" ({note})" if note else "")
        self.host.notify(message, markup=False, timeout=6 if note else 4)


def _link(target: Target) -> str:
    return target.article.url if target.article else target.url
