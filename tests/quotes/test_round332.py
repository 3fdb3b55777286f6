"""Round 332: a name opening a sentence as the owner of a thing is who the paragraph's "she" means.

Invented sentences only. 'Kim's team finished its track at 11:48 p.m. "...," she said' gave the
words to the person who spoke a paragraph before: the owner at the sentence's opening is no
mention of its own, and the newest subject wins. When the newest subject was last seen in an
earlier paragraph and a sentence of the pronoun's paragraph opens on a person's name as the owner
of a thing that is no person ("Kim's team", "Ko's next goal", not "Kim's mother" or "Kim's
coach"), that person is who the pronoun means, as round 164 reads "Fans in NAME's hometown".
Round 287 tried this reading (session 39) when it had one article; fresh text gave three.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of

_BEFORE = [
    '"You write for a voice you have never met," said Yeo Ha-na, a songwriter at the camp.',
    "The agency's A&R director, Tak Eun-ji, said camps had replaced demo tapes.",
    '"Ask me in six months," she said.',
]


def test_the_owner_opening_the_sentence_is_she() -> None:
    paragraphs = [
        *_BEFORE,
        'Yeo\'s team finished its track at 11:48 p.m. "Twelve minutes to spare," she said.',
    ]
    assert speaker_of(paragraphs, "Twelve minutes", short=True) == "Yeo Ha-na"


def test_a_possessed_goal_makes_its_owner_she() -> None:
    # kept: read right before this round too
    paragraphs = [
        *_BEFORE,
        'Yeo\'s next goal is a Grammy. "I want one before I am forty," she said.',
    ]
    assert speaker_of(paragraphs, "I want one", short=True) == "Yeo Ha-na"


def test_an_owned_person_is_not_the_owner() -> None:
    # near miss: "Yeo's mother" is another person, the owner is not who "she" means
    paragraphs = [
        *_BEFORE,
        'Yeo\'s mother ran a noodle shop for 30 years. "She never missed a day," she said.',
    ]
    assert speaker_of(paragraphs, "She never missed", short=True) != "Yeo Ha-na"


def test_round287s_case_now_reads() -> None:
    # round 287's strict xfail (tests/quotes/test_refused_s39.py), moved here when it passed
    paragraphs = [
        'Oh Ga-ram led the study. "The numbers fit," Oh said.',
        "A caddie, who gave only her surname, Seol, said players ignore the sirens.",
        "Oh's team plans next to study winter storms. She called winter lightning \"the part"
        ' nobody has looked at."',
    ]
    assert speaker_of(paragraphs, "the part nobody", short=True) == "Oh Ga-ram"
