"""Consistency of the hand labels for the demo site's articles (the labels, not any extractor).

``demo_labels/<site>-<page>.json`` holds, for every article page of the demo site, the article
as a reader sees it (headline, body paragraphs in order) and every quotation with the speaker a
reader would give it, in the corpus format (``corpus/README.md``). These tests check that every
page has its labels and that the labels agree with the page's text; the corpus's own label
checks are reused as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

# The corpus's label checks, collected here too: each takes the ``article`` fixture below.
from tests.quotes.test_corpus import (
    REQUIRED,
    check_paragraphs_covers_and_form,
    load,
    test_covers_agree_with_the_labels,
    test_every_quotation_mark_is_accounted_for,
    test_labels_sit_between_marks_in_reading_order,
    test_negatives_sit_between_marks_outside_quotes,
    test_quote_labels_are_well_formed,
)

__all__ = [
    "test_covers_agree_with_the_labels",
    "test_every_quotation_mark_is_accounted_for",
    "test_labels_sit_between_marks_in_reading_order",
    "test_negatives_sit_between_marks_outside_quotes",
    "test_quote_labels_are_well_formed",
]

LABELS = Path(__file__).parent / "demo_labels"
SITE = Path(__file__).parents[2] / "herald_tui" / "demo" / "site"
ARTICLE_DIRS = {"yonhap": "yonhap/view", "koreaherald": "koreaherald/article"}
STYLES = {"yonhap": "yonhap", "koreaherald": "herald"}
FILES = sorted(LABELS.glob("*.json"))


def page_of(label_file: Path) -> Path:
    """The demo page a label file describes: ``yonhap-AEN1.json`` -> ``yonhap/view/AEN1.html``."""
    site, stem = label_file.stem.split("-", 1)
    return SITE / ARTICLE_DIRS[site] / f"{stem}.html"


def words(text: str) -> str:
    return " ".join(text.split())


def page_text(page: Path) -> str:
    """Everything a reader can see on the page (and its title), whitespace folded."""
    tree = LexborHTMLParser(page.read_text(encoding="utf-8"))
    for node in tree.css("script, style"):
        node.decompose()
    return words(tree.root.text(separator=" ")) if tree.root is not None else ""


@pytest.fixture(params=FILES, ids=[p.stem for p in FILES])
def article(request: pytest.FixtureRequest) -> dict[str, Any]:
    return load(request.param) | {"_path": request.param}


def test_every_demo_article_has_labels() -> None:
    pages = {
        f"{site}-{page.stem}"
        for site, folder in ARTICLE_DIRS.items()
        for page in (SITE / folder).glob("*.html")
    }
    assert pages, "no demo article pages found"
    assert {path.stem for path in FILES} == pages


def test_shape(article: dict[str, Any]) -> None:
    path: Path = article["_path"]
    assert article.keys() >= REQUIRED, REQUIRED - article.keys()
    assert article["id"] == path.stem
    assert article["style"] == STYLES[path.stem.split("-", 1)[0]]
    check_paragraphs_covers_and_form(article, path)


def test_text_is_the_pages_text_in_order(article: dict[str, Any]) -> None:
    """The headline and every paragraph are on the page, the paragraphs in reading order, so
    the labels cannot drift from a demo page that is edited."""
    text = page_text(page_of(article["_path"]))
    assert words(article["headline"]) in text, article["headline"]
    position = 0
    for number, paragraph in enumerate(article["paragraphs"]):
        found = text.find(words(paragraph), position)
        assert found != -1, f"paragraph {number} is not on the page after paragraph {number - 1}"
        position = found + len(words(paragraph))


def test_the_demo_has_quotations_to_check() -> None:
    assert sum(len(load(path)["quotes"]) for path in FILES) >= 50
