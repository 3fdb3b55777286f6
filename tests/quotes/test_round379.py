"""Round 379: "he" or "she" never means a thing "a" or "an" brings in.

Invented sentences only. A sentence opening on a role phrase makes its subject the newest
one a later pronoun may mean, and a phrase no list reads as a person's was taken for one: 'A
knee injury ended it at 29' and then 'she laughed' gave her words to the injury. Round 281
(session 39, not merged: two articles then) read the shape; with more tuning text read it
reached four articles. A phrase "a" or "an" brings in, with no name, age or gender and no
word in it a role list holds as a person's (nor a few people's nouns no list holds: round
265's general form took "a guest" or "a docent" for things), is a thing no gendered pronoun
means. Round 264's strict xfail ("A selection posted ...") passes with it and is here now.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes._speakers import _bare_noun
from tests.quotes.invented import speaker_for, speaker_of


def test_an_injury_is_no_she() -> None:
    paragraphs = [
        "When Gong Mi-sol took over the rowing club in Gunsan in 2020, it had four boats.",
        '"We had four boats and no excuses," Gong, 44, said in an interview last week.',
        'Gong rowed for a city team for nine years, a career she sums up as "nine wet years."'
        " A shoulder injury ended it at 31, and she taught swimming in Iksan before the"
        " Gunsan job opened.",
        'Asked why she chose a club most rowers avoid, she laughed. "Because the sea is here,"'
        " she said.",
    ]
    assert speaker_for(paragraphs, "Because the sea is here,") == "Gong Mi-sol"


def test_a_bill_is_no_she() -> None:
    # round 281's case, from its strict xfail (tests/quotes/test_refused_s39.py)
    paragraphs = [
        "Nurse Pyo Da-eun said night shifts had doubled since spring.",
        'A bill dubbed the "Quiet Ward Act" has been pending since May. "We cannot wait'
        ' another winter," she said.',
    ]
    found = speaker_of(paragraphs, "We cannot wait")
    assert found is not None and "Pyo Da-eun" in found


def test_a_selection_is_no_she() -> None:
    # round 264's case, from its strict xfail (tests/quotes/test_refused_s37.py)
    paragraphs = [
        "Im Seo-hui has photographed frost for a decade.",
        "A selection posted on the museum’s accounts drew thousands of comments last winter.",
        '"People ask me where the frost came from," she said.',
    ]
    found = speaker_of(paragraphs, "People ask me where")
    assert found is not None and "Im Seo-hui" in found


def test_a_guest_is_still_she() -> None:
    # near miss: a person's noun no role list holds (round 265's wrong cases)
    paragraphs = [
        "Curator Tae Ryeo-won opened the frost show on Monday.",
        "A guest at the opening said the last room was her favorite."
        ' "Children stand here the longest," she said.',
    ]
    found = speaker_of(paragraphs, "Children stand here the longest")
    assert found is not None and "guest" in found


def test_a_person_brought_in_with_a_is_still_she() -> None:
    # near miss: a person's noun anywhere in the phrase, its head read wrong or not
    paragraphs = [
        '"Fares are fair," said Seok Ha-baek, a 50-year-old bus driver.',
        "A nursing student sitting next to him disagreed."
        ' "For me the fare is a week of lunches," she said.',
    ]
    found = speaker_of(paragraphs, "For me the fare is a week of lunches")
    assert found is not None and "student" in found


@pytest.mark.parametrize(
    ("word", "bare"),
    [("students,", "student"), ("nurses'", "nurse"), ("boss's", "boss"), ("actress", "actress")],
)
def test_a_phrase_s_words_lose_marks_and_plurals_not_letters(word: str, bare: str) -> None:
    # a first form stripped every trailing "s" as if a mark ("actress" -> "actre")
    assert _bare_noun(word) == bare
