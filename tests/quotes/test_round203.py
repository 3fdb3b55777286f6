"""Round 203: a capitalised adjective is no speaker; a "his" tells a subject's gender; a
nickname with a relative clause; short quotations after "had" in reported speech and after a
verb of shouting.

Invented sentences and names only (no name or sentence from a corpus article):

* a one-word capitalised "name" opening a sentence before a lowercase word in "-s" and "are",
  "were" or "have" is an adjective of a plural noun ('Frozen dumplings are ...'), no subject a
  later "she said" could mean; and a body's noun ("the cinema") describes no person just named;
* a "his", "himself" or "herself" in a named subject's own clause (before anyone else is named,
  a verb of saying or "that") tells the subject's gender, so a "she" after it is someone else;
* 'calls her "the <noun> who/that ..."' (three or four words after "the", lower case, no rank,
  superlative or comma) is a nickname, though its clause says "me";
* what a reported clause says a thing "has" or "had" ('said the dam had "hairline cracks"')
  is the speaker's partial, not the name of a kind of thing;
* an exclamation right after "shouting", "yelling", "crying" or "screaming" is a cry, even one
  capitalised word or a word quoted as a term before; when a verb of saying reports its clause,
  the shouter is that clause's subject, not the teller.

Near misses keep their old reading: a name before a singular verb, a "his" after "said", a
superlative after "calls him", a thing's name after "grow", a cry with no exclamation mark.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Baek Ro-un opened the noodle stall in 2019 with her cousin Seol Ga-eun.",
            "Seol said the real problem was storage. Frozen dumplings are hard to keep in the "
            'old freezer and go soft "within an hour on a hot day," she said.',
        ],
        "within an hour",
        "Seol Ga-eun",
    ),
    (
        [
            "Gwak Da-som rode a gray mare called Moonstone to a second-place finish on Sunday.",
            'Moonstone is known at the barn for his habit of sniffing every rail. "He checks '
            'each pole like an inspector," she said.',
        ],
        "He checks each pole",
        "Gwak Da-som",
    ),
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
            "Rep. Yun Cheol-ho asked about the flood wall. Dong Ha-neul, head of the river "
            'office, replied that the old dam still had "hairline cracks" near its base.'
        ],
        "hairline cracks",
        "Dong Ha-neul",
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

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Baek Ro-un opened the noodle stall in 2019 with her cousin Seol Ga-eun.",
            'Seol said the freezer was old. "It goes soft within an hour," she said.',
        ],
        "It goes soft",
        "Seol Ga-eun",
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
    (
        ['Farmers in the valley now grow "sun gourds" on old rice paddies.'],
        "sun gourds",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round203_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round203_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
