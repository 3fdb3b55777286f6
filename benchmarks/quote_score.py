"""``python -m benchmarks.quote_score [--split NAME ...] [--mismatches]``: corpus figures.

Prints, for each split on its own (never pooled), spans precision and recall, speaker
accuracy, end-to-end F1 and how many labelled terms were given a speaker. The scorer itself
is :mod:`tests.quotes.scoring`. Without ``--split`` it scores the tuning splits and the demo
site's labels (``demo``) only: the held-out splits (``blind6``, ``blind7``, ``blind8``, ...) are
scored when asked for by name, and their mismatches are printed only with ``--mismatches``
(whoever tunes the rules must not see them).

``--held-out`` scores every held-out split (``HELD_OUT``), each on its own, then all of them
pooled, with a 95% interval (Wilson) on the pooled spans precision and recall and speaker
accuracy: one split of ~200 quotations moves by a few hundredths from its authors alone, so
the pooled figure with its interval is the one to hold against the goals. It prints figures
only and refuses ``--mismatches``.
"""

from __future__ import annotations

import argparse
import math
import sys

from tests.quotes.scoring import DEMO, HELD_OUT, TUNING_SPLITS, Score, has_split, load, score


def wilson(part: int, whole: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of ``part / whole`` (95% for the default ``z``)."""
    if not whole:
        return 0.0, 1.0
    share = part / whole
    centre = share + z * z / (2 * whole)
    spread = z * math.sqrt(share * (1 - share) / whole + z * z / (4 * whole * whole))
    scale = 1 + z * z / whole
    return (centre - spread) / scale, (centre + spread) / scale


def pooled_summary(result: Score) -> str:
    """The pooled figures, each share with its 95% interval."""

    def share(name: str, part: int, whole: int) -> str:
        low, high = wilson(part, whole)
        return f"{name} {part}/{whole} = {part / whole if whole else 1:.3f} ({low:.3f}-{high:.3f})"

    return "; ".join(
        (
            share("spans P", result.matched, result.extracted),
            share("R", result.matched, result.gold),
            share("speaker", result.speaker_right, result.matched),
            f"end-to-end F1 {result.end_to_end_f1:.3f}",
            f"terms given a speaker {result.terms_with_speaker} of {result.terms} extracted",
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quote_score", description=__doc__)
    parser.add_argument(
        "--split", action="append", help="a corpus split (repeatable; default: tuning splits)"
    )
    parser.add_argument("--mismatches", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--held-out", action="store_true", help="every held-out split, then pooled (figures only)"
    )
    args = parser.parse_args(argv)
    if args.held_out:
        if args.mismatches or args.split:
            parser.error("--held-out prints figures only, for every held-out split")
        articles = []
        for split in HELD_OUT:
            split_articles = load(split)
            articles += split_articles
            print(f"{split}: {score(split_articles).summary()}")
        print(f"pooled, {len(articles)} articles: {pooled_summary(score(articles))}")
        return 0
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
