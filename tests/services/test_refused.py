"""Issue 14, item 10: a hostile page within every cap is stored, bounded, in time; a page
refused for its size or parse time is not fetched every run."""

from __future__ import annotations

import asyncio

import pytest

from herald_tui.demo.wire import Request, respond
from herald_tui.errors import HeraldError
from herald_tui.fetchers.base import ParseError
from herald_tui.fetchers.bounds import MAX_PARAGRAPHS
from herald_tui.fetchers.fetch_errors import ResponseTooLarge
from herald_tui.fetchers.http import HttpClient
from herald_tui.services import NewsLibrary
from tests.faultsite import FaultServer
from tests.services.conftest import NETWORK

BIG = "https://en.yna.co.kr/view/AEN20250118009900315"
NESTED = "https://en.yna.co.kr/view/AEN20250118009800315"


def _serve(demo: FaultServer, url: str, body: bytes) -> list[int]:
    """Answer the mirror path of ``url`` with ``body``; returns the list of hits."""
    hits: list[int] = []

    async def handler(request: Request, writer: asyncio.StreamWriter) -> bool:
        hits.append(1)
        return respond(writer, 200, body, "text/html; charset=utf-8")

    demo.route("/yonhap" + url.removeprefix("https://en.yna.co.kr"), handler)
    return hits


@pytest.mark.parametrize(
    ("url", "body", "first_error"),
    [
        (BIG, b"<p>" + b"x" * (6 * 1024 * 1024) + b"</p>", ResponseTooLarge),
        (NESTED, b"<html><body>" + b"<div>" * 40_000, ParseError),
    ],
    ids=["over the size cap", "hostile shape"],
)
async def test_a_refused_page_is_remembered(
    library: NewsLibrary,
    demo: FaultServer,
    url: str,
    body: bytes,
    first_error: type[HeraldError],
) -> None:
    hits = _serve(demo, url, body)
    with pytest.raises(first_error):
        await library.fetch_article(url)
    assert len(hits) == 1
    for _ in range(3):  # every later sync: no request, the same one-line reason
        with pytest.raises(ParseError, match="refused lately: not fetched"):
            await library.fetch_article(url)
    assert len(hits) == 1
    with pytest.raises(first_error):  # asking for a refresh fetches it again
        await library.fetch_article(url, refresh=True)
    assert len(hits) == 2


async def test_other_failures_are_retried(library: NewsLibrary, demo: FaultServer) -> None:
    hits = _serve(demo, BIG, b"<html><body><p>no article here</p></body></html>")
    for expected in (1, 2):
        with pytest.raises(ParseError, match="could not parse"):
            await library.fetch_article(BIG)
        assert len(hits) == expected


async def test_a_costly_page_within_the_caps_is_stored_bounded(
    library: NewsLibrary, demo: FaultServer
) -> None:
    """60,000 quoted paragraphs took 10 s to parse, past the 5 s deadline: never stored,
    fetched again by every sync. Now the work is bounded and the article is kept."""
    page = (await _fault_body(demo, "/_fault/heavy?shape=quoted-paragraphs")).encode()
    _serve(demo, BIG, page)
    article, status = await library.fetch_article(BIG)
    assert status == "new"
    assert len(article.paragraphs) == MAX_PARAGRAPHS
    assert article.quotes


async def _fault_body(demo: FaultServer, path: str) -> str:
    async with HttpClient(NETWORK) as client:
        return (await client.get(demo.url(path), kind="page")).text
