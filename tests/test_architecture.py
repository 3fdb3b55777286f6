"""The headless core stays headless: fetchers and cache never import Textual."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.imports import modules_loaded_by

PROBE = """
import importlib, pkgutil, sys
root = importlib.import_module(sys.argv[1])
# Import every submodule too, so a late import of Textual is caught.
for info in pkgutil.walk_packages(getattr(root, "__path__", []), root.__name__ + "."):
    importlib.import_module(info.name)
ui = [n for n in sys.modules if n.split(".")[0] in ("textual", "rich")]
print(",".join(sorted(ui)))
"""


@pytest.mark.parametrize(
    "module",
    ["herald_tui.fetchers", "herald_tui.cache", "herald_tui.model", "herald_tui.cli"],
)
def test_core_imports_without_textual(module: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, module], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_registering_every_command_stays_cheap() -> None:
    """The CLI builds the full parser on every run, even for --version: command modules
    must import their machinery when they run, not when they register."""
    code = "from herald_tui.cli import build_parser\nbuild_parser()"
    heavy = ("herald_tui.services", "herald_tui.cache", "sqlite3", "httpx", "asyncio")
    assert modules_loaded_by(code, (*heavy, "selectolax", "textual")) == []
