"""Articles: exact round trip, what put_article reports, the keep-the-better-parse rule."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from herald_tui.cache import PutStatus, Store
from herald_tui.cache.articles import parser_is_older, worse_parse
from herald_tui.model import to_json
from tests.cache.factories import article


def test_round_trip_is_exact(mem: Store) -> None:
    a = article(1)
    assert mem.put_article(a).status is PutStatus.INSERTED
    got = mem.get_article(a.url)
    assert got == a
    assert got is not None and to_json(got) == to_json(a)


def test_missing_article_is_none(mem: Store) -> None:
    assert mem.get_article("https://en.yna.co.kr/view/nothing") is None


def test_same_article_again_is_unchanged(mem: Store) -> None:
    a = article(1)
    mem.put_article(a)
    assert mem.put_article(a).status is PutStatus.UNCHANGED


def test_edited_article_is_updated(mem: Store) -> None:
    a = article(1)
    mem.put_article(a)
    edited = dataclasses.replace(a, headline="Exports rise for 10th month")
    result = mem.put_article(edited)
    assert result.status is PutStatus.UPDATED and result.stored
    assert mem.get_article(a.url) == edited


LATER = datetime(2024, 7, 11, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("old", "new", "kept"),
    [
        # An empty body never replaces a body, whatever the parser version.
        ({"words": 200}, {"words": 0}, True),
        ({"words": 200}, {"words": 0, "parser": "yonhap@9"}, True),
        # A generic fallback parse never replaces a recognised layout.
        ({"words": 200}, {"words": 200, "fallback": True}, True),
        ({"words": 200, "fallback": True}, {"words": 200}, False),
        # Under half the words is refused from the same parser version...
        ({"words": 200}, {"words": 90}, True),
        ({"words": 200, "parser": "yonhap@2"}, {"words": 90, "parser": "yonhap@1"}, True),
        # ...but accepted from a newer version of that parser, which may drop junk rightly.
        ({"words": 200}, {"words": 90, "parser": "yonhap@2"}, False),
        ({"words": 200, "parser": ""}, {"words": 90, "parser": "yonhap@1"}, False),
        # Half or more is a normal update; so is anything replacing an empty body.
        ({"words": 200}, {"words": 100}, False),
        ({"words": 200}, {"words": 400}, False),
        ({"words": 0}, {"words": 10}, False),
        # A padded copy (many words) must not pin itself: a genuine later version with far
        # fewer words replaces it when the site says it is newer, by modified time...
        ({"words": 2000}, {"words": 300, "updated": LATER}, False),
        (
            {"words": 2000, "updated": LATER - timedelta(hours=1)},
            {"words": 300, "updated": LATER},
            False,
        ),
        # ...or by revision.
        ({"words": 2000}, {"words": 300, "revision": 1}, False),
        ({"words": 2000, "revision": 1}, {"words": 300, "revision": 2}, False),
        # Not newer by either measure: the rule still keeps the fuller copy.
        ({"words": 2000, "updated": LATER}, {"words": 300, "updated": LATER}, True),
        ({"words": 2000, "updated": LATER}, {"words": 300}, True),
        ({"words": 2000, "revision": 2}, {"words": 300, "revision": 1, "updated": LATER}, True),
        ({"words": 2000, "updated": LATER}, {"words": 300, "updated": LATER - timedelta(1)}, True),
        # Newer never makes an empty body or a fallback parse acceptable.
        ({"words": 2000}, {"words": 0, "updated": LATER, "revision": 3}, True),
        ({"words": 2000}, {"words": 1900, "fallback": True, "updated": LATER}, True),
    ],
)
def test_worse_parse_is_kept_out(
    mem: Store, old: dict[str, object], new: dict[str, object], kept: bool
) -> None:
    before, after = article(1, **old), article(1, headline="Changed", **new)  # type: ignore[arg-type]
    mem.put_article(before)
    result = mem.put_article(after)
    assert (result.status is PutStatus.KEPT_BETTER) == kept
    assert mem.get_article(before.url) == (before if kept else after)
    assert bool(result.reason) == kept


def test_kept_better_reason_names_the_word_counts() -> None:
    reason = worse_parse(article(1, words=200), article(1, words=50))
    assert reason is not None and "under half" in reason


@pytest.mark.parametrize(
    ("cached", "current", "older"),
    [
        ("yonhap@1", "yonhap@2", True),
        ("yonhap@2", "yonhap@2", False),
        ("yonhap@3", "yonhap@2", False),
        ("yonhap@1.9", "yonhap@1.10", True),  # numeric, not string, comparison
        ("yonhap@1", "koreaherald@2", False),  # different parsers are not comparable
        ("yonhap@dev", "yonhap@2", False),
        ("", "yonhap@1", True),  # unknown parser: refresh
        ("yonhap@1", "", False),
    ],
)
def test_parser_is_older(cached: str, current: str, older: bool) -> None:
    assert parser_is_older(cached, current) is older


def test_needs_refresh(mem: Store) -> None:
    a = article(1, parser="yonhap@1")
    mem.put_article(a)
    assert mem.needs_refresh(a.url, "yonhap@2")
    assert not mem.needs_refresh(a.url, "yonhap@1")
    assert not mem.needs_refresh("https://en.yna.co.kr/view/other", "yonhap@2")


def test_put_articles_reports_each(mem: Store) -> None:
    good = article(1, words=300)
    mem.put_article(good)
    batch = [article(2), article(1, words=0), article(3)]
    statuses = [r.status for r in mem.put_articles(batch)]
    assert statuses == [PutStatus.INSERTED, PutStatus.KEPT_BETTER, PutStatus.INSERTED]
    assert [r.url for r in mem.put_articles([])] == []
    assert mem.get_article(good.url) == good


def test_batches_larger_than_one_transaction(mem: Store) -> None:
    results = mem.put_articles(article(n, words=20) for n in range(1, 1203))
    assert len(results) == 1202 and {r.status for r in results} == {PutStatus.INSERTED}
    assert mem.info().articles == 1202


def test_naive_datetimes_are_refused(mem: Store) -> None:
    naive = article(1, published=datetime(2024, 7, 10, 9, 0))
    with pytest.raises(ValueError, match="naive"):
        mem.put_article(naive)
    with pytest.raises(ValueError, match="naive"):
        mem.put_article(article(2), fetched_at=datetime(2024, 1, 1))
    assert mem.get_article(naive.url) is None


def test_fetch_time_moves_with_unchanged_and_kept(mem: Store) -> None:
    # Prune goes by the last fetch: a confirmed article is fresh even if nothing changed.
    a = article(1)
    old = datetime.now(UTC) - timedelta(days=40)
    mem.put_article(a, fetched_at=old)
    mem.put_article(a)  # unchanged, fetched now
    mem.put_article(article(1, words=0))  # kept, fetched now
    assert mem.prune(timedelta(days=30)).articles == 0
    assert mem.get_article(a.url) == a
