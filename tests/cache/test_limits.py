"""Hostile sizes are bounded in the store: words indexed per article, items per list
(issue 14, item 15)."""

from __future__ import annotations

import random
import string
from pathlib import Path

from herald_tui.cache import Store
from herald_tui.cache.codec import MAX_INDEXED_CHARS
from herald_tui.cache.headlines import MAX_LIST_ITEMS
from tests.cache.factories import article, headline

SECTION = "yonhap/economy"


def distinct_words(count: int, seed: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(count)]


def test_a_huge_article_indexes_a_bounded_number_of_words(store: Store) -> None:
    words = distinct_words(60_000)  # 540 KB of body, eight times the indexed bound
    paragraphs = tuple(" ".join(words[i : i + 100]) for i in range(0, len(words), 100))
    huge = article(1, paragraphs=paragraphs, headline="Exports story")
    store.put_article(huge)
    (terms,) = store._cache.rows("SELECT count(*) FROM search_terms")[0]
    assert terms <= MAX_INDEXED_CHARS // 8  # nine characters a word, at least
    assert store.get_article(huge.url) == huge  # stored whole, only indexed in part
    assert [h.url for h in store.search(words[0])] == [huge.url]
    assert store.search(words[-1]) == []  # beyond the bound: not searchable
    # Replacing and deleting it leaves a sound index.
    store.put_article(article(1, headline="Exports story", revision=1))
    store._cache.run("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
    assert store.search(words[0]) == []


def test_indexed_text_is_cut_between_words(mem: Store) -> None:
    long_word = "x" * 10
    paragraphs = (" ".join([long_word] * (MAX_INDEXED_CHARS // 11 + 50)) + " zebra",)
    mem.put_article(article(1, paragraphs=paragraphs))
    (vocab,) = mem._cache.rows("SELECT group_concat(term, ' ') FROM search_terms")[0]
    # No word cut in two ("xxxx" would be a piece of one); the words past the bound are out.
    assert long_word in vocab.split() and "zebra" not in vocab.split()
    assert [t for t in vocab.split() if set(t) == {"x"}] == [long_word]


def test_a_huge_list_is_stored_up_to_the_bound(store: Store, dirs: tuple[Path, Path]) -> None:
    listed = [headline(n) for n in range(1, MAX_LIST_ITEMS + 5001)]
    store.put_headlines(SECTION, listed)
    rows = store.headlines(SECTION, limit=10 * MAX_LIST_ITEMS)
    assert len(rows) == MAX_LIST_ITEMS
    # The first in feed order are kept (the feed lists the newest first).
    assert {r.headline.url for r in rows} == {h.url for h in listed[:MAX_LIST_ITEMS]}
    assert store.info().sections[0].headlines == MAX_LIST_ITEMS
