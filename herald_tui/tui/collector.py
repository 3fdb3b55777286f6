"""Python's cyclic garbage collector waits while the app starts.

Starting the app creates some hundred thousand objects that live as long as it does (the
modules and classes of Textual and ours, the stylesheet, the widgets) and next to no garbage
in cycles. The collector would walk all of them several times before the first frame, a
sixth of the start-up time, to free almost nothing. So :func:`pause` stops it when the app
starts and :func:`resume` (once the first frame is on screen) freezes what is alive then,
so that later collections skip it (:func:`gc.freeze`), and starts the collector again. The
few thousand objects of start-up garbage that are frozen too stay for the life of the app.

Only the process that paused the collector resumes it: an app run by the tests leaves the
test process's collector alone.
"""

from __future__ import annotations

import gc

__all__ = ["pause", "resume"]

_paused = False


def pause() -> None:
    """Stop the collector (if it runs) until :func:`resume`."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze the objects alive now and restart the collector, if :func:`pause` stopped it;
    otherwise do nothing."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
