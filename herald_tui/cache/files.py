"""The files around a database: private permissions, a lock for moving files, writability.

* Reading history and saved articles are private: directories the store creates are
  ``0700`` and every file it creates or moves aside is ``0600`` (:func:`private_dir`,
  :func:`private_file`). SQLite gives ``-wal`` and ``-shm`` the permissions of the database
  file, so creating the database file ``0600`` before SQLite opens it covers them too.
* Opening a database and, when it is damaged, moving it aside and starting a fresh one, is
  done under an exclusive lock on the sibling ``<name>.lock`` (:func:`open_lock`): otherwise
  two processes that find the same damaged file both move "it" aside, and the second moves
  away the fresh database the first has already written to.
* :func:`lockable` and :func:`writable` say whether a database can be opened for writing at
  all, so a read-only copy (read-only files, directory or file system) is opened for reading
  instead of failing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from herald_tui.cache.errors import StoreBusyError, StoreError

__all__ = [
    "COMPANIONS",
    "LOCK_TIMEOUT_S",
    "SUFFIXES",
    "free_bytes",
    "lockable",
    "open_lock",
    "private_dir",
    "private_file",
    "same_file",
    "tighten",
    "writable",
]

if sys.platform != "win32":  # elsewhere the inode check before moving is the only guard
    import fcntl

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600

COMPANIONS = ("-wal", "-shm", "-journal")
"""The files SQLite keeps beside a database: the write-ahead log and its index, or (out of WAL
mode) the rollback journal, which SQLite would play back into whatever database has the name."""
SUFFIXES = ("", *COMPANIONS)
"""A database file and its companions, which always move together."""

LOCK_TIMEOUT_S = 30.0
"""How long an open waits for another process to finish checking (or replacing) the file:
a full check of a large damaged file takes well under a second."""

_POLL_S = 0.05


def private_dir(directory: Path) -> None:
    """Create ``directory`` (and missing parents) if needed; the directory itself ``0700``.

    An existing directory keeps its mode: it may be one the user chose and shares.
    """
    if not directory.is_dir():
        directory.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # another process was quicker
            directory.mkdir(mode=PRIVATE_DIR)


def private_file(path: Path) -> None:
    """Create ``path`` empty with mode ``0600`` if missing; make ``path`` and its companions
    ``0600`` if they exist with wider permissions (files from an older version)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    for suffix in SUFFIXES:
        tighten(Path(f"{path}{suffix}"))


def tighten(path: Path) -> None:
    """Drop group and other permissions from ``path`` (best effort; missing is fine)."""
    with contextlib.suppress(OSError):
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            path.chmod(mode & PRIVATE_FILE)


def free_bytes(directory: Path) -> int:
    """Bytes free for this user on the disk holding ``directory`` (very many if unknown)."""
    try:
        return shutil.disk_usage(directory).free
    except OSError:
        return 2**62


def lockable(path: Path) -> bool:
    """True if this process can take the lock of the database at ``path``: its directory
    (where SQLite also creates the ``-wal`` and ``-shm``) and its lock file may be written.
    Nothing moves these while another process holds the lock, so this needs no lock."""
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return False
    return _writable_or_gone(f"{path}.lock")


def writable(path: Path) -> bool:
    """True if the database at ``path`` can be written: every one of its existing files.

    Ask it holding :func:`open_lock`: a process that moves the files aside holds the lock, so
    under it no file is gone between two questions (without it, two races made a writable
    database read as a read-only disk)."""
    return all(_writable_or_gone(f"{path}{suffix}") for suffix in SUFFIXES)


def _writable_or_gone(name: str) -> bool:
    """True if the file ``name`` may be written or does not exist. Asked in this order, a file
    another process moves aside meanwhile (a damaged database being quarantined) is gone, not
    unwritable: checked the other way round it read as a read-only disk. And a file found
    after it was gone (the other process started a fresh one between the two questions) is
    asked again: it is unwritable only if it says so itself."""
    return os.access(name, os.W_OK) or not os.path.lexists(name) or os.access(name, os.W_OK)


def same_file(path: Path, examined: os.stat_result | None) -> bool:
    """True if ``path`` is still the very file (inode) that was ``examined``."""
    try:
        now = path.stat()
    except OSError:
        return False
    return examined is not None and (now.st_dev, now.st_ino) == (
        examined.st_dev,
        examined.st_ino,
    )


@contextlib.contextmanager
def open_lock(
    path: Path,
    *,
    timeout: float = LOCK_TIMEOUT_S,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[None]:
    """Hold the exclusive lock of the database ``path`` (``<name>.lock``, ``0600``).

    Raises :class:`StoreBusyError` when another process holds it for ``timeout`` seconds,
    :class:`StoreError` when the lock file cannot be created.
    """
    lock = path.with_name(f"{path.name}.lock")
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    except OSError as e:
        raise StoreError(f"cannot create the lock file {lock}: {e.strerror or e}") from None
    tighten(lock)
    try:
        _acquire(fd, lock, timeout, clock, sleep)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _acquire(
    fd: int, lock: Path, timeout: float, clock: Callable[[], float], sleep: Callable[[float], None]
) -> None:
    if sys.platform == "win32":  # pragma: no cover
        return
    deadline = clock() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if clock() >= deadline:
                raise StoreBusyError(
                    f"another herald-tui has held {lock} for over {timeout:.0f} s while"
                    " checking the database; try again"
                ) from None
            sleep(_POLL_S)
