"""``python -m benchmarks.quote_compiled``: the compiled build, against the source.

Issue 13 asks for quote extraction under 4 ms per 1,000 words. Interpreted, the extractor
is flat (no function above a few percent of the time) and close to that line; compiled by
mypyc (shipped with mypy; it needs a C compiler and Python's headers) the same source runs
in well under half the time. ``HERALD_TUI_COMPILE=1 pip install .`` builds it (``setup.py``).
This builds that wheel from a clean copy of the tree, unpacks it in a temporary directory
(never into the tree: a compiled module beside its source would shadow every later edit of
the source), and then, in child processes:

1. checks that the compiled modules are the ones imported;
2. the digests of :mod:`benchmarks.quote_digest` (every field of every quotation of every
   split, held-out ones included; digests only, no text and no figure) of the compiled build
   must equal those of the source tree;
3. the quotation tests (``tests/quotes``, copied beside the compiled package) run against
   it, property tests included: they feed it any text, where the corpus cannot show a
   difference (that is how mypyc's own ``str.lower`` was found to lack the final sigma);
4. unless ``--check``: CPU time per pass over the speed corpus, compiled and interpreted
   alternately.

It prints the module's path, the digests' agreement, the tests' summary and times only, and
fails when the build is not the source's equal (``.ci/run`` runs ``--check``). Takes a few
minutes (the C compile, then the tests).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What a wheel is built from: the tree without its environment, caches and earlier builds
# (a stale build/ could put an old compiled module in the new wheel).
_NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.so",
    ".*_cache",
    ".hypothesis",
    "tests",
)
# A child process timing passes over the speed corpus: prints one CPU time (s) per pass.
_TIMER = """\
import sys, time
import herald_tui.quotes._phrases as phrases
from benchmarks.bench_quotes import SPEED_SPLITS
from herald_tui.quotes import extract_quotes
from tests.quotes.scoring import load
print(phrases.__file__)
articles = [(a["headline"], a["paragraphs"]) for s in SPEED_SPLITS for a in load(s)]
for number in range(2 + int(sys.argv[1])):
    start = time.process_time()
    for headline, paragraphs in articles:
        extract_quotes(headline, paragraphs)
    if number >= 2:  # two passes warm the caches first
        print(time.process_time() - start)
"""


def compile_copy(into: Path) -> None:
    """Build the compiled wheel as a user would (``HERALD_TUI_COMPILE=1 pip wheel``, see
    ``setup.py``) from a clean copy of this tree, and unpack it into ``into``."""
    source = into / "source"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCE)
    env = dict(os.environ, HERALD_TUI_COMPILE="1")
    wheels = into / "wheels"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(source), "-w", str(wheels)],
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:  # mypy's errors, or no C compiler: its last lines say which
        tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
        raise SystemExit("mypyc could not compile the extractor: " + " / ".join(tail))
    (wheel,) = wheels.glob("*.whl")
    with zipfile.ZipFile(wheel) as unpacked:
        unpacked.extractall(into)


def _run(where: Path, *args: str) -> list[str]:
    """Output lines of ``python *args`` run in ``where``, which comes first on the path;
    the benchmarks and the corpus come from the source tree."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, *args], cwd=where, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.splitlines()


def _tests(compiled: Path) -> tuple[bool, str]:
    """Whether the quotation tests pass against the compiled build, and their summary."""
    shutil.copytree(
        ROOT / "tests", compiled / "tests", ignore=shutil.ignore_patterns("__pycache__")
    )
    (compiled / "pytest.ini").write_text("[pytest]\n")  # rootdir here: the build is imported
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/quotes",
            "-q",
            "-n",
            "auto",
            "-p",
            "no:cacheprovider",
        ],
        cwd=compiled,
        capture_output=True,
        text=True,
    )
    lines = done.stdout.strip().splitlines()
    failed = [line for line in lines if line.startswith("FAILED")]
    return done.returncode == 0, "; ".join([*failed, lines[-1] if lines else "no output"])


def _words() -> int:
    from benchmarks.bench_quotes import SPEED_SPLITS
    from tests.quotes.scoring import load

    return sum(len(p.split()) for s in SPEED_SPLITS for a in load(s) for p in a["paragraphs"])


def _check(compiled: Path, tests: bool) -> bool:
    """Print and return whether the compiled build is imported and gives what the source does."""
    where = _run(compiled, "-c", "import herald_tui.quotes._phrases as m; print(m.__file__)")
    loaded = where[0].endswith(".so")
    print(f"extractor imported from: {'a compiled module' if loaded else where[0]}")
    digests = _run(compiled, "-m", "benchmarks.quote_digest")
    same = digests == _run(ROOT, "-m", "benchmarks.quote_digest")
    print(f"digests of every split: {'identical' if same else 'DIFFERENT'}")
    passed = True
    if tests:
        passed, summary = _tests(compiled)
        print(f"tests/quotes, compiled: {summary}")
    return loaded and same and passed


def _time(compiled: Path, rounds: int, passes: int) -> None:
    """Print CPU time per 1,000 words, compiled and interpreted in alternating children."""
    times: dict[str, list[float]] = {"compiled": [], "interpreted": []}
    for _ in range(rounds):
        for label, where in (("compiled", compiled), ("interpreted", ROOT)):
            lines = _run(where, "-c", _TIMER, str(passes))
            if (label == "compiled") != lines[0].endswith(".so"):
                raise SystemExit(f"{label} run loaded {lines[0]}")
            times[label] += [float(line) for line in lines[1:]]
    per = 1000 / _words() * 1000  # seconds per pass -> ms per 1,000 words
    for label, found in times.items():
        best, median = min(found) * per, statistics.median(found) * per
        print(f"{label:12} CPU ms per 1,000 words: best {best:.2f}, median {median:.2f}")
    ratio = statistics.median(times["interpreted"]) / statistics.median(times["compiled"])
    print(f"interpreted / compiled (medians): {ratio:.2f}, load average {os.getloadavg()[0]:.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--rounds", type=int, default=5, help="alternations of the two")
    parser.add_argument("--passes", type=int, default=6, help="timed passes per child")
    parser.add_argument("--no-tests", dest="tests", action="store_false", help="skip the tests")
    parser.add_argument("--check", action="store_true", help="only check the build (no timing)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="herald-mypyc-") as tmp:
        compiled = Path(tmp)
        compile_copy(compiled)
        equal = _check(compiled, options.tests)
        if not options.check:
            _time(compiled, options.rounds, options.passes)
    return 0 if equal else 1


if __name__ == "__main__":
    sys.exit(main())
