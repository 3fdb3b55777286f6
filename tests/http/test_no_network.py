"""No network is a state (issue 15, item 5): a name that does not resolve, a refused
connection or an unreachable network is reported at once as NoNetwork, never retried."""

from __future__ import annotations

import errno
import itertools
import socket

import httpx
import pytest

from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.fetch_errors import ConnectError, NoNetwork, unreachable
from herald_tui.fetchers.http import HttpClient, RetryEvent
from tests.http.helpers import settings


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_a_refused_connection_is_no_network_and_not_retried() -> None:
    events: list[RetryEvent] = []
    url = f"http://127.0.0.1:{_closed_port()}/yonhap/news"
    async with HttpClient(settings(retries=3, max_retry_wait=30.0)) as client:
        with pytest.raises(NoNetwork) as caught:
            await client.get(url, kind="page", on_retry=events.append)
        assert client.stats.retries == 0
    assert events == []
    assert str(caught.value).startswith("no network: connection to 127.0.0.1 refused")
    assert isinstance(caught.value, ConnectError) and caught.value.url == url


async def test_a_reset_connection_is_still_retried(server: DemoServer) -> None:
    events: list[RetryEvent] = []
    async with HttpClient(settings(retries=1)) as client:
        with pytest.raises(ConnectError) as caught:
            await client.get(server.url("/_fault/reset"), kind="page", on_retry=events.append)
    assert len(events) == 1 and not isinstance(caught.value, NoNetwork)


def _chain(*errors: BaseException) -> BaseException:
    """``errors[0]`` raised from ``errors[1]``, raised from ``errors[2]``... as httpx does."""
    for outer, inner in itertools.pairwise(errors):
        outer.__cause__ = inner
    return errors[0]


@pytest.mark.parametrize(
    ("error", "cause"),
    [
        (
            _chain(httpx.ConnectError("x"), socket.gaierror(-2, "Name or service not known")),
            "en.yna.co.kr did not resolve",
        ),
        (
            _chain(httpx.ConnectError("x"), OSError("all failed"), ConnectionRefusedError(111, "")),
            "connection to en.yna.co.kr refused",
        ),
        (
            _chain(httpx.ConnectError("x"), OSError(errno.ENETUNREACH, "")),
            "en.yna.co.kr unreachable",
        ),
        (_chain(httpx.ConnectError("x"), ConnectionResetError(104, "reset")), ""),
        (httpx.ReadError("connection lost"), ""),
    ],
)
def test_unreachable(error: BaseException, cause: str) -> None:
    assert unreachable(error, "en.yna.co.kr") == cause
