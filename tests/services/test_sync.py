"""Issue 14, item 5: one failing section or article never aborts a sync."""

from __future__ import annotations

from typing import Any

import pytest

from herald_tui.cache.articles import PutResult
from herald_tui.demo.server import DemoServer
from herald_tui.model import Article, Section
from herald_tui.services import NewsLibrary
from herald_tui.sync import SyncReport, sync


def _sections(library: NewsLibrary) -> list[Section]:
    return [s for source in ("yonhap", "koreaherald") for s in library.sections(source)[:2]]


async def test_an_exception_inside_one_section_is_reported_and_the_sync_goes_on(
    library: NewsLibrary, demo: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An OverflowError out of the HTTP client (what a 309-digit Retry-After did) for one
    section's feed cancelled every other fetch and stored nothing."""
    sections = _sections(library)
    broken = sections[0]
    client = library._client
    assert client is not None
    real_get = client.get

    async def get(url: str, **kw: Any) -> Any:
        if any(url.endswith(feed.split("/", 3)[-1]) for feed in broken.feeds):
            raise OverflowError("int too large to convert to float")
        return await real_get(url, **kw)

    monkeypatch.setattr(client, "get", get)
    report = await sync(library, sections, 2, SyncReport())
    assert [key for key, _ in report.failed] == [broken.key]
    reason = report.failed[0][1]
    assert reason == "internal error: OverflowError: int too large to convert to float"
    assert set(report.sections) == {s.key for s in sections[1:]}
    assert report.new > 0


async def test_an_exception_storing_one_article_is_reported_and_the_sync_goes_on(
    library: NewsLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A UnicodeEncodeError storing one article (a lone surrogate did it) aborted the sync."""
    real_put = library.store.put_article
    victims: list[str] = []

    def put_article(article: Article, **kw: Any) -> PutResult:
        if not victims:
            victims.append(article.url)
            "\ud800".encode()  # raises UnicodeEncodeError, as storing one did
        return real_put(article, **kw)

    monkeypatch.setattr(library.store, "put_article", put_article)
    report = await sync(library, _sections(library), 3, SyncReport())
    assert [url for url, _ in report.failed] == victims
    assert report.failed[0][1].startswith("internal error: UnicodeEncodeError: ")
    assert "\n" not in report.failed[0][1]
    assert report.new > 1
