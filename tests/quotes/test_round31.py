"""Round 31: words that make a quotation a term, a title or a name, written from outside the
corpus.

``TITLE_CUES``, ``TERM_NOUNS`` and the word sets of ``_terms`` and ``_frames`` grew from words
met in tuning text, so a kind of work, a word about words, a kind of named thing or a naming
verb they lacked ('the sonata "..."', 'the slang "..."', 'the pact "..."', 'billed as "..."')
left the title or the term to the sentence's speaker: a term given a speaker, the worst error
the panel can make. The round adds the words English news prose at large uses there
(``_lexicon.WRITTEN_WORK_NOUNS``, ``WRITTEN_WORD_NOUNS``, ``WRITTEN_NAMED_KINDS``,
``WRITTEN_NAMING_VERBS``), and a cue noun no longer takes a quotation that opens with a
lowercase "is", "was", "has", a modal or "went" for its title: that quotation is the noun's
predicate ('the app "is not a toy"'), someone's words. Every sentence and name is invented
(none comes from any corpus split)."""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from herald_tui.quotes._lexicon import (
    WRITTEN_NAMED_KINDS,
    WRITTEN_NAMING_VERBS,
    WRITTEN_WORD_NOUNS,
    WRITTEN_WORK_NOUNS,
    lowercase,
)

# Before the round, each quoted title, name or term was extracted with the sentence's speaker.
TERMS = [
    (
        "docuseries",
        'Director Seo Eun-kyo said her documentary, the docuseries "salt and ash," took'
        " five years to film.",
    ),
    (
        "slang",
        'Teens now use the slang "jjin-friend" for a close friend, linguist Park Ye-rin said.',
    ),
    (
        "exhibit",
        'The exhibit "hands that build" opened Tuesday at the city museum, curator Nam Ga-young'
        " said.",
    ),
    (
        "billed",
        'The festival, billed as "the biggest street party in the south," drew 80,000 people,'
        " organizer Cha Eun-u said.",
    ),
    ("ballad", 'The musical drew on the ballad "when the tide turns," composer Ha Seon-ho said.'),
    ("novella", 'Yang said his new novella, "The night we left Mokpo," sold 40,000 copies.'),
    ("hotline", 'Officials said the hotline "Call before you fall" would run around the clock.'),
    ("cookbook", 'Chef Yoon Ga-ram said the cookbook, "Rice before sunrise," sold out in a week.'),
    (
        "symphony",
        'The symphony "letters to a northern town" closes the season, conductor Heo Jun-seo said.',
    ),
    (
        "sonata",
        'Pianist Oh Da-bin said she first played the sonata "Rain over Gwanghwamun" at age 9.',
    ),
    (
        "epithet",
        'Tak Woo-seong said his grandmother\'s epithet, "the iron widow of Andong," followed her'
        " for life.",
    ),
    ("pact", 'The mayor said the pact "Green ports for Asia" was signed by nine cities.'),
    (
        "ballad, sentence case",
        'Composer Ha Seon-ho said he wrote the ballad "When the tide turns back" in one night.',
    ),
    (
        "novella, appositive",
        'The novelist said her new novella, "Winter comes to Sokcho," took 10 years, publisher'
        " Na Hyun-woo said.",
    ),
]


@pytest.mark.parametrize(("cue", "sentence"), TERMS, ids=[t[0] for t in TERMS])
def test_term_given_no_speaker(cue: str, sentence: str) -> None:
    quotes = extract_quotes("", [sentence])
    assert all(q.speaker is None for q in quotes), (cue, quotes)


# Near misses: the answer before the round must stay (the first word of the quotation, and
# its speaker). The three after a cue noun and its predicate fail with the list alone, without
# the predicate rule; the proverb fails with the list before its pruning.
KEEP = [
    ('Kim said the bill "will hurt farmers," and vowed to vote against it.', "will", "Kim"),
    (
        'The treaty, Foreign Minister Ha Yeon-su said, "is the best we could get."',
        "is",
        "Foreign Minister Ha Yeon-su",
    ),
    (
        'Asked about the album, singer Jo Min-a said, "It took three years to finish."',
        "It",
        "singer Jo Min-a",
    ),
    (
        'Of the novel, author Seol Ye-na said, "I wrote it in a hospital bed."',
        "I",
        "author Seol Ye-na",
    ),
    (
        '"The slogan is tired," party spokesperson Do Gun-woo said.',
        "The",
        "party spokesperson Do Gun-woo",
    ),
    ('Rep. Ha Yeon-sook dubbed the plan "a giveaway to developers."', "a", "Rep. Ha Yeon-sook"),
    ('Mayor Gu Bon-jae said the concert "went better than we hoped."', "went", "Mayor Gu Bon-jae"),
    ('As the fishermen\'s proverb goes, "A calm sea never made a sailor."', "A", None),
    ('The film, critic Lee Han-na said, "will make grown men cry."', "will", "critic Lee Han-na"),
    ('The app "is not a toy," developer Roh Su-bin said.', "is", "developer Roh Su-bin"),
    (
        'The submarine, Cmdr. Ra Jin-su said, "is the quietest we have ever built."',
        "is",
        "Cmdr. Ra Jin-su",
    ),
    (
        'Song Yu-ri, whose podcast has 2 million listeners, said, "We never planned any of this."',
        "We",
        "Song Yu-ri",
    ),
    ('Kim said the vaccine "works as well as the old one" in adults over 65.', "works", "Kim"),
    (
        'Minister Gil Dong-hwan said the agreement "opens a new chapter" for both countries.',
        "opens",
        "Minister Gil Dong-hwan",
    ),
    ('Police said the storm "caught everyone off guard" on the coast.', "caught", "Police"),
    ('Kim said the slang "was never meant to hurt anyone."', "was", "Kim"),
    ('The poem\'s closing line, Jeon said, "still makes me cry."', "still", "Jeon"),
]


@pytest.mark.parametrize(("sentence", "first", "speaker"), KEEP, ids=[k[0][:40] for k in KEEP])
def test_near_miss_keeps(sentence: str, first: str, speaker: str | None) -> None:
    quotes = extract_quotes("", [sentence])
    assert len(quotes) == 1, quotes
    assert quotes[0].text.split(" ", 1)[0] == first
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize(
    "words",
    [WRITTEN_WORK_NOUNS, WRITTEN_WORD_NOUNS, WRITTEN_NAMED_KINDS, WRITTEN_NAMING_VERBS],
)
def test_written_lists_leave_out_pruned_classes(words: frozenset[str]) -> None:
    # texts that speak, groups that speak, speech acts, sayings cited whole as sentences
    pruned = {"report", "statement", "letter", "speech", "team", "band", "remark", "saying"}
    pruned |= {"proverb", "adage", "maxim", "aphorism", "mantra", "dubbed", "branded"}
    assert not words & pruned
    assert all(w == lowercase(w) for w in words)
