"""Quotation extraction: accuracy on the labelled corpus, speed, linearity and import cost.

Accuracy rows report end-to-end F1 as their value; the notes under the table give every
figure (spans P/R/F1, speaker accuracy, terms given a speaker) for each tuning split on its own
(never pooled). The held-out splits are left out unless ``HERALD_QUOTES_BLIND=1`` is set: whoever
tunes the rules must not see them (``python -m benchmarks.quote_score --split blind6``).
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from benchmarks import Benchmark
from herald_tui.quotes import extract_quotes
from tests.quotes.scoring import DEMO, HELD_OUT, TUNING_SPLITS, Score, has_split, load, score

SPEED_SPLITS = ("dev", "tuning2", "tuning3", "tuning4")
"""The corpus the speed goal was stated for (21,641 words): kept fixed as splits are added,
so that figures from one round to the next compare."""

# One paragraph of each shape a long article repeats: attribution after, before, inverted,
# partial quotes, a quote over two paragraphs, narration.
_TEMPLATE = (
    "SEOUL, Nov. 26 (Yonhap) -- Finance Minister Choi Jin-seok said Tuesday the plan was "
    '"realistic" and "long overdue," as talks with the opposition stalled.',
    '"We cannot wait until the spring to help households that are struggling," Choi said. '
    '"Every week of delay has a cost for them."',
    '"The budget is too little, too late," said Rep. Yoon Hae-sol, the party\'s chief '
    "policymaker, at a party meeting at the National Assembly.",
    'Asked when a deal might be reached, the minister told reporters: "I hope we can agree '
    "before the session ends.",
    '"But I am not going to set a deadline for the National Assembly," he said.',
    "The extra budget would be the country's second this year, after a package passed in May, "
    "according to the Ministry of Economy and Finance.",
)


def _words(paragraphs: Iterable[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _timed(run: Callable[[], Any]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


def _accuracy(name: str, articles: Sequence[dict[str, Any]]) -> Benchmark:
    bench = Benchmark(
        f"quotes: corpus {name} ({len(articles)} articles), end-to-end F1",
        lambda: 0.0,
        "",
        "spans P>=0.97 R>=0.95, speaker>=0.92, e2e F1>=0.90, no term with a speaker",
        meets=lambda _median, _base: _meets(result),
        repeat=1,
        warmup=0,
    )
    result = Score()

    def sample() -> float:
        nonlocal result
        result = score(articles)
        bench.notes.update(
            spans_p=round(result.precision, 3),
            spans_r=round(result.recall, 3),
            spans_f1=round(result.f1, 3),
            speaker=round(result.speaker_accuracy, 3),
            e2e_f1=round(result.end_to_end_f1, 3),
            labelled=result.gold,
            extracted=result.extracted,
            terms_with_speaker=result.terms_with_speaker,
        )
        return result.end_to_end_f1

    bench.sample = sample
    return bench


def _meets(result: Score) -> bool:
    return (
        result.precision >= 0.97
        and result.recall >= 0.95
        and result.speaker_accuracy >= 0.92
        and result.end_to_end_f1 >= 0.90
        and result.terms_with_speaker == 0
    )


def _speed(name: str, articles: Sequence[tuple[str, Sequence[str]]]) -> Benchmark:
    words = sum(_words(paragraphs) for _, paragraphs in articles)

    cpu: list[float] = []

    def sample() -> float:
        # CPU time too, in the notes: on a machine shared with other jobs the wall time
        # includes waiting for a core, the CPU time only the extractor's work
        start = time.process_time()
        elapsed = _timed(lambda: [extract_quotes(h, p) for h, p in articles])
        cpu.append((time.process_time() - start) * 1e6 / words)
        bench.notes.update(cpu_ms_per_1000_words_best=round(min(cpu), 2))
        return elapsed * 1000 / words

    bench = Benchmark(
        f"quotes: {name} ({words:,} words), ms per 1,000 words",
        sample,
        "ms",
        "< 4 ms per 1,000 words",
        meets=lambda median, _base: median < 4,
    )
    return bench


def _linearity() -> Benchmark:
    """Time a paragraph of mixed marks and attribution at 100 KB and 1 MB: a ratio near 10
    means linear time (a quadratic step would make it near 100)."""
    unit = "He said \"yes,\" and 'no' Korea’s “x” the official told Kim Min-ji, a professor. "
    small = (unit * 2_000)[:100_000]
    large = (unit * 20_000)[:1_000_000]
    bench = Benchmark(
        "quotes: 1 MB paragraph / 100 KB paragraph, time ratio",
        lambda: 0.0,
        "x",
        "close to 10 (linear)",
        meets=lambda median, _base: median < 20,
        repeat=3,
    )

    def sample() -> float:
        small_ms = _timed(lambda: extract_quotes("h", [small]))
        large_ms = _timed(lambda: extract_quotes("h", [large]))
        bench.notes.update(small_ms=round(small_ms, 1), large_ms=round(large_ms, 1))
        return large_ms / small_ms

    bench.sample = sample
    return bench


def _process(code: str) -> float:
    """Wall time of ``python -c code``."""
    return _timed(lambda: subprocess.run([sys.executable, "-c", code], check=True))


def _compiled() -> None:
    """Compile herald-tui's modules first, as pip does for an installed copy: the baseline,
    bare Python, starts from compiled modules too, and a checkout run with
    ``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module from source each time."""
    import herald_tui

    compileall.compile_dir(os.path.dirname(herald_tui.__file__), quiet=1)


def benchmarks() -> Iterable[Benchmark]:
    names = [*TUNING_SPLITS, DEMO]
    if os.environ.get("HERALD_QUOTES_BLIND") == "1":
        names.extend(split for split in HELD_OUT if has_split(split))
    splits = {split: load(split) for split in names}
    for split, articles in splits.items():
        yield _accuracy(split, articles)
    corpus = [
        (a["headline"], a["paragraphs"])
        for split in SPEED_SPLITS
        for a in splits[split]  # the corpus the speed goal is stated for
    ]
    yield _speed("corpus", corpus)
    long_article = [("Budget talks 'difficult but necessary': minister", _TEMPLATE * 40)]
    yield _speed("synthetic article", long_article)
    yield _linearity()
    _compiled()
    yield Benchmark(
        "quotes: import herald_tui.quotes (process, from bytecode)",
        lambda: _process("import herald_tui.quotes"),
        "ms",
        "< 40 ms over bare python",
        meets=lambda median, base: base is not None and median - base < 40,
        baseline=lambda: _process("pass"),
        baseline_label="python -c pass",
        repeat=9,
    )
