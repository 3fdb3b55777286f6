"""How fast the app answers a key: press to repaint, measured in a headless Textual session.

A repaint is timed when the screen hands a compositor update to the app, after turning it
into terminal bytes (the work a real terminal session pays; headless mode skips it). Keys
are sent the way a terminal sends them (a Key event to the driver), without Pilot's idle
waits, so the figure includes Textual's frame timer. The Library is the real one over an
in-memory store, as in the app's tests (:mod:`tests.tui.sample_site`): the figures include
the cache reads a key press causes, never the network.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import gc
import itertools
import statistics
import time
from collections import Counter
from collections.abc import Callable, Coroutine, Iterable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from textual import events

from benchmarks import Benchmark
from herald_tui.config import Settings
from herald_tui.model import Article, Headline
from herald_tui.quotes import attach_quotes
from herald_tui.tui import collector
from herald_tui.tui.app import HeraldApp
from herald_tui.tui.screens import ReaderScreen
from herald_tui.tui.widgets import ArticleView, HeadlineList
from herald_tui.tui.widgets.quotes import QuotePanel
from tests.tui import sample_news as news
from tests.tui.sample_site import SampleNews, sample_news_library
from tests.tui.timers import Timers

SIZE = (120, 40)

Ready = Callable[[HeraldApp], bool]
"""True once the app shows what the key asked for."""

Press = Callable[[HeraldApp, list[float], str, "Ready"], Coroutine[Any, Any, float]]
"""Sends a key and returns milliseconds to the repaint that showed it."""


def _library(count: int = 200) -> SampleNews:
    """The sample news with the first section holding ``count`` headlines."""
    sample = sample_news_library()
    subjects = ("Seoul", "N. Korea", "BOK", "Samsung", "KOSPI", "Gov't", "Police", "Yoon")
    verbs = ("to expand", "urges", "holds", "weighs", "rejects", "announces", "probes")
    objects = (
        "late-night bus routes for shift workers in metropolitan area",
        "talks on chip export controls with U.S., Japan amid supply concerns",
        "rate at 3.5 pct for 12th straight meeting as inflation slows",
        "plan to ease rules on foreign workers in shipbuilding, farming",
    )
    rows = []
    for n in range(count):
        title = f"{subjects[n % 8]} {verbs[n % 7]} {objects[n % 4]} ({n})"
        when = news.NOW - timedelta(minutes=7 * n)
        url = f"https://en.yna.co.kr/view/AEN2024071000{n:04d}315"
        folded = n % 5 == 0  # every fifth story comes in two revisions
        headline = Headline(url, title, "yonhap", "national", when, story_id=f"s{n}", revision=1)
        rows.append((headline, 2 if folded else 1))
    sample.put_list("yonhap/national", rows)
    return sample


def _always(app: HeraldApp) -> bool:
    return True


async def _session(
    sample: SampleNews,
    keys: Iterable[str],
    before: Iterable[str] = (),
    ready: Ready = _always,
    *,
    meanwhile: Callable[[HeraldApp], Coroutine[Any, Any, None]] | None = None,
    press: Press | None = None,
) -> list[float]:
    """Milliseconds from each key to the first repaint after ``ready(app)`` holds (or as
    ``press`` times it); ``meanwhile(app)`` runs beside the keys (from after ``before``)
    until they are done."""
    press = press or _press
    timers = Timers()
    app = HeraldApp(sample.library, Settings(), clock=lambda: news.NOW, every=timers)
    async with app.run_test(size=SIZE) as pilot:
        painted = record_paints(app)
        await pilot.press(*before)
        beside = asyncio.create_task(meanwhile(app)) if meanwhile else None
        timings = []
        for key in keys:
            await pilot.pause()
            timings.append(await press(app, painted, key, ready))
        if beside is not None:
            beside.cancel()
    return timings


async def _press(app: HeraldApp, painted: list[float], key: str, ready: Ready) -> float:
    """Send ``key`` as a terminal would; milliseconds to the first repaint after
    ``ready(app)`` holds."""
    driver = app._driver
    assert driver is not None
    start = time.perf_counter()
    driver.send_message(events.Key(key, key if len(key) == 1 else None))
    while not ready(app):
        await asyncio.sleep(0.0002)
    mark = len(painted)
    while len(painted) == mark:
        await asyncio.sleep(0.0002)
    return (painted[mark] - start) * 1000


QUIET = 0.1
"""Seconds without a repaint after which the work of a key is taken as done: six frames at
Textual's 60 a second (two frames of one key were up to 35 ms apart)."""


