"""A visual with a hanging indent: a fixed prefix, then a body wrapped beside it."""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

__all__ = ["Hanging"]

_KEPT_RENDERS = 6
"""Renders of one row kept (plain, highlighted, hovered, at a width or two)."""

_MIN_BODY = 8
"""Narrower than this, the body wraps under the prefix instead of beside it."""


class Hanging(Visual):
    """``prefix`` on the first line; ``body`` wrapped to the right of it, every line aligned.

    ``narrow`` is a shorter prefix used instead when ``prefix`` would leave the body fewer
    than ``min_body`` cells (a list in a narrow pane keeps its titles readable)."""

    def __init__(
        self, prefix: Content, body: Content, *, narrow: Content | None = None, min_body: int = 0
    ) -> None:
        self.prefix = prefix
        self.body = body
        self.narrow = narrow
        self._min_body = min_body
        # Measures and renders kept per width (and style): a list that keeps its rows
        # across a refresh measures all of them again, and wrapping is what costs.
        self._heights: dict[int, int] = {}
        self._strips: dict[tuple[int, int | None, Style], list[Strip]] = {}

    def _prefix(self, width: int) -> Content:
        if self.narrow is not None and width - self.prefix.cell_length < self._min_body:
            return self.narrow
        return self.prefix

    def _flat(self, width: int) -> bool:
        return width - self._prefix(width).cell_length < _MIN_BODY

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.prefix.cell_length + self.body.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._measure(rules, width)
        return height

    def _measure(self, rules: RulesMap, width: int) -> int:
        prefix = self._prefix(width)
        if self._flat(width):
            return (prefix + self.body).get_height(rules, max(width, 1))
        return max(1, self.body.get_height(rules, width - prefix.cell_length))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        if options.selection is not None:  # a mouse selection in progress: never kept
            return self._render(width, height, style, options)
        key = (width, height, style)
        strips = self._strips.get(key)
        if strips is None:
            if len(self._strips) >= _KEPT_RENDERS:
                self._strips.clear()
            strips = self._strips[key] = self._render(width, height, style, options)
        return strips

    def _render(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        prefix = self._prefix(width)
        if self._flat(width):
            return (prefix + self.body).render_strips(width, height, style, options)
        indent = prefix.cell_length
        body = self.body.render_strips(width - indent, height, style, options) or [Strip.blank(0)]
        head = prefix.render_strips(indent, 1, style, options)[0]
        head = head.extend_cell_length(indent, style.rich_style)
        blank = Strip.blank(indent, style.rich_style)
        return [Strip.join([head if n == 0 else blank, strip]) for n, strip in enumerate(body)]
