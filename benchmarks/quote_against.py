"""Quote extraction speed of this checkout against another revision's, in turns.

``python -m benchmarks.quote_against REV [--rounds N] [--passes K]`` checks REV out in a
temporary worktree, then runs the extractor of each side over the same speed corpus (this
checkout's ``SPEED_SPLITS``), in separate processes taken in turns, and prints each side's CPU
time per 1,000 words and the paired ratio. A machine that runs twice as slow today as when a
figure was stated slows both sides alike, so the ratio, times the figure stated at REV, is what
this checkout would measure on the machine of that day. ``--compiled`` times this checkout's
compiled build (``setup.py``, ``benchmarks.quote_compiled``) instead of its source.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_quotes import SPEED_SPLITS
from benchmarks.quote_compiled import compile_copy
from tests.quotes.scoring import load

ROOT = Path(__file__).resolve().parent.parent

# Run in a child whose sys.path starts at one side's tree: imports only the extractor, warms it
# with one pass, then reports the best CPU time of the passes (best: the least disturbed).
_CHILD = """
import json, sys, time
from herald_tui.quotes import extract_quotes
corpus = json.load(open(sys.argv[1], encoding="utf-8"))
words = sum(len(p.split()) for _, ps in corpus for p in ps)
run = lambda: [extract_quotes(h, ps) for h, ps in corpus]
run()
times = []
for _ in range(int(sys.argv[2])):
    start = time.process_time()
    run()
    times.append(time.process_time() - start)
print(min(times) * 1e6 / words)
"""


def _corpus_file(folder: Path) -> Path:
    corpus = [(a["headline"], a["paragraphs"]) for s in SPEED_SPLITS for a in load(s)]
    path = folder / "corpus.json"
    path.write_text(json.dumps(corpus), encoding="utf-8")
    return path


def _run(tree: Path, corpus: Path, passes: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(corpus), str(passes)],
        env=env,
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the revision to compare with, e.g. a commit")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument(
        "--compiled", action="store_true", help="this checkout's compiled build (setup.py)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        this = ROOT
        if args.compiled:  # the wheel HERALD_TUI_COMPILE=1 builds, unpacked outside the tree
            this = Path(tmp) / "compiled"
            compile_copy(this)
        other = Path(tmp) / "other"
        git = ["git", "-C", str(ROOT), "worktree"]
        subprocess.run([*git, "add", "-q", "--detach", str(other), args.rev], check=True)
        try:
            corpus = _corpus_file(Path(tmp))
            pairs = []
            for turn in range(args.rounds):
                sides = (other, this) if turn % 2 == 0 else (this, other)
                got = {side: _run(side, corpus, args.passes) for side in sides}
                pairs.append((got[other], got[this]))
                print(f"round {turn + 1}: {args.rev} {got[other]:.2f}, this {got[this]:.2f} ms")
        finally:
            subprocess.run([*git, "remove", "--force", str(other)], check=True)
    ratios = [mine / theirs for theirs, mine in pairs]
    print(
        f"median ms per 1,000 words: {args.rev} {statistics.median(p[0] for p in pairs):.2f}, "
        f"this {statistics.median(p[1] for p in pairs):.2f}; paired ratio median "
        f"{statistics.median(ratios):.3f} (range {min(ratios):.3f}-{max(ratios):.3f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
