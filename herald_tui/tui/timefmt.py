"""Times as a reader of Korean news wants them: in KST, with "3 h ago" beside them.

Pure functions of a datetime and "now", so a test (or a snapshot) can fix the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from herald_tui.times import KST, kst, to_kst

__all__ = ["KST", "Clock", "day_time", "kst", "list_time", "relative", "system_clock"]

Clock = Callable[[], datetime]
"""Returns the current time, timezone-aware."""


def system_clock() -> datetime:
    """The real current time, in KST."""
    return datetime.now(KST)


def list_time(when: datetime | None, now: datetime) -> str:
    """Six cells for a headline list: ``09:28`` today (KST), ``Jul 09`` before."""
    local = to_kst(when) if when is not None else None
    if local is None:  # unknown, or beyond what datetime can hold in KST
        return "      "
    if local.date() == now.astimezone(KST).date():
        return local.strftime("%H:%M ")
    return local.strftime("%b %d")


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""Not strftime's ``%b``: that follows the locale, and the list should not."""


def day_time(when: datetime | None, now: datetime) -> str:
    """When a headline was filed, as a wire reader scans for it, by the KST calendar day of
    ``now``: ``14:05`` today, ``Yesterday 09:10``, ``Nov 26`` earlier this year (or later:
    a clock running behind), ``Nov 26 2023`` another year; empty when unknown."""
    local = to_kst(when) if when is not None else None
    today = to_kst(now)
    if local is None or today is None:  # unknown, or beyond what datetime can hold in KST
        return ""
    hour = f"{local.hour:02d}:{local.minute:02d}"
    if local.date() == today.date():
        return hour
    if (today.date() - local.date()).days == 1:  # not today - 1 day: no overflow in year 1
        return f"Yesterday {hour}"
    date = f"{_MONTHS[local.month - 1]} {local.day:02d}"
    return date if local.year == today.year else f"{date} {local.year:04d}"


def relative(when: datetime, now: datetime) -> str:
    """How long ago, coarsely: ``just now``, ``12 min ago``, ``3 h ago``, ``2 d ago``."""
    seconds = (now - when).total_seconds()
    if seconds < 0:
        return "in the future" if seconds < -120 else "just now"
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    return f"{int(seconds // 86400)} d ago"
