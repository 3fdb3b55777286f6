"""What the reader gives :class:`~herald_tui.tui.screens.article_actions.ArticleActions`:
the article in question, and the rows, counts, clipboard and workers it may touch.

The actions (and the hand-over to other programs they use) are imported and made when an
article is first shown or acted on: the first screen needs neither (docs/PERFORMANCE.md)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Coroutine, Sequence
from typing import TYPE_CHECKING, Any

from herald_tui.config import Settings
from herald_tui.errors import HeraldError
from herald_tui.library import Library
from herald_tui.tui.screens.reader_base import Layer

if TYPE_CHECKING:
    from herald_tui.tui.screens.article_actions import ArticleActions, Target

__all__ = ["ActionLayer"]


class ActionLayer(Layer):
    """The reader as the article actions' host (:class:`ActionHost`)."""

    def __init__(self, library: Library, settings: Settings, **screen: Any) -> None:
        """``screen``: the keyword arguments of :class:`ReaderBase`."""
        super().__init__(library, settings, **screen)
        self._actions: ArticleActions | None = None

    @property
    def actions(self) -> ArticleActions:
        """Save, read marks, copy, open and page, for the article in question."""
        if self._actions is None:
            from herald_tui.tui.screens.article_actions import ArticleActions

            self._actions = ArticleActions(self.library, self, self.settings.browser.command)
        return self._actions

    def update_counts(self, *, everywhere: bool = False) -> None:
        """Recount unread articles (the reader's)."""
        raise NotImplementedError

    def action_toggle_saved(self) -> None:
        """Save the article (kept offline for good), or unsave it."""
        self._on_target(self.actions.toggle_saved)

    def action_toggle_read(self) -> None:
        """Mark the article unread, or read again."""
        self._on_target(self.actions.toggle_read)

    def action_copy_link(self) -> None:
        """Copy the article's link to the clipboard (OSC 52: works over SSH)."""
        self._on_target(self.actions.copy_link)

    def action_open_link(self) -> None:
        """Open the article in the browser (over SSH: copy its link instead)."""
        self._on_target(self.actions.open_link)

    def action_page(self) -> None:
        """Read the article as plain text in $PAGER (less by default); the app comes back
        when it ends."""
        self._on_target(self.actions.page)

    def action_save_report(self) -> None:
        """Save a bug-report bundle for the article (its parse, warnings and versions)."""
        self._on_target(lambda target: self.actions.save_report(target, self.reports))

    def _on_target(self, act: Callable[[Target], None]) -> None:
        target = self.target()
        if target is not None:
            act(target)

    def target(self) -> Target | None:
        """The article in question: the highlighted row while a list has the focus, else the
        article being read; None (and a word to the user) if there is neither."""
        from herald_tui.tui.screens.article_actions import Target

        focused = self.focused
        url = self.article_url
        if focused is not None and self.pane_of(focused) == "headlines":
            if self.searching:
                hit = self.search_results.current
                url = hit.url if hit else None
            elif self.people_open:
                view = self.people_view
                said = view.said_list.current if view.showing_person else None
                url = said.url if said else None
            else:
                row = self.headline_list.current
                url = row.headline.url if row else None
        if url is None:
            self.notify("Choose an article first.", timeout=2)
            return None
        index = self.headline_list.index_of(url)
        read = self.headline_list.rows[index].read if index is not None else url == self.article_url
        shown = self.article_view.article
        if url == self.article_url and shown is not None:
            return Target(url, shown, read)
        try:
            return Target(url, self.library.cached_article(url), read)
        except HeraldError:
            return Target(url, None, read)

    def update_row(self, url: str, *, read: bool | None = None, saved: bool | None = None) -> bool:
        """Redraw the listed row of ``url`` with its new marks; False if it is not listed."""
        listing = self.headline_list
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

    def copy_to_clipboard(self, text: str) -> str | None:
        """Put ``text`` on the terminal's clipboard (OSC 52); return the app's note on it
        (inside tmux, when tmux may drop it)."""
        self.app.copy_to_clipboard(text)
        note = getattr(self.app, "clipboard_note", None)
        return note if isinstance(note, str) else None

    def run_outside(self, argv: Sequence[str], text: str | None, what: str) -> str | None:
        """Run ``argv`` with the app suspended and resumed after (the app's ``run_program``
        runs it, if it has one: tests inject theirs)."""
        from herald_tui.tui.handoff import hand_over, run_program

        run = getattr(self.app, "run_program", None) or run_program
        return hand_over(self.app.suspend, run, argv, text=text, what=what)

    def in_background(self, work: Coroutine[Any, Any, None]) -> None:
        """Run ``work`` in a worker; a failure is reported like any other."""
        self.run_worker(work, group="background", exit_on_error=False)
