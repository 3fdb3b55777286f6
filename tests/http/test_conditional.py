"""Conditional GET: validators come back with every page, are sent, and 304s are reused."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from herald_tui.demo.wire import Request, respond
from herald_tui.fetchers.http import BadStatus, HttpClient, Validators
from tests.faultsite import FaultServer
from tests.http.helpers import fetch, settings

PATH = "/yonhap/view/AEN20250118000100315"


async def _get(server: FaultServer, validators: Validators | None) -> tuple[object, HttpClient]:
    async with HttpClient(settings()) as client:
        return await client.get(server.url(PATH), kind="page", validators=validators), client


async def test_response_carries_validators(server: FaultServer) -> None:
    response = await fetch(server, PATH)
    assert response.validators.etag is not None and response.validators.etag.startswith('"')
    assert response.validators.last_modified is not None
    assert response.validators.last_modified.endswith("GMT")


@pytest.mark.parametrize("which", ["both", "etag", "last_modified"])
async def test_unchanged_page_answers_304(server: FaultServer, which: str) -> None:
    first = await fetch(server, PATH)
    sent = Validators(
        first.validators.etag if which != "last_modified" else None,
        first.validators.last_modified if which != "etag" else None,
    )
    async with HttpClient(settings()) as client:
        second = await client.get(server.url(PATH), kind="page", validators=sent)
    assert second.not_modified and second.status == 304 and second.text == ""
    assert second.validators == first.validators
    assert client.stats.not_modified == 1
    assert server.stats.not_modified == 1
    assert server.stats.validators["if-none-match"] == (which != "last_modified")
    assert server.stats.validators["if-modified-since"] == (which != "etag")


async def test_changed_page_is_fetched_again(server: FaultServer, site: Path) -> None:
    first = await fetch(server, PATH)
    page = site / "yonhap" / "view" / "AEN20250118000100315.html"
    page.write_text(page.read_text("utf-8").replace("Wednesday", "Thursday"), "utf-8")
    os.utime(page, (page.stat().st_atime, page.stat().st_mtime + 60))
    async with HttpClient(settings()) as client:
        second = await client.get(server.url(PATH), kind="page", validators=first.validators)
    assert not second.not_modified
    assert "Thursday" in second.text
    assert second.validators.etag != first.validators.etag
    assert server.stats.validators["if-none-match"] == 1
    assert server.stats.not_modified == 0


async def test_unsafe_validators_are_not_sent(server: FaultServer) -> None:
    """A stored ETag with a line break (from a hostile server) must not reach a header."""
    async with HttpClient(settings()) as client:
        response = await client.get(
            server.url(PATH), kind="page", validators=Validators('"a"\r\nX-Evil: 1', "\x1b[2J")
        )
    assert response.status == 200
    assert sum(server.stats.validators.values()) == 0


async def test_unrequested_304_is_an_error(server: FaultServer) -> None:
    async def always_304(request: Request, writer: asyncio.StreamWriter) -> bool:
        return respond(writer, 304, b"", None)

    server.route("/stale", always_304)
    with pytest.raises(BadStatus, match="HTTP 304 Not Modified"):
        await fetch(server, "/stale")
