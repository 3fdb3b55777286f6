"""Round 193: a quoted title, name or term earlier in the sentence no longer cuts its
subject off from the quotation of a coordinated verb.

Invented sentences only (no name or sentence from a corpus article). Reading back from a verb
with no subject of its own ("... and called", ", calling"), the clause reader gave up at any
earlier quotation (it might end a clause of its own). Two shapes of quotation are nobody's
words and end no clause, so the sentence's subject still owns the later quotation:

1. A title or name by the word right before it: "headline", "titled", "entitled",
   "so-called", "code-named", or a "code name," set beside it ('ran a photo essay under the
   headline "..." and called the harvest "..."'). Not when a relative pronoun stands between
   the title and the verb ('..., which in a memo called it "..."': the relative's verb).
2. A term named by "what Y call" right before it ('pointed to what traders call the "..."
   and said ...'): round 79 keeps Y from the later verb, and now the sentence's subject says it.

The title or term itself still gets no speaker.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

_LEDE = "PYONGYANG, Oct. 9 (Yonhap) -- North Korea marked the end of the autumn harvest on Sunday."

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            _LEDE,
            "The Minju Chosun ran a photo essay on its front page under the headline "
            '"Fields Without End" and called the harvest "a victory of the whole people."',
        ],
        "a victory of the whole",
        "Minju Chosun",
    ),
    (
        [
            _LEDE,
            'The Minju Chosun printed a poem titled "Golden Furrows" on its third page, '
            'calling the farmers "heroes of the soil."',
        ],
        "heroes of the soil",
        "Minju Chosun",
    ),
    (
        [
            "SEOUL, Oct. 9 (Yonhap) -- The defense ministry on Monday defended the so-called "
            '"Blue Lantern" program, calling it "the cheapest insurance we have."',
        ],
        "the cheapest insurance",
        "ministry",
    ),
    (
        [
            "SEOUL, Oct. 9 (Yonhap) -- The navy referred to the spring drill by its code name, "
            '"Sea Lantern," and described it as "a purely defensive exercise."',
        ],
        "a purely defensive",
        "navy",
    ),
    (
        [
            "SEOUL, Oct. 9 (Yonhap) -- Trade Minister Paek Ju-hwan met shipbuilders in Ulsan, "
            'where he pointed to what dockworkers call the "empty berth," a yard with no '
            'orders, and said the plan would bring "work for ten years."',
        ],
        "work for ten years",
        "Paek",
    ),
]

TERMS: list[tuple[list[str], str]] = [
    (RESOLVE[0][0], "Fields Without End"),
    (RESOLVE[2][0], "Blue Lantern"),
    (RESOLVE[3][0], "Sea Lantern"),
    (RESOLVE[4][0], "empty berth"),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "SEOUL, Oct. 9 (Yonhap) -- Exports of nickel from the so-called "
            '"battery belt" rose a tenth, according to the Korea Mining Institute, which in '
            'a memo called the trade "badly overlooked."',
        ],
        "badly overlooked",
        "Korea Mining Institute",
    ),
    (
        [
            _LEDE,
            'The Minju Chosun ran a photo essay under the headline "Fields Without End." '
            'Farmers called the harvest "a gift."',
        ],
        "a gift",
        "Farmers",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round193_subject_owns_later_quotation(
    paragraphs: list[str], start: str, speaker: str
) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start"), TERMS)
def test_round193_title_has_no_speaker(paragraphs: list[str], start: str) -> None:
    assert spoken(paragraphs, start) is None


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round193_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
