"""``python -m benchmarks.quote_score [--split NAME ...] [--mismatches]``: corpus figures.

Prints, for each split on its own (never pooled), spans precision and recall, speaker
accuracy, end-to-end F1 and how many labelled terms were given a speaker. The scorer itself
is :mod:`tests.quotes.scoring`. Without ``--split`` it scores the tuning splits and the demo
site's labels (``demo``) only: the held-out splits (``blind6``, ``blind7``, ``blind8``, ...) are
scored when asked for by name, and their mismatches are printed only with ``--mismatches``
(whoever tunes the rules must not see them).
"""

from __future__ import annotations

import argparse
import sys

from tests.quotes.scoring import DEMO, TUNING_SPLITS, has_split, load, score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quote_score", description=__doc__)
    parser.add_argument(
        "--split", action="append", help="a corpus split (repeatable; default: tuning splits)"
    )
    parser.add_argument("--mismatches", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    for split in args.split or (*TUNING_SPLITS, DEMO):
        if not has_split(split):
            print(f"{split}: no such split", file=sys.stderr)
            return 2
        result = score(load(split))
        print(f"{split}: {result.summary()}")
        if args.mismatches:
            print("\n".join(f"  {m}" for m in result.mismatches))
    return 0


if __name__ == "__main__":
    sys.exit(main())
