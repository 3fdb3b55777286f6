"""Round 324: "he" or "she" never means a lone capitalised word in the form of an English plural.

Invented sentences only. 'Larvae need two years in the water.' then '"...," he said' gave the
words to "Larvae": a sentence's first word is read as a name when nothing says otherwise.
Round 280 skipped every such word and broke one-word names of people ("Jennie", "Tanabe");
round 314 skips those the article also writes in lowercase. A plural's ending ("-ers", "-ors",
"-ists", "-ics", "-ts", "-ae") is vocabulary too, one the one-word names in this copy do not
have: number agreement, as round 121 reads "Dealers in Busan". An "of" phrase after the word
("Bolts of ramie hang ...") is what it is made of, not a description that makes it a person.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_plural_word_opening_a_sentence_is_not_he() -> None:
    paragraphs = [
        "Ryu Jae-gil, a forest ecologist, has counted the salamanders for 11 years.",
        "Insects need three years in the creek before they can leave it.",
        '"If the creek dries in June, the whole year is lost," he said.',
    ]
    assert speaker_of(paragraphs, "If the creek", short=True) == "Ryu Jae-gil"


def test_a_plural_word_is_not_she() -> None:
    paragraphs = [
        '"She makes us rebuild everything," said Cho Ha-ram, 25, one of her assistants.',
        '"Breaking a set is the cheapest lesson," Mun Seo-yeon said.',
        'Promoters increasingly ask for what she calls "lobby bait", displays built to be'
        ' photographed. She takes the work but calls it "a poster you can trip over".',
    ]
    assert speaker_of(paragraphs, "a poster you can", short=True) == "Mun Seo-yeon"


def test_an_of_phrase_does_not_make_the_plural_a_person() -> None:
    paragraphs = [
        "Ha Eun-sil's workshop in Jeonju smells of lacquer. Sheets of hanji dry on a line,"
        " and on the bench lies a half-finished fan.",
        '"People think a fan is a summer thing," the 58-year-old artisan said.',
    ]
    assert speaker_of(paragraphs, "People think a fan", short=True) == "Ha Eun-sil"


def test_a_one_word_name_is_still_she() -> None:
    # near miss: a one-word name of a person, no plural's ending
    paragraphs = ['Rosalie released a new single on Friday. "I wrote it in a week," she said.']
    assert speaker_of(paragraphs, "I wrote it", short=True) == "Rosalie"
