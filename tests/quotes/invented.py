"""Small helpers the rule tests share over their invented paragraphs."""

from __future__ import annotations

from herald_tui.quotes import extract_quotes


def last_speaker(paragraphs: list[str]) -> str | None:
    """The speaker of the last quotation found in ``paragraphs`` (there must be one)."""
    quotes = extract_quotes("", paragraphs)
    assert quotes, paragraphs
    return quotes[-1].speaker
