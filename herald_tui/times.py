"""Korea Standard Time, shared by the parsers (a time printed without an offset is KST) and
every place that shows a time to the reader (the app, ``read``, ``headlines``).

Nothing here raises on a stored value: a time near the limits of :class:`datetime` (year 1
with ``+09:00``, 9999-12-31 in UTC) cannot be moved to KST, and is then shown as stored, with
its own offset (a cache written before parsers dropped such dates may hold one).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

__all__ = ["KST", "kst", "to_kst"]

KST = timezone(timedelta(hours=9), "KST")
"""Korea Standard Time (UTC+9, no daylight saving)."""


def to_kst(when: datetime) -> datetime | None:
    """``when`` (timezone-aware) in Korean time, or None when KST would fall outside the
    years :class:`datetime` can hold."""
    try:
        return when.astimezone(KST)
    except (OverflowError, ValueError):
        return None


def kst(when: datetime) -> str:
    """``2024-07-10 09:28 KST``: ``when`` (timezone-aware) in Korean time; a time that cannot
    be moved to KST is written as stored, ``9999-12-31 23:59 UTC+00:00``."""
    local = to_kst(when)
    if local is None:
        return f"{_minutes(when)} {_offset(when)}"
    return f"{_minutes(local)} KST"


def _minutes(when: datetime) -> str:
    # Not strftime: "%Y" of year 5 is "5" on some platforms, "0005" on others.
    return f"{when.year:04d}-{when.month:02d}-{when.day:02d} {when.hour:02d}:{when.minute:02d}"


def _offset(when: datetime) -> str:
    offset = when.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
