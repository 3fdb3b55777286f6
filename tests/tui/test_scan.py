"""Scanning the headline list (issue 16, item 4): the time of day in KST for today's
headlines, "Yesterday 09:10", dates before; the section only where the list mixes sections."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from herald_tui.tui.timefmt import KST, day_time
from tests.tui.conftest import MakeApp
from tests.tui.demo_stack import demo_app
from tests.tui.helpers import option_texts, press, reader, screen_text, settle
from tests.tui.sample_site import sample_news_library

NOW = datetime(2024, 7, 10, 15, 0, tzinfo=KST)
WIDE = (120, 40)
SMALL = (80, 24)


def test_today_is_the_time_of_day_in_kst() -> None:
    assert day_time(datetime(2024, 7, 10, 14, 5, tzinfo=KST), NOW) == "14:05"
    assert day_time(datetime(2024, 7, 10, 5, 5, tzinfo=UTC), NOW) == "14:05"


def test_yesterday_and_older_days() -> None:
    assert day_time(datetime(2024, 7, 9, 9, 10, tzinfo=KST), NOW) == "Yesterday 09:10"
    assert day_time(datetime(2024, 7, 8, 23, 59, tzinfo=KST), NOW) == "Jul 08"
    assert day_time(datetime(2024, 1, 2, 8, 0, tzinfo=KST), NOW) == "Jan 02"
    assert day_time(datetime(2023, 11, 26, 8, 0, tzinfo=KST), NOW) == "Nov 26 2023"


def test_the_day_turns_at_midnight_kst() -> None:
    midnight = datetime(2024, 7, 10, 0, 0, tzinfo=KST)
    assert day_time(midnight, NOW) == "00:00"
    assert day_time(midnight - timedelta(minutes=1), NOW) == "Yesterday 23:59"
    assert day_time(midnight - timedelta(days=1), NOW) == "Yesterday 00:00"
    assert day_time(midnight - timedelta(days=1, minutes=1), NOW) == "Jul 08"
    # Just after midnight in Seoul, what was filed a minute before is yesterday's.
    just_after = midnight + timedelta(minutes=1)
    assert day_time(midnight - timedelta(minutes=1), just_after) == "Yesterday 23:59"
    # On New Year's Day, 31 December is yesterday, and the day before is last year's.
    new_year = datetime(2025, 1, 1, 0, 30, tzinfo=KST)
    assert day_time(datetime(2024, 12, 31, 23, 0, tzinfo=KST), new_year) == "Yesterday 23:00"
    assert day_time(datetime(2024, 12, 30, 23, 0, tzinfo=KST), new_year) == "Dec 30 2024"


def test_today_is_the_kst_day_whatever_zone_the_clock_and_the_time_are_in() -> None:
    # 15:30 UTC on the 9th is 00:30 on the 10th in Seoul: today, though UTC says the 9th.
    now_utc = datetime(2024, 7, 9, 16, 0, tzinfo=UTC)  # 01:00 on the 10th in Seoul
    assert day_time(datetime(2024, 7, 9, 15, 30, tzinfo=UTC), now_utc) == "00:30"
    assert day_time(datetime(2024, 7, 9, 14, 30, tzinfo=UTC), now_utc) == "Yesterday 23:30"
    # A time already tomorrow in Seoul (a clock behind the wire's) is dated, not "today".
    assert day_time(datetime(2024, 7, 10, 15, 10, tzinfo=UTC), NOW) == "Jul 11"


def test_no_time_known_is_empty() -> None:
    assert day_time(None, NOW) == ""
    assert day_time(datetime(9999, 12, 31, 23, 59, tzinfo=UTC), NOW) == ""  # no KST for it


async def test_a_sections_list_has_times_and_no_section_tags(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        texts = option_texts(reader(app).headline_list)
        # Unread mark, no saved mark, then the times in one column.
        assert texts[0].startswith("●  " + "13:40".ljust(15) + " Heavy rain warnings")
        assert texts[3].startswith("●  Yesterday 18:45 Seoul subway fares")
        assert not any("National" in text for text in texts)
        await press(pilot, "2")  # North Korea: the (LEAD) story folded with its first version
        texts = option_texts(reader(app).headline_list)
        assert len(texts) == 2
        assert texts[0].startswith("●  " + "07:12".ljust(15) + " (LEAD) N. Korea fires")
        assert texts[0].endswith("JCS  2 versions")
        assert not any("North Korea" in text for text in texts)


async def test_the_saved_list_mixes_sections_and_says_each(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "s", "j", "j", "j", "j", "j")  # rain (National) is saved
        await press(pilot, "2", "s")  # the missile story (North Korea) too
        await press(pilot, "h", "G", "enter")  # the tree's last entry: Saved
        texts = option_texts(reader(app).headline_list)
        assert [t.rsplit("  ", 1)[-1] for t in texts] == ["North Korea", "National"]


async def test_ten_headlines_fit_an_80x24_screen() -> None:
    app = demo_app()
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        listing = reader(app).headline_list
        assert len(listing.rows) == 10
        lines = screen_text(app).splitlines()[:-2]
        last = max(n for n, ln in enumerate(lines) if listing.rows[-1].headline.title[:20] in ln)
        assert last < 15, "\n".join(lines)  # ten headlines in under fifteen rows, not 28


async def test_a_narrow_pane_shows_dates_so_that_titles_keep_their_room(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:  # one pane, the whole width
        await settle(pilot)
        assert "●  Yesterday 18:45 Seoul subway fares to rise" in screen_text(app)
    app = make_app(sample_news_library())  # the first app closed its library
    async with app.run_test(size=WIDE) as pilot:  # the list is a third of the screen
        await settle(pilot)
        text = screen_text(app)
        assert "●  Jul 09 Seoul subway fares" in text and "Yesterday" not in text
        assert "●  13:40  Heavy rain warnings" in text  # the short column: six cells
