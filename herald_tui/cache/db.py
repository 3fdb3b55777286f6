"""One SQLite database file, opened safely: settings, checks, migrations, error translation.

Opening (:meth:`Database.open`):

* WAL journal, ``synchronous=NORMAL`` (never OFF: a crash must not corrupt), a busy timeout,
  and ``BEGIN IMMEDIATE`` for every write (:meth:`Database.write`), so several processes (two
  SSH sessions) can share the files without "database is locked" errors or lost writes.
* A database written by a newer herald-tui (``user_version`` above what we know) is opened
  read-only and never modified; writes raise :class:`StoreReadOnlyError`.
* A file SQLite calls damaged, or that fails ``PRAGMA quick_check`` or the schema check, is
  moved aside with its ``-wal``/``-shm`` as ``<name>.corrupt-<UTC timestamp>`` and a fresh
  database started; a notice says where the old file went. ``quick_check`` reads the whole
  file, so it runs at every open only for files up to :data:`FULL_CHECK_MAX_BYTES`; larger
  ones are checked when the previous session met damage (a ``.needs-check`` flag file).
  Article rows carry checksums, so content is verified on every read regardless.
* Read-only opening of a missing or unusable file gives an empty in-memory stand-in, so reads
  simply find nothing.

Errors: SQLite errors become :class:`~herald_tui.cache.errors.StoreError` subclasses with a
one-line message naming the file. Reads through :meth:`Database.rows` never raise for damage:
they record a notice, flag the file for a check at the next open, and return no rows.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from herald_tui.cache.errors import (
    StoreBusyError,
    StoreCorruptError,
    StoreError,
    StoreFullError,
    StoreReadOnlyError,
)
from herald_tui.cache.migrations import Migration
from herald_tui.cache.schema import check_schema, migrate, register_functions, user_version
from herald_tui.errors import HeraldError

__all__ = ["FULL_CHECK_MAX_BYTES", "Database", "DatabaseSpec", "Notices", "quarantine"]

BUSY_TIMEOUT_S = 15.0
"""How long a writer waits for another process's write to finish before giving up."""

FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024
"""Files up to this size get a full ``quick_check`` at every open (measured: ~0.1 s)."""

_SUFFIXES = ("", "-wal", "-shm")
_CHUNK = 500  # parameters per IN (...) query
_CORRUPTION = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_ERRORS = (sqlite3.Error, UnicodeDecodeError)
"""What a sqlite3 call raises for a bad file: the module raises UnicodeDecodeError when text
from a damaged file (its schema, an error message quoting it) is not UTF-8."""


class Notices(list[str]):
    """Messages for the user, each recorded once."""

    def add(self, message: str) -> None:
        """Record ``message`` unless it is already there."""
        if message not in self:
            self.append(message)


@dataclass(frozen=True, slots=True)
class DatabaseSpec:
    """What a database is: its file name, what to call it in messages, its migrations."""

    filename: str
    label: str
    migrations: tuple[Migration, ...]
    fts_tables: tuple[str, ...] = ()
    """Full-text indexes to verify (and rebuild if damaged) after a session met damage."""


