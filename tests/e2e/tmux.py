"""Drive a program in a real terminal: a detached tmux session, keys in, screen text out."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

__all__ = ["WAIT_SECONDS", "Tmux", "tmux_available"]

WAIT_SECONDS = 60.0
"""How long :meth:`Tmux.wait_for` polls before the test fails: far above any real wait, even
when the machine's cores are shared by several test runs (a start then takes seconds)."""


def tmux_available() -> bool:
    """True if a tmux binary is on PATH."""
    return shutil.which("tmux") is not None


class Tmux:
    """One tmux server (own socket, so tests never touch a user's sessions) with one window."""

    def __init__(self, workdir: Path) -> None:
        self.socket = workdir / f"tmux-{uuid.uuid4().hex[:8]}.sock"
        self.session = "t"

    def _tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-S", str(self.socket), *args],
            capture_output=True,
            text=True,
            check=check,
            timeout=30,
        )

    def start(
        self,
        argv: list[str],
        *,
        width: int = 100,
        height: int = 30,
        env: Mapping[str, str],
        log: Path | None = None,
    ) -> None:
        """Run ``argv`` in a new detached session of ``width`` x ``height`` cells.

        ``log``: append every byte the program writes to the terminal to this file."""
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        # With a log, the program waits for pipe-pane to be attached (a tmux wait-for
        # channel, not a pause of a guessed length) so that nothing it writes is missed; the
        # pane stays after the program exits so its last screen and exit status can be read.
        channel = f"{self.session}-piped"
        wait = f"tmux -S {shlex.quote(str(self.socket))} wait-for {channel}; " if log else ""
        command = f"{wait}env {exports} {shlex.join(argv)}; echo EXIT=$?; sleep 60"
        # The server must outlive the session: by default tmux exits with its last session,
        # and a start just after a stop could reach the exiting server ("server exited
        # unexpectedly", seen under load in CI). With exit-empty off it stays until kill().
        self._tmux(
            "new-session",
            "-d",
            "-s",
            self.session,
            "-x",
            str(width),
            "-y",
            str(height),
            command,
            ";",
            "set-option",
            "-g",
            "exit-empty",
            "off",
        )
        if log:
            self._tmux("pipe-pane", "-t", self.session, f"cat >> {shlex.quote(str(log))}")
            self._tmux("wait-for", "-S", channel)

    def set_option(self, name: str, value: str) -> None:
        """Set a global tmux option (``set-clipboard on``) on this server."""
        self._tmux("set-option", "-g", name, value)

    def restart(self, argv: list[str], *, env: Mapping[str, str]) -> None:
        """Run ``argv`` again in the session's pane (the server and its options stay)."""
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        command = f"env {exports} {shlex.join(argv)}; echo EXIT=$?; sleep 60"
        self._tmux("respawn-pane", "-k", "-t", self.session, command)

    def stop(self) -> None:
        """End the session (the tmux server stays for the next :meth:`start`)."""
        self._tmux("kill-session", "-t", self.session, check=False)

    def program_pid(self) -> int:
        """The process id of the program :meth:`start` ran (the child of the pane's shell)."""
        shell = self._tmux("display-message", "-p", "-t", self.session, "#{pane_pid}").stdout
        ps = ["ps", "-o", "pid=", "--ppid", shell.strip()]
        children = subprocess.run(ps, capture_output=True, text=True, check=True, timeout=30)
        return int(children.stdout.split()[0])

    def title(self) -> str:
        """The pane's title, which an OSC 0/2 sequence would change."""
        return self._tmux("display-message", "-p", "-t", self.session, "#{pane_title}").stdout

    def buffers(self) -> str:
        """tmux's paste buffers, which an OSC 52 clipboard write would fill."""
        return self._tmux("list-buffers", check=False).stdout

    def send(self, *keys: str) -> None:
        """Send tmux key names ("Enter", "Escape", "j", "C-c")."""
        for key in keys:
            self._tmux("send-keys", "-t", self.session, key)
            time.sleep(0.15)  # let the app handle each key like a typing user

    def screen(self) -> str:
        """The visible pane as plain text."""
        return self._tmux("capture-pane", "-p", "-t", self.session, check=False).stdout

    def raw_screen(self) -> str:
        """The visible pane with escape sequences (to check what reached the terminal)."""
        return self._tmux("capture-pane", "-p", "-e", "-t", self.session, check=False).stdout

    def wait_for(
        self,
        predicate: str | Callable[[str], bool],
        *,
        timeout: float = WAIT_SECONDS,
        raw: bool = False,
    ) -> str:
        """Poll the screen until ``predicate`` (a substring or a function) holds; return it.

        ``raw``: poll the screen with its escape sequences (:meth:`raw_screen`)."""
        check = (lambda s: predicate in s) if isinstance(predicate, str) else predicate
        capture = self.raw_screen if raw else self.screen
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = capture()
            if check(screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {predicate!r}; screen was:\n{screen}")

    def kill(self) -> None:
        """Stop the tmux server and everything in it."""
        self._tmux("kill-server", check=False)
