"""Reading aids (issue 16, item 5): find in the article, history back and forward with each
article's scroll position, and the preview of the highlighted headline."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

from textual import events
from textual.app import App
from textual.widgets import Static

from herald_tui.config import Settings
from herald_tui.tui.app import HeraldApp
from herald_tui.tui.find import Finding
from herald_tui.tui.history import History, Visit
from herald_tui.tui.spans import find_spans
from herald_tui.tui.widgets.article import ArticleView
from herald_tui.tui.widgets.article_body import PhotoBlock
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import press, reader, record_notifications, screen_text, settle
from tests.tui.sample_site import SampleNews, sample_news_library
from tests.tui.test_keys import help_rows

WIDE = (120, 40)


def view(app: App[Any]) -> ArticleView:
    return reader(app).article_view


def label(app: App[Any]) -> str:
    finding = view(app).finding
    assert finding is not None
    return finding.label


# -- pure parts -----------------------------------------------------------------------------


def test_find_spans_is_case_insensitive_as_written_and_hangul_works() -> None:
    text = "SEOUL, July 10 -- Seoul's mayor; 김민지 (Kim Min-ji) met  seoulites."
    last = text.index("seoulites")
    assert find_spans(text, "seoul") == [(0, 5), (18, 23), (last, last + 5)]
    hangul = text.index("김")
    assert find_spans(text, "김민지") == [(hangul, hangul + 3)]
    assert find_spans(text, "min-ji) met seoul") == [(text.index("Min"), last + 5)]  # spaces
    assert find_spans(text, "[bold]") == [] and find_spans(text, "   ") == []


def test_finding_counts_steps_round_and_says_no_match() -> None:
    finding = Finding.of("ab", ["ab ab", "", "xAB"])
    assert finding.matches == [(0, 0, 2), (0, 3, 5), (2, 1, 3)]
    assert finding.label == "1/3"
    assert finding.step(-1) == (2, 1, 3) and finding.label == "3/3"
    assert finding.step(1) == (0, 0, 2) and finding.label == "1/3"
    assert finding.in_block(0) == [(0, 2), (3, 5)]
    missing = Finding.of("zz", ["ab"])
    assert missing.label == "No match" and missing.step(1) is None
    assert Finding.of("", ["ab"]).label == ""


def test_history_drops_the_forward_part_when_a_new_article_is_opened() -> None:
    history = History(limit=3)
    assert history.go(-1) is None
    for url in ("a", "b", "c"):
        history.visit(Visit(url))
    history.keep_scroll(7)
    assert history.go(-1) == Visit("b") and history.go(-1) == Visit("a")
    assert history.go(1) == Visit("b")
    history.visit(Visit("d"))  # after going back: c is dropped
    assert [v.url for v in history.visits] == ["a", "b", "d"]
    assert history.go(1) is None
    history.visit(Visit("d"))  # the same article again is no visit
    history.visit(Visit("e"))  # over the limit: the oldest goes
    assert [v.url for v in history.visits] == ["b", "d", "e"]


# -- find -----------------------------------------------------------------------------------


async def test_find_counts_steps_and_escape_removes_the_highlights(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter", "f", "s", "E", "o", "u", "l")  # the rain story
        article = news.RAIN
        texts = [article.headline, article.photos[0].caption, *article.paragraphs]
        expected = sum(text.lower().count("seoul") for text in texts)
        assert expected == 4 and label(app) == "1/4"
        assert "Find: sEoul" in screen_text(app) and "1/4" in screen_text(app)
        await press(pilot, "enter", "enter")
        assert label(app) == "3/4"
        await press(pilot, "shift+enter")
        assert label(app) == "2/4"
        view(app).focus()  # . and , work from the article (in the bar they are typed)
        await press(pilot, "full_stop", "full_stop", "full_stop")
        assert label(app) == "1/4"  # round the end
        await press(pilot, "comma")
        assert label(app) == "4/4"
        blocks = [b for b in view(app).query("Headline, Paragraph, PhotoBlock")]
        found = [span for block in blocks for span in getattr(block, "found", ())]
        assert len(found) == 4
        caption = view(app).query_one(PhotoBlock)
        assert caption.found == ((72, 77),)  # "south of Seoul" in the caption
        await press(pilot, "escape")
        assert view(app).finding is None and not view(app).find_bar.display
        assert all(not getattr(block, "found", ()) for block in blocks)
        assert reader(app).pane == "article"  # escape closed the bar, nothing else


async def test_keys_typed_straight_after_f_reach_the_find_box(make_app: MakeApp) -> None:
    """A fast typist's `f` then `north`: the words must land in the box, not on the
    article's keys (`n` is Next). The keys are posted a few turns of the event loop apart
    (deterministic, unlike a timed gap): the bar used to be mounted on the first `f`, which
    took about 20 turns, and the keys typed in between opened the next story."""
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")
        shown = view(app).article
        app.post_message(events.Key("f", "f"))
        for _ in range(8):  # the focus moves within about 5 turns now
            await asyncio.sleep(0)
        for key in "north":
            app.post_message(events.Key(key, key))
        await settle(pilot)
        assert view(app).article == shown
        assert view(app).find_bar.box.value == "north"


async def test_find_hangul_and_no_match(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "4", "enter", "f", *"김민지")
        article = news.CONDUCTOR
        texts = [article.headline, *(p.caption for p in article.photos), *article.paragraphs]
        assert label(app) == f"1/{sum(text.count('김민지') for text in texts)}"
        await press(pilot, *"xq")
        assert label(app) == "No match"
        assert "No match" in screen_text(app)


async def test_the_match_is_scrolled_into_view(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "enter")  # the 45-paragraph budget story
        assert view(app).scroll_y == 0
        await press(pilot, "f", *"item 43 of")
        assert label(app) == "1/1"
        paragraph = view(app).paragraphs[43]
        pane = view(app).region
        assert view(app).scroll_y > 0
        assert pane.y <= paragraph.region.y and paragraph.region.bottom <= pane.bottom


# -- history --------------------------------------------------------------------------------


async def test_back_and_forward_restore_each_articles_scroll_position(
    make_app: MakeApp,
) -> None:
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        await press(pilot, "j", "enter", "space", "space")  # the budget story, two pages down
        budget_y = view(app).scroll_y
        assert screen.article_url == news.BUDGET_URL and budget_y > 0
        await press(pilot, "4", "enter", "space")  # the conductor story, a page down
        conductor_y = view(app).scroll_y
        assert screen.article_url == news.CONDUCTOR_URL
        await press(pilot, "left_square_bracket")
        assert screen.article_url == news.BUDGET_URL and view(app).scroll_y == budget_y
        await press(pilot, "right_square_bracket")
        assert screen.article_url == news.CONDUCTOR_URL and view(app).scroll_y == conductor_y
        await press(pilot, "alt+left")
        assert screen.article_url == news.BUDGET_URL
        await press(pilot, "1", "enter")  # a new article after going back
        assert screen.article_url == news.RAIN_URL
        await press(pilot, "alt+right")  # the conductor story was dropped
        assert screen.article_url == news.RAIN_URL
        assert notes.messages[-1] == "No later article in the history."
        await press(pilot, "left_square_bracket")
        assert screen.article_url == news.BUDGET_URL and view(app).scroll_y == budget_y
        assert [v.url for v in screen.history.visits] == [news.BUDGET_URL, news.RAIN_URL]


async def test_history_goes_back_from_a_related_story_and_a_search_hit(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        await press(pilot, "4", "enter", "tab", "enter")  # the related rain story
        assert screen.article_url == news.RAIN_URL
        await press(pilot, "slash", *"budget", "enter", "enter")  # a search hit
        assert screen.article_url == news.BUDGET_URL
        await press(pilot, "left_square_bracket")
        assert screen.article_url == news.RAIN_URL
        await press(pilot, "left_square_bracket")
        assert screen.article_url == news.CONDUCTOR_URL


# -- preview --------------------------------------------------------------------------------


async def test_the_pane_previews_the_highlighted_headline_without_fetching(
    make_app: MakeApp, sample: SampleNews
) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Choose a headline" not in text
        assert "Published 2024-07-10 13:40 KST (1 h ago)" in text
        assert "Yonhap News Agency · National" in text
        assert "Stored: readable offline. Enter reads it." in text
        await press(pilot, "j", "j")  # the police raid: listed, never opened
        text = screen_text(app)
        assert "unauthorized rally in central" in text  # its summary
        assert "Not stored yet: Enter fetches it." in text
        assert reader(app).article_url is None
        assert sample.site.requests == []  # moving the cursor fetches nothing
        await press(pilot, "enter")
        opened = reader(app).article_url
        assert opened is not None
        await press(pilot, "h", "k")  # an article is open: it stays, no preview
        assert reader(app).article_url == opened
        assert "Enter reads it" not in screen_text(app)


async def test_a_refresh_redraws_the_preview_only_if_its_headline_changed(
    make_app: MakeApp, sample: SampleNews
) -> None:
    # Each update of the preview lays out the whole screen: a timed refresh re-showing the
    # same headline must not pay that (bench_tui).
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        shown = [block.content for block in view.query(Static)]
        assert any("Yonhap News Agency · National" in str(content) for content in shown)
        await press(pilot, "r")
        assert [block.content for block in view.query(Static)] == shown
        assert all(
            new is old
            for new, old in zip((b.content for b in view.query(Static)), shown, strict=True)
        )
        feed = sample.site.lists["yonhap/national"]
        feed[0] = dataclasses.replace(feed[0], summary="Heavy rain moves south overnight.")
        await press(pilot, "r")
        assert "Heavy rain moves south overnight." in screen_text(app)


async def test_the_preview_is_laid_out_at_every_key_as_a_full_layout_would() -> None:
    # A preview block keeping its height is updated without a layout of the screen: the
    # screen must then be what a full layout gives, whether the summary's height changed
    # (one line, four, one) or not.
    summaries = ["Short.", "Long summary " * 12, "Also short.", "Just as short."]
    rows = [
        news.uncached(
            f"{news.YNA}AEN2024071000{n:04d}315",
            f"Wire story {n}",
            "yonhap",
            "national",
            news.at(12, 50 - n),
            summary,
        )
        for n, summary in enumerate(summaries)
    ]
    sample = sample_news_library(offline=True, lists={"yonhap/national": [(r, 1) for r in rows]})
    app = HeraldApp(sample.library, Settings(), clock=lambda: news.NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        summary = app.screen.query_one(ArticleView).query_one("Static.summary")
        heights = [summary.size.height]
        for key in ["j", "j", "j", "k", "k", "k"]:
            await press(pilot, key)
            heights.append(summary.size.height)
            shown = screen_text(app)
            app.screen.refresh(layout=True)
            await settle(pilot)
            assert screen_text(app) == shown
        assert heights == [1, 4, 1, 1, 1, 4, 1]


async def test_offline_the_preview_says_what_cannot_be_read() -> None:
    sample = sample_news_library(offline=True)
    app = HeraldApp(sample.library, Settings(), clock=lambda: news.NOW)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "j", "j")
        assert "Not stored: it cannot be read offline." in screen_text(app)


# -- keys -----------------------------------------------------------------------------------


async def test_the_keys_are_in_help_and_palette_and_can_be_rebound(make_app: MakeApp) -> None:
    keys = {"find": "ctrl+f", "find_next": "ctrl+n", "history_back": "B"}
    app = make_app(settings=Settings(keys=keys))
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "question_mark")
        rows = help_rows(app)
        assert rows["find"] == "^f  Find" and rows["find_next"] == "^n  Next match"
        assert rows["find_previous"] == ",  Previous match"
        assert rows["history_back"] == "B  History back"
        assert rows["history_forward"] == "], alt+→  History forward"
        assert rows["find_previous_in_bar"] == "shift+⏎  Previous match"
        await press(pilot, "escape", "enter")
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Find", "History back", "History forward"} <= titles
        assert "Next match" not in titles  # only while finding, as in the footer
        await press(pilot, "f")
        assert view(app).finding is None  # f is no longer bound
        await press(pilot, "ctrl+f", *"seoul", "enter")
        view(app).focus()
        await press(pilot, "ctrl+n")
        assert label(app) == "3/4"
        await press(pilot, "escape", "j", "enter", "B")
        assert reader(app).article_url == news.RAIN_URL
