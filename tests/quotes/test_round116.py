"""Round 116: which person "he" or "she" can stand for, by the gender the copy gave.

Two places where wire copy gives a person's gender were not read. A reflexive closing an
appositive ("Bae Min-ho, a former archer himself,") now gives its person's gender, so a later
"she" skips him. A role opening the sentence before a name ("Gil's daughter, Gil Soo-ah, 50,
who keeps the books, said") stays the name's when an age follows the name, as it did without
the age, and a name's possessive ("Gil's") owns such a role as "her" or "the" does: the kin
noun gives the gender, and "her mother" later means the person named so. Near misses keep
their answer: the reflexive or kin noun of the pronoun's own gender, a role that is no kin.
Every sentence here is invented.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def _is(speaker: str | None, name: str) -> bool:
    return speaker is not None and name in speaker


def test_a_former_archer_himself_is_not_she() -> None:
    paragraphs = [
        "Archer Bae Ji-won, 19, missed the national team by one point at the trials.",
        "Her coach, Bae Min-ho, a former archer himself, said the trials had been fair.",
        "Bae, who trains at the same club in Andong, said she would enter again. "
        '"I will shoot again in March," she said.',
    ]
    assert _is(speaker_of(paragraphs, "I will shoot"), "Bae Ji-won")


def test_a_former_rider_himself_is_not_she_in_the_next_paragraph() -> None:
    paragraphs = [
        "Cyclist Yun Da-bin, 24, won the hill stage by four seconds.",
        "Her manager, Yun Gi-cheol, a former rider himself, followed in the team car.",
        '"I could hear him shouting the whole way up," she said.',
    ]
    assert _is(speaker_of(paragraphs, "I could hear"), "Yun Da-bin")


def test_a_daughter_named_before_her_age_is_she() -> None:
    paragraphs = [
        "Potter Gil Man-sik, 80, has made jars in Icheon since 1962.",
        "Gil's daughter, Gil Soo-ah, 50, who keeps the workshop's books, said her father had"
        " turned away dozens of apprentices. According to her, he told them all the same"
        ' thing: "Come back when you can sit still."',
        '"Jun-ho came back the next day. After a month my father stopped pretending not to'
        ' see him," she said.',
    ]
    assert _is(speaker_of(paragraphs, "Come back when"), "Gil Man-sik")
    assert _is(speaker_of(paragraphs, "Jun-ho came back"), "Gil Soo-ah")


def test_their_mother_named_before_her_age_is_her_mother() -> None:
    paragraphs = [
        "Heir Pyeon Seung-ho, 52, sued his brother over the family bakery chain on Monday.",
        "Their mother, Tak Bun-rye, 79, has not commented publicly.",
        'Pyeon said his mother had told him in March, "Your father built three shops, not one."',
    ]
    assert _is(speaker_of(paragraphs, "Your father built"), "Tak Bun-rye")


def test_near_miss_a_former_swimmer_himself_is_he() -> None:
    paragraphs = [
        "Swimmer Na Ji-won, 19, missed the national team by one second.",
        "Her coach, Na Min-ho, a former swimmer himself, said the clock had been wrong.",
        '"We will appeal on Monday," he said.',
    ]
    assert _is(speaker_of(paragraphs, "We will appeal"), "Na Min-ho")


def test_near_miss_a_fencer_herself_is_she() -> None:
    paragraphs = [
        "Fencer Ok Ha-ram, 22, lost the final on a late touch.",
        "Her sister, Ok Se-rin, a fencer herself, watched from the stands.",
        '"I know that touch. I lost the same way in 2019," she said.',
    ]
    assert _is(speaker_of(paragraphs, "I know that touch"), "Ok Se-rin")


def test_near_miss_a_son_named_before_his_age_is_he() -> None:
    paragraphs = [
        "Potter Gil Man-sik, 80, has made jars in Icheon since 1962.",
        "Gil's son, Gil Tae-o, 50, who keeps the workshop's books, said his father had"
        ' turned away dozens of apprentices. "He sends them home after an hour," he said.',
    ]
    assert _is(speaker_of(paragraphs, "He sends them home"), "Gil Tae-o")


def test_near_miss_a_lawyer_named_before_his_age_speaks_by_name() -> None:
    paragraphs = [
        "Baker Seol Gyeong-ae, 61, opened her shop in Gunsan in 1991.",
        "Seol's lawyer, Ham Jin-seok, 48, said the landlord had doubled the rent.",
        '"The lease says nothing of the kind," Ham said.',
    ]
    assert _is(speaker_of(paragraphs, "The lease says"), "Ham Jin-seok")
