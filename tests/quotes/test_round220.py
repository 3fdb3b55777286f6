"""Round 220: a speaker phrase is the whole noun phrase, never a part of it.

Invented sentences only (no name or sentence from a corpus article). One reading, in five
places where a speaker phrase was cut: a phrase is its head noun with what belongs to it (a
name's words and the number that ends it, the complement of a role, its modifiers), never a
determiner or an adjective without its noun, and no word inside it is read as a verb or as a
boundary.

1. A lowercase person role, then "to" and an article, goes on to whom the role is held: "An
   aide to an opposition lawmaker, asked about it, offered" is the aide to that lawmaker (read
   from the sentence's start, where "to" ended the phrase at "An aide").
2. A number ends a one-word name opening the phrase, as round 180 had it end a name of two
   capitalised words: "Ledger 500 said" is Ledger 500.
3. After "one", "another", "each" or "every" and a lowercase modifier, a verb's bare form is
   the noun: "one popular post sums up" (a subject would take "posts"), so the phrase is not
   "one popular" (a past spelt as its bare form, "One comment read:", stays a verb).
4. A lone nationality before a lowercase noun is that noun's adjective, no name the paragraph
   introduces: "which Peruvian exporters have called" is the exporters, not "Peruvian".
5. A capitalised word inside a document phrase is no verb: "an LED banner reading" keeps
   "LED" ("led" is a past tense only in lowercase).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# paragraphs, the start of the quotation, words the speaker must hold
RESOLVE: list[tuple[list[str], str, str]] = [
    (  # rule 1
        [
            "The ferry bill goes to a vote next week. An aide to an opposition lawmaker, asked"
            ' about its chances, offered only this: "Nobody will vote for a slower boat."'
        ],
        "Nobody will vote",
        "aide to an opposition lawmaker",
    ),
    (  # rule 2
        [
            'Tariff Check 40 said the levy was "a tax on the poor," and Ledger 500 called the'
            ' estimate "hopeful at best."'
        ],
        "hopeful at best",
        "Ledger 500",
    ),
    (  # rule 3
        [
            "Renters share advice on a message board, where one popular post puts it plainly:"
            ' "Read the lease twice, then call a lawyer."'
        ],
        "Read the lease twice",
        "popular post",
    ),
    (  # rule 4
        [
            "The ministers also discussed the levy on Chilean wine, which Peruvian exporters"
            ' have called "unfair and outdated," at the talks in Lima.'
        ],
        "unfair and outdated",
        "Peruvian exporters",
    ),
    (  # rule 5
        [
            'A bus parked outside the arena displayed an LED sign reading, "Come back soon,'
            ' Dalmo. We miss you."'
        ],
        "Come back soon",
        "LED sign",
    ),
]

# near misses: the same frames, answered as before the rules
KEEP: list[tuple[list[str], str, str | None]] = [
    (  # "to" after a role without an article: the verb's, the aide alone
        ['"We will not back down," said an aide to reporters waiting outside.'],
        "We will not back down",
        "an aide",
    ),
    (  # a past spelt as its bare form after "one" and a noun: the verb
        ['Hundreds replied. One comment read: "I am tired of waiting for the bus."'],
        "I am tired",
        "One comment",
    ),
    (  # "one" and a role noun before "wrote": the commenter
        ['"My dog can finally ride the bus," one commenter wrote.'],
        "My dog can finally",
        "commenter",
    ),
    (  # "another", a modifier and the bare form before "said": read so already
        [
            'Renters share advice on a message board. Another angry post said: "Nobody reads'
            ' the lease until it is too late."'
        ],
        "Nobody reads the lease",
        "angry post",
    ),
    (  # "the Peruvian" before a verb: a person
        ['The Peruvian said the duties were "unfair and outdated."'],
        "unfair and outdated",
        "Peruvian",
    ),
    (  # a lowercase past before the sign: the verb's, the sign alone
        ['Fans held up signs reading "Come back soon, Dalmo."'],
        "Come back soon",
        "signs",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round220_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round220_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got
