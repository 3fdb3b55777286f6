"""Round 106: "he" or "she" never means a place, a body or a sentence's first word.

A pronoun meant the newest sentence subject of its gender that was a person, and a lone
capitalised word nothing described counted as one: a place that was a sentence's subject
("Gimhae named him a master craftsman"), a county described as one, a firm named by its kind,
or a sentence's first word read as a name ("Not everyone is pleased"). "He" or "she" now skips
a lone word named in no fuller form (unless it is a Korean surname: copy names some people by
surname only), a name ending in a place noun ("Uljin County") and a name whose every role is a
body's or a place's. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of


def _is(speaker: str | None, name: str) -> bool:
    return speaker is not None and name in speaker


def test_a_place_that_named_him_is_not_he() -> None:
    paragraphs = [
        "Potter Yang Man-sik has made jars since he was 14. Gimhae named him a master"
        " craftsman in 2011.",
        '"Nobody needs a jar anymore," he said.',
    ]
    speaker = speaker_of(paragraphs, "Nobody needs")
    assert _is(speaker, "Yang Man-sik"), speaker


def test_a_word_that_opens_a_sentence_is_not_he() -> None:
    paragraphs = [
        "Scrap dealer Pi Jae-hun, 63, has collected old clothes in Incheon for 20 years.",
        'Now, he says, the trade is dying. "Nobody overseas wants polyester," he said.',
    ]
    speaker = speaker_of(paragraphs, "Nobody overseas")
    assert _is(speaker, "Pi Jae-hun"), speaker


def test_a_person_named_by_surname_only_is_still_she() -> None:
    paragraphs = [
        "Police official Do Seung-min said the scam ring had targeted pensioners.",
        "One victim, a 70-year-old woman identified only by her surname, Bang, lost her"
        ' savings. "I trusted the voice on the phone," she said.',
    ]
    speaker = speaker_of(paragraphs, "I trusted the")
    assert _is(speaker, "Bang") or _is(speaker, "victim"), speaker


def test_a_person_named_in_full_before_a_place_keeps_he() -> None:
    paragraphs = [
        "Farmer Tak Yong-su, 66, grows pears in Naju.",
        "Naju City, which runs a pear festival each autumn, says fewer young people farm.",
        'Asked whether his son would take over, Tak shook his head. "He works in Seoul," he said.',
    ]
    speaker = speaker_of(paragraphs, "He works in")
    assert _is(speaker, "Tak Yong-su"), speaker


def test_a_description_after_a_sentences_first_word_keeps_she() -> None:
    paragraphs = [
        'Bakery chef Yun Da-hee, 52, said the cooperative had been good for the street. "We'
        ' share the ovens now," she said.',
        "Not everyone is pleased. The owner of a noodle shop near the market said the"
        ' cooperative had cut into her sales. "People used to stop here first," she said.',
    ]
    speaker = speaker_of(paragraphs, "People used to")
    assert _is(speaker, "owner of a noodle shop"), speaker


@pytest.mark.parametrize("word", ["Ferro", "Lindqvist"])
def test_a_foreign_name_given_in_full_keeps_she(word: str) -> None:
    paragraphs = [
        f"Swedish curler Anna {word}, 31, said her team had trained in Gangneung for a month.",
        f'{word} laughed. "The ice here is faster than at home," she said.',
    ]
    speaker = speaker_of(paragraphs, "The ice here")
    assert _is(speaker, word), speaker
