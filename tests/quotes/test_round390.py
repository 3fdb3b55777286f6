"""Round 390: a sentence's first word is no one its own "she said" tag means.

Invented sentences only. 'Electric bikes remain the only growing segment, she said' gave "she"
to "Electric", a capitalised word read as a one-word name because it opened the sentence, and
every later "she" went with it; so did "Pressed on whether ..., she said" and "Firefighting
elevators ... are "...," he said". When a "he said" or "she said" tags the clause that a
capitalised word and a lowercase word open, the clause is the reported words of someone else,
so its first word modifies its subject or opens a participle and names no one the pronoun may
mean (`_speakers._TAGGED_OPENING`, asked where round 328 asks the sentence's grammar). A
one-word name whose own sentence has no such tag ("Oriane sings ballads ...") stays someone
"she" may mean, as rounds 10 and 328 keep "Jennie".
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of

_PRINTER = (
    'Woodblock printer Eun Tae-gyeong, 70, still cuts every block by hand. "The knife'
    ' remembers," Eun said.'
)


def test_a_tagged_clause_opening_word_is_not_she() -> None:
    paragraphs = [
        _PRINTER,
        "Electric kilns remain the norm in the trade, she said, but most of them have"
        ' "lost the smoke" that old prints carry.',
    ]
    assert speaker_of(paragraphs, "lost the smoke", short=True) == "Eun Tae-gyeong"


def test_a_participle_opening_a_tagged_clause_is_not_he() -> None:
    paragraphs = [
        "Seol Da-on, 58, has run the ferry's engine room for a decade.",
        'Pressed on whether the hull was sound, he said it would be "premature" to "promise'
        ' anything before the survey."',
    ]
    assert speaker_of(paragraphs, "promise anything", short=True) == "Seol Da-on"


def test_a_quotation_inside_the_tagged_clause_and_the_next_she() -> None:
    paragraphs = [
        "Ong Ha-ram, the harbor master, spoke first.",
        'Automatic winches, fitted on every new trawler, are "a blessing, if they hold," she'
        " said, but salt ruins them in a year.",
        '"We still keep a spare crank aboard," she said.',
    ]
    assert speaker_of(paragraphs, "a blessing", short=True) == "Ong Ha-ram"
    assert speaker_of(paragraphs, "We still keep", short=True) == "Ong Ha-ram"


def test_a_one_word_name_with_no_tag_is_still_she() -> None:
    # near miss: the name opens its own sentence and "she" comes in the next one
    paragraphs = ['Oriane sings ballads in three languages. "I dream in all of them," she said.']
    assert speaker_of(paragraphs, "I dream in all", short=True) == "Oriane"


def test_round243s_left_out_case_now_reads() -> None:
    # round 243's strict xfail (tests/quotes/test_refused_s36.py), read here by its tag
    paragraphs = [
        "Ok Se-ryun (옥세련) has dyed ramie cloth in Hansan for 40 years. She learned the"
        " craft from her mother.",
        "Natural dyes, hand-woven ramie and old looms are hard to find, she said, calling"
        ' the shortage "the end of the village trade."',
    ]
    assert speaker_of(paragraphs, "the end of the village trade") == "Ok Se-ryun"
