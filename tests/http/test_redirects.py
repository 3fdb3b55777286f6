"""Redirects: followed by hand within the allowed hosts, and nowhere else."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.http import BadStatus, BlockedRedirect, HttpClient
from tests.http.helpers import fetch, settings

ARTICLE_PATH = "/yonhap/view/AEN20250118000100315"


def _redirect(to: str, status: int = 302) -> str:
    return f"/_fault/redirect?status={status}&to={quote(to, safe='')}"


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_same_host_redirect_is_followed(server: DemoServer, status: int) -> None:
    response = await fetch(server, _redirect(ARTICLE_PATH, status))
    assert response.url == server.url(ARTICLE_PATH)
    assert "difficult but necessary" in response.text


async def test_redirect_chain_of_five_hops_is_followed(server: DemoServer) -> None:
    response = await fetch(server, "/_fault/chain/5")
    assert response.url == server.url("/_fault/chain/0")
    assert server.stats.requests == 6


async def test_redirect_to_an_allowed_host_is_followed(server: DemoServer) -> None:
    """``localhost`` is another host name for the same server: allowed when listed."""
    target = server.url(ARTICLE_PATH).replace("127.0.0.1", "localhost")
    async with HttpClient(settings()) as client:
        response = await client.get(
            server.url(_redirect(target)),
            kind="page",
            allowed_hosts=frozenset({"127.0.0.1", "localhost"}),
        )
    assert response.url == target
    assert server.stats.max_in_flight[target.split("/")[2]] == 1


async def test_other_hosts_are_refused_by_default(server: DemoServer) -> None:
    """Without allowed_hosts only the starting host is allowed; the hop is never requested."""
    target = server.url(ARTICLE_PATH).replace("127.0.0.1", "localhost")
    with pytest.raises(BlockedRedirect, match="redirect off-site to localhost refused"):
        await fetch(server, _redirect(target))
    assert server.stats.requests == 1


@pytest.mark.parametrize(
    ("to", "cause"),
    [
        ("http://evil.invalid/x", "redirect off-site to evil.invalid refused"),
        ("file:///etc/passwd", "redirect to a file URL refused"),
        ("javascript:alert(1)", "redirect to a javascript URL refused"),
        ("http://[::1", "redirect to a malformed URL"),
    ],
)
async def test_unsafe_redirects_are_refused(server: DemoServer, to: str, cause: str) -> None:
    with pytest.raises(BlockedRedirect) as caught:
        await fetch(server, _redirect(to))
    assert str(caught.value) == f"{server.url(_redirect(to))}: {cause}"


async def test_redirect_loop_is_refused(server: DemoServer) -> None:
    with pytest.raises(BlockedRedirect, match="redirect loop"):
        await fetch(server, "/_fault/loop/a")
    assert server.stats.requests == 2


async def test_redirect_without_location_is_a_bad_status(server: DemoServer) -> None:
    with pytest.raises(BadStatus, match="HTTP 302 Found without a Location") as caught:
        await fetch(server, "/_fault/status/302")
    assert caught.value.status == 302
