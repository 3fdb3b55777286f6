"""A message that wraps even in a list whose rows are cut to one line each."""

from __future__ import annotations

import dataclasses
from typing import cast

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

__all__ = ["Wrapped"]


class _Wrapping:
    """A widget's style rules, except that text wraps (and folds a word too long)."""

    def __init__(self, rules: RulesMap) -> None:
        self._rules = rules

    def get(self, name: str, default: object = None) -> object:
        if name == "text_wrap":
            return "wrap"
        if name == "text_overflow":
            return "fold"
        return self._rules.get(name, default)


def _wrapping(rules: RulesMap) -> RulesMap:
    # Content reads its rules through get() alone.
    return cast(RulesMap, _Wrapping(rules))


class Wrapped(Visual):
    """``content`` wrapped to the width whatever the widget's ``text-wrap``: the People
    lists cut each row to a line (``nowrap``), but a message saying why the list is empty
    must be read whole ("Nobody quoted yet: ... (herald-tui sync) are listed here.")."""

    def __init__(self, content: Content) -> None:
        self.content = content

    @property
    def plain(self) -> str:
        """The text, without styles (as :attr:`Content.plain`)."""
        return self.content.plain

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.content.get_height(_wrapping(rules), width)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        wrapping = dataclasses.replace(options, rules=_wrapping(options.rules))
        return self.content.render_strips(width, height, style, wrapping)
