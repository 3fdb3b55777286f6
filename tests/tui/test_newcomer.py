"""Rough edges a newcomer hit in the first hour (issue 17), on the real stack: the demo
site's pages in an in-memory store, read by the real library (see ``demo_stack``)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from herald_tui.tui.app import HeraldApp
from herald_tui.tui.screens.help import HelpScreen, help_text
from herald_tui.tui.widgets.quotes import QuotePanel
from tests.tui.demo_stack import demo_app
from tests.tui.helpers import press, reader, screen_text, settle

WIDE = (120, 40)
SMALL = (80, 24)
SNOW = "https://www.koreaherald.com/article/10612388"
KIMJANG = "https://www.koreaherald.com/article/10612603"
"""The longest Korea Herald story of the demo: two photos, a multi-paragraph quote."""


async def open_listed(pilot: Pilot[Any], app: HeraldApp, url: str) -> None:
    """Move to the row of ``url`` in the listed section and open it."""
    screen = reader(app)
    await settle(pilot)
    index = [row.headline.url for row in screen.headline_list.rows].index(url)
    screen.headline_list.focus()
    await press(pilot, "g", *["j"] * index, "enter")
    assert screen.article_view.article is not None
    assert screen.article_view.article.url == url


def right_pane(app: HeraldApp) -> str:
    """The text of the rightmost pane (right of the last "▏" of each line), as in flat."""
    rows = [line.rsplit("▏", 1)[-1] for line in screen_text(app).splitlines()[:-2]]
    return " ".join(" ".join(rows).split())


def flat(app: HeraldApp) -> str:
    """The screen's text with every run of spaces and line breaks as one space."""
    return " ".join(screen_text(app).split())


async def test_a_standfirst_that_is_the_first_paragraph_is_shown_once() -> None:
    # The page's description has a straight apostrophe where the paragraph has a curly one.
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        await open_listed(pilot, app, SNOW)
        assert flat(app).count("Seoul woke up to a white city") == 1


async def test_home_end_and_pages_jump_at_once_in_the_article() -> None:
    app = demo_app()
    async with app.run_test(size=SMALL) as pilot:
        await open_listed(pilot, app, KIMJANG)
        view = reader(app).article_view
        assert view.max_scroll_y > view.size.height  # more than a page to scroll
        bottom, page = view.max_scroll_y, view.size.height
        for key, where in [
            ("end", bottom),
            ("home", 0),
            ("pagedown", page),
            ("pageup", 0),
            ("G", bottom),
            ("g", 0),
        ]:
            # The action the key is bound to, run without Pilot's wait for animations.
            [binding] = view._bindings.key_to_bindings[key]
            await view.run_action(binding.action)
            await pilot.pause()  # one frame: no time for an animation to get anywhere
            assert not app.animator.is_being_animated(view, "scroll_y"), key
            assert view.scroll_y == where, key


async def test_the_palette_has_one_quit_and_says_what_each_command_does() -> None:
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        commands = list(app.get_system_commands(app.screen))
        titles = [command.title for command in commands]
        assert titles.count("Quit") == 1 and len(titles) == len(set(titles))
        by_title = {command.title: command.help for command in commands}
        assert by_title["Copy link"] == (
            "Copy the article's link to the clipboard (OSC 52: works over SSH). (y)"
        )
        assert "Section 1: The Korea Herald › All News" in by_title
        assert "Section 8: The Korea Herald › K-pop" in by_title
        assert "Section 9: Yonhap News Agency › All News" in by_title
        assert not [t for t, h in by_title.items() if h.startswith("Keys:")]


async def test_the_palette_speaks_to_readers_not_to_programmers() -> None:
    """What a command does is read from its action's docstring: no cross-reference markup
    (":meth:`focus_stops`"), no argument values ("forward (1) or back (-1)"), no runs of
    spaces left by a docstring's line breaks."""
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "enter")  # an article open: every reading command is offered
        helps = {c.title: c.help for c in app.get_system_commands(app.screen)}
        for title, help in helps.items():
            said = help.rsplit(" (", 1)[0]  # without the keys, "(tab)", "(1)"
            for code in (":meth:", ":class:", "``", "(1)", "(-1)", "  "):
                assert code not in said, (title, help)
        assert (
            helps["Next pane"] == "Move to the next or previous pane, or link of the article. (tab)"
        )
        assert helps["Back"].startswith("Close the quote panel (from inside it), the find bar,")


async def test_help_says_how_to_close_what_marks_mean_and_what_each_digit_opens() -> None:
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        await press(pilot, "question_mark")
        text = screen_text(app)
        assert "esc, q or ? closes this screen; ↓, j, ↑, k, pgup, pgdn, space scroll it." in text
        marks = flat(app)  # and what the marks in the lists mean
        assert "● unread: not opened yet (u marks it unread again)" in marks
        assert "★ saved: kept offline for good (s)" in marks
        assert "READING reading mode (z): z or esc leaves it" in marks
        shown = app.screen
        assert isinstance(shown, HelpScreen)  # the whole table: the digits may be further down
        rows = [" ".join(line.split()) for line in help_text(shown.actions).plain.splitlines()]
        assert "1 The Korea Herald › All News" in rows
        assert "3 The Korea Herald › Business" in rows
        await press(pilot, "escape")
        assert reader(app) is app.screen


