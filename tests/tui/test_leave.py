"""o with a [browser] command and v (the pager) in the app: the app steps aside, the program
runs (injected: no real program in these tests), the app comes back and goes on working."""

from __future__ import annotations

import webbrowser
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from herald_tui.config import BrowserSettings, Settings
from herald_tui.tui import app as app_module
from herald_tui.tui.app import HeraldApp
from tests.tui import sample_news as news
from tests.tui.helpers import press, reader, record_notifications
from tests.tui.sample_news import NOW
from tests.tui.sample_site import SampleNews

WIDE = (120, 40)
W3M = Settings(browser=BrowserSettings(command=("w3m", "{url}")))


class SteppingAsideApp(HeraldApp):
    """The app with a suspension that records when it steps aside and comes back (a
    headless test terminal cannot be suspended) and a runner that records what it runs."""

    CSS_PATH = str(Path(app_module.__file__).with_name("herald.tcss"))

    def __init__(self, *args: Any, status: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, run_program=self._run, **kwargs)
        self.events: list[object] = []
        self.status = status

    @contextmanager
    def suspend(self) -> Iterator[None]:
        self.events.append("suspend")
        yield
        self.events.append("resume")

    def _run(self, argv: Sequence[str], text: str | None) -> int:
        self.events.append(("run", list(argv), text))
        return self.status


def stepping_aside(sample: SampleNews, settings: Settings, status: int = 0) -> SteppingAsideApp:
    return SteppingAsideApp(sample.library, settings, clock=lambda: NOW, status=status)


@pytest.fixture(autouse=True)
def no_desktop_browser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """webbrowser.open is never really called: what it would have opened."""
    opened: list[str] = []

    def fake_open(url: str, *args: object, **kwargs: object) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(webbrowser, "open", fake_open)
    monkeypatch.setenv("DISPLAY", ":0")
    return opened


async def test_o_runs_the_browser_command_with_the_app_suspended_then_resumed(
    sample: SampleNews, no_desktop_browser: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.2 50000 10.0.0.1 22")  # over SSH too
    app = stepping_aside(sample, W3M)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter", "o")
        assert app.events == ["suspend", ("run", ["w3m", news.RAIN_URL], None), "resume"]
        await press(pilot, "n")  # the app is back and answers keys
        assert reader(app).article_url != news.RAIN_URL
    assert no_desktop_browser == [] and notes.messages == []


async def test_o_without_the_setting_keeps_the_desktop_browser(
    sample: SampleNews, no_desktop_browser: list[str]
) -> None:
    app = stepping_aside(sample, Settings())
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter", "o")
    assert app.events == []
    assert no_desktop_browser == [news.RAIN_URL]


async def test_a_browser_that_fails_is_one_line_and_the_app_goes_on(sample: SampleNews) -> None:
    app = stepping_aside(sample, W3M, status=1)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter", "o")
        assert app.events[-1] == "resume"
        await press(pilot, "n")
        assert reader(app).article_url != news.RAIN_URL
    assert notes.messages == ["w3m ended with exit status 1."]


async def test_v_pages_the_article_with_the_app_suspended_then_resumed(
    sample: SampleNews, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAGER", "less -R")
    app = stepping_aside(sample, Settings())
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter", "v")
        assert [e if isinstance(e, str) else e[:2] for e in app.events] == [  # type: ignore[index]
            "suspend",
            ("run", ["less", "-R"]),
            "resume",
        ]
        run = app.events[1]
        assert isinstance(run, tuple) and news.RAIN.headline in run[2]
        await press(pilot, "v")  # again: the app came back
    assert len(app.events) == 6


async def test_v_on_a_highlighted_headline_pages_that_article(
    sample: SampleNews, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PAGER", raising=False)
    app = stepping_aside(sample, Settings())
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "v")  # the first headline, not opened
    run = app.events[1]
    assert isinstance(run, tuple) and run[1] == ["less"]
    assert run[2].startswith("Yonhap News Agency · National\n" + news.RAIN.headline)


async def test_where_the_terminal_cannot_be_suspended_v_and_o_say_so(
    sample: SampleNews, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real App.suspend, in a headless test terminal, which cannot be handed over."""
    ran: list[list[str]] = []

    def run(argv: Sequence[str], text: str | None) -> int:
        ran.append(list(argv))
        return 0

    app = HeraldApp(sample.library, W3M, clock=lambda: NOW, run_program=run)
    notes = record_notifications(app)
    monkeypatch.setenv("PAGER", "less")
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter", "v", "o")
    assert ran == []
    assert notes.messages == [
        "less cannot run here: this terminal cannot be handed over to another program.",
        "w3m cannot run here: this terminal cannot be handed over to another program.",
    ]


async def test_o_over_ssh_without_the_setting_copies_and_says_how_to_read_here(
    sample: SampleNews, no_desktop_browser: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.2 50000 10.0.0.1 22")
    app = stepping_aside(sample, Settings())
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter", "o")
    assert app.events == [] and no_desktop_browser == []
    assert notes.messages == [
        "Copied the link instead (over SSH a browser would open on the server; a [browser] "
        f"command in the config opens it here): {news.RAIN_URL}"
    ]
