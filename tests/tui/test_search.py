"""Search: results stand in for the headline list, matches marked; a result opens with its
terms marked; Escape goes back to the section; a bad query is a message, never a crash."""

from __future__ import annotations

from typing import Any

import pytest
from textual.content import Content

from herald_tui.library import SearchHit
from herald_tui.tui.app import HeraldApp
from herald_tui.tui.widgets import HeadlineList
from herald_tui.tui.widgets._hanging import Hanging
from herald_tui.tui.widgets.article_body import Headline as HeadlineText
from herald_tui.tui.widgets.search import SearchResults
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import (
    focused,
    press,
    reader,
    record_notifications,
    screen_text,
    settle,
    terminal_bytes,
)
from tests.tui.sample_site import sample_news_library

WIDE = (120, 40)


async def search(pilot: Any, query: str) -> None:
    """Press / and type ``query`` (not Enter)."""
    await press(pilot, "slash")
    for character in query:
        await pilot.press(character if character != " " else "space")
    await settle(pilot)


def matched(content: object) -> list[str]:
    """The texts a snippet marks as matches."""
    assert isinstance(content, Content)
    spans = [s for s in content.spans if s.style == ".search-results--match"]
    return [content.plain[s.start : s.end] for s in spans]


async def test_results_replace_the_headline_list_with_marked_snippets(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "monsoon")
        await press(pilot, "enter")
        screen = reader(app)
        assert screen.searching and isinstance(focused(app), SearchResults)
        assert not screen.headline_list.display and screen.search_results.display
        assert [hit.url for hit in screen.search_results.hits] == [news.RAIN_URL]
        prompt = screen.search_results.get_option_at_index(0).prompt
        assert isinstance(prompt, Hanging)
        body = prompt.body
        assert body.plain.startswith(news.RAIN.headline + "  Yonhap News Agency · National\n")
        assert matched(body) == ["monsoon"]  # the snippet's mark, not the title's word
        assert "Search › monsoon · 1 result" in screen.status_bar.text


async def test_a_result_opens_with_its_terms_marked(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "kim conductor")
        await press(pilot, "enter", "enter")
        view = reader(app).article_view
        assert view.article is not None and view.article.url == news.CONDUCTOR_URL
        headline = view.query_one(".headline", HeadlineText)
        marked = [headline.text[s:e] for s, e in headline.matches]
        assert marked == ["Kim", "conductor"]
        lead = view.paragraphs[0]
        assert [lead.text[s:e] for s, e in lead.matches][:2] == ["Kim", "conductor"]


async def test_escape_goes_back_to_the_section(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "seoul")
        await press(pilot, "enter", "j", "enter")  # the second result
        screen = reader(app)
        hits = [hit.url for hit in screen.search_results.hits]
        assert len(hits) > 3 and news.RAIN_URL in hits
        assert screen.article_url == hits[1]
        await press(pilot, "n")  # next result
        assert screen.article_url == hits[2]
        await press(pilot, "escape")  # article -> results
        assert isinstance(focused(app), SearchResults)
        await press(pilot, "escape")  # results -> the section
        assert not screen.searching and isinstance(focused(app), HeadlineList)
        assert screen.headline_list.display and not screen.search_results.display
        assert "Yonhap News Agency › National" in screen.status_bar.text
        await press(pilot, "enter")  # the section's own article opens without marks
        assert all(not p.matches for p in screen.article_view.paragraphs)


async def test_a_bad_query_is_a_message_and_the_box_stays(make_app: MakeApp) -> None:
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, '"bank of')
        await press(pilot, "enter")
        screen = reader(app)
        [error] = notes.errors()
        assert error.startswith('unclosed quote (") in the search')
        assert app.is_running and not screen.searching
        assert focused(app) is screen.search_box
        await press(pilot, "escape")  # closes the box, back to the list
        assert not screen.query_one("#search-bar").display
        assert isinstance(focused(app), HeadlineList)


async def test_typing_a_query_does_not_trigger_keys(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "quotes saved")  # q quits, s saves, u, o... elsewhere
        screen = reader(app)
        assert app.is_running and screen.search_box.value == "quotes saved"
        assert not screen.quotes_open


@pytest.mark.parametrize("size", [(200, 40), (80, 24)])
async def test_a_hostile_snippet_is_shown_literally(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    sample = sample_news_library()
    snippet = "[@click=app.quit]x[/] \x02[b]rain\x1b]52;c;aGk=\x07\x03 \u202e\x1b[2J"
    hit = SearchHit(news.RAIN_URL, "yonhap", "[red]title[/]", snippet, news.RAIN.published)
    monkeypatch.setattr(sample.library, "search", lambda query, limit=50: [hit])
    quits: list[str] = []

    async def no_quit(self: HeraldApp) -> None:
        quits.append("quit")

    monkeypatch.setattr(HeraldApp, "action_quit", no_quit)
    app = make_app(sample)
    async with app.run_test(size=size) as pilot:
        await search(pilot, "rain")
        await press(pilot, "enter")
        text = screen_text(app)
        assert "[red]title[/]" in text and "[@click=app.quit]x[/] [b]rain]52;c;aGk=" in text
        await pilot.click(SearchResults)
        await settle(pilot)
        out = terminal_bytes(app)
    assert quits == []
    assert "\x1b]52" not in out and "\x1b[2J" not in out and "\u202e" not in out
