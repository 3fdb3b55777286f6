"""Round 193: a term named by "what Y call" earlier in the sentence no longer cuts its
subject off from the quotation of a coordinated verb.

Invented sentences only (no name or sentence from a corpus article). Reading back from a verb
with no subject of its own ("... and said", ", calling"), the clause reader gave up at any
earlier quotation (it might end a clause of its own). A term named by "what Y call" right
before it ('pointed to what traders call the "..." and said ...') is nobody's words and ends
no clause: round 79 keeps Y from the later verb, and now the sentence's subject says it.

Dropped at the merge (kept here as strict xfails, ``TITLED``): the same for a title or name
by the word right before it ("headline", "titled", "so-called", "code-named", a "code name,"
set beside it: 'ran a photo essay under the headline "..." and called the harvest "..."').
It was right 10 times on tuning text and 4 on the reused held-out splits, but it gave one
held-out term a speaker, as rounds 64, 170 and 186 found before it.

The title or term itself still gets no speaker.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

_LEDE = "PYONGYANG, Oct. 9 (Yonhap) -- North Korea marked the end of the autumn harvest on Sunday."

TITLED: list[tuple[list[str], str, str]] = [
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
]

RESOLVE: list[tuple[list[str], str, str]] = [
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
    (TITLED[0][0], "Fields Without End"),
    (TITLED[1][0], "Blue Lantern"),
    (TITLED[2][0], "Sea Lantern"),
    (RESOLVE[0][0], "empty berth"),
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


TITLED_LEFT = (
    "round 193: a title named by its cue word still cuts the subject off from a later "
    "coordinated verb's quotation (rule dropped: it gave a held-out term a speaker)"
)


@pytest.mark.xfail(strict=True, reason=TITLED_LEFT)
@pytest.mark.parametrize(("paragraphs", "start", "speaker"), TITLED)
def test_round193_titled_left(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start"), TERMS)
def test_round193_title_has_no_speaker(paragraphs: list[str], start: str) -> None:
    assert spoken(paragraphs, start) is None


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round193_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
