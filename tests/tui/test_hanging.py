"""The hanging-indent row: measures and renders kept per width and style (a refreshed list
keeps its rows' options, so these are asked for again and again), never one for another."""

from __future__ import annotations

from textual.content import Content
from textual.style import Style
from textual.visual import RenderOptions

from herald_tui.tui.widgets._hanging import Hanging

BODY = Content(" ".join(["word"] * 12))  # 59 cells


def options() -> RenderOptions:
    return RenderOptions(get_style=lambda style: Style(), rules={})


def lines(visual: Hanging, width: int, style: Style) -> list[str]:
    return [strip.text for strip in visual.render_strips(width, None, style, options())]


def test_heights_are_those_of_each_width_asked() -> None:
    row = Hanging(Content("● "), BODY)
    assert [row.get_height({}, width) for width in (32, 102, 32, 22, 102)] == [2, 1, 2, 3, 1]


def test_renders_are_those_of_each_width_and_style() -> None:
    row = Hanging(Content("● "), BODY)
    plain, bold = Style(), Style(bold=True)
    narrow = lines(row, 32, plain)
    assert narrow == ["● " + " ".join(["word"] * 6), "  " + " ".join(["word"] * 6)]
    assert lines(row, 102, plain) == ["● " + BODY.plain]
    assert lines(row, 32, plain) == narrow
    strips = row.render_strips(32, None, bold, options())
    assert all(segment.style and segment.style.bold for segment in strips[0] if segment.text)
    plain_again = row.render_strips(32, None, plain, options())
    assert not any(segment.style and segment.style.bold for segment in plain_again[0])
