"""The quote panel: every quotation of the article with who said it, in article order or
grouped by speaker.

Speakers come from the article (:mod:`herald_tui.quotes`), so they are untrusted text like
the rest: every string goes through :mod:`herald_tui.tui.display`. A quotation whose speaker
the extractor could not tell is shown as *unattributed*, never given a guessed name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive, reactive
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from herald_tui.model import Article, Quote
from herald_tui.tui import display
from herald_tui.tui.keys import navigation
from herald_tui.tui.widgets._fresh import FreshHeights
from herald_tui.tui.widgets._hanging import Hanging

__all__ = ["QuotePanel", "Row", "listed_quotes", "quote_header", "quote_rows", "speaker_label"]

UNATTRIBUTED = "unattributed"


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the list: a quotation, or (grouped) the heading of a speaker's quotes."""

    quote: Quote | None
    """The quotation; None for a group heading."""
    heading: str = ""
    """The speaker (short form) of a group heading."""
    count: int = 0
    """Quotations under a group heading."""


def _speaker(quote: Quote) -> str | None:
    return quote.speaker_short or quote.speaker


def speaker_label(name: str) -> str:
    """A speaker as a label, starting with a capital: the extractor keeps the article's
    case ("ruling party floor leader Goh"), which beside "Opposition floor leader" looked
    like a mistake."""
    return name[:1].upper() + name[1:] if name[:1].islower() else name


