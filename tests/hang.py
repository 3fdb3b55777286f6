"""A hang guard for tests that wait on real I/O: a bound, not a measure.

A test never asserts how long something took (a loaded machine makes any such figure flaky;
benchmarks/ measures time). But a test of a deadline, on a server that drips or stalls, hangs
for minutes if the deadline is broken: :func:`hang_guard` turns that hang into a failure. Its
bound is many times any wait the tests expect, so it never fires on a slow machine.
"""

from __future__ import annotations

import asyncio

__all__ = ["HANG_GUARD_SECONDS", "hang_guard"]

HANG_GUARD_SECONDS = 60.0
"""Far above any deadline under test (they are 2 s at most), even on a busy machine."""


def hang_guard() -> asyncio.Timeout:
    """``async with hang_guard():``: raises TimeoutError if the block has not ended after
    :data:`HANG_GUARD_SECONDS` (a hang, never a slow run)."""
    return asyncio.timeout(HANG_GUARD_SECONDS)
