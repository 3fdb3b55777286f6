"""Files that are not regular files (a FIFO, a device) are refused at once, never read
without bound or waited on: the page given to ``read --html``, the cache and data files, the
config file. Each command runs in a subprocess with a timeout, so a hang fails the test
instead of stopping the suite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.services.conftest import LEAD

GUARD = 30  # seconds: only a hang gets anywhere near this


def herald(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The CLI in a subprocess, with an empty config file of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HERALD_TUI_")}
    (cwd / "none.toml").write_text("")
    return subprocess.run(
        [sys.executable, "-m", "herald_tui", *args],
        capture_output=True,
        text=True,
        timeout=GUARD,
        cwd=cwd,
        env={**env, "HERALD_TUI_CONFIG": str(cwd / "none.toml")},
        check=False,
    )


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    os.mkfifo(path)
    return path


def _dirs(tmp_path: Path) -> list[str]:
    return ["--cache-dir", str(tmp_path / "cache"), "--data-dir", str(tmp_path / "data")]


@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "directory"])
def test_read_html_refuses_what_is_not_a_regular_file(
    tmp_path: Path, fifo: Path, special: str
) -> None:
    path = {"fifo": str(fifo), "directory": str(tmp_path)}.get(special, special)
    result = herald("read", LEAD, "--html", path, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"herald-tui: error: cannot read {path}: not a regular file\n"


def test_read_html_refuses_a_page_over_the_size_cap(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as f:
        f.truncate(64 * 1024 * 1024)  # sparse: costs no disk
    result = herald("read", LEAD, "--html", str(big), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith(f"herald-tui: error: cannot read {big}: larger than ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("name", ["cache.sqlite3", "user.sqlite3", "cache.sqlite3-wal"])
@pytest.mark.parametrize(
    "command", [["cache", "info"], ["--offline", "headlines"], ["search", "x"], ["--demo", "sync"]]
)
def test_a_fifo_in_place_of_a_database_file_is_refused(
    tmp_path: Path, name: str, command: list[str]
) -> None:
    for folder in ("cache", "data"):  # both exist: `search` reports a missing one first
        (tmp_path / folder).mkdir()
    directory = tmp_path / ("data" if name.startswith("user") else "cache")
    os.mkfifo(directory / name)
    global_options = [c for c in command if c.startswith("--")]
    rest = [c for c in command if not c.startswith("--")]
    result = herald(*global_options, *_dirs(tmp_path), *rest, cwd=tmp_path)
    assert result.returncode != 0
    assert f"{directory / name} is not a regular file" in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert (directory / name).is_fifo()  # refused, not moved aside or replaced


def test_a_fifo_as_the_config_file_is_refused(tmp_path: Path, fifo: Path) -> None:
    result = herald("--config", str(fifo), "sources", cwd=tmp_path)
    assert result.returncode == 78
    assert result.stderr == f"herald-tui: error: {fifo}: cannot read: not a regular file\n"
