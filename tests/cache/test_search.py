"""Full-text search: safe queries from user text, bm25 ranking, marked snippets."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from herald_tui.cache import Store
from herald_tui.cache.search import MAX_EXPANSION, expander, to_fts_query
from herald_tui.library import SearchError, SearchHit
from herald_tui.model import Photo, Quote
from tests.cache.factories import article

NAMES = """("north korea" OR "north korean" OR "n korea" OR "n korean" OR "nk" OR "dprk"\
 OR "northkorea")"""
STATES = '("united states" OR "u s" OR "us" OR "usa" OR "unitedstates")'


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("missile", '("missile"*)'),
        ("North Korea", f"({NAMES})"),  # a name: every form of it
        ("bank of korea", '("bank"*) AND ("of") AND ("korea"*)'),
        ('"bank of korea"', '("bank of korea")'),
        ("missile OR rocket", '("missile"* OR "rocket"*)'),
        ("missile or rocket", '("missile"*) AND ("or") AND ("rocket"*)'),
        ("korea -sports", '(("korea"*)) NOT "sports"*'),
        ('korea -"kim jong"', '(("korea"*)) NOT "kim jong"'),
        ("U.S. tariffs", f'({STATES}) AND ("tariffs"*)'),
        ("Jae-in", '(("Jae in" OR "jaein"))'),  # a romanised name, hyphen or not
        ("Moon Jae-in", '("Moon"*) AND (("Jae in" OR "jaein"))'),
        ("k-pop", '("k pop")'),  # not romanised syllables: the phrase
        ('source:"yna" x', '("x")'),  # the saved articles' index has no filter columns
        ("NEAR(a b)", '("NEAR a") AND ("b")'),
        ("AND NOT", '("AND"*) AND ("NOT"*)'),
        ("semicond*", '("semicond"*)'),
        ("반도체 수출", '("반도체"*) AND ("수출"*)'),
        ('say "" nothing', '("say"*) AND ("nothing"*)'),
    ],
)
def test_user_text_becomes_a_quoted_query(text: str, query: str) -> None:
    assert to_fts_query(text) == query


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"bank of korea', "unclosed quote"),
        ('korea "', "unclosed quote"),
        ("", "nothing to search"),
        ("   ", "nothing to search"),
        ("*", "nothing to search"),
        ("-", "nothing to search"),
        ("( ) : ^ +", "nothing to search"),
        ("OR", "OR must stand between"),
        ("korea OR", "OR must stand between"),
        ("OR korea", "OR must stand between"),
        ("korea OR OR missile", "OR must stand between"),
        ("korea OR -missile", "OR must stand between"),
        ("-korea", "a word to search for"),
    ],
)
def test_malformed_queries_raise_search_error(text: str, message: str) -> None:
    with pytest.raises(SearchError, match=message):
        to_fts_query(text)


@given(st.text(alphabet=st.sampled_from(list('ab -"*():^+.OR NEAR{}')), max_size=30))
@settings(max_examples=300, deadline=None)
def test_any_text_is_a_valid_query_or_a_search_error(text: str) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(a, b)")
    db.execute("INSERT INTO t VALUES ('a b ab', 'bab')")
    try:
        query = to_fts_query(text)
    except SearchError:
        return
    db.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()  # never a syntax error


@pytest.fixture
def corpus(mem: Store) -> Store:
    mem.put_articles(
        [
            article(1, headline="Missile launch condemned", topic="Seoul officials said."),
            article(2, headline="Exports rise", topic="Analysts discussed the missile test."),
            article(3, headline="Heat wave grips Seoul", topic="Temperatures soared."),
            article(
                4,
                headline="Chip makers gain",
                words=30,
                photos=(Photo("https://img/4.jpg", "A missile transporter at a parade."),),
            ),
            article(
                5,
                headline="Lawmakers meet",
                words=30,
                quotes=(Quote("The missile threat is real", "Park Ji-hoon", 0, "full", 0, 26),),
            ),
        ]
    )
    return mem


def urls(hits: list[SearchHit]) -> list[int]:
    return [int(h.url[-9:-3]) for h in hits]  # the article number


def test_headline_match_ranks_first(corpus: Store) -> None:
    assert urls(corpus.search("missile"))[0] == 1
    assert set(urls(corpus.search("missile"))) == {1, 2, 4, 5}  # headline, body, caption, quote


def test_hit_fields_and_snippet_marks(corpus: Store) -> None:
    (hit,) = corpus.search("heat wave")
    a = article(3, headline="Heat wave grips Seoul")
    assert (hit.url, hit.title, hit.source, hit.section) == (a.url, a.headline, "yonhap", "Economy")
    assert hit.published == a.published
    assert "\x02Heat\x03 \x02wave\x03" in hit.snippet
    assert "\n" not in hit.snippet and "[" not in hit.snippet


def test_prefix_phrase_or_and_exclusion(corpus: Store) -> None:
    assert urls(corpus.search("missi")) == urls(corpus.search("missile"))
    assert urls(corpus.search('"missile test"')) == [2]
    assert urls(corpus.search('"missile launch"')) == [1]
    assert set(urls(corpus.search("heat OR launch"))) == {1, 3}
    assert set(urls(corpus.search("missile -transporter -threat"))) == {1, 2}
    assert corpus.search("zyzzyva") == []


def test_limit(corpus: Store) -> None:
    assert len(corpus.search("exports", limit=2)) == 2
    assert corpus.search("exports", limit=0) == []


def test_saved_articles_are_searchable_once(corpus: Store) -> None:
    saved_only = article(9, headline="Typhoon nears Jeju")
    corpus.set_saved(saved_only, True)
    corpus.set_saved(
        article(1, headline="Missile launch condemned", topic="Seoul officials said."), True
    )
    assert urls(corpus.search("typhoon")) == [9]
    assert urls(corpus.search("missile")).count(1) == 1  # cached and saved: listed once


def test_updates_and_deletes_keep_the_index_right(corpus: Store) -> None:
    corpus.put_article(article(3, headline="Cold snap grips Seoul", topic="Temperatures fell."))
    assert corpus.search("heat") == []
    assert urls(corpus.search("cold snap")) == [3]
    corpus.set_saved(article(9, headline="Typhoon nears Jeju"), True)
    corpus.set_saved(article(9), False)
    assert corpus.search("typhoon") == []


@pytest.mark.parametrize(
    "text", ['"unbalanced', "OR", "NEAR(", "*", "url:x", "headline:missile", "-", "'", "^missile"]
)
def test_bad_queries_never_raise_sqlite_errors(corpus: Store, text: str) -> None:
    try:
        corpus.search(text)
    except SearchError as e:
        assert str(e)  # a message for the user


def test_prefixes_expand_to_the_index_terms(mem: Store) -> None:
    mem.put_articles(
        [
            article(1, headline="Korean exports rise", words=10),
            article(2, headline="Korea wins", words=10),
            article(3, headline="Café culture in Seoul", words=10),
        ]
    )
    expand = expander(mem._cache)
    assert expand("korea") == ["korea", "korean"]
    assert expand("caf") == ["cafe"]  # stored as the tokenizer folds it
    assert expand("zzz") is None  # nothing known: the word itself (matches nothing)
    assert to_fts_query("zzz", expand) == '("zzz")'
    assert to_fts_query("Korea wins", expand) == '(("korea" OR "korean")) AND (("wins"))'
    assert set(urls(mem.search("korea"))) == {1, 2}
    assert urls(mem.search("café")) == [3] and urls(mem.search("cafe")) == [3]


def test_expansion_gives_the_same_hits_as_fts5_prefixes(corpus: Store) -> None:
    from herald_tui.cache.ranking import Search, search_index
    from herald_tui.cache.search import MAX_STEPS, checked

    for text in ("missile", "seoul offic", "exports -heat", "chip OR heat", "temp"):
        search = Search(checked(text), ())
        fts = to_fts_query(text, keys=True)  # FTS5's own prefixes
        plain = search_index(corpus._cache, search, fts, 50, (MAX_STEPS, ""))
        expanded = corpus.search(text)
        assert {h.hit.url for h in plain} == {h.url for h in expanded}, text


def test_hangul_words_and_prefixes(mem: Store) -> None:
    mem.put_articles(
        [
            article(1, headline="반도체 수출 증가", words=10),
            article(2, headline="수출입 동향", words=10),
        ]
    )
    assert set(urls(mem.search("수출"))) == {1, 2}
    assert urls(mem.search("반도")) == [1]
    assert urls(mem.search('"수출 증가"')) == [1]
    assert to_fts_query("수출", expander(mem._cache)) == '(("수출" OR "수출입"))'
    assert to_fts_query("수", expander(mem._cache)) == '("수")'  # one syllable: exact


def test_long_expansions_search_the_word_itself(mem: Store) -> None:
    # FTS5's own prefix query ("term"*) merges every matching term's postings up front,
    # where no budget can stop it: a prefix standing for too many terms is not one.
    words = " ".join(f"term{n:02d}" for n in range(MAX_EXPANSION + 1))
    mem.put_article(article(1, headline=words, words=10))
    mem.put_article(article(2, headline="Long term plan", words=10))
    assert expander(mem._cache)("term") is None
    assert to_fts_query("term", expander(mem._cache)) == '("term")'
    assert urls(mem.search("term")) == [2]
    assert urls(mem.search("term0")) == [1]  # ten terms: expanded


def test_vacuum_forgets_terms_of_pruned_articles(mem: Store) -> None:
    from datetime import UTC, datetime, timedelta

    mem.put_article(
        article(1, headline="Typhoon nears Jeju"), fetched_at=datetime.now(UTC) - timedelta(9)
    )
    mem.put_article(article(2, headline="Typhoid cases fall"))
    assert expander(mem._cache)("typh") == ["typhoid", "typhoon"]
    mem.prune(timedelta(days=1))
    mem.vacuum()
    assert expander(mem._cache)("typh") == ["typhoid"]


def test_a_snippet_never_repeats_the_dateline(mem: Store) -> None:
    lead = (
        "SEOUL, Nov. 25 (Yonhap) -- Seoul shares closed higher Wednesday, led by tech and"
        " battery stocks, as investors bet on a rate cut by the Bank of Korea this week."
    )
    summary = "SEOUL, Nov. 25 (Yonhap) -- Seoul shares closed higher Wednesday, led by tech and..."
    mem.put_article(article(1, summary=summary, paragraphs=(lead, "The won rose slightly.")))
    (hit,) = mem.search("seoul shares")
    assert hit.snippet.count("(Yonhap)") == 1 and hit.snippet.count("\x02Seoul\x03") == 1
    assert "\x02shares\x03 closed higher" in hit.snippet
