"""The People interface of the Library, end to end over an in-memory store (issue 18)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from herald_tui.cache import Store
from herald_tui.fetchers.registry import Registry
from herald_tui.model import Article
from herald_tui.services import NewsLibrary
from tests.people import stories


def story(n: int, day: int, *paragraphs: str, source: str = "yonhap") -> Article:
    """Invented article ``n``, published on November ``day`` 2026."""
    return stories.story(n, datetime(2026, 11, day, 9, tzinfo=UTC), *paragraphs, source=source)


@pytest.fixture
def library() -> Iterator[NewsLibrary]:
    lib = NewsLibrary(Registry.load(), Store.in_memory(), None)
    yield lib
    lib.store.close()


def test_a_speaker_of_two_articles_is_one_person_with_each_articles_role(
    library: NewsLibrary,
) -> None:
    library.store.put_article(
        story(1, 1, 'President Yoon Suk Yeol said, "We will respond firmly."')
    )
    library.store.put_article(
        story(2, 3, '"The talks must resume," Yoon Suk Yeol said.', source="koreaherald")
    )
    (yoon,) = library.people()
    assert (yoon.key, yoon.name, yoon.kind, yoon.quotes) == (
        "p:yoon suk yeol",
        "Yoon Suk Yeol",
        "person",
        2,
    )
    assert yoon.latest_quote == "The talks must resume,"
    assert yoon.latest_at == datetime(2026, 11, 3, 9, tzinfo=UTC)
    said = library.quotes_of(yoon.key)
    assert [(q.url, q.role, q.source, q.headline) for q in said] == [
        ("https://example.test/koreaherald/2", None, "koreaherald", "Story 2"),
        ("https://example.test/yonhap/1", "President", "yonhap", "Story 1"),
    ]
    assert said[1].speaker == "President Yoon Suk Yeol"
    assert said[1].text == "We will respond firmly."
    assert (said[1].paragraph, said[1].start) == (0, 31)


def test_the_quote_panel_key_is_the_people_key(library: NewsLibrary) -> None:
    article = story(
        1, 1, '"This is serious," a senior official said.', '"Yes," said Lee Jae-myung.'
    )
    library.store.put_article(article)
    official, lee = article.quotes
    assert library.speaker_key(article, lee) == "p:lee jae myung"
    key = library.speaker_key(article, official)
    assert key == "a:https://example.test/yonhap/1#0"
    assert [q.text for q in library.quotes_of(key)] == ["This is serious,"]
    assert {p.key for p in library.people()} == {key, "p:lee jae myung"}


def test_period_and_name_filter(library: NewsLibrary) -> None:
    library.store.put_article(story(1, 1, '"Old words," Kim Min-ji said.'))
    library.store.put_article(story(2, 5, '"New words," Choi Sang-mok said.'))
    since = datetime(2026, 11, 4, tzinfo=UTC)
    assert [p.name for p in library.people(since=since)] == ["Choi Sang-mok"]
    assert [p.name for p in library.people(match="MIN-JI")] == ["Kim Min-ji"]
    assert [q.text for q in library.quotes_of("p:kim min ji", since=since)] == []
    assert library.people(limit=0) == []


def test_a_quote_of_another_article_has_no_key_here(library: NewsLibrary) -> None:
    article = story(1, 1, '"Yes," said Lee Jae-myung.')
    other = story(2, 1, '"No," said Choi Sang-mok.')
    assert library.speaker_key(article, other.quotes[0]) is None
    assert library.speaker_key(other, other.quotes[0]) == "p:choi sang mok"
