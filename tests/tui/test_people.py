"""People (issue 18): the tree's entry lists the speakers of the cache ranked by quotations in
a period, ``t`` cycles the period, ``/`` filters by name, Enter lists one person's
quotations and opens an article at one, Escape goes back up, ``P`` in the quote panel opens
the speaker's page. On the real library over an in-memory store, offline."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.pilot import Pilot

from herald_tui.cache.store import Store
from herald_tui.config import Settings
from herald_tui.fetchers.registry import Registry
from herald_tui.services import NewsLibrary
from herald_tui.tui.app import HeraldApp
from herald_tui.tui.widgets.people import PeopleList, SaidList
from herald_tui.tui.widgets.quotes import QuoteList
from tests.tui.demo_stack import demo_app
from tests.tui.helpers import (
    displayed,
    focused,
    option_texts,
    press,
    reader,
    record_notifications,
    screen_text,
    settle,
)
from tests.tui.sample_news import NOW
from tests.tui.sample_people import HOSTILE_NAME, JUNE, SUNDAY, TODAY, people_library
from tests.tui.test_quotes import lit

WIDE, SMALL = (120, 40), (80, 24)


def people_app(**kw: Any) -> HeraldApp:
    return HeraldApp(people_library().library, Settings(), clock=lambda: NOW, **kw)


async def open_people(pilot: Pilot[Any]) -> None:
    """From the first section's headlines: the tree, its People entry (above Saved)."""
    await press(pilot, "h", "G", "k", "enter")


def names(app: App[Any]) -> list[tuple[str, int]]:
    return [(p.name, p.quotes) for p in reader(app).people_view.people_list.rows]


async def test_the_people_entry_ranks_speakers_and_t_cycles_the_period() -> None:
    app = people_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_people(pilot)
        screen = reader(app)
        assert isinstance(focused(app), PeopleList)
        assert displayed(screen.people_view) and not displayed(screen.headline_list)
        assert screen.status_bar.location == "People › all time"
        assert names(app)[:3] == [("Kim Yeong-ho", 6), ("Park Ji-won", 3), ("Lee Hyo-jin", 1)]
        assert "5 people" in screen.status_bar.text
        first = option_texts(screen.people_view.people_list)[0]
        assert first.startswith("   6 Kim Yeong-ho  Unification Minister")
        assert first.endswith("“the only way”")  # the newest quotation
        await press(pilot, "t")
        assert screen.status_bar.location == "People › today"
        assert names(app)[:2] == [("Park Ji-won", 3), ("Kim Yeong-ho", 2)]
        await press(pilot, "t")
        assert screen.status_bar.location == "People › last 7 days"
        assert names(app)[:2] == [("Kim Yeong-ho", 4), ("Park Ji-won", 3)]
        await press(pilot, "t")
        assert screen.status_bar.location == "People › last 30 days"
        assert ("senior official", 1) not in names(app)  # anonymous: listed by its phrase
        assert ("a senior official", 1) in names(app) and names(app)[0] == ("Kim Yeong-ho", 5)
        await press(pilot, "t")
        assert screen.status_bar.location == "People › all time"


async def test_slash_filters_the_people_by_name_also_in_hangul() -> None:
    app = people_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_people(pilot)
        screen = reader(app)
        await press(pilot, "slash")
        assert focused(app) is screen.people_view.filter
        assert not screen.search_box.has_focus  # not the search of the cache
        await press(pilot, *"park")
        assert names(app) == [("Park Ji-won", 3)]
        assert "name has “park”" in screen.status_bar.text
        await press(pilot, "enter")  # back to the list, the filter kept
        assert isinstance(focused(app), PeopleList) and names(app) == [("Park Ji-won", 3)]
        await press(pilot, "slash", "ctrl+u")  # the box again, emptied
        # Hangul arrives composed (an input method commits it), not as key names Pilot knows.
        screen.people_view.filter.insert_text_at_cursor("김영호")
        await settle(pilot)
        assert names(app) == [("Kim Yeong-ho", 6)]
        await press(pilot, "escape")  # clears the filter
        assert isinstance(focused(app), PeopleList)
        assert len(names(app)) == 5 and not displayed(screen.people_view.filter)


