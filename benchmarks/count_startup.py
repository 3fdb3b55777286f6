"""Count the instructions of the start measured by :mod:`benchmarks.bench_startup`.

``python -m benchmarks.count_startup [--minimal]`` starts ``herald-tui --offline`` on the
benchmark's 100k cache in a pseudo-terminal (120x40) under valgrind's callgrind, and counts
the instructions up to the moment the first headline is written to the terminal (as the
benchmark times it), split at three points: imports done, the app started (command line,
settings and library done), the reader's screen composed and mounted. ``--minimal`` counts
the minimal Textual app to its first painted item instead (one split: its imports).

Instructions, unlike times, do not change with the load of a shared machine: this is the
figure to compare two versions by (docs/PERFORMANCE.md, start-up round 4). Needs valgrind.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

_MARK = os.getppid  # a C call callgrind can cut its counts before (--dump-before)
DONE = "COUNTED"
MINIMAL_APP = Path(__file__).parent / "minimal_app.py"


def _child(marker: str, argv: list[str]) -> None:
    """(In the pty, under callgrind.) Start the app or the minimal app; mark the phases;
    exit as soon as ``marker`` has been written to the terminal (in one piece: a title is
    written as one run of text). Nothing of the benchmarks is imported here: only what is
    counted."""
    from textual.drivers.linux_driver import LinuxDriver

    written: list[str] = []
    write = LinuxDriver.write

    def watched(self: LinuxDriver, data: str) -> None:
        write(self, data)
        written.append(data)
        if marker in data or marker in "".join(written[-2:]):
            _MARK()
            os.write(1, f"{DONE}\r\n".encode())
            os._exit(0)

    LinuxDriver.write = watched  # type: ignore[method-assign]
    if not argv:
        import runpy

        _MARK()
        runpy.run_path(str(MINIMAL_APP), run_name="__main__")
        return
    from textual.screen import Screen

    from herald_tui import cli
    from herald_tui.tui.app import HeraldApp

    _MARK()
    run, resume = HeraldApp.run, Screen._on_screen_resume

    def marked_run(self: HeraldApp, *args: object, **kwargs: object) -> object:
        _MARK()
        return run(self, *args, **kwargs)  # type: ignore[arg-type]

    def marked_resume(self: Screen[object], *args: object) -> object:
        _MARK()
        return resume(self, *args)  # type: ignore[arg-type]

    HeraldApp.run = marked_run  # type: ignore[method-assign,assignment]
    Screen._on_screen_resume = marked_resume  # type: ignore[method-assign,assignment]
    cli.main(argv)


def _totals(out: Path) -> list[int]:
    parts = sorted(out.parent.glob(out.name + ".*"), key=lambda p: int(p.suffix[1:]))
    found = []
    for part in parts:
        text = part.read_text(errors="replace")
        total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
        found.append(int(total.group(1)) if total else 0)
    return found


def main() -> None:
    """Count one start and print its instructions by phase."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.count_startup")
    parser.add_argument("--minimal", action="store_true", help="the minimal Textual app")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.child is not None:
        _child(args.child, rest)
        return
    from benchmarks.bench_startup import prepared, run_until

    app, first = prepared()
    if args.minimal:
        marker, app, names = "Headline 001", [], ["start, imports", "run to the first frame"]
    else:
        marker = first[:16]
        names = ["imports", "command line, settings, library", "app start to composed",
                 "composed to the first painted list"]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        valgrind = ["valgrind", "--tool=callgrind", "--dump-before=getppid",
                    f"--callgrind-out-file={out}"]  # fmt: skip
        child = [sys.executable, "-m", "benchmarks.count_startup", "--child", marker, *app]
        run_until([*valgrind, *child], DONE, timeout=600)
        totals = _totals(out)
    # One dump per mark and one at the exit: another mark (a second screen shown at the
    # start, say) would shift every phase.
    if len(totals) != len(names) + 1:
        found = f"{len(totals)} counts for {len(names)} phases and the exit"
        print(f"warning: {found}", file=sys.stderr)
    for name, total in zip(names, totals, strict=False):
        print(f"{total / 1e6:10.1f} M instructions: {name}")
    print(f"{sum(totals[: len(names)]) / 1e6:10.1f} M instructions in all")


if __name__ == "__main__":
    main()
