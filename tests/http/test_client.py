"""The client's own contract: its transport can be replaced, bad URLs fail cleanly."""

from __future__ import annotations

import httpx
import pytest

from herald_tui.errors import HeraldError
from herald_tui.fetchers.http import ConnectError, FetchError, HttpClient
from tests.http.helpers import ARTICLE, settings


async def test_transport_replaces_the_network() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text=ARTICLE, headers={"Content-Type": "text/html"})

    async with HttpClient(settings(), transport=httpx.MockTransport(handler)) as client:
        response = await client.get("https://en.yna.co.kr/view/AEN1", kind="page")
    assert response.text == ARTICLE
    assert response.url == "https://en.yna.co.kr/view/AEN1"
    assert seen[0].headers["accept-encoding"] == "gzip, deflate"
    assert seen[0].headers["accept"].startswith("text/html")
    assert client.stats.requests == 1


async def test_offline_transport_fails_every_request_with_a_fetch_error() -> None:
    def offline(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("offline: no request may be made", request=request)

    async with HttpClient(settings(retries=1), transport=httpx.MockTransport(offline)) as client:
        with pytest.raises(ConnectError, match="offline: no request may be made after 1 retry"):
            await client.get("https://www.koreaherald.com/rss/newsAll", kind="feed")


@pytest.mark.parametrize(
    "url", ["ftp://en.yna.co.kr/x", "javascript:alert(1)", "not a url", "", "http://"]
)
async def test_non_http_urls_are_refused_without_a_request(url: str) -> None:
    def never(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request expected")

    async with HttpClient(settings(), transport=httpx.MockTransport(never)) as client:
        with pytest.raises(FetchError, match="not an http\\(s\\) URL"):
            await client.get(url, kind="page")


def test_fetch_errors_are_herald_errors_with_one_line_messages() -> None:
    error = ConnectError("http://example.invalid/\x1b[31mred", "connection failed:\nreset")
    assert isinstance(error, HeraldError)
    assert str(error) == "http://example.invalid/[31mred: connection failed: reset"
