"""Headline lists: replaced whole, first-seen kept, newest first, revisions folded."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone

from herald_tui.cache import Store
from herald_tui.model import Headline
from tests.cache.factories import WHEN, article, headline

SECTION = "yonhap/economy"
SEEN = datetime(2024, 7, 10, 12, 0, tzinfo=UTC)


def urls(store: Store, section: str = SECTION) -> list[str]:
    return [row.headline.url for row in store.headlines(section)]


def test_list_round_trips_newest_first(mem: Store) -> None:
    heads = [headline(n, published=WHEN + timedelta(hours=n)) for n in (1, 3, 2)]
    mem.put_headlines(SECTION, heads, seen_at=SEEN)
    listed = mem.headlines(SECTION)
    assert [row.headline for row in listed] == [heads[1], heads[2], heads[0]]
    assert all(row.revisions == 1 and not row.read and not row.saved for row in listed)


def test_feed_order_breaks_ties_and_undated_use_first_seen(mem: Store) -> None:
    same = [headline(n) for n in (5, 4, 6)]  # all published at WHEN
    undated = headline(7, published=None)  # first seen at SEEN, after WHEN
    mem.put_headlines(SECTION, [*same, undated], seen_at=SEEN)
    assert urls(mem) == [undated.url] + [h.url for h in same]


def test_put_replaces_the_list(mem: Store) -> None:
    mem.put_headlines(SECTION, [headline(1), headline(2)], seen_at=SEEN)
    mem.put_headlines(SECTION, [headline(3)], seen_at=SEEN)
    assert urls(mem) == [headline(3).url]
    mem.put_headlines(SECTION, [], seen_at=SEEN)
    assert mem.headlines(SECTION) == []


def test_first_seen_is_kept_across_replacements(mem: Store) -> None:
    early, late = SEEN, SEEN + timedelta(hours=5)
    mem.put_headlines(SECTION, [headline(1, published=None)], seen_at=early)
    mem.put_headlines(
        SECTION, [headline(2, published=None), headline(1, published=None)], seen_at=late
    )
    # 1 was first seen early, so 2 (first seen late) is newer, whatever the feed order.
    assert urls(mem) == [headline(2).url, headline(1).url]
    info = {s.key: s for s in mem.info().sections}
    assert info[SECTION].last_synced == late


def test_sections_are_separate(mem: Store) -> None:
    mem.put_headlines(SECTION, [headline(1)], seen_at=SEEN)
    mem.put_headlines("koreaherald/business", [headline(2)], seen_at=SEEN)
    assert urls(mem) == [headline(1).url]
    assert urls(mem, "koreaherald/business") == [headline(2).url]
    assert mem.headlines("yonhap/nothing") == []


def test_duplicate_urls_keep_first(mem: Store) -> None:
    first = headline(1)
    again = Headline(first.url, "Other title", "yonhap")
    mem.put_headlines(SECTION, [first, again], seen_at=SEEN)
    assert [row.headline for row in mem.headlines(SECTION)] == [first]


def test_revisions_fold_into_the_newest(mem: Store) -> None:
    story = [
        headline(1, story_id="S1", revision=0, published=WHEN),
        headline(2, story_id="S1", revision=2, published=WHEN + timedelta(hours=2)),
        headline(3, story_id="S1", revision=1, published=WHEN + timedelta(hours=1)),
    ]
    other = headline(4, published=WHEN + timedelta(minutes=30))
    unrelated_empty_ids = [headline(5), headline(6)]  # empty story_id: never folded
    mem.put_headlines(SECTION, [*story, other, *unrelated_empty_ids], seen_at=SEEN)
    listed = mem.headlines(SECTION)
    assert [(r.headline.url, r.revisions) for r in listed] == [
        (story[1].url, 3),
        (other.url, 1),
        (headline(5).url, 1),
        (headline(6).url, 1),
    ]
    assert mem.unread_count(SECTION) == 4


def test_limit(mem: Store) -> None:
    heads = [headline(n, published=WHEN + timedelta(minutes=n)) for n in range(1, 301)]
    mem.put_headlines(SECTION, heads, seen_at=SEEN)
    assert len(mem.headlines(SECTION)) == 200
    assert urls(mem)[0] == heads[-1].url
    assert len(mem.headlines(SECTION, limit=10)) == 10
    assert mem.unread_count(SECTION) == 300


def test_read_and_saved_marks(mem: Store) -> None:
    mem.put_headlines(SECTION, [headline(1), headline(2), headline(3)], seen_at=SEEN)
    mem.set_read(headline(1).url)
    mem.set_saved(article(2), True)
    marks = {r.headline.url: (r.read, r.saved) for r in mem.headlines(SECTION)}
    assert marks == {
        headline(1).url: (True, False),
        headline(2).url: (False, True),
        headline(3).url: (False, False),
    }
    assert mem.unread_count(SECTION) == 2
    mem.set_read(headline(1).url, False)
    assert mem.unread_count(SECTION) == 3


def test_reading_an_old_revision_leaves_the_story_unread(mem: Store) -> None:
    old = headline(1, story_id="S", revision=0)
    new = headline(2, story_id="S", revision=1)
    mem.put_headlines(SECTION, [old, new], seen_at=SEEN)
    mem.set_read(old.url)
    assert mem.unread_count(SECTION) == 1
    mem.set_read(new.url)
    assert mem.unread_count(SECTION) == 0


def test_last_synced(mem: Store) -> None:
    assert mem.last_synced(SECTION) is None
    mem.put_headlines(SECTION, [headline(1)], seen_at=SEEN + timedelta(microseconds=5))
    synced = mem.last_synced(SECTION)
    assert synced == SEEN  # stored to the second
    assert synced is not None and synced.tzinfo is not None
    before = datetime.now(UTC).replace(microsecond=0)
    mem.put_headlines(SECTION, [headline(1)])  # default: now
    after = mem.last_synced(SECTION)
    assert after is not None and before <= after <= datetime.now(UTC)


def test_a_list_can_be_read_less_the_urls_known(mem: Store) -> None:
    heads = [headline(n, published=WHEN + timedelta(hours=n)) for n in (1, 2, 3, 4)]
    mem.put_headlines(SECTION, heads, seen_at=SEEN)
    mem.set_read(heads[3].url, True)
    known = {heads[0].url, heads[2].url, "https://en.yna.co.kr/view/not-listed"}
    rows = mem.headlines(SECTION, leave_out=known)
    assert [row.headline for row in rows] == [heads[3], heads[1]]  # newest first
    assert [row.read for row in rows] == [True, False]
    assert mem.headlines(SECTION, leave_out=()) == mem.headlines(SECTION)


def test_a_headline_is_stored_as_given_whatever_was_stored_before(mem: Store) -> None:
    # Sealing is kept per headline (a refresh stores mostly the same ones again): the same
    # time in another zone is an equal headline, but is stored as given.
    kst = timezone(timedelta(hours=9))
    utc = headline(1, published=datetime(2024, 7, 10, 3, 0, tzinfo=UTC))
    local = dataclasses.replace(utc, published=datetime(2024, 7, 10, 12, 0, tzinfo=kst))
    assert utc == local
    for given in (utc, local, utc):
        mem.put_headlines(SECTION, [given], seen_at=SEEN)
        stored = mem.headlines(SECTION)[0].headline.published
        assert stored is not None and given.published is not None
        assert stored.utcoffset() == given.published.utcoffset()
