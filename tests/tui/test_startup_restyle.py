"""Start-up work: the reader's screen is styled once, widget by widget as they are mounted.
Its width's class (``-wide`` or ``-narrow``) is there from the start, so the first resize
does not restyle the whole composed screen, and showing it the first time does not either
(docs/PERFORMANCE.md, start-up). A screen that comes back is restyled as Textual does."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.app import App
from textual.dom import DOMNode

from herald_tui.tui.screens.panes import PanedScreen
from tests.tui.conftest import MakeApp
from tests.tui.helpers import settle


@pytest.mark.parametrize(("size", "expected"), [((120, 40), "-wide"), ((80, 24), "-narrow")])
async def test_the_screen_is_not_restyled_as_a_whole_before_its_first_frame(
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
        await settle(pilot)
        assert expected in app.screen.classes
    assert restyled == []


async def test_a_screen_that_comes_back_is_restyled(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shown again with a restyle asked for (as Textual asks when a screen is pushed or
    switched to), the reader is restyled as a whole: only its first showing skips that."""
    restyled: list[DOMNode] = []
    update_styles = App.update_styles

    def spy(self: App[Any], node: DOMNode, animate: bool = True) -> None:
        if isinstance(node, PanedScreen):
            restyled.append(node)
        update_styles(self, node, animate)

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(App, "update_styles", spy)
        app.screen.post_message(events.ScreenResume())
        await settle(pilot)
        assert restyled == [app.screen]
