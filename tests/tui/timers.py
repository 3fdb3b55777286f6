"""A stand-in for Textual's ``set_interval`` that tests fire by hand: no test waits for a
real timer (``HeraldApp(every=Timers())``)."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Timers"]


class Timers:
    """Records what is to run and how often; :meth:`fire` runs it all once."""

    def __init__(self) -> None:
        self.registered: list[tuple[float, Callable[[], object]]] = []

    def __call__(self, seconds: float, callback: Callable[[], object]) -> None:
        self.registered.append((seconds, callback))

    def fire(self) -> None:
        """Run every registered callback once, as if its interval had passed."""
        for _seconds, callback in self.registered:
            callback()
