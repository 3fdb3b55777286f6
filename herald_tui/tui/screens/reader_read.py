"""Reading aids of the reader: find in the article, back and forward over the articles
opened (each where the reader left it), and a preview of the highlighted headline while no
article is open."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.binding import Binding, BindingType

from herald_tui.config import Settings
from herald_tui.library import Library
from herald_tui.tui.history import History, Visit
from herald_tui.tui.keys import key_hint
from herald_tui.tui.screens.reader_base import Layer

if TYPE_CHECKING:
    from textual.widgets import OptionList

__all__ = ["READ_BINDINGS", "ReadLayer"]


READ_BINDINGS: list[BindingType] = [
    Binding("f", "find", "Find", show=False, id="find"),
    Binding("full_stop", "find_step(1)", "Next match", show=False, id="find_next"),
    Binding("comma", "find_step(-1)", "Previous match", show=False, id="find_previous"),
    Binding(
        "left_square_bracket,alt+left",
        "history(-1)",
        "History back",
        show=False,
        id="history_back",
    ),
    Binding(
        "right_square_bracket,alt+right",
        "history(1)",
        "History forward",
        show=False,
        id="history_forward",
    ),
]
"""f find in the article, . and , next and previous match; [ and ] (Alt+← Alt+→) back
and forward over the articles opened. Bound on the reader (a layer binds nothing itself)."""


class ReadLayer(Layer):
    """Find, history and preview."""

    def __init__(self, library: Library, settings: Settings, **screen: Any) -> None:
        """``screen``: the keyword arguments of :class:`ReaderBase`."""
        super().__init__(library, settings, **screen)
        self.history = History()
        """The articles opened since the app started."""
        self._restore: Visit | None = None  # a visit gone back to, until its article is shown

    def check_read_action(self, action: str) -> bool | None:
        """Find once an article is shown, next/previous match while finding; None for an
        action that is not one of these."""
        if action == "find":
            return self.article_view.article is not None
        if action == "find_step":
            return self.article_view.finding is not None
        return None

    # -- find ------------------------------------------------------------------------------

    async def action_find(self) -> None:
        """Find in the article: every match highlighted, with their count."""
        self.pane = "article"
        await self.article_view.open_find()

    def action_find_step(self, delta: int) -> None:
        """Go to the next or previous match of the find bar."""
        self.article_view.find_step(delta)

    # -- history ---------------------------------------------------------------------------

    def record_visit(self, visit: Visit) -> None:
        """An article is being opened (not by going back or forward): remember where the
        reader was in the one before, and add it to the history."""
        if self._restore is not None and self._restore.url == visit.url:
            return  # the history is opening it
        self._restore = None
        self._keep_scroll()
        self.history.visit(visit)

    def _keep_scroll(self) -> None:
        current, shown = self.history.current, self.article_view.article
        if current is not None and shown is not None and shown.url == current.url:
            self.history.keep_scroll(self.article_view.scroll_y)

    def action_history(self, delta: int) -> None:
        """Go back or forward over the articles opened, each where it was left."""
        self._keep_scroll()
        visit = self.history.go(delta)
        if visit is None:
            word = "earlier" if delta < 0 else "later"
            self.notify(f"No {word} article in the history.", timeout=2)
            return
        self._restore = visit
        self.open_article(visit.url, visit.title, visit.summary, visit.terms)

    def scroll_to_restore(self, url: str) -> float | None:
        """Where to put the reader in ``url`` when it is shown: where they left it, if the
        history is opening it (once)."""
        visit = self._restore
        if visit is None or visit.url != url:
            return None
        self._restore = None
        return visit.scroll_y

    # -- preview ---------------------------------------------------------------------------

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """A move in the headline list previews its headline while no article is open."""
        if event.option_list.id == "headlines" and self.article_url is None:
            self.show_preview()

    def show_preview(self) -> None:
        """Show the highlighted headline in the article pane (while no article is open):
        from the row alone (whether its article is stored was read with the list: a look-up
        here, at every key, waited for the store while a refresh wrote to it)."""
        row = self.headline_list.current
        if row is None or self.article_url is not None:
            return
        stored = row.stored or row.saved
        headline = row.headline
        source = self._source_titles.get(headline.source, headline.source)
        section = self._section_titles.get(f"{headline.source}/{headline.section}", "")
        self.article_view.show_preview(
            row,
            source,
            section or headline.section,
            stored=stored,
            offline=self.library.offline,
            open_key=_spelled(key_hint(self.headline_list, "open", first=True)),
        )


def _spelled(key: str) -> str:
    """A key for a sentence: the footer's "⏎" is "Enter" there."""
    return "Enter" if key in ("", "⏎", "enter") else key
