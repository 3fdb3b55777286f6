"""Schema versions: apply migrations in one transaction, check a database's schema is sane.

The version is ``PRAGMA user_version``: the number of migrations applied. All pending
migrations and the version bump run in a single ``BEGIN IMMEDIATE`` transaction, so a
database is either fully migrated or left exactly as it was (a failing migration rolls back
everything, version included). Another process migrating at the same moment is harmless: the
version is read again inside the transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from functools import cache

from herald_tui.cache.migrations import Migration

__all__ = ["check_schema", "expected_schema", "migrate", "register_functions", "user_version"]

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


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> int:
    """Bring the database up to ``len(migrations)``; return how many migrations ran.

    The connection must be in autocommit mode (``isolation_level=None``). Raises whatever a
    migration raises, after rolling back; raises ``ValueError`` if the database is newer.
    An up-to-date database is not written to (a full disk refuses even an empty write).
    """
    if user_version(conn) == len(migrations):
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = user_version(conn)
        if current > len(migrations):
            raise ValueError(f"schema version {current} is newer than {len(migrations)}")
        for step in migrations[current:]:
            step(conn)
        # PRAGMA takes no parameters; the value is an int we computed.
        conn.execute(f"PRAGMA user_version = {len(migrations)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (e.g. on SQLITE_FULL)
            conn.execute("ROLLBACK")
        raise
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
