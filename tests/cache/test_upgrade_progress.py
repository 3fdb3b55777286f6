"""A long upgrade says so: the re-indexing migrations tell a callback how far they are, the
command line prints it, and an upgrade stopped half-way leaves the cache as it was."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from herald_tui.cache import Store
from herald_tui.cache import articles as _articles
from herald_tui.cache.codec import seal, search_text
from herald_tui.cache.db import Database, DatabaseSpec, Notices
from herald_tui.cache.migrations import CACHE_MIGRATIONS, cache_003_quotations, cache_004_search
from herald_tui.cache.schema import Upgrade, register_functions
from tests.cache.factories import article, headline

ARTICLES = 5
LISTS = {"yonhap/economy": (1, 2), "yonhap/nk": (3,)}  # three headline rows in two lists


def old_cache(cache_dir: Path, before: object) -> None:
    """A cache at the version just before ``before``, holding five articles (numbered 1-5)
    and two stored lists."""
    version = CACHE_MIGRATIONS.index(before)
    spec = DatabaseSpec("cache.sqlite3", "article cache", CACHE_MIGRATIONS[:version])
    db = Database.open(cache_dir, spec, Notices())
    try:
        with db.write() as conn:
            for n in range(1, ARTICLES + 1):
                _articles.put_article(
                    conn, article(n, topic="Pyongyang"), 1_700_000_000, None, set()
                )
            for key, numbers in LISTS.items():
                for position, n in enumerate(numbers):
                    h = headline(n, section=key.rpartition("/")[2])
                    conn.execute(
                        "INSERT INTO headlines (section_key, url, position, first_seen,"
                        " sort_time, fold_key, shown, revisions, data, checksum)"
                        " VALUES (?, ?, ?, 1, 1, ?, 1, 1, ?, ?)",
                        (key, h.url, position, f"url:{h.url}", *seal(h, compress=False)),
                    )
        assert db.rows("PRAGMA user_version") == [(version,)]
    finally:
        db.close()


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two articles per batch, so five articles make three tallies per step."""
    monkeypatch.setattr("herald_tui.cache.quotations._BATCH", 2)
    monkeypatch.setattr("herald_tui.cache.migrations._FILL_BATCH", 2)


def version(cache_dir: Path) -> int:
    conn = sqlite3.connect(cache_dir / "cache.sqlite3")
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.usefixtures("small_batches")
def test_upgrading_from_the_previous_version_tells_how_far_it_is(
    dirs: tuple[Path, Path],
) -> None:
    old_cache(dirs[0], cache_004_search)
    told: list[Upgrade] = []
    with Store.open(*dirs, upgrading=told.append) as store:
        assert len(store.search("pyongyang")) == ARTICLES  # and the work was done
    # Five articles in batches of two (2, 2, 1), then each list's headlines (2, then 1).
    assert [u.done for u in told] == [0, 2, 4, 5, 7, 8, 8]
    assert {(u.articles, u.total) for u in told} == {(ARTICLES, ARTICLES + 3)}
    assert [u.finished for u in told] == [False] * 6 + [True]
    assert [u.percent for u in told][-1] == 100


@pytest.mark.usefixtures("small_batches")
def test_two_reindexing_steps_give_one_total(dirs: tuple[Path, Path]) -> None:
    """From before the People index: both steps re-index, and the percentage never goes
    back between them."""
    old_cache(dirs[0], cache_003_quotations)
    told: list[Upgrade] = []
    with Store.open(*dirs, upgrading=told.append) as store:
        assert sum(p.quotes for p in store.people()) == ARTICLES  # one in each
    assert [u.done for u in told] == [0, 2, 4, 5, 7, 9, 10, 12, 13, 13]
    assert {u.total for u in told} == {2 * ARTICLES + 3}
    percents = [u.percent for u in told]
    assert percents == sorted(percents) and percents[0] == 0 and percents[-1] == 100


def test_nothing_is_told_when_nothing_is_reindexed(dirs: tuple[Path, Path]) -> None:
    told: list[Upgrade] = []
    with Store.open(*dirs, upgrading=told.append):  # a fresh cache: every step, no rows
        pass
    with Store.open(*dirs, upgrading=told.append):  # up to date: no step at all
        pass
    assert told == []


def stop_half_way(upgrade: Upgrade) -> None:
    if upgrade.done >= upgrade.total // 2:
        raise KeyboardInterrupt  # Ctrl+C while the cache is re-indexed


