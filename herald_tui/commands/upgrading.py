"""Saying so while the cache of an older version is re-indexed (minutes at 100,000 articles).

The cache layer never prints: it tells a callback how far the re-indexing is
(:class:`~herald_tui.cache.schema.Upgrade`). :class:`UpgradeNotice` is that callback for the
command line and for the app, whose library is opened before Textual takes the screen: one
line on stderr before the work starts, then how far it is, at most once a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from herald_tui.cache.schema import Upgrade

__all__ = ["UpgradeNotice"]

INTERVAL_S = 1.0
"""The least time between two progress reports."""


class UpgradeNotice:
    """Tells ``stream`` that an upgrade re-indexes the cache, and how far it is.

    On a terminal the percentage is rewritten in place on the announcing line; elsewhere (a
    log file) each tenth is a line of its own. Used as a context manager around opening the
    library, it says so when the upgrade did not finish (Ctrl+C, a full disk).
    """

    def __init__(
        self,
        stream: IO[str],
        *,
        clock: Callable[[], float] = time.monotonic,
        tty: bool | None = None,
    ) -> None:
        self._stream = stream
        self._clock = clock
        self._tty = stream.isatty() if tty is None else tty
        self._line = ""  # the announcement, once made
        self._running = False
        self._shown = 0  # the percentage last written
        self._shown_at = 0.0

    def __call__(self, upgrade: Upgrade) -> None:
        if not self._line:
            self._start(upgrade)
        if upgrade.finished:
            self._running = False
            self._write(f"\r{self._line} done.\n" if self._tty else "... done.\n")
        elif self._clock() - self._shown_at >= INTERVAL_S and self._worth_telling(upgrade):
            self._show(upgrade.percent)

    def _start(self, upgrade: Upgrade) -> None:
        articles = f"{upgrade.articles:,} article{'' if upgrade.articles == 1 else 's'}"
        self._line = (
            f"Updating the cache for this version of herald-tui (once): re-indexing {articles}..."
        )
        self._write(self._line if self._tty else f"{self._line}\n")
        self._running, self._shown_at = True, self._clock()

    def _worth_telling(self, upgrade: Upgrade) -> bool:
        # A log gets a line per tenth, not one a second for minutes.
        step = 1 if self._tty else 10
        return upgrade.percent // step > self._shown // step

    def _show(self, percent: int) -> None:
        self._shown, self._shown_at = percent, self._clock()
        self._write(f"\r{self._line} {percent}%" if self._tty else f"... {percent}%\n")

    def _write(self, text: str) -> None:
        self._stream.write(text)
        self._stream.flush()

    def __enter__(self) -> UpgradeNotice:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._running:
            # The upgrade is one transaction: whatever stopped it, nothing of it was kept.
            self._running = False
            self._write(
                ("\n" if self._tty else "")
                + "Stopped: the cache is as it was; the update starts again on the next run.\n"
            )
