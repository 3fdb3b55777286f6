"""A cache written by someone else: every command sanitises what it prints, whatever the
cache holds. Row checksums detect damage, not forgery (anyone who can write the file can
compute them), so text read back from the cache is cleaned again at every output."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from herald_tui.cache import Store
from herald_tui.cache.codec import seal_json, unseal_json
from herald_tui.cache.schema import register_functions
from herald_tui.cli import main
from tests.services.conftest import LEAD

PAYLOAD = "\x1b]52;c;aGk=\x07\x1b[2J\x9b31m\u202e\x07\x08"
# What must never reach the terminal: C0 controls but newline and tab, DEL, C1, bidi controls.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
TEXT_FIELDS = {"title", "headline", "subheadline", "byline", "summary", "caption", "section"}


def _poison(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _poison(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, key) for v in value]
    if isinstance(value, str) and (key in TEXT_FIELDS or key == "paragraphs"):
        return f"{PAYLOAD}{value}{PAYLOAD}"
    return value


def _forge(database: Path, table: str, key_columns: str) -> int:
    """Rewrite every row of ``table`` with escapes in its text, with valid checksums: what a
    hostile local writer (or another program sharing the directory) could do."""
    conn = sqlite3.connect(database, isolation_level=None)
    register_functions(conn)
    rows = conn.execute(f"SELECT * FROM {table}").fetchall()
    names = [d[0] for d in conn.execute(f"SELECT * FROM {table}").description]
    for row in rows:
        record = dict(zip(names, row, strict=True))
        text = unseal_json(record["data"], record["checksum"])
        assert text is not None
        record["data"], record["checksum"] = seal_json(
            json.dumps(_poison(json.loads(text)), ensure_ascii=False), compress=False
        )
        where = " AND ".join(f"{c} = ?" for c in key_columns.split(","))
        conn.execute(
            f"DELETE FROM {table} WHERE {where}", [record[c] for c in key_columns.split(",")]
        )
        conn.execute(
            f"INSERT INTO {table} ({', '.join(record)}) VALUES ({', '.join('?' * len(record))})",
            list(record.values()),
        )
    conn.close()
    return len(rows)


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


@pytest.fixture(scope="module")
def forged(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("forged")
    dirs = ["--cache-dir", str(root / "cache"), "--data-dir", str(root / "data")]
    assert main(["--demo", *dirs, "read", LEAD]) == 0
    assert main(["--demo", *dirs, "headlines", "--source", "yonhap"]) == 0
    with Store.open(root / "cache", root / "data") as store:
        lead = store.get_article(LEAD)
        assert lead is not None
        store.set_saved(lead, True)
    assert _forge(next((root / "data").glob("*.sqlite3")), "saved", "url") == 1
    cache = next((root / "cache").glob("*.sqlite3"))
    assert _forge(cache, "articles", "url") == 1
    assert _forge(cache, "headlines", "section_key,url") > 1
    assert _forge(cache, "listed", "url") > 1  # what search finds of the listed headlines
    return dirs


@pytest.mark.parametrize(
    "args",
    [
        ["read", LEAD],
        ["read", LEAD, "--format", "markdown"],
        ["read", LEAD, "--format", "json"],
        ["headlines", "--source", "yonhap"],
        ["headlines", "--source", "yonhap", "--json"],
        ["search", "missiles"],
        ["search", "missiles", "--json"],
        ["saved"],
        ["saved", "--format", "markdown"],
        ["saved", "--format", "json"],
    ],
    ids=" ".join,
)
def test_forged_cache_rows_never_put_escapes_on_the_terminal(
    forged: list[str], capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code = main(["--offline", *forged, *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "]52;c;aGk=" in out  # the forged text is there, only its controls are gone
    assert not FORBIDDEN.search(out) and not FORBIDDEN.search(err)
    if "--json" in args or "json" in args:
        lines = [out] if "read" in args else out.splitlines()
        for line in lines:
            # search --json marks matches in snippets with STX/ETX (escaped in JSON, and
            # documented); nothing else may hold a control character.
            values = [s.replace("\x02", "").replace("\x03", "") for s in _strings(json.loads(line))]
            assert not any(FORBIDDEN.search(s) for s in values)
