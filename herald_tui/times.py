"""Korea Standard Time, shared by the parsers (a time printed without an offset is KST) and
every place that shows a time to the reader (the app, ``read``, ``headlines``)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

__all__ = ["KST", "kst"]

KST = timezone(timedelta(hours=9), "KST")
"""Korea Standard Time (UTC+9, no daylight saving)."""


def kst(when: datetime) -> str:
    """``2024-07-10 09:28 KST``: ``when`` (timezone-aware) in Korean time."""
    return when.astimezone(KST).strftime("%Y-%m-%d %H:%M KST")