class Settled:
    """Times a key to the last repaint it caused (:meth:`press`), and keeps how many
    repaints each key caused (:attr:`frames`)."""

    def __init__(self) -> None:
        self.frames: list[int] = []
        self.cpu: list[float] = []
        """The process's CPU time (ms) from each key to its last repaint: what the load of
        a shared machine changes least."""

    async def press(self, app: HeraldApp, painted: list[float], key: str, ready: Ready) -> float:
        """Send ``key`` as a terminal would; milliseconds to the last repaint before the
        screen rests (no repaint for :data:`QUIET` s) once ``ready(app)`` holds.

        Unlike :func:`_press`, which times the first repaint after ``ready`` is seen to
        hold, this does not depend on when the check runs: a key whose work is drawn in
        two frames (the list at once, the article a frame or two later) is timed to the
        second, whether or not ``ready`` held before the first."""
        driver = app._driver
        assert driver is not None
        mark = len(painted)
        cpu = time.process_time()
        start = time.perf_counter()
        driver.send_message(events.Key(key, key if len(key) == 1 else None))
        while not ready(app):
            await asyncio.sleep(0.0002)
        self.cpu.append((await _rest(painted, mark) - cpu) * 1000)
        self.frames.append(len(painted) - mark)
        return (painted[-1] - start) * 1000


async def _rest(painted: list[float], mark: int) -> float:
    """Return once a repaint came after ``mark`` and none for :data:`QUIET` s since; the
    loop must also have run a few times since the last one, so that a long stretch of work
    without a repaint (a layout, a full collection) is not taken for rest. Returns the
    process's CPU time when the last repaint was seen (within 2 ms of it, idle)."""
    count, since, polls, cpu = len(painted), time.perf_counter(), 0, time.process_time()
    while count == mark or polls < 10 or time.perf_counter() - since < QUIET:
        await asyncio.sleep(0.002)
        polls += 1
        if len(painted) != count:
            count, since, polls, cpu = len(painted), time.perf_counter(), 0, time.process_time()
    return cpu


def _spread(timings: list[float], notes: dict[str, Any], prefix: str = "") -> None:
    """Median, middle half and range of ``timings`` in ``notes`` (keys with ``prefix``)."""
    quartiles = statistics.quantiles(timings, n=4)
    notes[f"{prefix}median_ms"] = round(statistics.median(timings), 1)
    notes[f"{prefix}middle_half_ms"] = f"{quartiles[0]:.1f}-{quartiles[2]:.1f}"
    notes[f"{prefix}range_ms"] = f"{min(timings):.1f}-{max(timings):.1f}"
    notes[f"{prefix}n"] = len(timings)


def record_paints(app: HeraldApp) -> list[float]:
    """From now on, each repaint of ``app`` is turned into terminal bytes (the work a real
    terminal session pays) and its time appended to the list returned."""
    painted: list[float] = []
    original = app._display

    def display(screen: Any, renderable: Any) -> None:
        if renderable is not None:
            renderable.render_segments(app.console)  # what a terminal would be sent
            painted.append(time.perf_counter())
        original(screen, renderable)

    app._display = display  # type: ignore[method-assign]
    return painted


def _shows(articles: Iterable[Article]) -> Ready:
    """Ready when the article view shows the next of ``articles``, every paragraph mounted."""
    pending = iter(articles)
    current: list[Article] = []

    def ready(app: HeraldApp) -> bool:
        if not current:
            current.append(next(pending))
        view = app.screen.query_one(ArticleView)
        shown = view.article
        done = (
            shown is not None
            and shown.url == current[0].url
            and len(view.paragraphs) == len(current[0].paragraphs)
        )
        if done:
            current.clear()
        return done

    return ready


