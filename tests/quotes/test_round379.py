"""Round 379: "he" or "she" never means a thing "a" or "an" brings in.

Invented sentences only. A sentence opening on a role phrase makes its subject the newest
one a later pronoun may mean, and a phrase no list reads as a person's was taken for one: 'A
knee injury ended it at 29' and then 'she laughed' gave her words to the injury. Round 281
(session 39, not merged: two articles then) read the shape; with more tuning text read it
reached four articles. A phrase "a" or "an" brings in, no name, and no word in it that round
115 reads as a person's noun, is a thing no gendered pronoun means.
"""

from __future__ import annotations

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


def test_a_person_brought_in_with_a_is_still_she() -> None:
    # near miss: a person's noun anywhere in the phrase, its head read wrong or not
    paragraphs = [
        '"Fares are fair," said Seok Ha-baek, a 50-year-old bus driver.',
        "A nursing student sitting next to him disagreed."
        ' "For me the fare is a week of lunches," she said.',
    ]
    found = speaker_of(paragraphs, "For me the fare is a week of lunches")
    assert found is not None and "student" in found
