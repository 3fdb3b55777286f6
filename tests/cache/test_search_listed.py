"""Search what was seen: listed headlines with stored articles, one ranking, one result per
URL, names normalised, filters, and hostile queries kept away from FTS5."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from herald_tui.cache import Store
from herald_tui.cache.codec import seal
from herald_tui.cache.db import Database, DatabaseSpec, Notices
from herald_tui.cache.migrations import CACHE_MIGRATIONS, cache_004_search
from herald_tui.cache.schema import register_functions
from herald_tui.errors import SearchError
from herald_tui.model import Headline, Quote
from herald_tui.results import MARK_OFF, MARK_ON, SearchHit
from tests.cache.factories import WHEN, article

YNA = "https://en.yna.co.kr/view/"


def listed(n: int, title: str, *, section: str = "nk", summary: str = "", **kw: object) -> Headline:
    fields: dict[str, object] = {"source": "yonhap", "section": section, "published": WHEN}
    fields |= kw
    return Headline(f"{YNA}AEN2024071099{n:04d}", title, summary=summary, **fields)  # type: ignore[arg-type]


def urls(hits: list[SearchHit]) -> list[str]:
    return [h.url for h in hits]


def test_a_headline_only_listed_is_found_and_not_stored(mem: Store) -> None:
    mem.put_headlines("yonhap/nk", [listed(1, "Defector crosses the border", summary="At dawn.")])
    (hit,) = mem.search("defector")
    assert hit.title == "Defector crosses the border" and not hit.stored
    assert hit.snippet == "At dawn."  # the title is shown already
    assert [h.title for h in mem.search("dawn")] == ["Defector crosses the border"]


def test_an_article_and_its_listed_headline_are_one_result(mem: Store) -> None:
    a = article(1, headline="Exports rise for a ninth month")
    mem.put_headlines("yonhap/economy", [Headline(a.url, a.headline, "yonhap", "economy", WHEN)])
    assert [h.stored for h in mem.search("ninth month")] == [False]
    mem.put_article(a)
    (hit,) = mem.search("ninth month")
    assert hit.stored and hit.url == a.url and hit.title == a.headline


def test_headlines_stay_searchable_after_they_leave_their_list(mem: Store) -> None:
    mem.put_headlines("yonhap/nk", [listed(1, "Balloons land in Seoul")])
    mem.put_headlines("yonhap/nk", [listed(2, "Talks resume at Panmunjom")])
    assert [h.title for h in mem.search("balloons")] == ["Balloons land in Seoul"]


def test_prune_drops_old_headlines_no_longer_listed() -> None:
    now = datetime.fromisoformat("2026-11-20T12:00:00+09:00")
    store = Store.in_memory(clock=lambda: now)
    store.put_headlines("yonhap/nk", [listed(1, "Balloons land")], seen_at=now - timedelta(days=40))
    store.put_headlines("yonhap/nk", [listed(2, "Talks resume")], seen_at=now - timedelta(days=40))
    store.put_headlines("yonhap/economy", [listed(3, "Exports rise")], seen_at=now)
    store.prune(timedelta(days=30))
    assert store.search("balloons") == []
    assert len(store.search("exports")) == 1
    store._cache.run("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


def test_a_changed_headline_is_indexed_again(mem: Store) -> None:
    mem.put_headlines("yonhap/nk", [listed(1, "Talks collapse")])
    mem.put_headlines("yonhap/nk", [listed(1, "Talks resume")])
    assert mem.search("collapse") == [] and len(mem.search("resume")) == 1
    mem._cache.run("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


NAMED = [
    listed(1, "N. Korea fires ballistic missile"),
    listed(2, "North Korean leader inspects factory"),
    listed(3, "NK state media silent on summit"),
    listed(4, "UN panel names DPRK hackers"),
    listed(5, "South Korea and the U.S. hold drills"),
]


@pytest.mark.parametrize("query", ["N. Korea", "North Korea", "NK", "DPRK", "north korean"])
def test_every_form_of_north_korea_finds_every_form(mem: Store, query: str) -> None:
    mem.put_headlines("yonhap/nk", NAMED)
    assert sorted(urls(mem.search(query))) == sorted(h.url for h in NAMED[:4])


def test_highlights_mark_the_form_written(mem: Store) -> None:
    mem.put_article(article(1, headline="Talks", paragraphs=("Envoys met N. Korea officials.",)))
    mem.put_headlines("yonhap/nk", [listed(2, "Sanctions", summary="The DPRK denied it.")])
    snippets = {h.title: h.snippet for h in mem.search("north korea")}
    assert snippets["Talks"] == f"Envoys met {MARK_ON}N. Korea{MARK_OFF} officials."
    assert snippets["Sanctions"] == f"The {MARK_ON}DPRK{MARK_OFF} denied it."


def test_us_and_south_korea_forms(mem: Store) -> None:
    mem.put_headlines("yonhap/nk", NAMED)
    assert urls(mem.search("US drills")) == [NAMED[4].url]
    assert urls(mem.search("ROK")) == [NAMED[4].url]
    mem.put_headlines("yonhap/nk", [listed(9, "Let us talk, says envoy")])
    assert urls(mem.search("US")) == [NAMED[4].url]  # the pronoun is not the country


@pytest.mark.parametrize("query", ["Kyung-ah", "Kyungah", "Kyung ah", "kyung-ah"])
def test_romanised_names_with_or_without_hyphen_or_space(mem: Store, query: str) -> None:
    rows = [
        listed(1, "Singer Kim Kyung-ah returns"),
        listed(2, "Kyungah Park wins award"),
        listed(3, "Interview with Lee Kyung Ah"),
    ]
    mem.put_headlines("koreaherald/life", rows)
    assert sorted(urls(mem.search(query))) == sorted(h.url for h in rows)


def test_names_in_stored_articles_and_bylines_and_speakers(mem: Store) -> None:
    quote = Quote("We are ready", "Choi Kyung-ah", 0, "full", 1, 13)
    a = article(1, paragraphs=("Officials in N. Korea said so.",), quotes=(quote,))
    mem.put_article(dataclasses.replace(a, byline="By Park Min-ji"))
    assert urls(mem.search("north korea")) == [a.url]
    assert urls(mem.search("minji")) == [a.url]  # the byline
    assert urls(mem.search("speaker:kyungah")) == [a.url]
    assert mem.search("speaker:park") == []  # the byline is not a speaker


def test_filters_source_section_and_exclusions(mem: Store) -> None:
    mem.put_headlines("yonhap/nk", [listed(1, "Missile talks", section="nk")])
    kh = listed(2, "Missile defence", section="national", source="koreaherald")
    mem.put_headlines("koreaherald/national", [kh])
    assert urls(mem.search("missile source:koreaherald")) == [kh.url]
    assert urls(mem.search("missile section:national")) == [kh.url]
    assert urls(mem.search("missile -source:yonhap")) == [kh.url]
    assert len(mem.search("source:yonhap OR source:koreaherald")) == 2


def test_since_and_until_filter_by_time_published() -> None:
    now = datetime.fromisoformat("2026-11-20T12:00:00+09:00")
    store = Store.in_memory(clock=lambda: now)
    old = listed(1, "Budget vote", published=now - timedelta(days=30))
    new = listed(2, "Budget passes", published=now - timedelta(days=2))
    store.put_headlines("yonhap/national", [old, new])
    assert urls(store.search("budget since:7d")) == [new.url]
    assert urls(store.search("budget until:7d")) == [old.url]
    assert urls(store.search("budget since:2026-10-21 until:2026-10-21")) == [old.url]
    assert urls(store.search("budget since:2026-10-22 until:2026-11-17")) == []
    with pytest.raises(SearchError, match="since: takes a date"):
        store.search("budget since:yesterday")


def test_filters_apply_to_saved_articles_too(mem: Store) -> None:
    a = article(1, headline="Exports rise")
    mem.set_saved(a, True)
    assert urls(mem.search("exports source:yonhap")) == [a.url]
    assert mem.search("exports source:koreaherald") == []
    assert urls(mem.search('speaker:"Kim Min-ji"')) == [a.url]
    assert mem.search("exports until:2020-01-01") == []


@pytest.mark.parametrize(
    "query",
    [
        "headline:korea",
        "body:x",
        "NEAR:x",
        "rank:1",
    ],
)
def test_an_unknown_filter_is_a_message(mem: Store, query: str) -> None:
    with pytest.raises(SearchError, match="unknown filter"):
        mem.search(query)


HOSTILE = [
    '"',
    '""',
    "(",
    ")",
    "korea)",
    "(korea",
    "NEAR(korea missile)",
    "NEAR(korea missile, 2)",
    "*",
    "korea*",
    "* korea",
    "^korea",
    "korea AND",
    "AND",
    "NOT korea",
    "OR",
    "korea OR",
    "- korea",
    "--korea",
    ":",
    "korea:",
    "{headline body}:korea",
    "headline : korea",
    "'; DROP TABLE articles; --",
    "korea + missile",
    '"korea" NEAR/2 "missile"',
    "source:",
    'source:"',
    'speaker:"kim',
    "since:",
    "\x00korea",
    "korea\x1b[31m",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_fts5_syntax_never_reaches_sqlite(mem: Store, query: str) -> None:
    mem.put_headlines("yonhap/nk", [listed(1, "Korea missile drills")])
    try:
        hits = mem.search(query)
    except SearchError as error:
        message = str(error).lower()
        assert "fts5" not in message and "syntax error" not in message, message
        return
    assert all(h.url == listed(1, "").url for h in hits)


def test_a_database_at_the_previous_version_is_migrated_with_what_it_holds(
    tmp_path: Path,
) -> None:
    """Articles and stored lists of the previous version are searchable after the upgrade,
    names normalised."""
    cache = tmp_path / "cache"
    previous = CACHE_MIGRATIONS.index(cache_004_search)
    old = DatabaseSpec("cache.sqlite3", "article cache", CACHE_MIGRATIONS[:previous])
    db = Database.open(cache, old, Notices())
    a = article(1, paragraphs=("Talks with N. Korea resumed.",), headline="Talks resume")
    h = listed(7, "DPRK envoy arrives", summary="He landed in Seoul.")
    try:
        with db.write() as conn:
            conn.execute(
                "INSERT INTO articles (url, source, published, fetched_at, parser, data,"
                " checksum) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (a.url, a.source, 1, 1, a.parser, *seal(a, compress=True)),
            )
            conn.execute(
                "INSERT INTO headlines (section_key, url, position, first_seen, sort_time,"
                " fold_key, shown, revisions, data, checksum) VALUES (?, ?, 0, 1, 1, ?, 1, 1,"
                " ?, ?)",
                ("yonhap/nk", h.url, f"url:{h.url}", *seal(h, compress=False)),
            )
        assert db.rows("PRAGMA user_version") == [(previous,)]
    finally:
        db.close()
    with Store.open(cache, tmp_path / "data") as store:
        assert sorted(urls(store.search("north korea"))) == sorted([a.url, h.url])
        assert [x.stored for x in store.search("envoy")] == [False]
        assert urls(store.search("talks resume")) == [a.url]
        assert store.headlines("yonhap/nk")[0].headline == h
    conn = sqlite3.connect(cache / "cache.sqlite3")
    register_functions(conn)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
        assert "articles_fts" not in tables and "search_fts" in tables
    finally:
        conn.close()
