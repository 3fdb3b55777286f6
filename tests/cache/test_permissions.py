"""Reading history and saved articles are private: directories 0700, files 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from herald_tui.cache import Store
from tests.cache.factories import article


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common umask (files 0644, directories 0755 unless the code asks otherwise)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_directories_and_files_are_private(dirs: tuple[Path, Path]) -> None:
    with Store.open(*dirs) as store:
        store.put_article(article(1))
        store.set_saved(article(1), True)
        for directory, name in ((dirs[0], "cache.sqlite3"), (dirs[1], "user.sqlite3")):
            assert mode(directory) == 0o700
            files = sorted(p.name for p in directory.iterdir())
            # While open, the WAL and its index exist: they must be private too.
            assert files == sorted(f"{name}{s}" for s in ("", "-wal", "-shm", ".lock"))
            assert {p.name: mode(p) for p in directory.iterdir()} == dict.fromkeys(files, 0o600)


def test_files_of_an_older_version_are_made_private(dirs: tuple[Path, Path]) -> None:
    Store.open(*dirs).close()
    for directory in dirs:
        for path in directory.iterdir():
            path.chmod(0o644)
    with Store.open(*dirs):
        pass
    assert {mode(p) for d in dirs for p in d.iterdir()} == {0o600}


def test_a_moved_aside_copy_stays_private(dirs: tuple[Path, Path]) -> None:
    dirs[0].mkdir(parents=True)
    (dirs[0] / "cache.sqlite3").write_bytes(b"not a database" * 100)
    (dirs[0] / "cache.sqlite3-wal").write_bytes(b"old wal" * 100)
    with Store.open(*dirs) as store:
        assert any("moved to" in n for n in store.notices)
    moved = {p.name[-4:]: mode(p) for p in dirs[0].glob("cache.sqlite3.corrupt-*")}
    assert moved.get("-wal") == 0o600 and set(moved.values()) == {0o600} and len(moved) >= 2


def test_a_damage_flag_is_private(store: Store, dirs: tuple[Path, Path]) -> None:
    from herald_tui.cache.recovery import flag_damage

    flag_damage(dirs[0] / "cache.sqlite3")
    assert mode(dirs[0] / "cache.sqlite3.needs-check") == 0o600


def test_every_companion_of_a_database_is_made_private(tmp_path: Path) -> None:
    """The rollback journal too: SQLite writes one out of WAL mode (an older version, another
    tool), and it holds pages of the database."""
    from herald_tui.cache.files import SUFFIXES, private_file

    path = tmp_path / "user.sqlite3"
    for suffix in SUFFIXES:
        Path(f"{path}{suffix}").write_bytes(b"x")
        Path(f"{path}{suffix}").chmod(0o644)
    private_file(path)
    assert {s: mode(Path(f"{path}{s}")) for s in ("", "-wal", "-shm", "-journal")} == dict.fromkeys(
        ("", "-wal", "-shm", "-journal"), 0o600
    )
