"""v and o hand the real terminal to another program and take it back: the app steps aside
(Textual's App.suspend), the program owns the screen and the keyboard, the app returns when
it ends. The "pager" and the "browser" are small scripts that record what they were given and
wait for Enter on the terminal, as a pager would."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from tests.e2e.test_app import app_env, herald
from tests.e2e.tmux import Tmux

pytestmark = pytest.mark.e2e

PROGRAM = """\
import pathlib, sys
record = pathlib.Path(sys.argv[1])
data = sys.stdin.read() if sys.argv[2] == "stdin" else repr(sys.argv[3:])
record.write_text(data, "utf-8")
print(f"{sys.argv[2].upper()} HAS THE TERMINAL: {len(data.splitlines())} lines")
open("/dev/tty").readline()  # like less: keys come from the terminal
"""


def program(tmp_path: Path, name: str, mode: str) -> tuple[list[str], Path]:
    """A command line running the recording script, and the file it records into."""
    script = tmp_path / "program.py"
    script.write_text(PROGRAM, "utf-8")
    record = tmp_path / f"{name}.txt"
    return [sys.executable, str(script), str(record), mode], record


def test_v_and_o_hand_the_terminal_over_and_take_it_back(tmux: Tmux, tmp_path: Path) -> None:
    pager, paged = program(tmp_path, "paged", "stdin")
    browser, browsed = program(tmp_path, "browsed", "argv")
    config = tmp_path / "config.toml"
    command = ", ".join(f'"{arg}"' for arg in [*browser, "{url}"])
    config.write_text(f"[browser]\ncommand = [{command}]\n", "utf-8")
    env = app_env(PAGER=shlex.join(pager), SSH_CONNECTION="10.0.0.2 50000 10.0.0.1 22")
    tmux.start(herald(tmp_path, "--demo", "--config", str(config)), env=env)
    tmux.wait_for(lambda s: "●" in s)
    tmux.send("Enter")
    tmux.wait_for("Published")

    tmux.send("v")
    screen = tmux.wait_for("STDIN HAS THE TERMINAL")
    assert "Published" not in screen  # the app stepped aside
    text = paged.read_text("utf-8")
    assert text.startswith("The Korea Herald · ") and "\nPublished 20" in text
    assert "\x1b" not in text
    tmux.send("Enter")
    tmux.wait_for("Published")  # the app is back, as it was

    tmux.send("o")  # over SSH: the [browser] command runs in this terminal
    screen = tmux.wait_for("ARGV HAS THE TERMINAL")
    url = browsed.read_text("utf-8")
    # The article's own link, as one argument.
    assert url.startswith("['https://www.koreaherald.com/article/") and url.count("'") == 2
    tmux.send("Enter")
    tmux.wait_for("Published")
    tmux.send("q")
    tmux.wait_for("EXIT=0")


def test_a_missing_pager_is_one_line_and_the_app_stays(tmux: Tmux, tmp_path: Path) -> None:
    env = app_env(PAGER="no-such-pager-herald --flag")
    tmux.start(herald(tmp_path, "--demo"), env=env)
    tmux.wait_for(lambda s: "●" in s)
    tmux.send("Enter")
    tmux.wait_for("Published")
    tmux.send("v")
    screen = tmux.wait_for("no-such-pager-herald")
    toast = " ".join(line.strip(" ▌▐▎▊│") for line in screen.splitlines() if "▌" in line)
    assert "No program no-such-pager-herald was found (check $PAGER)." in " ".join(toast.split())
    assert "Traceback" not in screen and "Published" in screen
    tmux.send("q")
    tmux.wait_for("EXIT=0")
