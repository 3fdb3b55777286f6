"""Round 96: "he" or "she" in a paragraph that named one new person means that person.

A pronoun meant the newest sentence subject of its gender, wherever it stood. When that subject
was last seen in an earlier paragraph, and the pronoun's own paragraph had brought in one person
by a Korean personal name as an object or after its verb ("KCNA also quoted a technician, NAME,
who ..."), the quotation went back to the earlier subject. Every sentence here is invented.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of

_BEFORE = (
    "The farm's manager, Pyon Chol-ung, said the new barns had doubled the herd. \"We worked"
    ' through the winter," the manager said.'
)


def test_a_person_brought_in_as_an_object_is_who_she_means() -> None:
    paragraphs = [
        _BEFORE,
        "KCNA also quoted a dairy worker, Mun Ok-sil, who it said had found a way to keep milk"
        ' cold without power. "Our cellar stays cool even in August," she said.',
    ]
    assert speaker_of(paragraphs, "Our cellar stays") == "Mun Ok-sil"


def test_a_person_after_the_verb_is_who_he_means() -> None:
    paragraphs = [
        'Gyeongsan Mayor Dan Seok-hwan said the town had "found its second wind."',
        "Among the new arrivals is Yeo Tae-gyun, who quit a bank job in Incheon to grow"
        ' peaches. "My parents thought I had lost my mind," he said.',
    ]
    speaker = speaker_of(paragraphs, "My parents thought")
    assert speaker is not None and speaker.startswith("Yeo Tae-gyun"), speaker


def test_two_people_brought_in_leave_the_earlier_subject() -> None:
    paragraphs = [
        _BEFORE,
        "KCNA also named two dairy workers, Mun Ok-sil and Ri Yong-hui, as model workers."
        ' "We never missed a milking," she said.',
    ]
    speaker = speaker_of(paragraphs, "We never missed")
    assert speaker not in ("Mun Ok-sil", "Ri Yong-hui"), speaker


def test_a_subject_of_the_same_paragraph_keeps_the_pronoun() -> None:
    paragraphs = [
        _BEFORE,
        "Pyon said a dairy worker, Mun Ok-sil, had found a way to keep milk cold."
        ' "Her cellar stays cool even in August," he said.',
    ]
    speaker = speaker_of(paragraphs, "Her cellar stays")
    assert speaker is not None and "Pyon Chol-ung" in speaker, speaker


def test_a_person_who_asks_is_not_who_she_means() -> None:
    paragraphs = [
        "Dairy worker Mun Ok-sil said the cellar had been dug by hand in 1987."
        ' "It took us two winters," she said.',
        'Ri Yong-hui asked whether the cellar flooded in summer. "Never once," she said.',
    ]
    speaker = speaker_of(paragraphs, "Never once")
    assert speaker is not None and "Mun Ok-sil" in speaker, speaker
