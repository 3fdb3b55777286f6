"""A cache this user can read but not write (a read-only copy: files, directory or disk) is
still read: opened read-only, with one notice that writes are off (issue 14, item 16).

Permissions do not bind root, so when the tests run as root the reading is done in a child
process that has dropped to user ``nobody``; the files are made read-only either way.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from herald_tui.cache import Store, StoreReadOnlyError
from herald_tui.cli import main
from tests.cache.factories import article, headline

NOBODY = 65534
SECTION = "yonhap/economy"


def _as_another_user() -> None:
    if os.geteuid() == 0:
        os.setgid(NOBODY)
        os.setuid(NOBODY)


def in_child(fn: Any, *args: Any) -> Any:
    """``fn(*args)`` in a forked process without root's power over permissions."""
    # fork: the child has everything imported already; once it is not root it may be unable
    # to read a Python installed in root's home to import more.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(1, mp_context=context, initializer=_as_another_user) as pool:
        return pool.submit(fn, *args).result(timeout=120)


@pytest.fixture
def shared() -> Iterator[Path]:
    """A directory the unprivileged child can reach (pytest's tmp_path is root's, 0700)."""
    root = Path(tempfile.mkdtemp(prefix="herald-ro-"))
    root.chmod(0o755)
    yield root
    for path in (root, *root.rglob("*")):
        path.chmod(0o700 if path.is_dir() else 0o600)
    shutil.rmtree(root)


def _fill(cache_dir: Path, data_dir: Path) -> Store:
    store = Store.open(cache_dir, data_dir)
    store.put_articles([article(1), article(2)])
    store.put_headlines(SECTION, [headline(1), headline(2)])
    store.set_saved(article(3), True)
    store.set_read(article(1).url)
    return store


def _read_only(root: Path) -> None:
    for path in root.rglob("*"):
        path.chmod(0o555 if path.is_dir() else 0o444)


def _read(cache_dir: Path, data_dir: Path) -> dict[str, Any]:
    """What a reader gets from the store opened as the app opens it (writable asked)."""
    with Store.open(cache_dir, data_dir) as store:
        try:
            store.set_read(article(2).url)
            write = "written"
        except StoreReadOnlyError as e:
            write = str(e)
        return {
            "readonly": store.readonly,
            "articles": [store.get_article(article(n).url) for n in (1, 2, 3)],
            "headlines": [row.headline.url for row in store.headlines(SECTION)],
            "read": store.read_urls([article(1).url]),
            "search": sorted(hit.url for hit in store.search("exports")),
            "notices": store.notices,
            "write": write,
        }


@pytest.mark.parametrize("open_while_copied", [False, True], ids=["closed", "with-wal"])
def test_a_read_only_copy_is_read(shared: Path, open_while_copied: bool) -> None:
    origin, copy = shared / "origin", shared / "copy"
    store = _fill(origin / "cache", origin / "data")
    if open_while_copied:  # copied while in use: the copy holds a -wal and a -shm
        shutil.copytree(origin, copy)
        store.close()
    else:
        store.close()
        shutil.copytree(origin, copy)
    _read_only(copy)
    got = in_child(_read, copy / "cache", copy / "data")
    assert got["readonly"]
    assert got["articles"] == [article(1), article(2), article(3)]
    assert got["headlines"] == [headline(1).url, headline(2).url]
    assert got["read"] == {article(1).url}
    assert got["search"] == sorted(article(n).url for n in (1, 2, 3))
    # Said once per file, and a write says why it is refused.
    assert [n for n in got["notices"] if "Writes are off" in n] == [
        n for n in got["notices"] if "not writable" in n
    ]
    assert len(got["notices"]) == 2 and all("Writes are off" in n for n in got["notices"])
    assert "not writable" in got["write"]


def test_read_only_files_in_a_writable_directory_are_read(shared: Path) -> None:
    # Files (the lock file too) copied read-only into directories this user may write: the
    # store may not write the database, and may not take its lock either; it reads.
    _fill(shared / "cache", shared / "data").close()
    for path in shared.rglob("*"):
        path.chmod(0o777 if path.is_dir() else 0o444)
    assert sorted(p.name for p in shared.rglob("*.lock")) == [
        "cache.sqlite3.lock",
        "user.sqlite3.lock",
    ]
    got = in_child(_read, shared / "cache", shared / "data")
    assert got["readonly"]
    assert got["articles"] == [article(1), article(2), article(3)]
    assert "not writable" in got["write"]


def _offline_read(cache_dir: Path, data_dir: Path, url: str) -> int:
    os.environ["XDG_CONFIG_HOME"] = str(cache_dir / "no-config")  # the test HOME is root's
    args = ["--offline", "--cache-dir", str(cache_dir), "--data-dir", str(data_dir)]
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 1)  # the article text is not what is tested here
        return main([*args, "read", url])


def test_offline_read_command_on_a_read_only_copy(shared: Path) -> None:
    _fill(shared / "cache", shared / "data").close()
    _read_only(shared)
    assert in_child(_offline_read, shared / "cache", shared / "data", article(1).url) == 0


def test_opening_articles_read_only_is_not_an_error_each_time(dirs: tuple[Path, Path]) -> None:
    from herald_tui.fetchers.registry import Registry
    from herald_tui.services import NewsLibrary

    _fill(*dirs).close()
    library = NewsLibrary(Registry.load(), Store.open(*dirs, readonly=True), None)
    try:
        library.set_read(article(2).url)  # what opening an article does: no error
        assert library.store.read_urls([article(2).url]) == set()
        with pytest.raises(StoreReadOnlyError):  # an explicit request still says why not
            library.set_saved(article(2), True)
    finally:
        library.store.close()


def _read_article(cache_dir: Path, data_dir: Path) -> tuple[bool, Any, list[str]]:
    with Store.open(cache_dir, data_dir) as store:
        return store.readonly, store.get_article(article(1).url), store.notices


def test_a_read_only_copy_from_a_newer_version(shared: Path) -> None:
    import sqlite3

    _fill(shared / "cache", shared / "data").close()
    conn = sqlite3.connect(shared / "cache" / "cache.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    _read_only(shared)
    readonly, got, notices = in_child(_read_article, shared / "cache", shared / "data")
    assert readonly and got == article(1)
    assert any("newer herald-tui" in n for n in notices)