def _highlights(paragraphs: Iterable[int | None]) -> Ready:
    """Ready when the article highlights a quotation in the next of ``paragraphs`` and the
    panel shows that quotation's speaker in full."""
    pending = iter(paragraphs)
    current: list[int | None] = []

    def ready(app: HeraldApp) -> bool:
        if not current:
            current.append(next(pending))
        lit = app.screen.query_one(ArticleView).highlighted
        panel = app.screen.query_one(QuotePanel)
        expanded = panel.expanded is not None and panel.expanded == panel.quote_list.highlighted
        done = expanded and bool(lit) and getattr(lit[0], "index", None) == current[0]
        if done:
            current.clear()
        return done

    return ready


def _moves_down_then_up(downs: int) -> Ready:
    """Ready when the highlight is on the headline below (``downs`` times), then above, the
    one highlighted when the key was sent: by story, since a refresh may add rows above."""
    return _moves([1] * downs + [-1] * downs)


def _moves(steps: Iterable[int]) -> Ready:
    """Ready when the highlight is on the headline ``step`` rows from the one highlighted
    when the key was sent, for each of ``steps`` in turn."""
    pending = iter(steps)
    expected: list[str] = []

    def ready(app: HeraldApp) -> bool:
        listing = app.screen.query_one(HeadlineList)
        if not expected:  # called first right after the key is sent, before it is handled
            index = (listing.highlighted or 0) + next(pending)
            # Refreshes add rows above, so the highlight can reach the list's end (of 200)
            # before the downs are done: a key that cannot move waits for the next paint.
            index = min(max(index, 0), len(listing.rows) - 1)
            expected.append(listing.rows[index].headline.url)
        current = listing.current
        done = current is not None and current.headline.url == expected[0]
        if done:
            expected.clear()
        return done

    return ready


def _bring(sample: SampleNews, key: str, round_: int, count: int) -> None:
    """Put ``count`` new headlines on top of the section's feed (of 200 at most)."""
    source, section = key.split("/")
    fresh = [
        Headline(
            f"https://en.yna.co.kr/view/AEN{round_:04d}{n:04d}{section[:3]}",
            f"Round {round_}: wire story {n} in {section}",
            source,
            section,
            news.NOW + timedelta(minutes=round_),
        )
        for n in range(count)
    ]
    sample.site.lists[key] = (fresh + sample.site.lists[key])[:200]


def _timed_refresh(sample: SampleNews, screen: ReaderScreen) -> Coroutine[Any, Any, None]:
    """Start one timed refresh now; the coroutine returned answers each section's request
    30 ms after the one before (the network), so that the work is spread among the key
    presses, and returns once the refresh is over."""
    gates = [sample.site.hold(key) for key in sample.site.lists]
    screen.timed_refresh()

    async def answer() -> None:
        for gate in gates:
            await asyncio.sleep(0.03)
            gate.set()
        while screen.auto_refreshing:
            await asyncio.sleep(0.005)

    return answer()


@contextmanager
def _collector_as_in_the_app() -> Iterator[None]:
    """The garbage collector as the app has it (:func:`herald_tui.tui.starting`): paused
    while it starts, what is alive at the first frame frozen, young objects collected less
    often. Put back (and collected) after, so that each run starts alike. Without this,
    each full collection during the keys walked the whole heap of the benchmark process:
    about 100 ms, a pause users do not get."""
    threshold = gc.get_threshold()
    collector.pause()
    try:
        yield
    finally:
        collector.resume()  # if the app ended before its first frame
        gc.unfreeze()
        gc.set_threshold(*threshold)
        gc.collect()


async def _refresh_again_and_again(sample: SampleNews, app: HeraldApp) -> None:
    """Timed refreshes back to back; each brings 3 new headlines to every section of 200:
    the shown list redrawn (new marks, cursor kept), the others stored and recounted."""
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    for round_ in itertools.count(1):
        for key in sample.site.lists:
            _bring(sample, key, round_, 3)
        await _timed_refresh(sample, screen)