class _Damaged(Exception):
    """The file failed a check at open; the message says which.

    Carries the connection, to be closed only after the files are moved: closing the last
    connection to a file SQLite cannot read deletes its ``-wal`` and ``-shm``.
    """

    conn: sqlite3.Connection | None = None

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


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
    ) -> None:
        self.conn = conn
        self.path = path
        self.spec = spec
        self.notices = notices
        self.readonly_reason = readonly_reason
        """Why writes are refused; empty when the database is writable."""
        self.in_memory = in_memory
        self._lock = threading.RLock()

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls, directory: Path, spec: DatabaseSpec, notices: Notices, *, readonly: bool = False
    ) -> Database:
        """Open (creating, migrating, or moving aside and recreating) ``directory/filename``."""
        path = directory / spec.filename
        if readonly:
            return cls._open_readonly(path, spec, notices)
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create {directory}: {e.strerror or e}") from None
        try:
            return cls._open_writable(path, spec, notices)
        except _Damaged as damage:
            try:
                moved = quarantine(path)
            finally:
                damage.close()
            notices.add(
                f"The {spec.label} at {path} was damaged ({damage}); it was moved to {moved}"
                " and a fresh one started."
            )
        try:
            return cls._open_writable(path, spec, notices)
        except _Damaged as damage:
            damage.close()
            raise StoreError(f"cannot start a fresh {spec.label} at {path}: {damage}") from None

    @classmethod
    def _open_writable(cls, path: Path, spec: DatabaseSpec, notices: Notices) -> Database:
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(path, readonly=False)
            _configure(conn)
            version = user_version(conn)
            if version > len(spec.migrations):
                conn.close()
                return cls._open_newer(path, spec, notices, version)
            conn.execute("PRAGMA journal_mode = WAL")
            problem = _check(conn, path, spec)
            if problem:
                raise _Damaged(problem)
            _migrate(conn, path, spec)
            if _flag_path(path).exists():
                _repair_search(conn, path, spec, notices)
                _flag_path(path).unlink()
        except (*_ERRORS, _Damaged) as e:
            error = _classify(e, path, spec)
            if isinstance(error, _Damaged):
                error.conn = conn
            elif conn is not None:
                conn.close()
            raise error from None
        return cls(conn, path, spec, notices)

    @classmethod
    def _open_newer(
        cls, path: Path, spec: DatabaseSpec, notices: Notices, version: int
    ) -> Database:
        reason = (
            f"the {spec.label} at {path} was written by a newer herald-tui (schema {version},"
            f" this version knows {len(spec.migrations)}); it is read-only: update herald-tui"
            " to change it"
        )
        notices.add(reason[0].upper() + reason[1:] + ".")
        try:
            conn = _connect(path, readonly=True)
            _configure(conn)
        except _ERRORS as e:
            raise translate(e, path, spec) from None
        return cls(conn, path, spec, notices, readonly_reason=reason)

    @classmethod
    def _open_readonly(cls, path: Path, spec: DatabaseSpec, notices: Notices) -> Database:
        reason = f"the {spec.label} at {path} is open read-only"
        if not path.exists():
            return cls._stand_in(path, spec, notices, reason)
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(path, readonly=True)
            _configure(conn)
            version = user_version(conn)
            if version > len(spec.migrations):
                conn.close()
                return cls._open_newer(path, spec, notices, version)
            problem = _check(conn, path, spec)
            if not problem and version < len(spec.migrations):
                problem = f"schema version {version} needs an upgrade, impossible read-only"
            if problem:
                raise _Damaged(problem)
        except (*_ERRORS, _Damaged) as e:
            if conn is not None:
                conn.close()
            error = _classify(e, path, spec)
            if not isinstance(error, _Damaged):
                raise error from None
            notices.add(f"The {spec.label} at {path} cannot be used read-only ({error}).")
            return cls._stand_in(path, spec, notices, reason)
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
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                yield self.conn
                self.conn.execute("COMMIT")
            except _ERRORS as e:
                self._rollback()
                raise self.error(e) from None
            except BaseException:
                self._rollback()
                raise

    def rows(
        self,
        sql: str,
        params: tuple[Any, ...] | list[Any] = (),
        *,
        query_error: type[HeraldError] | None = None,
    ) -> list[tuple[Any, ...]]:
        """Run a read query. Damage gives no rows (and a notice); other errors raise.

        ``query_error``: raise this, with SQLite's message, when SQLite rejects the query
        itself (``SQLITE_ERROR``: e.g. a full-text query it cannot parse).
        """
        with self._lock:
            try:
                return self.conn.execute(sql, params).fetchall()
            except _ERRORS as e:
                if query_error is not None and _primary(e) == sqlite3.SQLITE_ERROR:
                    raise query_error(str(e)) from None
                error = self.error(e)
                if isinstance(error, StoreCorruptError):
                    return []
                raise error from None

    def rows_in(self, sql: str, values: Iterable[str]) -> list[tuple[Any, ...]]:
        """Run ``sql`` (holding ``{marks}`` inside ``IN (...)``) over ``values`` in chunks
        small enough for SQLite's parameter limit; rows of all chunks together."""
        unique = list(dict.fromkeys(values))
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            rows += self.rows(sql.format(marks=", ".join("?" * len(chunk))), chunk)
        return rows

    def error(self, exc: Exception) -> StoreError:
        """The StoreError for a SQLite error; damage is also noted and flagged for a check."""
        if _primary(exc) in _CORRUPTION:
            self.notices.add(
                f"The {self.spec.label} at {self.path} is damaged ({exc}); it will be checked"
                " and, if need be, moved aside the next time herald-tui starts."
            )
            with contextlib.suppress(OSError):
                _flag_path(self.path).touch()
        return translate(exc, self.path, self.spec)

    def size(self) -> int:
        """Bytes on disk: the database file and its ``-wal`` and ``-shm``."""
        if self.in_memory:
            return 0
        total = 0
        for suffix in _SUFFIXES:
            with contextlib.suppress(OSError):
                total += Path(f"{self.path}{suffix}").stat().st_size
        return total

    def run(self, sql: str) -> None:
        """Run one statement outside any transaction (``VACUUM``, a checkpoint)."""
        if self.readonly_reason:
            raise StoreReadOnlyError(f"cannot write: {self.readonly_reason}")
        with self._lock:
            try:
                self.conn.execute(sql).fetchall()
            except _ERRORS as e:
                raise self.error(e) from None

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            self.conn.close()

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")


