"""The preferences file: remembered, and never a crash when it is missing, corrupt or
unwritable."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from herald_tui.tui.prefs import Preferences, load_preferences, save_preferences


def test_preferences_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "new" / "dir" / "tui.json"
    assert save_preferences(path, Preferences(theme="nord")) is None
    assert load_preferences(path) == (Preferences(theme="nord"), None)
    assert [p.name for p in path.parent.iterdir()] == ["tui.json"]  # no temporary left


def test_a_missing_file_gives_defaults_quietly(tmp_path: Path) -> None:
    assert load_preferences(tmp_path / "tui.json") == (Preferences(), None)


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00", b"[1, 2]", b'{"theme": 42}', b""],
    ids=["broken", "binary", "list", "wrong-type", "empty"],
)
def test_a_corrupt_file_is_ignored_with_a_notice(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "tui.json"
    path.write_bytes(content)
    preferences, notice = load_preferences(path)
    assert preferences == Preferences()
    if content == b"[1, 2]":
        assert notice is None  # valid JSON, nothing of ours in it: defaults
    else:
        assert notice is not None and str(path) in notice and "\n" not in notice


def test_a_file_that_cannot_be_written_gives_a_notice(tmp_path: Path) -> None:
    # A directory where the file should be: fails for root too (unlike permissions).
    (tmp_path / "tui.json").mkdir()
    assert save_preferences(tmp_path / "tui.json", Preferences(theme="nord"))
    preferences, notice = load_preferences(tmp_path / "tui.json")
    assert preferences == Preferences() and notice


@pytest.mark.parametrize("kind", ["fifo", "directory"])
def test_a_special_file_is_ignored_not_waited_on(tmp_path: Path, kind: str) -> None:
    """docs/SECURITY.md, "Special files": a FIFO would block the app's start for ever. The
    load runs in a daemon thread so that a hang fails the test instead of the suite."""
    path = tmp_path / "tui.json"
    os.mkfifo(path) if kind == "fifo" else path.mkdir()
    result: list[tuple[Preferences, str | None]] = []
    worker = threading.Thread(target=lambda: result.append(load_preferences(path)), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert result, "load_preferences blocked on a special file"
    assert result[0] == (
        Preferences(),
        f"{path}: ignored (not a regular file); using the default theme.",
    )
