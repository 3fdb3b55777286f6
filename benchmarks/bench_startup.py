"""App start-up on a 100,000-article cache, timed in a real pseudo-terminal.

From process start to the first painted headline list (the first headline's text in the
output), ``herald-tui --offline`` at 120x40 on the cache built by
:func:`benchmarks.gen_cache.build_cache`, against a minimal Textual app painting a 50-item list
(:mod:`benchmarks.minimal_app`), measured alternately in the same run. Peak RSS of each process
comes from the kernel's accounting when it exits.

Both programs start from bytecode, as an installed copy does: pip compiled Textual's modules
when it installed them, and herald-tui's are compiled here first. A development checkout
run with ``PYTHONDONTWRITEBYTECODE`` set never writes them, and every start would then compile
all of herald-tui from source (about 50 ms) while the minimal app compiles nothing.
"""

from __future__ import annotations

import compileall
import fcntl
import math
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from benchmarks import Benchmark
from benchmarks.gen_cache import build_cache

HERE = Path(__file__).parent
DATA = HERE / ".data"
N, SEED = 100_000, 0
SIZE = (40, 120)  # rows, columns
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]")


def run_until(
    argv: list[str],
    marker: str,
    timeout: float = 30.0,
    at_marker: Callable[[int], None] | None = None,
) -> tuple[float, int | None]:
    """Start ``argv`` in a pty; return (ms until ``marker`` is on screen, peak RSS in KiB).
    ``at_marker``, if given, is called with the program's pid once the marker shows (to
    read its memory: :mod:`benchmarks.count_interned`).

    The process is sent ``q`` once the marker shows and must exit by itself. Peak RSS is the
    program's own high-water mark (``VmHWM``) read just before ``q``: the kernel's
    ``ru_maxrss`` would include the memory of this (forking) process. It is None (unknown)
    when the program ended by itself at the marker, before it could be read."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the program
        os.execvpe(argv[0], argv, {**os.environ, "TERM": "xterm-256color"})
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", *SIZE, 0, 0))
    seen, elapsed = "", None
    deadline = start + timeout
    try:
        while elapsed is None and time.perf_counter() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                seen += os.read(fd, 65536).decode("utf-8", "replace")
                if marker in _ESCAPES.sub("", seen):
                    elapsed = (time.perf_counter() - start) * 1000
        peak = _peak_rss_kib(pid)
        if at_marker is not None and elapsed is not None:
            at_marker(pid)
        os.write(fd, b"q")
        while True:  # drain until the child closes the terminal
            ready, _, _ = select.select([fd], [], [], 5)
            if not ready or not os.read(fd, 65536):
                break
    except OSError:
        pass  # EIO: the child has exited
    finally:
        if elapsed is None:  # never drawn: it would not see the "q" either
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    if elapsed is None:
        raise RuntimeError(f"{argv[-1]}: {marker!r} never appeared on screen")
    return elapsed, peak


def _peak_rss_kib(pid: int) -> int | None:
    """The peak RSS of ``pid`` in KiB; None (unknown) if it has exited already
    (benchmarks.count_startup's child ends itself at the marker): an exited process not yet
    reaped has no memory figures, a reaped one no /proc entry. Never 0, which a maximum
    over runs, or a goal such as "< 120 MiB", would take for a measurement."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return None
    peak = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(peak.group(1)) if peak else None


def highest_mib(peaks: list[int | None]) -> float:
    """The highest known peak (KiB) in MiB; NaN, printed "n/a", if none was known."""
    known = [peak for peak in peaks if peak is not None]
    return max(known) / 1024 if known else math.nan


def prepared() -> tuple[list[str], str]:
    """The cache built (once) and herald-tui's bytecode compiled: the app's arguments for a
    start on that cache, and the title of the first headline it lists."""
    built = build_cache(DATA / f"cache-{N}-{SEED}", N, SEED)
    import herald_tui
    from herald_tui.cache import Store

    compileall.compile_dir(Path(herald_tui.__file__).parent, quiet=1)
    with Store.open(built.cache_dir, built.data_dir, readonly=True) as store:
        first = store.headlines("koreaherald/all", limit=1)[0].headline.title
    dirs = ["--cache-dir", str(built.cache_dir), "--data-dir", str(built.data_dir)]
    return ["--offline", *dirs], first


def benchmarks() -> Iterable[Benchmark]:
    arguments, first = prepared()
    app = [sys.executable, "-m", "herald_tui", *arguments]
    minimal = [sys.executable, str(HERE / "minimal_app.py")]
    rss: dict[str, list[int | None]] = {"app": [], "minimal": []}

    def sample(argv: list[str], marker: str, name: str) -> float:
        ms, peak = run_until(argv, marker)
        rss[name].append(peak)
        return ms

    startup = Benchmark(
        "app: start to first painted headline list (--offline, 100k cache, 120x40)",
        lambda: sample(app, first[:16], "app"),
        "ms",
        "<= 1.5x the minimal app",
        meets=lambda median, base: base is not None and median <= 1.5 * base,
        baseline=lambda: sample(minimal, "Headline 001", "minimal"),
        baseline_label="minimal Textual app, 50 items",
        repeat=7,
    )
    yield startup
    yield Benchmark(
        "app: peak RSS over those runs",
        lambda: highest_mib(rss["app"]),
        "MiB",
        "< 120 MiB",
        meets=lambda median, _base: median < 120,
        baseline=lambda: highest_mib(rss["minimal"]),
        baseline_label="minimal Textual app",
        repeat=1,
        warmup=0,
    )
