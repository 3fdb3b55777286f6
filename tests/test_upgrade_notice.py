"""The notice of a long cache upgrade: one line first, progress at most once a second, in
place on a terminal and by tenths in a log, and a word when it was stopped."""

from __future__ import annotations

import io

import pytest

from herald_tui.cache.schema import Upgrade
from herald_tui.commands.upgrading import UpgradeNotice

LINE = "Updating the cache for this version of herald-tui (once): re-indexing 100,000 articles..."


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def run(notice: UpgradeNotice, clock: Clock, steps: list[tuple[float, int]]) -> None:
    """Tell ``notice`` ``done`` rows of 1,000 at each (seconds later, done)."""
    for later, done in steps:
        clock.now += later
        notice(Upgrade(100_000, done, 1_000))


def test_a_log_gets_the_line_then_a_line_per_tenth_at_most_once_a_second() -> None:
    out, clock = io.StringIO(), Clock()
    notice = UpgradeNotice(out, clock=clock, tty=False)
    with notice:
        # 0%; 5% two seconds later, still the first tenth; 15%; 30% only 0.5 s after the
        # last line; 31% a second after it.
        run(notice, clock, [(0, 0), (2, 50), (1.5, 150), (0.5, 300), (0.5, 310)])
        notice(Upgrade(100_000, 1_000, 1_000, finished=True))
    assert out.getvalue().splitlines() == [LINE, "... 15%", "... 31%", "... done."]


def test_a_terminal_gets_the_percentage_in_place() -> None:
    out, clock = io.StringIO(), Clock()
    notice = UpgradeNotice(out, clock=clock, tty=True)
    with notice:
        # 1% too soon; 2% after 1.1 s; still 2% after 1.2 s more; 40% 1.7 s after the last.
        run(notice, clock, [(0, 0), (0.4, 10), (0.7, 20), (1.2, 25), (0.5, 400)])
        notice(Upgrade(100_000, 1_000, 1_000, finished=True))
    assert out.getvalue() == f"{LINE}\r{LINE} 2%\r{LINE} 40%\r{LINE} done.\n"


@pytest.mark.parametrize(("tty", "gap"), [(True, "\n"), (False, "")])
def test_a_stopped_upgrade_says_the_cache_is_as_it_was(tty: bool, gap: str) -> None:
    out, clock = io.StringIO(), Clock()
    with pytest.raises(KeyboardInterrupt), UpgradeNotice(out, clock=clock, tty=tty) as notice:
        notice(Upgrade(100_000, 0, 1_000))
        raise KeyboardInterrupt
    assert out.getvalue().endswith(
        f"{gap}Stopped: the cache is as it was; the update starts again on the next run.\n"
    )


def test_nothing_is_said_without_an_upgrade_or_after_it_finished() -> None:
    out = io.StringIO()
    with pytest.raises(RuntimeError), UpgradeNotice(out, tty=False):
        raise RuntimeError("no upgrade here")  # a failure of something else: not ours to say
    assert out.getvalue() == ""
    with pytest.raises(RuntimeError), UpgradeNotice(out, tty=False) as notice:
        notice(Upgrade(1, 0, 1))
        notice(Upgrade(1, 1, 1, finished=True))
        raise RuntimeError("the plugins failed to load")
    assert out.getvalue().splitlines() == [
        "Updating the cache for this version of herald-tui (once): re-indexing 1 article...",
        "... done.",
    ]
