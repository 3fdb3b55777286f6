"""Parse warnings: what a reader (and a bug report) should know about a poorly read page.

:func:`assess` looks at a parsed :class:`~herald_tui.model.Article` and says, in a few short
phrases, what looks wrong with it: the generic extractor had to be used, there is no
published time, the body is shorter than the page's own summary, or the body's opening does
not resemble the description (a sign that the wrong block was taken for the story). A page
that parses cleanly gets no warning; ``tests/fetchers/test_quality.py`` holds every fixture
to that.
"""

from __future__ import annotations

import re

from herald_tui.model import Article

__all__ = [
    "FALLBACK",
    "NO_BODY",
    "NO_HEADLINE",
    "NO_TIME",
    "SHORT_BODY",
    "UNLIKE_SUMMARY",
    "assess",
]

FALLBACK = "generic fallback used"
NO_HEADLINE = "no headline"
NO_BODY = "no body text"
NO_TIME = "no published time"
SHORT_BODY = "body shorter than the summary"
UNLIKE_SUMMARY = "first paragraphs unlike the description"

_WORD = re.compile(r"\w+")
# The description is often the lead sentence, or (features) the second or third paragraph.
_OPENING = 3
_LIKENESS = 0.5


def assess(article: Article) -> tuple[str, ...]:
    """The warnings for ``article``, in a fixed order; ``()`` for a clean parse."""
    found = []
    if article.fallback:
        found.append(FALLBACK)
    if not article.headline:
        found.append(NO_HEADLINE)
    if not article.paragraphs:
        found.append(NO_BODY)
    if article.published is None:
        found.append(NO_TIME)
    if article.paragraphs and sum(map(len, article.paragraphs)) < len(article.summary):
        found.append(SHORT_BODY)
    if article.paragraphs and _unlike(article.summary, article.paragraphs[:_OPENING]):
        found.append(UNLIKE_SUMMARY)
    return tuple(found)


def _unlike(summary: str, opening: tuple[str, ...]) -> bool:
    """True when fewer than half the description's words are in the body's opening. A
    description cut with "..." loses its last, possibly cut, word."""
    if summary.endswith(("...", "…")):
        summary = summary.rstrip(".…").rsplit(" ", 1)[0]
    words = {w.lower() for w in _WORD.findall(summary)}
    if len(words) < 4:
        return False  # too short to judge
    seen = {w.lower() for text in opening for w in _WORD.findall(text)}
    return len(words & seen) < _LIKENESS * len(words)
