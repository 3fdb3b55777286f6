"""Links leaving the app (docs/SECURITY.md, "Links leaving the app"): OSC 52 and tmux,
which links may open, and when a browser must not be started. Pure functions; the app's use
of them is in test_links.py."""

from __future__ import annotations

import base64
import os

import pytest

from herald_tui.tui.outside import (
    LinkRefused,
    ask_tmux,
    browser_link,
    browser_unavailable,
    clipboard_link,
    known_hosts,
    osc52,
    over_ssh,
    tmux_clipboard_note,
    tmux_passthrough,
)

LINK = "https://en.yna.co.kr/view/AEN20240710004200315"
HOSTS = known_hosts(["https://en.yna.co.kr", "https://www.koreaherald.com/"])


def test_osc52_carries_the_text_in_base64() -> None:
    sequence = osc52(LINK)
    assert sequence.startswith("\x1b]52;c;") and sequence.endswith("\x07")
    assert base64.b64decode(sequence[7:-1]).decode() == LINK


def test_tmux_passthrough_doubles_every_escape() -> None:
    wrapped = tmux_passthrough("\x1b]52;c;QQ==\x07")
    assert wrapped == "\x1bPtmux;\x1b\x1b]52;c;QQ==\x07\x1b\\"


def test_known_hosts_are_the_sources_and_the_article() -> None:
    assert {"en.yna.co.kr", "www.koreaherald.com"} == HOSTS
    assert known_hosts(["https://en.yna.co.kr"], "https://m.yna.co.kr/x") == {
        "en.yna.co.kr",
        "m.yna.co.kr",
    }


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "--new-window=evil",
        "-x",
        "https://en.yna.co.kr/view/\x1b]52;c;aGk=\x07",
        "https://en.yna.co.kr/view/a b",
        "https://evil.example/en.yna.co.kr",
        "https://en.yna.co.kr.evil.example/",
        "ftp://en.yna.co.kr/x",
        "http://evil.example\\@en.yna.co.kr/x",
        "http://user:pass@en.yna.co.kr/x",
        "https://evil.example#@en.yna.co.kr",
        "",
    ],
)
def test_bad_links_are_refused(url: str) -> None:
    with pytest.raises(LinkRefused, match=r"not opened$"):
        browser_link(url, HOSTS)


def test_a_link_to_a_known_site_is_allowed_re_serialised() -> None:
    assert browser_link(LINK, HOSTS) == LINK
    assert browser_link("http://WWW.KOREAHERALD.COM/article/1", HOSTS) == (
        "http://www.koreaherald.com/article/1"
    )
    assert browser_link("https://en%2Eyna.co.kr:443/view/한", HOSTS) == (
        "https://en.yna.co.kr/view/%ED%95%9C"
    )


def test_a_copied_link_is_what_a_browser_would_open() -> None:
    assert clipboard_link("http://evil.example\\@en.yna.co.kr/x") == (
        "http://evil.example/@en.yna.co.kr/x"
    )
    for bad in ("javascript:alert(1)", "http://u@en.yna.co.kr/", "https://x/\x1b[2J"):
        with pytest.raises(LinkRefused, match=r"not copied$"):
            clipboard_link(bad)


def test_no_browser_over_ssh_or_without_a_desktop() -> None:
    desktop = {"DISPLAY": ":0"}
    assert browser_unavailable(desktop, "linux") is None
    assert browser_unavailable({}, "darwin") is None
    assert browser_unavailable({**desktop, "SSH_CONNECTION": "10.0.0.2 5 10.0.0.1 22"}, "linux")
    assert browser_unavailable({"SSH_CONNECTION": "1 2 3 4"}, "darwin")
    assert browser_unavailable({}, "linux")  # a text browser would take over the terminal
    assert browser_unavailable({"BROWSER": "firefox"}, "linux") is None
    assert over_ssh({"SSH_TTY": "/dev/pts/3"})


@pytest.mark.parametrize(
    ("options", "note"),
    [
        ("on 0", None),
        ("external 1", None),
        ("off all", None),
        ("external 0", "but tmux drops it: 'tmux set -g set-clipboard on' lets it through"),
        ("off off", "but tmux drops it: 'tmux set -g set-clipboard on' lets it through"),
        (None, "inside tmux it reaches the clipboard only if tmux's set-clipboard is on"),
    ],
)
def test_a_copy_inside_tmux_says_when_tmux_drops_it(options: str | None, note: str | None) -> None:
    assert tmux_clipboard_note(options) == note


def test_tmux_is_asked_only_inside_tmux_and_silence_is_no_answer() -> None:
    assert ask_tmux({}) is None
    path = os.environ.get("PATH", "")
    assert ask_tmux({"TMUX": "/nonexistent/tmux-socket,1,0", "PATH": path}) is None
