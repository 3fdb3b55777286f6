"""The application: builds the services and hands them to the screens."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Header, Static

if TYPE_CHECKING:
    from herald_tui.cli import Context


class HeraldApp(App[None]):
    """herald-tui's Textual app."""

    TITLE = "herald-tui"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "quit", "Quit")]

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Korea Herald · Yonhap News Agency", id="welcome")
        yield Footer()
