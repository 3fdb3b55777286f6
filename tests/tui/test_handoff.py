"""Handing the terminal to a browser or the pager: command lines (a placeholder or the link
appended, $PAGER split but never given to a shell) and suspend, run, resume with every failure
one line."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest
from textual.app import SuspendNotSupported

from herald_tui.tui.handoff import (
    BadCommand,
    browser_command,
    hand_over,
    pager_command,
    run_program,
)

URL = "https://en.yna.co.kr/view/AEN20240710004200315?section=nk&a=1"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (["w3m", "{url}"], ["w3m", URL]),
        (["lynx"], ["lynx", URL]),
        (["lynx", "-accept_all_cookies"], ["lynx", "-accept_all_cookies", URL]),
        (["browsh", "--startup-url={url}", "-x"], ["browsh", f"--startup-url={URL}", "-x"]),
    ],
    ids=["placeholder", "appended", "appended-after-options", "inside-an-argument"],
)
def test_browser_command_puts_the_link_in_one_argument(
    template: list[str], expected: list[str]
) -> None:
    assert browser_command(template, URL) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", ["less"]),
        ("   ", ["less"]),
        ("less -R", ["less", "-R"]),
        ("'/opt/my pager/bin/pg' -x", ["/opt/my pager/bin/pg", "-x"]),
        ("cat; touch pwned", ["cat;", "touch", "pwned"]),  # words, never a shell
        ("more $(id)", ["more", "$(id)"]),
    ],
)
def test_pager_command_splits_pager_like_a_shell_but_runs_no_shell(
    value: str, expected: list[str]
) -> None:
    assert pager_command({"PAGER": value}) == expected


def test_pager_command_without_pager_is_less_and_a_bad_one_is_one_line() -> None:
    assert pager_command({}) == ["less"]
    with pytest.raises(BadCommand, match=r"^\$PAGER cannot be read as a command"):
        pager_command({"PAGER": "less 'unclosed"})


def test_run_program_passes_arguments_and_text_without_a_shell(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    script = (
        "import sys, pathlib; "
        "pathlib.Path(sys.argv[1]).write_text(repr(sys.argv[2:]) + sys.stdin.read(), 'utf-8')"
    )
    hostile = "$(touch pwned); touch pwned2 `touch pwned3`"
    status = run_program([sys.executable, "-c", script, str(out), hostile], "Heavy rain · 최은영\n")
    assert status == 0
    assert out.read_text("utf-8") == repr([hostile]) + "Heavy rain · 최은영\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_run_program_returns_the_exit_status() -> None:
    assert run_program([sys.executable, "-c", "raise SystemExit(3)"], None) == 3


class Terminal:
    """A suspension that records when the app steps aside and comes back, and a runner
    that records what it was asked to run and answers ``status`` (or raises ``error``)."""

    def __init__(self, status: int = 0, error: BaseException | None = None) -> None:
        self.events: list[object] = []
        self.status = status
        self.error = error

    @contextmanager
    def suspend(self) -> Iterator[None]:
        self.events.append("suspend")
        yield
        self.events.append("resume")

    def run(self, argv: Sequence[str], text: str | None) -> int:
        self.events.append(("run", list(argv), text))
        if self.error is not None:
            raise self.error
        return self.status


def test_hand_over_suspends_runs_and_resumes() -> None:
    terminal = Terminal()
    outcome = hand_over(terminal.suspend, terminal.run, ["less"], text="body", what="$PAGER")
    assert outcome is None
    assert terminal.events == ["suspend", ("run", ["less"], "body"), "resume"]


@pytest.mark.parametrize(
    ("terminal", "message"),
    [
        (Terminal(status=1), "w3m ended with exit status 1."),
        (Terminal(status=-15), "w3m was stopped by signal 15."),
        (
            Terminal(error=FileNotFoundError(2, "No such file")),
            "No program w3m was found (check the [browser] command).",
        ),
        (
            Terminal(error=PermissionError(13, "Permission denied")),
            "w3m could not be started: Permission denied.",
        ),
    ],
    ids=["exit-status", "signal", "missing", "not-executable"],
)
def test_a_failure_is_one_line_and_the_app_still_resumes(terminal: Terminal, message: str) -> None:
    outcome = hand_over(
        terminal.suspend, terminal.run, ["/usr/bin/w3m", URL], what="the [browser] command"
    )
    assert outcome == message
    assert terminal.events[0] == "suspend" and terminal.events[-1] == "resume"


def test_where_the_terminal_cannot_be_handed_over_nothing_runs_and_it_says_so() -> None:
    terminal = Terminal()

    @contextmanager
    def unsupported() -> Iterator[None]:
        # As Textual's App.suspend does where the driver cannot suspend.
        if not terminal.events:
            raise SuspendNotSupported("App.suspend is not supported in this environment.")
        yield

    outcome = hand_over(unsupported, terminal.run, ["less"], text="body", what="$PAGER")
    assert outcome == (
        "less cannot run here: this terminal cannot be handed over to another program."
    )
    assert terminal.events == []


def test_a_program_name_with_escapes_is_cleaned_in_the_message() -> None:
    terminal = Terminal(status=2)
    outcome = hand_over(terminal.suspend, terminal.run, ["pg\x1b]0;x\x07"], what="$PAGER")
    assert outcome == "pg]0;x ended with exit status 2."
