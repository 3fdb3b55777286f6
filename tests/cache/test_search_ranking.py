"""Ranking a search of a large cache: bm25 weighs the words that are not common; filters,
excluded words and words in most rows still choose the matches but are not weighed
(:func:`herald_tui.cache.ranking.ranked_query`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from herald_tui.cache import Store, ranking, search
from herald_tui.cache.search import checked, expander, render_parts
from herald_tui.model import Headline
from tests.cache.factories import WHEN

YNA = "https://en.yna.co.kr/view/"

# 40 headlines, every one about Korea, half of them in the North Korea section; five about a
# missile: two say it in the title (the newest and the oldest), three in the summary only.
MISSILE_TITLES = (0, 39)
MISSILE_SUMMARIES = (10, 20, 30)


def _headline(n: int) -> Headline:
    title = f"Korea story number {n}"
    summary = "Officials in Seoul met."
    if n in MISSILE_TITLES:
        title = f"Korea fires missile, story {n}"
    elif n in MISSILE_SUMMARIES:
        summary = "A missile was reported by officials in Seoul."
    section = "nk" if n % 2 else "national"
    published = WHEN + timedelta(minutes=n)
    url = f"{YNA}AEN2024071088{n:04d}"
    return Headline(url, title, "yonhap", section, published, summary)


def url(n: int) -> str:
    return _headline(n).url


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The 40 headlines, sampled whole as if they were a large index."""
    monkeypatch.setattr(ranking, "SAMPLE_SLICES", 1)
    monkeypatch.setattr(ranking, "SAMPLE_ROWS", 40)
    with Store.in_memory() as store:
        heads = [_headline(n) for n in range(40)]
        store.put_headlines("yonhap/nk", [h for h in heads if h.section == "nk"])
        store.put_headlines("yonhap/national", [h for h in heads if h.section == "national"])
        yield store


def ranked(store: Store, text: str) -> str | None:
    rendered = render_parts(checked(text), expander(store._cache), keys=True)
    return ranking.ranked_query(store._cache, rendered, (search.MAX_STEPS, ""))


def test_common_words_filters_and_exclusions_are_not_weighed(big: Store) -> None:
    assert ranked(big, "korea missile") == '(("missile"))'
    assert ranked(big, "missile section:nk") == '(("missile"))'
    assert ranked(big, "missile -seoul") == '(("missile"))'  # "seoul": in every row
    # Nothing common to leave out, or only the common word itself: the whole query.
    assert ranked(big, "missile") is None
    assert ranked(big, "korea") is None
    assert ranked(big, "missile -reported") is None  # a rare exclusion costs little


def test_a_small_index_is_ranked_by_the_whole_query(mem: Store) -> None:
    mem.put_headlines("yonhap/nk", [_headline(n) for n in range(40)])
    assert ranked(mem, "korea missile") is None


def test_common_words_still_choose_the_matches(big: Store) -> None:
    hits = [h.url for h in big.search("korea missile")]
    # The titles saying it first, then the summaries.
    assert set(hits[:2]) == {url(n) for n in MISSILE_TITLES}
    assert set(hits[2:]) == {url(n) for n in MISSILE_SUMMARIES}
    assert {h.url for h in big.search("korea missile -reported")} == {url(39), url(0)}
    assert big.search("missile -korea") == []


def test_filters_choose_the_matches_and_titles_still_rank_first(big: Store) -> None:
    assert [h.url for h in big.search("missile section:nk")] == [url(39)]
    national = [h.url for h in big.search("korea missile section:national")]
    assert national[0] == url(0) and set(national[1:]) == {url(10), url(20), url(30)}


@pytest.mark.parametrize(
    ("text", "bound"), [("missile", "MAX_RANKED"), ("korea missile", "MAX_RANKED_COMMON")]
)
def test_only_the_newest_matches_are_ranked(
    big: Store, monkeypatch: pytest.MonkeyPatch, text: str, bound: str
) -> None:
    monkeypatch.setattr(ranking, bound, 3)
    # The newest three matches (39, 30, 20), the title first: the oldest title is not ranked.
    hits = [h.url for h in big.search(text)]
    assert hits[0] == url(39) and set(hits[1:]) == {url(30), url(20)}
