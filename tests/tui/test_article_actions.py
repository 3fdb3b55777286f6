"""Article actions without an app: the real library (offline, in memory) and a host that
records what the actions asked of the screen."""

from __future__ import annotations

import dataclasses
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

from herald_tui.errors import HeraldError
from herald_tui.tui.screens.article_actions import ArticleActions, Target
from tests.tui import sample_news as news
from tests.tui.sample_site import SampleNews, sample_news_library

UNCACHED = news.LISTS["yonhap/national"][2][0].url


@dataclass
class Host:
    """An ActionHost that records every call; ``listed`` URLs have a row."""

    listed: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    rows: list[tuple[str, bool | None, bool | None]] = field(default_factory=list)
    counts: list[bool] = field(default_factory=list)
    """``everywhere`` of each recount."""
    copied: list[str] = field(default_factory=list)
    background: list[Coroutine[Any, Any, None]] = field(default_factory=list)
    ran: list[tuple[list[str], str | None, str]] = field(default_factory=list)
    """Each command run in the terminal: its argv, its standard input, where it came from."""
    outcome: str | None = None
    """What :meth:`run_outside` answers (None: the program ran and ended well)."""

    def notify(self, message: str, **_options: object) -> None:
        self.notes.append(message)

    def report_error(self, error: BaseException | None) -> str:
        self.errors.append(str(error))
        return str(error)

    def update_row(self, url: str, *, read: bool | None = None, saved: bool | None = None) -> bool:
        self.rows.append((url, read, saved))
        return url in self.listed

    def update_counts(self, *, everywhere: bool = False) -> None:
        self.counts.append(everywhere)

    def copy_to_clipboard(self, text: str) -> None:
        self.copied.append(text)

    def in_background(self, work: Coroutine[Any, Any, None]) -> None:
        work.close()  # never run: recorded only
        self.background.append(work)

    def run_outside(self, argv: Sequence[str], text: str | None, what: str) -> str | None:
        self.ran.append((list(argv), text, what))
        return self.outcome


@pytest.fixture
def sample() -> SampleNews:
    return sample_news_library(offline=True)


def rain(sample: SampleNews, *, read: bool = False) -> Target:
    return Target(news.RAIN_URL, sample.store.get_article(news.RAIN_URL), read)


def test_s_saves_then_unsaves_and_keeps_the_row_and_counts_in_step(sample: SampleNews) -> None:
    host = Host(listed={news.RAIN_URL})
    actions = ArticleActions(sample.library, host)
    actions.toggle_saved(rain(sample))
    assert sample.saved_urls() == [news.RAIN_URL]
    assert host.rows == [(news.RAIN_URL, None, True)]
    assert host.notes == ["Saved: kept offline."]
    actions.toggle_saved(rain(sample))
    assert sample.saved_urls() == []
    assert host.rows[-1] == (news.RAIN_URL, None, False)
    assert host.notes[-1] == "Removed from Saved."
    assert host.counts == [False, False]


def test_offline_an_article_not_cached_is_not_saved_and_the_user_told_why(
    sample: SampleNews,
) -> None:
    host = Host()
    ArticleActions(sample.library, host).toggle_saved(Target(UNCACHED, None, False))
    assert sample.saved_urls() == []
    assert host.rows == [] and host.counts == [] and host.background == []
    assert host.notes == ["Not in the cache, and offline: cannot save it."]


def test_online_an_article_not_cached_is_fetched_in_the_background_to_be_saved() -> None:
    online = sample_news_library()
    host = Host()
    ArticleActions(online.library, host).toggle_saved(Target(UNCACHED, None, False))
    assert len(host.background) == 1  # the fetch-and-save (tests/tui/test_newcomer_reader.py)
    assert host.notes == ["Saving: fetching the article…"]
    assert online.saved_urls() == []  # not yet: it is saved when the fetch is done


def test_u_toggles_the_read_mark_from_what_is_shown(sample: SampleNews) -> None:
    host = Host(listed={news.RAIN_URL})
    actions = ArticleActions(sample.library, host)
    actions.toggle_read(rain(sample, read=True))  # shown read: u marks it unread
    assert news.RAIN_URL not in sample.read_urls()
    assert host.notes == ["Marked unread."]
    # The row still says read (the screen has not redrawn yet): the session's mark wins.
    actions.toggle_read(rain(sample, read=True))
    assert news.RAIN_URL in sample.read_urls()
    assert host.rows == [(news.RAIN_URL, False, None), (news.RAIN_URL, True, None)]
    assert host.counts == [False, False]  # listed: its own section's count is enough


def test_marking_an_article_not_listed_recounts_every_section(sample: SampleNews) -> None:
    host = Host()
    assert ArticleActions(sample.library, host).mark_read(news.SQUAD_URL)
    assert news.SQUAD_URL in sample.read_urls()
    assert host.counts == [True]


