"""A list longer than the screen: its rows are wrapped at one width only, because its
scrollbar is there from the first frame (the scrollbar coming later would narrow the list
and every row would be measured again: a long list's largest cost to show)."""

from __future__ import annotations

from datetime import datetime

from herald_tui.model import Headline
from herald_tui.tui.widgets import HeadlineList
from herald_tui.tui.widgets._hanging import Hanging
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import settle
from tests.tui.sample_site import SampleNews

FIRST = "yonhap/national"  # the section shown at start
WHEN = datetime(2024, 7, 10, 9, 0, tzinfo=news.KST)


def listing(sample: SampleNews, count: int, title: str) -> SampleNews:
    rows = [
        (Headline(f"https://en.yna.co.kr/view/AEN{n:08d}", f"{title} {n}", "yonhap", "national",
                  WHEN), 1)
        for n in range(count)
    ]  # fmt: skip
    sample.put_list(FIRST, rows)
    return sample


def scrollbar(headlines: HeadlineList) -> bool:
    """Whether the list shows its vertical scrollbar now (a call: mypy would otherwise
    carry one assertion about the attribute over to the next)."""
    return headlines.show_vertical_scrollbar


def widths_measured(headlines: HeadlineList) -> set[int]:
    """Every width a row of the list has been wrapped to."""
    found: set[int] = set()
    for option in headlines.options:
        assert isinstance(option.prompt, Hanging)
        found |= option.prompt._heights.keys()
    return found


async def test_a_long_list_wraps_its_rows_at_one_width(
    make_app: MakeApp, sample: SampleNews
) -> None:
    app = make_app(listing(sample, 120, "Lawmakers pass the budget bill after a long debate"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        headlines = app.screen.query_one(HeadlineList)
        assert headlines.option_count == 120
        assert scrollbar(headlines)
        assert len(widths_measured(headlines)) == 1


async def test_a_list_that_fits_gets_no_scrollbar_even_after_a_resize(
    make_app: MakeApp, sample: SampleNews
) -> None:
    """Short lists keep the scrollbar only when needed, as a long one in a screen grown
    higher than it."""
    app = make_app(listing(sample, 45, "Rain"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        headlines = app.screen.query_one(HeadlineList)
        assert scrollbar(headlines)  # 45 rows of one line in 38
        await pilot.resize_terminal(120, 60)
        await settle(pilot)
        assert not scrollbar(headlines)
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        assert scrollbar(headlines)
