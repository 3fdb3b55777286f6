"""``python -m benchmarks [--only SUBSTR] [--name SUBSTR] [--repeat N] [--json PATH] [--list]``."""

from __future__ import annotations

import argparse
import importlib
import json
import math
import pkgutil
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import Result, measure

HERE = Path(__file__).parent


def _modules(only: str | None) -> list[str]:
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    return [n for n in names if not only or only in n] or names


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if math.isnan(value):
        return "n/a"  # measured, but unknown (a process gone before its figures were read)
    return f"{value:,.3g} {unit}".strip() if abs(value) < 1000 else f"{value:,.0f} {unit}".strip()


def _table(results: list[Result]) -> str:
    rows = [("benchmark", "median", "goal", "comparison (same run)", "goal met")]
    for r in results:
        comparison = (
            f"{r.baseline_label}: {_fmt(r.baseline_median, r.unit)}" if r.baseline_samples else "-"
        )
        met = {True: "yes", False: "NO", None: "-"}[r.met]
        rows.append((r.name, _fmt(r.median, r.unit), r.goal, comparison, met))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _known(value: Any) -> Any:
    """``value`` with every NaN (an unknown figure) as None: JSON has no NaN."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _known(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_known(v) for v in value]
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--only", help="run benchmarks whose module or name contains this")
    parser.add_argument("--name", help="of those, run only benchmarks whose name contains this")
    parser.add_argument("--repeat", type=int, help="samples per benchmark (default: its own)")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results.json"))
    parser.add_argument("--list", action="store_true", help="list benchmark modules and exit")
    args = parser.parse_args(argv)
    names = _modules(args.only)
    if args.list:
        print("\n".join(names))
        return 0
    results: list[Result] = []
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        for bench in module.benchmarks():
            if args.only and args.only not in name and args.only not in bench.name:
                continue
            if args.name and args.name not in bench.name:
                continue
            print(f"running {bench.name} ...", file=sys.stderr, flush=True)
            results.append(measure(bench, args.repeat))
    print(_table(results))
    for r in results:
        if r.notes:
            print(f"\n{r.name}: " + ", ".join(f"{k}={v}" for k, v in r.notes.items()))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "results": [
            {
                "name": r.name,
                "unit": r.unit,
                "goal": r.goal,
                "median": r.median,
                "samples": r.samples,
                "baseline": r.baseline_label or None,
                "baseline_median": r.baseline_median,
                "baseline_samples": r.baseline_samples,
                "goal_met": r.met,
                "notes": r.notes,
            }
            for r in results
        ],
    }
    args.json.write_text(json.dumps(_known(payload), indent=2) + "\n")
    print(f"\nresults written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
