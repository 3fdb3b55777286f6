"""How long to wait before retrying: ``Retry-After`` when the server says, else backoff.

Pure functions, so the policy is tested without a server or a clock.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

__all__ = ["BACKOFF_BASE", "backoff", "is_retryable_status", "retry_after", "retry_wait"]

BACKOFF_BASE = 0.5
"""Seconds before the first retry when the server gives no ``Retry-After``; doubles each time."""


_DIGITS = 15
"""More digits than this in delay-seconds is longer than any cap (31 million years)."""


def is_retryable_status(status: int) -> bool:
    """429 (slow down) and every 5xx: the server may answer differently in a moment."""
    return status == 429 or 500 <= status <= 599


def backoff(attempt: int, cap: float, rng: random.Random | None = None) -> float:
    """Capped exponential backoff with jitter for retry number ``attempt`` (1, 2, ...).

    The wait is ``min(cap, BASE * 2**(attempt-1))`` scaled by a random factor in [0.5, 1], so
    clients that failed together do not come back together."""
    ceiling = min(cap, BACKOFF_BASE * 2.0 ** min(attempt - 1, 30))
    return ceiling * (rng or random).uniform(0.5, 1.0)


def retry_after(value: str | None, now: datetime, cap: float) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header, capped at ``cap``.

    Accepts delay-seconds (``120``) and an HTTP date (``Wed, 21 Oct 2015 07:28:00 GMT``; a
    date in the past means now). ``now`` must be timezone-aware. Returns None when the header
    is missing or unreadable, so the caller falls back to :func:`backoff`."""
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        # Any number of digits: int() of thousands raises, float() of hundreds overflows.
        digits = value.lstrip("0") or "0"
        return min(float(int(digits)) if len(digits) <= _DIGITS else cap, cap)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000": zone unknown; HTTP dates are GMT
        when = when.replace(tzinfo=UTC)
    return min(max((when - now).total_seconds(), 0.0), cap)


def retry_wait(header: str | None, attempt: int, now: datetime, cap: float) -> float:
    """The wait before retry number ``attempt``: ``Retry-After`` if readable, else backoff."""
    told = retry_after(header, now, cap)
    return backoff(attempt, cap) if told is None else told
