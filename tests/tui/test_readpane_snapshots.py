"""What the list format, the find bar and the preview look like (issue 16, items 4 and 5).

Update with ``pytest tests/tui/test_readpane_snapshots.py --snapshot-update`` and look at
every changed SVG before committing it.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from herald_tui.model import Headline
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.sample_site import sample_news_library
from tests.tui.test_snapshots import LARGE, SMALL, Compare, keys

SIZES = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])

MORE_NATIONAL = [
    (
        news.uncached(
            news.YNA + "AEN20240710006100315",
            "Seoul mayor Oh Se-hoon (오세훈) unveils plan for riverside parks",
            "yonhap",
            "national",
            news.at(14, 5),
            "Seoul will add six riverside parks by 2026, Mayor Oh Se-hoon said.",
        ),
        1,
    ),
    (
        news.uncached(
            news.YNA + "AEN20240626001000315",
            "Court upholds fine for ride-hailing firm",
            "yonhap",
            "national",
            datetime(2024, 6, 26, 9, 10, tzinfo=news.KST),
        ),
        1,
    ),
    (
        news.uncached(
            news.YNA + "AEN20231126001000315",
            "Year-end: subway strike ends after 3 days",
            "yonhap",
            "national",
            datetime(2023, 11, 26, 8, 0, tzinfo=news.KST),
        ),
        1,
    ),
]


def wire_day() -> dict[str, list[tuple[Headline, int]]]:
    """The sample lists, National with a Hangul headline today and older ones."""
    lists = dict(news.LISTS)
    national = list(lists["yonhap/national"])
    lists["yonhap/national"] = [MORE_NATIONAL[0], *national, *MORE_NATIONAL[1:]]
    return lists


@SIZES
def test_list_format(snap_compare: Compare, make_app: MakeApp, size: tuple[int, int]) -> None:
    """National: times today, Yesterday 18:45, a date and a date of another year, one column;
    no section on each row; a headline with Hangul."""
    app = make_app(sample_news_library(lists=wire_day()))
    assert snap_compare(app, terminal_size=size, run_before=keys())


@SIZES
def test_find_bar(snap_compare: Compare, make_app: MakeApp, size: tuple[int, int]) -> None:
    """The rain story, "seoul" found four times, the second current."""
    run_before = keys("enter", "f", *"seoul", "enter")
    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@SIZES
def test_preview(snap_compare: Compare, make_app: MakeApp, size: tuple[int, int]) -> None:
    """The police raid story, listed but never opened, previewed (at 80 columns, in the
    article pane after l)."""
    pressed = ("j", "j", "l") if size == SMALL else ("j", "j")
    assert snap_compare(make_app(), terminal_size=size, run_before=keys(*pressed))
