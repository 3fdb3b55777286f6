"""The loopback server itself: path mapping, validators, compression, concurrency."""

from __future__ import annotations

import asyncio
import gzip
from pathlib import Path

import httpx
import pytest

from herald_tui.demo import DemoSite, start_demo_site
from herald_tui.demo.server import DemoServer
from herald_tui.demo.wire import Request, respond
from tests.faultsite import FaultServer
from tests.hang import HANG_GUARD_SECONDS
from tests.http.helpers import ARTICLE, FEED, LONG_ARTICLE, Crowd

PLAIN = {"Accept-Encoding": "identity"}


@pytest.mark.parametrize(
    ("path", "body", "content_type"),
    [
        ("/yonhap/view/AEN20250118000100315", ARTICLE, "text/html; charset=utf-8"),
        ("/yonhap/view/AEN20250118000100315?section=news&input=rss", ARTICLE, "text/html"),
        ("/yonhap/RSS/news.xml", FEED, "application/rss+xml; charset=utf-8"),
        ("/yonhap/RSS/news", FEED, "application/rss+xml"),
        ("/koreaherald/rss/newsAll", FEED, "application/rss+xml; charset=utf-8"),
        ("/koreaherald/", ARTICLE, "text/html; charset=utf-8"),
        ("/koreaherald", ARTICLE, "text/html"),
    ],
)
def test_paths_map_to_files(server: DemoServer, path: str, body: str, content_type: str) -> None:
    response = httpx.get(server.url(path), headers=PLAIN)
    assert response.status_code == 200
    assert response.text == body
    assert response.headers["content-type"].startswith(content_type)


@pytest.mark.parametrize(
    "path",
    ["/missing", "/%2e%2e/secret.txt", "/yonhap/..%2f..%2fsecret.txt", "/"],
)
def test_nothing_outside_the_tree_is_served(server: DemoServer, path: str) -> None:
    with httpx.Client() as client:
        request = client.build_request("GET", server.url("/"))
        request.url = request.url.copy_with(raw_path=path.encode())
        assert client.send(request).status_code == 404


def test_text_is_gzipped_when_accepted(server: DemoServer) -> None:
    raw = httpx.get(server.url("/yonhap/view/long"), headers={"Accept-Encoding": "gzip"})
    assert raw.headers["content-encoding"] == "gzip"
    assert raw.text == LONG_ARTICLE  # httpx decodes it: a valid gzip stream
    assert len(gzip.compress(LONG_ARTICLE.encode())) >= int(raw.headers["content-length"]) - 20
    plain = httpx.get(server.url("/yonhap/view/long"), headers=PLAIN)
    assert "content-encoding" not in plain.headers


def test_head_has_headers_and_no_body(server: DemoServer) -> None:
    response = httpx.head(server.url("/yonhap/RSS/news.xml"), headers=PLAIN)
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(FEED.encode())
    assert response.content == b""


def test_other_methods_are_refused(server: DemoServer) -> None:
    assert httpx.post(server.url("/yonhap/RSS/news.xml")).status_code == 405


def test_faults_are_off_unless_asked(site: Path) -> None:
    with DemoServer(site) as plain:
        assert httpx.get(plain.url("/_fault/status/500")).status_code == 404


def test_if_modified_since_in_the_past_is_a_200(server: DemoServer) -> None:
    old = "Mon, 01 Jan 2001 00:00:00 GMT"
    response = httpx.get(server.url("/yonhap/RSS/news.xml"), headers={"If-Modified-Since": old})
    assert response.status_code == 200
    assert server.stats.validators["if-modified-since"] == 1


async def test_many_concurrent_keep_alive_connections(site: Path) -> None:
    crowd = Crowd(50)  # holds the first answers until all 50 requests are in
    with DemoServer(site, latency=0.2, sleep=crowd) as server:
        crowd.stats = server.stats
        limits = httpx.Limits(max_connections=50)
        # The crowd may take a while to gather on a busy machine: no read timeout meanwhile.
        async with httpx.AsyncClient(limits=limits, timeout=HANG_GUARD_SECONDS) as client:
            for _ in range(2):  # the second round reuses the 50 kept-alive connections
                responses = await asyncio.gather(
                    *(client.get(server.url(f"/yonhap/RSS/news.xml?{i}")) for i in range(50))
                )
                assert all(r.status_code == 200 for r in responses)
        host = server.base_url.removeprefix("http://")
        assert server.stats.max_connections[host] == 50
        assert server.stats.max_in_flight[host] == 50
        assert server.stats.requests == 100


def test_latency_is_added_to_every_response(site: Path) -> None:
    """The server waits its latency before each answer (the waits recorded, not timed)."""
    seen: list[str] = []

    async def sleep(seconds: float) -> None:
        seen.append(f"wait {seconds:g}")

    async def answer(request: Request, writer: asyncio.StreamWriter) -> bool:
        seen.append("answer")
        return respond(writer, 200, b"ok", "text/plain")

    with FaultServer(site, latency=0.3, sleep=sleep) as server:
        server.route("/x", answer)
        assert [httpx.get(server.url("/x")).text for _ in range(2)] == ["ok", "ok"]
    assert seen == ["wait 0.3", "answer", "wait 0.3", "answer"]
    with DemoServer(site, sleep=sleep) as plain:  # no latency: no wait
        assert httpx.get(plain.url("/yonhap/RSS/news.xml")).status_code == 200
    assert len(seen) == 4


def test_demo_site_serves_each_source_under_its_name(site: Path) -> None:
    demo: DemoSite = start_demo_site(site)
    started_at = demo.base_url
    with demo:  # entering a started server keeps it, it does not start another
        assert demo.base_url == started_at
        assert demo.sites == {
            "koreaherald": f"{demo.base_url}/koreaherald",
            "yonhap": f"{demo.base_url}/yonhap",
        }
        assert httpx.get(demo.sites["yonhap"] + "/RSS/news.xml").text == FEED
    with pytest.raises(httpx.ConnectError):
        httpx.get(demo.sites["yonhap"] + "/RSS/news.xml")