def translate(exc: Exception, path: Path, spec: DatabaseSpec) -> StoreError:
    """A one-line, actionable StoreError for a SQLite error on ``path``."""
    code = _primary(exc)
    if code == sqlite3.SQLITE_FULL:
        return StoreFullError(
            f"the disk holding the {spec.label} ({path}) is full; nothing stored was lost."
            " Free some space, or run 'herald-tui cache prune --older-than 30d' and"
            " 'herald-tui cache vacuum'"
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreBusyError(
            f"the {spec.label} ({path}) is busy: another herald-tui kept it locked for"
            f" {BUSY_TIMEOUT_S:g} s; try again"
        )
    if code == sqlite3.SQLITE_READONLY:
        return StoreReadOnlyError(f"cannot write to the {spec.label} ({path}): {exc}")
    if code in _CORRUPTION:
        return StoreCorruptError(
            f"the {spec.label} ({path}) is damaged ({exc}); restart herald-tui to move it aside"
        )
    return StoreError(f"cannot use the {spec.label} ({path}): {exc}")


def quarantine(path: Path) -> Path:
    """Move ``path`` and its ``-wal``/``-shm`` aside together; return the new database path.

    The companions keep their suffix after the new name (``x.corrupt-<ts>-wal``), so the old
    database can still be opened, WAL included, to rescue what it holds.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while any(Path(f"{target}{s}").exists() for s in _SUFFIXES):
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    for suffix in _SUFFIXES:
        source = Path(f"{path}{suffix}")
        try:
            source.replace(f"{target}{suffix}")
        except FileNotFoundError:
            pass
        except OSError as e:
            raise StoreError(f"cannot move the damaged {source} aside: {e.strerror or e}") from None
    _flag_path(path).unlink(missing_ok=True)
    return target


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    uri = path.absolute().as_uri() + ("?mode=ro" if readonly else "?mode=rwc")
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
    conn.execute("PRAGMA cache_size = -16384")  # KiB: 16 MiB, enough for search on 100k rows


def _classify(exc: Exception, path: Path, spec: DatabaseSpec) -> Exception:
    """_Damaged for damage (found by a check or reported by SQLite), else a StoreError."""
    if isinstance(exc, _Damaged):
        return exc
    if isinstance(exc, _ERRORS) and _primary(exc) in _CORRUPTION:
        return _Damaged(str(exc))
    if isinstance(exc, _ERRORS):
        return translate(exc, path, spec)
    return exc


def _migrate(conn: sqlite3.Connection, path: Path, spec: DatabaseSpec) -> None:
    """Apply pending migrations; a failing one leaves the file as it was (one transaction)."""
    try:
        migrate(conn, spec.migrations)
    except (*_ERRORS, _Damaged):
        raise
    except Exception as e:
        conn.close()
        raise StoreError(
            f"cannot upgrade the {spec.label} at {path} to schema {len(spec.migrations)}"
            f" (it is unchanged): {type(e).__name__}: {e}"
        ) from e


def _check(conn: sqlite3.Connection, path: Path, spec: DatabaseSpec) -> str | None:
    """What is wrong with the file, or None: quick_check (when affordable) and the schema."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size <= FULL_CHECK_MAX_BYTES or _flag_path(path).exists():
        result = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            return f"quick_check: {result[0]}"
    return check_schema(conn, spec.migrations)


def _repair_search(
    conn: sqlite3.Connection, path: Path, spec: DatabaseSpec, notices: Notices
) -> None:
    """Rebuild any full-text index that fails its integrity check (quick_check cannot see
    inside FTS5's own structures)."""
    for table in spec.fts_tables:
        try:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
            conn.execute("COMMIT")
            notices.add(f"The search index of the {spec.label} at {path} was rebuilt.")


def _flag_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.needs-check")


def _primary(exc: BaseException) -> int | None:
    if isinstance(exc, UnicodeDecodeError):
        return sqlite3.SQLITE_CORRUPT
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None
