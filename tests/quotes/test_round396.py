"""Round 396: a plain name before "of" is a person's, and the body after it where they work.

Invented sentences only. 'Cmdr. NAME SURNAME of the Royal Australian Navy ... called the
visit "..."' read the whole capitalised run as one name, as "Ministry of the Interior" is one:
a Korean given name's hyphen ends a name there (round 142's `_given`), a romanised Western
name had nothing to end it. So the person's entity was "NAME SURNAME of the ...", and "SURNAME
told reporters" and "the Australian commander said" found no one to point back to. Two to four
plain capitalised words right before "of" (no word a list knows: no body's head, place, title,
role or nationality) after a title, a lowercase word or the paragraph's start now end the name
(`_phrases._plain_person_before`); bodies keep their "of" ("the Grand Circle of ...", "Deputy
Director of Fisheries NAME"). This is round 267 (session 37) and round 347 again, both below
the bar then (two articles); its strict xfail moved here from ``test_refused_s37.py``.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_surname_later_is_the_person_named_before_of() -> None:
    paragraphs = [
        "Sigrun Brekke of the Nordic Ice Institute said the core samples were"
        ' "older than anyone hoped."',
        '"We will need another winter to read them," Brekke told reporters.',
    ]
    assert speaker_of(paragraphs, "We will need", short=True) == "Sigrun Brekke"


def test_a_written_line_by_surname_is_the_person_named_before_of() -> None:
    paragraphs = [
        'Lena Brandt of the Baltic Sea Research Institute said the data were "the best we have."',
        '"We could not have done it alone," Brandt wrote.',
    ]
    assert speaker_of(paragraphs, "We could not", short=True) == "Lena Brandt"


def test_a_titled_person_before_of_is_the_role_phrase_later() -> None:
    paragraphs = [
        'Capt. Tobias Harrowgate of the Royal Canadian Navy called the drill "long overdue."',
        '"The strait is narrow and crowded," the Canadian captain said.',
    ]
    assert speaker_of(paragraphs, "The strait", short=True) == "Tobias Harrowgate"


def test_a_body_after_the_keeps_its_of() -> None:
    paragraphs = [
        'The festival was "a gift to the young," said the Grand Circle of Gangneung Elders'
        " in a statement.",
    ]
    assert speaker_of(paragraphs, "a gift") == "Grand Circle of Gangneung Elders"


def test_a_title_before_of_keeps_the_name_after_it() -> None:
    paragraphs = ['"The quota is final," said Deputy Director of Fisheries Mo Seung-tae.']
    assert speaker_of(paragraphs, "The quota", short=True) == "Mo Seung-tae"
