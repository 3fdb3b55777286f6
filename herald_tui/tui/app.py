"""The application: receives the Library and the Settings and hands them to the reader."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.actions import parse as parse_action
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen
from textual.theme import Theme

from herald_tui.config import Settings
from herald_tui.library import Library
from herald_tui.text import clean_line
from herald_tui.tui import collector
from herald_tui.tui.keepup import Every
from herald_tui.tui.keys import (
    action_help,
    binding_ids,
    bound_actions,
    keymap,
    unknown_actions,
)
from herald_tui.tui.prefs import Preferences, load_preferences, save_preferences
from herald_tui.tui.screens.reader import ReaderScreen
from herald_tui.tui.timefmt import Clock, system_clock

if TYPE_CHECKING:
    from herald_tui.tui.handoff import Runner

__all__ = ["HeraldApp"]


class HeraldApp(App[None]):
    """herald-tui: a keyboard-driven reader for The Korea Herald and Yonhap News Agency."""

    TITLE = "herald-tui"
    CSS_PATH = "herald.tcss"
    BINDING_GROUP_TITLE = "Everywhere"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", show=False, id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
    ]
    """q quits (not in the footer, which needs the room: ? lists it), ? lists every key;
    Ctrl+P opens the command palette."""

    def __init__(
        self,
        library: Library,
        settings: Settings,
        *,
        demo: bool = False,
        clock: Clock = system_clock,
        preferences: Path | None = None,
        reports: Path | None = None,
        every: Every | None = None,
        run_program: Runner | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.demo = demo
        self.clock = clock
        """Where "now" comes from (tests and snapshots fix it)."""
        self.preferences_path = preferences
        """The JSON file remembering the theme chosen in the palette (None: not remembered)."""
        self._preferences = Preferences()
        self.reports = reports
        """Where the report key (!) writes bug-report bundles."""
        self.every = every
        """How the automatic refresh is timed (None: Textual's timers; tests fire their own)."""
        self.run_program = run_program
        """Runs the [browser] command and the pager while the app is suspended (None: the
        default, :func:`~herald_tui.tui.handoff.run_program`; tests inject their own)."""
        self.clipboard_note: str | None = None
        """What a copy to the clipboard may need saying (inside tmux, whether tmux drops it);
        asked once at start, off the event loop."""

    def get_default_screen(self) -> Screen[None]:
        return ReaderScreen(
            self.library,
            self.settings,
            clock=self.clock,
            demo=self.demo,
            reports=self.reports,
            every=self.every,
        )

    def on_mount(self) -> None:
        """Apply the user's keys and theme; tell the user what they need to know."""
        self.set_keymap(keymap(self.settings.keys))
        if self.settings.keys:  # else nothing to check: gathering the names costs start-up
            self._check_key_names()
        self._apply_theme()
        self._exit_on_hangup()
        if os.environ.get("TMUX"):
            self.run_worker(self._ask_tmux, thread=True, exit_on_error=False)
        if self.demo:
            self.notify("SAMPLE CONTENT: these articles are invented for the demo.", markup=False)
        for notice in self.library.notices():
            self.notify(clean_line(notice), severity="warning", markup=False)

    def _check_key_names(self) -> None:
        """Say which names of the config's [keys] no action has."""
        # The help screen's own close key (close_help) may be rebound too.
        from herald_tui.tui.screens.help import HelpScreen  # (start-up: see action_help)

        known = binding_ids(self._key_nodes()) | HelpScreen.binding_ids()
        for name in unknown_actions(self.settings.keys, known):
            message = f"[keys] {clean_line(name)}: no such action; see ? for the names."
            self.notify(message, markup=False)

    def _exit_on_hangup(self) -> None:
        """A closed terminal (SIGHUP: the window closed, ``tmux kill-session``) or a SIGTERM
        ends the app as ``q`` does, so the library closes: the demo's server stops and its
        temporary directory goes, instead of staying behind as with the default action."""
        loop = asyncio.get_running_loop()
        for name in ("SIGHUP", "SIGTERM"):
            # Not the main thread (tests) or no such signal (Windows): the default stays.
            with contextlib.suppress(AttributeError, NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(getattr(signal, name), self.exit)

    def _ask_tmux(self) -> None:
        """(In a thread.) Will tmux pass a copy to the clipboard? Say so when it will not."""
        from herald_tui.tui.outside import ask_tmux, tmux_clipboard_note

        self.clipboard_note = tmux_clipboard_note(ask_tmux(os.environ))

    def on_ready(self) -> None:
        """The first frame is on screen: the garbage collector may run again."""
        collector.resume()

    def _apply_theme(self) -> None:
        """The theme last chosen in the palette, else the config's; remember later choices."""
        if self.preferences_path is not None:
            self._preferences, notice = load_preferences(self.preferences_path)
            if notice:
                self.notify(notice, severity="warning", markup=False)
        for name in (self._preferences.theme, self.settings.ui.theme):
            if name in self.available_themes:
                self.theme = name
                break
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def _remember_theme(self, theme: Theme) -> None:
        if self.preferences_path is None or theme.name == (
            self._preferences.theme or self.settings.ui.theme
        ):
            return  # nothing new (the startup theme arrives here too)
        self._preferences = Preferences(theme=theme.name)
        notice = save_preferences(self.preferences_path, self._preferences)
        if notice:
            self.notify(notice, severity="warning", markup=False)

    def copy_to_clipboard(self, text: str) -> None:
        """Textual's OSC 52 copy; inside tmux (``TMUX`` set) also the same wrapped for tmux's
        passthrough. tmux takes the plain one itself when its ``set-clipboard`` is ``on`` and
        hands the wrapped one to the outer terminal when ``allow-passthrough`` is ``on``;
        either way the text lands once, the other form is dropped."""
        super().copy_to_clipboard(text)
        if self._driver is not None and os.environ.get("TMUX"):
            from herald_tui.tui.outside import osc52, tmux_passthrough

            self._driver.write(tmux_passthrough(osc52(text)))

    async def on_unmount(self) -> None:
        """Close the Library on the loop its HTTP client lives on (the app's)."""
        await self.library.aclose()

    def action_help(self) -> None:
        """Show every key as it is bound now."""
        # Imported when first shown: no start needs it (tests/test_startup_imports.py).
        from herald_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(bound_actions(self, self._key_nodes())))

    def _key_nodes(self) -> list[DOMNode]:
        """The app, the screen and its widgets: where keys are bound."""
        screen = self.screen
        if isinstance(screen, ReaderScreen):
            return [self, *screen.key_nodes()]
        return [self, screen, *screen.walk_children()]

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands, then every action of the app and the screen (those Textual
        already offers, Quit, once), each with what it does and its keys."""
        textual = list(super().get_system_commands(screen))
        yield from textual
        offered = {command.title.lower() for command in textual}
        for action in bound_actions(self, [self, screen]):
            _, name, parameters = parse_action(action.action)
            if action.description.lower() in offered:
                continue
            if action.node.check_action(name, parameters) is False:
                continue  # not possible here (refresh offline): as the footer hides it
            keys = ", ".join(action.keys) or "no key"
            yield SystemCommand(
                action.description,
                f"{action_help(action)} ({keys})",
                partial(self.run_action, action.action, action.node),
            )
