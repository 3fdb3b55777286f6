"""The one door untrusted text goes through on its way to the screen (docs/SECURITY.md,
"Terminal escapes" and "Markup injection").

Strings from the network are already sanitised by the parsers, but widgets apply
:func:`safe` again at their boundary (defence in depth) and only ever build
:class:`~textual.content.Content` from plain strings: nothing here parses markup, so
``[@click=app.quit]`` or an unbalanced ``[/]`` is shown as the characters it is.
"""

from __future__ import annotations

import re

from textual.content import Content

from herald_tui.text import clean_line, strip_controls
from herald_tui.tui.spans import marked_pieces

__all__ = ["line", "marked", "safe", "text"]

_SPACES = re.compile(r"\s+")


def safe(value: str) -> str:
    """``value`` without control, escape or bidi characters; newlines and tabs kept."""
    return strip_controls(value)


def line(value: str, style: str = "") -> Content:
    """``value`` as one line of plain content (whitespace runs and newlines folded)."""
    return Content.styled(clean_line(value), style)


def text(value: str, style: str = "") -> Content:
    """``value`` as plain content, keeping its line breaks."""
    return Content.styled(safe(value), style)


def marked(snippet: str, mark_style: str, style: str = "") -> Content:
    """A search snippet as one line: the pieces between its ``\\x02`` ... ``\\x03`` marks in
    ``mark_style``, the rest in ``style``. The marks are cut out before anything is cleaned
    (they are control characters themselves), and each piece is cleaned on its own, so a
    snippet can neither style itself nor reach the terminal."""
    parts = [
        [_SPACES.sub(" ", safe(piece)), mark_style if is_match else style]
        for piece, is_match in marked_pieces(snippet)
    ]
    if parts:  # one line, trimmed like clean_line
        parts[0][0] = parts[0][0].lstrip()
        parts[-1][0] = parts[-1][0].rstrip()
    return Content.assemble(*((text, part_style) for text, part_style in parts if text))