SHOWN = "yonhap/national"
"""The section listed on screen in the benchmarks of timed refreshes."""


async def _keys_during_timed_refreshes(sample: SampleNews, refreshes: int) -> list[float]:
    """Milliseconds from key to repaint of the keys pressed (j and k, one after another,
    as fast as a held key repeats) while one of ``refreshes`` timed refreshes runs, each as
    a user gets one every 10 minutes: conditional GETs, every feed answered ``304 Not
    Modified`` but two, the shown section's (3 new) and one other's (2 new)."""
    sample.site.conditional = True
    timers = Timers()
    app = HeraldApp(sample.library, Settings(), clock=lambda: news.NOW, every=timers)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        painted = record_paints(app)
        await _timed_refresh(sample, screen)  # the first: every feed in full, validators kept
        steps = itertools.cycle([1] * 20 + [-1] * 20)
        keys = ("j" if step > 0 else "k" for step in steps)
        ready = _moves(itertools.cycle([1] * 20 + [-1] * 20))
        others = itertools.cycle(key for key in sample.site.lists if key != SHOWN)
        timings = []
        for round_ in range(1, refreshes + 1):
            await pilot.pause()
            _bring(sample, SHOWN, round_, 3)
            _bring(sample, next(others), round_, 2)
            refresh = asyncio.create_task(_timed_refresh(sample, screen))  # running now
            while screen.auto_refreshing:
                timings.append(await _press(app, painted, next(keys), ready))
                await asyncio.sleep(0.02)  # about the rate of a held key
            await refresh
    return timings


def _full_lists(sample: SampleNews) -> SampleNews:
    """Every section's feed lists 200 headlines, as the first section does."""
    first = [row.headline for row in sample.library.cached_headlines(SHOWN)]
    for key in sample.site.lists:
        source, section = key.split("/")
        sample.site.lists[key] = [
            h
            if key == SHOWN  # the list on screen: the same stories as cached
            else dataclasses.replace(h, url=f"{h.url}{section[:3]}", source=source, section=section)
            for h in first
        ]
    return sample


def _p90(timings: list[float], notes: dict[str, Any]) -> float:
    """The p90 of ``timings``; their median and maximum go in ``notes``."""
    notes["median_ms"] = round(statistics.median(timings), 1)
    notes["max_ms"] = round(max(timings), 1)
    return statistics.quantiles(timings, n=10)[-1]


def _p90_goal(name: str, sample: Callable[[], float], notes: dict[str, Any]) -> Benchmark:
    """A benchmark of a p90 in ms whose goal is < 50 ms, three runs."""
    return Benchmark(
        name, sample, "ms", "< 50 ms p90", meets=lambda p90, _base: p90 < 50, repeat=3, notes=notes
    )


