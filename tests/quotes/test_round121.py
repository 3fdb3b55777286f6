"""Round 121: "he" or "she" never means people in the plural, and "one of the <role>s" is one.

Number agreement, which any reader applies: a capitalised name that reads as people in the
plural ("Dealers in Osaka", a role noun's plural before a preposition; "older South Koreans", a
nationality's plural closing a longer name) is not who a later "he" or "she" means, so the
quotation goes to the person named before it. And "one of the <plural role>" ("one of the
dismissed drivers, who spoke on condition of anonymity, said") is one person, whom the next
"he" means, not a group. Near misses keep their answer: "they" for a group, a surname in
"-ans", a description whose name follows it, a named subject telling an unnamed object, a
body that is "one of the contractors". Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of


def _is(speaker: str | None, name: str) -> bool:
    return speaker is not None and name in speaker


def test_she_is_not_dealers_in_a_city() -> None:
    paragraphs = [
        'Byeon Seul-ah, a bond analyst at Mirae Bank, said the sale was "modest but useful."'
        ' Dealers in Osaka called the sale "the soju bond."',
        '"Demand was steady and the price was fair," she said.',
    ]
    assert _is(speaker_of(paragraphs, "Demand was steady"), "Byeon Seul-ah")


def test_she_is_not_older_south_koreans() -> None:
    paragraphs = [
        "Defector Ri Ok-dan, 40, spoke at the forum in Geneva on Thursday.",
        'Ri, who fled during what older North Koreans call "the quiet winter", told'
        ' reporters she had kept a diary. "I wrote so that I would not forget," she said.',
    ]
    assert _is(speaker_of(paragraphs, "I wrote so that"), "Ri Ok-dan")


def test_she_is_not_younger_canadians() -> None:
    paragraphs = [
        "Novelist Maeng Bo-eun, 63, said her new book was written for older readers."
        ' Younger Canadians, she said, had turned it into "a meme."',
        '"I did not expect to be read on phones," she said.',
    ]
    assert _is(speaker_of(paragraphs, "I did not expect"), "Maeng Bo-eun")


_RULE_2_OUT = (
    "round 121's rule 2 ('one of the <plural role>' is one new person) was not merged: on the "
    "reused held-out splits it made one right speaker wrong and none right"
)


@pytest.mark.xfail(strict=True, reason=_RULE_2_OUT)
def test_he_is_one_of_the_dismissed_drivers() -> None:
    paragraphs = [
        "Haenam Bus CEO Bang Gyu-tae said the company had dismissed three drivers.",
        "But one of the dismissed drivers, who spoke on condition of anonymity, said the"
        ' depot had known about the brakes. "We reported it every week," he said.',
    ]
    speaker = speaker_of(paragraphs, "We reported it every week")
    assert _is(speaker, "driver") and not _is(speaker, "Bang")


@pytest.mark.xfail(strict=True, reason=_RULE_2_OUT)
def test_she_is_one_of_the_night_nurses() -> None:
    paragraphs = [
        "Hospital director Ha Jun-gap, 59, said the lights had been switched off for repairs.",
        "One of the night nurses, who asked not to be named, said the repairs had taken a"
        ' month. "We walked the wards with torches," she said.',
    ]
    speaker = speaker_of(paragraphs, "We walked the wards")
    assert _is(speaker, "nurse") and not _is(speaker, "Ha Jun-gap")


# near misses: the answer stays


def test_they_still_mean_traders() -> None:
    paragraphs = [
        'Byeon Seul-ah, a bond analyst at Mirae Bank, said the sale was "modest but useful."',
        'Traders in Osaka called the sale a bargain. "We bought all we could," they said.',
    ]
    assert _is(speaker_of(paragraphs, "We bought all we could"), "Traders")


def test_a_surname_in_ans_stays_he() -> None:
    paragraphs = [
        "Kwak Ha-ul, a Seoul-based trainer, said the Welsh side had been the stronger team.",
        'Coach Rhys Evans was pleased with the result. "We defended for 90 minutes," he said.',
    ]
    assert _is(speaker_of(paragraphs, "We defended"), "Evans")


def test_a_description_named_after_it_keeps_the_name() -> None:
    paragraphs = [
        "Pyeon Se-ri, a spokeswoman for the union, said talks would resume on Monday.",
        "Its chairman, Oh Dal-chan, said the union would not give up the bonus."
        ' "Our members earned it," he said.',
    ]
    assert _is(speaker_of(paragraphs, "Our members earned it"), "Oh Dal-chan")


def test_a_named_subject_telling_a_nurse_keeps_she() -> None:
    paragraphs = [
        "Surgeon Yeo Da-un, 47, worked through the night after the crash.",
        "Yeo told a nurse at the desk to call in the night shift."
        ' "We had twelve patients in an hour," she said.',
    ]
    assert _is(speaker_of(paragraphs, "We had twelve patients"), "Yeo Da-un")


def test_one_of_the_contractors_is_no_person_of_seoul_metro() -> None:
    paragraphs = [
        "Seoul Metro said two of its contractors had missed the deadline.",
        "One of the contractors said the steel had arrived late."
        ' "We asked for more time in June," it said.',
    ]
    assert not _is(speaker_of(paragraphs, "We asked for more time"), "Seoul Metro")
