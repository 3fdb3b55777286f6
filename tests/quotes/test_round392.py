"""Round 392: a subject's noun may stand before three prepositional phrases, a name before two.

Invented sentences and places only. 'A sign at the entrance to a hiking trail in NAME warns
hikers to "..."' gave the words to the town: the subject phrase was read at most two
prepositional phrases deep, so "at the entrance | to a hiking trail | in NAME" was cut and the
town before the verb was read as the subject; so were "Fans in the crowd of about 3,000 at
NAME Gymnasium chanted" and "An entry in the Annals of ... for the autumn of 1488 records". A
third phrase is now read when its head is a noun (`_phrases._HEAD_DEPTH`), never when it is a
capitalised word inside a name ("the ... Confederation | of Trade Unions" is one name).
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_notice_three_phrases_before_its_verb() -> None:
    paragraphs = [
        'A notice at the gate of a primary school in Jinhae warns parents to "park on the'
        ' far side of the road."',
    ]
    assert (
        speaker_of(paragraphs, "park on the far side", short=True)
        == "notice at the gate of a primary school in Jinhae"
    )


def test_fans_in_a_crowd_at_an_arena() -> None:
    paragraphs = [
        'Fans in the crowd of about 5,000 at Seomyeon Arena chanted "One more round!" as the'
        " bell rang.",
    ]
    assert (
        speaker_of(paragraphs, "One more round", short=True)
        == "Fans in the crowd of about 5,000 at Seomyeon Arena"
    )


def test_a_union_name_with_of_stays_whole() -> None:
    # near miss: a capitalised word before "of" inside a name is read no deeper
    paragraphs = [
        "A report released Monday by the Hanbit Federation of Fishing Unions found that 40"
        " percent of deckhands in Tongyeong were on contracts of a month or less, a practice"
        ' the federation called "work by the tide."',
    ]
    assert (
        speaker_of(paragraphs, "work by the tide", short=True)
        == "Hanbit Federation of Fishing Unions"
    )
