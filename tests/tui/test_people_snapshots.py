"""What People looks like (SVG snapshots, fixed clock, tests/tui/sample_people.py): the list
of speakers and one speaker's quotations, at 80x24 (one pane) and 120x40 (three), Hangul in
both (a quotation in the list, a headline on the page).

Update with ``pytest tests/tui/test_people_snapshots.py --snapshot-update`` and look at every
changed SVG before committing it.
"""

from __future__ import annotations

import pytest

from herald_tui.config import Settings
from herald_tui.tui.app import HeraldApp
from tests.tui.sample_news import NOW
from tests.tui.sample_people import people_library
from tests.tui.test_snapshots import LARGE, SMALL, Compare, keys

SIZES = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
TO_PEOPLE = ("h", "G", "k", "enter")
"""From the headlines: the tree, its People entry (just above Saved)."""


def app() -> HeraldApp:
    return HeraldApp(people_library().library, Settings(), clock=lambda: NOW)


@SIZES
def test_people_list(snap_compare: Compare, size: tuple[int, int]) -> None:
    """The speakers, most quoted first, with count, role and newest quotation."""
    assert snap_compare(app(), terminal_size=size, run_before=keys(*TO_PEOPLE))


@SIZES
def test_a_persons_quotations(snap_compare: Compare, size: tuple[int, int]) -> None:
    """Kim Yeong-ho's quotations, newest first: time, quotation, headline, source, role."""
    assert snap_compare(app(), terminal_size=size, run_before=keys(*TO_PEOPLE, "enter"))
