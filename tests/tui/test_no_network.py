"""No network is a state (issue 15, item 5): a NO NETWORK badge, the cached headlines stay,
a pane message offers the cache, and the next refresh recovers by itself."""

from __future__ import annotations

from herald_tui.library import NoNetwork
from herald_tui.tui.screens.reader import NO_NETWORK_EMPTY, NO_NETWORK_NOTE
from tests.tui.conftest import MakeApp
from tests.tui.fake_library import FakeLibrary
from tests.tui.helpers import press, reader, record_notifications, screen_text, settle

WIDE = (120, 40)
DOWN = "no network: en.yna.co.kr did not resolve"


def _titles(app: object) -> list[str]:
    return [row.headline.title for row in reader(app).headline_list.rows]  # type: ignore[arg-type]


async def test_no_network_badge_keeps_the_cache_and_recovers(
    make_app: MakeApp, library: FakeLibrary
) -> None:
    for key in library.lists:
        library.failures[key] = NoNetwork(f"https://x/{key}", "en.yna.co.kr did not resolve")
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        before = _titles(app)
        assert before and "ONLINE" in reader(app).status_bar.text
        await press(pilot, "r")
        bar = reader(app).status_bar
        assert bar.text.startswith(" NO NETWORK ") and "ONLINE" not in bar.text
        assert _titles(app) == before  # the cached headlines stay
        await press(pilot, "r")  # still down: no second note, no error
        assert notes.messages.count(NO_NETWORK_NOTE) == 1 and notes.errors() == []
        # The network comes back: the next refresh, by the timer, clears the badge.
        library.failures.clear()
        requests = len(library.requests)
        reader(app).retry_network()
        await settle(pilot)
        assert len(library.requests) == requests + 1
        assert reader(app).status_bar.text.startswith(" ONLINE ")
        # Online, the timer does nothing.
        reader(app).retry_network()
        await settle(pilot)
        assert len(library.requests) == requests + 1
    assert DOWN not in " ".join(notes.messages)


async def test_an_uncached_section_offers_the_cache(make_app: MakeApp) -> None:
    library = FakeLibrary.sample()
    key = next(iter(library.lists))
    library.lists[key] = []
    library.failures[key] = NoNetwork("https://x", "en.yna.co.kr did not resolve")
    app = make_app(library)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "r")
        assert " ".join(NO_NETWORK_EMPTY.split()[:6]) in screen_text(app)
