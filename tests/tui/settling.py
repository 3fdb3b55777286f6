"""Waiting for the app in Pilot tests by what it is doing, not by how busy the CPU looks.

Textual's ``Pilot.pause`` and ``wait_for_idle`` judge the app idle when its process uses
little CPU for a moment, and ``_wait_for_screen`` waits only for the messages queued when it
starts. On a loaded machine the process is simply not scheduled for a while (it looks idle)
and a key's handler may post the message that starts a worker after the wait began: the test
then looks at the screen too early. Here the app's own state is checked instead, with short
pauses in between, until it is quiet (:func:`settle`) or a condition holds (:func:`until`).

Timers are not looked at: Textual's do not say when they fire next, the app's own repeat every
30 s or more (or are injected: ``tests/tui/timers.py``), and what a timer does when it fires
arrives as a message, which is.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.message_pump import MessagePump
from textual.pilot import Pilot
from textual.worker import WorkerState

__all__ = ["BOUND_SECONDS", "busy", "settle", "until"]

BOUND_SECONDS = 60.0
"""How long a wait may take before the test fails: far above any real wait, even with the
machine's cores shared by several test runs."""

_QUIET_CHECKS = 2
"""Consecutive quiet checks (a pause apart) that make the app settled: a timer or thread
finishing in between would show up in the second."""

_UNFINISHED = (WorkerState.PENDING, WorkerState.RUNNING)
_GET_MESSAGE = MessagePump._get_message.__code__


def busy(app: App[Any], *, held: int = 0) -> list[str]:
    """What the app is still doing, one phrase each; empty when it is quiet.

    ``held``: that many workers may still run (requests a test holds at a gate)."""
    running = [w for w in app.workers if w.state in _UNFINISHED]
    doing = []
    if len(running) > held:
        doing += [f"worker {w.name or w.description!r} {w.state.name}" for w in running]
    for pump in _pumps(app):
        doing += [f"{what} of {pump!r}" for what in _pending(pump)]
    screen = app.screen
    if screen._callbacks:  # call_after_refresh, run after the next refresh
        doing.append(f"{len(screen._callbacks)} callbacks after the refresh of {screen!r}")
    if screen._dirty_widgets or screen._layout_required or screen._repaint_required:
        doing.append(f"a refresh of {screen!r}")
    animator = app.animator
    if animator._animations or animator._scheduled:
        doing.append("animations")
    return doing


def _pumps(app: App[Any]) -> list[MessagePump]:
    """The app, every screen on its stack, and every widget of those."""
    pumps: list[MessagePump] = [app]
    for screen in app.screen_stack:
        pumps += screen.walk_children(with_self=True)
    return pumps


def _pending(pump: MessagePump) -> list[str]:
    pending = []
    queued = pump.message_queue_size + (pump._pending_message is not None)
    if queued:
        pending.append(f"{queued} messages")
    elif not _waiting_for_a_message(pump):
        pending.append("a message being handled")  # an async handler, awaiting something
    if pump._next_callbacks:
        pending.append(f"{len(pump._next_callbacks)} call_next callbacks")
    return pending


def _waiting_for_a_message(pump: MessagePump) -> bool:
    """Whether the pump's task is suspended in ``_get_message`` (so not inside a handler):
    followed down the chain of coroutines it awaits."""
    task = pump._task
    if task is None or task.done():
        return True  # not processing messages at all
    awaited: Any = task.get_coro()
    while awaited is not None:
        if getattr(awaited, "cr_code", None) is _GET_MESSAGE:
            return True
        awaited = getattr(awaited, "cr_await", None)
    return False


async def settle(pilot: Pilot[Any], *, held: int = 0) -> None:
    """Wait until the app is quiet: no worker pending or running (but ``held`` ones), no
    message queued or being handled by the app, its screens or their widgets, no callback
    waiting for a refresh, no refresh or animation to come; checked twice in a row."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + BOUND_SECONDS
    quiet = 0
    while quiet < _QUIET_CHECKS:
        await pilot.pause()
        doing = busy(pilot.app, held=held)
        quiet = 0 if doing else quiet + 1
        if doing and loop.time() > deadline:
            raise AssertionError(
                f"the app was still busy after {BOUND_SECONDS:.0f} s: " + "; ".join(doing)
            )


async def until(
    pilot: Pilot[Any], ready: Callable[[], bool], what: str = "", *, settling: bool = False
) -> None:
    """Let the app run, a short pause at a time, until ``ready()`` holds; the app need not be
    quiet (a request held at a gate keeps its worker running). ``settling``: let it settle
    between checks instead."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + BOUND_SECONDS
    while not ready():
        if loop.time() > deadline:
            doing = "; ".join(busy(pilot.app)) or "nothing"
            raise AssertionError(
                f"timed out after {BOUND_SECONDS:.0f} s waiting for {what or ready!r};"
                f" the app was doing: {doing}"
            )
        await (settle(pilot) if settling else pilot.pause())
