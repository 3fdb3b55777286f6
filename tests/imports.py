"""Which modules a piece of code imports, seen from a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

_REPORT = """
import sys
prefixes = tuple(sys.argv[1:])
loaded = (m for m in sys.modules if m in prefixes or m.startswith(tuple(p + "." for p in prefixes)))
print(",".join(sorted(loaded)))
"""


def modules_loaded_by(code: str, prefixes: tuple[str, ...]) -> list[str]:
    """Run ``code`` in a new Python process; return the loaded modules that are, or are inside,
    one of ``prefixes`` (``"textual"`` matches ``textual`` and ``textual.app``). Fails the
    test if the code raises."""
    out = subprocess.run(
        [sys.executable, "-c", code + "\n" + _REPORT, *prefixes],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    return [name for name in out.stdout.strip().split(",") if name]
