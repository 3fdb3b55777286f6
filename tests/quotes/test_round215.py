"""Round 215: a lede's words from a statement the next paragraph credits to a named person.

Invented sentences only (no name or sentence from a corpus article). The corpus convention
("Shapes labelled differently across splits" in ``tests/quotes/corpus/README.md``): a lede
that gives a country's words from an official's statement gives that official's words, when
the next paragraphs name the statement's author. A shape that named the author was left
the country: the next paragraph opens with a fresh quotation that its speaker, a named person,
gave "in a statement" ('"...," NAME, a vice director of ..., said in a statement carried by
KCNA'). (A participle between "a statement" and "by", "a statement issued by NAME", was tried
again and left out: one article, and "carried by" names a carrier; round 210's strict xfail.)

Not when the next paragraph's speaker is a body, or spoke somewhere other than in a statement
(the lede keeps its country), nor when the paragraph after the lede names no author.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for, speaker_holds

_LEDE = (
    "SEOUL, Jan. 5 (Yonhap) -- North Korea on Monday slammed a joint air drill by South Korea "
    'and the United States as a "rehearsal for invasion" and warned of "due consequences."'
)
_FRESH = (
    '"The skies over the peninsula are not a playground for warmongers," Tak Ung-sik, a vice '
    "director of the North's air force command, said in a statement that state media carried."
)

# paragraphs, the text of a lede quotation, a word of the speaker it must get
RESOLVE: list[tuple[list[str], str, str]] = [
    ([_LEDE, _FRESH], "rehearsal for invasion", "Tak Ung-sik"),
    ([_LEDE, _FRESH], "due consequences.", "Tak Ung-sik"),
]

# paragraphs, the text of a lede quotation, a word of the speaker it keeps
KEEP: list[tuple[list[str], str, str]] = [
    (  # the next speaker spoke to reporters, not in a statement: the country keeps its words
        [
            _LEDE,
            '"The skies over the peninsula are not a playground," Tak Ung-sik, a vice director of '
            "the North's air force command, told reporters in Pyongyang.",
        ],
        "rehearsal for invasion",
        "North Korea",
    ),
    (  # a body's statement: no person to give the lede to
        [
            _LEDE,
            '"The skies over the peninsula are not a playground," the North\'s foreign ministry '
            "said in a statement carried by KCNA.",
        ],
        "rehearsal for invasion",
        "North Korea",
    ),
    (  # a statement whose author is not named, then a person at a rally
        [
            'SEOUL, Jan. 9 (Yonhap) -- North Korea on Friday denounced a fishing accord as an "act '
            'of open theft."',
            "The denunciation came in a statement posted on a state website late Thursday.",
            '"The sea does not belong to those who sign papers," Pae Hyon-chol told a rally.',
        ],
        "act of open theft.",
        "North Korea",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), RESOLVE)
def test_round215_gives_the_lede_to_the_statement_author(
    paragraphs: list[str], text: str, speaker: str
) -> None:
    got = speaker_for(paragraphs, text)
    assert speaker_holds(got, speaker), got


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), KEEP)
def test_round215_keeps_near_miss(paragraphs: list[str], text: str, speaker: str) -> None:
    got = speaker_for(paragraphs, text)
    assert speaker_holds(got, speaker), got
