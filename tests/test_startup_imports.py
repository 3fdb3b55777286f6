"""What a start imports: only what it needs (the start-up figures in docs/PERFORMANCE.md).

Behaviour, not timing: each test runs a fresh interpreter and looks at ``sys.modules``."""

from __future__ import annotations

import subprocess
import sys

from herald_tui.cli import VERSION
from tests.imports import modules_loaded_by

QUIET_VERSION = """
import contextlib, io
from herald_tui.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    try:
        status = main(["--version"])
    except SystemExit as exit:  # argparse's way of answering
        status = exit.code
assert status == 0, status
assert out.getvalue() == VERSION + "\\n", out.getvalue()
""".replace("VERSION", repr(VERSION))


def test_version_imports_nothing_of_the_package_but_the_command_line() -> None:
    """No command module, no settings (tomllib), no cache, network or app."""
    heavy = ("herald_tui", "tomllib", "dataclasses", "sqlite3", "httpx", "textual")
    assert modules_loaded_by(QUIET_VERSION, heavy) == ["herald_tui", "herald_tui.cli"]


def test_version_among_other_options_is_still_answered() -> None:
    """Only a bare --version takes the short way; with other words argparse answers it."""
    out = subprocess.run(
        [sys.executable, "-m", "herald_tui", "--offline", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (out.returncode, out.stdout) == (0, VERSION + "\n")
