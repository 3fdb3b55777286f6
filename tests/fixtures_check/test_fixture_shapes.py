"""Every expected JSON under ``tests/fixtures/`` loads into the model classes.

This checks the *shape* of the hand-written expectations (field names, types, datetimes with
offsets), so a malformed fixture fails here rather than as a confusing parser-test failure.
It says nothing about whether the values are right: that is what the parser tests are for.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from herald_tui.model import Article, Headline, Photo, Video, from_dict
from tests.fetchers.conftest import PLUGINS

FIXTURES = Path(__file__).parent.parent / "fixtures"
SOURCES = tuple(PLUGINS)
# Keys the fixtures leave out on purpose (see tests/fixtures/README.md).
OMITTED = {"quotes": [], "parser": ""}
ARTICLE_KEYS = {
    "url", "source", "section", "headline", "subheadline", "byline", "authors", "published",
    "updated", "summary", "photos", "paragraphs", "tags", "related", "videos", "story_id",
    "revision", "email", "fallback", "warnings",
}  # fmt: skip
HEADLINE_KEYS = {
    "url", "title", "source", "section", "published", "summary", "thumbnail", "story_id",
    "revision",
}  # fmt: skip


def _cases(pattern: str) -> list[Path]:
    return sorted(p for source in SOURCES for p in (FIXTURES / source).glob(pattern))


def _article_cases() -> list[Path]:
    return [p.with_suffix(".json") for p in _cases("*.html") if not p.name.endswith(".list.html")]


def _headline_cases() -> list[Path]:
    feeds = [p.with_suffix(".json") for p in _cases("*.xml")]
    lists = [p.with_name(p.name.replace(".list.html", ".list.json")) for p in _cases("*.list.html")]
    return feeds + lists


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def test_every_source_has_cases() -> None:
    for source in SOURCES:
        assert len([p for p in _article_cases() if p.parent.name == source]) >= 12


@pytest.mark.parametrize("expected", _article_cases(), ids=_id)
def test_article_expectation_loads(expected: Path) -> None:
    error = expected.with_suffix(".error")
    if error.exists():
        assert not expected.exists(), "a case expects either an article or an error"
        assert error.read_text(encoding="utf-8").strip()
        return
    data = _load(expected)
    assert set(data) == ARTICLE_KEYS
    article = from_dict(Article, {**data, **OMITTED})
    assert article.source == expected.parent.name
    assert article.headline and article.paragraphs
    media: tuple[Photo | Video, ...] = (*article.photos, *article.videos)
    for item in media:
        assert 0 <= item.paragraph <= len(article.paragraphs)


@pytest.mark.parametrize("expected", _headline_cases(), ids=_id)
def test_headline_expectation_loads(expected: Path) -> None:
    data = _load(expected)
    assert isinstance(data, list) and data
    for item in data:
        assert set(item) == HEADLINE_KEYS
        headline = from_dict(Headline, item)
        assert headline.source == expected.parent.name
        assert headline.url and headline.title and headline.published is not None


@pytest.mark.parametrize("page", _cases("*.url"), ids=_id)
def test_url_files_are_one_line(page: Path) -> None:
    lines = page.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith(("http://", "https://"))
