"""Schema versions: apply migrations in one transaction, check a database's schema is sane.

The version is ``PRAGMA user_version``: the number of migrations applied. All pending
migrations and the version bump run in a single ``BEGIN IMMEDIATE`` transaction, so a
database is either fully migrated or left exactly as it was (a failing migration rolls back
everything, version included). Another process migrating at the same moment is harmless: the
version is read again inside the transaction.
"""

from __future__ import annotations

import contextlib
import dataclasses
import signal
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from herald_tui._frozen import Frozen, value_class
from herald_tui.cache.migrations import Migration, Reindexing, Tally

__all__ = [
    "OnUpgrade",
    "Upgrade",
    "check_schema",
    "expected_schema",
    "migrate",
    "register_functions",
    "user_version",
]

SchemaRow = tuple[str, str, str, str]


def register_functions(conn: sqlite3.Connection) -> None:
    """Register the SQL functions the schema's views and triggers call."""
    from herald_tui.cache.codec import fts_text, search_text, verified

    conn.create_function("herald_fts", 3, fts_text, deterministic=True)
    conn.create_function("herald_search", 4, search_text, deterministic=True)
    conn.create_function("herald_ok", 2, verified, deterministic=True)


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the database."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    return int(version)


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with


@value_class(frozen=True)
class Upgrade(Frozen):
    """How far an upgrade's re-indexing of the cached articles is, as told to its caller."""

    __match_args__ = ("articles", "done", "total", "finished")  # the fields, in order
    __slots__ = __match_args__

    articles: int
    """Articles cached (each re-indexing step reads them all)."""
    done: int
    """Rows re-indexed so far, over every re-indexing step of the upgrade."""
    total: int
    """Rows to re-index in all (never 0 when told)."""
    finished: bool
    """The upgrade is committed (told once, last)."""

    def __init__(self, articles: int, done: int, total: int, finished: bool = False) -> None:
        _set(self, "articles", articles)
        _set(self, "done", done)
        _set(self, "total", total)
        _set(self, "finished", finished)

    @property
    def percent(self) -> int:
        """``done`` as a whole percentage of ``total``."""
        return 100 * self.done // self.total


OnUpgrade = Callable[[Upgrade], None]
"""Told an :class:`Upgrade` before re-indexing starts (``done`` 0), as it goes, and once the
upgrade is committed (``finished``); only when an upgrade re-indexes something."""


class _Tracker:
    """Adds up the tallies of one upgrade's re-indexing steps for an :data:`OnUpgrade`."""

    def __init__(
        self, pending: Sequence[Migration], told: OnUpgrade | None, stopped: threading.Event
    ) -> None:
        self._pending = [step for step in pending if isinstance(step, Reindexing)]
        self._told = told
        self._stopped = stopped
        self._state: Upgrade | None = None

    def check(self) -> None:
        """Raise KeyboardInterrupt if Ctrl+C came between two statements (where interrupting
        SQLite does nothing)."""
        if self._stopped.is_set():
            raise KeyboardInterrupt

    def start(self, conn: sqlite3.Connection) -> Tally:
        """The tally for the next re-indexing step; the first one reads the sizes of all
        (one total, so the percentage never goes back) and says the upgrade starts."""
        if self._state is None and self._told is not None:
            total = sum(step.size(conn) for step in self._pending)
            (articles,) = conn.execute("SELECT count(*) FROM articles").fetchone()
            self._state = Upgrade(int(articles), 0, total)
            self._tell()
        return self._tally

    def _tally(self, rows: int) -> None:
        self.check()
        if self._state is not None:
            done = min(self._state.done + rows, self._state.total)
            self._state = dataclasses.replace(self._state, done=done)
            self._tell()

    def finish(self) -> None:
        """Say the upgrade is committed (all done: rows skipped as damaged are not tallied)."""
        if self._state is not None:
            total = self._state.total
            self._state = dataclasses.replace(self._state, done=total, finished=True)
            self._tell()

    def _tell(self) -> None:
        if self._told is not None and self._state is not None and self._state.total:
            self._told(self._state)


@contextlib.contextmanager
def _ctrl_c_interrupts(conn: sqlite3.Connection) -> Iterator[threading.Event]:
    """While migrations run, Ctrl+C interrupts SQLite's statement, and the event says so.

    By default Ctrl+C raises KeyboardInterrupt where Python happens to be, and during a long
    migration that is mostly inside an SQL function of ours, which SQLite reports as "user-
    defined function raised exception": a stopped upgrade would look like a broken cache.
    Outside the main thread (where Ctrl+C never lands) nothing changes."""
    stopped = threading.Event()

    def interrupt(number: int, frame: object) -> None:
        stopped.set()
        conn.interrupt()  # the running statement ends with SQLITE_INTERRUPT

    try:
        previous = signal.signal(signal.SIGINT, interrupt)
    except ValueError:  # not the main thread
        yield stopped
        return
    try:
        yield stopped
    finally:
        signal.signal(signal.SIGINT, previous)


def migrate(
    conn: sqlite3.Connection,
    migrations: Sequence[Migration],
    upgrading: OnUpgrade | None = None,
) -> int:
    """Bring the database up to ``len(migrations)``; return how many migrations ran.

    The connection must be in autocommit mode (``isolation_level=None``). Raises whatever a
    migration raises (or ``upgrading`` raises: Ctrl+C), after rolling back; raises ``ValueError``
    if the database is newer. An up-to-date database is not written to (a full disk refuses
    even an empty write). ``upgrading`` hears how far the re-indexing steps are (:class:`Upgrade`).
    """
    if user_version(conn) == len(migrations):
        return 0
    conn.execute("BEGIN IMMEDIATE")
    with _ctrl_c_interrupts(conn) as stopped:
        try:
            current = user_version(conn)
            if current > len(migrations):
                raise ValueError(f"schema version {current} is newer than {len(migrations)}")
            tracker = _Tracker(migrations[current:], upgrading, stopped)
            for step in migrations[current:]:
                if isinstance(step, Reindexing):
                    step.step(conn, tracker.start(conn))
                else:
                    step(conn)
            tracker.check()
            # PRAGMA takes no parameters; the value is an int we computed.
            conn.execute(f"PRAGMA user_version = {len(migrations)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back already (on SQLITE_FULL)
                conn.execute("ROLLBACK")
            if stopped.is_set():
                raise KeyboardInterrupt from None
            raise
    tracker.finish()
    return len(migrations) - current


def _schema_rows(conn: sqlite3.Connection) -> frozenset[SchemaRow]:
    rows = conn.execute(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema"
        " WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return frozenset((str(t), str(n), str(tb), str(s)) for t, n, tb, s in rows)


@cache
def expected_schema(migrations: tuple[Migration, ...]) -> frozenset[SchemaRow]:
    """The schema objects (type, name, table, SQL) a database holds after ``migrations``."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    register_functions(conn)  # a migration may index what is stored through them
    try:
        migrate(conn, migrations)
        return _schema_rows(conn)
    finally:
        conn.close()


def check_schema(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> str | None:
    """None if the database holds exactly the schema of its recorded version, else what is
    wrong. Only versions this code knows can be checked (``version <= len(migrations)``)."""
    version = user_version(conn)
    expected = expected_schema(tuple(migrations[:version]))
    actual = _schema_rows(conn)
    if actual == expected:
        return None
    missing = sorted(name for _t, name, _tb, _s in expected - actual)
    extra = sorted(name for _t, name, _tb, _s in actual - expected)
    return (
        f"schema of version {version} does not match"
        f" (missing or changed: {missing}; unexpected: {extra})"
    )