async def test_a_filter_that_matches_nobody_says_so() -> None:
    app = people_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_people(pilot)
        await press(pilot, "slash", *"zzz")
        assert option_texts(reader(app).people_view.people_list) == [
            "Nobody named “zzz” quoted in the cache."
        ]


async def test_enter_lists_a_persons_quotations_newest_first_and_escape_goes_back() -> None:
    app = people_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_people(pilot)
        screen = reader(app)
        await press(pilot, "enter")  # Kim Yeong-ho
        said = screen.people_view.said_list
        assert focused(app) is said
        assert screen.status_bar.location == "People › Kim Yeong-ho"
        assert "6 quotations · all time" in screen.status_bar.text
        assert [q.url for q in said.rows] == [TODAY.url] * 2 + [SUNDAY.url] * 2 + [
            JUNE.url,
            "https://www.koreaherald.com/article/10001001",
        ]
        rows = option_texts(said)
        # Time (KST: 10:00 today, else the date), the quotation, headline, source, role.
        assert rows[0].startswith("  10:00  “the only way”")
        assert "Minister Kim: '대화' is the only way to peace  Yonhap News Agency · " in rows[0]
        assert rows[2].startswith("  Jul 07 “Pressure and dialogue go together,”")
        assert rows[2].endswith("The Korea Herald")  # no role given there
        assert "Lawmaker Kim to lead unification ministry" in rows[5]
        await press(pilot, "escape")  # back to the people, Kim still highlighted
        assert isinstance(focused(app), PeopleList)
        assert screen.people_view.people_list.current is not None
        assert screen.people_view.people_list.current.name == "Kim Yeong-ho"
        assert screen.status_bar.location == "People › all time"
        await press(pilot, "escape")  # and on to the tree
        assert reader(app).pane == "sections"


async def test_enter_on_a_quotation_opens_its_article_with_it_highlighted() -> None:
    app = people_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_people(pilot)
        screen = reader(app)
        await press(pilot, "enter", "j", "enter")  # Kim's second quotation: paragraph 1
        assert screen.article_url == TODAY.url and screen.pane == "article"
        assert lit(app) == [("p1", (1, 1 + len(TODAY.quotes[1].text)))]
        await press(pilot, "n")  # the next quotation: another article
        assert screen.article_url == SUNDAY.url
        assert [name for name, _span in lit(app)] == ["p1"]
        await press(pilot, "escape")  # the article -> the person's quotations
        assert isinstance(focused(app), SaidList) and screen.people_view.said_list.highlighted == 2


async def test_p_in_the_quote_panel_opens_the_speakers_page() -> None:
    app = people_app()
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        screen.open_article(TODAY.url)
        await press(pilot, "quotation_mark", "j", "j")  # Park Ji-won's first quotation
        assert isinstance(focused(app), QuoteList)
        await press(pilot, "P")
        assert screen.status_bar.location == "People › Park Ji-won"
        assert isinstance(focused(app), SaidList)
        assert [q.text for q in screen.people_view.said_list.rows] == [
            "The only question is when,",
            "Talks are not a reward,",
            "cannot wait for another crisis.",
        ]
        await press(pilot, "escape")  # the people, Park highlighted
        current = screen.people_view.people_list.current
        assert current is not None and current.name == "Park Ji-won"


async def test_p_on_a_quotation_without_a_speaker_says_so() -> None:
    library = people_library().library
    app = HeraldApp(library, Settings(), clock=lambda: NOW)
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        screen.open_article(TODAY.url)
        await press(pilot, "quotation_mark", "G", "P")  # "Peace first," read a banner
        assert screen.quote_panel.current is not None
        assert screen.quote_panel.current.speaker is None
        assert "This quotation has no speaker to look up." in notes.messages
        assert not screen.people_open


async def test_people_say_how_to_fill_them_when_nothing_is_cached() -> None:
    library = NewsLibrary(Registry.load({}), Store.in_memory(), None)
    app = HeraldApp(library, Settings(), clock=lambda: NOW)
    async with app.run_test(size=SMALL) as pilot:
        await press(pilot, "escape", "G", "k", "enter")
        screen = reader(app)
        assert screen.status_bar.offline and screen.status_bar.location == "People › all time"
        assert option_texts(screen.people_view.people_list) == [
            "Nobody quoted yet: the speakers of the articles you open or sync (herald-tui "
            "sync) are listed here."
        ]
        await press(pilot, "t")
        assert option_texts(screen.people_view.people_list) == [
            "Nobody quoted today. t shows a longer period."
        ]