def benchmarks() -> Iterable[Benchmark]:
    notes: dict[str, Any] = {}

    def press_in_list() -> float:
        keys = ["j"] * 30 + ["k"] * 30
        timings = asyncio.run(_session(_library(), keys))
        notes["p90_ms"] = round(statistics.quantiles(timings, n=10)[-1], 1)
        notes["max_ms"] = round(max(timings), 1)
        return statistics.median(timings)

    yield Benchmark(
        "tui: key press to repaint, headline list of 200 (120x40)",
        press_in_list,
        "ms",
        "< 50 ms",
        meets=lambda median, _base: median < 50,
        repeat=5,
        notes=notes,
    )

    refreshing: dict[str, Any] = {}

    def press_while_refreshing() -> float:
        sample = _full_lists(_library())
        ready = _moves_down_then_up(30)
        keys = ["j"] * 30 + ["k"] * 30
        beside = functools.partial(_refresh_again_and_again, sample)
        with _collector_as_in_the_app():
            timings = asyncio.run(_session(sample, keys, ready=ready, meanwhile=beside))
        # The refreshes run back to back: a faster app fits more of them among the keys, so
        # the load a run put on the keys is part of its figure.
        refreshing["feed_requests"] = len(sample.site.requests)
        return _p90(timings, refreshing)

    yield _p90_goal(
        "tui: key press to repaint while timed refreshes run, p90 (120x40)",
        press_while_refreshing,
        refreshing,
    )

    realistic: dict[str, Any] = {}

    def press_during_one_refresh() -> float:
        sample = _full_lists(_library())
        with _collector_as_in_the_app():
            timings = asyncio.run(_keys_during_timed_refreshes(sample, refreshes=12))
        realistic["keys"] = len(timings)
        realistic["feeds_304"] = len(sample.site.not_modified)
        realistic["feed_requests"] = len(sample.site.requests)
        return _p90(timings, realistic)

    yield _p90_goal(
        "tui: key press to repaint during one timed refresh (most feeds 304), p90 (120x40)",
        press_during_one_refresh,
        realistic,
    )

    opening: dict[str, Any] = {}
    opens: dict[str, list[float]] = {"first": [], "later": [], "45": [], "4": []}
    open_frames: list[int] = []
    open_cpu: list[float] = []

    def open_article() -> float:
        # The sample list starts with the rain story (4 paragraphs), then the 45-paragraph
        # budget story. Enter opens the budget story, the session's first open (classes
        # styled for the first time, the find bar mounted); then p/n swap between the two,
        # each a full rebuild, and these are the figure. The collector as in the app: in
        # this process a full collection walks the test modules' heap (130-380 ms).
        keys = ["enter", *["p", "n"] * 5]
        ready = _shows([news.BUDGET, *[news.RAIN, news.BUDGET] * 5])
        settled = Settled()
        with _collector_as_in_the_app():
            timings = asyncio.run(
                _session(sample_news_library(), keys, ["j"], ready, press=settled.press)
            )
        opens["first"].append(timings[0])
        opens["later"] += timings[1:]
        opens["4"] += timings[1::2]
        opens["45"] += timings[2::2]
        open_frames.extend(settled.frames)
        open_cpu.extend(settled.cpu[1:])
        _spread(opens["later"], opening)
        _spread(opens["45"], opening, "45_paragraphs_")
        _spread(opens["4"], opening, "4_paragraphs_")
        if len(opens["first"]) > 1:
            _spread(opens["first"], opening, "first_open_")
        _spread(open_cpu, opening, "cpu_")
        opening["frames_per_open"] = dict(sorted(Counter(open_frames).items()))
        return statistics.median(timings[1:])

    yield Benchmark(
        "tui: open a cached article (4 or 45 paragraphs) to repaint",
        open_article,
        "ms",
        "< 100 ms",
        meets=lambda median, _base: median < 100,
        repeat=5,
        notes=opening,
    )

    moving: dict[str, Any] = {}
    moves: list[float] = []
    move_frames: list[int] = []
    move_cpu: list[float] = []

    def move_in_quote_panel() -> float:
        # The 45-paragraph budget story with its quotations extracted; the panel open on
        # the first; j/k move the highlight (and scroll the article) quote by quote.
        sample = sample_news_library()
        article = attach_quotes(news.BUDGET)
        sample.put_article(article)
        where = [quote.paragraph for quote in article.quotes]
        steps = len(where) - 1
        keys = ["j"] * steps + ["k"] * steps
        ready = _highlights([*where[1:], *reversed(where[:-1])])
        before = ["j", "enter", "quotation_mark"]
        settled = Settled()
        with _collector_as_in_the_app():
            timings = asyncio.run(_session(sample, keys, before, ready, press=settled.press))
        moves.extend(timings)
        move_frames.extend(settled.frames)
        move_cpu.extend(settled.cpu)
        _spread(moves, moving)
        _spread(move_cpu, moving, "cpu_")
        moving["frames_per_move"] = dict(sorted(Counter(move_frames).items()))
        return statistics.median(timings)

    yield Benchmark(
        "tui: quote panel move to repaint, 45-paragraph article (120x40)",
        move_in_quote_panel,
        "ms",
        "< 50 ms",
        meets=lambda median, _base: median < 50,
        repeat=5,
        notes=moving,
    )
