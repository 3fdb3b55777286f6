"""Bounds on the work one accepted page may cause (issue 14, item 10).

The size cap and the pre-scan (:mod:`~herald_tui.fetchers.safety`) bound what the HTML parser
does, but not what comes after it: a 4.9 MB page of 60,000 quoted paragraphs passes both, and
quote extraction then took 11 s of CPU and 445 MB. The parse deadline cannot stop that work
(a thread cannot be killed), so the work itself is bounded:

* a feed or list page gives at most :data:`MAX_ITEMS` headlines (a feed of 71,904 items
  made 40 MB of cache per section);
* an article keeps at most :data:`MAX_PARAGRAPHS` paragraphs and :data:`MAX_TEXT` characters
  of body text (real articles: under 100 paragraphs and 40,000 characters), and at most
  :data:`MAX_PARTS` photos, videos, tags and related links;
* quotations are looked for in the headline's first :data:`QUOTE_HEADLINE` characters and
  the body's first :data:`QUOTE_TEXT` characters (about 0.3 s of extraction at worst), and at
  most :data:`MAX_QUOTES` are kept.

Every cut keeps a prefix, so quote offsets into the shortened text are offsets into the
stored text too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from herald_tui.model import Article

__all__ = [
    "MAX_ITEMS",
    "MAX_PARAGRAPHS",
    "MAX_PARTS",
    "MAX_QUOTES",
    "MAX_TEXT",
    "PARSE_SECONDS",
    "QUOTE_HEADLINE",
    "QUOTE_TEXT",
    "bounded",
    "quote_input",
]

MAX_ITEMS = 500
MAX_PARAGRAPHS = 2_000
MAX_TEXT = 500_000
MAX_PARTS = 500
QUOTE_HEADLINE = 1_000
QUOTE_TEXT = 100_000
MAX_QUOTES = 1_000
PARSE_SECONDS = 5.0
"""Longest any parse may take before the page is given up (the app, ``sync`` and ``read``):
:func:`~herald_tui.fetchers.safety.parse_with_deadline`. Here, not there, so that the
library can name it without loading the pre-scan before the first frame."""


def bounded(article: Article) -> Article:
    """``article`` within the limits above; the same object when it already is."""
    paragraphs = _prefix(article.paragraphs, MAX_PARAGRAPHS, MAX_TEXT)
    count = len(paragraphs)
    photos = tuple(p for p in article.photos if p.paragraph <= count)[:MAX_PARTS]
    videos = tuple(v for v in article.videos if v.paragraph <= count)[:MAX_PARTS]
    shorter = dataclasses.replace(
        article,
        paragraphs=paragraphs,
        photos=photos,
        videos=videos,
        tags=article.tags[:MAX_PARTS],
        related=article.related[:MAX_PARTS],
        quotes=article.quotes[:MAX_QUOTES],
    )
    return article if shorter == article else shorter


def quote_input(article: Article) -> tuple[str, tuple[str, ...]]:
    """``(headline, paragraphs)`` to look for quotations in: prefixes within the limits."""
    return article.headline[:QUOTE_HEADLINE], _prefix(
        article.paragraphs, MAX_PARAGRAPHS, QUOTE_TEXT
    )


def _prefix(paragraphs: Sequence[str], count: int, chars: int) -> tuple[str, ...]:
    """The first paragraphs holding at most ``count`` paragraphs and ``chars`` characters, the
    last one cut if needed."""
    kept: list[str] = []
    room = chars
    for text in paragraphs[:count]:
        if room <= 0:
            break
        kept.append(text[:room])
        room -= len(text)
    return tuple(kept)
