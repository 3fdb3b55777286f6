"""The status bar: where you are, whether the network is used, when it last synced, and what
is being fetched."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from herald_tui.library import ProgressEvent
from herald_tui.tui import display
from herald_tui.tui.keys import key_hint
from herald_tui.tui.timefmt import Clock, relative

__all__ = ["StatusBar", "describe_progress", "reading_badge"]


def reading_badge(toggle: str, back: str) -> str:
    """Shown in reading mode, which otherwise only looks like a wide article: the keys that
    leave it (``toggle``: reading mode's own, ``back``: back's), as bound now."""
    keys = " or ".join(key for key in (toggle, back) if key)
    return f" READING: {keys} leaves " if keys else " READING "


def describe_progress(event: ProgressEvent) -> str:
    """``Politics 3/20 articles``, ``Politics: retrying in 4 s``: one short line."""
    text = display.safe(event.message)
    if event.total:
        text = f"{text} {event.done}/{event.total}" if text else f"{event.done}/{event.total}"
    if event.retry_in is not None:
        text = f"{text}: retrying in {max(0, round(event.retry_in))} s"
    return " ".join(text.split())


class StatusBar(Horizontal):
    """One line at the bottom: a SAMPLE CONTENT badge in demo mode, ONLINE, NO NETWORK or
    OFFLINE, READING in reading mode, where you are, when it last synced and what is being
    fetched. The screen sets the attributes; this only renders."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "status-bar--dim",
        "status-bar--progress",
        "status-bar--news",
    }
    """The sync time, the progress of fetches, what refreshes brought."""

    location: reactive[str] = reactive("")
    """Source and section (``Yonhap News Agency › Politics``)."""
    offline: reactive[bool] = reactive(False)
    """Show OFFLINE instead of ONLINE."""
    no_network: reactive[bool] = reactive(False)
    """Show NO NETWORK instead of ONLINE: the last fetch found no network."""
    demo: reactive[bool] = reactive(False)
    """Show the SAMPLE CONTENT badge."""
    synced: reactive[datetime | None] = reactive(None)
    """When the shown section was last synced."""
    note: reactive[str] = reactive("")
    """Shown instead of the sync time when set (``12 results``, ``kept offline``)."""
    reading: reactive[bool] = reactive(False)
    """Show the READING badge and how to leave reading mode (follows the screen's)."""
    news: reactive[str] = reactive("")
    """What refreshes brought and the reader has not seen yet (``3 new in National``)."""
    unread: reactive[int] = reactive(0)
    """Unread headlines in what is listed (``12 unread``; nothing said when 0)."""

    def __init__(self, *, clock: Clock, id: str | None = None) -> None:
        super().__init__(id=id)
        self._clock = clock
        self._progress: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Static(Content(" SAMPLE CONTENT "), id="demo-badge")
        yield Static(Content(" ONLINE "), id="network-badge")
        yield Static(id="reading-badge")
        yield Static(id="status-text")

    def on_mount(self) -> None:
        """Keep "synced 3 min ago" current; follow the screen's reading mode."""
        self.set_interval(30, self._update_text)
        self.query_one("#reading-badge").display = False
        if hasattr(self.screen, "reading"):
            self.watch(self.screen, "reading", self._set_reading)

    def _set_reading(self, reading: bool) -> None:
        self.reading = reading

    def watch_reading(self, reading: bool) -> None:
        badge = self.query_one("#reading-badge", Static)
        if reading:  # the keys as bound now: Settings.keys may have moved them
            badge.update(Content(self._reading_badge()))
        badge.display = reading

    def _reading_badge(self) -> str:
        toggle = key_hint(self, "reading_mode", first=True)
        return reading_badge(toggle, key_hint(self, "back", first=True))

    def watch_demo(self, demo: bool) -> None:
        self.query_one("#demo-badge").display = demo

    def watch_offline(self) -> None:
        self._update_badge()

    def watch_no_network(self) -> None:
        self._update_badge()

    def _badge(self) -> str:
        if self.offline:
            return " OFFLINE "
        return " NO NETWORK " if self.no_network else " ONLINE "

    def _update_badge(self) -> None:
        badge = self.query_one("#network-badge", Static)
        badge.update(Content(self._badge()))
        badge.set_class(self.offline or self.no_network, "-offline")

    def watch_location(self) -> None:
        self._update_text()

    def watch_synced(self) -> None:
        self._update_text()

    def watch_note(self) -> None:
        self._update_text()

    def watch_news(self) -> None:
        self._update_text()

    def watch_unread(self) -> None:
        self._update_text()

    def set_progress(self, task: str, event: ProgressEvent | None) -> None:
        """Show what ``task`` is doing, or forget it (``None``) when it is over."""
        self._progress.pop(task, None)  # re-inserted: the newest report is shown
        if event is not None:
            self._progress[task] = describe_progress(event)
        self._update_text()

    @property
    def text(self) -> str:
        """The bar as plain text (badges included)."""
        badges = " SAMPLE CONTENT " if self.demo else ""
        badges += self._badge()
        badges += self._reading_badge() if self.reading else ""
        return badges + self._text().plain

    def on_resize(self) -> None:
        """A new width may fit the sync time again, or no longer fit it."""
        self._update_text()

    def _update_text(self) -> None:
        if self.is_mounted:
            # One line of a fixed size (herald.tcss): no layout of the whole screen for it,
            # which every progress report of a timed refresh cost (bench_tui).
            line = self.query_one("#status-text", Static)
            line.update(self._text(line.size.width), layout=False)

    def _text(self, width: int = 0) -> Content:
        """Location (with its note), unread count, news, sync time and progress, built from
        plain strings (names and searches are untrusted). Most telling first: a narrow bar
        cuts the end; the sync time, which it can spare best, goes whole rather than cut to
        "synced just" when the line is ``width`` cells wide (0: as wide as it needs)."""
        head: list[Content | tuple[str, str]] = [Content(" "), display.line(self.location)]
        if self.note:  # what is listed: "2 kept offline", "7 results"
            head += [(" · ", ".status-bar--dim"), display.line(self.note, ".status-bar--dim")]
        if self.unread:
            head.append((f" · {self.unread:,} unread", ".status-bar--dim"))
        if self.news:
            head.append(Content.assemble(" · ", display.line(self.news, ".status-bar--news")))
        synced: list[Content | tuple[str, str]] = []
        if not self.note:
            when = "never synced"
            if self.synced is not None:
                when = f"synced {relative(self.synced, self._clock())}"
            synced = [(" · ", ".status-bar--dim"), display.line(when, ".status-bar--dim")]
        tail: list[Content | tuple[str, str]] = []
        if self._progress:
            latest = list(self._progress.values())[-1]
            more = f" (+{len(self._progress) - 1})" if len(self._progress) > 1 else ""
            tail.append((f" · {latest}{more}", ".status-bar--progress"))
        whole = Content.assemble(*head, *synced, *tail)
        if synced and 0 < width < whole.cell_length:
            return Content.assemble(*head, *tail)
        return whole
