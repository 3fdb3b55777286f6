"""Round 73: a body's name read short or taken for another body.

Invented sentences of wire copy (no name or sentence from a corpus article). The shapes of
"which name speaks" for bodies that general grammar settles, each with variants, and near
misses of the same shape whose answer stays as it was:

* a body named by where it is sent, "the Hanul Delegation to Korea", "the Permanent Mission
  to the United Nations": "to" and a capital after a capitalised delegation, mission,
  embassy, legation or representation are the name's, as "of" is ("said to Korea", a verb's
  "to", is not; nor "of" and a lowercase phrase);
* "in what it called "..."" after people of a place spoke ("Residents of X"): "it" is the
  sentence's own body, never the residents;
* a bare one-word name after a person's title named a body that opens with it ("Hallim Group
  Chairman NAME" then "Hallim said"): the titled body, not a second body with the same first
  word named later ("the flagship Hallim Steel").

Speakers are checked whole (a substring would let "EU Delegation" pass for "EU Delegation to
Korea").
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_L = "SEOUL, April 3 (Yonhap) -- "
_CHOI = '"We cannot sleep at night," said Yeom Sol-bi, 61, who runs a shop in the village.'
_RESIDENTS = "Residents of Hwado's Bomnae-ri have complained of the noise since spring. " + _CHOI


def _speaker(paragraphs: list[str], piece: str) -> str | None:
    hits = [q for q in extract_quotes("", paragraphs) if piece in q.text]
    assert hits, f"{piece!r} not found"
    return hits[0].speaker


MUST_RESOLVE = [
    (
        [
            _L + "The Norland Delegation to Korea, in a written reply to questions, said the"
            ' levy "applies to every partner alike."'
        ],
        "every partner alike",
        "Norland Delegation to Korea",
    ),
    (
        [_L + 'The Norland Delegation to Korea said the levy was "no trade weapon."'],
        "no trade weapon",
        "Norland Delegation to Korea",
    ),
    (
        [_L + '"The levy is final," said the Norland Delegation to Korea.'],
        "levy is final",
        "Norland Delegation to Korea",
    ),
    (
        [_L + 'The Ostravian Embassy to Seoul said the visa rule was "under review."'],
        "under review",
        "Ostravian Embassy to Seoul",
    ),
    (
        [_L + 'The Permanent Mission to the United Nations said the vote was "a mistake."'],
        "a mistake",
        "Permanent Mission to the United Nations",
    ),
    (
        [
            _L + _RESIDENTS,
            "The North last year flew balloons into the South in what it called"
            ' "tit-for-tat" action against the leaflets.',
        ],
        "tit-for-tat",
        "North Korea",
    ),
    (
        [
            _L + "Hallim Group Chairman Tak Ui-jun, 70, will hand his stake to his son, the"
            " group said Monday.",
            'The group said the son would pay the tax. "Every won will be paid," Hallim said.',
            "A group spokesperson said the chairman would keep his seat on the board of the"
            " flagship Hallim Steel until March.",
        ],
        "Every won",
        "Hallim Group",
    ),
    (
        [
            _L + "Hallim Group Chairman Tak Ui-jun, 70, will hand his stake to his son.",
            '"Every won will be paid," Hallim said in a statement.',
        ],
        "Every won",
        "Hallim Group",
    ),
]

NEAR_MISSES = [
    (  # "to" after a verb: no name runs through it
        [_L + 'The Hanul Delegation said to Korea that the levy was "final."'],
        "final",
        "Hanul Delegation",
    ),
    (  # "to" after a participle: the phrase is a description, as before
        [_L + 'The Hanul Delegation sent to Korea said the levy was "final."'],
        "final",
        "The Hanul Delegation sent to Korea",
    ),
    (  # "of" and a lowercase phrase: not the name's
        [_L + 'The Hanul Delegation of ten lawmakers said the trip was "worth every won."'],
        "worth every won",
        "Hanul Delegation",
    ),
    (  # a head "to" does not join: a ministry
        [_L + 'The Ministry of Unification said the talks were "on hold."'],
        "on hold",
        "Ministry of Unification",
    ),
    (  # round 57's "on" still joins its heads
        [_L + 'The Committee on Coastal Affairs said the bill was "dead on arrival."'],
        "dead on arrival",
        "Committee on Coastal Affairs",
    ),
    (  # the residents speak for themselves, as before
        [_L + 'Residents of Hwado\'s Bomnae-ri said the noise was "unbearable at night."'],
        "unbearable at night",
        "Residents of Hwado's Bomnae-ri",
    ),
    (  # the sentence's own body is named: it says what it called
        [_L + _RESIDENTS, 'The Hanul Party walked out over what it called "a rigged vote."'],
        "a rigged vote",
        "Hanul Party",
    ),
    (  # no title named a Hallim body: the firm named later completes the bare name
        [
            _L + '"Every won will be paid," Hallim said in a statement.',
            "Hallim Steel said output would fall.",
        ],
        "Every won",
        "Hallim Steel",
    ),
    (  # the steelmaker named first: the bare name is the steelmaker
        [_L + "Hallim Steel said output would fall.", '"Every won will be paid," Hallim said.'],
        "Every won",
        "Hallim Steel",
    ),
    (  # two titled bodies open with the word: no guess, the bare name stays itself
        [
            _L + "Hallim Group Chairman Tak Ui-jun, 70, will hand his stake to his son.",
            "Hallim Bank President Bang Chae-hun, 58, will lend the son the tax.",
            '"Every won will be paid," Hallim said in a statement.',
        ],
        "Every won",
        "Hallim",
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), MUST_RESOLVE)
def test_body_is_named_whole(paragraphs: list[str], piece: str, speaker: str) -> None:
    assert _speaker(paragraphs, piece) == speaker


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), NEAR_MISSES)
def test_near_miss_keeps_its_speaker(paragraphs: list[str], piece: str, speaker: str) -> None:
    assert _speaker(paragraphs, piece) == speaker
