"""Start-up work: the first frame waits only for the headlines a screen can show. The reader
builds (and wraps) one row more than the screen has lines at start, and the rest of the list
just after the first refresh (docs/PERFORMANCE.md, start-up round 4). Nothing is lost on the
way: every row is listed once the app has settled, as it would be shown at once, a row that
changed meanwhile included."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from herald_tui.results import ListedHeadline
from herald_tui.tui.widgets import HeadlineList
from herald_tui.tui.widgets._hanging import Hanging
from tests.tui.conftest import MakeApp
from tests.tui.helpers import settle
from tests.tui.sample_site import SampleNews
from tests.tui.test_long_list import listing

TITLE = "Lawmakers pass the budget bill after a long debate"


async def settled_list(
    make_app: MakeApp,
    sample: SampleNews,
    monkeypatch: pytest.MonkeyPatch,
    first: Callable[[HeadlineList], object],
) -> HeadlineList:
    """The start's headline list (120 rows at 120x40) once settled, ``first`` done to it
    just before the rest of its rows were built."""
    show_later = HeadlineList._show_later

    def before(self: HeadlineList, *args: Any) -> None:
        first(self)
        show_later(self, *args)

    monkeypatch.setattr(HeadlineList, "_show_later", before)
    app = make_app(listing(sample, 120, TITLE))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        return app.screen.query_one(HeadlineList)


@pytest.mark.parametrize(("size", "built"), [((120, 40), 41), ((80, 24), 25)])
async def test_the_first_frame_builds_a_screenful_of_rows_and_the_rest_follows(
    make_app: MakeApp,
    sample: SampleNews,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    built: int,
) -> None:
    seen: list[tuple[int, int]] = []
    show_later = HeadlineList._show_later

    def spy(self: HeadlineList, *args: Any) -> None:
        # After the first refresh: the rows built for it, and those listed.
        seen.append((self.option_count, len(self.rows)))
        show_later(self, *args)

    monkeypatch.setattr(HeadlineList, "_show_later", spy)
    app = make_app(listing(sample, 120, TITLE))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        headlines = app.screen.query_one(HeadlineList)
        assert seen == [(built, 120)]
        assert headlines.option_count == 120
        titles = [option.prompt.body.plain for option in headlines.options]  # type: ignore[union-attr]
        assert titles == [f"{TITLE} {n}" for n in range(120)]
        assert headlines.highlighted == 0


async def test_a_short_list_is_built_at_once(make_app: MakeApp, sample: SampleNews) -> None:
    app = make_app(listing(sample, 30, TITLE))
    async with app.run_test(size=(120, 40)) as pilot:
        headlines = app.screen.query_one(HeadlineList)
        assert headlines.option_count == 30  # no later part: nothing left for it to add
        await settle(pilot)
        assert headlines.option_count == 30


async def test_a_row_changed_before_the_rest_is_built_is_shown_as_changed(
    make_app: MakeApp, sample: SampleNews, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read mark arriving for a row not built yet (a keep-up pass, say) is not lost: the
    row is built from the changed state."""
    headlines = await settled_list(
        make_app,
        sample,
        monkeypatch,
        lambda rows: rows.update_row(dataclasses.replace(rows.rows[100], read=True)),
    )
    row = headlines.rows[100]
    assert isinstance(row, ListedHeadline) and row.read
    assert [n for n, r in enumerate(headlines.rows) if r.read] == [100]
    prompt = headlines.get_option_at_index(100).prompt
    assert isinstance(prompt, Hanging)
    assert prompt.prefix.plain.startswith(" ")  # no unread dot
    other = headlines.get_option_at_index(99).prompt
    assert isinstance(other, Hanging) and other.prefix.plain.startswith("●")


async def test_a_list_replaced_before_the_rest_is_built_keeps_only_the_new_rows(
    make_app: MakeApp, sample: SampleNews, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rest of a list replaced meanwhile (the user opened another section) is dropped."""
    headlines = await settled_list(
        make_app, sample, monkeypatch, lambda rows: rows.show(rows.rows[:5], {})
    )
    assert headlines.option_count == 5
    assert len(headlines.rows) == 5


def once(move: Callable[[HeadlineList], object]) -> Callable[[HeadlineList], None]:
    """``move``, done the first time only (the move itself builds the rest of the rows,
    which calls the patched ``_show_later`` again)."""
    done: list[bool] = []

    def first(rows: HeadlineList) -> None:
        if not done:
            done.append(True)
            move(rows)

    return first


def to_row(n: int) -> Callable[[HeadlineList], None]:
    def move(rows: HeadlineList) -> None:
        rows.highlighted = n

    return move


def from_row(n: int, action: Callable[[HeadlineList], object]) -> Callable[[HeadlineList], None]:
    def move(rows: HeadlineList) -> None:
        rows.highlighted = n
        action(rows)

    return move


@pytest.mark.parametrize(
    ("move", "row"),
    [
        (HeadlineList.action_last, 119),  # G, End
        (to_row(100), 100),  # a story opened further down (n, N, a search result)
        (from_row(40, HeadlineList.action_cursor_down), 41),  # j on the last row built
        (from_row(40, HeadlineList.action_page_down), None),  # PageDown from there
    ],
)
async def test_a_jump_before_the_rest_is_built_lands_on_its_row(
    make_app: MakeApp,
    sample: SampleNews,
    monkeypatch: pytest.MonkeyPatch,
    move: Callable[[HeadlineList], object],
    row: int | None,
) -> None:
    """Moving the cursor into the rows not yet built builds them first: the highlighted
    row, and the story a key acts on, is the one moved to, not the last row built."""
    headlines = await settled_list(make_app, sample, monkeypatch, once(move))
    assert headlines.option_count == 120
    highlighted = headlines.highlighted
    assert highlighted is not None
    if row is None:
        assert highlighted > 41
    else:
        assert highlighted == row
    current = headlines.current
    assert current is not None and current.headline.title == f"{TITLE} {highlighted}"
