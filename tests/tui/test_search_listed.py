"""Search what you see, in the app: a word only in the listed headlines is found, such a hit
opened offline says it is not stored, and every form of a name finds the same rows."""

from __future__ import annotations

from herald_tui.tui.listing import NOT_STORED
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import (
    option_texts,
    press,
    reader,
    record_notifications,
    screen_text,
    settle,
)
from tests.tui.sample_site import sample_news_library
from tests.tui.test_search import WIDE, search

SUBWAY_URL = news.YNA + "AEN20240709008800315"
"""Listed in yonhap/national, its article never stored."""
FAMILIES_URL = news.YNA + "AEN20240709005100325"
"""Listed in yonhap/nk as "... urges N. Korea to ...", its article never stored."""


async def test_a_word_only_in_listed_headlines_is_found(make_app: MakeApp) -> None:
    app = make_app(sample_news_library(offline=True, synced_minutes_ago=600))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "Seoul subway fares" in screen_text(app)  # on screen, never opened
        await search(pilot, "subway")
        await press(pilot, "enter")
        results = reader(app).search_results
        assert [(h.url, h.stored) for h in results.hits] == [(SUBWAY_URL, False)]


async def test_opening_a_listed_only_hit_offline_says_not_stored(make_app: MakeApp) -> None:
    sample = sample_news_library(offline=True, synced_minutes_ago=600)
    app = make_app(sample)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "subway")
        await press(pilot, "enter", "enter")
        await settle(pilot)
        assert NOT_STORED in notes.errors()
        assert "Not stored: this headline was listed" in screen_text(app)
    assert sample.site.requests == []


async def test_every_form_of_a_name_finds_the_same_rows(make_app: MakeApp) -> None:
    app = make_app(sample_news_library(offline=True, synced_minutes_ago=600))
    found: dict[str, list[str]] = {}
    async with app.run_test(size=WIDE) as pilot:
        for query in ("N. Korea", "North Korea", "DPRK"):
            await search(pilot, query)
            await press(pilot, "enter")
            found[query] = sorted(h.url for h in reader(app).search_results.hits)
    assert FAMILIES_URL in found["North Korea"]  # the headline says "N. Korea"
    assert news.MISSILE_URL in found["N. Korea"]  # the article says "North Korea"
    assert found["N. Korea"] == found["North Korea"] == found["DPRK"]


async def test_a_listed_only_hit_shows_its_sections_title_not_its_id(make_app: MakeApp) -> None:
    """As the headline list does: "North Korea", not "nk" (a stored article gives its
    section by the page's own name, shown as it is)."""
    app = make_app(sample_news_library(offline=True, synced_minutes_ago=600))
    async with app.run_test(size=WIDE) as pilot:
        await search(pilot, "families")
        await press(pilot, "enter")
        results = reader(app).search_results
        assert [(h.url, h.section) for h in results.hits] == [(FAMILIES_URL, "nk")]
        (row,) = option_texts(results)
        assert "Yonhap News Agency · North Korea" in row
        assert "· nk" not in screen_text(app)