def test_an_upgrade_stopped_half_way_leaves_the_old_version_and_runs_again(
    dirs: tuple[Path, Path],
) -> None:
    old_cache(dirs[0], cache_004_search)
    before = version(dirs[0])
    with pytest.raises(KeyboardInterrupt):
        Store.open(*dirs, upgrading=stop_half_way)
    assert version(dirs[0]) == before
    # Still a sound database of the old version, its articles all there.
    conn = sqlite3.connect(dirs[0] / "cache.sqlite3")
    register_functions(conn)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (ARTICLES,)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
        assert "search_fts" not in tables and "articles_fts" in tables
    finally:
        conn.close()
    told: list[Upgrade] = []
    with Store.open(*dirs, upgrading=told.append) as store:
        assert len(store.search("pyongyang")) == ARTICLES
        assert store.notices == []
    assert told[0].done == 0 and told[-1].finished
    assert version(dirs[0]) == len(CACHE_MIGRATIONS)


def test_ctrl_c_inside_sqlite_is_an_interruption_not_a_broken_cache(
    dirs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C lands mostly while SQLite runs the indexing function, which turns any exception
    into "user-defined function raised exception": it must still stop as Ctrl+C does."""
    old_cache(dirs[0], cache_004_search)
    before = version(dirs[0])
    calls = []

    def text(*args: object) -> str:
        calls.append(args)
        if len(calls) == 20:
            signal.raise_signal(signal.SIGINT)  # delivered here, inside SQLite's statement
        return search_text(*args)

    monkeypatch.setattr("herald_tui.cache.codec.search_text", text)
    with pytest.raises(KeyboardInterrupt):
        Store.open(*dirs)
    assert version(dirs[0]) == before
    monkeypatch.undo()
    with Store.open(*dirs) as store:  # the next open does it all
        assert len(store.search("pyongyang")) == ARTICLES


KILLED = """
import os, sys
from pathlib import Path
from herald_tui.cache import Store

def die(upgrade):
    if upgrade.done:
        os._exit(9)  # no rollback, no cleanup: a killed process, a power cut

Store.open(Path(sys.argv[1]), Path(sys.argv[2]), upgrading=die)
"""


def test_an_upgrade_killed_half_way_completes_on_the_next_open(dirs: tuple[Path, Path]) -> None:
    old_cache(dirs[0], cache_004_search)
    before = version(dirs[0])
    killed = subprocess.run(
        [sys.executable, "-c", KILLED, str(dirs[0]), str(dirs[1])], capture_output=True, timeout=60
    )
    assert killed.returncode == 9, killed.stderr
    assert version(dirs[0]) == before
    with Store.open(*dirs) as store:
        assert len(store.search("pyongyang")) == ARTICLES
        assert store.notices == []  # not taken for damage


def test_the_command_line_says_the_cache_is_being_updated(
    dirs: tuple[Path, Path], cli: object
) -> None:
    old_cache(dirs[0], cache_004_search)
    status, out, err = cli("--offline", "cache", "prune", "--older-than", "3650d")  # type: ignore[operator]
    assert status == 0, err
    lines = err.splitlines()
    assert lines[0] == (
        "Updating the cache for this version of herald-tui (once): re-indexing 5 articles..."
    )
    assert lines[1] == "... done."
    assert "Updating the cache" not in out  # stdout stays the command's own
    status, out, err = cli("--offline", "cache", "prune", "--older-than", "3650d")  # type: ignore[operator]
    assert status == 0 and "Updating" not in err  # once


def test_the_app_and_commands_say_so_before_their_library_opens(
    dirs: tuple[Path, Path], cli: object
) -> None:
    """``headlines`` opens the library as the app does (:meth:`Context.open_library`)."""
    old_cache(dirs[0], cache_004_search)
    status, out, err = cli("--offline", "headlines", "--section", "yonhap/economy")  # type: ignore[operator]
    assert status == 0, err
    assert err.startswith("Updating the cache for this version of herald-tui (once):"), err
    assert "... done.\n" in err
    assert "Headline 1" in out


def test_a_read_only_command_says_how_to_update_an_older_cache(
    dirs: tuple[Path, Path], cli: object
) -> None:
    """search, people and saved open the cache read-only: they cannot upgrade it, and say
    what will, instead of calling it unusable."""
    old_cache(dirs[0], cache_004_search)
    dirs[1].mkdir()
    status, out, err = cli("--offline", "search", "pyongyang")  # type: ignore[operator]
    assert "https://" not in out  # nothing read from it
    assert (
        "is from an older herald-tui and needs a one-time update, which this read-only command"
        " does not make: start the app, or run 'herald-tui cache vacuum', once." in err
    )
    assert "cannot be used" not in err
    status, out, err = cli("--offline", "cache", "vacuum")  # type: ignore[operator]
    assert status == 0 and "Updating the cache" in err, err
    status, out, err = cli("--offline", "search", "pyongyang")  # type: ignore[operator]
    assert status == 0 and "older herald-tui" not in err
    assert out.count("https://en.yna.co.kr/view/") == ARTICLES
