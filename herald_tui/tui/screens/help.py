"""The help screen: every key, as bound now (after Settings.keys), grouped by where it works."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from herald_tui.tui.keys import BoundAction
from herald_tui.tui.widgets._scroll import InstantScroll

__all__ = ["CLOSE_HINT", "HelpScreen", "help_text"]

CLOSE_HINT = "Esc, q or ? closes this screen; the arrows, PgUp and PgDn scroll it."


def help_text(actions: Sequence[BoundAction]) -> Content:
    """The table of keys: a heading per group, then ``keys  description  name`` rows; a
    binding group (1-9: jump to section) is one row, then its members that say more than
    their number (``3  Yonhap News Agency › North Korea``)."""
    lines: list[Content] = []
    for title, in_title in groupby(actions, key=_title):
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
    head = [Content.styled(CLOSE_HINT, "italic"), Content(""), *_legend(), Content("")]
    return Content("\n").join([*head, *lines])


def _legend() -> list[Content]:
    """What the marks in the lists mean: nothing else on screen says it."""
    return [
        Content.styled("Marks", "bold underline"),
        _row("●", "unread: not opened yet (u marks it unread again)", ""),
        _row("★", "saved: kept offline for good (s)", ""),
        _row("◆", "new: a refresh brought it (until you move past it)", ""),
        _row("underlined", "mentions one of your watch words ([alerts] words)", ""),
        _row("2 versions", "an updated story, (LEAD)...: the newest is shown", ""),
        _row("READING", "reading mode (z): z or Esc leaves it", ""),
    ]


def _row(keys: str, description: str, name: str) -> Content:
    return Content.assemble(
        (f"{keys or '(unbound)':<18}", "bold"), f" {description:<18} ", (name, "dim")
    )


def _title(action: BoundAction) -> str:
    return getattr(action.node, "BINDING_GROUP_TITLE", None) or "Other"


class HelpScreen(ModalScreen[None]):
    """Keys and what they do; Escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
    ]
    """Escape, q or ? closes; the usual keys scroll."""

    def __init__(self, actions: Sequence[BoundAction]) -> None:
        super().__init__()
        self.actions = list(actions)
        """What the table lists."""

    def compose(self) -> ComposeResult:
        with InstantScroll(id="help") as scroll:
            scroll.border_title = "Keys"
            scroll.border_subtitle = "Esc closes"
            yield Static(help_text(self.actions), id="help-text")
