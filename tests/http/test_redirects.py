"""Redirects: followed by hand within the allowed hosts, and nowhere else."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest

from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.http import BadStatus, BlockedRedirect, HttpClient
from tests.http.helpers import ARTICLE, fetch, settings

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


async def test_a_redirect_to_another_port_of_the_same_host_is_refused(
    server: DemoServer,
) -> None:
    """The host alone is not the site: a port other than the default one (or the one the
    fetch started on, the configured mirror's) is another service."""
    port = int(server.base_url.rsplit(":", 1)[1])
    target = f"http://127.0.0.1:{port + 1}{ARTICLE_PATH}"
    with pytest.raises(BlockedRedirect, match=r"redirect to port \d+ of 127\.0\.0\.1 refused"):
        await fetch(server, _redirect(target))
    assert server.stats.requests == 1


async def test_a_redirect_that_browsers_read_as_another_host_is_refused(
    server: DemoServer,
) -> None:
    """urljoin sees 127.0.0.1 in this Location; a browser (and now the client) sees
    evil.invalid. Credentials in a Location are refused too."""
    sneaky = server.url(ARTICLE_PATH).replace("//", "//evil.invalid\\@", 1)
    with pytest.raises(BlockedRedirect, match=r"redirect off-site to evil\.invalid refused"):
        await fetch(server, _redirect(sneaky))
    with_user = server.url(ARTICLE_PATH).replace("//", "//user@", 1)
    with pytest.raises(BlockedRedirect, match="redirect to a malformed URL"):
        await fetch(server, _redirect(with_user))
    assert server.stats.requests == 2


def _redirecting(to: str) -> httpx.MockTransport:
    """A transport where the start URL redirects to ``to`` and everything else is a page."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/start":
            return httpx.Response(302, headers={"Location": to})
        return httpx.Response(200, text=ARTICLE, headers={"Content-Type": "text/html"})

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(
    ("to", "cause"),
    [
        ("http://en.yna.co.kr/view/1", "redirect from https to http refused"),
        ("http://en.yna.co.kr:443/view/1", "redirect from https to http refused"),
        ("https://en.yna.co.kr:8443/view/1", "redirect to port 8443 of en.yna.co.kr refused"),
        ("https://m.yna.co.kr:80/view/1", "redirect to port 80 of m.yna.co.kr refused"),
    ],
)
async def test_redirects_never_downgrade_or_change_port(to: str, cause: str) -> None:
    hosts = frozenset({"en.yna.co.kr", "m.yna.co.kr"})
    async with HttpClient(settings(), transport=_redirecting(to)) as client:
        with pytest.raises(BlockedRedirect) as caught:
            await client.get("https://en.yna.co.kr/start", kind="page", allowed_hosts=hosts)
    assert str(caught.value) == f"https://en.yna.co.kr/start: {cause}"


@pytest.mark.parametrize(
    ("start", "to", "final"),
    [
        ("https://en.yna.co.kr/start", "https://m.yna.co.kr:443/v", "https://m.yna.co.kr/v"),
        ("http://en.yna.co.kr/start", "https://en.yna.co.kr/v", "https://en.yna.co.kr/v"),
        ("https://en.yna.co.kr/start", "/v\\w", "https://en.yna.co.kr/v/w"),
        ("http://127.0.0.1:8080/start", "http://localhost:8080/v", "http://localhost:8080/v"),
    ],
)
async def test_allowed_redirects_follow_the_re_serialised_url(
    start: str, to: str, final: str
) -> None:
    hosts = frozenset({"en.yna.co.kr", "m.yna.co.kr", "127.0.0.1", "localhost"})
    async with HttpClient(settings(), transport=_redirecting(to)) as client:
        response = await client.get(start, kind="page", allowed_hosts=hosts)
    assert response.url == final
