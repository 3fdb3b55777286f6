"""Find in the article: the matches of what was typed, in reading order, and the current one.

Pure (blocks are numbered, not widgets), so the stepping and the count are tested without an
app; :class:`~herald_tui.tui.widgets.article.ArticleView` shows the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from herald_tui.tui.spans import find_spans

__all__ = ["Finding", "Match"]

Match = tuple[int, int, int]
"""``(block, start, end)``: a range of the text of one block, blocks in reading order."""


@dataclass
class Finding:
    """The matches of ``needle`` in some texts, and which one is current."""

    needle: str = ""
    matches: list[Match] = field(default_factory=list)
    current: int | None = None
    """Index into :attr:`matches`; None when there is none."""

    @classmethod
    def of(cls, needle: str, texts: Sequence[str]) -> Finding:
        """The matches of ``needle`` in ``texts`` (block ``n`` is ``texts[n]``); the first
        one current."""
        matches = [
            (block, start, end)
            for block, text in enumerate(texts)
            for start, end in find_spans(text, needle)
        ]
        return cls(needle, matches, 0 if matches else None)

    def step(self, delta: int) -> Match | None:
        """Make the next (1) or previous (-1) match current, round the end; return it."""
        if not self.matches:
            return None
        self.current = ((self.current or 0) + delta) % len(self.matches)
        return self.matches[self.current]

    @property
    def match(self) -> Match | None:
        """The current match."""
        return None if self.current is None else self.matches[self.current]

    def in_block(self, block: int) -> list[tuple[int, int]]:
        """The ranges matched in ``block``."""
        return [(start, end) for b, start, end in self.matches if b == block]

    @property
    def label(self) -> str:
        """``2/7``; ``No match``; empty before anything is typed."""
        if not self.needle.strip():
            return ""
        if self.current is None:
            return "No match"
        return f"{self.current + 1}/{len(self.matches)}"
