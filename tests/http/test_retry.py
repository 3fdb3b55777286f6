"""Retries: only for connection failures, 5xx and 429; Retry-After honoured in each form."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.http import (
    BadStatus,
    ConnectError,
    FetchTimeout,
    HttpClient,
    Response,
    RetryEvent,
)
from herald_tui.fetchers.retry import backoff, is_retryable_status, retry_after
from tests.hang import hang_guard
from tests.http.helpers import DEADLINE, settings

NOW = datetime(2025, 1, 18, 8, 0, 0, tzinfo=UTC)

# --- the policy, without a server -----------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", 120.0),
        (" 7 ", 7.0),
        ("0", 0.0),
        ("99999999999999999999", 300.0),  # huge: capped
        (format_datetime(NOW + timedelta(seconds=42), usegmt=True), 42.0),
        (format_datetime(NOW + timedelta(days=2), usegmt=True), 300.0),  # far: capped
        (format_datetime(NOW - timedelta(hours=1), usegmt=True), 0.0),  # past: now
        ("Sat, 18 Jan 2025 08:00:10 -0000", 10.0),  # unknown zone read as GMT
        ("soon", None),
        ("1.5", None),
        ("-5", None),
        ("", None),
        ("Wed, 21 Oct 99999999999 07:28:00 GMT", None),
        (None, None),
        pytest.param("9" * 309, 300.0, id="309 digits"),  # issue 14: OverflowError
        pytest.param("9" * 4301, 300.0, id="4301 digits"),  # issue 14: int() digit limit
        pytest.param("9" * 100_000, 300.0, id="100k digits"),
        pytest.param("0" * 5000 + "7", 7.0, id="leading zeros"),
        ("Fri, 31 Dec 9999 23:59:59 GMT", 300.0),
        ("Mon, 01 Jan 0001 00:00:00 +0900", 0.0),
    ],
)
def test_retry_after_forms(header: str | None, expected: float | None) -> None:
    assert retry_after(header, NOW, cap=300.0) == expected


@given(st.text(max_size=6000) | st.from_regex(r"\A\s*[0-9]{0,5000}\s*\Z"))
def test_retry_after_never_raises(header: str) -> None:
    wait = retry_after(header, NOW, cap=300.0)
    assert wait is None or 0.0 <= wait <= 300.0


def test_backoff_doubles_with_jitter_and_is_capped() -> None:
    rng = random.Random(1)
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (12, 10.0), (500, 10.0)]:
        waits = [backoff(attempt, 10.0, rng) for _ in range(50)]
        assert all(ceiling / 2 <= w <= ceiling for w in waits)
        assert len(set(waits)) > 1  # jittered


@pytest.mark.parametrize("status", [429, 500, 503, 599])
def test_server_trouble_is_retried(status: int) -> None:
    assert is_retryable_status(status)


@pytest.mark.parametrize("status", [304, 400, 403, 404, 410])
def test_client_side_statuses_are_not_retried(status: int) -> None:
    assert not is_retryable_status(status)


# --- against the server -------------------------------------------------------------------------


class Waits(list[float]):
    """A sleeper for the client that records each wait instead of waiting."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


async def _get(
    server: DemoServer, path: str, waits: Waits | None = None, **changes: Any
) -> tuple[Response, list[RetryEvent]]:
    events: list[RetryEvent] = []
    async with HttpClient(
        settings(**changes), sleep=waits if waits is not None else Waits()
    ) as client:
        response = await client.get(server.url(path), kind="page", on_retry=events.append)
    return response, events


async def test_retry_after_seconds_is_waited(server: DemoServer) -> None:
    path = "/_fault/status/503?times=1&retry_after=1"
    waits = Waits()
    response, events = await _get(server, path, waits, retries=2, max_retry_wait=1.5)
    assert waits == [1.0]
    assert "Recovered." in response.text
    assert events == [RetryEvent(server.url(path), 1, 1.0, "HTTP 503 Service Unavailable")]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("retry_in=30", 0.2),  # an HTTP date 30 s ahead, capped
        ("retry_in=-30", 0.0),  # an HTTP date in the past: retry now
        ("retry_after=99999999", 0.2),  # huge seconds, capped
        pytest.param("retry_after=" + "9" * 5000, 0.2, id="5000 digits"),  # issue 14
    ],
)
async def test_retry_after_date_and_huge_values(
    server: DemoServer, query: str, expected: float
) -> None:
    response, events = await _get(
        server, f"/_fault/status/429?times=1&{query}", retries=1, max_retry_wait=0.2
    )
    assert response.status == 200
    assert [e.wait_seconds for e in events] == [expected]
    assert events[0].reason == "HTTP 429 Too Many Requests"


async def test_garbage_retry_after_falls_back_to_backoff(server: DemoServer) -> None:
    path = "/_fault/status/503?times=2&retry_after=soon"
    _, events = await _get(server, path, retries=2, max_retry_wait=1.0)
    first, second = (e.wait_seconds for e in events)
    assert 0.25 <= first <= 0.5  # backoff for retry 1: 0.5 s, jittered down to half
    assert 0.5 <= second <= 1.0  # doubled for retry 2
    assert [e.attempt for e in events] == [1, 2]


async def test_retries_run_out_with_a_clear_error(server: DemoServer) -> None:
    path = "/_fault/status/500"
    events: list[RetryEvent] = []
    async with HttpClient(settings(retries=2), sleep=Waits()) as client:
        with pytest.raises(BadStatus) as caught:
            await client.get(server.url(path), kind="page", on_retry=events.append)
    assert caught.value.status == 500
    assert str(caught.value) == (
        f"{server.url(path)}: HTTP 500 Internal Server Error after 2 retries"
    )
    assert len(events) == 2
    assert server.stats.requests == 3


async def test_client_errors_are_not_retried(server: DemoServer) -> None:
    events: list[RetryEvent] = []
    async with HttpClient(settings(retries=3), sleep=Waits()) as client:
        with pytest.raises(BadStatus) as caught:
            await client.get(server.url("/_fault/status/404"), kind="page", on_retry=events.append)
    assert caught.value.status == 404
    assert events == []
    assert server.stats.requests == 1


async def test_connection_failures_are_retried(server: DemoServer) -> None:
    events: list[RetryEvent] = []
    async with HttpClient(settings(retries=2), sleep=Waits()) as client:
        with pytest.raises(ConnectError, match="after 2 retries"):
            await client.get(server.url("/_fault/reset"), kind="page", on_retry=events.append)
    assert server.stats.requests == 3
    assert all(e.reason.startswith("connection failed") for e in events)


async def test_timeouts_are_not_retried(server: DemoServer) -> None:
    """A timeout already cost the whole deadline: retrying would multiply it."""
    events: list[RetryEvent] = []
    waits = Waits()
    async with hang_guard(), HttpClient(settings(retries=3), sleep=waits) as client:
        with pytest.raises(FetchTimeout, match=f"timed out after {DEADLINE:g} s"):
            await client.get(server.url("/_fault/stall"), kind="page", on_retry=events.append)
    assert events == [] and waits == []
    assert client.stats.retries == 0
    assert client.stats.requests == 1
