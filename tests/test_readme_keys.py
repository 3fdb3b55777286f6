"""The README's key table and the bindings say the same thing: every key the table lists is
bound, and every key bound in the reader is in the table."""

from __future__ import annotations

import re
from pathlib import Path

from textual.app import App
from textual.binding import Binding, BindingType

from herald_tui.tui.app import HeraldApp
from herald_tui.tui.screens import ReaderScreen
from herald_tui.tui.widgets import ArticleView, HeadlineList, SectionTree
from herald_tui.tui.widgets.find import FindBox
from herald_tui.tui.widgets.people import PeopleFilter, PeopleList, PeopleView, SaidList
from herald_tui.tui.widgets.quotes import QuoteList, QuotePanel
from herald_tui.tui.widgets.search import SearchBox

README = Path(__file__).parent.parent / "README.md"

KEY_NAMES = {
    "↑": "up",
    "↓": "down",
    "Home": "home",
    "End": "end",
    "PgUp": "pageup",
    "PgDn": "pagedown",
    "Enter": "enter",
    "Esc": "escape",
    "Backspace": "backspace",
    "Tab": "tab",
    "Shift+Tab": "shift+tab",
    '"': "quotation_mark",
    "/": "slash",
    "?": "question_mark",
    "!": "exclamation_mark",
    "Ctrl+P": "ctrl+p",
    ".": "full_stop",
    ",": "comma",
    "[": "left_square_bracket",
    "]": "right_square_bracket",
    "Alt+←": "alt+left",
    "Alt+→": "alt+right",
    "Shift+Enter": "shift+enter",
}
"""How the README writes a key -> Textual's name for it (single letters and digits are as is)."""

BOUND_IN = (
    *(HeraldApp, ReaderScreen, HeadlineList, SectionTree, ArticleView, QuotePanel, QuoteList),
    *(PeopleView, PeopleList, SaidList, PeopleFilter),
)
"""Where the reader's keys are bound (the search box's Escape is the table's "Esc ... back")."""


def readme_keys() -> set[str]:
    """Textual key names of the first column of the README's key table."""
    text = README.read_text(encoding="utf-8").split("### Keys", 1)[1]
    table = text.split("\n\n", 2)[1]
    keys: set[str] = set()
    for row in table.splitlines()[2:]:
        column = row.split(" | ")[0].strip("| ")
        # A comma followed by a space separates keys ("Esc, Backspace"); one alone is a key.
        for token in re.split(r"[\s()]+|,(?=\s)", column):
            if token in ("", "or") or (token == "/" and column != "/"):
                continue  # separators: "Esc / Backspace", '" or Q'; "/" alone is a key
            if re.fullmatch(r"\d-\d", token):
                keys.update(str(n) for n in range(int(token[0]), int(token[2]) + 1))
            else:
                keys.add(KEY_NAMES.get(token, token))
    keys.discard("")
    return keys


def bound_keys() -> set[str]:
    """Every key of the bindings the reader uses, and the command palette's."""
    bindings: list[BindingType] = [b for cls in BOUND_IN for b in cls.BINDINGS]
    bindings += SearchBox.BINDINGS + FindBox.BINDINGS
    keys = {App.COMMAND_PALETTE_BINDING}
    for binding in bindings:
        assert isinstance(binding, Binding)
        keys.update(key.strip() for key in binding.key.split(","))
    return keys


def test_every_key_in_the_readme_is_bound() -> None:
    assert readme_keys() - bound_keys() == set()


def test_every_bound_key_is_in_the_readme() -> None:
    assert bound_keys() - readme_keys() == set()


def test_the_table_is_read() -> None:
    """Not vacuous: the table gives keys of every kind."""
    assert {"j", "enter", "escape", "shift+tab", "quotation_mark", "Q", "9", "ctrl+p"} <= (
        readme_keys()
    )
