"""Every quotation on the demo site's article pages gets the speaker a reader gives it.

Each page is parsed with the real site plugin, exactly as the app reads it (quotations come
from the parser's own call to the extractor), and compared with its hand labels in
``demo_labels/`` (written by reading the pages, not the extractor) using the corpus scorer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from herald_tui.model import Article
from tests.fetchers.conftest import PLUGINS
from tests.quotes.scoring import score_article
from tests.quotes.test_corpus import load
from tests.quotes.test_demo_labels import FILES, page_of

HOMES = {
    "yonhap": "https://en.yna.co.kr/view/",
    "koreaherald": "https://www.koreaherald.com/article/",
}


def parsed(label_file: Path) -> Article:
    """The demo page of ``label_file`` as the site's plugin parses it."""
    site = label_file.stem.split("-", 1)[0]
    page = page_of(label_file)
    return PLUGINS[site]().parse_article(page.read_bytes(), HOMES[site] + page.stem)


@pytest.mark.parametrize("label_file", FILES, ids=[p.stem for p in FILES])
def test_demo_article_quotations_and_speakers(label_file: Path) -> None:
    labels: dict[str, Any] = load(label_file)
    article = parsed(label_file)
    assert list(article.paragraphs) == labels["paragraphs"]
    result = score_article(labels, lambda _h, _p: article.quotes)
    report = "\n".join(map(str, result.mismatches))
    assert result.speaker_right == result.gold, f"{result.summary()}\n{report}"
    assert result.terms_with_speaker == 0, report
    assert result.extracted == result.gold, f"quotations no label holds:\n{report}"
