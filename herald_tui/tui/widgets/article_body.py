"""The body of an article in the article pane: headline and paragraphs that can be marked,
photos and videos in place, related stories.

Imported when the first article is shown, not at start: the pane's first screen shows only
a message (docs/PERFORMANCE.md, start-up round 6). Everything shown comes from the page, so
every string becomes plain :class:`~textual.content.Content` through
:mod:`herald_tui.tui.display`; nothing is parsed as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from herald_tui.model import Article, Link, Photo, Video
from herald_tui.text import is_safe_url
from herald_tui.tui import display
from herald_tui.tui.spans import term_spans
from herald_tui.tui.widgets._block import Block, placed_size

__all__ = ["Headline", "Marked", "Paragraph", "PhotoBlock", "RelatedList", "VideoBlock", "media_at"]

_REVERSE = Style(reverse=True)

Span = tuple[int, int]


def _found(block: Widget, content: Content, found: Sequence[Span], current: Span | None) -> Content:
    """``content`` of ``block`` with the matches marked, the current match of the find bar
    apart (in reverse video too under NO_COLOR, where backgrounds turn grey)."""
    for start, end in found:
        content = content.stylize(".article-view--match", start, end)
    if current is not None:  # only ever set in a handler, so with an app to ask
        content = content.stylize(".article-view--current", *current)
        if block.app.no_color:
            content = content.stylize(_REVERSE, *current)
    return content


class _Findable:
    """A block the find bar searches: its text as shown, and the ranges found in it."""

    text: str
    found: tuple[Span, ...] = ()
    """Matches of the find bar in :attr:`text`."""
    found_current: Span | None = None
    """The current match, if it is in this block."""

    def show_found(self, found: Sequence[Span], current: Span | None) -> None:
        """Mark ``found`` (``current`` apart); nothing clears the marks."""
        found, current = tuple(found), current
        if (found, current) != (self.found, self.found_current):
            self.found, self.found_current = found, current
            self.repaint()

    def repaint(self) -> None:
        """Show the block again with its marks."""
        raise NotImplementedError


class Marked(_Findable, Block):
    """Text whose ranges can be highlighted: search matches (fixed when built), matches of
    the find bar, and one range that moves (the quotation chosen in the quote panel)."""

    def __init__(
        self, text: str, matches: Sequence[tuple[int, int]] = (), classes: str = ""
    ) -> None:
        self.text = text
        """What is shown; offsets of highlights are offsets into it."""
        self.matches = tuple(matches)
        """Ranges of search terms, marked for as long as the block is shown."""
        self.span: tuple[int, int] | None = None
        """The highlighted range, if any."""
        super().__init__(self._content(), classes=classes)

    def _content(self) -> Content:
        content = _found(self, Content(self.text), self.matches + self.found, self.found_current)
        if self.span is not None:
            content = content.stylize(".article-view--highlight", *self.span)
            if self.app.no_color:
                # NO_COLOR greys the background out; reverse video keeps the quotation
                # visible (component classes cannot carry "reverse" into Content).
                content = content.stylize(_REVERSE, *self.span)
        return content

    def highlight(self, start: int | None = None, end: int | None = None) -> None:
        """Highlight ``text[start:end]``; no arguments clears the highlight."""
        span = None if start is None else (start, len(self.text) if end is None else end)
        if span != self.span:
            self.span = span
            self.repaint()

    def repaint(self) -> None:
        """Show the text again with its highlights."""
        self.update(self._content(), layout=False)  # same text, same size


class Headline(Marked):
    """The article's headline (a headline quotation highlights here)."""

    def __init__(self, text: str, terms: Sequence[str] = ()) -> None:
        # One line, with the same offsets as the model's text (quotes point into it).
        text = display.safe(text).replace("\n", " ").replace("\t", " ")
        super().__init__(text, term_spans(text, terms), classes="headline")


class Paragraph(Marked):
    """One paragraph of body text; a paragraph holding line breaks is a table kept as rows."""

    def __init__(self, index: int, text: str, terms: Sequence[str] = ()) -> None:
        self.index = index
        """Position in :attr:`Article.paragraphs`."""
        text = display.safe(text)
        super().__init__(text, term_spans(text, terms), "-table" if "\n" in text else "")


def _media(marker: str, text: Content, detail: Content) -> Content:
    """``▣ Photo  caption`` over a dimmed detail line (credit, address); parts may be empty."""
    parts = [Content.styled(marker, ".article-view--marker")]
    if text:
        parts += [Content("  "), text]
    if detail:
        parts += [Content("\n"), detail.stylize_before(".article-view--dim")]
    return Content.assemble(*parts)


class PhotoBlock(_Findable, Block, can_focus=True):
    """A photo, shown as what it is: a marker, the caption and (dimmed) the credit. Enter on it
    (a click gives it the focus) asks for the photo itself (:class:`PhotoBlock.Opened`)."""

    # The styles of what is only in some articles are here, not in the app's TCSS: parsed
    # when the first such article is shown, not at start.
    DEFAULT_CSS = """
    PhotoBlock {
        border-left: outer $accent;
        padding-left: 1;
        color: $text-muted;
        &:focus { background: $boost; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_photo", "Open photo", id="open_photo")
    ]

    class Opened(Message):
        """The user asked to see this photo."""

        def __init__(self, block: PhotoBlock) -> None:
            super().__init__()
            self.photo = block.photo

    def __init__(self, photo: Photo) -> None:
        self.photo = photo
        self._caption = display.text(photo.caption)
        self.text = self._caption.plain
        """The caption, as shown (what the find bar searches)."""
        super().__init__(self._content())

    def _content(self) -> Content:
        caption = _found(self, self._caption, self.found, self.found_current)
        return _media("▣ Photo", caption, display.line(self.photo.credit))

    def repaint(self) -> None:
        """Show the caption again with its marks."""
        self.update(self._content(), layout=False)

    def action_open_photo(self) -> None:
        """Show the photo large."""
        self.post_message(self.Opened(self))


class VideoBlock(Block):
    """A video, as a titled link (never played; the address is shown, not opened)."""

    DEFAULT_CSS = """
    VideoBlock {
        border-left: outer $accent;
        padding-left: 1;
        color: $text-muted;
    }
    """

    def __init__(self, video: Video) -> None:
        self.video = video
        url = display.line(video.url) if is_safe_url(video.url) else Content()
        super().__init__(_media("▶ Video", display.line(video.title), url))


class RelatedList(OptionList):
    """Related stories; Enter opens one inside the app."""

    DEFAULT_CSS = """
    RelatedList {
        border: none;
        padding: 0;
        margin-bottom: 1;
        background: $background;
        &:focus { border: none; }
        &:blur > .option-list--option-highlighted { background: transparent; text-style: none; }
    }
    """

    BINDINGS = OptionList.BINDINGS  # Enter selects; the parent's j/k etc. scroll the article

    # Set as its lines are measured, while the frame is drawn: see Block.
    virtual_size = placed_size()

    def __init__(self, links: Iterable[Link]) -> None:
        self.links = [link for link in links if is_safe_url(link.url)]
        super().__init__(*(Option(display.line(link.title or link.url)) for link in self.links))


def media_at(article: Article, index: int, count: int) -> Iterator[Static]:
    """Photos and videos that stand before paragraph ``index`` (``count``: after the last);
    out-of-range positions from a sloppy page go to the nearest end."""

    def place(position: int) -> int:
        return min(max(position, 0), count)

    for photo in article.photos:
        if place(photo.paragraph) == index:
            yield PhotoBlock(photo)
    for video in article.videos:
        if place(video.paragraph) == index:
            yield VideoBlock(video)
