"""A visual with a hanging indent: a fixed prefix, then a body wrapped beside it."""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

__all__ = ["Hanging"]

_MIN_BODY = 8
"""Narrower than this, the body wraps under the prefix instead of beside it."""


class Hanging(Visual):
    """``prefix`` on the first line; ``body`` wrapped to the right of it, every line aligned."""

    def __init__(self, prefix: Content, body: Content) -> None:
        self.prefix = prefix
        self.body = body
        self._indent = prefix.cell_length

    def _flat(self, width: int) -> bool:
        return width - self._indent < _MIN_BODY

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self._indent + self.body.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        if self._flat(width):
            return (self.prefix + self.body).get_height(rules, max(width, 1))
        return max(1, self.body.get_height(rules, width - self._indent))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        if self._flat(width):
            return (self.prefix + self.body).render_strips(width, height, style, options)
        body = self.body.render_strips(width - self._indent, height, style, options) or [
            Strip.blank(0)
        ]
        head = self.prefix.render_strips(self._indent, 1, style, options)[0]
        head = head.extend_cell_length(self._indent, style.rich_style)
        blank = Strip.blank(self._indent, style.rich_style)
        return [Strip.join([head if n == 0 else blank, strip]) for n, strip in enumerate(body)]
