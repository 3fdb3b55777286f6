"""Links leaving the app: the clipboard (OSC 52, also over SSH and through tmux) and the
browser (only for safe links to known hosts, never from an SSH session; hardening item 3).

Plain functions of their inputs (the environment is passed in), so the rules are tested
without a terminal. The app writes :func:`osc52` (and inside tmux :func:`tmux_passthrough` of
it); the screen asks :func:`link_refusal` and :func:`browser_unavailable` before it calls
:func:`webbrowser.open`.
"""

from __future__ import annotations

import base64
import sys
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from herald_tui.text import is_safe_url

__all__ = [
    "browser_unavailable",
    "known_hosts",
    "link_refusal",
    "osc52",
    "over_ssh",
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


def known_hosts(homes: Iterable[str], article_url: str | None = None) -> frozenset[str]:
    """Hosts a link may open in the browser: those of the sources' home pages, plus the host
    of the article's own canonical URL (``None``: no article)."""
    hosts = {urlsplit(url).hostname for url in (*homes, article_url or "") if url}
    return frozenset(host.lower() for host in hosts if host)


def link_refusal(url: str, hosts: frozenset[str]) -> str | None:
    """Why ``url`` must never reach the browser (one line for the user), or None: anything
    but an http(s) URL to one of ``hosts`` without control characters or spaces is refused
    (``javascript:``, ``file:``, ``--flag``, ESC-bearing links, foreign hosts)."""
    if not is_safe_url(url):
        return "not a web link: not opened"
    if not is_safe_url(url, hosts):
        return f"{urlsplit(url).hostname} is not one of the news sites: not opened"
    return None


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
