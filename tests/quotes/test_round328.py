"""Round 328: a capitalised word opening a sentence before a plural noun and its verb modifies it.

Invented sentences only. "Hangul crosswords are harder to build ..., she explained" gave every
later "she" to "Hangul", and "Burned notes accounted for the largest share "...," according to
the BOK" read "Burned" as a name and "notes" as its verb of saying. A capitalised word that opens
its sentence right before a plain noun and that noun's finite verb ("are", "was", "accounted
for") modifies the noun, the sentence's subject: it names no one "he" or "she" may mean, and the
"-s" word after it is a plural noun, not a verb. Round 314 read the article's lowercase words and
round 324 a plural's ending; this is the sentence's own grammar. A name opens its sentence before
its own verb ("Jennie released", "Tanabe also said") and is left as it was. Round 196 wrote this
reading first (`_noun_adjunct`, 'Fresh beans are ...') and dropped it at its merge: alone it lost a
tuning right that "Painted" read as a name had made (tuning32-009); this form loses nothing on
tuning text, and round 196's strict xfail of it now passes and moved here.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_modifier_opening_a_sentence_is_not_she() -> None:
    paragraphs = [
        "For 20 years, Yun Ha-seul has set the weekly Braille quiz for a Busan paper.",
        '"Every clue is a door," Yun said in an interview.',
        "Braille quizzes are harder to set than printed ones, she explained, because every"
        ' cell counts. "You cannot waste a single dot," she said.',
    ]
    assert speaker_of(paragraphs, "You cannot waste", short=True) == "Yun Ha-seul"


def test_a_plural_after_a_modifier_is_no_verb_of_saying() -> None:
    paragraphs = [
        "The Bank of Korea (BOK) exchanged damaged banknotes worth 2.4 billion won, the central"
        " bank said Thursday.",
        'Faded notes accounted for the largest share "by a wide margin," followed by bills'
        " damaged by damp, according to the BOK.",
    ]
    assert speaker_of(paragraphs, "by a wide margin", short=True) == "Bank of Korea"


def test_a_one_word_name_before_its_verb_is_still_she() -> None:
    # near miss: a name and its own verb, no noun between
    paragraphs = ['Jennie released a new single on Friday. "I wrote it in a week," she said.']
    assert speaker_of(paragraphs, "I wrote it", short=True) == "Jennie"


def test_round196s_dropped_case_now_reads() -> None:
    # round 196's strict xfail for its dropped rule 4 (`_noun_adjunct`)
    paragraphs = [
        "Choi Min-ji runs the lab.",
        "Choi said the hard part was the water. Fresh beans are wet and rot"
        " \u201cwithin two days,\u201d she said.",
    ]
    assert speaker_of(paragraphs, "within two days", short=True) == "Choi Min-ji"
