"""A poorly read article is marked in its header, and ! saves a bug-report bundle."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from tests.tui import sample_news as news
from tests.tui.conftest import MakeApp
from tests.tui.helpers import press, reader, record_notifications, screen_text
from tests.tui.sample_site import SampleNews

WIDE = (160, 40)
WARNINGS = ("generic fallback used", "no published time")


async def test_warned_article_is_marked_and_bang_saves_a_report(
    make_app: MakeApp, sample: SampleNews, tmp_path: Path
) -> None:
    sample.put_article(dataclasses.replace(news.RAIN, warnings=WARNINGS))
    app = make_app(reports=tmp_path / "reports")
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")
        shown = reader(app).article_view.article
        assert shown is not None and shown.warnings == WARNINGS
        assert "⚠ 2 parse warnings (! report)" in screen_text(app)
        await press(pilot, "exclamation_mark")
    [folder] = (tmp_path / "reports").iterdir()
    report = json.loads((folder / "report.json").read_text("utf-8"))
    assert report["url"] == news.RAIN_URL and report["problem"] == "; ".join(WARNINGS)
    assert json.loads((folder / "parsed.json").read_text("utf-8"))["warnings"] == list(WARNINGS)
    assert any(m == f"Report saved in {folder}" for m in notes.messages)


async def test_a_clean_article_carries_no_mark_and_no_report_dir_says_so(
    make_app: MakeApp,
) -> None:
    app = make_app()
    notes = record_notifications(app)
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")
        assert "parse warnings" not in screen_text(app)
        await press(pilot, "exclamation_mark")
    assert "Reports are not kept in this session." in notes.messages
