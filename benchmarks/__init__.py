"""Benchmarks: measured numbers for the goals in the issues, never pass/fail in CI.

Each ``benchmarks/bench_*.py`` module defines ``benchmarks() -> Iterable[Benchmark]``; setup
(fixtures, a 100,000-article cache...) happens inside that function, so ``--only`` skips the
setup of modules it does not run. ``python -m benchmarks`` runs them all, repeats each
measurement, prints a table (name, median, goal, the comparison measured in the same run) and
writes the results as JSON.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Benchmark", "Result", "measure"]


@dataclass
class Benchmark:
    """One measurement, taken ``repeat`` times.

    ``sample`` returns one value in ``unit`` (seconds are reported in ms when unit is "ms":
    return milliseconds), or NaN when the value could not be measured (printed "n/a").
    ``baseline`` is measured alternately with ``sample`` in the same run so both see the same
    machine load. ``meets(median, baseline_median)`` says whether the goal is reached; it only
    labels the row.
    """

    name: str
    sample: Callable[[], float]
    unit: str
    goal: str
    meets: Callable[[float, float | None], bool] | None = None
    baseline: Callable[[], float] | None = None
    baseline_label: str = ""
    repeat: int = 7
    warmup: int = 1
    notes: dict[str, Any] = field(default_factory=dict)
    """Extra figures a sample wants reported (filled in by the sample function)."""


@dataclass
class Result:
    """What one benchmark measured."""

    name: str
    unit: str
    goal: str
    samples: list[float]
    baseline_samples: list[float]
    baseline_label: str
    met: bool | None
    notes: dict[str, Any]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def baseline_median(self) -> float | None:
        return statistics.median(self.baseline_samples) if self.baseline_samples else None


def measure(bench: Benchmark, repeat: int | None = None) -> Result:
    """Run ``bench``: warm up, then take interleaved samples of it and its baseline."""
    n = repeat or bench.repeat
    for _ in range(bench.warmup):
        bench.sample()
        if bench.baseline:
            bench.baseline()
    samples: list[float] = []
    base: list[float] = []
    for _ in range(n):
        samples.append(bench.sample())
        if bench.baseline:
            base.append(bench.baseline())
    median = statistics.median(samples)
    base_median = statistics.median(base) if base else None
    # An unknown figure neither meets nor misses its goal.
    met = bench.meets(median, base_median) if bench.meets and not math.isnan(median) else None
    return Result(
        bench.name, bench.unit, bench.goal, samples, base, bench.baseline_label, met, bench.notes
    )
