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

# Rule 2 (a place or a body by its kind is not "he") was not merged in round 106: at the merge
# it made one reused held-out speaker wrong and none right. Round 189 came back to it in another
# form (the one person named in the pronoun's paragraph or the one before, else no one, rather
# than the newest subject further back): the three tests below, strict xfails until then, pass.


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


def test_a_county_described_as_one_is_not_he() -> None:
    paragraphs = [
        "Fisherman Ok Byung-gu, 71, has worked out of Hupo port for 50 years.",
        "Uljin County, a county on the east coast that holds a crab festival every spring,"
        " says the catch has halved.",
        "Asked whether his daughter would take over his boat, he shook his head."
        ' "She works at a bank in Daegu," he said.',
    ]
    speaker = speaker_of(paragraphs, "She works at")
    assert _is(speaker, "Ok Byung-gu"), speaker


def test_a_province_is_not_she() -> None:
    paragraphs = [
        "Pharmacist Gil Da-on, 45, said her scooter battery caught fire in the hallway.",
        "Gyeonggi Province said it would fund fireproof charging boxes for 300 buildings.",
        '"We woke up to the alarm and the smell," she said.',
    ]
    speaker = speaker_of(paragraphs, "We woke up")
    assert _is(speaker, "Gil Da-on"), speaker


def test_a_word_that_opens_a_sentence_is_not_he() -> None:
    paragraphs = [
        "Scrap dealer Pi Jae-hun, 63, has collected old clothes in Incheon for 20 years.",
        'Now, he says, the trade is dying. "Nobody overseas wants polyester," he said.',
    ]
    speaker = speaker_of(paragraphs, "Nobody overseas")
    assert _is(speaker, "Pi Jae-hun"), speaker


def test_a_firm_named_by_its_kind_is_not_he() -> None:
    paragraphs = [
        "Crypto exchange chief Bae Gun-woo apologized to customers on Monday.",
        "According to analysis firm BlockTrace, the stolen coins had been moved through a mixer.",
        '"Quitting would be easy," he said.',
    ]
    speaker = speaker_of(paragraphs, "Quitting would")
    assert _is(speaker, "Bae Gun-woo"), speaker


# --- near misses: the pronoun keeps its person -----------------------------------------------


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
