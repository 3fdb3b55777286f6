"""Hostile text and hostile sizes (docs/SECURITY.md, "Terminal escapes", "Markup injection" and
"Small terminals"): shown literally, never obeyed, never a crash."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import httpx
import pytest

from herald_tui.config import Settings, UISettings
from herald_tui.model import Article, Headline, Link, Photo, Quote, Section, Source, Video
from herald_tui.text import strip_controls
from herald_tui.tui.app import HeraldApp
from herald_tui.tui.screens.reader import ReaderScreen
from herald_tui.tui.widgets import HeadlineList, SectionTree, StatusBar
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import option_texts, press, reader, screen_text, settle, terminal_bytes
from tests.tui.sample_site import SampleNews, sample_news_library

PAYLOAD = "[@click=app.quit]Q[/] [/] [b]B[/b] [ @click=app.quit]S [$accent]V\x1b]52;c;aGk=\x07"
"""Action and style markup, an unbalanced close tag, an OSC 52 clipboard write."""
TAIL = "\x1b[2J\x9b31m\u202eE\u202c"
"""CSI clear-screen, a C1 CSI, bidi override and pop."""
SHOWN = strip_controls(PAYLOAD + TAIL)
"""What the screen must show: the same characters, minus the controls."""

URL = "https://en.yna.co.kr/view/AEN20240710009900315"
RELATED = "https://en.yna.co.kr/view/AEN20240710009800315"
FIELDS = (
    "source",
    "section",
    "headline",
    "summary",
    "subheadline",
    "byline",
    "caption",
    "credit",
    "paragraph",
    "tag",
    "related",
    "video",
    "email",
)


def hostile(field: str) -> str:
    """The payload as the value of ``field``, labelled so each field can be found."""
    return f"{field}:{PAYLOAD}{TAIL}"


def hostile_article() -> Article:
    """An article with the payload in every field a page gives."""
    when = datetime(2024, 7, 10, 9, 0, tzinfo=news.KST)
    return Article(
        url=URL,
        source="yonhap",
        section=hostile("section"),
        headline=hostile("headline"),
        subheadline=hostile("subheadline"),
        summary=hostile("summary"),
        byline=hostile("byline"),
        published=when,
        photos=(Photo("https://img.yna.co.kr/a.jpg", hostile("caption"), hostile("credit"), 0),),
        paragraphs=(hostile("paragraph"), "A second paragraph."),
        tags=(hostile("tag"),),
        related=(Link(RELATED, hostile("related")), Link("javascript:app.quit()", "bad link")),
        videos=(Video("https://www.yna.co.kr/video/1", hostile("video"), 1),),
        email=hostile("email"),
    )


def hostile_library(article: Article | None = None) -> SampleNews:
    """A site whose name, section, headline and ``article`` (default:
    :func:`hostile_article`) carry the payload."""
    when = datetime(2024, 7, 10, 9, 0, tzinfo=news.KST)
    source = Source("yonhap", hostile("source"), "https://en.yna.co.kr")
    section = Section("yonhap", "nk", hostile("section"))
    headline = Headline(URL, hostile("headline"), "yonhap", "nk", when, hostile("summary"))
    return sample_news_library(
        synced_minutes_ago=0,
        sources=(source,),
        sections={"yonhap": (section,)},
        lists={section.key: [(headline, 1)]},
        articles=[article or hostile_article()],
    )


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every attempt to quit instead of quitting."""
    calls: list[str] = []

    async def no_quit(self: HeraldApp) -> None:
        calls.append("quit")

    monkeypatch.setattr(HeraldApp, "action_quit", no_quit)
    return calls


async def test_hostile_text_is_shown_literally_and_never_obeyed(
    make_app: MakeApp, quits: list[str]
) -> None:
    library = hostile_library()
    wide_text = Settings(ui=UISettings(measure=200))  # one payload, one line: easy to find
    app = make_app(library, wide_text)
    async with app.run_test(size=(220, 60)) as pilot:
        await press(pilot, "enter", "z")
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        text = screen_text(app)
        for field in ("headline", "subheadline", "summary", "caption", "credit", "paragraph"):
            assert f"{field}:{SHOWN}" in text, field
        for field in ("tag", "related", "video", "byline", "section"):
            assert f"{field}:{SHOWN}" in text, field
        assert f"email:{SHOWN}" in text
        assert "bad link" not in text  # a javascript: link is not offered
        await press(pilot, "escape")  # back to the three panes
        text = screen_text(app)
        assert f"headline:{SHOWN}" in text  # the headline list
        label = screen.query_one(SectionTree).root.children[0]
        assert str(label.label) == f"source:{SHOWN}"
        assert str(label.children[0].label) == f"section:{SHOWN}"
        assert f"section:{SHOWN}" in screen.query_one(StatusBar).text
        # Click everything that could carry an action.
        for target in (HeadlineList, ".headline", "Paragraph", "PhotoBlock", SectionTree):
            await pilot.click(target)
            await settle(pilot)
        out = terminal_bytes(app)
    assert quits == []
    assert "\x1b]" not in out and "\x9b" not in out and "\x1b[2J" not in out
    assert "\u202e" not in out and "\x07" not in out


