"""Issue 14: hostile values inside pages and feeds that the parsers must neutralise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from herald_tui.fetchers.base import Fetcher
from herald_tui.model import to_json
from tests.fetchers.conftest import PLUGINS, fixture_files

_LD_STRING = re.compile(r'("(?:headline|name|description|articleSection)"\s*:\s*")')
_SURROGATE = re.compile("[\ud800-\udfff]")


def _with_ld(paths: list[Path]) -> list[Path]:
    return [p for p in paths if "ld+json" in p.read_text("utf-8")]


@pytest.mark.parametrize("path", _with_ld(fixture_files("*.html")), ids=lambda p: p.name)
def test_lone_surrogates_in_json_ld_never_reach_the_article(path: Path) -> None:
    """``"headline": "\\ud800..."`` and ``author.name`` used to survive into the article,
    where encoding it to store or print raised UnicodeEncodeError."""
    html = _LD_STRING.sub(r"\1\\ud800", path.read_text("utf-8"))
    assert "\\ud800" in html
    fetcher: Fetcher = PLUGINS[path.parent.name]()
    article = fetcher.parse_article(html, fetcher.home + "/x")
    text = to_json(article)
    text.encode("utf-8")
    assert not _SURROGATE.search(text)
