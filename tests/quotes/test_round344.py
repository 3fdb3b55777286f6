"""Round 344: a body first speaking by its acronym is shown by the name the copy spelled out.

Invented sentences only. 'The study, led by NAME of the Korea Institute of Tidal Science
(KITS), ...' then 'KITS said ...' showed "KITS": the full name stood only inside a person's
description, so no mention of the body itself carried it and the acronym had nothing to join.
A new acronym of two to seven capitals that one spelled-out name gives before it in brackets
is that name's body; the name is the capitalised words before the brackets, with "and", "&"
and a body's "of"/"for"/"on" (and "the") inside it, not the person's "of the" before it. A
string repair.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for

_STUDY = [
    "The study, led by Wang Seo-rin of the Korea Institute of Tidal Science (KITS), mapped 40"
    " mudflats.",
    "KITS said it would repeat the survey every spring.",
    '"The flats are moving north," the institute said in a statement.',
]


def test_the_acronym_is_shown_by_its_name() -> None:
    assert speaker_for(_STUDY, "The flats are moving north,") == (
        "Korea Institute of Tidal Science"
    )


def test_the_person_keeps_her_description() -> None:
    # near miss: kept, read right before this round too
    paragraphs = [*_STUDY, '"We walked every one of them," Wang said.']
    speaker = speaker_for(paragraphs, "We walked every one of them,")
    assert speaker is not None and speaker.startswith("Wang Seo-rin")
