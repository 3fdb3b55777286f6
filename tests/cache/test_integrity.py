"""Damage never shows: checksums on rows, damaged files moved aside, random corruption trials."""

from __future__ import annotations

import contextlib
import json
import random
import re
import sqlite3
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from herald_tui.cache import PutStatus, Store, StoreError, recovery
from herald_tui.cache.codec import checksum, seal_json
from herald_tui.cache.schema import register_functions
from herald_tui.model import Article, to_json
from tests.cache.factories import article, headline

SECTION = "yonhap/economy"


def raw(path: Path) -> sqlite3.Connection:
    """A plain connection to a store file, for tampering (functions registered for the
    full-text triggers)."""
    conn = sqlite3.connect(path, isolation_level=None)
    register_functions(conn)
    return conn


def flip_byte(path: Path, table: str, column: str, url: str, copies: int = 1) -> None:
    """Damage one byte of a stored value in the (closed) file, as a bad disk sector would:
    no SQL runs, so nothing else (the full-text index) learns of it. ``copies``: how many
    times the value is in the file (a headline is in its list and in ``listed``): each is
    damaged."""
    conn = sqlite3.connect(path)
    (value,) = conn.execute(f"SELECT {column} FROM {table} WHERE url = ?", (url,)).fetchone()
    conn.close()
    content = bytearray(path.read_bytes())
    offsets = [m.start() for m in re.finditer(re.escape(value), content)]
    assert len(offsets) == copies and offsets[0] > 0
    for offset in offsets:
        content[offset + len(value) // 2] ^= 0x01
    path.write_bytes(bytes(content))


@pytest.fixture
def filled(dirs: tuple[Path, Path]) -> tuple[Path, Path]:
    """A closed store holding articles 1-3, their headlines, article 1 saved."""
    with Store.open(*dirs) as store:
        store.put_articles([article(n) for n in (1, 2, 3)])
        store.put_headlines(SECTION, [headline(n) for n in (1, 2, 3)])
        store.set_saved(article(1), True)
    return dirs


@pytest.mark.parametrize("column", ["data", "checksum"])
def test_a_damaged_row_is_never_shown(filled: tuple[Path, Path], column: str) -> None:
    flip_byte(filled[0] / "cache.sqlite3", "articles", column, article(2).url)
    with Store.open(*filled) as store:
        assert store.get_article(article(2).url) is None
        assert store.get_article(article(3).url) == article(3)
        # Its headline was listed: the hit is the headline's, never the damaged article.
        hits = {h.url: h for h in store.search("exports")}
        assert hits[article(2).url].title == headline(2).title
        assert not hits[article(2).url].stored
        assert any(article(2).url in n and "integrity check" in n for n in store.notices)
        # A fresh fetch replaces the damaged row, which then reads and searches normally.
        result = store.put_article(article(2))
        assert result.status is PutStatus.UPDATED and "damaged" in result.reason
        assert store.get_article(article(2).url) == article(2)
        urls = [h.url for h in store.search("exports")]
        assert sorted(urls) == sorted(article(n).url for n in (1, 2, 3))


def test_a_row_holding_another_urls_article_is_not_shown(filled: tuple[Path, Path]) -> None:
    conn = raw(filled[0] / "cache.sqlite3")
    swap = [(article(2).url, "swap"), (article(3).url, article(2).url), ("swap", article(3).url)]
    conn.executemany("UPDATE articles SET url = ? WHERE url = ?", [(new, old) for old, new in swap])
    conn.close()
    with Store.open(*filled) as store:
        assert store.get_article(article(2).url) is None
        assert store.get_article(article(3).url) is None
        assert store.get_article(article(1).url) == article(1)


def test_a_row_with_a_valid_checksum_and_the_wrong_shapes_is_not_shown(
    filled: tuple[Path, Path],
) -> None:
    # Checksums catch damage, not another program writing the file: a photo that is a
    # string made decoding fail with AttributeError, which reached the screen as a crash.
    forged = json.loads(to_json(article(2)))
    forged["photos"] = [""]
    data, digest = seal_json(json.dumps(forged), compress=True)
    conn = raw(filled[0] / "cache.sqlite3")
    cursor = conn.execute("SELECT * FROM articles WHERE url = ?", (article(2).url,))
    row = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
    row["data"], row["checksum"] = data, digest
    conn.execute("DELETE FROM articles WHERE url = ?", (article(2).url,))  # rows are never updated
    conn.execute(
        f"INSERT INTO articles ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )
    conn.close()
    with Store.open(*filled) as store:
        assert store.get_article(article(2).url) is None
        assert any(article(2).url in n and "integrity check" in n for n in store.notices)
        assert store.get_article(article(3).url) == article(3)


def test_damaged_headline_and_saved_rows_are_left_out(filled: tuple[Path, Path]) -> None:
    flip_byte(filled[0] / "cache.sqlite3", "headlines", "data", headline(2).url, copies=2)
    flip_byte(filled[1] / "user.sqlite3", "saved", "data", article(1).url)
    with Store.open(*filled) as store:
        # The damaged listed copy is never shown (the stored article may be, intact).
        assert headline(2).title not in {h.title for h in store.search("headline")}
        assert [r.headline.url for r in store.headlines(SECTION)] == [
            headline(n).url for n in (1, 3)
        ]
        assert store.saved() == []
        assert store.get_article(article(1).url) == article(1)  # the cache copy is fine
        assert any("headline of yonhap/economy" in n for n in store.notices)
        assert any("saved copy" in n for n in store.notices)


def test_an_unreadable_file_is_moved_aside_with_its_wal_and_shm(dirs: tuple[Path, Path]) -> None:
    cache_dir = dirs[0]
    cache_dir.mkdir(parents=True)
    garbage = {"": b"not a database" * 100, "-wal": b"old wal" * 10, "-shm": b"old shm" * 10}
    for suffix, content in garbage.items():
        (cache_dir / f"cache.sqlite3{suffix}").write_bytes(content)
    with Store.open(*dirs) as store:
        (notice,) = store.notices
        store.put_article(article(1))
        assert store.get_article(article(1).url) == article(1)
    (moved,) = cache_dir.glob("cache.sqlite3.corrupt-*[0-9TZ]")
    assert str(moved) in notice and "fresh" in notice
    assert moved.read_bytes() == garbage[""]
    assert Path(f"{moved}-wal").read_bytes() == garbage["-wal"]
    assert Path(f"{moved}-shm").exists()  # an index SQLite rebuilds from the WAL: may change


def test_a_foreign_schema_is_moved_aside(dirs: tuple[Path, Path]) -> None:
    dirs[0].mkdir(parents=True)
    conn = sqlite3.connect(dirs[0] / "cache.sqlite3")
    conn.execute("CREATE TABLE notes (x)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with Store.open(*dirs) as store:
        assert any("schema" in n and "moved to" in n for n in store.notices)
        assert store.info().articles == 0


def test_readonly_never_moves_a_damaged_file(dirs: tuple[Path, Path]) -> None:
    dirs[0].mkdir(parents=True)
    path = dirs[0] / "cache.sqlite3"
    path.write_bytes(b"not a database" * 100)
    with Store.open(*dirs, readonly=True) as store:
        assert store.get_article(article(1).url) is None
        assert any("cannot be used read-only" in n for n in store.notices)
    assert path.read_bytes() == b"not a database" * 100
    assert list(dirs[0].iterdir()) == [path]


def test_damage_met_in_use_is_checked_at_the_next_open(
    filled: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As for a large file, where opening skips the full quick_check.
    monkeypatch.setattr(recovery, "FULL_CHECK_MAX_BYTES", 0)
    path = filled[0] / "cache.sqlite3"
    conn = raw(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'headlines'").fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with path.open("r+b") as f:  # wreck the b-tree page header of the headlines table
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * 12)
    with Store.open(*filled) as store:
        assert store.notices == []  # not checked at open
        assert store.headlines(SECTION) == []
        assert any("damaged" in n and "next time" in n for n in store.notices)
    assert Path(f"{path}.needs-check").exists()
    with Store.open(*filled) as store:
        assert any("moved to" in n for n in store.notices)
        assert store.headlines(SECTION) == []
        assert store.get_article(article(1).url) == article(1)  # the saved copy
    assert not Path(f"{path}.needs-check").exists()


def test_a_damaged_search_index_is_rebuilt(filled: tuple[Path, Path]) -> None:
    conn = raw(filled[0] / "cache.sqlite3")
    # Leaf pages of the index (ids above 10) filled with 'F's: FTS5 reports them malformed.
    conn.execute(
        "UPDATE search_fts_data SET block = CAST(replace(hex(zeroblob(length(block))), '00',"
        " 'F') AS BLOB) WHERE id > 10"
    )
    conn.close()
    with Store.open(*filled) as store:
        assert [h.url for h in store.search("exports")] == [article(1).url]  # the saved copy
        assert any("damaged" in n for n in store.notices)
    with Store.open(*filled) as store:
        assert any("search index" in n and "rebuilt" in n for n in store.notices)
        assert sorted(h.url for h in store.search("exports")) == sorted(
            article(n).url for n in (1, 2, 3)
        )


# -- random corruption trials ------------------------------------------------------------

TRIALS = 200
ORIGINALS = [article(n, words=40 + 15 * n, headline=f"Exports story {n}") for n in range(1, 25)]
SAVED = ORIGINALS[:4]


def _template(root: Path) -> dict[str, bytes]:
    with Store.open(root / "cache", root / "data") as store:
        store.put_articles(ORIGINALS)
        store.put_headlines(SECTION, [headline(n) for n in range(1, 25)])
        for a in SAVED:
            store.set_saved(a, True)
        for a in ORIGINALS[::3]:
            store.set_read(a.url)
    return {
        name: (root / name).read_bytes() for name in ("cache/cache.sqlite3", "data/user.sqlite3")
    }


def _check(store: Store) -> None:
    """Everything the store returns is exactly what was written."""
    by_url: dict[str, Article] = {a.url: a for a in ORIGINALS}
    for a in ORIGINALS:
        got = store.get_article(a.url)
        assert got is None or to_json(got) == to_json(a)
    listed = {headline(n) for n in range(1, 25)}
    assert all(row.headline in listed for row in store.headlines(SECTION))
    assert all(to_json(a) == to_json(by_url[a.url]) for a in store.saved())
    titles = {headline(n).url: headline(n).title for n in range(1, 25)}
    for hit in store.search("exports"):
        assert hit.title == (by_url[hit.url].headline if hit.stored else titles[hit.url])
    store.unread_count(SECTION)
    store.info()
    with contextlib.suppress(StoreError):  # writing may fail on a damaged file, only so
        store.put_article(article(99))
    with contextlib.suppress(StoreError):  # deletes every row, damaged ones too
        store.prune(timedelta(0))
    for a in ORIGINALS:
        got = store.get_article(a.url)
        assert got is None or to_json(got) == to_json(a)


def test_random_corruption_never_returns_damaged_content(tmp_path: Path) -> None:
    files = _template(tmp_path / "template")
    rng = random.Random(20240710)
    outcomes: Counter[str] = Counter()
    for trial in range(TRIALS):
        root = tmp_path / f"trial{trial}"
        for name, content in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(content)
        name = rng.choice(["cache/cache.sqlite3"] * 3 + ["data/user.sqlite3"])
        damaged = bytearray(files[name])
        offset = rng.randrange(len(damaged))
        length = rng.choice([1, 2, 8, 64, 512, 4096])
        damaged[offset : offset + length] = rng.randbytes(length)[: len(damaged) - offset]
        (root / name).write_bytes(bytes(damaged))
        try:
            with Store.open(root / "cache", root / "data") as store:
                _check(store)
                notices = store.notices
        except Exception as e:
            raise AssertionError(f"trial {trial}: {name} at {offset}+{length}: {e!r}") from e
        if any("moved to" in n for n in notices):
            outcomes["moved aside"] += 1
        elif notices:
            outcomes["damage noticed"] += 1
        else:
            outcomes["no visible effect"] += 1
    # The trials must exercise both defences, not just land in unused bytes.
    assert outcomes["moved aside"] >= 10 and outcomes["damage noticed"] >= 10, outcomes


def test_rows_left_out_of_a_read_are_never_decoded(filled: tuple[Path, Path]) -> None:
    # A refresh of a section not on screen reads back only what is new (issue 16): the
    # rest is skipped before its integrity is checked, so damage there is not met either.
    flip_byte(filled[0] / "cache.sqlite3", "headlines", "data", headline(2).url, copies=2)
    with Store.open(*filled) as store:
        rows = store.headlines(SECTION, leave_out={headline(2).url, headline(3).url})
        assert [row.headline for row in rows] == [headline(1)]
        assert not store.notices
        assert [row.headline for row in store.headlines(SECTION)] == [headline(1), headline(3)]
        assert any("integrity check" in notice for notice in store.notices)


def test_the_checksum_is_blake2b_128_as_stored_rows_have_it() -> None:
    """Rows written by every earlier version verify: the checksum is still BLAKE2b with a
    16-byte digest (codec takes it from _blake2, as hashlib does, without hashlib)."""
    expected = "7361db7eee7dac30e8a3bec97a8b30bf"  # hashlib.blake2b(.., digest_size=16)
    assert checksum(b"herald-tui").hex() == expected