def test_a_library_that_cannot_mark_is_reported_and_nothing_changes(
    sample: SampleNews, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(url: str, read: bool = True) -> None:
        raise HeraldError("the data directory is read-only")

    monkeypatch.setattr(sample.library, "set_read", refuse)
    host = Host(listed={news.RAIN_URL})
    actions = ArticleActions(sample.library, host)
    actions.toggle_read(rain(sample))
    assert host.errors == ["the data directory is read-only"]
    assert host.rows == [] and host.counts == [] and host.notes == []
    assert not actions.is_read(rain(sample))


def test_y_copies_only_a_web_link(sample: SampleNews) -> None:
    host = Host()
    actions = ArticleActions(sample.library, host)
    actions.copy_link(rain(sample))
    actions.copy_link(Target("javascript:alert(1)", None, False))
    assert host.copied == [news.RAIN_URL]
    assert host.notes == [f"Copied the link: {news.RAIN_URL}", "Not a web link: not copied."]


def test_o_opens_a_known_site_in_the_background_and_refuses_another(
    sample: SampleNews, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("SSH_CONNECTION", "SSH_TTY", "BROWSER", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    host = Host()
    actions = ArticleActions(sample.library, host)
    actions.open_link(rain(sample))
    assert len(host.background) == 1 and host.notes == []
    actions.open_link(Target("https://evil.example/view/AEN1", None, False))
    assert len(host.background) == 1
    assert host.notes and host.notes[0].endswith("not opened.")


W3M = ("w3m", "-o", "confirm_qq=0", "{url}")


def test_o_with_a_browser_command_runs_it_over_ssh_too_with_the_link_as_one_argument(
    sample: SampleNews, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.2 50000 10.0.0.1 22")  # a text browser works
    host = Host()
    actions = ArticleActions(sample.library, host, browser=W3M)
    actions.open_link(rain(sample))
    assert host.ran == [
        (["w3m", "-o", "confirm_qq=0", news.RAIN_URL], None, "the [browser] command")
    ]
    assert host.background == [] and host.copied == [] and host.notes == []


@pytest.mark.parametrize("url", ["https://evil.example/view/AEN1", "file:///etc/passwd"])
def test_o_with_a_browser_command_still_refuses_other_hosts(sample: SampleNews, url: str) -> None:
    host = Host()
    actions = ArticleActions(sample.library, host, browser=W3M)
    actions.open_link(Target(url, None, False))
    assert host.ran == []
    assert host.notes and host.notes[0].endswith("not opened.")


def test_o_says_in_one_line_what_went_wrong_with_the_browser(sample: SampleNews) -> None:
    host = Host(outcome="w3m ended with exit status 1.")
    actions = ArticleActions(sample.library, host, browser=("w3m",))
    actions.open_link(rain(sample))
    assert host.ran[0][0] == ["w3m", news.RAIN_URL]  # no placeholder: the link is appended
    assert host.notes == ["w3m ended with exit status 1."]


def test_v_sends_the_article_as_plain_text_to_the_pager(
    sample: SampleNews, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAGER", "less -R")
    host = Host()
    ArticleActions(sample.library, host).page(rain(sample))
    [(argv, text, what)] = host.ran
    assert argv == ["less", "-R"] and what == "$PAGER"
    assert text is not None
    lines = text.splitlines()
    assert lines[:2] == ["Yonhap News Agency · National", news.RAIN.headline]
    assert "Yonhap" in lines and news.RAIN.url in lines  # byline, link
    assert any(line.startswith("Published 2024-07-10") for line in lines)
    assert "최은영" in text and "[Photo] A car drives through a flooded road" in text
    assert host.notes == []


def test_v_without_pager_uses_less(sample: SampleNews, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAGER", raising=False)
    host = Host()
    ArticleActions(sample.library, host).page(rain(sample))
    assert host.ran[0][0] == ["less"]


def test_v_never_sends_escape_or_control_characters(sample: SampleNews) -> None:
    hostile = dataclasses.replace(
        news.RAIN,
        headline="Rain\x1b]0;owned\x07 warnings\x9b31m",
        byline="Yonhap\u202e",
        paragraphs=("A line\x1b[2J cleared\rthe screen.",),
    )
    host = Host()
    ArticleActions(sample.library, host).page(Target(news.RAIN_URL, hostile, False))
    text = host.ran[0][1]
    assert text is not None and "Rain]0;owned warnings31m" in text
    assert not any((ord(c) < 32 and c not in "\n") or 0x7F <= ord(c) <= 0x9F for c in text)
    assert "\u202e" not in text


def test_v_with_an_unreadable_pager_or_no_article_says_so(
    sample: SampleNews, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAGER", "less 'unclosed")
    host = Host()
    actions = ArticleActions(sample.library, host)
    actions.page(rain(sample))
    actions.page(Target(UNCACHED, None, False))
    assert host.ran == []
    assert host.notes[0].startswith("$PAGER cannot be read as a command")
    assert host.notes[1] == "Not in the cache: open the article first."
