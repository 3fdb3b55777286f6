"""The People index in the cache: written with the article, replaced with it, pruned with it,
and built by a migration for a cache of the previous version (issue 18)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

from herald_tui.cache import Store
from herald_tui.cache import articles as _articles
from herald_tui.cache.db import Database, DatabaseSpec, Notices
from herald_tui.cache.migrations import CACHE_MIGRATIONS, cache_003_quotations
from herald_tui.model import Article, Quote
from tests.people import stories

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def story(n: int, day: int, *paragraphs: str, headline: str = "") -> Article:
    """Invented article ``n``, published on November ``day`` 2026."""
    when = datetime(2026, 11, day, 9, tzinfo=UTC)
    return stories.story(n, when, *paragraphs, headline=headline)


def rows(store: Store) -> list[tuple[object, ...]]:
    return store._cache.rows(
        "SELECT a.url, q.number, q.speaker_key, q.kind, q.text FROM quotations q"
        " JOIN articles a ON a.id = q.article_id ORDER BY a.url, q.number"
    )


YOON = '"We will respond firmly," President Yoon Suk Yeol said.'
OFFICIAL = '"This is serious," a senior official said.'
NOBODY = '"The plan is a mistake." The crowd cheered.'


def test_every_quotation_is_indexed_with_its_article(mem: Store) -> None:
    a = story(1, 1, YOON, OFFICIAL, "He left.", '"Nothing more," he added.')
    mem.put_article(a)
    assert rows(mem) == [
        (a.url, 0, "p:yoon suk yeol", "p", "We will respond firmly,"),
        (a.url, 1, None, "a", "This is serious,"),
        (a.url, 2, None, "a", "Nothing more,"),
    ]


def test_a_new_version_replaces_the_quotations(mem: Store) -> None:
    mem.put_article(story(1, 1, YOON, OFFICIAL))
    newer = story(1, 2, '"The talks must resume," Choi Sang-mok said.', headline="Updated")
    assert mem.put_article(newer).status == "updated"
    assert [(r[2], r[4]) for r in rows(mem)] == [("p:choi sang mok", "The talks must resume,")]
    assert mem.people(match="yoon") == []
    (said,) = mem.quotes_of("p:choi sang mok")
    assert said.headline == "Updated"


def test_a_kept_copy_keeps_its_quotations(mem: Store) -> None:
    a = story(1, 1, YOON, *(["Long narration of the talks goes on here."] * 30))
    mem.put_article(a)
    worse = story(1, 1, '"Short," said Choi Sang-mok.')
    assert mem.put_article(worse).status == "kept-better"
    assert mem.put_article(a).status == "unchanged"
    assert [r[2] for r in rows(mem)] == ["p:yoon suk yeol"]


def test_pruning_removes_the_quotations(store: Store) -> None:
    old, new = story(1, 1, YOON), story(2, 2, YOON, OFFICIAL)
    store.put_article(old, fetched_at=NOW - timedelta(days=60))
    store.put_article(new, fetched_at=datetime.now(UTC))
    assert store.prune(timedelta(days=30)).articles == 1
    assert [r[0] for r in rows(store)] == [new.url, new.url]
    assert store._cache.rows("SELECT count(*) FROM quoted_articles") == [(1,)]
    (yoon, _official) = store.people()
    assert yoon.quotes == 1
    gone = story(3, 3, '"Bye," said Kim Min-ji.', '"Later," an industry official said.')
    store.put_article(gone, fetched_at=NOW - timedelta(days=60))
    store.prune(timedelta(days=30))
    speakers = "SELECT speaker_key FROM speakers ORDER BY speaker_key"
    kept = [("anonymous:a senior official",), ("p:yoon suk yeol",)]
    assert store._cache.rows(speakers) == [
        kept[0],
        ("anonymous:an industry official",),
        ("p:kim min ji",),
        kept[1],
    ]
    store.vacuum()  # the names of speakers no longer quoted go
    assert store._cache.rows(speakers) == kept


def test_people_rank_by_count_then_anonymous_newest_first(mem: Store) -> None:
    mem.put_article(story(1, 1, YOON, OFFICIAL))
    mem.put_article(story(2, 3, '"Go," Kim Min-ji said.', OFFICIAL))
    mem.put_article(story(3, 5, YOON))
    listed = [(p.name, p.kind, p.quotes) for p in mem.people()]
    assert listed == [
        ("Yoon Suk Yeol", "person", 2),
        ("Kim Min-ji", "person", 1),
        ("a senior official", "anonymous", 1),
        ("a senior official", "anonymous", 1),
    ]
    anonymous = [p.key for p in mem.people()][2:]
    assert anonymous == [
        "a:https://example.test/yonhap/2#1",
        "a:https://example.test/yonhap/1#1",
    ]
    assert [p.name for p in mem.people(limit=2)] == ["Yoon Suk Yeol", "Kim Min-ji"]
    week = mem.people(since=datetime(2026, 11, 3, tzinfo=UTC))
    assert [(p.name, p.quotes) for p in week] == [  # a tie: the newest first
        ("Yoon Suk Yeol", 1),
        ("Kim Min-ji", 1),
        ("a senior official", 1),
    ]


def test_unattributed_quotations_are_kept_but_are_no_one(mem: Store) -> None:
    unattributed = Quote("The plan is a mistake.", None, 0, "full", 1, 23)
    a = dataclasses.replace(story(1, 1, NOBODY), quotes=(unattributed,))
    mem.put_article(a)
    assert rows(mem) == [(a.url, 0, None, None, "The plan is a mistake.")]
    assert mem.people() == []


def test_the_name_filter_matches_case_and_hangul(mem: Store) -> None:
    # The Hangul form comes with the second article: added to the speaker's names.
    mem.put_article(story(1, 1, '"It is not," Kim Min-ji said.', OFFICIAL))
    mem.put_article(story(2, 2, '"It is true," said Kim Min-ji (김민지), a professor.'))
    mem.put_article(story(3, 3, '"Again," said Kim Min-ji (김민지).'))
    for match in ("MIN-JI", "min ji", "김민", "Kim"):
        assert [(p.key, p.quotes) for p in mem.people(match=match)] == [("p:kim min ji", 3)]
    names = "SELECT names FROM speakers WHERE speaker_key = 'p:kim min ji'"
    assert mem._cache.rows(names) == [("kim min ji\n김민지",)]
    assert [p.kind for p in mem.people(match="SENIOR")] == ["anonymous"]
    assert mem.people(match="Choi") == []


def test_quotations_of_one_speaker_newest_first_in_a_period(mem: Store) -> None:
    for n in range(1, 6):
        mem.put_article(story(n, n, YOON))
    said = mem.quotes_of("p:yoon suk yeol", since=datetime(2026, 11, 3, tzinfo=UTC))
    assert [q.published.day for q in said if q.published] == [5, 4, 3]
    assert [q.headline for q in mem.quotes_of("p:yoon suk yeol", limit=2)] == [
        "Story 5",
        "Story 4",
    ]
    assert all(q.role == "President" and q.key == "p:yoon suk yeol" for q in said)
    assert mem.quotes_of("a:https://nowhere.test/1#x") == []
    assert mem.quotes_of("p:nobody") == []


def test_the_migration_indexes_a_cache_of_the_previous_version(dirs: tuple[Path, Path]) -> None:
    before = CACHE_MIGRATIONS[: CACHE_MIGRATIONS.index(cache_003_quotations)]
    previous = DatabaseSpec("cache.sqlite3", "article cache", before)
    db = Database.open(dirs[0], previous, Notices())
    good, other = story(1, 1, YOON, OFFICIAL), story(2, 2, YOON)
    damaged = story(3, 3, '"Lost," said Choi Sang-mok.')
    with db.write() as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'quotations'")
        for a in (good, other, damaged):
            _articles.put_article(conn, a, 1_700_000_000, None, set())
        # A row that fails its checksum is skipped (it is fetched again when read).
        conn.execute("UPDATE articles SET checksum = zeroblob(32) WHERE url = ?", (damaged.url,))
    assert db.rows("PRAGMA user_version") == [(len(before),)]
    db.close()
    with Store.open(*dirs) as store:
        assert [(p.key, p.quotes) for p in store.people()] == [
            ("p:yoon suk yeol", 2),
            ("a:https://example.test/yonhap/1#1", 1),
        ]
        assert [q.url for q in store.quotes_of("p:yoon suk yeol")] == [other.url, good.url]


def test_a_version_without_quotations_drops_them(mem: Store) -> None:
    mem.put_article(story(1, 1, YOON))
    bare = dataclasses.replace(story(1, 2, YOON), quotes=())
    mem.put_article(bare)
    assert rows(mem) == [] and mem.people() == []


def test_a_headline_repeating_the_bodys_words_is_one_quotation(mem: Store) -> None:
    """Wire headlines quote words the body quotes again: the speaker said them once."""
    repeated = story(7, 7, YOON, headline="'Respond firmly': Yoon Suk Yeol")
    own = story(8, 8, YOON, headline="'Talks are over': Yoon Suk Yeol")
    mem.put_articles([repeated, own])
    texts = [r[4] for r in rows(mem)]
    assert texts.count("Respond firmly") == 0
    assert "Talks are over" in texts
    (yoon,) = mem.people()
    assert yoon.quotes == 3  # two body quotations and the headline's own words
