"""Links leaving the app: the clipboard (OSC 52, also over SSH and through tmux) and the
browser (only for safe links to known hosts, never from an SSH session; ``docs/SECURITY.md``,
"Links leaving the app").

Plain functions of their inputs (the environment is passed in), so the rules are tested
without a terminal. The app writes :func:`osc52` (and inside tmux :func:`tmux_passthrough` of
it); the screen asks :func:`browser_link` (or :func:`clipboard_link`) for the URL to use and
:func:`browser_unavailable` before it calls :func:`webbrowser.open`. A link is parsed as a
browser parses it (:mod:`herald_tui.weburl`) and only its re-serialised form leaves the app.
"""

from __future__ import annotations

import base64
import subprocess
import sys
from collections.abc import Iterable, Mapping

from herald_tui.weburl import BadUrl, checked_url

__all__ = [
    "TMUX_OPTIONS",
    "LinkRefused",
    "ask_tmux",
    "browser_link",
    "browser_unavailable",
    "clipboard_link",
    "known_hosts",
    "osc52",
    "over_ssh",
    "tmux_clipboard_note",
    "tmux_passthrough",
]

ESC = "\x1b"


def osc52(text: str) -> str:
    """The OSC 52 sequence that asks the terminal to put ``text`` on the clipboard."""
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return f"{ESC}]52;c;{data}\a"


def tmux_passthrough(sequence: str) -> str:
    """``sequence`` wrapped in tmux's DCS passthrough, so tmux hands it to the terminal it
    runs in: ``ESC P tmux; <sequence, every ESC doubled> ESC \\``."""
    return f"{ESC}Ptmux;{sequence.replace(ESC, ESC + ESC)}{ESC}\\"


def over_ssh(env: Mapping[str, str]) -> bool:
    """True in an SSH session, where a browser would open on the server, not for the user."""
    return bool(env.get("SSH_CONNECTION") or env.get("SSH_TTY"))


class LinkRefused(ValueError):
    """A link that must not leave the app; the message is one line for the user."""


def known_hosts(homes: Iterable[str], article_url: str | None = None) -> frozenset[str]:
    """Hosts a link may open in the browser: those of the sources' home pages, plus the host
    of the article's own canonical URL (``None``: no article)."""
    hosts = set()
    for url in (*homes, article_url or ""):
        try:
            hosts.add(checked_url(url).host_key)
        except BadUrl:
            continue
    return frozenset(hosts)


def browser_link(url: str, hosts: frozenset[str]) -> str:
    """The URL to give the browser: ``url`` as a browser reads it, re-serialised, if it is an
    http(s) link to one of ``hosts`` without credentials, control characters or spaces.
    Raises :class:`LinkRefused` for anything else (``javascript:``, ``file:``, ``--flag``,
    ESC-bearing links, foreign hosts, ``http://evil.example\\@site/``)."""
    try:
        parsed = checked_url(url)
    except BadUrl:
        raise LinkRefused("not a web link: not opened") from None
    if parsed.host_key not in hosts:
        raise LinkRefused(f"{parsed.host_key} is not one of the news sites: not opened")
    return str(parsed)


def clipboard_link(url: str) -> str:
    """The URL to copy: ``url`` re-serialised if it is a safe http(s) link to any host, so
    what the user pastes goes where it says. Raises :class:`LinkRefused`."""
    try:
        return str(checked_url(url))
    except BadUrl:
        raise LinkRefused("not a web link: not copied") from None


def browser_unavailable(env: Mapping[str, str], platform: str | None = None) -> str | None:
    """Why no browser should be started from here (the link is copied instead), or None.

    Over SSH a browser would open on the server. On Linux or BSD without a desktop session
    and without a ``BROWSER`` chosen, Python would fall back to a text-mode browser that
    fights the app for the terminal. ``platform``: ``sys.platform`` unless given."""
    if over_ssh(env):
        return "over SSH a browser would open on the server"
    desktop = env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("BROWSER")
    if (platform or sys.platform) not in ("darwin", "win32", "cygwin") and not desktop:
        return "no desktop session to open a browser in"
    return None


TMUX_OPTIONS = "#{set-clipboard} #{allow-passthrough}"
"""What decides whether a copy made inside tmux reaches the terminal's clipboard."""


def tmux_clipboard_note(options: str | None) -> str | None:
    """What to add to "Copied" inside tmux, from :data:`TMUX_OPTIONS` as tmux printed them
    (None: tmux could not be asked), or None when the copy gets through.

    tmux takes an application's OSC 52 only with ``set-clipboard on`` (its default,
    ``external``, drops it) and passes the wrapped one on only with ``allow-passthrough``."""
    if options is None:
        return "inside tmux it reaches the clipboard only if tmux's set-clipboard is on"
    clipboard, _, passthrough = options.strip().partition(" ")
    if clipboard == "on" or passthrough.strip() in ("1", "on", "all"):
        return None
    return "but tmux drops it: 'tmux set -g set-clipboard on' lets it through"


def ask_tmux(env: Mapping[str, str]) -> str | None:
    """:data:`TMUX_OPTIONS` for this pane, from the tmux we run in (``env``: the process
    environment, whose ``TMUX`` names the server); None outside tmux or when tmux does not
    answer. Blocking: call it off the event loop."""
    if not env.get("TMUX"):
        return None
    try:
        done = subprocess.run(
            ["tmux", "display-message", "-p", TMUX_OPTIONS],
            capture_output=True,
            text=True,
            timeout=2,
            check=True,
            env=dict(env),
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None
