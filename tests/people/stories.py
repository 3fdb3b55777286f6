"""Invented articles for the People tests (no real reporting), their quotes extracted."""

from __future__ import annotations

from datetime import datetime

from herald_tui.model import Article
from herald_tui.quotes import attach_quotes


def story(
    n: int, published: datetime, *paragraphs: str, source: str = "yonhap", headline: str = ""
) -> Article:
    """Article ``n`` of ``source`` at ``https://example.test/<source>/<n>``."""
    return attach_quotes(
        Article(
            url=f"https://example.test/{source}/{n}",
            source=source,
            section="North Korea",
            headline=headline or f"Story {n}",
            paragraphs=paragraphs,
            published=published,
            parser=f"{source}@1",
        )
    )
