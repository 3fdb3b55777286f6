"""What the middle pane lists, without an app: rows, empty messages, locations, refreshing."""

from __future__ import annotations

from herald_tui.tui.listing import (
    SAVED,
    SavedListing,
    SearchListing,
    SectionListing,
    listing_for,
)
from tests.tui import sample_news as news
from tests.tui.sample_site import sample_news_library

TITLES = {source.name: source.title for source in news.SOURCES}
NK = news.SECTIONS["yonhap"][1]


def test_a_tree_entry_gives_its_listing() -> None:
    assert listing_for(NK) == SectionListing(NK)
    assert listing_for(SAVED) == SavedListing()


def test_a_section_lists_its_cached_rows_and_can_be_refreshed() -> None:
    sample = sample_news_library(offline=True)
    listing = SectionListing(NK)
    rows = listing.rows(sample.library)
    assert [row.headline.url for row in rows] == sample.list_urls(NK.key)
    assert listing.refreshable and listing.section == NK
    here = listing.location(sample.library, TITLES, len(rows))
    assert here.where == "Yonhap News Agency › North Korea"
    assert here.synced == sample.library.last_synced(NK.key) and here.note == ""
    assert listing.empty(offline=True) == (
        "Nothing cached for this section: 'herald-tui sync', online, fetches it."
    )
    assert listing.empty(offline=False) == "No headlines yet."


def test_saved_is_never_refreshed_and_says_how_to_save() -> None:
    sample = sample_news_library(offline=True)
    article = sample.store.get_article(news.RAIN_URL)
    assert article is not None
    sample.library.set_saved(article, True)
    listing = SavedListing()
    assert [row.headline.url for row in listing.rows(sample.library)] == [news.RAIN_URL]
    assert not listing.refreshable
    assert listing.location(sample.library, TITLES, 1).note == "1 kept offline"
    keys = {"save": "S"}
    assert "S saves the article" in listing.empty(offline=False, keys=lambda n: keys.get(n, ""))
    assert "s saves" not in listing.empty(offline=False, keys=lambda n: "")  # unbound: no key


def test_search_results_say_the_query_and_how_many() -> None:
    sample = sample_news_library(offline=True)
    listing = SearchListing("seoul")
    assert listing.section is None and not listing.refreshable
    assert listing.location(sample.library, TITLES, 1).where == "Search › seoul"
    assert listing.location(sample.library, TITLES, 1).note == "1 result"
    assert listing.location(sample.library, TITLES, 7).note == "7 results"
    # Search covers what was listed too, not only what was opened (issue 16).
    assert "headlines listed" in listing.empty(offline=False)
