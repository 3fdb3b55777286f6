"""One SQLite database file, opened safely: settings, checks, migrations, error translation.

Opening (:meth:`Database.open`):

* WAL journal, ``synchronous=NORMAL`` (never OFF: a crash must not corrupt), a busy timeout,
  and ``BEGIN IMMEDIATE`` for every write (:meth:`Database.write`), so several processes (two
  SSH sessions) can share the files without "database is locked" errors or lost writes.
* A database written by a newer herald-tui (``user_version`` above what we know) is opened
  read-only and never modified; writes raise :class:`StoreReadOnlyError`.
* A file SQLite calls damaged, or that fails ``PRAGMA quick_check`` or the schema check, is
  moved aside with its ``-wal``/``-shm`` as ``<name>.corrupt-<UTC timestamp>`` and a fresh
  database started; a notice says where the old file went (:mod:`herald_tui.cache.recovery`
  says when the checks run). Checking and moving aside happen under a lock file, so two
  processes meeting the same damaged file never move each other's fresh database away
  (:mod:`herald_tui.cache.files`, which also keeps the files private: ``0600``/``0700``);
  a session whose file another process moved aside reopens the fresh one before writing.
* A database this process cannot write (permissions, a read-only disk) is opened read-only
  with a notice ("Writes are off"), so an offline copy can still be read.
* Read-only opening of a missing or unusable file gives an empty in-memory stand-in, so reads
  simply find nothing.

Errors: SQLite errors become :class:`~herald_tui.cache.errors.StoreError` subclasses with a
one-line message naming the file. Reads through :meth:`Database.rows` never raise for damage:
they record a notice, flag the file for a check at the next open, and return no rows.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from herald_tui._frozen import Frozen, value_class
from herald_tui.cache.errors import (
    SQLITE_ERRORS,
    StoreCorruptError,
    StoreError,
    StoreFullError,
    StoreReadOnlyError,
    is_damage,
    translate,
)
from herald_tui.cache.files import (
    COMPANIONS,
    SUFFIXES,
    free_bytes,
    lockable,
    open_lock,
    private_dir,
    private_file,
    same_file,
    writable,
)
from herald_tui.cache.migrations import Migration
from herald_tui.cache.recovery import (
    check_file,
    clear_flag,
    flag_damage,
    flagged,
    quarantine,
    repair_search,
)
from herald_tui.cache.schema import OnUpgrade, migrate, register_functions, user_version
from herald_tui.errors import HeraldError
from herald_tui.files import is_special

__all__ = ["CHUNK", "Database", "DatabaseSpec", "Notices"]

BUSY_TIMEOUT_S = 15.0
"""How long a writer waits for another process's write to finish before giving up."""

CHUNK = 500
"""Parameters per ``IN (...)`` query: well under SQLite's limit."""
CACHE_KIB = 16 * 1024
"""SQLite's page cache per connection once the session does more than look rows up by key:
enough for search on 100k articles (its index pages stay warm from one query to the next)."""
LOOKUP_CACHE_KIB = 128
"""The page cache until then. A start reads a list and looks its URLs up (a few hundred
b-tree pages, each read once): a big cache would only keep those pages, 1 MiB of the start's
peak memory (docs/PERFORMANCE.md)."""
_SQL_ERROR = sqlite3.SQLITE_ERROR  # the statement itself was rejected (not an extended code)
_INTERRUPT = sqlite3.SQLITE_INTERRUPT  # stopped by the progress handler


class Notices(list[str]):
    """Messages for the user, each recorded once."""

    def add(self, message: str) -> None:
        """Record ``message`` unless it is already there."""
        if message not in self:
            self.append(message)


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with


@value_class(frozen=True)
class DatabaseSpec(Frozen):
    """What a database is: its file name, what to call it in messages, its migrations."""

    __match_args__ = (
        "filename",
        "label",
        "migrations",
        "fts_tables",
        "disposable",
    )  # the fields, in order
    __slots__ = __match_args__

    filename: str
    label: str
    migrations: tuple[Migration, ...]
    fts_tables: tuple[str, ...]
    """Full-text indexes to verify (and rebuild if damaged) after a session met damage."""
    disposable: bool
    """Deleting the file loses nothing of the reader's own (said when the disk is full)."""

    def __init__(
        self,
        filename: str,
        label: str,
        migrations: tuple[Migration, ...],
        fts_tables: tuple[str, ...] = (),
        disposable: bool = False,
    ) -> None:
        _set(self, "filename", filename)
        _set(self, "label", label)
        _set(self, "migrations", migrations)
        _set(self, "fts_tables", fts_tables)
        _set(self, "disposable", disposable)


