"""The help screen: every key, as bound now (after Settings.keys), grouped by where it works."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from herald_tui.tui.keys import BoundAction, effective_keys
from herald_tui.tui.widgets._scroll import InstantScroll

__all__ = ["HelpScreen", "close_hint", "help_text"]


def close_hint(close: Sequence[str], shown: Mapping[str, Sequence[str]]) -> str:
    """How to close the screen (``close``: its keys) and scroll it, with the keys as bound
    now (``shown``: keys by action name, as the table lists them)."""
    scroll = ", ".join(
        key for name in ("down", "up", "page_up", "page_down") for key in shown.get(name, ())
    )
    hint = f"{_either(close)} closes this screen"
    return f"{hint}; {scroll} scroll it." if scroll else f"{hint}."


def _either(keys: Sequence[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    if len(keys) < 2:
        return "".join(keys)
    return f"{', '.join(keys[:-1])} or {keys[-1]}"


def help_text(actions: Sequence[BoundAction], close: Sequence[str] = ()) -> Content:
    """The table of keys: a heading per group, then ``keys  description  name`` rows; a
    binding group (1-9: jump to section) is one row, then its members that say more than
    their number (``3  Yonhap News Agency › North Korea``). ``close``: the keys that close
    the screen. Every key named in the hints is one of ``actions``' keys as bound now."""
    shown = {action.id: action.keys for action in actions}
    lines: list[Content] = []
    # One heading per title: widgets sharing one (the people list and a person's
    # quotations) need not be next to each other in the app's order.
    first = {title: n for n, title in reversed(list(enumerate(map(_title, actions))))}
    in_order = sorted(actions, key=lambda action: first[_title(action)])
    for title, in_title in groupby(in_order, key=_title):
        if lines:
            lines.append(Content(""))
        lines.append(Content.styled(title, "bold underline"))
        for group, rows in groupby(in_title, key=lambda action: action.group):
            members = list(rows)
            if group:
                keys = ",".join(key for action in members for key in action.keys)
                name = f"{members[0].id} … {members[-1].id}"
                lines.append(_row(keys, group, name))
                lines += [
                    _row(f"  {', '.join(a.keys)}", a.description.split(": ", 1)[1], "")
                    for a in members
                    if ": " in a.description
                ]
            else:
                lines += [_row(", ".join(a.keys), a.description, a.id) for a in members]
    lines += [
        Content(""),
        Content("Ctrl+P opens the command palette."),
        Content.styled(
            'To change a key, add [keys] to the config file, then name = "keys": refresh = "r,f5".',
            "italic",
        ),
    ]
    hint = Content.styled(close_hint(close, shown), "italic")
    head = [hint, Content(""), *_legend(shown), Content("")]
    return Content("\n").join([*head, *lines])


def _legend(shown: Mapping[str, Sequence[str]]) -> list[Content]:
    """What the marks in the lists mean: nothing else on screen says it (with the keys of
    ``shown``, by action name)."""

    def key(name: str) -> str:
        keys = shown.get(name, ())
        return keys[0] if keys else ""

    unread = f" ({key('unread')} marks it unread again)" if key("unread") else ""
    save = f" ({key('save')})" if key("save") else ""
    reading = key("reading_mode")
    leave = _either([k for k in (reading, key("back")) if k])
    return [
        Content.styled("Marks", "bold underline"),
        _row("●", f"unread: not opened yet{unread}", ""),
        _row("★", f"saved: kept offline for good{save}", ""),
        _row("◆", "new: a refresh brought it (until you move past it)", ""),
        _row("underlined", "mentions one of your watch words ([alerts] words)", ""),
        _row("2 versions", "an updated story, (LEAD)...: the newest is shown", ""),
        _row(
            "READING",
            f"reading mode{f' ({reading})' if reading else ''}"
            + (f": {leave} leaves it" if leave else ""),
            "",
        ),
    ]


def _row(keys: str, description: str, name: str) -> Content:
    return Content.assemble(
        (f"{keys or '(unbound)':<18}", "bold"), f" {description:<18} ", (name, "dim")
    )


def _title(action: BoundAction) -> str:
    return getattr(action.node, "BINDING_GROUP_TITLE", None) or "Other"


class HelpScreen(ModalScreen[None]):
    """Keys and what they do; Escape, q or ? closes it (the hint says so)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="close_help"),
    ]
    """Escape, q or ? closes; the usual keys scroll."""

    # Here, not in the app's TCSS: parsed when help is first shown, not at start.
    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        #help {
            width: 80;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            border: round $accent;
            padding: 0 1;
            background: $surface;
        }
    }
    """

    @classmethod
    def binding_ids(cls) -> set[str]:
        """The names of its keys in Settings.keys (before any instance exists)."""
        return {b.id for b in cls.BINDINGS if isinstance(b, Binding) and b.id}

    def __init__(self, actions: Sequence[BoundAction]) -> None:
        super().__init__()
        self.actions = list(actions)
        """What the table lists."""

    def compose(self) -> ComposeResult:
        with InstantScroll(id="help") as scroll:
            scroll.border_title = "Keys"
            close = effective_keys(self.app, [self], "close_help")
            scroll.border_subtitle = f"{close[0]} closes" if close else ""
            yield Static(help_text(self.actions, close), id="help-text")
