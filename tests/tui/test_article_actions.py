"""Article actions without an app: the real library (offline, in memory) and a host that
records what the actions asked of the screen."""

from __future__ import annotations

from collections.abc import Coroutine
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
