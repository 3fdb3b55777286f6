"""Round 203: a "his" tells a subject's gender; a nickname with a relative clause; a shouted
word.

Invented sentences and names only (no name or sentence from a corpus article):

* (not merged) a "his", "himself" or "herself" in a named subject's own clause (before anyone
  else is named or a person's role noun, a verb of saying or "that"; no "his"/"her" before the
  subject in its sentence) tells the subject's gender, so a "she" after it is someone else;
* 'calls her "the <noun> who/that ..."' (three or four words after "the", lower case, no rank,
  superlative or comma) is a nickname, though its clause says "me";
* an exclamation right after "shouting", "yelling", "crying" or "screaming" is a cry, even one
  capitalised word or a word quoted as a term before; when a verb of saying reports its clause,
  the shouter is that clause's subject, not the teller.

At the merge (reviewer) the first rule made two right speakers of a reused held-out split
wrong (a "she" sent past its right person); it was dropped and its case is a strict xfail.
Dropped before the merge: a capitalised word before a plural noun and "are" read as an
adjective with "the cinema" describing no person (round 196's dropped rules again), and 'said
the dam had "..."' as a partial (round 140 keeps 'said the farm had "sun melons"' a name).

Near misses keep their old reading: a "his" after "said", after a person's role noun or in a
sentence opened by another's "His", a superlative after "calls him".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The song was written for her by Pyo Gang-min, a session drummer who first met "
            'Eom at a bus stop. Eom calls him "the man who outran me."'
        ],
        "the man who outran",
        None,
    ),
    (
        [
            'Guides on the island now avoid the word "crab" in their brochures.',
            "Ahn Se-bom, 41, who came with her nephew, said the boy spent the whole walk at the "
            'tide pools yelling "Crab!" at every pebble.',
        ],
        "Crab!",
        "boy",
    ),
]

DROPPED: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Gwak Da-som rode a gray mare called Moonstone to a second-place finish on Sunday.",
            'Moonstone is known at the barn for his habit of sniffing every rail. "He checks '
            'each pole like an inspector," she said.',
        ],
        "He checks each pole",
        "Gwak Da-som",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Coach Ryu Pan-seok sat beside the doctor in his gray coat.",
            '"She jumps well," she said.',
        ],
        "She jumps well",
        "Ryu Pan-seok",
    ),
    (
        [
            "Mun Gil-jae, 80, has carved masks in Andong since 1962.",
            "His grandson, Seo Bo-ram, filmed his workshop last year. "
            '"He never liked cameras," she said.',
        ],
        "He never liked cameras",
        "Seo Bo-ram",
    ),
    (
        [
            "Gwak Da-som rode a gray mare called Moonstone to a second-place finish on Sunday.",
            'Gwak said his trainer had doubts. "He checks each pole," she said.',
        ],
        "He checks each pole",
        "Gwak Da-som",
    ),
    (
        [
            'The elder Eom calls him "the slowest drummer I ever hired, and the loudest."',
        ],
        "the slowest drummer",
        "Eom",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round203_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.xfail(
    strict=True,
    reason="round 203's subject-gender rule was not merged: at the merge it made two right"
    " held-out speakers wrong",
)
@pytest.mark.parametrize(("paragraphs", "start", "speaker"), DROPPED)
def test_round203_dropped(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round203_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