async def test_in_the_narrow_layout_people_take_the_middle_pane() -> None:
    app = people_app()
    async with app.run_test(size=SMALL) as pilot:
        await press(pilot, "escape", "G", "k", "enter")
        screen = reader(app)
        assert reader(app).pane == "headlines" and displayed(screen.people_view)
        assert not displayed(screen.section_tree) and not displayed(screen.headline_list)
        await press(pilot, "enter", "enter")
        assert reader(app).pane == "article" and not displayed(screen.people_view)
        assert screen.article_url == TODAY.url and lit(app)
        await press(pilot, "escape")
        assert displayed(screen.people_view) and displayed(screen.people_view.said_list)
        await press(pilot, "escape", "escape")
        assert reader(app).pane == "sections"


async def test_a_section_or_a_search_takes_the_middle_pane_back() -> None:
    app = people_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_people(pilot)
        screen = reader(app)
        await press(pilot, "enter", "slash", *"peace", "enter")  # a search from a person
        assert screen.searching and displayed(screen.search_results)
        assert not displayed(screen.people_view)
        await press(pilot, "escape")  # the search ends: the person's page is back
        assert displayed(screen.people_view) and screen.status_bar.location.startswith("People")
        await press(pilot, "1")
        assert not screen.people_open and displayed(screen.headline_list)
        assert screen.status_bar.location == "Yonhap News Agency › National"


async def test_names_and_quotations_are_shown_as_text_never_as_markup() -> None:
    app = people_app()
    async with app.run_test(size=SMALL) as pilot:
        await press(pilot, "escape", "G", "k", "enter")
        text = screen_text(app)
        assert f"   1 {HOSTILE_NAME}, a [red]tester[/red]" in text
        assert "“[@click=app.quit]Quit[/] now,”" in text
        await press(pilot, "slash", *"mallory", "enter", "enter")
        text = screen_text(app)
        assert f" {HOSTILE_NAME}, a [red]tester[/red] · all time" in text
        assert "“[@click=app.quit]Quit[/] now,”" in text
        assert app.is_running  # the "click" was never an action


async def test_a_quotation_far_down_its_article_is_brought_into_view() -> None:
    """The demo's budget story quotes Goh Sang-woo below its photo: opened from his page
    (P on the editorial's quotation), the article scrolls to it, as the quote panel does."""
    app = demo_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "enter", "quotation_mark", "P", "j", "enter")
        screen = reader(app)
        assert screen.article_url == "https://www.koreaherald.com/article/10612345"
        [block] = screen.article_view.highlighted
        assert screen.article_view.scroll_y > 0
        assert block.region.overlaps(screen.article_view.region)


async def test_the_filter_names_its_clear_key_as_bound() -> None:
    """The hint in the empty filter names the key that clears it, rebound or not."""
    settings = Settings(keys={"clear_people_filter": "f9"})
    app = HeraldApp(people_library().library, settings, clock=lambda: NOW)
    async with app.run_test(size=WIDE) as pilot:
        await open_people(pilot)
        await press(pilot, "slash")
        box = reader(app).people_view.filter
        assert box.placeholder == "a name; Enter keeps, f9 clears"
        assert "a name; Enter keeps, f9 clears" in screen_text(app)
        assert "Escape" not in screen_text(app) and "esc clears" not in screen_text(app)
        await press(pilot, *"park")
        await press(pilot, "f9")
        assert isinstance(focused(app), PeopleList) and len(names(app)) == 5
    app = people_app()
    async with app.run_test(size=SMALL) as pilot:
        await open_people(pilot)
        await press(pilot, "slash")
        assert "a name; Enter keeps, esc clears" in screen_text(app)  # whole at 80x24


async def test_why_the_people_list_is_empty_is_read_whole_at_80x24() -> None:
    """Rows of the People list are cut to one line each; the message saying why it is empty
    wraps instead."""
    library = NewsLibrary(Registry.load({}), Store.in_memory(), None)
    app = HeraldApp(library, Settings(), clock=lambda: NOW)
    async with app.run_test(size=SMALL) as pilot:
        await press(pilot, "escape", "G", "k", "enter")
        text = " ".join(screen_text(app).split())
        assert "(herald-tui sync) are listed here." in text
        assert "…" not in text