class _Damaged(Exception):
    """The file failed a check at open; the message says which.

    Carries the connection, to be closed only after the files are moved: closing the last
    connection to a file SQLite cannot read deletes its ``-wal`` and ``-shm``.
    """

    conn: sqlite3.Connection | None = None

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


class _Outdated(_Damaged):
    """A file of an older version, opened read-only: it cannot be upgraded, so it is not
    read (its schema is not this version's), but nothing is wrong with it."""


class Database:
    """A connection to one database file (or its in-memory stand-in) and its state.

    Thread-safe: every statement runs under one lock, so the store can be shared by the UI
    thread and worker threads.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        spec: DatabaseSpec,
        notices: Notices,
        *,
        readonly_reason: str = "",
        in_memory: bool = False,
        widened: bool = False,
    ) -> None:
        self.conn = conn
        self.path = path
        self.spec = spec
        self.notices = notices
        self.readonly_reason = readonly_reason
        """Why writes are refused; empty when the database is writable."""
        self.in_memory = in_memory
        self._lock = threading.RLock()
        self._identity = None if in_memory else _stat(path)  # the file this session uses
        # Whether the full page cache is set: an in-memory database is all page cache anyway;
        # an upgrade or repair at open (``widened``) already set it.
        self._widened = in_memory or widened

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        directory: Path,
        spec: DatabaseSpec,
        notices: Notices,
        *,
        readonly: bool = False,
        upgrading: OnUpgrade | None = None,
    ) -> Database:
        """Open (creating, migrating, or moving aside and recreating) ``directory/filename``.

        A database this process may not write (read-only files, directory or disk) is opened
        read-only, with a notice, rather than refused. ``upgrading`` hears how far a
        migration's re-indexing is (:func:`~herald_tui.cache.schema.migrate`).
        """
        path = directory / spec.filename
        _refuse_special_files(path)
        if readonly:
            return cls._open_readonly(path, spec, notices)
        try:
            private_dir(directory)
        except OSError as e:
            raise StoreError(f"cannot create {directory}: {e.strerror or e}") from None
        if lockable(path):
            with open_lock(path):  # one process at a time checks, moves aside, recreates
                if writable(path):
                    return cls._open_locked(path, spec, notices, upgrading)
        reason = f"the {spec.label} at {path} is not writable (permissions or a read-only disk)"
        notices.add(f"Writes are off: {reason}; reading only, nothing will be saved.")
        return cls._open_readonly(path, spec, notices, reason=reason)

    @classmethod
    def _open_locked(
        cls, path: Path, spec: DatabaseSpec, notices: Notices, upgrading: OnUpgrade | None
    ) -> Database:
        private_file(path)
        examined = _stat(path)
        try:
            return cls._open_file(path, spec, notices, readonly=False, upgrading=upgrading)
        except _Damaged as damage:
            try:
                # Only the file that was checked: a process not holding the lock (an older
                # herald-tui) may have replaced it meanwhile with a good one.
                if same_file(path, examined):
                    moved = quarantine(path)
                    notices.add(
                        f"The {spec.label} at {path} was damaged ({damage}); it was moved to"
                        f" {moved} and a fresh one started."
                    )
            finally:
                damage.close()
        private_file(path)
        try:
            return cls._open_file(path, spec, notices, readonly=False)
        except _Damaged as damage:
            damage.close()
            raise StoreError(f"cannot start a fresh {spec.label} at {path}: {damage}") from None

    @classmethod
    def _open_readonly(
        cls, path: Path, spec: DatabaseSpec, notices: Notices, *, reason: str = ""
    ) -> Database:
        reason = reason or _readonly_reason(path, spec)
        if path.exists():
            try:
                return cls._open_readable(path, spec, notices, reason)
            except _Outdated as outdated:
                outdated.close()
                notices.add(
                    f"The {spec.label} at {path} is from an older herald-tui and needs a"
                    " one-time update, which this read-only command does not make: start the"
                    " app, or run 'herald-tui cache vacuum', once."
                )
            except _Damaged as damage:
                damage.close()
                notices.add(f"The {spec.label} at {path} cannot be used read-only ({damage}).")
        return cls._stand_in(path, spec, notices, reason)

    @classmethod
    def _open_readable(
        cls, path: Path, spec: DatabaseSpec, notices: Notices, reason: str
    ) -> Database:
        try:
            return cls._open_file(path, spec, notices, readonly=True, reason=reason)
        except StoreReadOnlyError:
            # A WAL database in a directory we cannot write, without its -shm: SQLite cannot
            # open it read-only, only as an immutable file (no locks, WAL not read).
            return cls._open_file(path, spec, notices, readonly=True, reason=reason, immutable=True)

    @classmethod
    def _open_file(
        cls,
        path: Path,
        spec: DatabaseSpec,
        notices: Notices,
        *,
        readonly: bool,
        reason: str = "",
        immutable: bool = False,
        upgrading: OnUpgrade | None = None,
    ) -> Database:
        """Connect, check, and (when writable) migrate; raises _Damaged for a bad file, with
        the connection left open for :func:`quarantine`."""
        conn: sqlite3.Connection | None = None
        widened = False
        try:
            conn = _connect(path, readonly=readonly, immutable=immutable)
            _configure(conn)
            version = user_version(conn)
            if version > len(spec.migrations):
                conn.close()
                return cls._open_newer(path, spec, notices, version, immutable=immutable)
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
            problem = check_file(conn, path, spec.migrations)
            if problem:
                raise _Damaged(problem)
            if readonly and version < len(spec.migrations):
                raise _Outdated(f"schema version {version} needs an upgrade")
            if not readonly:
                if version < len(spec.migrations) or flagged(path):
                    _full_cache(conn)  # an upgrade or a repair re-indexes: not look-ups
                    widened = True
                _migrate(conn, path, spec, upgrading)
                if flagged(path):
                    repair_search(
                        conn,
                        spec.fts_tables,
                        lambda table: notices.add(
                            f"The search index of the {spec.label} at {path} was rebuilt."
                        ),
                    )
                    clear_flag(path)
        except (*SQLITE_ERRORS, _Damaged) as e:
            error = _classify(e, path, spec)
            if isinstance(error, _Damaged):
                error.conn = conn
            elif conn is not None:
                conn.close()
            raise error from None
        reason = (reason or _readonly_reason(path, spec)) if readonly else ""
        return cls(conn, path, spec, notices, readonly_reason=reason, widened=widened)

    @classmethod
    def _open_newer(
        cls, path: Path, spec: DatabaseSpec, notices: Notices, version: int, *, immutable: bool
    ) -> Database:
        reason = (
            f"the {spec.label} at {path} was written by a newer herald-tui (schema {version},"
            f" this version knows {len(spec.migrations)}); it is read-only: update herald-tui"
            " to change it"
        )
        notices.add(reason[0].upper() + reason[1:] + ".")
        try:
            conn = _connect(path, readonly=True, immutable=immutable)
            _configure(conn)
            user_version(conn)  # a read-only WAL file may only fail here (see _open_readonly)
        except SQLITE_ERRORS as e:
            raise translate(e, path, spec.label, disposable=spec.disposable) from None
        return cls(conn, path, spec, notices, readonly_reason=reason)

    @classmethod
    def memory(cls, spec: DatabaseSpec, notices: Notices, *, readonly_reason: str = "") -> Database:
        """A fresh in-memory database with the schema (tests, read-only stand-in)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        register_functions(conn)
        migrate(conn, spec.migrations)
        return cls(
            conn, Path(":memory:"), spec, notices, readonly_reason=readonly_reason, in_memory=True
        )

    @classmethod
    def _stand_in(cls, path: Path, spec: DatabaseSpec, notices: Notices, reason: str) -> Database:
        """An empty in-memory database with the schema, for read-only use without a file."""
        db = cls.memory(spec, notices, readonly_reason=reason)
        db.path = path
        return db

    # -- use ---------------------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``): commits on success, rolls back on error.

        SQLite errors are raised as :class:`StoreError` subclasses; on ``SQLITE_FULL`` SQLite
        may already have rolled back, so ``ROLLBACK`` is only issued while in a transaction.
        """
        if self.readonly_reason:
            raise StoreReadOnlyError(f"cannot write: {self.readonly_reason}")
        with self._lock:
            self._follow_moves()
            try:
                self._widen()
                self.conn.execute("BEGIN IMMEDIATE")
                yield self.conn
                self.conn.execute("COMMIT")
            except SQLITE_ERRORS as e:
                self._rollback()
                raise self.error(e) from None
            except BaseException:
                self._rollback()
                raise

    def _follow_moves(self) -> None:
        """Reconnect if another process moved this file aside (it found it damaged) and
        started a fresh one: commits into the moved copy would be lost to every reader."""
        if self.in_memory or same_file(self.path, self._identity):
            return
        fresh = Database.open(self.path.parent, self.spec, self.notices)
        self.conn.close()
        self.conn, self._identity = fresh.conn, fresh._identity
        self._widened = fresh._widened  # as the fresh connection was opened
        self.readonly_reason = fresh.readonly_reason
        self.notices.add(
            f"The {self.spec.label} at {self.path} was replaced by another herald-tui (it found"
            " it damaged); this session now uses the new file."
        )
        if self.readonly_reason:
            raise StoreReadOnlyError(f"cannot write: {self.readonly_reason}")

    def rows(
        self,
        sql: str,
        params: tuple[Any, ...] | list[Any] = (),
        *,
        query_error: type[HeraldError] | None = None,
        budget: tuple[int, str] | None = None,
        lookup: bool = False,
    ) -> list[tuple[Any, ...]]:
        """Run a read query. Damage gives no rows (and a notice); other errors raise.

        ``lookup``: the query reads rows by key (each page once): it leaves the page cache
        as small as it is (:data:`LOOKUP_CACHE_KIB` until anything else runs).

        ``query_error``: raise this, with SQLite's message, when SQLite rejects the query
        itself (``SQLITE_ERROR``: e.g. a full-text query it cannot parse).
        ``budget``: ``(steps, message)``: stop the query after ``steps`` thousand virtual
        machine steps and raise ``query_error(message)`` (a hard bound on its cost).
        """
        with self._lock:
            if budget is not None:
                self._set_budget(budget[0])
            try:
                if not lookup:
                    self._widen()
                return self.conn.execute(sql, params).fetchall()
            except SQLITE_ERRORS as e:
                code = getattr(e, "sqlite_errorcode", 0)
                if query_error is not None and code == _SQL_ERROR:
                    raise query_error(str(e)) from None
                if query_error is not None and budget is not None and code == _INTERRUPT:
                    raise query_error(budget[1]) from None
                error = self.error(e)
                if isinstance(error, StoreCorruptError):
                    return []
                raise error from None
            finally:
                if budget is not None:
                    self.conn.set_progress_handler(None, 0)

    def _widen(self) -> None:
        """Give the connection its full page cache (once: SQLite keeps what it has)."""
        if not self._widened:
            _full_cache(self.conn)
            self._widened = True

    def _set_budget(self, thousands: int) -> None:
        left = [thousands]

        def tick() -> int:
            left[0] -= 1
            return int(left[0] < 0)  # non-zero interrupts the statement

        self.conn.set_progress_handler(tick, 1000)

    def rows_in(
        self, sql: str, values: Iterable[str], *, lookup: bool = False
    ) -> list[tuple[Any, ...]]:
        """Run ``sql`` (holding ``{marks}`` inside ``IN (...)``) over ``values`` in chunks
        small enough for SQLite's parameter limit; rows of all chunks together
        (``lookup``: as for :meth:`rows`)."""
        unique = list(dict.fromkeys(values))
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(unique), CHUNK):
            chunk = unique[start : start + CHUNK]
            rows += self.rows(sql.format(marks=", ".join("?" * len(chunk))), chunk, lookup=lookup)
        return rows

    def error(self, exc: Exception) -> StoreError:
        """The StoreError for a SQLite error; damage is also noted and flagged for a check."""
        if is_damage(exc):
            self.notices.add(
                f"The {self.spec.label} at {self.path} is damaged ({exc}); it will be checked"
                " and, if need be, moved aside the next time herald-tui starts."
            )
            if not self.in_memory:
                flag_damage(self.path)
        return translate(exc, self.path, self.spec.label, disposable=self.spec.disposable)

    def ensure_room(self, reserve: int, purpose: str) -> None:
        """Raise :class:`StoreFullError` when the disk holding the file has less than
        ``reserve`` bytes free; the message says what it is kept for (``purpose``)."""
        if self.in_memory or self.readonly_reason:
            return
        free = free_bytes(self.path.parent)
        if free < reserve:
            raise StoreFullError(
                f"the disk holding the {self.spec.label} ({self.path}) has only"
                f" {free / 2**20:.0f} MiB free; {purpose}"
            )

    def size(self) -> int:
        """Bytes on disk: the database file and its ``-wal`` and ``-shm``."""
        if self.in_memory:
            return 0
        total = 0
        for suffix in SUFFIXES:
            with contextlib.suppress(OSError):
                total += Path(f"{self.path}{suffix}").stat().st_size
        return total

    def run(self, sql: str) -> None:
        """Run one statement outside any transaction (``VACUUM``, a checkpoint)."""
        if self.readonly_reason:
            raise StoreReadOnlyError(f"cannot write: {self.readonly_reason}")
        with self._lock:
            try:
                self._widen()
                self.conn.execute(sql).fetchall()
            except SQLITE_ERRORS as e:
                raise self.error(e) from None

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            self.conn.close()

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")


def _refuse_special_files(path: Path) -> None:
    """A FIFO or a device in place of the database or its journal would block SQLite (or feed
    it endless bytes); refuse it, and leave it where it is: it is not a damaged database."""
    for name in (path, *(path.with_name(path.name + end) for end in COMPANIONS)):
        if is_special(name):
            raise StoreError(f"{name} is not a regular file: move it away") from None


def _readonly_reason(path: Path, spec: DatabaseSpec) -> str:
    return f"the {spec.label} at {path} is open read-only"


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _connect(path: Path, *, readonly: bool, immutable: bool = False) -> sqlite3.Connection:
    # immutable: SQLite reads the file without any locking or WAL (see _open_readonly).
    uri = path.absolute().as_uri() + ("?mode=ro" if readonly else "?mode=rwc")
    uri += "&immutable=1" if immutable else ""
    conn = sqlite3.connect(
        uri,
        uri=True,
        isolation_level=None,  # we issue BEGIN IMMEDIATE / COMMIT ourselves
        check_same_thread=False,  # Database serialises access with its own lock
        timeout=BUSY_TIMEOUT_S,
    )
    register_functions(conn)
    conn.text_factory = _decode
    return conn


def _decode(raw: bytes) -> str:
    # A damaged file can hold invalid UTF-8 in a text column: decode it visibly wrong (it then
    # fails the URL or checksum comparisons) rather than raise on the whole query.
    return raw.decode("utf-8", "replace")


def _configure(conn: sqlite3.Connection) -> None:
    """Per-connection settings (these may read the file: run them where damage is handled)."""
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{LOOKUP_CACHE_KIB}")  # Database widens it on use


def _full_cache(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def _classify(exc: Exception, path: Path, spec: DatabaseSpec) -> Exception:
    """_Damaged for damage (found by a check or reported by SQLite), else a StoreError."""
    if isinstance(exc, _Damaged):
        return exc
    if isinstance(exc, SQLITE_ERRORS) and is_damage(exc):
        return _Damaged(str(exc))
    if isinstance(exc, SQLITE_ERRORS):
        return translate(exc, path, spec.label, disposable=spec.disposable)
    return exc


def _migrate(
    conn: sqlite3.Connection, path: Path, spec: DatabaseSpec, upgrading: OnUpgrade | None
) -> None:
    """Apply pending migrations; a failing one leaves the file as it was (one transaction)."""
    try:
        migrate(conn, spec.migrations, upgrading)
    except (*SQLITE_ERRORS, _Damaged):
        raise
    except Exception as e:
        conn.close()
        raise StoreError(
            f"cannot upgrade the {spec.label} at {path} to schema {len(spec.migrations)}"
            f" (it is unchanged): {type(e).__name__}: {e}"
        ) from e
