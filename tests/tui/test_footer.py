"""The key to help (and back) stays in the footer at every size, in every pane: Textual's
footer cut them at 80 columns once an article was open (issue 17, item 1)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets._footer import FooterKey

from herald_tui.tui.widgets.footer import KeyFooter
from tests.tui.conftest import MakeApp
from tests.tui.demo_stack import demo_app
from tests.tui.helpers import press, reader, screen_text, settle

SIZES = [(80, 24), (60, 20)]
IDS = ["80x24", "60x20"]
Compare = Callable[..., bool]

# Keys from the start (headlines of the first section) to each pane.
PANES = {
    "headlines": (),
    "sections": ("escape",),
    "article": ("enter",),
    "quotes": ("enter", "quotation_mark"),
    "reading": ("enter", "z"),
    "search": ("slash", *"budget", "enter"),
    "saved": ("enter", "s", "escape", "escape", "G", "enter"),
}


def keys(*pressed: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await press(pilot, *pressed)

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("pane", list(PANES))
async def test_help_and_back_are_in_the_footer_in_every_pane(
    size: tuple[int, int], pane: str
) -> None:
    app = demo_app()
    async with app.run_test(size=size) as pilot:
        await keys(*PANES[pane])(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert footer.lstrip().startswith("? Help  esc Back"), footer
        assert "^p palette" in footer
        if pane == "saved":
            assert reader(app).status_bar.location == "Saved"


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("pane", ["headlines", "article", "quotes"])
def test_footer_snapshot(snap_compare: Compare, size: tuple[int, int], pane: str) -> None:
    assert snap_compare(demo_app(), terminal_size=size, run_before=keys(*PANES[pane]))


async def test_the_footer_is_composed_again_only_when_its_keys_change(make_app: MakeApp) -> None:
    # Opening the next article with the same keys used to compose every key again (a sixth
    # of the time to open one); going to another pane must still change them.
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "j", "enter")
        footer = reader(app).query_one(KeyFooter)
        shown = list(footer.query(FooterKey))
        before = screen_text(app).splitlines()[-1]
        await press(pilot, "p", "n")  # the story above (stored too), and back: the same keys
        assert list(footer.query(FooterKey)) == shown
        assert screen_text(app).splitlines()[-1] == before
        await press(pilot, "quotation_mark")  # the quote panel has keys of its own
        assert "By speaker" in screen_text(app).splitlines()[-1]
        assert "By speaker" not in before
        await press(pilot, "quotation_mark")
        assert screen_text(app).splitlines()[-1] == before
