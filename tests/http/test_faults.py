"""Every misbehaving server ends in the right FetchError, on time, with a clear message."""

from __future__ import annotations

import socket
import tracemalloc

import httpx
import pytest

from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.http import (
    BadContentType,
    BadStatus,
    BlockedRedirect,
    ConnectError,
    FetchError,
    FetchTimeout,
    HttpClient,
    IncompleteBody,
    Kind,
    Response,
    ResponseTooLarge,
)
from tests.hang import hang_guard
from tests.http.helpers import fetch, settings

FAULTS: list[tuple[str, Kind, type[FetchError], str]] = [
    ("/_fault/drip?interval=0.5", "page", FetchTimeout, "timed out after 2 s"),
    ("/_fault/stall", "page", FetchTimeout, "timed out after 2 s"),
    ("/_fault/truncated?length=10000&send=5000", "page", IncompleteBody, "5000 bytes of 10000"),
    ("/_fault/truncated-gzip", "page", IncompleteBody, "gzip body ends before its end"),
    ("/_fault/reset", "page", ConnectError, "connection failed"),
    ("/_fault/status/500", "page", BadStatus, "HTTP 500 Internal Server Error"),
    ("/_fault/status/404", "feed", BadStatus, "HTTP 404 Not Found"),
    ("/_fault/type?ct=image/jpeg&body=jpeg", "page", BadContentType, "got image/jpeg"),
    ("/_fault/type?ct=application/json&body=json", "page", BadContentType, "application/json"),
    ("/_fault/type?ct=image/jpeg&body=jpeg", "feed", BadContentType, "got image/jpeg"),
    ("/_fault/type?ct=application/json&body=json", "feed", BadContentType, "application/json"),
    ("/_fault/big?mb=50", "page", ResponseTooLarge, "body of 50 MiB over the 5 MiB limit"),
    ("/_fault/big?mb=50&length=0", "page", ResponseTooLarge, "body over the 5 MiB limit"),
    ("/_fault/bomb?gb=1", "page", ResponseTooLarge, "body over the 5 MiB limit"),
    ("/_fault/redirect?to=http://evil.invalid/x", "page", BlockedRedirect, "off-site"),
    ("/_fault/loop/a", "page", BlockedRedirect, "redirect loop"),
    ("/_fault/chain/6", "feed", BlockedRedirect, "more than 5 redirects"),
]


@pytest.mark.parametrize(("path", "kind", "error", "cause"), FAULTS)
async def test_fault_ends_on_time_with_the_right_error(
    server: DemoServer, path: str, kind: Kind, error: type[FetchError], cause: str
) -> None:
    """Ending on time is judged by the cause, not by a stopwatch: a drip or a stall must end
    at the deadline ("timed out after 2 s"), not at the read timeout ("no data for 10 s"),
    which a drip never even reaches (it would take 1,000 s: the hang guard fails it)."""
    url = server.url(path)
    with pytest.raises(FetchError) as caught:
        async with hang_guard():
            await fetch(server, path, kind)
    assert type(caught.value) is error
    message = str(caught.value)
    assert message.startswith(f"{url}: ")
    assert cause in message
    assert "\n" not in message


async def test_read_timeout_applies_per_phase(server: DemoServer) -> None:
    """With a read timeout shorter than the deadline, the stall ends at the read timeout: the
    message says which of the two ended it. (The deadline is far longer, so that a busy
    machine slow to connect cannot let the deadline come first.)"""
    with pytest.raises(FetchTimeout, match=r"no data for 0\.5 s"):
        async with hang_guard():
            await fetch(server, "/_fault/stall", read_timeout=0.5, deadline=30.0)


async def test_each_phase_gets_its_timeout() -> None:
    """httpx is given the settings' timeouts for each phase of every request."""
    given: list[object] = []

    def answer(request: httpx.Request) -> httpx.Response:
        given.append(request.extensions["timeout"])
        return httpx.Response(200, headers={"Content-Type": "text/html"}, text="<p>ok</p>")

    changes = {"read_timeout": 0.5, "connect_timeout": 3.0}
    async with HttpClient(settings(**changes), transport=httpx.MockTransport(answer)) as client:
        await client.get("http://127.0.0.1/x", kind="page")
    assert given == [{"connect": 3.0, "read": 0.5, "write": 0.5, "pool": 3.0}]


async def test_refused_connection_is_a_connect_error() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x"
    async with HttpClient(settings()) as client:
        with pytest.raises(ConnectError) as caught:
            await client.get(url, kind="page")
    # Refused: no network, said at once (tests/http/test_no_network.py has the rest).
    assert str(caught.value) == "no network: connection to 127.0.0.1 refused"
    assert caught.value.url == url


async def test_close_delimited_body_is_complete(server: DemoServer) -> None:
    """A body ended by closing the connection (no Content-Length) is valid HTTP: all of it."""
    response = await fetch(server, "/_fault/close-delimited")
    assert "ended by closing the connection" in response.text
    assert response.text.rstrip().endswith("</html>")


@pytest.mark.parametrize(
    "path", ["/_fault/big?mb=50", "/_fault/big?mb=50&length=0", "/_fault/bomb"]
)
async def test_memory_stays_bounded(server: DemoServer, path: str) -> None:
    """50 MB bodies and a 1 GiB gzip bomb cost at most a few times the 5 MiB cap."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        with pytest.raises(ResponseTooLarge):
            await fetch(server, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak - before < 64 * 1024 * 1024


async def test_one_byte_chunks_are_refused_at_once_with_little_memory(server: DemoServer) -> None:
    """Issue 14, item 11: 512 KiB in 1-byte chunks cost 17 s of CPU on the event loop and
    64 MiB (128 bytes per body byte); now the flood of chunks is refused early."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        with pytest.raises(ResponseTooLarge, match="chunks of under"):
            await fetch(server, "/_fault/chunked?kb=512&chunk=1", deadline=60.0)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak - before < 4 * 1024 * 1024


async def test_memory_is_bounded_by_the_decoded_cap_at_any_chunking(server: DemoServer) -> None:
    """Small chunks that are still accepted cost a few times the 1 MiB cap at most (the body,
    its text, the server's page; the old list of chunks cost ~130 bytes per 1-byte chunk)."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        response = await fetch(server, "/_fault/chunked?kb=1000&chunk=600", max_body_mb=1.0)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "A page in tiny chunks." in response.text
    assert peak - before < 8 * 1024 * 1024


async def test_body_at_the_limit_passes_and_one_byte_over_fails(server: DemoServer) -> None:
    """The cap is on decoded bytes, exact: 1 MiB fits a 1 MiB limit, 2 MiB does not."""
    response = await fetch(server, "/_fault/big?mb=1", max_body_mb=1.0)
    assert len(response.text) == 1024 * 1024
    with pytest.raises(ResponseTooLarge, match="over the 1 MiB limit"):
        await fetch(server, "/_fault/big?mb=2&length=0", max_body_mb=1.0)


async def test_client_keeps_working_after_failures(server: DemoServer) -> None:
    """Failed fetches leave no broken connection behind for the next one."""
    async with HttpClient(settings()) as client:
        results: list[Response | None] = []
        for path in ("/_fault/truncated", "/_fault/bomb", "/yonhap/view/long"):
            try:
                results.append(await client.get(server.url(path), kind="page"))
            except FetchError:
                results.append(None)
    assert results[:2] == [None, None]
    assert results[2] is not None and results[2].text.rstrip().endswith("</html>")
