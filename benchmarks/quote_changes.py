"""Every quotation a change to the extractor drops or re-attributes, judged by the labels.

``python -m benchmarks.quote_changes --save FILE`` writes what this checkout extracts from the
tuning splits and the demo site's labels; ``python -m benchmarks.quote_changes FILE`` (run after
the change) compares this checkout against that file and prints, per split, each span the change
dropped or whose speaker it changed, with its verdict by the labels:

* ``right``: a listed negative (a term) no longer extracted, or left with no speaker;
* ``wrong``: a labelled quotation dropped, or its right speaker removed or changed;
* ``neutral``: a labelled quotation whose wrong speaker was removed (the lesser error), or a
  span neither labelled nor listed;
* ``gained``: a speaker given where there was none (never allowed for a precision change).

This is the precision bar of round 16 onward: a change is kept only if right >= 3 x wrong. The
held-out splits are never read: only the tuning splits and the demo are.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from herald_tui.quotes import extract_quotes
from tests.quotes.scoring import DEMO, OVERLAP, TUNING_SPLITS, load, overlap, speaker_right

SPLITS = (*TUNING_SPLITS, DEMO)
Row = tuple[int | None, str, str | None]  # paragraph, text, speaker


def through(last: str | None) -> tuple[str, ...]:
    """The tuning splits up to and including ``last`` (all when None), then the demo: the newest
    splits may be a merge check that the change's author must not read."""
    if last is None:
        return SPLITS
    if last not in TUNING_SPLITS:
        raise ValueError(f"no tuning split {last!r}")
    return (*TUNING_SPLITS[: TUNING_SPLITS.index(last) + 1], DEMO)


def extracted(splits: tuple[str, ...] = SPLITS) -> dict[str, dict[str, list[Row]]]:
    """What this checkout extracts, by split and article id."""
    return {
        split: {
            a["id"]: [
                (q.paragraph, q.text, q.speaker)
                for q in extract_quotes(a["headline"], a["paragraphs"])
            ]
            for a in load(split)
        }
        for split in splits
    }


def _gold(article: dict[str, Any], row: Row) -> tuple[str, Any]:
    paragraph, text, _ = row
    best = max(
        (
            (overlap(g["text"], text), i)
            for i, g in enumerate(article["quotes"])
            if g["paragraph"] == paragraph
        ),
        default=(0.0, -1),
    )
    if best[0] >= OVERLAP:
        return "quote", article["quotes"][best[1]]
    for n in article.get("negatives", []):
        if n["paragraph"] == paragraph and overlap(n["text"], text) >= OVERLAP:
            return "term", n
    return "other", None


class _Q:  # what speaker_right reads of a quote
    def __init__(self, speaker: str | None) -> None:
        self.speaker = speaker
        self.speaker_short = None


def verdict(article: dict[str, Any], old: Row, new: Row | None) -> str:
    """``right``, ``wrong``, ``neutral`` or ``gained`` for one changed span (see the module)."""
    kind, label = _gold(article, old)
    if new is not None and old[2] is None and new[2] is not None:
        return "gained"
    if kind == "term":
        return "right" if new is None or new[2] is None else "neutral"
    if kind == "quote":
        was = speaker_right(label["speaker"], _Q(old[2]))  # type: ignore[arg-type]
        now = new is not None and speaker_right(label["speaker"], _Q(new[2]))  # type: ignore[arg-type]
        if was and not now:
            return "wrong"
        return "right" if now and not was else "neutral"
    return "neutral"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quote_changes", description=__doc__)
    parser.add_argument("before", nargs="?", help="a file written by --save before the change")
    parser.add_argument("--save", help="write this checkout's extraction to this file")
    parser.add_argument(
        "--through", metavar="SPLIT", help="read the tuning splits only up to SPLIT (and the demo)"
    )
    args = parser.parse_args(argv)
    try:
        splits = through(args.through)
    except ValueError as error:
        parser.error(str(error))
    now = extracted(splits)
    if args.save:
        Path(args.save).write_text(json.dumps(now), "utf-8")
        return 0
    if not args.before:
        parser.error("give a file written by --save, or --save FILE")
    before = json.loads(Path(args.before).read_text("utf-8"))
    totals: Counter[str] = Counter()
    for split in splits:
        counts: Counter[str] = Counter()
        lines: list[str] = []
        for article in load(split):
            old_rows = [tuple(r) for r in before[split][article["id"]]]
            new_rows = list(now[split][article["id"]])
            for old in old_rows:
                same = [r for r in new_rows if r[0] == old[0] and r[1] == old[1]]
                new = same[0] if same else None
                if new is not None and new[2] == old[2]:
                    continue
                v = verdict(article, old, new)
                counts[v] += 1
                what = "dropped" if new is None else f"speaker {old[2]!r} -> {new[2]!r}"
                lines.append(f"  {v:7} {article['id']} p{old[0]} {old[1]!r}: {what}")
            for new in new_rows:
                if not any(tuple(r)[:2] == new[:2] for r in old_rows):
                    counts["added"] += 1
                    lines.append(f"  added   {article['id']} p{new[0]} {new[1]!r}: {new[2]!r}")
        totals.update(counts)
        if counts:
            print(f"{split}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
            print("\n".join(lines))
    print("all: " + ", ".join(f"{k} {v}" for k, v in sorted(totals.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
