"""The app in a real terminal under tmux, against a real HTTP server on loopback."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from herald_tui.cache.store import Store
from herald_tui.demo.server import DemoServer
from tests.e2e.tmux import Tmux

pytestmark = pytest.mark.e2e

FIXTURES = Path(__file__).parents[1] / "fixtures"
HOSTILE = "https://en.yna.co.kr/view/AEN20260401000100315"


def app_env(**extra: str) -> dict[str, str]:
    """The test's environment (isolated HOME and XDG dirs) plus a real terminal type."""
    keep = ("PATH", "HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "LANG")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    return {**env, "TERM": "xterm-256color", "LANG": "C.UTF-8", "COLORTERM": "truecolor", **extra}


def herald(tmp_path: Path, *args: str) -> list[str]:
    dirs = ["--cache-dir", str(tmp_path / "cache"), "--data-dir", str(tmp_path / "data")]
    return [sys.executable, "-m", "herald_tui", *dirs, *args]


def _right_pane(screen: str) -> str:
    """The text right of the last pane edge ("▏") of each line, lines joined with spaces."""
    return " ".join(line.rsplit("▏", 1)[-1].strip() for line in screen.splitlines())


def _article_text(screen: str) -> str:
    """The article pane's text, lines joined with spaces: above the quote panel's top edge
    (the "▔" line) when the panel is below it, else the column left of the panel's "▏"."""
    lines = screen.splitlines()
    edge = next((n for n, line in enumerate(lines) if line.strip().startswith("▔▔▔")), None)
    if edge is not None:
        column = lines[:edge]
    else:
        column = [line.split("▏")[-2] for line in lines if line.count("▏") >= 2]
    return " ".join(" ".join(line.split()) for line in column)


def test_read_in_the_demo_then_again_offline(tmux: Tmux, tmp_path: Path) -> None:
    tmux.start(herald(tmp_path, "--demo"), width=100, height=30, env=app_env())
    tmux.wait_for(lambda s: "SAMPLE CONTENT" in s and "ONLINE" in s)
    tmux.wait_for(lambda s: "●" in s)  # the first section's headlines, unread
    with Store.open(tmp_path / "cache", tmp_path / "data", readonly=True) as store:
        [first] = store.headlines("koreaherald/all", limit=1)
    title = first.headline.title
    tmux.send("Enter")
    # The article pane (right of the list) shows it: its headline, then when it was published.
    tmux.wait_for(lambda s: "Published" in s and " ".join(title.split()[:4]) in _right_pane(s))

    # The quote panel: its header, then a jump to the last quotation.
    with Store.open(tmp_path / "cache", tmp_path / "data", readonly=True) as store:
        article = store.get_article(first.headline.url)
    assert article is not None and article.quotes
    speakers = len({quote.speaker for quote in article.quotes if quote.speaker})
    header = f"{speakers} speaker{'' if speakers == 1 else 's'} · {len(article.quotes)} quote"
    tmux.send('"')
    tmux.wait_for(header)
    last = article.quotes[-1]
    words = " ".join(last.text.split()[:4])
    tmux.send("G", "Enter")  # the last quotation; Enter jumps to it in the article
    screen = tmux.wait_for(lambda s: words in _article_text(s))
    assert header in screen
    # Highlighted in the article: underlined from its first word on (painted in a frame of
    # its own, perhaps just after the scroll).
    underlined = r"\x1b\[4m(?:\x1b\[[0-9;]*m)*" + re.escape(last.text.split()[0])
    tmux.wait_for(lambda s: re.search(underlined, s) is not None, raw=True)
    tmux.send("q")
    tmux.wait_for("EXIT=0")
    tmux.stop()

    tmux.start(herald(tmp_path, "--offline"), width=80, height=24, env=app_env())
    screen = tmux.wait_for(lambda s: "OFFLINE" in s and "●" in s)
    assert "SAMPLE CONTENT" not in screen
    tmux.send("Enter")
    tmux.wait_for(  # one pane at 80 columns
        lambda s: "Published" in s and " ".join(title.split()) in " ".join(s.split())
    )
    tmux.send("q")
    tmux.wait_for("EXIT=0")


def test_hostile_text_never_reaches_the_terminal(tmux: Tmux, tmp_path: Path) -> None:
    """Hardening item 1 in a real pty: control and escape characters, raw and as entities,
    in headline, caption and body, must not come out of the app as escape sequences."""
    root = tmp_path / "site" / "yonhap"
    (root / "view").mkdir(parents=True)
    (root / "RSS").mkdir()
    shutil.copy(FIXTURES / "yonhap" / "hostile.html", root / "view" / f"{HOSTILE[-20:]}.html")
    (root / "RSS" / "news.xml").write_text(
        "<?xml version='1.0' encoding='utf8'?><rss version='2.0'><channel><title>t</title>"
        f"<item><guid>{HOSTILE[-20:]}</guid><title>Payload [b]x[/b] &#27;]0;feed&#7;</title>"
        f"<link>{HOSTILE}</link><pubDate>Wed, 01 Apr 2026 09:00:00 +0900</pubDate></item>"
        "</channel></rss>",
        "utf-8",
    )
    with DemoServer(tmp_path / "site") as server:
        env = {**app_env(), "HERALD_TUI_SITE_YONHAP": f"{server.base_url}/yonhap"}
        sync = subprocess.run(
            [*herald(tmp_path, "sync", "--source", "yonhap", "--section", "news")],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert sync.returncode == 0, sync.stderr
    raw = tmp_path / "terminal.log"
    tmux.start(herald(tmp_path, "--offline"), width=100, height=30, env=app_env(), log=raw)
    tmux.wait_for("OFFLINE")
    title_before = tmux.title()
    tmux.send("9")  # Yonhap's All News: the Korea Herald's 8 sections come first
    tmux.wait_for("Payload [b]x[/b]")
    tmux.send("Enter")
    screen = tmux.wait_for("Police warn of fake")
    assert "[@click=app.quit]x[/]" in screen.replace("\n", "")  # shown literally
    tmux.send("j", "j", "j", "j", "j", "j")  # scroll the caption and body through
    tmux.send("q")
    tmux.wait_for("EXIT=0")
    output = raw.read_bytes().decode("utf-8", "replace")
    assert output, "pipe-pane recorded nothing"
    for injected in ("\x1b]0;pwned", "\x1b]0;feed", "\x1b]52;", "\x1b[31mRED", "\x1b[2J in",
                     "\u202e", "\x9b", "\x07 parcel"):  # fmt: skip
        assert injected not in output, f"{injected!r} reached the terminal"
    assert tmux.title() == title_before and "pwned" not in tmux.title()
    assert "Y2xpcGJvYXJk" not in tmux.buffers()  # no OSC 52 clipboard write landed


def _wait_until_gone(paths: list[Path], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while any(p.exists() for p in paths) and time.monotonic() < deadline:
        time.sleep(0.2)


@pytest.mark.parametrize("ending", ["kill-session", "SIGTERM"])
def test_the_demo_removes_its_temporary_directory_however_it_ends(
    tmux: Tmux, tmp_path: Path, ending: str
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    argv = [sys.executable, "-m", "herald_tui", "--demo"]
    tmux.start(argv, width=80, height=24, env=app_env(TMPDIR=str(temp)))
    tmux.wait_for(lambda s: "●" in s)  # headlines fetched into the temporary cache
    made = list(temp.glob("herald-tui-demo-*"))
    assert len(made) == 1 and (made[0] / "cache").is_dir()
    if ending == "SIGTERM":
        os.kill(tmux.program_pid(), signal.SIGTERM)
    else:
        tmux.stop()  # the terminal closes: SIGHUP
    _wait_until_gone(made)
    assert list(temp.iterdir()) == []


def test_y_under_tmux_says_whether_tmux_passes_the_copy_on(tmux: Tmux, tmp_path: Path) -> None:
    argv = herald(tmp_path, "--demo")
    tmux.start(argv, width=100, height=30, env=app_env())
    tmux.wait_for(lambda s: "●" in s)
    tmux.send("Enter")
    tmux.wait_for("Published")
    tmux.send("y")  # tmux's default set-clipboard (external) drops an application's copy
    screen = tmux.wait_for("Copied the link")
    assert "tmux set -g set-clipboard on" in " ".join(screen.split())
    assert tmux.buffers() == ""

    tmux.set_option("set-clipboard", "on")
    tmux.restart(argv, env=app_env())
    tmux.wait_for(lambda s: "●" in s)
    tmux.send("Enter")
    tmux.wait_for("Published")
    tmux.send("y")
    screen = tmux.wait_for("Copied the link")
    assert "set-clipboard" not in screen
    assert "https://www.koreaherald.com/article/" in tmux.buffers()  # it got through
