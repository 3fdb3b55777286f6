"""The import graph of herald_tui, read from the source (nothing is imported)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import herald_tui

ROOT = Path(herald_tui.__file__).parent

Graph = dict[str, set[str]]


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def import_graph(*, deferred: bool) -> Graph:
    """Module -> the package modules it imports. Module-level imports only, unless
    ``deferred``: then also those inside functions and ``if TYPE_CHECKING:`` blocks.

    ``from package import name`` counts as importing ``package.name`` when that is a module,
    else ``package``. Importing ``a.b`` is not counted as importing ``a`` (a package's
    ``__init__`` that imports its own modules is not a cycle)."""
    known = modules()
    graph: Graph = {}
    for name, path in known.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        nodes = ast.walk(tree) if deferred else _top_level(tree.body)
        targets = {t for node in nodes for t in _targets(node, package, known)}
        graph[name] = targets - {name}
    return graph


def _top_level(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Import statements run when the module is imported (not under TYPE_CHECKING)."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        elif isinstance(node, ast.If | ast.Try | ast.With):
            for block in ("body", "orelse", "finalbody"):
                yield from _top_level(getattr(node, block, []))
            for handler in getattr(node, "handlers", []):
                yield from _top_level(handler.body)


def _targets(node: ast.AST, package: str, known: dict[str, Path]) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names if alias.name in known)
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parts = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*parts, *([node.module] if node.module else [])])
        for alias in node.names:
            full = f"{base}.{alias.name}"
            if full in known:
                yield full
            elif base in known:
                yield base


def cycles(graph: Graph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def importers_of(graph: Graph, target: str) -> set[str]:
    """Modules that import ``target`` or a module inside it."""
    return {
        name
        for name, targets in graph.items()
        if any(t == target or t.startswith(target + ".") for t in targets)
    }


def product_modules() -> set[str]:
    """The package modules the product can load: those reached from its command and its
    plugin entry points (``pyproject.toml``) through imports (deferred ones too), module
    names written in strings (a plugin's ``pages``) and f-strings that start with a package's
    name (the command line's ``f"herald_tui.commands.{name}"``: any module of that package)."""
    import tomllib

    known = modules()
    project = tomllib.loads((ROOT.parent / "pyproject.toml").read_text("utf-8"))["project"]
    entries = [*project["scripts"].values()]
    entries += [e for group in project["entry-points"].values() for e in group.values()]
    graph = import_graph(deferred=True)
    reached: set[str] = set()
    pending = [entry.split(":")[0] for entry in entries] + ["herald_tui.__main__"]  # -m
    while pending:
        name = pending.pop()
        if name in reached or name not in known:
            continue
        reached.add(name)
        parts = name.split(".")
        pending += [".".join(parts[:i]) for i in range(1, len(parts))]  # its packages load
        pending += graph[name] | _named(known[name], known)
    return reached


def _named(path: Path, known: dict[str, Path]) -> set[str]:
    """Modules ``path`` names in a string, or under a package an f-string starts with."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found |= {node.value} & known.keys()
        elif isinstance(node, ast.JoinedStr) and node.values:
            first = node.values[0]
            if isinstance(first, ast.Constant) and str(first.value).endswith("."):
                prefix = str(first.value)
                found |= {m for m in known if m.startswith(prefix) and prefix[:-1] in known}
    return found
