"""The article: header, paragraphs with photos and videos in place, tags and related stories.

Everything shown comes from the page, so every string becomes plain
:class:`~textual.content.Content` through :mod:`herald_tui.tui.display`; nothing is parsed as
markup and no link is made clickable except related stories, which open inside the app.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from textual.await_remove import AwaitRemove
from textual.containers import Vertical
from textual.content import Content
from textual.css.styles import RulesMap
from textual.message import Message
from textual.widget import AwaitMount, Widget
from textual.widgets import OptionList, Static

from herald_tui.model import Article, Link, Quote
from herald_tui.patterns import lazy
from herald_tui.results import ListedHeadline
from herald_tui.tui import display
from herald_tui.tui.keys import key_hint
from herald_tui.tui.spans import quote_pieces
from herald_tui.tui.timefmt import Clock, kst, relative
from herald_tui.tui.widgets._block import Block, placed_size
from herald_tui.tui.widgets._scroll import InstantScroll

if TYPE_CHECKING:
    from herald_tui.tui.find import Finding
    from herald_tui.tui.widgets.article_body import Marked, Paragraph, PhotoBlock
    from herald_tui.tui.widgets.find import FindBar

__all__ = ["EMPTY", "ArticleView"]


EMPTY = "Choose a headline to read it."
"""What the pane says with nothing to show (no article, no headline to preview)."""


class _Column(Vertical):
    """The article's blocks, one under the other, at most a comfortable measure wide."""

    virtual_size = placed_size()


