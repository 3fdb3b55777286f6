"""Python's cyclic garbage collector waits while the app starts.

Starting the app creates some hundred thousand objects that live as long as it does (the
modules and classes of Textual and ours, the stylesheet, the widgets) and next to no garbage
in cycles. The collector would walk all of them several times before the first frame, a
sixth of the start-up time, to free almost nothing. So :func:`pause` stops it when the app
starts and :func:`resume` (once the first frame is on screen) freezes what is alive then,
so that later collections skip it (:func:`gc.freeze`), and starts the collector again. The
few thousand objects of start-up garbage that are frozen too stay for the life of the app.

From then on the youngest generation is collected every :data:`YOUNG` allocations instead
of 700: each collection promotes what survives it, and every tenth of the next generation's
sets off a full one, which walks everything made since the freeze. With refreshes running,
that was a full collection every few seconds, up to 100-280 ms each under load, on whichever
thread allocated (the app's loop too): keys waited for it (bench_tui).

Only the process that paused the collector resumes it: an app run by the tests leaves the
test process's collector alone.
"""

from __future__ import annotations

import gc

__all__ = ["YOUNG", "pause", "resume"]

YOUNG = 20_000
"""Allocations (less deallocations) between two collections of the youngest generation."""

_paused = False


def pause() -> None:
    """Stop the collector (if it runs) until :func:`resume`."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze the objects alive now and restart the collector, collecting young objects
    less often (:data:`YOUNG`), if :func:`pause` stopped it; otherwise do nothing."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.set_threshold(YOUNG, *gc.get_threshold()[1:])
        gc.enable()
