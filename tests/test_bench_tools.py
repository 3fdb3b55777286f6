"""The benchmark tools themselves: a figure that could not be measured is reported as
unknown ("n/a"), never as a number a goal would take for a measurement."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import Benchmark, measure
from benchmarks.__main__ import _known, _table
from benchmarks.bench_startup import _peak_rss_kib, highest_mib, run_until
from benchmarks.count_interned import Table, read_table
from benchmarks.quote_changes import SPLITS, through
from tests.quotes.scoring import DEMO, TUNING_SPLITS

# Waits for one key in raw mode (as the app waits for "q"), after saying it is ready.
WAITS_FOR_A_KEY = "import sys, tty; tty.setraw(0); print('READY', flush=True); sys.stdin.read(1)"


def test_the_peak_of_a_running_process_is_read() -> None:
    peak = _peak_rss_kib(os.getpid())
    assert peak is not None and peak > 1024  # a Python process holds megabytes


def test_the_peak_of_a_process_that_has_exited_is_unknown() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    # Wait for it to exit but leave it unreaped (a zombie: /proc has it, without memory).
    os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
    assert Path(f"/proc/{child.pid}/status").exists()
    assert _peak_rss_kib(child.pid) is None
    child.wait()  # reaped: no /proc entry at all
    assert _peak_rss_kib(child.pid) is None


def test_run_until_reads_the_peak_before_it_asks_the_program_to_end() -> None:
    _ms, peak = run_until([sys.executable, "-c", WAITS_FOR_A_KEY], "READY")
    assert peak is not None and peak > 1024


def test_the_highest_peak_leaves_unknown_ones_out() -> None:
    assert highest_mib([None, 2048, 1024, None]) == 2.0
    assert math.isnan(highest_mib([None, None]))
    assert math.isnan(highest_mib([]))


def test_an_unknown_figure_is_shown_as_unknown_and_meets_no_goal() -> None:
    bench = Benchmark(
        "peak", lambda: highest_mib([None]), "MiB", "< 120 MiB", meets=lambda m, _b: m < 120
    )
    result = measure(bench, repeat=2)
    assert result.met is None
    row = _table([result]).splitlines()[-1]
    assert row.split()[1] == "n/a" and "NO" not in row
    written = json.loads(json.dumps(_known({"median": result.median, "samples": result.samples})))
    assert written == {"median": None, "samples": [None, None]}


@pytest.mark.parametrize("value", [0.0, 12.5])
def test_a_known_figure_is_kept(value: float) -> None:
    assert _known({"median": value, "samples": [value]}) == {"median": value, "samples": [value]}


def _table_of(setup: str) -> Table:
    """The interned-string table of a Python that ran ``setup`` and waits for a key."""
    tables: list[Table] = []
    code = setup + "\n" + WAITS_FOR_A_KEY
    run_until(
        [sys.executable, "-c", code], "READY", at_marker=lambda pid: tables.append(read_table(pid))
    )
    return tables[0]


@pytest.mark.skipif(
    shutil.which("nm") is None or sys.version_info[:2] != (3, 11),
    reason="count_interned needs nm (binutils) and reads CPython 3.11's dict layout",
)
def test_the_interned_string_table_of_a_running_process_is_read() -> None:
    """count_interned reads CPython's table as it is: a consistent dict, which grows by
    the strings the process interns."""
    plain = _table_of("")
    more = _table_of("import sys\nkept = [sys.intern(f'lean{n}x') for n in range(5000)]")
    for table in (plain, more):
        assert table.slots & (table.slots - 1) == 0  # a power of two
        assert table.entries + table.left == table.slots * 2 // 3
        assert 1000 < table.strings <= table.entries
    assert more.strings - plain.strings >= 5000


def test_quote_speed_is_compared_with_another_revision_in_turns() -> None:
    root = Path(__file__).resolve().parent.parent
    if not (root / ".git").exists():
        pytest.fail("the comparison needs a git checkout, as CI's clean clone is")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.quote_against",
            "HEAD",
            "--rounds",
            "2",
            "--passes",
            "1",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    rounds = [line for line in run.stdout.splitlines() if line.startswith("round ")]
    assert len(rounds) == 2 and "paired ratio median" in run.stdout
    listed = subprocess.run(
        ["git", "-C", str(root), "worktree", "list"], capture_output=True, text=True
    )
    assert not [line for line in listed.stdout.splitlines() if line.split()[0].endswith("/other")]


def test_a_wrong_speaker_is_classed_by_shape_and_names_without_its_text() -> None:
    from benchmarks.quote_classes import wrong_speaker_class
    from tests.quotes.scoring import Mismatch

    said = '"We will wait," Oh Min-jae said after Kim Ha-rin spoke.'
    alone = '"And we will not apologise."'
    article = {"paragraphs": [said, alone]}

    def classed(paragraph: int | None, text: str, expected: str | None, got: str | None) -> str:
        return wrong_speaker_class(
            Mismatch("a", "speaker", paragraph, text, expected, got), article
        )

    assert classed(0, "We will wait,", "Oh Min-jae", "Kim Ha-rin") == (
        "wrong name; with narration; label named; given named"
    )
    assert (
        classed(0, "We will wait,", "Oh Min-jae", None)
        == "no name given; with narration; label named"
    )
    assert classed(1, "And we will not apologise.", "Yoon Se-ra", "Oh Min-jae") == (
        "wrong name; quote-only paragraph; label not named; given not named"
    )
    assert classed(0, "We will wait,", "Oh Min-jae", "the former prosecutor") == (
        "a description given, not resolved to its holder; with narration; label named"
    )
    assert classed(None, "wait", "Oh Min-jae", None) == "headline quotation"
    assert classed(0, "We will wait,", None, "Oh Min-jae").startswith("a name given where")


@pytest.mark.parametrize(
    ("part", "whole", "low", "high"),
    [
        (5, 10, 0.2366, 0.7634),
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (81, 263, 0.2553, 0.3662),
    ],
)
def test_the_pooled_interval_is_wilsons(part: int, whole: int, low: float, high: float) -> None:
    """Published values of the 95% Wilson score interval (the last one is Wilson's own example
    as restated by Newcombe, 1998: 81 of 263)."""
    from benchmarks.quote_score import wilson

    assert wilson(part, whole) == pytest.approx((low, high), abs=5e-5)


def test_the_pooled_held_out_figures_say_their_counts_and_intervals() -> None:
    from benchmarks.quote_score import pooled_summary
    from tests.quotes.scoring import Score

    text = pooled_summary(Score(gold=10, extracted=10, matched=10, speaker_right=5, terms=2))
    assert "speaker 5/10 = 0.500 (0.237-0.763)" in text
    assert "spans P 10/10 = 1.000" in text and "terms given a speaker 0 of 2" in text


def test_the_held_out_report_never_prints_mismatches(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.quote_score import main

    with pytest.raises(SystemExit) as stopped:
        main(["--held-out", "--mismatches"])
    assert stopped.value.code == 2 and capsys.readouterr().out == ""


def test_quote_changes_reads_the_tuning_splits_only_up_to_the_one_named() -> None:
    assert through(None) == SPLITS
    assert through("tuning3") == ("dev", "tuning2", "tuning3", DEMO)
    newest = TUNING_SPLITS[-1]
    assert newest not in through(TUNING_SPLITS[-2])
    with pytest.raises(ValueError, match="blind"):
        through("blind7")  # a held-out split is never a tuning split to read up to
