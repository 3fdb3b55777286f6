"""Odd input never breaks the extractor: random text full of quote marks, unbalanced marks,
garbage and enormous paragraphs. (Linear time is shown by the benchmark, which times sizes ten
times apart; here a 1 MB paragraph only has to complete.)"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from herald_tui.model import Quote
from herald_tui.quotes import extract_quotes

# Letters, spaces and every glyph the rules care about, weighted towards the marks.
ALPHABET = st.sampled_from(
    list("\"“”„'‘’") * 3
    + list("aKs ,.:;?!()-—\n")
    + ["said ", "he ", "Kim ", "the ", "’s ", "by ", "a ", "official ", "who ", "of ", "Ministry "]
    + ["according to ", "statement ", "surnamed ", "SEOUL -- ", "Mr. ", "Lee Min-ji, ", "in "]
)
TEXT = st.lists(ALPHABET, max_size=120).map("".join)


def assert_valid(quote: Quote, headline: str, paragraphs: list[str]) -> None:
    """Offsets point into the right text and the text is what they cover."""
    if quote.paragraph is None:
        source = headline
        assert quote.last_paragraph is None
    else:
        assert 0 <= quote.paragraph < len(paragraphs)
        source = paragraphs[quote.paragraph]
    assert quote.kind in ("full", "partial")
    assert quote.text.strip() and "\n" not in quote.text  # one line for the panel
    if quote.last_paragraph is None:
        assert 0 <= quote.start <= quote.end <= len(source)
        assert source[quote.start : quote.end] == quote.text
    else:
        assert quote.paragraph is not None
        assert quote.paragraph < quote.last_paragraph < len(paragraphs)
        assert 0 <= quote.start <= len(source)
        assert 0 <= quote.end <= len(paragraphs[quote.last_paragraph])
    assert (quote.speaker is None) == (quote.speaker_short is None)
    for name in (quote.speaker, quote.speaker_short):
        assert name is None or name == " ".join(name.split())  # one line, single spaces


@settings(max_examples=600, deadline=None)
@given(headline=TEXT, paragraphs=st.lists(TEXT, max_size=6))
@example(headline="", paragraphs=['Kim  Ministry "said '])  # found by a run: two spaces kept
@example(headline="", paragraphs=['the  Ministry "said '])  # found by a run: a space left first
@example(headline="", paragraphs=["in , ,"])  # found by a fuzz: an empty place between commas
# found by a fuzz (session 52): a paragraph opening on ', who' read the name "two tokens before"
# it at index -1, the paragraph's last word
@example(headline="", paragraphs=[",who call K"])
def test_random_text_with_quote_marks(headline: str, paragraphs: list[str]) -> None:
    for quote in extract_quotes(headline, paragraphs):
        assert_valid(quote, headline, paragraphs)


@settings(max_examples=200, deadline=None)
@given(headline=st.text(max_size=60), paragraphs=st.lists(st.text(max_size=200), max_size=5))
def test_any_unicode_text(headline: str, paragraphs: list[str]) -> None:
    for quote in extract_quotes(headline, paragraphs):
        assert_valid(quote, headline, paragraphs)


def test_a_speaker_read_across_a_line_break_is_shown_on_one_line() -> None:
    # A paragraph may keep line breaks (a poem, a page whose markup was lost); the panel
    # shows a speaker on one line whatever the paragraph held.
    said = ' said the plan was "too important to be left to one party."'
    for name in ("FEED0012\nOpposition leader", "The party\nleader", "Kim\n Ji-ho"):
        (quote,) = extract_quotes("", [name + said])
        assert quote.speaker == " ".join(name.split())


def test_empty_headline_marks_after_a_reporting_verb_give_no_quotation() -> None:
    # found by the property test above: '""' in the headline took the body's speaker
    headline, paragraphs = 'Ministry said ""', ['Ministry "said ']
    found = extract_quotes(headline, paragraphs)
    assert all(q.paragraph is not None for q in found)
    for quote in found:
        assert_valid(quote, headline, paragraphs)


def test_unbalanced_marks_in_every_position() -> None:
    paragraphs = ['"', '""', '"""', "“”„", "’", "'‘’'", '" he said "', '"a', 'a"', '"a," "b']
    for quote in extract_quotes("'", paragraphs):
        assert_valid(quote, "'", paragraphs)


def test_chains_that_could_recurse_without_end() -> None:
    paragraphs = [
        "() " * 5000 + 'said "we will go"',
        '"We will go," said a statement ' + "by a statement " * 5000,
        "Kim, " * 5000 + 'said "we will go"',
        "officials of the " * 5000 + 'said "we will go"',
    ]
    for quote in extract_quotes("Headline", paragraphs):
        assert_valid(quote, "Headline", paragraphs)


def test_a_sentence_of_thousands_of_comment_words_completes() -> None:
    # Round 42's check for "declined to comment" once recursed once per word of comment in
    # the narration before a quotation: a RecursionError on 3,000 of them.
    paragraphs = [
        '"We will see," Kim said.',
        "Hanul Logistics " + "comment " * 3000 + 'today. "Nothing to add."',
        "Kim Min-ji said " + "comment, " * 3000 + 'then left. "Nothing."',
    ]
    quotes = extract_quotes("Headline", paragraphs)
    assert quotes
    for quote in quotes:
        assert_valid(quote, "Headline", paragraphs)


def test_megabyte_of_quote_marks_completes() -> None:
    paragraph = '"' * 1_000_000
    for quote in extract_quotes("'" * 1000, [paragraph]):
        assert_valid(quote, "'" * 1000, [paragraph])


def test_megabyte_without_marks_completes() -> None:
    paragraph = "Kim Min-ji, a senior official, said the plan was ready " * 18_000
    assert extract_quotes("Headline", [paragraph]) == ()


def test_megabyte_of_mixed_marks_and_attribution_completes() -> None:
    paragraph = ("He said \"yes,\" and 'no' Korea’s “x” the official told " * 25_000)[:1_000_000]
    found = extract_quotes("Headline", [paragraph])
    assert found
    for quote in found[:1000]:
        assert_valid(quote, "Headline", [paragraph])
