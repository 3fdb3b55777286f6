"""A poorly read article is marked in its header, and ! saves a bug-report bundle."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.fake_library import FakeLibrary
from tests.tui.helpers import press, reader, record_notifications, screen_text

WIDE = (160, 40)
WARNINGS = ("generic fallback used", "no published time")


async def test_warned_article_is_marked_and_bang_saves_a_report(
    make_app: MakeApp, library: FakeLibrary, tmp_path: Path
) -> None:
    library.articles[news.RAIN_URL] = dataclasses.replace(news.RAIN, warnings=WARNINGS)
    app = make_app(reports=tmp_path / "reports")
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")
        assert reader(app).article_view.article.warnings == WARNINGS  # type: ignore[union-attr]
        assert "⚠ 2 parse warnings (! report)" in screen_text(app)
        await press(pilot, "exclamation_mark")
    [folder] = (tmp_path / "reports").iterdir()
    report = json.loads((folder / "report.json").read_text("utf-8"))
    assert report["url"] == news.RAIN_URL and report["problem"] == "; ".join(WARNINGS)
    assert json.loads((folder / "parsed.json").read_text("utf-8"))["warnings"] == list(WARNINGS)
    assert any(m == f"Report saved in {folder}" for m in notes.messages)


async def test_a_clean_article_carries_no_mark(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")
        assert "parse warnings" not in screen_text(app)
