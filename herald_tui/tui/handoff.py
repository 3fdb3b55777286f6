"""Handing the terminal to another program: a text browser for ``o`` (the ``[browser]``
setting) and the pager for ``v``.

The app steps aside (Textual's ``App.suspend``) while the program runs and comes back when it
ends. A command is always a list run without a shell, so nothing in a link or an article can
become a command: the link is one argument (checked first by
:func:`herald_tui.tui.outside.browser_link`), the article text goes to the pager's standard
input. What can go wrong (no such program, a non-zero exit, a terminal that cannot be handed
over) is one line for the user, never an exception.

The command lines are pure functions, tested without a terminal; :func:`hand_over` takes the
suspension and the runner as arguments, so the app's tests inject both.
"""

from __future__ import annotations

import shlex
import subprocess
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import PurePath

from textual.app import SuspendNotSupported

from herald_tui.config import URL_PLACEHOLDER
from herald_tui.text import clean_line

__all__ = [
    "DEFAULT_PAGER",
    "BadCommand",
    "Runner",
    "browser_command",
    "hand_over",
    "pager_command",
    "run_program",
]

DEFAULT_PAGER = "less"
"""The pager when ``$PAGER`` is unset or empty."""

Runner = Callable[[Sequence[str], str | None], int]
"""Runs a command (``text``, if given, on its standard input) and returns its exit status;
raises :class:`OSError` when it cannot be started."""


class BadCommand(ValueError):
    """A command line that cannot be run; the message is one line for the user."""


def browser_command(template: Sequence[str], url: str) -> list[str]:
    """The ``[browser]`` command for ``url``: each ``{url}`` in an argument replaced by the
    link, or the link appended as the last argument when there is none. ``url`` must already
    be a checked link (``browser_link``): it is passed as one argument, never parsed."""
    if not any(URL_PLACEHOLDER in arg for arg in template):
        return [*template, url]
    return [arg.replace(URL_PLACEHOLDER, url) for arg in template]


def pager_command(env: Mapping[str, str]) -> list[str]:
    """``$PAGER`` split as a shell would split words (``less -R``, ``"my pager" -x``), but
    never given to one; :data:`DEFAULT_PAGER` when it is unset or blank. Raises
    :class:`BadCommand` for one that cannot be split (an unclosed quote)."""
    value = env.get("PAGER", "")
    try:
        argv = shlex.split(value)
    except ValueError as error:
        raise BadCommand(f"$PAGER cannot be read as a command ({error}).") from None
    return argv or [DEFAULT_PAGER]


def run_program(argv: Sequence[str], text: str | None) -> int:
    """Run ``argv`` in this terminal, without a shell, ``text`` (UTF-8) on its standard input
    when given; return its exit status."""
    done = subprocess.run(
        list(argv),
        input=text,
        encoding="utf-8" if text is not None else None,
        errors="replace" if text is not None else None,
        check=False,
        shell=False,
    )
    return done.returncode


def hand_over(
    suspend: Callable[[], AbstractContextManager[None]],
    run: Runner,
    argv: Sequence[str],
    *,
    text: str | None = None,
    what: str,
) -> str | None:
    """Run ``argv`` with the app suspended (``suspend``: ``App.suspend``) and resumed after;
    None if it ran and ended well, else what went wrong in one line. ``what`` names where
    the command comes from (``$PAGER``, ``the [browser] command``) for the messages."""
    name = _program(argv)
    try:
        with suspend():
            # Caught inside: an exception leaving the block would skip Textual's resume and
            # leave the terminal to nobody.
            outcome = _run(run, argv, text, name, what)
    except SuspendNotSupported:
        return f"{name} cannot run here: this terminal cannot be handed over to another program."
    return outcome


def _run(run: Runner, argv: Sequence[str], text: str | None, name: str, what: str) -> str | None:
    if not argv:
        return f"Nothing to run: {what} is empty."
    try:
        status = run(argv, text)
    except FileNotFoundError:
        return f"No program {name} was found (check {what})."
    except OSError as error:
        return f"{name} could not be started: {clean_line(error.strerror or str(error))}."
    if status < 0:
        return f"{name} was stopped by signal {-status}."
    if status > 0:
        return f"{name} ended with exit status {status}."
    return None


def _program(argv: Sequence[str]) -> str:
    """The program's name for a message: its file name, cleaned, cut short."""
    name = clean_line(PurePath(argv[0]).name if argv else "") or "the program"
    return name if len(name) <= 40 else name[:39] + "…"
