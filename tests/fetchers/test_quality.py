"""Parse warnings (issue 15, item 3): none on a clean fixture, the right ones on poor pages,
and kept by the cache (old rows without warnings still read)."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path

import pytest

from herald_tui.cache.codec import seal_json
from herald_tui.cache.store import Store
from herald_tui.fetchers import quality
from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher
from herald_tui.fetchers.quality import assess
from herald_tui.model import Article, to_dict
from tests.cache.factories import article as stored_article
from tests.cache.test_integrity import raw
from tests.fetchers.conftest import PLUGINS, fixture_files
from tests.fetchers.test_fixtures import ARTICLES, _canonical_url, _case, _ids

KH_URL = "https://www.koreaherald.com/article/10001234"
LONG = "The ministry said Tuesday that the plan for new bus lanes would be reviewed again."
WHEN = datetime.fromisoformat("2025-01-23T09:28:00+09:00")


@pytest.mark.parametrize("path", ARTICLES, ids=_ids(ARTICLES))
def test_no_warning_on_a_fixture_that_parses_cleanly(path: Path) -> None:
    fetcher, html, url = _case(path, ".html")
    article = fetcher.parse_article(html, url or _canonical_url(fetcher, html))
    expected = (quality.FALLBACK,) if article.fallback else ()
    assert article.warnings == expected


def test_every_plugin_has_clean_fixtures() -> None:
    clean = {p.parent.name for p in ARTICLES if not _fallback_case(p)}
    assert clean == set(PLUGINS) and len(fixture_files("*.html")) > 30


def _fallback_case(path: Path) -> bool:
    return bool(json.loads(path.with_suffix(".json").read_text("utf-8"))["fallback"])


def _article(**changes: object) -> Article:
    base = Article(
        url=KH_URL,
        source="koreaherald",
        section="",
        headline="Bus lanes",
        published=WHEN,
        summary=LONG,
        paragraphs=(LONG, "Second paragraph."),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "warnings"),
    [
        ({}, ()),
        ({"fallback": True}, (quality.FALLBACK,)),
        ({"published": None}, (quality.NO_TIME,)),
        ({"headline": ""}, (quality.NO_HEADLINE,)),
        ({"paragraphs": ()}, (quality.NO_BODY,)),
        (
            {"paragraphs": ("Plans reviewed.",)},
            (quality.SHORT_BODY, quality.UNLIKE_SUMMARY),
        ),
        (
            {"paragraphs": ("Subscribe to our newsletter for the latest stories " * 3,)},
            (quality.UNLIKE_SUMMARY,),
        ),
        # A cut description loses its cut word; a short one is not judged.
        ({"summary": LONG[:60] + "..."}, ()),
        ({"summary": "Bus lanes", "paragraphs": ("Unrelated text here.",)}, ()),
        # The description may match the second or third paragraph (a feature's lede).
        ({"paragraphs": ("A scene-setting opening.", "Another.", LONG)}, ()),
    ],
)
def test_assess(changes: dict[str, object], warnings: tuple[str, ...]) -> None:
    assert assess(_article(**changes)) == warnings


def test_parse_attaches_warnings_and_json_carries_them() -> None:
    page = f"""<meta property="og:description" content="{LONG}">
    <title>Bus lanes</title><div><p>Subscribe to our daily newsletter today, it is free!</p>
    <p>Follow us on every social network for the latest news.</p></div>"""
    article = KoreaHeraldFetcher().parse_article(page, KH_URL)
    assert article.warnings == (quality.FALLBACK, quality.NO_TIME, quality.UNLIKE_SUMMARY)
    assert to_dict(article)["warnings"] == list(article.warnings)


def test_cache_keeps_warnings_and_reads_old_rows(tmp_path: Path) -> None:
    warned = dataclasses.replace(stored_article(1), warnings=(quality.NO_TIME,))
    old = stored_article(2)
    with Store.open(tmp_path / "cache", tmp_path / "data") as store:
        store.put_articles([warned, old])
    # A row written before warnings existed: its JSON has no "warnings" key.
    data = to_dict(old)
    del data["warnings"]
    blob, digest = seal_json(json.dumps(data, ensure_ascii=False), compress=True)
    conn = raw(tmp_path / "cache" / "cache.sqlite3")
    row = conn.execute("SELECT * FROM articles WHERE url = ?", (old.url,)).fetchone()
    names = [d[0] for d in conn.execute("SELECT * FROM articles LIMIT 0").description]
    values = dict(zip(names, row, strict=True)) | {"data": blob, "checksum": digest}
    conn.execute("DELETE FROM articles WHERE url = ?", (old.url,))
    marks = ", ".join("?" * len(values))
    conn.execute(
        f"INSERT INTO articles ({', '.join(values)}) VALUES ({marks})", list(values.values())
    )
    conn.close()
    with Store.open(tmp_path / "cache", tmp_path / "data") as store:
        assert store.get_article(warned.url) == warned
        assert store.get_article(old.url) == old
