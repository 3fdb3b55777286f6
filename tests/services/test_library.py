"""NewsLibrary: cache first, network when allowed, and never a worse copy for a failure."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import Any

import pytest

from herald_tui.cache.store import Store
from herald_tui.demo.wire import Request, respond
from herald_tui.errors import HeraldError
from herald_tui.fetchers.base import ParseError
from herald_tui.fetchers.fetch_errors import FetchError
from herald_tui.fetchers.http import (
    BadContentType,
    BadStatus,
    BlockedRedirect,
    ConnectError,
    FetchTimeout,
    HttpClient,
    IncompleteBody,
    Response,
    ResponseTooLarge,
)
from herald_tui.fetchers.registry import Registry
from herald_tui.library import NotCachedError, OfflineError, ProgressEvent
from herald_tui.model import Article, to_json
from herald_tui.services import NewsLibrary
from tests.faultsite import FaultServer
from tests.faultsite.faults import FAULTS
from tests.hang import HANG_GUARD_SECONDS, hang_guard
from tests.services.conftest import LEAD, NETWORK, Clock, sites

HERALD = "https://www.koreaherald.com/article/10612345"


async def test_refresh_stores_the_list_and_folds_revisions(library: NewsLibrary) -> None:
    events: list[ProgressEvent] = []
    rows = await library.refresh("yonhap/news", events.append)
    assert rows and rows == library.cached_headlines("yonhap/news")
    lead = [r for r in rows if r.headline.story_id == "AEN20261126002100315"]
    assert len(lead) == 1 and lead[0].revisions == 2 and lead[0].headline.url == LEAD
    assert library.last_synced("yonhap/news") is not None
    assert library.unread_count("yonhap/news") == len(rows)
    assert events and "All News" in events[0].message


async def test_refresh_can_return_only_the_rows_not_known(library: NewsLibrary) -> None:
    # What a section not on screen asks for: the new headlines, not the whole list again.
    rows = await library.refresh("yonhap/news")
    assert len(rows) > 2
    known = {row.headline.url for row in rows[1:-1]}
    fresh = await library.refresh("yonhap/news", known=known)
    assert fresh == [rows[0], rows[-1]]


async def test_an_unchanged_feed_costs_a_304_and_counts_as_a_sync(
    library: NewsLibrary, demo: FaultServer, clock: Clock
) -> None:
    first = await library.refresh("koreaherald/all")
    synced = library.last_synced("koreaherald/all")
    clock.advance(60)
    second = await library.refresh("koreaherald/all")
    assert second == first
    assert demo.stats.not_modified == 1 and sum(demo.stats.validators.values()) >= 1
    later = library.last_synced("koreaherald/all")
    assert synced is not None and later is not None and later > synced


async def test_a_missing_feed_falls_back_to_the_list_page(
    library: NewsLibrary, demo: FaultServer
) -> None:
    demo.route("/yonhap/RSS/national.xml", _fault("status/404"))
    rows = await library.refresh("yonhap/national")
    assert rows and all(r.headline.url.startswith("https://en.yna.co.kr/view/") for r in rows)


async def test_a_section_whose_sources_all_fail_reports_the_first_error(
    library: NewsLibrary, demo: FaultServer
) -> None:
    demo.route("/koreaherald/rss/kh_Sports", _fault("status/404"))  # its only source
    with pytest.raises(HeraldError, match="kh_Sports: HTTP 404"):
        await library.refresh("koreaherald/sports")
    assert library.cached_headlines("koreaherald/sports") == []


async def test_the_home_page_is_the_last_source_of_a_sections_headlines(
    library: NewsLibrary, demo: FaultServer
) -> None:
    home = b"""<html><body><nav><a href="/article/10000001">Nav story</a></nav>
    <main><ul><li><a href="/article/10000002">Home page story one</a></li>
    <li><a href="/article/10000003">Home page story two</a></li></ul></main></body></html>"""

    async def answer(request: Request, writer):  # type: ignore[no-untyped-def]
        return respond(writer, 200, home, "text/html; charset=utf-8", {"ETag": '"home-1"'})

    demo.route("/koreaherald/rss/kh_Sports", _fault("status/404"))  # sports has no list page
    demo.route("/koreaherald/", answer)
    rows = await library.refresh("koreaherald/sports")
    assert [r.headline.title for r in rows] == ["Home page story one", "Home page story two"]
    assert rows[0].headline.url == "https://www.koreaherald.com/article/10000002"
    # The home page is every section's: never asked for conditionally on another's behalf.
    assert library.store.validators("https://www.koreaherald.com/") is None


async def test_an_article_is_fetched_once_then_read_from_the_cache(
    library: NewsLibrary, demo: FaultServer
) -> None:
    article, status = await library.fetch_article(LEAD + "?section=news&input=rss")
    assert status == "new" and article.url == LEAD
    assert article.quotes, "quotes are extracted when an article is parsed"
    assert article.parser == "yonhap@" + str(library.registry.fetchers["yonhap"].version)
    requests = demo.stats.requests
    again, status = await library.fetch_article(LEAD)
    assert (again, status) == (article, "unchanged")
    assert demo.stats.requests == requests
    assert library.cached_article(LEAD) == article


async def test_an_article_from_an_older_parser_is_fetched_again(
    library: NewsLibrary, demo: FaultServer, tmp_path: Path
) -> None:
    article = await library.article(HERALD)
    old = dataclasses.replace(article, parser="koreaherald@0", paragraphs=article.paragraphs[:2])
    store = Store.open(tmp_path / "other-cache", tmp_path / "other-data")
    store.put_article(old)
    other = NewsLibrary(library.registry, store, HttpClient(NETWORK))
    try:
        assert other.cached_article(HERALD) == old
        requests = demo.stats.requests
        refreshed, status = await other.fetch_article(HERALD)
        assert status == "updated" and demo.stats.requests == requests + 1
        assert refreshed.parser == article.parser and refreshed.paragraphs == article.paragraphs
    finally:
        await other.aclose()


FAULT_CASES = [
    ("drip", {}, FetchTimeout, "timed out after 2 s"),  # the deadline, not the read timeout
    ("stall", {}, FetchTimeout, "timed out after 2 s"),
    ("truncated", {}, IncompleteBody, "5000 bytes of 10000"),
    ("truncated-gzip", {}, IncompleteBody, "gzip body ends before its end"),
    ("reset", {}, ConnectError, "connection failed"),
    ("status/500", {}, BadStatus, "HTTP 500"),
    ("status/404", {}, BadStatus, "HTTP 404"),
    ("status/429", {"retry_after": "1"}, BadStatus, "HTTP 429"),
    ("type", {"ct": "image/jpeg", "body": "jpeg"}, BadContentType, "got image/jpeg"),
    ("type", {"ct": "application/json", "body": "json"}, BadContentType, "application/json"),
    ("type", {"ct": "text/html", "body": "empty"}, None, ""),  # fetched; the parse refuses it
    ("big", {}, ResponseTooLarge, "over the 5 MiB limit"),
    ("bomb", {}, ResponseTooLarge, "over the 5 MiB limit"),
    ("redirect", {"to": "https://example.com/"}, BlockedRedirect, "off-site"),
    ("loop/a", {}, BlockedRedirect, "redirect loop"),
    ("close-delimited", {}, None, ""),  # a complete page, but not an article
]


def _fault(fault: str, **query: str):  # type: ignore[no-untyped-def]
    """A route handler answering like ``/_fault/<fault>?<query>`` would."""
    handler = FAULTS[fault.split("/")[0]]

    async def answer(request: Request, writer):  # type: ignore[no-untyped-def]
        as_fault = dataclasses.replace(request, path=f"/_fault/{fault}", query=query)
        return await handler(as_fault, writer)

    return answer


@pytest.mark.parametrize(
    ("fault", "query", "error", "cause"), FAULT_CASES, ids=[f"{c[0]}-{c[1]}" for c in FAULT_CASES]
)
async def test_a_failing_refetch_never_damages_the_cached_article(
    library: NewsLibrary,
    demo: FaultServer,
    monkeypatch: pytest.MonkeyPatch,
    fault: str,
    query: dict[str, str],
    error: type[FetchError] | None,
    cause: str,
) -> None:
    """The library gives up on the fault (within its deadline: the fetch error says which
    bound ended it) and keeps the copy it had."""
    cached = await library.article(HERALD)
    before = to_json(cached)
    failures = _record_fetch_errors(monkeypatch)
    demo.route("/koreaherald/article/10612345", _fault(fault, **query))
    async with hang_guard():
        again, status = await library.fetch_article(HERALD, refresh=True)
    if error is None:
        assert failures == []
    else:
        [failure] = failures
        assert type(failure) is error and cause in str(failure), failure
    assert status == "unchanged"
    assert to_json(again) == before
    assert to_json(library.cached_article(HERALD)) == before  # type: ignore[arg-type]


def _record_fetch_errors(monkeypatch: pytest.MonkeyPatch) -> list[FetchError]:
    """Every FetchError the library's HTTP client raises from now on, in order."""
    failures: list[FetchError] = []
    get = HttpClient.get

    async def recording_get(self: HttpClient, url: str, **options: Any) -> Response:
        try:
            return await get(self, url, **options)
        except FetchError as e:
            failures.append(e)
            raise

    monkeypatch.setattr(HttpClient, "get", recording_get)
    return failures


