"""y copies the link with OSC 52 (wrapped for tmux inside tmux); o opens it in the browser,
only a safe link to a known site, and over SSH copies it instead (docs/SECURITY.md,
"Links leaving the app")."""

from __future__ import annotations

import base64
import webbrowser
from datetime import datetime

import pytest

from herald_tui.model import Article, Headline
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import press, record_notifications, terminal_writes
from tests.tui.sample_site import SampleNews, sample_news_library

WIDE = (120, 40)
OSC52_RAIN = f"\x1b]52;c;{base64.b64encode(news.RAIN_URL.encode()).decode()}\x07"


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL given to webbrowser.open (which is never really called)."""
    opened: list[str] = []

    def fake_open(url: str, *args: object, **kwargs: object) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(webbrowser, "open", fake_open)
    return opened


@pytest.fixture(autouse=True)
def desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    """A local desktop session, outside tmux and SSH, unless a test says otherwise."""
    for name in ("TMUX", "SSH_CONNECTION", "SSH_TTY", "BROWSER", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")


async def test_y_copies_the_link_with_osc52(make_app: MakeApp) -> None:
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        writes = terminal_writes(app)
        await press(pilot, "y")  # the highlighted headline
        await press(pilot, "enter", "y")  # the article being read
    assert writes == [OSC52_RAIN, OSC52_RAIN]
    assert notes.messages.count(f"Copied the link: {news.RAIN_URL}") == 2


async def test_y_inside_tmux_also_writes_the_passthrough(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1234,0")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        writes = terminal_writes(app)
        await press(pilot, "y")
    doubled = OSC52_RAIN.replace("\x1b", "\x1b\x1b")
    assert writes == [OSC52_RAIN, f"\x1bPtmux;{doubled}\x1b\\"]


async def test_o_opens_a_known_site_in_the_browser(make_app: MakeApp, browser: list[str]) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        writes = terminal_writes(app)
        await press(pilot, "enter", "o")
    assert browser == [news.RAIN_URL]
    assert writes == []


@pytest.mark.parametrize(
    "variable", ["SSH_CONNECTION", "SSH_TTY"], ids=["ssh-connection", "ssh-tty"]
)
async def test_o_over_ssh_copies_instead(
    make_app: MakeApp, browser: list[str], monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, "10.0.0.2 50000 10.0.0.1 22")
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        writes = terminal_writes(app)
        await press(pilot, "enter", "o")
    assert browser == []
    assert writes == [OSC52_RAIN]
    assert any("over SSH a browser would open on the server" in m for m in notes.messages)


async def test_o_without_a_desktop_copies_instead(
    make_app: MakeApp, browser: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DISPLAY")
    monkeypatch.setattr("sys.platform", "linux")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        writes = terminal_writes(app)
        await press(pilot, "o")
    assert browser == [] and writes == [OSC52_RAIN]


BAD_LINKS = [
    "javascript:alert(document.cookie)",
    "file:///etc/passwd",
    "--remote-debugging-port=9222",
    "https://en.yna.co.kr/view/\x1b]52;c;aGk=\x07AEN1",
    "https://evil.example/view/AEN20240710004200315",
    "https://en.yna.co.kr.evil.example/view/AEN1",
]


def library_listing(urls: list[str]) -> SampleNews:
    sample = sample_news_library()
    when = datetime(2024, 7, 10, 9, 0, tzinfo=news.KST)
    rows = [
        (Headline(url, f"link {n}", "yonhap", "national", when), 1) for n, url in enumerate(urls)
    ]
    sample.put_list("yonhap/national", rows)
    return sample


async def test_o_never_opens_a_bad_link(make_app: MakeApp, browser: list[str]) -> None:
    app = make_app(library_listing(BAD_LINKS))
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        writes = terminal_writes(app)
        for _url in BAD_LINKS:
            await press(pilot, "o", "y", "j")
    assert browser == []
    # y copies only what is a web link at all: the two foreign-host ones.
    assert len(writes) == 2 and all(w.startswith("\x1b]52;c;") for w in writes)
    refused = [m for m in notes.messages if m.endswith("not opened.")]
    assert len(refused) == len(BAD_LINKS)


async def test_o_never_opens_a_cached_article_with_a_bad_url(
    make_app: MakeApp, browser: list[str]
) -> None:
    bad = "javascript:alert(1)"
    sample = library_listing([bad])
    sample.put_article(Article(bad, "yonhap", "", "Bad", paragraphs=("x",)))
    app = make_app(sample)
    async with app.run_test(size=WIDE) as pilot:
        writes = terminal_writes(app)
        await press(pilot, "enter", "o", "y")
    assert browser == [] and writes == []


async def test_o_and_y_use_the_url_as_a_browser_reads_it(
    make_app: MakeApp, browser: list[str]
) -> None:
    """urllib sees en.yna.co.kr in the first link; a browser opens evil.example. What is opened
    or copied is the checked URL re-serialised, never the raw string."""
    links = [
        "http://evil.example\\@en.yna.co.kr/x",
        "http://user@en.yna.co.kr/view/AEN1",
        "HTTPS://EN.YNA.CO.KR:443/view/AEN2",
    ]
    app = make_app(library_listing(links))
    async with app.run_test(size=WIDE) as pilot:
        writes = terminal_writes(app)
        for _url in links:
            await press(pilot, "o", "y", "j")
    assert browser == ["https://en.yna.co.kr/view/AEN2"]
    copied = [base64.b64decode(w[7:-1]).decode() for w in writes]
    assert copied == ["http://evil.example/@en.yna.co.kr/x", "https://en.yna.co.kr/view/AEN2"]