class ArticleView(InstantScroll):
    """The article pane; text is kept to a comfortable measure however wide the pane.
    Arrows, j/k, g/G, Home/End, PageUp/PageDown and space scroll it, at once."""

    BINDING_GROUP_TITLE = "Lists and article"

    virtual_size = placed_size()

    # Declared here, not on the blocks that use them: component classes on every paragraph
    # would be styled again for each one, which doubled the time to open a long article.
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--highlight",
        "article-view--match",
        "article-view--current",
        "article-view--marker",
        "article-view--dim",
    }
    """The quotation chosen in the quote panel; words a search or the find bar matched; the
    current match of the find bar; the Photo/Video markers; credits and addresses."""

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
        self._text_blocks: dict[int | None, Marked] = {}  # headline (None) and paragraphs
        self._lit: list[Marked] = []  # the blocks of the highlighted quotation
        self._findable: list[
            Marked | PhotoBlock
        ] = []  # headline, paragraphs, captions in reading order
        self.finding: Finding | None = None
        """What the find bar found; None while the bar is closed."""
        self._find_bar: FindBar | None = None  # made (and imported) after the first article
        self._preview: list[Static] | None = None  # the blocks of the preview shown

    def compose(self) -> Iterator[Vertical]:
        yield self._column([Block(Content(EMPTY), classes="message")])

    @property
    def find_bar(self) -> FindBar:
        """The find bar, docked at the foot of the pane, shown while finding."""
        if self._find_bar is None:
            from herald_tui.tui.widgets.find import FindBar

            self._find_bar = FindBar()
            self._find_bar.display = False
        return self._find_bar

    def _mount_find_bar(self) -> None:
        # Mounted hidden once the first article is on screen (not at start-up, which it
        # would slow, nor on the first `f`: keys typed right after `f` must reach the box,
        # and a mount in between let them reach the article, where `n` is Next).
        if not self.find_bar.is_attached:
            self.mount(self.find_bar)

    def _column(self, widgets: list[Static | OptionList]) -> Vertical:
        column = _Column(*widgets, classes="article-column")
        column.styles.max_width = self._measure
        return column

    def _replace(
        self, widgets: list[Static | OptionList], scroll_y: float = 0, *, one_frame: bool = False
    ) -> None:
        # Replacing the whole column (rather than its children) keeps two quick calls from
        # interleaving: the query sees every column mounted so far, including pending ones.
        self._preview = None
        removed = self.query(".article-column").remove()
        bar = self._find_bar
        mounted = self.mount(
            self._column(widgets), before=bar if bar is not None and bar.is_attached else None
        )
        self.call_after_refresh(self.scroll_to, y=scroll_y, animate=False)
        if one_frame:
            self._in_one_frame(removed, mounted)

    def _in_one_frame(self, removed: AwaitRemove, mounted: AwaitMount) -> None:
        """No frame until the new column is in. The screen would otherwise draw what else
        changed (the list's highlight) while an article's fifty-odd blocks are mounted,
        and the article a frame or two (17-33 ms) later."""
        batch = self.app.batch_update()
        batch.__enter__()

        async def swapped() -> None:
            try:
                await removed
                await mounted
            finally:
                batch.__exit__(None, None, None)
                if self.is_attached:  # the screen may have gone idle meanwhile: draw now
                    self.screen.check_idle()

        self.call_next(swapped)

    def show(
        self,
        article: Article,
        source_title: str = "",
        *,
        keep_scroll: bool = False,
        terms: Sequence[str] = (),
        scroll_y: float | None = None,
    ) -> None:
        """Show ``article``, with ``terms`` marked (and the first one in the body in view);
        with ``keep_scroll`` (an updated copy of the same article) the reader's place is
        kept; ``scroll_y`` puts it there (where the reader left it before)."""
        restore = scroll_y is not None
        scroll_y = self.scroll_y if keep_scroll else (scroll_y or 0)
        self.article = article
        self.terms = tuple(terms)
        self._text_blocks, self._lit, self._findable = {}, [], []
        self._replace(list(self._blocks(article, source_title)), scroll_y, one_frame=True)
        self.call_after_refresh(self._mount_find_bar)
        if self.finding is not None:  # the bar stays open: find the same words in this one
            self.find(self.finding.needle, scroll=False)
        if self.terms and not keep_scroll and not restore:
            first = next((p for p in self.paragraphs if p.matches), None)
            if first is not None:
                self.call_after_refresh(self._bring_into_view, first)

    def show_message(self, title: str, message: str, summary: str = "") -> None:
        """Show a headline, its summary and a line of status (loading, not cached, failed)."""
        self._no_article()
        blocks = [Block(display.line(title), classes="headline")]
        if summary:
            blocks.append(Block(display.text(summary), classes="summary"))
        self._replace([*blocks, Block(display.line(message), classes="message")])

    def _no_article(self) -> None:
        self.article = None
        self.terms = ()
        self._text_blocks, self._lit, self._findable = {}, [], []
        if self.finding is not None:
            self.find(self.finding.needle, scroll=False)

    def show_preview(
        self,
        row: ListedHeadline,
        source: str,
        section: str,
        *,
        stored: bool,
        offline: bool,
        open_key: str = "Enter",
    ) -> None:
        """Show what the list knows of a headline while no article is open: its title, where
        and when it was filed, its summary, and whether the article is stored to read
        (``open_key``: the key that opens it, as bound)."""
        headline = row.headline
        lines = [" · ".join(part for part in (source, section) if part)]
        if headline.published is not None:
            ago = f" ({relative(headline.published, self._clock())})"
            lines.append(
                f"Published {kst(headline.published)}{ago if self._relative_times else ''}"
            )
        parts = (
            display.line(headline.title),
            Content("\n").join(display.line(text) for text in lines if text),
            display.text(headline.summary),
            display.line(_preview_note(row, stored, offline, open_key)),
        )
        if self._preview is None:  # else the preview shown is updated: no remounting per key
            self._no_article()
            blocks: list[Static] = [
                Block(classes=name) for name in ("headline", "meta", "summary", "message")
            ]
            self._replace(list(blocks))
            self._preview = blocks
        for block, content in zip(self._preview, parts, strict=True):
            # The same text again (a refresh re-shows the highlighted row): no update, so
            # no layout of the whole screen (bench_tui, keys while timed refreshes run).
            if _same(block.content, content):
                continue
            # A block keeping its height needs no layout either: moving in the list updates
            # the preview at every key.
            block.update(content, layout=not _fits(block, content))
            block.display = bool(content)

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraph widgets of the shown article, in order."""
        from herald_tui.tui.widgets.article_body import Paragraph

        return [block for block in self._text_blocks.values() if isinstance(block, Paragraph)]

    @property
    def highlighted(self) -> list[Marked]:
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

    def _bring_into_view(self, block: Widget, offset: int | None = None) -> None:
        """Scroll ``block`` to the middle of the pane (its top, if it is taller; the line
        holding character ``offset`` of its text, if given)."""
        if not block.is_attached:
            return
        self.scroll_to_center(block, animate=False, origin_visible=True, immediate=True)
        from herald_tui.tui.widgets.article_body import Marked

        height = self.scrollable_content_region.height
        if offset is None or not isinstance(block, Marked) or block.outer_size.height <= height:
            return
        parent = block.parent
        top = block.virtual_region.y + (
            parent.virtual_region.y if isinstance(parent, Widget) else 0
        )
        line = _line_of(block.text, block.content_size.width, offset)
        self.scroll_to(y=max(0, top + line - height // 2), animate=False, immediate=True)

    def _blocks(self, article: Article, source_title: str) -> Iterator[Static | OptionList]:
        # The body's widgets are imported with the first article shown, not at start.
        from herald_tui.tui.widgets.article_body import Headline, Paragraph

        headline = self._text_blocks[None] = Headline(article.headline, self.terms)
        self._findable.append(headline)
        yield headline
        if article.subheadline:
            yield Block(display.text(article.subheadline), classes="subheadline")
        yield Block(self._meta(article, source_title), classes="meta")
        if _adds_to(article.summary, article.paragraphs):
            yield Block(display.text(article.summary), classes="summary")
        if article.fallback:
            yield Block(
                Content("This page's layout was not recognised: the text may be incomplete."),
                classes="message",
            )
        count = len(article.paragraphs)
        for index, text in enumerate(article.paragraphs):
            yield from self._findable_media(article, index, count)
            paragraph = self._text_blocks[index] = Paragraph(index, text, self.terms)
            self._findable.append(paragraph)
            yield paragraph
        yield from self._findable_media(article, count, count)
        yield from self._endmatter(article)

    def _findable_media(self, article: Article, index: int, count: int) -> Iterator[Static]:
        from herald_tui.tui.widgets.article_body import PhotoBlock, media_at

        for block in media_at(article, index, count):
            if isinstance(block, PhotoBlock):  # its caption is found in reading order
                self._findable.append(block)
            yield block

    # -- find ------------------------------------------------------------------------------

    async def open_find(self) -> None:
        """Open the find bar (or go back to it) with the focus in it."""
        if not self.find_bar.is_attached:  # `f` before the first article's refresh
            await self.mount(self.find_bar)
        self.find_bar.display = True
        if self.finding is None:
            from herald_tui.tui.find import Finding

            self.finding = Finding()
            self.find(self.find_bar.box.value)
        self.screen.set_focus(self.find_bar.box)

    def find(self, needle: str, *, scroll: bool = True) -> Finding:
        """Mark every match of ``needle`` in the headline, the paragraphs and the captions;
        the first current (and in view, with ``scroll``)."""
        from herald_tui.tui.find import Finding  # (imported by the first open_find)

        finding = self.finding = Finding.of(needle, [block.text for block in self._findable])
        self._show_finding(scroll=scroll)
        return finding

    def find_step(self, delta: int) -> None:
        """Go to the next (1) or previous (-1) match, round the end, and bring it into view."""
        if self.finding is not None and self.finding.step(delta) is not None:
            self._show_finding(scroll=True)

    def close_find(self) -> None:
        """Close the find bar and take its marks away; the focus goes back to the article."""
        if self.finding is None:
            return
        self.finding = None
        for block in self._findable:
            block.show_found((), None)
        self.find_bar.display = False
        self.focus()

    def _show_finding(self, *, scroll: bool) -> None:
        finding = self.finding
        if finding is None:
            return
        from herald_tui.tui.widgets.article_body import Marked

        match = finding.match
        for number, block in enumerate(self._findable):
            current = match[1:] if match is not None and match[0] == number else None
            block.show_found(finding.in_block(number), current)
        if self.find_bar.is_attached:
            self.find_bar.show_count(finding.label)
        if scroll and match is not None:
            block = self._findable[match[0]]
            offset = match[1] if isinstance(block, Marked) else None
            self.call_after_refresh(self._bring_into_view, block, offset)

    # The find bar's messages are handled by name (Textual's naming of FindBar.Changed and
    # the others): @on(FindBar.Changed) would import the bar's module with the article view.

    def on_find_bar_changed(self, event: FindBar.Changed) -> None:
        """The words to find changed: find them."""
        event.stop()
        if self.finding is not None:
            self.find(event.needle)

    def on_find_bar_step(self, event: FindBar.Step) -> None:
        """Enter, Shift+Enter in the bar: the next or previous match."""
        event.stop()
        self.find_step(event.delta)

    def on_find_bar_closed(self, event: FindBar.Closed) -> None:
        """Escape in the bar closes it."""
        event.stop()
        self.close_find()

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
        from herald_tui.tui.widgets.article_body import RelatedList

        if article.email:
            yield Block(display.line(article.email), classes="email")
        if article.tags:
            tags = " · ".join(display.safe(tag) for tag in article.tags)
            yield Block(Content.assemble(("Tags  ", "bold"), display.line(tags)), classes="tags")
        related = RelatedList(article.related)
        if related.links:
            yield Block(Content("Related stories"), classes="related-title")
            yield related

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """A related story was chosen."""
        from herald_tui.tui.widgets.article_body import RelatedList

        if isinstance(event.option_list, RelatedList):
            event.stop()
            self.post_message(self.LinkOpened(self, event.option_list.links[event.option_index]))


def _same(shown: object, content: Content) -> bool:
    """True if ``shown`` is ``content``, styles included (Content's ``==`` compares text)."""
    return (
        isinstance(shown, Content) and shown.plain == content.plain and shown.spans == content.spans
    )


def _fits(block: Static, content: Content) -> bool:
    """True if ``content`` takes as many lines as ``block`` has now, at its width."""
    size = block.size
    if not (size.width and block.content and block.display and content):
        return False  # not laid out, or shown or hidden now: a layout decides
    return content.get_height(cast(RulesMap, block.styles), size.width) == size.height


def _preview_note(row: ListedHeadline, stored: bool, offline: bool, key: str) -> str:
    """Whether the previewed article can be read, and how."""
    saved = "Saved; " if row.saved else ""
    if stored:
        return f"{saved}Stored: readable offline. {key} reads it."
    if offline:
        return f"{saved}Not stored: it cannot be read offline."
    return f"{saved}Not stored yet: {key} fetches it."


def _line_of(text: str, width: int, offset: int) -> int:
    """Which line, wrapped at ``width`` cells, holds character ``offset`` of ``text``."""
    lines = Content(text).wrap(max(width, 1))
    position = 0
    for number, line in enumerate(lines):
        plain = line.plain.rstrip()
        start = text.find(plain, position) if plain else position
        if start < 0:
            break
        position = start + len(plain)
        if offset < position:
            return number
    return max(len(lines) - 1, 0)


def _adds_to(summary: str, paragraphs: tuple[str, ...]) -> bool:
    """True if ``summary`` says something the lead paragraph does not already begin with
    (Yonhap's summary is usually the lead's first sentence; a page's description is often
    the lead with straight quotes where the text has curly ones, or without the Hangul or
    acronym the lead gives in parentheses)."""
    if not summary or not paragraphs:
        return bool(summary)
    return _comparable(summary)[:60] not in _comparable(paragraphs[0])


_QUOTES = str.maketrans("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f", "''''\"\"\"\"")


_ASIDE = lazy(r"\([^()]*\)")


def _comparable(text: str) -> str:
    """``text`` with one kind of quotation mark, no asides in parentheses, one space between
    words, in lower case."""
    return " ".join(_ASIDE.sub(" ", text.translate(_QUOTES)).split()).lower()
