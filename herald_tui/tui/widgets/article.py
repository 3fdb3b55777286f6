"""The article: header, paragraphs with photos and videos in place, tags and related stories.

Everything shown comes from the page, so every string becomes plain
:class:`~textual.content.Content` through :mod:`herald_tui.tui.display`; nothing is parsed as
markup and no link is made clickable except related stories, which open inside the app.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from herald_tui.model import Article, Link, Photo, Quote, Video
from herald_tui.text import is_safe_url
from herald_tui.tui import display
from herald_tui.tui.keys import key_hint
from herald_tui.tui.spans import quote_pieces, term_spans
from herald_tui.tui.timefmt import Clock, kst, relative
from herald_tui.tui.widgets._scroll import InstantScroll

__all__ = ["ArticleView", "Headline", "Paragraph", "PhotoBlock", "RelatedList", "VideoBlock"]


_REVERSE = Style(reverse=True)


class _Marked(Static):
    """Text whose ranges can be highlighted: search matches (fixed when built) and one range
    that moves (the quotation chosen in the quote panel)."""

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
        content = Content(self.text)
        for start, end in self.matches:
            content = content.stylize(".article-view--match", start, end)
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
            self.update(self._content(), layout=False)  # same text, same size


class Headline(_Marked):
    """The article's headline (a headline quotation highlights here)."""

    def __init__(self, text: str, terms: Sequence[str] = ()) -> None:
        # One line, with the same offsets as the model's text (quotes point into it).
        text = display.safe(text).replace("\n", " ").replace("\t", " ")
        super().__init__(text, term_spans(text, terms), classes="headline")


class Paragraph(_Marked):
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


class PhotoBlock(Static, can_focus=True):
    """A photo, shown as what it is: a marker, the caption and (dimmed) the credit. Enter on it
    (a click gives it the focus) asks for the photo itself (:class:`PhotoBlock.Opened`)."""

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
        super().__init__(_media("▣ Photo", display.text(photo.caption), display.line(photo.credit)))

    def action_open_photo(self) -> None:
        """Show the photo large."""
        self.post_message(self.Opened(self))


class VideoBlock(Static):
    """A video, as a titled link (never played; the address is shown, not opened)."""

    def __init__(self, video: Video) -> None:
        self.video = video
        url = display.line(video.url) if is_safe_url(video.url) else Content()
        super().__init__(_media("▶ Video", display.line(video.title), url))


class RelatedList(OptionList):
    """Related stories; Enter opens one inside the app."""

    BINDINGS = OptionList.BINDINGS  # Enter selects; the parent's j/k etc. scroll the article

    def __init__(self, links: Iterable[Link]) -> None:
        self.links = [link for link in links if is_safe_url(link.url)]
        super().__init__(*(Option(display.line(link.title or link.url)) for link in self.links))


