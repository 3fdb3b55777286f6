"""Patterns compiled on first use (:mod:`herald_tui.patterns`): the same answers as the
compiled pattern, and an offline start compiles almost none of the core's."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from herald_tui.patterns import lazy
from tests.test_startup_imports import OFFLINE_START

CASES = [
    (r"(?P<word>[^\W_]+)(-)?", 0, "Moon Jae-in met Kim_Jong-un"),
    (r"north[\W_]+korea", re.IGNORECASE, "NORTH  Korea and north-korea"),
    ("[\u200b\u200d\U000e0000-\U000e007f]", 0, "a\u200bb\u200dc\U000e0041"),
]


@pytest.mark.parametrize(("source", "flags", "text"), CASES)
def test_a_lazy_pattern_answers_as_the_compiled_one(source: str, flags: int, text: str) -> None:
    pattern, compiled = lazy(source, flags), re.compile(source, flags)
    for name in ("pattern", "flags", "groups", "groupindex"):
        assert getattr(pattern, name) == getattr(compiled, name)
    assert pattern.findall(text) == compiled.findall(text)
    assert pattern.sub("_", text) == compiled.sub("_", text)
    assert pattern.split(text) == compiled.split(text)
    found, expected = pattern.search(text, 1), compiled.search(text, 1)
    assert (found and found.span(), found and found.re) == (expected and expected.span(), compiled)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert pattern.fullmatch(text) == compiled.fullmatch(text) is None


def test_a_bytes_pattern_too() -> None:
    pattern = lazy(rb"%([0-9A-Fa-f]{2})")
    assert pattern.sub(lambda m: bytes([int(m[1], 16)]), b"a%20b%zz") == b"a b%zz"


def test_a_method_read_once_is_kept() -> None:
    """After the first use a call costs what it costs on the compiled pattern: the bound
    method itself is kept, not looked up again."""
    pattern = lazy(r"\d+")
    assert pattern.search("a1") is not None
    assert pattern.search is pattern.search


def test_a_bad_pattern_fails_at_first_use_with_re_error() -> None:
    pattern = lazy("(unclosed")
    with pytest.raises(re.error):
        pattern.search("x")


COMPILED = """
from herald_tui.patterns import _Lazy
compiled = sorted(
    f"{name}.{attr}"
    for name, module in list(sys.modules.items()) if name.startswith("herald_tui")
    for attr, value in vars(module).items()
    if isinstance(value, _Lazy) and any(not key.startswith("_") for key in vars(value))
)
print(",".join(compiled))
"""


def test_an_offline_start_compiles_no_url_query_name_or_settings_pattern() -> None:
    """Those of the text hygiene it uses (a check that most text is clean) and none of the
    URL parser's, the search query's, the names', the settings' or the cache's: about 10% of
    the core's import work when they were compiled at import (docs/PERFORMANCE.md)."""
    out = subprocess.run(
        [sys.executable, "-c", "import sys\n" + OFFLINE_START + COMPILED],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    compiled = [name for name in out.stdout.strip().split(",") if name]
    assert set(compiled) <= {"herald_tui.text._SUSPECT", "herald_tui.text._CONTROLS"}
