"""docs/SECURITY.md cannot rot: every test it names exists, every section names its proof, and
no project file points outside the repository."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "SECURITY.md"
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")
TODO = "TODO-lead"


def _sections() -> dict[str, str]:
    parts = re.split(r"^## (.+)$", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test")
    }


def _references() -> list[tuple[str, str]]:
    return REFERENCE.findall(DOC.read_text(encoding="utf-8"))


def test_the_document_names_tests() -> None:
    assert len(_references()) > 50


@pytest.mark.parametrize(("path", "name"), _references(), ids="::".join)
def test_every_cited_test_exists(path: str, name: str) -> None:
    file = ROOT / path
    assert file.is_file(), f"{path} does not exist"
    assert name in _test_names(file), f"{path} has no test {name}"


def test_every_guarantee_names_its_proof() -> None:
    for title, body in _sections().items():
        if title == "Contents":
            continue
        assert "**Guarantee.**" in body, title
        tests = body.split("**Tests.**", 1)[1] if "**Tests.**" in body else ""
        assert REFERENCE.search(tests) or TODO in tests, f"{title}: no test and no {TODO}"


def test_the_contents_link_every_section() -> None:
    sections = _sections()
    contents = sections.pop("Contents")
    for title in sections:
        anchor = re.sub(r"[^a-z0-9 -]", "", title.lower()).replace(" ", "-")
        assert f"]({'#' + anchor})" in contents, title


def test_no_project_file_cites_a_path_outside_the_repository() -> None:
    outside = re.compile("|".join(re.escape(p) for p in ("/work" + "/", "shared" + "/reference")))
    files = [ROOT / "README.md", *ROOT.glob("*.md"), *ROOT.glob(".ci/*")]
    for folder in ("herald_tui", "tests", "docs", "benchmarks"):
        files += [p for p in (ROOT / folder).rglob("*") if p.suffix in {".py", ".md", ".toml"}]
    found = [
        str(path.relative_to(ROOT))
        for path in set(files)
        if path.is_file() and outside.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert sorted(found) == []


def test_code_cites_the_security_document_by_section() -> None:
    """Citations name the document, a comma, then quoted section titles; each must exist."""
    sections = set(_sections())
    citation = re.compile(r'docs/SECURITY\.md,((?:\s*(?:#\s*)?(?:,|and)?\s*"[^"]+")+)')
    old = "hardening" + " item"  # the citations this document replaced
    seen = 0
    for path in [*(ROOT / "herald_tui").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert old not in text, path
        for names in citation.findall(text):
            for title in re.findall(r'"([^"]+)"', names):
                seen += 1
                assert title in sections, f"{path}: no section {title!r}"
    assert seen >= 14