async def test_a_failing_fetch_of_an_uncached_article_is_one_line_naming_the_url(
    library: NewsLibrary, demo: FaultServer
) -> None:
    demo.route("/koreaherald/article/10612345", _fault("status/503"))
    with pytest.raises(FetchError) as error:
        await library.article(HERALD)
    message = str(error.value)
    assert "\n" not in message and "/koreaherald/article/10612345" in message and "503" in message
    assert library.cached_article(HERALD) is None


async def test_a_parse_that_overruns_its_deadline_gives_up(
    library: NewsLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parse that never finishes: only the deadline can end the wait, so an error saying
    so is the proof (a broken deadline hangs until the hang guard fails the test)."""
    import herald_tui.services as services

    release = threading.Event()

    def stuck(html: str, url: str) -> Article:
        release.wait(HANG_GUARD_SECONDS)  # a parse far longer than the deadline
        raise AssertionError("the parse outlived the test")

    fetcher = library.registry.fetchers["koreaherald"]
    monkeypatch.setattr(services, "PARSE_SECONDS", 0.2)
    monkeypatch.setattr(fetcher, "parse_article", stuck)
    try:
        with pytest.raises(ParseError, match=r"gave up after 0\.2 s"):
            async with hang_guard():
                await library.article(HERALD)
    finally:
        release.set()  # the abandoned worker thread ends
    assert library.cached_article(HERALD) is None


async def test_offline_reads_the_cache_and_refuses_the_rest(
    library: NewsLibrary, tmp_path: Path
) -> None:
    article = await library.article(HERALD)
    await library.refresh("koreaherald/all")
    offline = NewsLibrary(Registry.load(), Store.open(tmp_path / "cache", tmp_path / "data"), None)
    try:
        assert offline.offline
        assert await offline.article(HERALD) == article
        assert offline.cached_headlines("koreaherald/all")
        with pytest.raises(NotCachedError, match="not in the cache"):
            await offline.article(LEAD)
        with pytest.raises(OfflineError):
            await offline.refresh("koreaherald/all")
    finally:
        await offline.aclose()


async def test_saved_articles_are_listed_as_rows(library: NewsLibrary) -> None:
    article = await library.article(HERALD)
    library.set_saved(article, True)
    library.set_read(HERALD)
    assert library.is_saved(HERALD)
    [row] = library.saved()
    assert row.saved and row.read and row.headline.title == article.headline


async def test_unknown_urls_and_sections_are_clear_errors(library: NewsLibrary) -> None:
    with pytest.raises(HeraldError, match=r"no site plugin reads https://example\.com/x"):
        await library.article("https://example.com/x")
    with pytest.raises(HeraldError, match="unknown section 'yonhap/nope'"):
        await library.refresh("yonhap/nope")


def test_demo_sites_point_both_plugins_at_the_server(demo: FaultServer) -> None:
    registry = Registry.load(sites(demo))
    fetcher = registry.for_url(demo.base_url + "/yonhap/view/AEN20261126002151315")
    assert fetcher is not None and fetcher.name == "yonhap"


async def test_every_demo_section_has_headlines(library: NewsLibrary) -> None:
    # A newcomer pressing 1-9 in the demo must never land on an empty, failing section.
    keys = [s.key for source in library.sources() for s in library.sections(source.name)]
    assert "koreaherald/sports" in keys
    for key in keys:
        assert await library.refresh(key), key
