"""Where the memory of the start measured by :mod:`benchmarks.bench_startup` goes.

``python -m benchmarks.profile_memory [--trace] [--lines 25]`` starts ``herald-tui --offline``
on the benchmark's 100k cache in a pseudo-terminal (120x40) and ends it at its first frame
(the app's ``on_ready``). It prints the process's ``VmRSS``/``VmHWM`` and SQLite's own
allocations (``sqlite3_memory_used``/``highwater``, read through ctypes from the shared
library the ``sqlite3`` module uses) at a few points of the start. With ``--trace`` it also
runs tracemalloc from the first line and prints the Python allocations live at the first
frame grouped by package and by file (tracemalloc's own overhead then inflates the RSS
figures: read those from a run without it).
"""

from __future__ import annotations

import argparse
import compileall
import ctypes
import ctypes.util
import json
import re
import sys
import tempfile
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.bench_startup import DATA, SEED, N, run_until
from benchmarks.gen_cache import build_cache


def _status() -> dict[str, int]:
    text = Path("/proc/self/status").read_text()
    return {
        k: int(v) for k, v in re.findall(r"^(VmRSS|VmHWM|RssAnon|RssFile):\s+(\d+) kB", text, re.M)
    }


def _sqlite_lib() -> Any:
    import _sqlite3  # the library it links is the one whose counters we read

    name = ctypes.util.find_library("sqlite3")
    lib = ctypes.CDLL(name or "libsqlite3.so.0")
    for func in (lib.sqlite3_memory_used, lib.sqlite3_memory_highwater):
        func.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
    assert _sqlite3  # keep the import
    return lib


def _trace_statements(statements: list[str]) -> None:
    """Record every SQL statement the start runs (each connection's trace callback)."""
    import sqlite3

    connect = sqlite3.connect

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    sqlite3.connect = traced  # type: ignore[assignment]


def _child(out: Path, argv: list[str], trace: bool) -> None:
    """(In the pty.) Start the app, marking memory at each point; quit at the first frame."""
    if trace:
        tracemalloc.start(1)
    points: list[tuple[str, dict[str, int]]] = []
    statements: list[str] = []
    lib = _sqlite_lib()
    _trace_statements(statements)

    def mark(name: str) -> None:
        row = _status()
        row["sqlite_used"] = lib.sqlite3_memory_used() // 1024
        row["sqlite_peak"] = lib.sqlite3_memory_highwater(0) // 1024
        if trace:
            row["traced"] = tracemalloc.get_traced_memory()[0] // 1024
        points.append((name, row))
        statements.append(f"-- {name}")

    from herald_tui import cli, tui

    mark("cli imported")

    def wrap(owner: Any, method: str, before: str, after: str) -> None:
        wrapped = getattr(owner, method)

        def marked(*args: Any, **kwargs: Any) -> Any:
            mark(before)
            try:
                return wrapped(*args, **kwargs)
            finally:
                mark(after)

        setattr(owner, method, marked)

    def run_app(library: Any, *args: Any, **kwargs: Any) -> int:
        mark("app about to run")
        wrap(type(library), "cached_headlines", "before first list read", "first list read")
        from herald_tui.tui.app import HeraldApp

        mark("app modules imported")
        ready = HeraldApp.on_ready

        def on_ready(self: HeraldApp) -> None:
            mark("first frame")
            if trace:
                snapshot = tracemalloc.take_snapshot()
                stats = [(s.traceback[0].filename, s.size) for s in snapshot.statistics("filename")]
                (out / "trace.json").write_text(json.dumps(stats))
            ready(self)
            (out / "points.json").write_text(json.dumps(points))
            (out / "statements.json").write_text(json.dumps(statements))
            self.exit()

        HeraldApp.on_ready = on_ready  # type: ignore[method-assign]
        return int(original_run_app(library, *args, **kwargs))

    wrap(tui, "check_settings", "before settings check", "settings checked")
    wrap(cli.Context, "open_library", "before library opens", "library opened")
    original_run_app = tui.run_app
    tui.run_app = run_app
    cli.main(argv)
    print("PROFILED", flush=True)


def _package(filename: str) -> str:
    """A short name for where a file's allocations come from."""
    parts = Path(filename).parts
    for root in ("herald_tui", "textual", "rich", "selectolax", "httpx", "markdown_it"):
        if root in parts:
            i = parts.index(root)
            inner = parts[i + 1 : -1]
            return ".".join((root, *inner[:1]))
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1]
    if filename.startswith("<frozen"):
        return "<frozen>"
    return "stdlib/other"


def main() -> None:
    """Run one start and print its memory at each point (and where it is, with --trace)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_memory")
    parser.add_argument("--trace", action="store_true", help="tracemalloc by package and file")
    parser.add_argument("--lines", type=int, default=25, help="files to print with --trace")
    parser.add_argument("--sql", action="store_true", help="the SQL run before the first frame")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.child is not None:
        _child(args.child, rest, args.trace)
        return
    import herald_tui

    built = build_cache(DATA / f"cache-{N}-{SEED}", N, SEED)
    compileall.compile_dir(Path(herald_tui.__file__).parent, quiet=1)
    app = ["--offline", "--cache-dir", str(built.cache_dir), "--data-dir", str(built.data_dir)]
    trace = ["--trace"] if args.trace else []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        child = [sys.executable, "-m", "benchmarks.profile_memory", "--child", tmp, *trace, *app]
        run_until(child, "PROFILED")
        print(
            f"{'point':<24}{'VmRSS':>9}{'VmHWM':>9}{'anon':>9}{'file':>9}{'sqlite':>9}"
            f"{'sq.peak':>9}{'traced':>9} KiB"
        )
        for name, row in json.loads((out / "points.json").read_text()):
            print(
                f"{name:<24}{row['VmRSS']:>9,}{row['VmHWM']:>9,}{row['RssAnon']:>9,}"
                f"{row['RssFile']:>9,}{row['sqlite_used']:>9,}"
                f"{row['sqlite_peak']:>9,}{row.get('traced', 0):>9,}"
            )
        if args.sql:
            print("\n".join(json.loads((out / "statements.json").read_text())))
        if args.trace:
            stats = json.loads((out / "trace.json").read_text())
            packages: Counter[str] = Counter()
            for filename, size in stats:
                packages[_package(filename)] += size
            print(f"\ntraced at the first frame: {sum(packages.values()) / 2**20:.2f} MiB")
            for name, size in packages.most_common():
                print(f"{size / 1024:>10,.0f} KiB  {name}")
            print()
            for filename, size in stats[: args.lines]:
                print(f"{size / 1024:>10,.0f} KiB  {filename}")


if __name__ == "__main__":
    main()
