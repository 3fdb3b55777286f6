"""What the lists of the middle pane share: rows with a URL each, a cursor that stays on the
same story across updates, an empty message, and Enter turned into an ``Opened`` message."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar, Generic, TypeVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from herald_tui.tui.keys import navigation
from herald_tui.tui.widgets._fresh import FreshHeights
from herald_tui.tui.widgets._hanging import Hanging
from herald_tui.tui.widgets._wrapped import Wrapped

__all__ = ["RowList"]

Row = TypeVar("Row")


class RowList(FreshHeights, Generic[Row]):
    """Rows, each with a URL; Enter opens one (the subclass's ``Opened`` message).

    Subclasses say how a row looks (:meth:`prompt`), where it points (:meth:`url_of`) and
    what choosing it says (:meth:`opened`)."""

    BINDING_GROUP_TITLE = "Lists and article"
    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation("cursor_down", "cursor_up", "first", "last", "page_down", "page_up"),
        Binding("enter", "select", "Open", id="open"),
    ]
    """Arrows, j/k, g/G, Home/End, PageUp/PageDown, space; Enter opens."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0))
    """Textual lays out the whole screen when a widget's scrollable size changes (20-90 ms
    for the reader under load, after each refresh of a long list): here only when the
    change can move something (:meth:`watch_virtual_size`)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[Row] = []
        self._shown: dict[str, tuple[object, Option]] = {}  # URL -> (its look, its option)
        self._later: list[Row] = []  # the last rows, shown after the refresh (show_rows)
        self._later_shown: dict[str, tuple[object, Option]] = {}  # their options before

    @property
    def rows(self) -> Sequence[Row]:
        """The rows shown, in order."""
        return self._rows

    @property
    def current(self) -> Row | None:
        """The highlighted row."""
        index = self.highlighted
        return None if index is None or index >= len(self._rows) else self._rows[index]

    def show_rows(self, rows: Iterable[Row], empty: str, *, screenful: bool = False) -> bool:
        """Replace the rows; the highlight stays on the same URL if it is still listed, and
        on the same line of the screen (rows added above it scroll out of view), else goes
        to the first row. ``empty`` is what an empty list says instead. True if the
        highlighted row is not the one highlighted before, looking as it did.

        ``screenful``: with no row highlighted before, build (and measure) only the rows a
        screen can show, and the others after the next refresh: the app's first frame then
        waits for 41 rows of a 200-row list at 40 lines, not 200 (docs/PERFORMANCE.md)."""
        current = self.current
        keep = self.url_of(current) if current is not None else None
        before = self._shown.get(keep) if keep is not None else None
        line = self._screen_line()
        self._rows = list(rows)
        self._later = []
        shown, self._shown = self._shown, {}
        now = self._rows
        if screenful and keep is None:
            # A row is a line at least: one more than the screen has fills any view of the
            # list and keeps the scrollbar it will have (expect_scrollbar).
            now, self._later = now[: self.app.size.height + 1], now[self.app.size.height + 1 :]
        options = self._row_options(now, shown)
        if options and not self._later and _same(options, self.options):
            return False  # every row looks as it did, where it was (a 304, say)
        self.set_options(options)
        if self._later:
            self._later_shown = shown
            self.call_after_refresh(self._show_later, self._later, shown)
        if not self._rows:
            self.add_option(Option(Wrapped(Content.styled(empty, "italic")), disabled=True))
        self.expect_scrollbar()
        index = self.index_of(keep) if keep is not None else None
        unchanged = index is not None and before is self._shown.get(keep or "", ())
        if unchanged:  # the same row, only moved: no news (a preview of it stays as it is)
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index
        else:
            self.highlighted = index if index is not None else (0 if self._rows else None)
        if index is not None and line is not None:
            self._keep_on_line(index, line)
        return not unchanged

    def _show_later(self, later: list[Row], shown: dict[str, tuple[object, Option]]) -> None:
        """Add the rows :meth:`show_rows` left for after the refresh, unless the list was
        replaced meanwhile; as they are now (:meth:`replace_row` may have changed one)."""
        if later is not self._later:
            return
        self._later = []
        start = len(self._rows) - len(later)
        self.add_options(self._row_options(self._rows[start:], shown))
        self.expect_scrollbar()

    def _show_now(self) -> None:
        """Add the rows left for after the refresh at once: a key or a jump reached them
        first (G, End, PageDown, j on the last row built, a story opened further down)."""
        if self._later:
            self._show_later(self._later, self._later_shown)

    def validate_highlighted(self, highlighted: int | None) -> int | None:
        """As OptionList's, after adding the rows not yet built if the highlight goes
        among them (OptionList would hold it on the last row built: the wrong story)."""
        if highlighted is not None and self._later and highlighted >= self.option_count:
            self._show_now()
        return super().validate_highlighted(highlighted)

    def action_cursor_down(self) -> None:
        """Down one row (from the last row built, to the next, not back to the top)."""
        self._show_now()
        super().action_cursor_down()

    def action_last(self) -> None:
        """To the last row of the whole list."""
        self._show_now()
        super().action_last()

    def action_page_down(self) -> None:
        """Down a page, among every row."""
        self._show_now()
        super().action_page_down()  # type: ignore[no-untyped-call]  # untyped in Textual

    def watch_virtual_size(self, old: Size, new: Size) -> None:
        """Lay out the screen only if the list's own height can follow its length: a list
        longer than its view before and after stays at its full height (its scrollbar, if
        it comes or goes, asks for a layout itself)."""
        view = self.container_size.height
        if not (old.height > view and new.height > view and old.width == new.width):
            self.refresh(layout=True)

    def _row_options(
        self, rows: Sequence[Row], shown: dict[str, tuple[object, Option]]
    ) -> list[Option]:
        """An option per row: the one already shown for a row that looks the same (its
        measures and renders kept: a refresh that adds 3 rows to 200 builds 3), else new.
        ``shown``: the options shown before, by URL (those used are taken out)."""
        options = []
        for row in rows:
            url, look = self.url_of(row), self.look(row)
            kept = shown.pop(url, None)  # popped: a URL listed twice gets two options
            if look is None or kept is None or kept[0] != look:
                kept = (look, Option(self.prompt(row)))
            self._shown[url] = kept
            options.append(kept[1])
        return options

    def _screen_line(self) -> int | None:
        """The line of the list's view the highlighted row starts on (None: not laid out)."""
        index = self.highlighted
        if index is None or not self.is_mounted:
            return None
        top = self._index_to_line.get(index)
        return None if top is None else top - round(self.scroll_y)

    def _keep_on_line(self, index: int, line: int) -> None:
        """Scroll so that row ``index`` starts on ``line`` of the view again, as far as the
        list's length allows."""
        top = self._index_to_line.get(index)
        if top is not None:
            self.scroll_to(y=max(0, top - line), animate=False, immediate=True)

    def index_of(self, url: str) -> int | None:
        """Position of the row pointing at ``url``, or None."""
        return next((n for n, row in enumerate(self._rows) if self.url_of(row) == url), None)

    def replace_row(self, row: Row) -> None:
        """Redraw the row of the same URL as ``row`` with ``row``."""
        index = self.index_of(self.url_of(row))
        if index is not None:
            self._rows[index] = row
            if index < self.option_count:  # else one left for after the refresh
                self.replace_option_prompt_at_index(index, self.prompt(row))
            self._shown.pop(self.url_of(row), None)  # its look changed: built anew next time

    def url_of(self, row: Row) -> str:
        """Where ``row`` points."""
        raise NotImplementedError

    def prompt(self, row: Row) -> Hanging:
        """How ``row`` looks."""
        raise NotImplementedError

    def look(self, row: Row) -> object | None:
        """Everything :meth:`prompt` draws ``row`` from, compared with ``==``: a row that
        looks as it did keeps its option when the list is replaced. None (the default):
        always drawn anew."""
        return None

    def opened(self, row: Row) -> Message:
        """The message saying that the user chose ``row``."""
        raise NotImplementedError

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Turn OptionList's selection into the subclass's ``Opened``."""
        event.stop()
        if 0 <= event.option_index < len(self._rows):
            self.post_message(self.opened(self._rows[event.option_index]))


def _same(options: Sequence[Option], shown: Sequence[Option]) -> bool:
    """True if ``options`` are the very options ``shown``, in the same order."""
    return len(options) == len(shown) and all(a is b for a, b in zip(options, shown, strict=True))
