"""The layers stay apart: fetchers and cache never import Textual, only the command line
knows its arguments, and no module imports one that imports it back."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from tests.import_graph import cycles, import_graph, importers_of, modules, product_modules
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
    """The CLI builds the full parser on every run but a bare --version: command modules
    must import their machinery when they run, not when they register."""
    code = "from herald_tui.cli import build_parser\nbuild_parser()"
    heavy = ("herald_tui.services", "herald_tui.cache", "sqlite3", "httpx", "asyncio")
    assert modules_loaded_by(code, (*heavy, "selectolax", "textual")) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_the_imports_the_package_has() -> None:
    """The reader imports the library protocol at module level; the command line imports the
    app only when it starts it."""
    eager, every = import_graph(deferred=False), import_graph(deferred=True)
    assert "herald_tui.library" in eager["herald_tui.tui.screens.reader"]
    assert "herald_tui.tui" not in eager["herald_tui.cli"]
    assert "herald_tui.tui" in every["herald_tui.cli"]


def test_no_import_cycle_when_modules_load() -> None:
    assert cycles(import_graph(deferred=False)) == []


def test_no_import_cycle_at_all() -> None:
    """Counting imports inside functions and for type checking too: a module that imports
    another lazily still depends on it, and two modules depending on each other are one."""
    assert cycles(import_graph(deferred=True)) == []


def test_only_the_command_line_knows_its_arguments() -> None:
    """cli turns arguments into plain values; the core and the app never import it (not even
    for types), so they can be built without argparse."""
    graph = import_graph(deferred=True)
    allowed = {"herald_tui.__main__", "herald_tui.commands"}
    importers = importers_of(graph, "herald_tui.cli")
    assert {m for m in importers if not m.startswith(tuple(allowed))} == set()


def test_the_store_does_not_import_the_service_it_serves() -> None:
    graph = import_graph(deferred=True)
    cache = {m for m in graph if m.startswith("herald_tui.cache")}
    uses = {t for m in cache for t in graph[m]}
    assert uses.isdisjoint({"herald_tui.library", "herald_tui.services"})


def test_the_package_never_imports_tests_or_benchmarks() -> None:
    """Test-only code (the fault server, hostile pages) lives under tests/; the product never
    reaches for it, not even lazily."""
    found = []
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and not node.level:
                targets = [node.module or ""]
            found += [(name, t) for t in targets if t.split(".")[0] in ("tests", "benchmarks")]
    assert found == []


def test_every_module_of_the_package_is_used_by_the_product() -> None:
    """A module only tests use belongs under tests/ (or nowhere)."""
    reached = product_modules()
    # The finder follows a plugin's ``pages`` and the CLI's command modules, named in strings.
    assert {"herald_tui.fetchers.yonhap_pages", "herald_tui.commands.doctor"} <= reached
    assert set(modules()) - reached == set()
