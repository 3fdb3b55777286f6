"""The photo screen: one of the article's photos large, its caption and credit, next and
previous, Escape back to the article (which was never touched).

The picture is fetched and decoded by the Library in a worker (never on the UI thread); a
photo the user has already stepped away from is dropped when it arrives. Whatever goes wrong
(off-host, offline and not cached, not an image, a bomb, too big, too slow) ends as one line
in place of the picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Middle
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import Worker, WorkerState

from herald_tui.errors import HeraldError
from herald_tui.library import Library
from herald_tui.model import Photo
from herald_tui.text import clean_line
from herald_tui.tui import display
from herald_tui.tui.photo_render import Renderer, photo_widget

__all__ = ["PhotoScreen"]

CELL_PIXELS = (10, 20)
"""Pixels of a terminal cell assumed when decoding for graphics protocols (textual-image's
default when it cannot ask); half-blocks need 1 x 2 per cell."""


class PhotoScreen(Screen[None]):
    """The article's photos, one at a time."""

    BINDING_GROUP_TITLE = "Photo"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "close", "Back", id="close_photo"),
        Binding("right,n,l", "step(1)", "Next photo", id="next_photo"),
        Binding("left,p,h", "step(-1)", "Previous photo", id="previous_photo"),
    ]
    """Escape/Backspace back to the article, right/n/l and left/p/h between photos."""

    # Here, not in the app's TCSS: parsed when a photo is first shown, not at start.
    DEFAULT_CSS = """
    PhotoScreen {
        & #photo-title { color: $text-muted; padding: 0 1; }
        & #photo-frame { height: 1fr; }
        & .photo-image { width: auto; height: auto; max-height: 100%; max-width: 100%; }
        & #photo-message { width: auto; color: $text-muted; }
        & #photo-caption { padding: 0 1; }
        & #photo-credit { padding: 0 1; color: $text-muted; }
    }
    """

    def __init__(
        self,
        library: Library,
        photos: Sequence[Photo],
        index: int,
        source: str,
        renderer: Renderer,
    ) -> None:
        """``source``: the plugin the article (and so the photos) belong to."""
        super().__init__()
        self.library = library
        self.photos = tuple(photos)
        self.index = max(0, min(index, len(self.photos) - 1))
        self.source = source
        self.renderer = renderer

    def compose(self) -> ComposeResult:
        yield Static(id="photo-title")
        with Middle(id="photo-frame"), Center():
            yield Static(id="photo-message")
        yield Static(id="photo-caption")
        yield Static(id="photo-credit")
        yield Footer()

    def on_mount(self) -> None:
        """Show the photo asked for."""
        self.show_photo()

    @property
    def message(self) -> str:
        """The line shown in place of the picture ('' when the picture is there)."""
        widget = self.query_one("#photo-message", Static)
        return str(widget.content) if widget.display else ""

    def action_close(self) -> None:
        """Back to the article."""
        self.dismiss()

    def action_step(self, by: int) -> None:
        """The next or previous photo of the article; stops at either end."""
        index = self.index + by
        if 0 <= index < len(self.photos):
            self.index = index
            self.show_photo()

    def show_photo(self) -> None:
        """Caption, credit and position now; the picture when the worker brings it."""
        photo = self.photos[self.index]
        where = f"Photo {self.index + 1} of {len(self.photos)}"
        if self.library.offline:
            where += " · offline: cached photos only"
        self.query_one("#photo-title", Static).update(Content(where))
        self.query_one("#photo-caption", Static).update(display.text(photo.caption))
        self.query_one("#photo-credit", Static).update(display.line(photo.credit))
        self._remove_picture()
        if self.renderer == "off":
            self._say("Pictures are off (images = 'off' or NO_COLOR): the caption only.")
            return
        self._say("Loading…")
        self.run_worker(
            self._load(self.index),
            name=str(self.index),
            group="photo",
            exclusive=True,
            exit_on_error=False,
        )

    async def _load(self, index: int) -> None:
        photo = self.photos[index]
        try:
            decoded = await self.library.photo(photo.url, self.source, self._box())
        except HeraldError as e:
            if index == self.index:
                self._say(str(e))
            return
        if index != self.index:
            return  # the user has moved on
        picture = photo_widget(self.renderer, decoded.image)
        picture.add_class("photo-image")
        await self.query_one("#photo-frame Center").mount(picture)
        if index != self.index:  # the user moved on while it was mounted
            await picture.remove()
            return
        self.query_one("#photo-message", Static).display = False

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failure nobody foresaw still ends as a line, not a traceback."""
        if event.state == WorkerState.ERROR and event.worker.name == str(self.index):
            error = event.worker.error
            self._say(f"Could not show this photo ({type(error).__name__}).")

    def _box(self) -> tuple[int, int]:
        """Pixels to decode to: what the screen can show of a photo, a little over."""
        columns, rows = self.size.width or 80, max(self.size.height - 6, 4)
        if self.renderer == "halfblock":
            return columns, rows * 2
        return columns * CELL_PIXELS[0], rows * CELL_PIXELS[1]

    def _say(self, text: str) -> None:
        widget = self.query_one("#photo-message", Static)
        widget.update(Content(clean_line(text)))
        widget.display = True

    def _remove_picture(self) -> None:
        for widget in self.query(".photo-image"):
            widget.remove()
