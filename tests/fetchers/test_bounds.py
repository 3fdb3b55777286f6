"""Issue 14, item 10: the work one accepted page causes is bounded, whatever its shape."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import herald_tui.quotes
from herald_tui.fetchers.base import MAX_PAGE_BYTES
from herald_tui.fetchers.bounds import (
    MAX_PARAGRAPHS,
    MAX_QUOTES,
    MAX_TEXT,
    QUOTE_HEADLINE,
    QUOTE_TEXT,
    bounded,
)
from herald_tui.fetchers.safety import check_html
from herald_tui.fetchers.yonhap import YonhapFetcher
from herald_tui.model import Article, Photo, Quote
from tests.faultsite.hostile import SHAPES, URL, hostile_page

HOSTILE = {shape: hostile_page(shape) for shape in SHAPES}


@pytest.mark.parametrize("shape", SHAPES)
def test_hostile_pages_pass_every_input_check(shape: str) -> None:
    """The generator is worth testing against only if nothing refuses its pages up front."""
    page = HOSTILE[shape]
    assert len(page.encode()) < MAX_PAGE_BYTES
    check_html(page)


@pytest.mark.parametrize("shape", SHAPES)
def test_work_after_parsing_is_bounded(shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Quote extraction saw 4.5 million characters of a 4.9 MB page (11 s, 445 MB); now it
    sees a bounded prefix, and the article keeps bounded text."""
    seen: list[tuple[int, int]] = []
    extract = herald_tui.quotes.extract_quotes

    def spy(headline: str, paragraphs: Sequence[str]) -> tuple[Quote, ...]:
        seen.append((len(headline), sum(map(len, paragraphs))))
        return extract(headline, paragraphs)

    monkeypatch.setattr(herald_tui.quotes, "extract_quotes", spy)
    article = YonhapFetcher().parse_article(HOSTILE[shape], URL)
    [(headline_chars, body_chars)] = seen
    assert headline_chars <= QUOTE_HEADLINE and body_chars <= QUOTE_TEXT
    assert len(article.paragraphs) <= MAX_PARAGRAPHS
    assert sum(map(len, article.paragraphs)) <= MAX_TEXT
    assert len(article.quotes) <= MAX_QUOTES
    for quote in article.quotes:  # offsets into the cut text are offsets into the kept text
        if quote.paragraph is not None and quote.last_paragraph is None:
            assert article.paragraphs[quote.paragraph][quote.start : quote.end] == quote.text


def test_quotes_are_still_found_in_the_first_part() -> None:
    article = YonhapFetcher().parse_article(HOSTILE["one-paragraph"], URL)
    assert article.quotes[0].text == "We will do it,"
    assert article.quotes[0].speaker == "Kim"


def test_bounded_cuts_paragraphs_and_drops_what_stood_after_them() -> None:
    paragraphs = tuple(f"Paragraph {i}." for i in range(MAX_PARAGRAPHS + 10))
    photos = (Photo("https://img/a.jpg", paragraph=3), Photo("https://img/b.jpg", paragraph=2_005))
    article = Article(URL, "yonhap", "", "H", paragraphs=paragraphs, photos=photos)
    cut = bounded(article)
    assert cut.paragraphs == paragraphs[:MAX_PARAGRAPHS]
    assert cut.photos == photos[:1]
    huge = Article(URL, "yonhap", "", "H", paragraphs=("x" * (MAX_TEXT + 5), "y"))
    assert bounded(huge).paragraphs == ("x" * MAX_TEXT,)
    small = Article(
        URL, "yonhap", "", "H", paragraphs=("a", "b"), photos=(Photo("i", paragraph=2),)
    )
    assert bounded(small) is small
