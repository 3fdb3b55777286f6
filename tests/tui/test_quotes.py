"""The quote panel: toggled beside (or below) the article; each quotation highlighted and
brought into view as the reader moves through them; grouped by speaker on request."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual.app import App, ComposeResult

from herald_tui.quotes import attach_quotes
from herald_tui.tui.widgets.quotes import QuoteList, QuotePanel
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import (
    displayed,
    focused,
    frames_sent,
    option_texts,
    press,
    reader,
    screen_text,
    settle,
)
from tests.tui.sample_site import SampleNews

WIDE = (120, 40)
NARROW = (80, 24)
SQUAD = news.SQUAD
P1, P2 = SQUAD.paragraphs[1], SQUAD.paragraphs[2]


def lit(app: App[Any]) -> list[tuple[str, tuple[int, int] | None]]:
    """Which blocks of the article are highlighted, and where: ("headline" | "p<n>", span)."""
    view = reader(app).article_view
    blocks = []
    for block in view.highlighted:
        name = f"p{block.index}" if hasattr(block, "index") else "headline"
        blocks.append((name, block.span))
    return blocks


def panel_rows(app: App[Any]) -> list[str]:
    return option_texts(reader(app).quote_panel.quote_list)


async def open_squad(pilot: Any, *keys: str) -> None:
    """Open the sports story (section 5) and press ``keys``."""
    await press(pilot, "5", "enter", *keys)


async def test_the_panel_opens_beside_the_article_and_closes_again(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_squad(pilot, "quotation_mark")
        screen = reader(app)
        side = screen.query_one("#side-panel")
        assert displayed(side) and isinstance(focused(app), QuoteList)
        assert side.region.x > screen.article_view.region.right - 1  # to its right
        assert "2 speakers · 6 quotes" in screen_text(app)
        await press(pilot, "quotation_mark")
        assert not displayed(side)
        assert focused(app) is screen.article_view
        assert lit(app) == []  # closing the panel clears the highlight
        await press(pilot, "Q")  # the other key
        assert side.display


async def test_the_panel_sits_below_the_article_when_narrow(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await open_squad(pilot, "quotation_mark")
        screen = reader(app)
        side, article = screen.query_one("#side-panel").region, screen.article_view.region
        assert side.y >= article.bottom and side.width >= NARROW[0] - 1
        assert "2 speakers · 6 quotes" in screen_text(app)
        await press(pilot, "escape")  # Escape in the panel closes it
        assert not screen.query_one("#side-panel").display
        assert screen.article_view.region.height > article.height


async def test_moving_through_quotes_highlights_each_one(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_squad(pilot, "quotation_mark")
        # The headline quotation: in the headline, after the opening single quote.
        assert lit(app) == [("headline", (1, 1 + len("We will fight for every ball")))]
        await press(pilot, "j")  # a partial quotation in the lead
        start = SQUAD.paragraphs[0].index("fight for every ball")
        assert lit(app) == [("p0", (start, start + len("fight for every ball")))]
        await press(pilot, "j")  # over two paragraphs: each piece highlighted
        end = P2.index('," Park') + 1
        assert lit(app) == [("p1", (1, len(P1))), ("p2", (0, end))]
        await press(pilot, "k", "k")
        assert lit(app)[0][0] == "headline"
        assert reader(app).article_view.paragraphs[1].span is None  # the old one cleared


async def test_a_quote_far_down_is_brought_into_view(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await open_squad(pilot, "quotation_mark")
        view = reader(app).article_view
        assert view.scroll_y == 0
        await press(pilot, "G")  # the last quotation, in paragraph 7
        paragraph = view.paragraphs[7]
        assert lit(app) == [("p7", (20, 41))]
        assert view.scroll_y > 0 and view.can_view_entire(paragraph)


async def test_enter_jumps_to_the_article_with_the_quote_highlighted(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_squad(pilot, "quotation_mark", "j", "j", "j", "enter")
        assert focused(app) is reader(app).article_view
        assert [name for name, _span in lit(app)] == ["p4"]
        await press(pilot, "tab")  # back into the panel, still on that quotation
        assert isinstance(focused(app), QuoteList)
        assert [name for name, _span in lit(app)] == ["p4"]


async def test_speakers_short_full_on_focus_and_never_guessed(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_squad(pilot, "quotation_mark")
        rows = panel_rows(app)
        assert rows[0] == f"{news.COACH} · headline\n“We will fight for every ball”"
        assert rows[1] == "Park Sung-woo\n“…fight for every ball…”"  # partial: in ellipses
        assert rows[4] == "unattributed\n“Finally, a coach who trusts youth,”"
        await press(pilot, "j", "j", "j")
        rows = panel_rows(app)
        assert rows[0].startswith("Park Sung-woo · headline\n")
        assert rows[3].startswith(f"{news.CAPTAIN}\n")


async def test_quotes_group_by_speaker_and_back(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_squad(pilot, "quotation_mark", "j", "j", "j")  # on the captain's
        await press(pilot, "b")
        rows = panel_rows(app)
        headings = [row for row in rows if not row.startswith("  ")]
        # Each speaker in full, once: the quotations under a heading do not repeat it.
        assert headings == [
            "South Korea head coach Park Sung-woo (4)",
            f"{news.CAPTAIN} (1)",
            "unattributed (1)",
        ]
        assert rows[1] == "  “We will fight for every ball” · headline"
        assert rows[6].startswith("  “") and news.CAPTAIN not in rows[6]  # still highlighted
        assert [name for name, _span in lit(app)] == ["p4"]
        await press(pilot, "j")  # headings are skipped
        assert [name for name, _span in lit(app)] == ["p6"]
        await press(pilot, "b")
        assert panel_rows(app)[0].startswith("Park Sung-woo · headline")
        assert [name for name, _span in lit(app)] == ["p6"]


async def test_the_panel_follows_the_article(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "quotation_mark")  # offered once an article is open
        assert not reader(app).quotes_open
        await press(pilot, "9", "enter", "quotation_mark")  # the editorial quotes no one
        assert "No quotations in this article." in screen_text(app)
        await press(pilot, "5", "enter")  # the panel stays open for the next article
        assert "2 speakers · 6 quotes" in screen_text(app)
        assert lit(app) == []  # the article has the focus: nothing highlighted yet


async def test_a_partial_quote_that_ends_a_sentence_gets_no_closing_ellipsis() -> None:
    ends = news.quoted(SQUAD, 2, "he plays", None, kind="partial")
    ends = replace(ends, text="he plays.")  # the sentence's full stop, inside the marks
    goes_on = news.quoted(SQUAD, 7, "not change the system", None, kind="partial")
    article = replace(SQUAD, quotes=(ends, goes_on))

    class PanelApp(App[None]):
        def compose(self) -> ComposeResult:
            yield QuotePanel()

    app = PanelApp()
    async with app.run_test(size=WIDE) as pilot:
        panel = app.query_one(QuotePanel)
        panel.show(article)
        await settle(pilot)
        rows = [row.split("\n")[-1] for row in option_texts(panel.quote_list) if "“" in row]
        assert rows == ["“…he plays.”", "“…not change the system…”"]


async def test_a_move_in_the_panel_lays_out_nothing_but_the_panel(make_app: MakeApp) -> None:
    # The captain's full description takes a line more than his name, and the unattributed
    # row none: moving between them grows the list by a line and shrinks it back, which
    # used to lay out the whole screen, every paragraph of the article included.
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_squad(pilot, "quotation_mark", "j", "j", "j", "j")  # the unattributed one
        quotes = reader(app).quote_panel.quote_list
        compositor = reader(app)._compositor
        reflow, layouts, heights = compositor.reflow, [], [quotes.virtual_size.height]

        def counted(*args: Any) -> Any:
            layouts.append(args)
            return reflow(*args)

        compositor.reflow = counted  # type: ignore[method-assign, assignment]
        await press(pilot, "k")
        assert panel_rows(app)[3].startswith(f"{news.CAPTAIN}\n")
        heights.append(quotes.virtual_size.height)
        await press(pilot, "j")
        assert panel_rows(app)[3].startswith("Seo Min-jun\n")
        heights.append(quotes.virtual_size.height)
        assert heights == [heights[0], heights[0] + 1, heights[0]]
        assert layouts == []
        assert [name for name, _span in lit(app)] == ["p6"]  # the unattributed one


async def test_the_last_quotation_is_shown_whole_in_a_short_panel(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await open_squad(pilot, "quotation_mark", "G")
        quotes = reader(app).quote_panel.quote_list
        await press(pilot, "k", "k", "j", "j")  # rows grow and shrink on the way
        window = quotes.scrollable_content_region.height
        assert quotes.virtual_size.height > window  # the list scrolls
        assert quotes.max_scroll_y == quotes.virtual_size.height - window
        assert quotes.scroll_y == quotes.max_scroll_y
        last = panel_rows(app)[-1].split("\n")[-1]
        assert last in screen_text(app)


async def test_a_move_in_the_panel_is_drawn_in_one_frame(
    make_app: MakeApp, sample: SampleNews
) -> None:
    # The moved row, the article's highlight and its scroll reached the screen in two
    # frames, the second one or two frames (17-33 ms) after the first: the screen drew
    # the row while the article's blocks were still on their way (bench_tui).
    sample.put_article(attach_quotes(news.BUDGET))  # a quotation every five paragraphs
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "enter", "quotation_mark")
        view = reader(app).article_view
        sent = frames_sent(app, lambda: view.scroll_y)
        await press(pilot, "j")  # on to paragraph 10, further down: the article scrolls
        assert [name for name, _span in lit(app)] == ["p10"]
        assert view.scroll_y > 0 and sent == [view.scroll_y]
        await press(pilot, "j")
        assert [name for name, _span in lit(app)] == ["p15"]
        assert sent[1:] == [view.scroll_y] and sent[1] > sent[0]
        await press(pilot, "k")  # back up
        assert [name for name, _span in lit(app)] == ["p10"]
        assert sent[2:] == [view.scroll_y] and sent[2] < sent[1]