ISHIDA = "https://www.koreaherald.com/article/10612688"
"""Its headline quotes words the body quotes again."""
BUDGET = "https://www.koreaherald.com/article/10612345"
"""Speakers in the article's case: "ruling party floor leader Goh Sang-woo"."""


async def open_quotes(pilot: Pilot[Any], app: HeraldApp, url: str) -> QuotePanel:
    """Open the listed article at ``url`` and its quote panel."""
    await open_listed(pilot, app, url)
    await press(pilot, "quotation_mark")
    return reader(app).quote_panel


async def test_a_headline_quotation_the_body_repeats_is_listed_once() -> None:
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        panel = await open_quotes(pilot, app, ISHIDA)
        texts = [quote.text for quote in panel.quotes]
        assert texts.count("ready to turn a new page") == 1
        assert all(quote.paragraph is not None for quote in panel.quotes)
        article = reader(app).article_view.article
        assert article is not None and len(panel.quotes) == len(article.quotes) - 1


async def test_speakers_start_with_a_capital_and_groups_name_them_once() -> None:
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        panel = await open_quotes(pilot, app, BUDGET)
        goh = next(q.speaker for q in panel.quotes if q.speaker and "Goh" in q.speaker)
        assert goh == "ruling party floor leader Goh Sang-woo"  # as the article has it
        await press(pilot, "j", "k")  # the highlighted quotation shows its speaker in full
        assert panel.current is not None and panel.current.speaker == goh
        assert "Ruling party floor leader Goh Sang-woo" in right_pane(app)
        assert "ruling party floor leader" not in right_pane(app)
        await press(pilot, "g", "b")
        for _ in panel.quotes:
            text = right_pane(app)
            assert text.count("Ruling party floor leader Goh Sang-woo") == 1, text
            await press(pilot, "j")


async def test_grouped_the_panel_selects_a_quotation_on_the_next_article_too() -> None:
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        await open_listed(pilot, app, BUDGET)
        await press(pilot, "quotation_mark", "b", "escape")  # grouped, then closed
        panel = await open_quotes(pilot, app, ISHIDA)
        assert panel.grouped and panel.current is not None
        assert panel.current.speaker == "Japanese Prime Minister Ishida Kenta"
        assert panel.expanded == panel.quote_list.highlighted == 1  # under the heading
        assert screen.article_view.highlighted  # shown in the article, no key needed


async def test_reading_mode_says_so_and_how_to_leave() -> None:
    app = demo_app()
    async with app.run_test(size=SMALL) as pilot:
        await open_listed(pilot, app, SNOW)
        assert "READING" not in screen_text(app)
        await press(pilot, "z")
        assert reader(app).reading
        assert "READING: z or esc leaves" in screen_text(app).splitlines()[-2]
        await press(pilot, "escape")
        assert not reader(app).reading and "READING" not in screen_text(app)


async def test_toasts_leave_the_status_bar_and_footer_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from textual.widgets._toast import Toast

    url = "https://www.koreaherald.com/rss/kh_Sports"
    app = demo_app()
    # Settling can outlast a toast's 5 s on a loaded machine: keep them up until read.
    monkeypatch.setattr(type(app), "NOTIFICATION_TIMEOUT", 600)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        app.notify("SAMPLE CONTENT: these articles are invented for the demo.")
        app.notify(f"{url}: HTTP 404", severity="error")
        await settle(pilot)
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 2
        for toast in toasts:  # all of each on screen, above the last two rows
            assert toast.region.y >= 0 and toast.region.bottom <= SMALL[1] - 2, toast.region
        lines = screen_text(app).splitlines()
        assert "The Korea Herald › All News" in lines[-2] and "? Help" in lines[-1]
        assert any(url in line for line in lines)  # the URL on one line


async def test_no_blank_row_stays_under_a_headline_after_a_resize() -> None:
    app = demo_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.resize_terminal(*SMALL)
        await settle(pilot)
        lines = screen_text(app).splitlines()[:-2]  # not the status bar and footer
        rows = reader(app).headline_list.rows
        assert len(rows) == 12  # the demo feed's items (MANIFEST.md)
        # A section's own list does not repeat the section: its last row is found by title.
        last = max(n for n, line in enumerate(lines) if rows[-1].headline.title[:20] in line)
        assert last > 0
        assert all(line.strip() for line in lines[: last + 1]), "\n".join(lines)


async def test_a_click_opens_a_headline_as_the_readme_says() -> None:
    app = demo_app()
    async with app.run_test(size=SMALL) as pilot:
        screen = reader(app)
        await settle(pilot)
        second = screen.headline_list.rows[1].headline.url
        await pilot.click("#headlines", offset=(12, 1))  # the second row (one line each)
        await settle(pilot)
        assert screen.article_url == second
