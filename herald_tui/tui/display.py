"""The one door untrusted text goes through on its way to the screen (hardening items 1-2).

Strings from the network are already sanitised by the parsers, but widgets apply
:func:`safe` again at their boundary (defence in depth) and only ever build
:class:`~textual.content.Content` from plain strings: nothing here parses markup, so
``[@click=app.quit]`` or an unbalanced ``[/]`` is shown as the characters it is.
"""

from __future__ import annotations

from textual.content import Content

from herald_tui.text import clean_line, strip_controls

__all__ = ["line", "safe", "text"]


def safe(value: str) -> str:
    """``value`` without control, escape or bidi characters; newlines and tabs kept."""
    return strip_controls(value)


def line(value: str, style: str = "") -> Content:
    """``value`` as one line of plain content (whitespace runs and newlines folded)."""
    return Content.styled(clean_line(value), style)


def text(value: str, style: str = "") -> Content:
    """``value`` as plain content, keeping its line breaks."""
    return Content.styled(safe(value), style)
