"""Times as a reader of Korean news wants them: in KST, with "3 h ago" beside them.

Pure functions of a datetime and "now", so a test (or a snapshot) can fix the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from herald_tui.times import KST, kst, to_kst

__all__ = ["KST", "Clock", "kst", "list_time", "relative", "system_clock"]

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