def listed_quotes(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """The quotations worth a row: a headline quotation the body quotes again (by the same
    speaker, or one unknown on either side) is listed once, as the body's, which Enter can
    jump to."""
    body = [q for q in quotes if q.paragraph is not None]

    def repeated(headline: Quote) -> bool:
        words = _words(headline.text)
        return any(
            words in _words(q.text)
            and (headline.speaker is None or q.speaker is None or headline.speaker == q.speaker)
            for q in body
        )

    return tuple(q for q in quotes if q.paragraph is not None or not repeated(q))


def _words(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def quote_header(quotes: Sequence[Quote]) -> str:
    """``3 speakers · 11 quotes`` (unattributed quotations count as quotes, not speakers)."""
    speakers = {quote.speaker for quote in quotes if quote.speaker}
    s = "" if len(speakers) == 1 else "s"
    q = "" if len(quotes) == 1 else "s"
    return f"{len(speakers)} speaker{s} · {len(quotes)} quote{q}"


def quote_rows(quotes: Sequence[Quote], grouped: bool) -> list[Row]:
    """The list's rows: the quotations in article order, or grouped by speaker (speakers in
    order of first appearance, unattributed ones last), each group under its heading."""
    if not grouped:
        return [Row(quote) for quote in quotes]
    groups: dict[str | None, list[Quote]] = {}
    for quote in quotes:
        groups.setdefault(quote.speaker, []).append(quote)
    if None in groups:
        groups[None] = groups.pop(None)  # unattributed last
    rows: list[Row] = []
    for speaker, members in groups.items():
        # The full description, once: the quotations under it do not repeat it.
        rows.append(Row(None, speaker or UNATTRIBUTED, len(members)))
        rows += [Row(quote) for quote in members]
    return rows


class _QuoteMessage(Message):
    """Something happened to one quotation of a :class:`QuotePanel`."""

    def __init__(self, panel: QuotePanel, quote: Quote) -> None:
        super().__init__()
        self.panel = panel
        self.quote = quote

    @property
    def control(self) -> QuotePanel:
        """The panel the quotation is in."""
        return self.panel


class QuoteList(FreshHeights):
    """The quotations, one option each; group headings are disabled options."""

    # The quote panel's styles are here, not in the app's TCSS: parsed when the panel is
    # first opened, not at start.
    DEFAULT_CSS = """
    QuoteList {
        height: 1fr;
        border: none;
        padding: 0;
        background: $surface;
        &:focus { border: none; background-tint: transparent; }
        & > .option-list--option { padding: 0 1; }
        & > .option-list--option-disabled { color: $text; }
        & > .option-list--separator { color: $panel-lighten-1; }
        &:blur > .option-list--option-highlighted { background: transparent; text-style: none; }
    }
    """

    BINDING_GROUP_TITLE = "Quote panel"
    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation("cursor_down", "cursor_up", "first", "last", "page_down", "page_up"),
        Binding("enter", "select", "Jump", id="jump_to_quote"),
    ]
    """Arrows, j/k, g/G, Home/End, PageUp/PageDown, space move through the quotations (the
    article follows); Enter jumps to the article at the quotation."""

    # The list fills the panel (height: 1fr), so a row growing or shrinking changes nothing
    # outside it; but Textual's virtual_size asks for a layout of the whole screen, every
    # paragraph of the article included: a move (the full speaker on the new row, the short
    # one on the old) cost as much as a resize. A scrollbar coming or going still lays out.
    virtual_size = Reactive(Size(0, 0), layout=False)


class QuotePanel(Vertical):
    """A header (``2 speakers · 6 quotes``) over the list of quotations.

    Moving through the list posts :class:`QuotePanel.Highlighted` (the screen highlights the
    quotation in the article); Enter posts :class:`QuotePanel.Chosen`. The highlighted
    quotation shows its speaker's full description ("Kim Min-ji, a professor at Korea
    University"); the others the short form ("Kim Min-ji").

    It may be given its article before it is mounted (the reader mounts it when it is first
    opened): it lists the quotations once it is."""

    BINDING_GROUP_TITLE = "Quote panel"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("b", "toggle_grouping", "By speaker", id="group_quotes"),
        Binding("P", "speaker_page", "Speaker's page", id="speaker_page"),
    ]
    """b groups the quotations by speaker, or puts them back in article order; P opens the
    highlighted quotation's speaker in People."""

    DEFAULT_CSS = """
    QuotePanel {
        background: $surface;
        .quote-header {
            height: 1;
            padding: 0 1;
            background: $panel;
            text-style: bold;
        }
        & > .quote-panel--speaker { color: $accent; text-style: bold; }
        & > .quote-panel--unattributed { color: $text-muted; text-style: italic; }
        & > .quote-panel--tag { color: $text-muted; }
        & > .quote-panel--partial { text-style: italic; }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "quote-panel--speaker",
        "quote-panel--unattributed",
        "quote-panel--tag",
        "quote-panel--partial",
    }
    """The speaker's name; *unattributed*; the headline tag and group counts; partial
    quotations (a few words quoted inside narration)."""

    grouped: reactive[bool] = reactive(False)
    """Group the quotations by speaker instead of article order."""

    class Highlighted(_QuoteMessage):
        """The user moved to a quotation."""

    class Chosen(_QuoteMessage):
        """The user chose a quotation (Enter): go to it in the article."""

    class SpeakerWanted(_QuoteMessage):
        """The user asked for the quotation's speaker in People (P)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.quotes: tuple[Quote, ...] = ()
        """The quotations listed, in article order."""
        self._rows: list[Row] = []
        self._expanded: int | None = None  # the row showing the full speaker
        self._article_url: str | None = None
        self._empty = "No article shown."
        self.quote_list = QuoteList()
        """The list of quotations (what has the focus)."""

    def compose(self) -> ComposeResult:
        yield Static(Content(""), classes="quote-header")
        yield self.quote_list

    def on_mount(self) -> None:
        self._fill(None)

    @property
    def expanded(self) -> int | None:
        """The row showing its speaker in full (the highlighted one, once drawn)."""
        return self._expanded

    @property
    def current(self) -> Quote | None:
        """The highlighted quotation."""
        index = self.quote_list.highlighted
        return self._rows[index].quote if index is not None and index < len(self._rows) else None

    def show(self, article: Article | None) -> None:
        """List the quotations of ``article`` (None: no article open). The same article
        again (an updated copy) keeps the place in the list."""
        same = article is not None and article.url == self._article_url
        keep = self.current if same else None
        self._article_url = article.url if article else None
        self.quotes = listed_quotes(article.quotes) if article else ()
        self._empty = "No quotations in this article." if article else "No article shown."
        if self.is_mounted:
            self._fill(keep)

    def watch_grouped(self) -> None:
        if self.is_mounted:
            self._fill(self.current)

    def action_speaker_page(self) -> None:
        """Everything the highlighted quotation's speaker said, in People."""
        quote = self.current
        if quote is not None:
            self.post_message(self.SpeakerWanted(self, quote))

    def action_toggle_grouping(self) -> None:
        """Group by speaker, or back to article order."""
        self.grouped = not self.grouped

    def _fill(self, keep: Quote | None) -> None:
        header = self.query_one(".quote-header", Static)
        header.update(Content(quote_header(self.quotes) if self.quotes else self._empty))
        self._rows = quote_rows(self.quotes, self.grouped)
        self._expanded = None
        quote_list = self.quote_list
        quote_list.set_options(self._options())
        # A heading's quote is None too: only a quotation can be the one kept.
        target = next((n for n, row in enumerate(self._rows) if row.quote == keep), None)
        if keep is None or target is None:
            target = next((n for n, row in enumerate(self._rows) if row.quote), None)
        quote_list.highlighted = target
        if not self._rows:
            quote_list.add_option(Option(Content.styled(self._empty, "italic"), disabled=True))

    def _options(self) -> Iterator[Option | None]:
        """An option per row; a rule (None) between quotations, or between speakers."""
        for index, row in enumerate(self._rows):
            if index and (row.quote is None or not self.grouped):
                yield None
            yield Option(self._prompt(row, focused=False), disabled=row.quote is None)

    def _expand(self, index: int | None) -> None:
        """Show the full speaker on row ``index`` only (None: on no row)."""
        if index == self._expanded:
            return
        for row_index, focused in ((self._expanded, False), (index, True)):
            if row_index is not None and 0 <= row_index < len(self._rows):
                prompt = self._prompt(self._rows[row_index], focused=focused)
                self.quote_list.replace_option_prompt_at_index(row_index, prompt)
        self._expanded = index
        # Measured again now, not while the next frame is drawn: a height measured then
        # asked for a frame of its own, 2-3 frames after the move. The row may have grown:
        # all of it comes into view.
        self.quote_list.scroll_to_highlight()

    def _prompt(self, row: Row, *, focused: bool) -> Content | Hanging:
        if row.quote is None:
            style = ".quote-panel--speaker" if row.heading != UNATTRIBUTED else ""
            return Content.assemble(
                self._speaker_line(row.heading, style), (f" ({row.count})", ".quote-panel--tag")
            )
        quote = row.quote
        words = display.line(quote.text)
        if quote.kind == "partial":
            words = Content.assemble("…", words, _tail(quote.text)).stylize_before(
                ".quote-panel--partial"
            )
        text = Content.assemble("“", words, "”")
        tag = (" · headline", ".quote-panel--tag") if quote.paragraph is None else ""
        if self.grouped:  # the group's heading names the speaker
            return Hanging(Content("  "), Content.assemble(text, tag))
        name = quote.speaker if focused else _speaker(quote)
        style = ".quote-panel--speaker" if name else ""
        return Content.assemble(self._speaker_line(name or UNATTRIBUTED, style), tag, "\n", text)

    @staticmethod
    def _speaker_line(name: str, style: str) -> Content:
        if name == UNATTRIBUTED and not style:
            return Content.styled(UNATTRIBUTED, ".quote-panel--unattributed")
        return display.line(speaker_label(name), style)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Show the full speaker on the highlighted quotation; tell the screen."""
        event.stop()
        if event.option_index >= len(self._rows):
            return
        self._expand(event.option_index)  # first: the rows' repaint then waits for the screen
        quote = self._rows[event.option_index].quote
        if quote is not None:
            # Straight to the screen rather than bubbling through each container: the
            # article's highlight then lands in the same frame as the cursor.
            self.screen.post_message(self.Highlighted(self, quote))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter: go to the quotation in the article."""
        event.stop()
        if event.option_index >= len(self._rows):
            return
        quote = self._rows[event.option_index].quote
        if quote is not None:
            self.post_message(self.Chosen(self, quote))


def _tail(text: str) -> str:
    """What closes a partial quotation in the panel: an ellipsis, unless the quoted words end
    a sentence ("called it “…a fair compromise.”")."""
    return "" if text.rstrip().endswith((".", "!", "?", "…")) else "…"
