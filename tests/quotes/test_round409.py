"""Round 409: a sign, note or letter a relative clause says a person wrote or made is that
person's quotation.

Invented sentences only. 'A sign he taped to the door sets the rule: "..."', 'held up a sign
she had made that read "..."' and 'A sign NAME painted and hung on the gate reads, "..."' gave
the quotation to the sign; the corpus README gives a letter or post by a named person to that
person. The document's own relative clause names the writer: "he", "she" or a personal name,
"had" or "has" at most, and a verb of writing, making or putting up. Not a body ('a banner the
NAME Union hung', as round 183 keeps a banner), not a verb of keeping ('a letter that NAME has
framed'), and not a sign made "for" someone (its client's words).
"""

from __future__ import annotations

import pytest

from herald_tui.quotes._lexicon import ORG_HEADS
from herald_tui.quotes._phrases import _ORG_WORDS
from tests.quotes.invented import resolve_and_near, speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Ok Bit-na, 37, has run the noodle stall since 2019.",
            'A sign she taped to the counter sets the rule: "Two bowls per person. No exceptions."',
        ],
        "Two bowls",
        "Ok Bit-na",
    ),
    (
        [
            "Relatives watched the vote from the gallery.",
            "Seo Hwa-gyeong, whose brother died in the fire, held up a sign she had made that"
            ' read "We waited four years."',
        ],
        "We waited",
        "Seo Hwa-gyeong",
    ),
    (
        [
            "Chu Dae-yang, 70, keeps bees above the village.",
            'A plaque Chu painted and hung on the gate reads, "Bees at work. Walk slowly."',
        ],
        "Bees at work",
        "Chu Dae-yang",
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    (  # a body or a place painted it: the sign's words (as round 183 reads a body's banner)
        [
            "Na Gyeol, 52, fishes off the pier.",
            'A sign Gangjin County painted at the pier reads, "No fishing after dark."',
        ],
        "No fishing",
        "sign",
    ),
    (  # made for a client: the client's words, the sign's
        [
            "Beom Su-ho, 61, has painted shop signs for 40 years.",
            'A sign he made for a bakery reads, "Bread first, then worries."',
        ],
        "Bread first",
        "sign",
    ),
    (  # a verb of keeping: who framed the letter did not write it
        [
            "Ahn Chae-bin, 45, runs the station museum.",
            'A letter that Ahn has framed by the door reads, "Thank you for the free rides."',
        ],
        "Thank you for",
        "letter",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], start: str, want: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), want)


def test_a_body_named_as_writer_is_already_an_organisation() -> None:
    """The writer test leaves bodies to the phrase reader's ``org``: every noun of
    ``ORG_HEADS`` must make a name an organisation there ("Hanbit Bank" painted no sign)."""
    assert ORG_HEADS <= _ORG_WORDS
