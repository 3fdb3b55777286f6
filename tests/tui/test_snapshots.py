"""What the reader looks like (SVG snapshots, fixed clock, sample news).

Update with ``pytest tests/tui/test_snapshots.py --snapshot-update`` and look at every
changed SVG before committing it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import MakeApp
from tests.tui.helpers import press
from tests.tui.sample_site import sample_news_library

SMALL = (80, 24)
LARGE = (120, 40)
TINY = (40, 12)

Compare = Callable[..., bool]


def keys(*pressed: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """A run_before that presses keys and lets the app settle after each."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await press(pilot, *pressed)

    return run_before


# -- headline list --------------------------------------------------------------------------


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_headline_list(snap_compare: Compare, make_app: MakeApp, size: tuple[int, int]) -> None:
    """Startup: the first section's cached headlines; three panes when wide."""
    assert snap_compare(make_app(), terminal_size=size, run_before=keys())


def test_headline_list_with_folded_revisions(snap_compare: Compare, make_app: MakeApp) -> None:
    """North Korea: a (LEAD) story folded with its earlier version, read marks."""
    assert snap_compare(make_app(), terminal_size=LARGE, run_before=keys("2", "j", "k"))


# -- article --------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_article_with_photo_caption(
    snap_compare: Compare, make_app: MakeApp, size: tuple[int, int]
) -> None:
    """The rain story: photo caption with credit, a table kept as rows, Hangul in the text."""
    assert snap_compare(make_app(), terminal_size=size, run_before=keys("enter"))


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_hangul_and_emoji(snap_compare: Compare, make_app: MakeApp, size: tuple[int, int]) -> None:
    """A headline, byline and caption with Hangul and an emoji; a video link."""
    assert snap_compare(make_app(), terminal_size=size, run_before=keys("4", "enter"))


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_long_article_scrolled(
    snap_compare: Compare, make_app: MakeApp, size: tuple[int, int]
) -> None:
    """The 45-paragraph budget story, three pages down (the photo in the middle)."""
    run_before = keys("j", "enter", "space", "space", "space")
    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


# -- layouts and modes ----------------------------------------------------------------------


def test_narrow_headlines(snap_compare: Compare, make_app: MakeApp) -> None:
    """40x12: the headline pane alone."""
    assert snap_compare(make_app(), terminal_size=TINY, run_before=keys())


def test_narrow_article(snap_compare: Compare, make_app: MakeApp) -> None:
    """40x12: the article pane alone."""
    assert snap_compare(make_app(), terminal_size=TINY, run_before=keys("4", "enter"))


def test_narrow_sections(snap_compare: Compare, make_app: MakeApp) -> None:
    """40x12: the sections pane alone, after Escape."""
    assert snap_compare(make_app(), terminal_size=TINY, run_before=keys("escape"))


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_reading_mode(snap_compare: Compare, make_app: MakeApp, size: tuple[int, int]) -> None:
    """Reading mode: the article alone, centred at its measure."""
    assert snap_compare(make_app(), terminal_size=size, run_before=keys("6", "enter", "z"))


def test_offline_and_demo_badges(snap_compare: Compare, make_app: MakeApp) -> None:
    """--offline --demo: both badges in the status bar, the demo notice."""
    app = make_app(sample_news_library(offline=True), demo=True)
    assert snap_compare(app, terminal_size=SMALL, run_before=keys())


def test_help_screen(snap_compare: Compare, make_app: MakeApp) -> None:
    """The help screen, generated from the bindings."""
    assert snap_compare(make_app(), terminal_size=SMALL, run_before=keys("question_mark"))


# -- quote panel and search -----------------------------------------------------------------


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
def test_quote_panel(snap_compare: Compare, make_app: MakeApp, size: tuple[int, int]) -> None:
    """The sports story's quotations (beside the article, below it at 80 columns); the one
    over two paragraphs highlighted in both, its speaker in full."""
    run_before = keys("5", "enter", "quotation_mark", "j", "j")
    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


def test_quote_panel_grouped_by_speaker(snap_compare: Compare, make_app: MakeApp) -> None:
    """Grouped by speaker: headings with counts, unattributed last; the captain's highlighted."""
    run_before = keys("5", "enter", "quotation_mark", "j", "j", "j", "b")
    assert snap_compare(make_app(), terminal_size=LARGE, run_before=run_before)


def test_search_results(snap_compare: Compare, make_app: MakeApp) -> None:
    """Results for "seoul" in place of the headlines, matches marked in the snippets; the
    second result open with the word marked in it."""
    run_before = keys("slash", "s", "e", "o", "u", "l", "enter", "j", "enter")
    assert snap_compare(make_app(), terminal_size=LARGE, run_before=run_before)