async def test_hostile_text_in_an_error_message_is_shown_literally(
    make_app: MakeApp, quits: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A failed section is told in words of our own (tui/failures.py); a failed article
    # shows the error's own text, which is where hostile text could come through.
    sample = sample_news_library()
    police = news.LISTS["yonhap/national"][2][0].url  # listed, not cached
    sample.site.failures[police] = httpx.ConnectError(hostile("error"))
    app = make_app(sample)
    # The toast must still be up when the screen is read: on a loaded machine settling took
    # longer than its 5 s and the test read a screen without it.
    monkeypatch.setattr(type(app), "NOTIFICATION_TIMEOUT", 600)
    async with app.run_test(size=(200, 40), notifications=True) as pilot:
        await press(pilot, "j", "j", "enter")
        # The toast wraps the line: rejoin the text right of its "▌" edge.
        lines = [line.partition("▌")[2].strip() for line in screen_text(app).splitlines()]
        assert f"error:{' '.join(SHOWN.split())}" in " ".join(line for line in lines if line)
    assert quits == []


SIZES = [(120, 40), (99, 31), (81, 25), (80, 24), (63, 17), (41, 13), (40, 12), (29, 9)]
SIZES += [(17, 5), (9, 4), (5, 3), (3, 2), (2, 1), (1, 1), (2, 2), (7, 3), (101, 33), (1, 40)]
SIZES += [(160, 1), (120, 40)]


async def test_any_size_down_to_one_cell_with_wide_and_combining_text(make_app: MakeApp) -> None:
    sample = sample_news_library()
    marks = "Zoe\u0308 cafe\u0301 Ha\u0300 No\u0302i, conjoining jamo \u1100\u1161\u11a8 🇰🇷 👩‍🎤"
    sample.put_article(
        dataclasses.replace(news.CONDUCTOR, paragraphs=(*news.CONDUCTOR.paragraphs, marks))
    )
    app = make_app(sample)
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "4", "enter")
        for n, (width, height) in enumerate(SIZES):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            await pilot.press(("j", "tab", "escape", "enter", "z", "space")[n % 6])
            await pilot.pause()
        await settle(pilot)
        assert app.is_running
        assert app.size == (120, 40)
        assert "김민지" in screen_text(app)


async def test_hostile_quotes_and_speakers_are_shown_literally(
    make_app: MakeApp, quits: list[str]
) -> None:
    article = hostile_article()
    quote = hostile("quote")
    speaker = hostile("speaker")
    body = f"He said {quote} today."
    article = dataclasses.replace(
        article,
        paragraphs=(body, *article.paragraphs[1:]),
        quotes=(
            Quote(quote, speaker, 0, "full", 8, 8 + len(quote), speaker),
            Quote("x", None, 0, "partial", 500, 900),  # offsets past the text: no crash
        ),
    )
    app = make_app(hostile_library(article), Settings(ui=UISettings(measure=200)))
    async with app.run_test(size=(240, 60)) as pilot:
        await press(pilot, "enter", "quotation_mark")
        rows = option_texts(reader(app).quote_panel.quote_list)
        assert rows[0] == f"Speaker:{SHOWN}\n“quote:{SHOWN}”"  # labels start with a capital
        assert rows[1] == "unattributed\n“…x…”"
        await pilot.click("QuoteList")
        await press(pilot, "j", "b", "enter")
        out = terminal_bytes(app)
    assert quits == []
    assert "\x1b]" not in out and "\x9b" not in out and "\x1b[2J" not in out
    assert "\u202e" not in out and "\x07" not in out


async def test_any_size_with_the_quote_panel_and_search_results(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "5", "enter", "quotation_mark")
        for n, (width, height) in enumerate(SIZES):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            await pilot.press(("j", "b", "G", "enter", "tab", "quotation_mark", "Q")[n % 7])
            await pilot.pause()
        await press(pilot, "slash", "s", "e", "o", "u", "l", "enter")
        for width, height in reversed(SIZES):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            await pilot.press("j")
        await settle(pilot)
        assert app.is_running and app.size == (120, 40)
        assert reader(app).searching


async def test_dates_at_the_limits_of_datetime_do_not_crash_the_app(make_app: MakeApp) -> None:
    """Issue 14, item 1: a headline dated 9999-12-31T23:59:59Z crashed the app at start-up
    on its section, and its article when opened (also offline, from the cache)."""
    far = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
    first = datetime(1, 1, 1, tzinfo=news.KST)
    section = Section("yonhap", "nk", "North Korea")
    title = "Dated at the end of time"
    sample = sample_news_library(
        synced_minutes_ago=0,
        sources=(Source("yonhap", "Yonhap", "https://en.yna.co.kr"),),
        sections={"yonhap": (section,)},
        lists={section.key: [(Headline(URL, title, "yonhap", "nk", far), 1)]},
        articles=[
            Article(URL, "yonhap", "", title, published=far, updated=first, paragraphs=("A.",))
        ],
    )
    app = make_app(sample)
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "enter")
        await settle(pilot)
        text = screen_text(app)
    assert title in text
    assert "9999-12-31 23:59 UTC+00:00" in text
