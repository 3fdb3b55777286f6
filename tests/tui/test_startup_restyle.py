"""Start-up work: the reader's screen is styled with its width's class (``-wide`` or
``-narrow``) from the start, so the first resize does not restyle the whole composed screen
once more before the first frame (docs/PERFORMANCE.md, start-up)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App
from textual.dom import DOMNode

from herald_tui.tui.screens.panes import PanedScreen
from tests.tui.conftest import MakeApp


@pytest.mark.parametrize(("size", "expected"), [((120, 40), "-wide"), ((80, 24), "-narrow")])
async def test_the_screen_is_restyled_as_a_whole_at_most_once_before_its_first_frame(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int], expected: str
) -> None:
    restyled: list[str] = []
    update_styles = App.update_styles

    def spy(self: App[Any], node: DOMNode, animate: bool = True) -> None:
        if isinstance(node, PanedScreen) and self._running and node.is_attached:
            restyled.append(" ".join(sorted(node.classes)))
        update_styles(self, node, animate)

    monkeypatch.setattr(App, "update_styles", spy)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert expected in app.screen.classes
    # Textual's own restyle when the screen is shown is the one left: the breakpoint class
    # was there before it.
    assert len(restyled) <= 1, restyled
