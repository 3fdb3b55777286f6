"""Times in KST with "ago", and progress lines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from herald_tui.library import ProgressEvent
from herald_tui.tui.timefmt import KST, kst, list_time, relative
from herald_tui.tui.widgets.status import describe_progress

NOW = datetime(2024, 7, 10, 15, 0, tzinfo=KST)


def test_kst_converts_from_any_zone() -> None:
    assert kst(datetime(2024, 7, 10, 0, 28, tzinfo=UTC)) == "2024-07-10 09:28 KST"


def test_relative_times() -> None:
    assert relative(NOW - timedelta(seconds=20), NOW) == "just now"
    assert relative(NOW - timedelta(minutes=12, seconds=59), NOW) == "12 min ago"
    assert relative(NOW - timedelta(hours=3, minutes=40), NOW) == "3 h ago"
    assert relative(NOW - timedelta(days=2, hours=1), NOW) == "2 d ago"
    assert relative(NOW + timedelta(seconds=30), NOW) == "just now"  # clock skew
    assert relative(NOW + timedelta(hours=2), NOW) == "in the future"


def test_list_time_is_the_hour_today_and_the_date_before() -> None:
    assert list_time(datetime(2024, 7, 10, 0, 5, tzinfo=KST), NOW) == "00:05 "
    # 23:30 UTC on the 9th is 08:30 on the 10th in Seoul: today.
    assert list_time(datetime(2024, 7, 9, 23, 30, tzinfo=UTC), NOW) == "08:30 "
    assert list_time(datetime(2024, 7, 9, 23, 30, tzinfo=KST), NOW) == "Jul 09"
    assert list_time(None, NOW) == "      "


def test_progress_lines() -> None:
    assert describe_progress(ProgressEvent("articles", 3, 20)) == "articles 3/20"
    assert describe_progress(ProgressEvent("", 3, 20)) == "3/20"
    assert describe_progress(ProgressEvent("Politics", retry_in=3.6)) == "Politics: retrying in 4 s"
    assert describe_progress(ProgressEvent("bad\x1b]0;x\x07\nline")) == "bad]0;x line"


# Issue 14, item 1: a cache written before the parsers dropped such dates may hold them.
EXTREMES = [
    datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC),
    datetime(1, 1, 1, tzinfo=KST),
    datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),
    datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-12))),
]


def test_times_at_the_limits_of_datetime_never_raise() -> None:
    assert kst(EXTREMES[0]) == "9999-12-31 23:59 UTC+00:00"  # no KST for it: shown as stored
    assert kst(EXTREMES[1]) == "0001-01-01 00:00 KST"
    assert kst(EXTREMES[2]) == "0001-01-01 00:00 UTC+14:00"
    assert kst(EXTREMES[3]) == "9999-12-31 23:59 UTC-12:00"
    for when in EXTREMES:
        assert len(list_time(when, NOW)) == 6
        assert relative(when, NOW) in ("in the future", f"{(NOW - when).days} d ago")


@given(
    st.datetimes(
        timezones=st.builds(timezone, st.timedeltas(timedelta(hours=-23), timedelta(hours=23)))
    )
)
def test_no_stored_time_makes_display_raise(when: datetime) -> None:
    assert kst(when)[:4].isdigit()
    assert len(list_time(when, NOW)) == 6
    assert relative(when, NOW)
