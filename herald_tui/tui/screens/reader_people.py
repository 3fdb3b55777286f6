"""People from the reader: the tree's People entry (or ``P`` on a quotation of the quote
panel) shows the speakers of the cache in the middle pane, where the headlines were; Enter
on a person lists their quotations, Enter on one opens its article with the quotation
highlighted, as the quote panel does.

People's messages (and the quote panel's ``P``) are handled by name
(``on_people_list_opened``, Textual's naming of :class:`PeopleList.Opened`), not with
``@on(...)``, which would import the widgets' modules with the reader: they are imported when
People is first opened (docs/PERFORMANCE.md)."""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import TYPE_CHECKING, Any

from herald_tui.config import Settings
from herald_tui.errors import HeraldError
from herald_tui.library import Library
from herald_tui.model import Article, Quote
from herald_tui.results import Person, SaidQuote
from herald_tui.tui.keys import key_hint
from herald_tui.tui.listing import PEOPLE
from herald_tui.tui.screens.reader_base import Layer

if TYPE_CHECKING:
    from textual.widgets import Input

    from herald_tui.tui.widgets.people import PeopleList, SaidList
    from herald_tui.tui.widgets.quotes import QuotePanel

__all__ = ["PeopleLayer"]


class PeopleLayer(Layer):
    """The reader's People view."""

    def __init__(self, library: Library, settings: Settings, **screen: Any) -> None:
        """``screen``: the keyword arguments of :class:`ReaderBase`."""
        super().__init__(library, settings, **screen)
        self._person_seen = ""
        # The key of the person whose quotations were listed last: their row is highlighted
        # on the way back to the people.

    async def open_people(self, person: Person | None = None) -> None:
        """Show the people (or ``person``'s quotations) in the middle pane."""
        await self._mount_once(self.people_view, self.query_one("#panes"), after=self.headline_list)
        if person is not None:
            self._list_quotes_of(person)
        self.searching = False
        self.people_open = True
        self.show_people()
        self.section_tree.move_to(PEOPLE.key)
        self.reading = False
        self.pane = "headlines"
        self.set_focus(self.people_view.current_list)

    def watch_people_open(self, people_open: bool) -> None:
        focused = self.focused
        if not people_open and focused is not None and self.pane_of(focused) == "headlines":
            # Before People is hidden, or the focus would go to a neighbour.
            self.set_focus(self.headline_list)
        self.set_class(people_open, "-people")

    def show_people(self) -> None:
        """List the people, or the person's quotations, from the cache."""
        listing, view = self.people, self.people_view
        try:
            if listing.person_key is None:
                people = listing.people(self.library, self.clock())
            else:
                quotes = listing.quotes(self.library, self.clock())
        except HeraldError as error:  # a cache that cannot be read: one line, nothing lost
            self.report_error(error)
            return
        # the period key is bound on the People view: hints read it there
        empty = listing.empty(self.library.offline, partial(key_hint, view))
        if listing.person_key is None:
            header = f"{_count(len(people), 'person', 'people')} · {listing.period_words}"
            view.show_people(people, header, empty, self._person_seen)
        else:
            role = listing.person_role
            role = f" · {role}" if role and role != listing.person_name else ""
            header = f"{listing.person_name}{role} · {listing.period_words}"
            view.show_quotes(quotes, header, empty, self._source_titles)
        self.show_location()

    def on_people_list_opened(self, event: PeopleList.Opened) -> None:
        """Enter on a person lists their quotations."""
        self._list_quotes_of(event.person)
        self.show_people()

    def _list_quotes_of(self, person: Person) -> None:
        from herald_tui.tui.widgets.quotes import speaker_label  # (with People's widgets)

        self._person_seen = person.key
        self.people = dataclasses.replace(
            self.people,
            person_key=person.key,
            person_name=speaker_label(person.name),
            person_role=speaker_label(person.latest_role or "") or None,
        )

    def on_said_list_back(self) -> None:
        """Back from a person's quotations to the people."""
        self.people = dataclasses.replace(
            self.people, person_key=None, person_name="", person_role=None
        )
        self.show_people()

    def on_people_view_period_wanted(self) -> None:
        """Rank the people over the next period."""
        self.people = dataclasses.replace(self.people, period=self.people.next_period())
        self.show_people()

    def on_input_changed(self, event: Input.Changed) -> None:
        """List the people whose names hold what the filter box holds now."""
        if event.input.id != "people-filter":
            return
        event.stop()
        if event.value != self.people.match:
            self.people = dataclasses.replace(self.people, match=event.value)
            self.show_people()

    def on_said_list_opened(self, event: SaidList.Opened) -> None:
        """Enter on a quotation opens its article at it."""
        self.open_said(event.said)

    def open_said(self, said: SaidQuote) -> None:
        """Open the article of ``said`` with the quotation highlighted in it."""
        self.open_article(said.url, said.headline)
        article = self.article_view.article
        quote = _quote_in(article, said) if article is not None else None
        self.said_quote = (said.url, quote) if quote is not None else None
        if quote is not None:
            # After the new article's first layout, which scrolls it to the top (after a
            # refresh, then a deferred scroll after another): queued on the article view,
            # whose queue keeps that order, one refresh later than that scroll.
            view = self.article_view
            view.call_after_refresh(view.call_after_refresh, view.show_quote, quote)

    def step_people(self, index: int) -> None:
        """``n``/``p`` on a person's page: open their quotation at ``index``."""
        view = self.people_view
        if view.showing_person and 0 <= index < len(view.said_list.rows):
            self.open_said(view.said_list.rows[index])

    async def on_quote_panel_speaker_wanted(self, event: QuotePanel.SpeakerWanted) -> None:
        """``P`` in the quote panel: the quotation's speaker in People."""
        article = self.article_view.article
        try:
            key = self.library.speaker_key(article, event.quote) if article else None
        except HeraldError as error:
            self.report_error(error)
            return
        if key is None:
            self.notify("This quotation has no speaker to look up.", timeout=3)
            return
        await self.open_people(self._person_of(key, event.quote))

    def _person_of(self, key: str, quote: Quote) -> Person:
        """The People row of ``key`` (all time), or one made from the quotation when the
        cache cannot tell (its name then as the article gave it)."""
        name = quote.speaker_short or quote.speaker or ""
        try:
            found = [p for p in self.library.people(None, name) if p.key == key]
        except HeraldError:
            found = []
        return found[0] if found else Person(key, name, "person", 0, None, quote.text, None)


def _quote_in(article: Article, said: SaidQuote) -> Quote | None:
    """The quotation of ``article`` that ``said`` is (same place in the text)."""
    return next(
        (q for q in article.quotes if q.paragraph == said.paragraph and q.start == said.start),
        None,
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
