"""Round 337: a pronoun for the body whose lede words are its statement's author's is that body.

Invented sentences only. Rounds 169 and 215 give a lede's words ('North Korea warned of "..."')
to the official the next paragraph names as the statement's author (the corpus convention).
A second partial in the same lede whose nearest subject is "it" ('... of what it calls its
border and to meet any intrusion with "..." force') kept the country: the pronoun resolved to
the body, which no longer spoke for itself. A pronoun for a body the lede gave to the author
now goes to the author too. A consistency repair (one article of tuning text).
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of

_LEDE = [
    "SEOUL, Dec. 8 (Yonhap) -- North Korea said Tuesday its air force has put new drones into"
    ' service, vowing to watch "every hill" of what it calls its front line and to answer any'
    ' incursion with "swift and total" fire.',
    "Maj. Gen. Ko Chol-ho, a commander of the Korean People's Army (KPA) Air Force, said in a"
    ' statement released through the state news agency KCNA that the drones were "ours'
    ' from wing to wheel."',
]


def test_the_second_partial_is_the_authors() -> None:
    assert speaker_of(_LEDE, "swift and total", short=True) == "Ko Chol-ho"


def test_the_first_partial_was_the_authors_already() -> None:
    # kept: read right before this round too
    assert speaker_of(_LEDE, "every hill", short=True) == "Ko Chol-ho"