class ArticleView(InstantScroll):
    """The article pane; text is kept to a comfortable measure however wide the pane.
    Arrows, j/k, g/G, Home/End, PageUp/PageDown and space scroll it, at once."""

    BINDING_GROUP_TITLE = "Lists and article"

    # Declared here, not on the blocks that use them: component classes on every paragraph
    # would be styled again for each one, which doubled the time to open a long article.
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--highlight",
        "article-view--match",
        "article-view--marker",
        "article-view--dim",
    }
    """The quotation chosen in the quote panel; words a search matched; the Photo/Video
    markers; credits and addresses."""

    class LinkOpened(Message):
        """The user chose a related story."""

        def __init__(self, view: ArticleView, link: Link) -> None:
            super().__init__()
            self.view = view
            self.link = link

        @property
        def control(self) -> ArticleView:
            """The article view the link was chosen in."""
            return self.view

    def __init__(
        self, *, clock: Clock, measure: int = 80, relative_times: bool = True, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self._clock = clock
        self._measure = measure
        self._relative_times = relative_times
        self.article: Article | None = None
        """The article shown, if any (None while a message is shown)."""
        self.terms: tuple[str, ...] = ()
        """Search terms marked in the article shown (see :mod:`herald_tui.tui.spans`)."""
        self._text_blocks: dict[int | None, _Marked] = {}  # headline (None) and paragraphs
        self._lit: list[_Marked] = []  # the blocks of the highlighted quotation

    def compose(self) -> Iterator[Vertical]:
        yield self._column([Static(Content("Choose a headline to read it."), classes="message")])

    def _column(self, widgets: list[Static | OptionList]) -> Vertical:
        column = Vertical(*widgets, classes="article-column")
        column.styles.max_width = self._measure
        return column

    def _replace(self, widgets: list[Static | OptionList], scroll_y: float = 0) -> None:
        # Replacing the whole column (rather than its children) keeps two quick calls from
        # interleaving: the query sees every column mounted so far, including pending ones.
        self.query(".article-column").remove()
        self.mount(self._column(widgets))
        self.call_after_refresh(self.scroll_to, y=scroll_y, animate=False)

    def show(
        self,
        article: Article,
        source_title: str = "",
        *,
        keep_scroll: bool = False,
        terms: Sequence[str] = (),
    ) -> None:
        """Show ``article``, with ``terms`` marked (and the first one in the body in view);
        with ``keep_scroll`` (an updated copy of the same article) the reader's place is
        kept."""
        scroll_y = self.scroll_y if keep_scroll else 0
        self.article = article
        self.terms = tuple(terms)
        self._text_blocks, self._lit = {}, []
        self._replace(list(self._blocks(article, source_title)), scroll_y)
        if self.terms and not keep_scroll:
            first = next((p for p in self.paragraphs if p.matches), None)
            if first is not None:
                self.call_after_refresh(self._bring_into_view, first)

    def show_message(self, title: str, message: str, summary: str = "") -> None:
        """Show a headline, its summary and a line of status (loading, not cached, failed)."""
        self.article = None
        self.terms = ()
        self._text_blocks, self._lit = {}, []
        blocks = [Static(display.line(title), classes="headline")]
        if summary:
            blocks.append(Static(display.text(summary), classes="summary"))
        self._replace([*blocks, Static(display.line(message), classes="message")])

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraph widgets of the shown article, in order."""
        return [block for block in self._text_blocks.values() if isinstance(block, Paragraph)]

    @property
    def highlighted(self) -> list[_Marked]:
        """The blocks (headline, paragraphs) holding the highlighted quotation, in order."""
        return list(self._lit)

    def show_quote(self, quote: Quote | None) -> None:
        """Highlight ``quote`` (the pieces of a quotation over several paragraphs, or the
        headline's) and bring it into view; None clears the highlight."""
        for block in self._lit:
            block.highlight()
        self._lit = []
        if quote is None or self.article is None:
            return
        article = self.article
        for index, start, end in quote_pieces(quote, article.headline, article.paragraphs):
            piece = self._text_blocks.get(index)
            if piece is not None:
                piece.highlight(start, end)
                self._lit.append(piece)
        if self._lit:
            self._bring_into_view(self._lit[0])

    def _bring_into_view(self, block: Widget) -> None:
        """Scroll ``block`` to the middle of the pane (its top, if it is taller)."""
        if block.is_attached:
            self.scroll_to_center(block, animate=False, origin_visible=True, immediate=True)

    def _blocks(self, article: Article, source_title: str) -> Iterator[Static | OptionList]:
        headline = self._text_blocks[None] = Headline(article.headline, self.terms)
        yield headline
        if article.subheadline:
            yield Static(display.text(article.subheadline), classes="subheadline")
        yield Static(self._meta(article, source_title), classes="meta")
        if _adds_to(article.summary, article.paragraphs):
            yield Static(display.text(article.summary), classes="summary")
        if article.fallback:
            yield Static(
                Content("This page's layout was not recognised: the text may be incomplete."),
                classes="message",
            )
        count = len(article.paragraphs)
        for index, text in enumerate(article.paragraphs):
            yield from _media_at(article, index, count)
            paragraph = self._text_blocks[index] = Paragraph(index, text, self.terms)
            yield paragraph
        yield from _media_at(article, count, count)
        yield from self._endmatter(article)

    def _meta(self, article: Article, source_title: str) -> Content:
        lines = [" · ".join(p for p in (article.byline, article.section, source_title) if p)]
        if article.warnings:  # discreet: the reader may still read it; a key saves a report
            report = key_hint(self, "save_report", first=True)
            lines[0] += f" · ⚠ {len(article.warnings)} parse warnings"
            lines[0] += f" ({report} report)" if report else ""
        now = self._clock()
        for label, when in (("Published", article.published), ("Updated", article.updated)):
            if when is not None:
                ago = f" ({relative(when, now)})" if self._relative_times else ""
                lines.append(f"{label} {kst(when)}{ago}")
        return Content("\n").join(display.line(text) for text in lines if text)

    def _endmatter(self, article: Article) -> Iterator[Static | OptionList]:
        if article.email:
            yield Static(display.line(article.email), classes="email")
        if article.tags:
            tags = " · ".join(display.safe(tag) for tag in article.tags)
            yield Static(Content.assemble(("Tags  ", "bold"), display.line(tags)), classes="tags")
        related = RelatedList(article.related)
        if related.links:
            yield Static(Content("Related stories"), classes="related-title")
            yield related

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """A related story was chosen."""
        if isinstance(event.option_list, RelatedList):
            event.stop()
            self.post_message(self.LinkOpened(self, event.option_list.links[event.option_index]))


def _adds_to(summary: str, paragraphs: tuple[str, ...]) -> bool:
    """True if ``summary`` says something the lead paragraph does not already begin with
    (Yonhap's summary is usually the lead's first sentence; a page's description is often
    the lead with straight quotes where the text has curly ones)."""
    if not summary or not paragraphs:
        return bool(summary)
    return _comparable(summary)[:60] not in _comparable(paragraphs[0])


_QUOTES = str.maketrans("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f", "''''\"\"\"\"")


def _comparable(text: str) -> str:
    """``text`` with one kind of quotation mark, one space between words, in lower case."""
    return " ".join(text.translate(_QUOTES).split()).lower()


def _media_at(article: Article, index: int, count: int) -> Iterator[Static]:
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
