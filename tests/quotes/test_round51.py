"""Round 51: which name speaks, a third battery (`test_round51_probes.py`).

(1) A sentence opening with a noun phrase the phrase reader does not take for a person ("The
plan was drafted by ...") was read as an opening clause, and the phrase after its first comma
as the sentence's subject: 'The plan was drafted by NAME, a former vice minister.' made "a
former vice minister" a person of its own, whom a later "she added" or "the former vice
minister said" then meant. A subject has its verb after it: a phrase after that comma which
only the sentence's end follows is an appositive of the clause's last noun, no subject.

(2) The agent of a passive ('a plan announced by the ministry') is who a later pronoun means
when the passive's subject is a thing; when a person stands right before the auxiliary
('NAME was pressed by NAME', 'NAME, 58, was replaced by', 'The minister was criticized by'),
that person stays the sentence's subject, as round 40 made it for 'told by', 'asked by'.

(3) The one pressed, questioned, grilled or quizzed ('Rep. A pressed Minister B on the
budget') answers, as round 8 made the one asked ('asked B whether'): a later "he replied" is
B's. Not when an asking verb follows in the paragraph ('"...?" he asked': the one who pressed
asks on).

(4) A possessive that can only mean the sentence's subject gives the subject its gender: right
after the subject's verb ('Pyeon met her successor, Dokgo') or opening the appositive of the
verb's named object ('Pyeon met Dokgo, his counterpart,'), when no other person is named before
in the article and the appositive is no list ('met Dokgo, his wife and their son').

Every sentence is invented; no name or sentence comes from a corpus article.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes


def _speaker(paragraphs: list[str], piece: str) -> str | None:
    hits = [q for q in extract_quotes("", paragraphs) if piece in q.text]
    assert hits, (paragraphs, piece)
    return hits[0].speaker_short


APPOSED_RESOLVE = [
    (
        [
            '"It is a gamble," Ms. Gwak Ye-seo said of the plan.',
            "The plan was drafted by Mr. Tak Min-jae, a former vice minister.",
            '"Nobody asked the towns," she added.',
        ],
        "asked the towns",
        "Gwak Ye-seo",
    ),
    (
        [
            '"It is a gamble," Ms. Gwak Ye-seo said of the plan.',
            "The plan was drafted by Mr. Tak Min-jae, a former vice minister.",
            '"Nobody asked the towns," he said.',
        ],
        "asked the towns",
        "Tak Min-jae",
    ),
    (
        [
            '"It is a gamble," Ms. Gwak Ye-seo said of the plan.',
            "The plan was drafted by Mr. Tak Min-jae, a former vice minister.",
            '"Nobody asked the towns," the former vice minister said.',
        ],
        "asked the towns",
        "Tak Min-jae",
    ),
    (
        [
            '"The figures are wrong," Ms. Gwak Ye-seo said.',
            "The report was written by Mr. Tak Min-jae, an economist at Hanbit University.",
            '"They took the wrong year," she said.',
        ],
        "wrong year",
        "Gwak Ye-seo",
    ),
    (
        [
            '"The figures are wrong," Ms. Gwak Ye-seo said.',
            "The study was led by Mr. Tak Min-jae, a lawyer.",
            '"They took the wrong year," she said.',
        ],
        "wrong year",
        "Gwak Ye-seo",
    ),
    (
        [
            '"The figures are wrong," Ms. Gwak Ye-seo said.',
            "The plan was written with Mr. Tak Min-jae, a former vice minister.",
            '"They took the wrong year," she said.',
        ],
        "wrong year",
        "Gwak Ye-seo",
    ),
]

APPOSED_KEEP = [
    (
        ['Asked about the delay, Ms. Gwak Ye-seo said: "We lost a month."'],
        "lost a month",
        "Gwak Ye-seo",
    ),
    (
        ['Speaking to reporters on Monday, Mr. Tak Min-jae said it was "a bad week."'],
        "a bad week",
        "Tak Min-jae",
    ),
    (
        ['After the vote in the assembly, Tak Min-jae, the floor leader, said: "We won."'],
        "We won",
        "Tak Min-jae",
    ),
    (
        [
            '"It is a gamble," Ms. Gwak Ye-seo said of the plan.',
            "The plan was drafted by Mr. Tak Min-jae, the committee chair.",
            '"Nobody asked the towns," she added.',
        ],
        "asked the towns",
        "Gwak Ye-seo",
    ),
    (
        [
            '"It is a gamble," Ms. Gwak Ye-seo said of the plan.',
            "Mr. Tak Min-jae, a former vice minister, drafted the plan.",
            '"Nobody asked the towns," he said.',
        ],
        "asked the towns",
        "Tak Min-jae",
    ),
]

PASSIVE_RESOLVE = [
    (
        ['Seol Da-in was praised by Ok Gyu-ri at the rally. "I owe her a great deal," he said.'],
        "owe her",
        "Seol Da-in",
    ),
    (
        ["Seol Da-in was replaced by Ok Gyu-ri as floor leader.", '"It is time to rest," he said.'],
        "time to rest",
        "Seol Da-in",
    ),
    (
        ['Seol Da-in, 61, was replaced by Ok Gyu-ri on Monday. "It is time to rest," he said.'],
        "time to rest",
        "Seol Da-in",
    ),
    (
        ['Seol Da-in was defeated by Ok Gyu-ri on Sunday. "The voters have spoken," he said.'],
        "voters have spoken",
        "Seol Da-in",
    ),
    (
        [
            'Seol Da-in was endorsed by Ok Gyu-ri, the former mayor, on Monday. "I am humbled,"'
            " he said."
        ],
        "am humbled",
        "Seol Da-in",
    ),
    (
        ['The governor was criticized by Ok Gyu-ri on Monday. "I stand by it," he said.'],
        "stand by it",
        "governor",
    ),
]

PASSIVE_KEEP = [
    (
        ['The plan was praised by Ok Gyu-ri at the rally. "It is bold," she said.'],
        "It is bold",
        "Ok Gyu-ri",
    ),
    (
        ['The ministry was criticized by Ok Gyu-ri on Monday. "It has lost its way," she said.'],
        "lost its way",
        "Ok Gyu-ri",
    ),
    (
        ['The bill was drafted by Seol Da-in over the summer. "It took a month," he said.'],
        "took a month",
        "Seol Da-in",
    ),
    (
        ['Seol Da-in was asked by Ok Gyu-ri to stay. "I will think about it," he said.'],
        "think about it",
        "Seol Da-in",
    ),
    (
        ['Ok Gyu-ri praised Seol Da-in at the rally. "He earned every vote," she said.'],
        "earned every vote",
        "Ok Gyu-ri",
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "want"), APPOSED_RESOLVE + APPOSED_KEEP)
def test_appositive_closing_a_sentence_is_no_subject(
    paragraphs: list[str], piece: str, want: str
) -> None:
    assert _speaker(paragraphs, piece) == want


@pytest.mark.parametrize(("paragraphs", "piece", "want"), PASSIVE_RESOLVE + PASSIVE_KEEP)
def test_passive_person_subject_stays_subject(paragraphs: list[str], piece: str, want: str) -> None:
    assert _speaker(paragraphs, piece) == want


PRESSED_RESOLVE = [
    (
        [
            'Rep. Yeom Ha-neul pressed Minister Bong Tae-sik on the deficit. "Next year," he'
            " replied."
        ],
        "Next year",
        "Bong Tae-sik",
    ),
    (
        [
            "Rep. Yeom Ha-neul questioned Minister Bong Tae-sik about the deficit.",
            '"We will close it next year," he said.',
        ],
        "close it next year",
        "Bong Tae-sik",
    ),
    (
        ['Yeom Ha-neul grilled Bong Tae-sik over the deficit. "Next year," he answered.'],
        "Next year",
        "Bong Tae-sik",
    ),
    (
        [
            'Rep. Yeom Ha-neul quizzed Minister Bong Tae-sik on the deficit. "Next year," he'
            " responded."
        ],
        "Next year",
        "Bong Tae-sik",
    ),
]

PRESSED_KEEP = [
    (
        ['Rep. Yeom Ha-neul pressed Minister Bong Tae-sik on the deficit. "When?" she asked.'],
        "When?",
        "Yeom Ha-neul",
    ),
    (
        [
            "Rep. Yeom Ha-neul pressed Minister Bong Tae-sik on the deficit, which doubled. "
            '"Did you know?" she asked.'
        ],
        "Did you know",
        "Yeom Ha-neul",
    ),
    (
        ['Yeom Ha-neul pressed the issue on Monday. "It is ours to fix," she said.'],
        "ours to fix",
        "Yeom Ha-neul",
    ),
    (
        ['Yeom Ha-neul pressed Bong Tae-sik to resign. "He must go," she said.'],
        "must go",
        "Yeom Ha-neul",
    ),
]

GENDER_RESOLVE = [
    (
        ['Yeom Ha-neul met her successor, Bong Tae-sik, on Friday. "It went well," he said.'],
        "went well",
        "Bong Tae-sik",
    ),
    (
        ['Yeom Ha-neul met Bong Tae-sik, her counterpart, on Friday. "It went well," he said.'],
        "went well",
        "Bong Tae-sik",
    ),
    (
        ['Yeom Ha-neul met Bong Tae-sik, his predecessor, on Friday. "It went well," she said.'],
        "went well",
        "Bong Tae-sik",
    ),
    (
        ['Yeom Ha-neul visited her mentor, Bong Tae-sik, on Friday. "It went well," he said.'],
        "went well",
        "Bong Tae-sik",
    ),
]

GENDER_KEEP = [
    (
        [
            "Gwak Ye-seo retired in May.",
            'Yeom Ha-neul met his successor, Bong Tae-sik, on Friday. "It went well," she said.',
        ],
        "went well",
        "Yeom Ha-neul",
    ),
    (
        ['Yeom Ha-neul met Bong Tae-sik, his wife and their son. "It went well," she said.'],
        "went well",
        "Yeom Ha-neul",
    ),
    (
        ['Yeom Ha-neul met Bong Tae-sik and his wife on Friday. "It went well," she said.'],
        "went well",
        "Yeom Ha-neul",
    ),
    (
        ['Yeom Ha-neul met her successor, Bong Tae-sik, on Friday. "It went well," she said.'],
        "went well",
        "Yeom Ha-neul",
    ),
    (
        ['Mr. Yeom Ha-neul met her successor, Bong Tae-sik, on Friday. "It went well," he said.'],
        "went well",
        "Yeom Ha-neul",
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "want"), PRESSED_RESOLVE + PRESSED_KEEP)
def test_the_one_pressed_answers(paragraphs: list[str], piece: str, want: str) -> None:
    assert _speaker(paragraphs, piece) == want


@pytest.mark.parametrize(("paragraphs", "piece", "want"), GENDER_RESOLVE + GENDER_KEEP)
def test_possessive_of_the_subject_gives_gender(
    paragraphs: list[str], piece: str, want: str
) -> None:
    assert _speaker(paragraphs, piece) == want
