"""The article view: media in place, highlights for the quote panel, updates in place."""

from __future__ import annotations

import dataclasses
from typing import Any

from textual.app import App
from textual.content import Content

from herald_tui.model import Photo, Video
from herald_tui.tui.screens.reader import ReaderScreen
from herald_tui.tui.widgets.article import ArticleView
from herald_tui.tui.widgets.article_body import Marked, Paragraph, PhotoBlock
from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import frames_sent, press, settle, until
from tests.tui.sample_site import SampleNews, sample_news_library


def blocks(app: App[Any]) -> list[str]:
    """The article column as a list of block kinds and paragraph indexes."""
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    kinds = []
    for widget in screen.article_view.query("Paragraph, PhotoBlock, VideoBlock"):
        if isinstance(widget, Paragraph):
            kinds.append(f"p{widget.index}")
        else:
            kinds.append("photo" if isinstance(widget, PhotoBlock) else "video")
    return kinds


async def test_photos_and_videos_stand_where_the_page_put_them(make_app: MakeApp) -> None:
    sample = sample_news_library()
    exports = dataclasses.replace(
        news.EXPORTS,
        photos=(
            Photo("https://img/a.jpg", "first", paragraph=0),
            Photo("https://img/b.jpg", "x", "", 9),
        ),
        videos=(Video("https://www.yna.co.kr/video/1", "clip", 2), Video("https://v/2", "y", -3)),
    )
    sample.put_article(exports)
    app = make_app(sample)
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "3", "enter")
        # Out-of-range positions from a sloppy page go to the nearest end.
        assert blocks(app) == ["photo", "video", "p0", "p1", "video", "p2", "photo"]


async def test_a_paragraph_range_can_be_highlighted(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "2", "enter")
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        paragraph = screen.article_view.paragraphs[2]
        paragraph.highlight(1, 20)
        content = paragraph.visual
        assert isinstance(content, Content)
        assert content.plain == news.MISSILE.paragraphs[2]
        assert [(s.start, s.end, s.style) for s in content.spans] == [
            (1, 20, ".article-view--highlight")
        ]
        paragraph.highlight()
        assert isinstance(paragraph.visual, Content)
        assert paragraph.visual.spans == []


async def test_an_updated_copy_replaces_the_article_without_moving_the_reader(
    make_app: MakeApp,
) -> None:
    sample = sample_news_library()
    sample.put_article(news.BUDGET, stale=True)  # an older parser's: fetched again
    sample.site.articles[news.BUDGET_URL] = dataclasses.replace(
        news.BUDGET, updated=news.at(14, 30)
    )
    gate = sample.site.hold(news.BUDGET_URL)
    app = make_app(sample)
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "j")
        await pilot.press("enter")  # the cached copy at once; the update is on its way
        await until(pilot, lambda: bool(sample.site.requests), "the update's request")
        await settle(pilot, held=1)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        cached = screen.article_view.article
        assert cached is not None and cached.headline == news.BUDGET.headline
        assert cached.updated is None
        for _ in range(3):
            await pilot.press("space")
        await settle(pilot, held=1)  # scrolled
        place = screen.article_view.scroll_y
        assert place > 0
        gate.set()
        await settle(pilot)
        shown = screen.article_view.article
        assert shown is not None and shown.updated == news.at(14, 30)
        assert screen.article_view.scroll_y == place


async def test_a_long_article_after_another_is_laid_out_once_and_drawn_once(
    make_app: MakeApp, sample: SampleNews
) -> None:
    # Opening an article laid the screen out twice (each new block asked for a layout once
    # the first had placed it) and sent three frames: the list's highlight alone, the
    # article, then each of its blocks again (bench_tui). Now the story is in the first
    # frame, and no block of it is drawn again (the scrollbar may be, its thumb resized).
    twin = dataclasses.replace(news.BUDGET, url=news.BUDGET.url + "9", headline="Twin budget")
    sample.put_article(twin)
    sample.put_list(
        "yonhap/national", [(news.headline_of(b, "national"), 1) for b in (news.BUDGET, twin)]
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "enter")
        view = app.screen.query_one(ArticleView)
        assert view.article is not None and view.article.url == news.BUDGET.url
        compositor = app.screen._compositor
        reflow, layouts = compositor.reflow, []

        def counted(*args: Any) -> Any:
            layouts.append(args)
            return reflow(*args)

        compositor.reflow = counted  # type: ignore[method-assign, assignment]
        drawn = frames_sent(app, lambda: set(app.screen._dirty_widgets))
        await press(pilot, "n")  # the next story, as long
        assert view.article == sample.library.cached_article(twin.url)
        assert len(view.paragraphs) == 45
        assert len(layouts) == 1
        first, *later = drawn
        assert any(widget.has_class("article-column") for widget in first)  # in the first
        assert not [block for frame in later for block in frame if isinstance(block, Marked)]
