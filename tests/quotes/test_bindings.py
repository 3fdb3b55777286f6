"""No module of the package binds a module-level name twice.

A second ``NAME = ...`` further down a module silently replaces the first for every function
that reads it (they look names up when they run), so the rule written with the first binding
reads the second one's words. Round 331's first form did this (``_PLACING``), and a reading of
the whole change found seven older pairs: round 80's aside reach, round 130's opening words,
round 146's clause openers, the question words of the relative-clause reader, round 6's
classing reach, round 154's asking reach and round 242's placing participles had each been
shadowed by a later round's binding of the same name. An augmentation that reads the name it
rebinds (``TERM_NOUNS = TERM_NOUNS | ...``) is one binding grown, and allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "herald_tui"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _rebound(source: str) -> list[str]:
    """Module-level names bound more than once, augmentations of themselves aside."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            targets, value = [ast.Name(id=node.name)], None
        else:
            continue
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value else set()
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            if target.id in seen and target.id not in read:
                twice.append(target.id)
            seen.add(target.id)
    return twice


def test_the_check_sees_every_module() -> None:
    assert PACKAGE / "quotes" / "_attribute.py" in MODULES


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert _rebound(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_second_binding() -> None:
    assert _rebound("_SET = {1}\ndef f():\n    return _SET\n_SET = {2}\n") == ["_SET"]
    assert _rebound("NOUNS = {1}\nNOUNS = NOUNS | {2}\n") == []
