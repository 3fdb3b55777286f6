"""Count the entries of CPython's table of interned strings at the start's first frame.

``python -m benchmarks.count_interned [--runs 3]`` starts ``herald-tui --offline`` on
:mod:`benchmarks.bench_startup`'s 100k cache in a pseudo-terminal (120x40), stops it when the
first headline is on screen (as the benchmark times it), reads the table from the
process's memory (``/proc/PID/mem``): nothing is added to the process measured.

The table (``interned`` in ``Objects/unicodeobject.c``, a dict) holds every identifier of
the code loaded, and grows from 2^15 to 2^16 slots (0.41 to 0.94 MiB) when its 21,845th
entry is added (two thirds of the slots; a string freed leaves its entry used until the
next growth): that one allocation can decide the start's peak RSS (docs/PERFORMANCE.md,
issue 12, round 6). The symbol's address comes from ``nm`` on the library (or program)
that holds it; the layout read is CPython 3.11's ``PyDictObject`` and ``PyDictKeysObject``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bench_startup import prepared, run_until

SYMBOL = "interned"


@dataclass(frozen=True)
class Table:
    """The interned-string dict of one process."""

    strings: int  # ma_used: live entries
    entries: int  # dk_nentries: live and freed entries, counted against the slots
    slots: int  # 2**dk_log2_size
    left: int  # dk_usable: entries that can still be added before the table grows


def _mapped_files(pid: int) -> dict[str, int]:
    """Each file mapped in ``pid`` from its start, and its base address."""
    files: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        fields = line.split()
        if len(fields) == 6 and fields[2] == "00000000" and fields[5].startswith("/"):
            files.setdefault(fields[5], int(fields[0].split("-")[0], 16))
    return files


def _symbol_offset(path: str) -> int | None:
    out = subprocess.run(["nm", path], capture_output=True, text=True, check=False).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == SYMBOL and parts[1] in "bBdD":
            return int(parts[0], 16)
    return None


def read_table(pid: int) -> Table:
    """The interned-string table of the process ``pid`` (Textual's SIGCONT handler would
    redraw and keep it from quitting: not stopped to read it, it is idle at its first
    frame)."""
    files = _mapped_files(pid)
    # libpython first: the symbol is there when Python is built shared
    for path in sorted(files, key=lambda p: "libpython" not in p):
        offset = _symbol_offset(path)
        if offset is not None:
            break
    else:
        raise RuntimeError(f"no symbol {SYMBOL!r} in the files mapped (stripped Python?)")
    with open(f"/proc/{pid}/mem", "rb") as mem:

        def word(address: int, size: int = 8) -> int:
            mem.seek(address)
            return int.from_bytes(mem.read(size), "little")

        table = word(files[path] + offset)
        keys = word(table + 32)  # PyObject_HEAD, ma_used, ma_version_tag, then ma_keys
        return Table(
            strings=word(table + 16),
            entries=word(keys + 24),
            slots=1 << word(keys + 8, 1),
            left=word(keys + 16),
        )


def main() -> None:
    """Count the table at the first frame of a few starts and print each."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.count_interned")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("reads CPython 3.11's dict layout")
    arguments, first = prepared()
    app = [sys.executable, "-m", "herald_tui", *arguments]
    tables: list[Table] = []
    for _ in range(args.runs):
        _ms, peak = run_until(app, first[:16], at_marker=lambda pid: tables.append(read_table(pid)))
        t = tables[-1]
        print(
            f"{t.strings:6,} strings, {t.entries:6,} entries of {t.slots * 2 // 3:,} "
            f"({t.slots:,} slots): {t.left:,} left before it grows; "
            f"peak RSS {(peak or 0) / 1024:.1f} MiB"
        )


if __name__ == "__main__":
    main()
