"""``python -m benchmarks.quote_compiled``: the extractor compiled by mypyc, against itself.

Issue 13 asks for quote extraction under 4 ms per 1,000 words. Interpreted, the extractor
is flat (no function above a few percent of the time) and close to that line; compiled by
mypyc (shipped with mypy, a test dependency; it needs a C compiler) the same source runs
in well under half the time. This measures that without touching the source tree: a copy
of ``herald_tui`` in a temporary directory has ``herald_tui/quotes`` compiled there (a
compiled module beside its source in the tree would shadow every later edit of the
source). Then, in child processes:

1. the digests of :mod:`benchmarks.quote_digest` (every field of every quotation of every
   split, held-out ones included; digests only, no text and no figure) of the compiled copy
   must equal those of the source tree;
2. the quotation tests (``tests/quotes``, copied beside the compiled package) run against
   it, property tests included: they feed it any text, where the corpus cannot show a
   difference (mypyc's ``str.lower`` has no final sigma: "ΑΣ" lowers to "ασ", not "ας");
3. CPU time per pass over the speed corpus, compiled and interpreted alternately.

It prints digests' agreement, the tests' summary and times only. Takes a few minutes (the
C compile, then the tests).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "herald_tui/quotes"
_MYPY_INI = """\
[mypy]
python_version = 3.11
strict = True
"""
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
    """Copy ``herald_tui`` into ``into`` and compile its quotes package there."""
    shutil.copytree(
        ROOT / "herald_tui",
        into / "herald_tui",
        ignore=shutil.ignore_patterns("__pycache__", "*.so"),
    )
    (into / "mypy.ini").write_text(_MYPY_INI)
    modules = sorted(str(p.relative_to(into)) for p in (into / PACKAGE).glob("*.py"))
    modules.remove(f"{PACKAGE}/people.py")  # not the extractor (and not in its import)
    done = subprocess.run(
        [sys.executable, "-m", "mypyc", *modules], cwd=into, capture_output=True, text=True
    )
    if done.returncode != 0:  # mypy's errors, or no C compiler: its last lines say which
        tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
        raise SystemExit("mypyc could not compile the extractor: " + " / ".join(tail))


def _run(where: Path, *args: str) -> list[str]:
    """Output lines of ``python *args`` run in ``where``, which comes first on the path;
    the benchmarks and the corpus come from the source tree."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, *args], cwd=where, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.splitlines()


def _tests(compiled: Path) -> str:
    """The summary line of the quotation tests run against the compiled copy."""
    shutil.copytree(
        ROOT / "tests", compiled / "tests", ignore=shutil.ignore_patterns("__pycache__")
    )
    (compiled / "pytest.ini").write_text("[pytest]\n")  # rootdir here: the copy is imported
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/quotes", "-q", "-p", "no:cacheprovider"],
        cwd=compiled,
        capture_output=True,
        text=True,
    )
    lines = done.stdout.strip().splitlines()
    failed = [line for line in lines if line.startswith("FAILED")]
    return "; ".join([*failed, lines[-1] if lines else "no output"])


def _words() -> int:
    from benchmarks.bench_quotes import SPEED_SPLITS
    from tests.quotes.scoring import load

    return sum(len(p.split()) for s in SPEED_SPLITS for a in load(s) for p in a["paragraphs"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--rounds", type=int, default=5, help="alternations of the two")
    parser.add_argument("--passes", type=int, default=6, help="timed passes per child")
    parser.add_argument("--no-tests", dest="tests", action="store_false", help="skip the tests")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="herald-mypyc-") as tmp:
        compiled = Path(tmp)
        compile_copy(compiled)
        digests = _run(compiled, "-m", "benchmarks.quote_digest")
        same = digests == _run(ROOT, "-m", "benchmarks.quote_digest")
        print(f"digests of every split: {'identical' if same else 'DIFFERENT'}")
        if options.tests:
            print(f"tests/quotes, compiled: {_tests(compiled)}")
        times: dict[str, list[float]] = {"compiled": [], "interpreted": []}
        for _ in range(options.rounds):
            for label, where in (("compiled", compiled), ("interpreted", ROOT)):
                lines = _run(where, "-c", _TIMER, str(options.passes))
                if (label == "compiled") != lines[0].endswith(".so"):
                    raise SystemExit(f"{label} run loaded {lines[0]}")
                times[label] += [float(line) for line in lines[1:]]
    per = 1000 / _words() * 1000  # seconds per pass -> ms per 1,000 words
    for label, found in times.items():
        best, median = min(found) * per, statistics.median(found) * per
        print(f"{label:12} CPU ms per 1,000 words: best {best:.2f}, median {median:.2f}")
    ratio = statistics.median(times["interpreted"]) / statistics.median(times["compiled"])
    print(f"interpreted / compiled (medians): {ratio:.2f}, load average {os.getloadavg()[0]:.1f}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
