"""Small tools the app's tests share: what the screen shows, what was notified."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from rich.console import Console
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import OptionList

from herald_tui.tui.screens.reader import ReaderScreen
from herald_tui.tui.widgets._hanging import Hanging
from tests.tui.settling import settle as settle  # the tests import every helper from here
from tests.tui.settling import until as until

T = TypeVar("T")


def _console(app: App[Any]) -> Console:
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
    )
    render = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    console.print(render)
    return console


def screen_text(app: App[Any]) -> str:
    """The characters on the screen now, one line per terminal row."""
    return _console(app).export_text(styles=False)


def terminal_bytes(app: App[Any]) -> str:
    """What would be written to the terminal to paint the screen (styles included)."""
    console = _console(app)
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue()


@dataclass
class Notes:
    """Notifications the app made, in order."""

    items: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def __call__(self, message: str, **kwargs: Any) -> None:
        self.items.append((message, kwargs))

    @property
    def messages(self) -> list[str]:
        return [message for message, _ in self.items]

    def errors(self) -> list[str]:
        return [m for m, kw in self.items if kw.get("severity") == "error"]


def frames_sent(app: App[Any], what: Callable[[], T]) -> list[T]:
    """From now on, ``what()`` at each frame the app sends to the terminal, in order."""
    sent: list[T] = []
    display = app._display

    def recorded(screen: Any, renderable: Any) -> None:
        if renderable is not None:
            sent.append(what())
        display(screen, renderable)

    app._display = recorded  # type: ignore[method-assign]
    return sent


def record_notifications(app: App[Any]) -> Notes:
    """Replace ``app.notify`` with a recorder (every widget's notify goes through it)."""
    notes = Notes()
    app.notify = notes  # type: ignore[method-assign]
    return notes


async def press(pilot: Pilot[Any], *keys: str) -> None:
    """Press keys one at a time, letting the app settle after each."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def focused(app: App[Any]) -> Widget | None:
    """The widget with the focus now (a call, so that a type check does not carry one
    ``isinstance`` over to the next key press)."""
    return app.focused


def displayed(widget: Widget) -> bool:
    """Whether ``widget`` is displayed now (a call: see :func:`focused`)."""
    return widget.display


def reader(app: App[Any]) -> ReaderScreen:
    """The reader screen (asserting it is the one shown)."""
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def option_texts(options: OptionList) -> list[str]:
    """The plain text of each option of a list, in order."""
    texts = []
    for option in options.options:
        prompt = option.prompt
        if isinstance(prompt, Hanging):
            texts.append(prompt.prefix.plain + prompt.body.plain)
        else:
            texts.append(str(getattr(prompt, "plain", prompt)))
    return texts


def terminal_writes(app: App[Any]) -> list[str]:
    """Record what the app writes to its terminal driver directly (not screen updates)."""
    writes: list[str] = []
    driver = app._driver
    assert driver is not None
    driver.write = writes.append  # type: ignore[assignment]
    return writes


async def wait_until(pilot: Pilot[Any], ready: Callable[[], bool]) -> None:
    """Let the app run until ``ready()`` holds, settling it between checks (fetches from a
    real server take a moment)."""
    await until(pilot, ready, settling=True)
