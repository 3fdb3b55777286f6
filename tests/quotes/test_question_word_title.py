"""A question word before a name titles no one (review, session 20).

Invented sentences. 'asked why Choi's records ...' made "why" a title of Choi (a lowercase word
before a name may title it: "glassblower Ahn"), and the panel then showed every quotation of
Choi as "why Choi Kyung-mo". A question word opens a clause; the name after it is the clause's
subject, untitled. A real lowercase title before a name keeps its place.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speakers

OPENING = (
    'Choi Kyung-mo (최경모), 61, a retired customs officer, told the court: "I never took a '
    'single won."'
)

QUESTIONED: list[str] = [
    "The judge then asked why Choi's phone showed 14 calls to the broker in 2021. "
    '"He called me," the former officer replied.',
    'Prosecutors asked how Choi paid for the flat. "With my pension," Choi said.',
    'The panel asked when Choi first met the broker. "At a funeral," Choi said.',
    'Reporters asked where Choi had been that night. "At home," Choi said.',
    'The court asked whom Choi had told. "Nobody," Choi said.',
]


@pytest.mark.parametrize("asked", QUESTIONED)
def test_a_question_word_is_no_title(asked: str) -> None:
    shown = speakers([OPENING, asked])
    assert shown[0] == shown[-1] == "Choi Kyung-mo, a retired customs officer", shown


def test_a_lowercase_title_before_the_name_stays() -> None:
    shown = speakers(
        [
            OPENING,
            'Later, glassblower Ahn Mi-rae testified. "He paid in cash," glassblower Ahn said.',
        ]
    )
    assert shown[-1] == "glassblower Ahn Mi-rae"
