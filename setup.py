"""Builds herald-tui; with ``HERALD_TUI_COMPILE=1`` set, compiles the quotation extractor.

Everything else about the package is in ``pyproject.toml``. The extractor
(``herald_tui/quotes``) is pure Python and complete as it is: every install runs it, and the
tests test it. Compiled by mypyc, the same source runs the same rules in under half the CPU
time (``docs/PERFORMANCE.md``, "A compiled build"); ``.ci/run`` builds that wheel and checks
it gives what the source gives. A compiled build needs a C compiler and Python's headers;
``build_backend/herald_build.py`` adds mypy (which ships mypyc) to the build's requirements.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import Extension, setup

COMPILE = "HERALD_TUI_COMPILE"
# The extractor's modules; ``people.py`` is the People view's index, not the extractor.
_EXTRACTOR = sorted(
    str(path) for path in Path("herald_tui/quotes").glob("*.py") if path.name != "people.py"
)


def _extensions() -> list[Extension]:
    """The extractor compiled, when asked for; otherwise nothing (a pure-Python wheel)."""
    if os.environ.get(COMPILE) != "1":
        return []
    from mypyc.build import mypycify

    return mypycify(_EXTRACTOR, opt_level="3")


setup(ext_modules=_extensions())
