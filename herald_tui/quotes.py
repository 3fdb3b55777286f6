"""Quotation extraction and speaker attribution (issue 8 builds the extractor).

Public API, stable for the rest of the code:

* :func:`extract_quotes` ``(headline, paragraphs) -> tuple[Quote, ...]``
* :func:`attach_quotes` ``(article) -> Article`` with :attr:`Article.quotes` filled.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from herald_tui.model import Article, Quote

__all__ = ["attach_quotes", "extract_quotes"]


def extract_quotes(headline: str, paragraphs: Sequence[str]) -> tuple[Quote, ...]:
    """Every quotation in the headline and paragraphs, in reading order."""
    return ()


def attach_quotes(article: Article) -> Article:
    """``article`` with its quotations extracted from its headline and paragraphs."""
    return dataclasses.replace(article, quotes=extract_quotes(article.headline, article.paragraphs))
