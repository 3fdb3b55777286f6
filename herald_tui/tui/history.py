"""Back and forward over the articles opened since the app started, as a browser does.

Pure: visits are plain data, so the rules (a new article after going back drops the forward
part; each visit keeps where the reader was in it) are tested without an app.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["History", "Visit"]

LIMIT = 500
"""Visits kept; the oldest go first (a day of reading is far fewer)."""


@dataclass
class Visit:
    """One article opened, as it was opened, and how far down it the reader was."""

    url: str
    title: str = ""
    summary: str = ""
    terms: tuple[str, ...] = ()
    """Search terms marked in it (it was opened from a search)."""
    scroll_y: float = 0.0
    """Where the reader was in it when they left it."""


class History:
    """The articles opened, in order, and where the reader is among them."""

    def __init__(self, limit: int = LIMIT) -> None:
        self._visits: list[Visit] = []
        self._at = -1
        self._limit = limit

    @property
    def current(self) -> Visit | None:
        """The visit the reader is on (None before any article)."""
        return self._visits[self._at] if self._at >= 0 else None

    @property
    def visits(self) -> list[Visit]:
        """Every visit kept, oldest first."""
        return list(self._visits)

    def visit(self, visit: Visit) -> None:
        """An article was opened (not by going back or forward): it follows the current one
        and what was ahead of it is dropped. Opening the current article again is no visit."""
        current = self.current
        if current is not None and current.url == visit.url:
            return
        del self._visits[self._at + 1 :]
        self._visits.append(visit)
        if len(self._visits) > self._limit:
            del self._visits[0]
        self._at = len(self._visits) - 1

    def keep_scroll(self, scroll_y: float) -> None:
        """Remember where the reader is in the current article."""
        current = self.current
        if current is not None:
            current.scroll_y = scroll_y

    def go(self, delta: int) -> Visit | None:
        """Step back (-1) or forward (1); the visit stepped to, or None at either end."""
        target = self._at + delta
        if not 0 <= target < len(self._visits):
            return None
        self._at = target
        return self._visits[target]
