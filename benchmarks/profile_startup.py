"""Profile the start measured by :mod:`benchmarks.bench_startup`: where the time goes.

``python -m benchmarks.profile_startup [--sort cumulative] [--lines 40] [--imports] [--phases]``
starts ``herald-tui --offline`` on the benchmark's 100k cache in a pseudo-terminal (120x40),
under cProfile, and ends the app as soon as its first frame is on screen (the ``on_ready`` that
also restarts the garbage collector). It prints the top of the profile and, with
``--imports``, every module imported by then that the minimal Textual app does not import;
with ``--phases``, the calls made up to each of a few points of the start.
The cache is the benchmark's (built on the first run of either, then reused), and
herald-tui's bytecode is compiled first, as the benchmark does.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_startup import prepared, run_until


def _child(out: Path, argv: list[str]) -> None:
    """(In the pty.) Run the app under cProfile, imports included; quit once the first
    frame is painted. The calls made by then are counted at a few points too (phases)."""
    profile = cProfile.Profile()
    profile.enable()
    from textual.screen import Screen

    from herald_tui import cli
    from herald_tui.tui.app import HeraldApp

    phases: list[tuple[str, int]] = []

    def mark(name: str) -> None:
        profile.disable()
        profile.create_stats()
        phases.append((name, sum(s[1] for s in profile.stats.values())))
        profile.enable()

    def marking(cls: type, method: str, before: str, after: str) -> None:
        wrapped = getattr(cls, method)

        def marked(self: object, *args: object) -> object:
            mark(before)
            try:
                return wrapped(self, *args)
            finally:
                mark(after)

        setattr(cls, method, marked)

    mark("imported")
    marking(HeraldApp, "run", "command line, settings, library", "app ended")
    marking(Screen, "_on_screen_resume", "screen composed and mounted", "styled, laid out")
    ready = HeraldApp.on_ready

    def on_ready(self: HeraldApp) -> None:
        ready(self)
        mark("first frame")
        profile.disable()
        modules = sorted(sys.modules)
        (out / "modules.json").write_text(json.dumps(modules))
        (out / "phases.json").write_text(json.dumps(phases))
        self.exit()

    HeraldApp.on_ready = on_ready  # type: ignore[method-assign]
    cli.main(argv)
    profile.dump_stats(out / "profile.out")
    print("PROFILED", flush=True)


def _minimal_modules() -> set[str]:
    code = "import sys, benchmarks.minimal_app as m; print('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return set(done.stdout.split())


def main() -> None:
    """Profile one start and print where its time went."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_startup")
    parser.add_argument("--sort", default="cumulative", help="pstats sort key")
    parser.add_argument("--lines", type=int, default=40, help="profile lines to print")
    parser.add_argument("--imports", action="store_true", help="list the extra modules")
    parser.add_argument("--filter", action="append", default=[], help="regex: only these lines")
    parser.add_argument("--phases", action="store_true", help="calls made in each phase")
    parser.add_argument("--save", type=Path, help="keep the profile in this file")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.child is not None:
        _child(args.child, rest)
        return
    app, _first = prepared()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        run_until([sys.executable, "-m", "benchmarks.profile_startup", "--child", tmp, *app],
                  "PROFILED")  # fmt: skip
        stats = pstats.Stats(str(out / "profile.out")).sort_stats(args.sort)
        if args.phases:
            before = 0
            for name, total in json.loads((out / "phases.json").read_text()):
                print(f"{total - before:>10,} calls to: {name}")
                before = total
        stats.print_stats(*args.filter, args.lines)
        if args.save:
            stats.dump_stats(args.save)
        if args.imports:
            extra = set(json.loads((out / "modules.json").read_text())) - _minimal_modules()
            print(f"{len(extra)} modules more than the minimal app:")
            print("\n".join(sorted(extra)))


if __name__ == "__main__":
    main()
