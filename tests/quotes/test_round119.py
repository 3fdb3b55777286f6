"""Round 119: an apposition before "as saying", a note opening its sentence, an appositive a
join moved.

Invented sentences only (no name or sentence from a corpus article). '"...," KCNA quoted NAME,
one of the line's drivers, as saying.' is NAME's (the search for "as saying" now reaches past
an apposition, inside the sentence). 'A note taped inside a locker in NAME District last week
read, "..."' is the note's, not the district's (a document noun heading the sentence's subject
is who reads, when no phrase was read for it). 'Under the headline "...," the Rodong Sinmun,
the newspaper of the party, said ... "..."' is the paper's: when a join moves the appositive
into the body's place, the reporting clause follows it (it kept the replaced phrase, which
nothing resolved). Near misses keep their answer: "quoted NAME as saying" with no apposition,
a name as the subject of "read" ('NAME read, "..."' reads aloud), a sign already read as
the subject, a note that is the object ('NAME found a note that read, "..."' stays the
note's), and the body named without a headline before it.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_LEAD = "The agency said the new ferry line would open in May."

# (paragraph, piece of the quotation, what the speaker must contain); fail on s24
RESOLVE: list[tuple[str, str, str]] = [
    (
        '"I used to row to the mainland. Now the ferry carries my whole brigade," KCNA quoted '
        "Ryang Chol-u, one of the line's deckhands, as saying.",
        "whole brigade",
        "Ryang Chol-u",
    ),
    (
        '"The new pier has saved us two hours a day," the agency quoted Mun Song-hui, a '
        "fish-processing worker at the harbour, as saying.",
        "two hours a day",
        "Mun Song-hui",
    ),
    (
        "Not everyone is patient. A note taped inside a locker in Jongno District last week "
        'read, "Please return the umbrellas."',
        "return the umbrellas",
        "note",
    ),
    (
        'In a commentary carried under the headline "No Harbour for Warships," the Rodong '
        "Sinmun, the official newspaper of the ruling party, said the port had become "
        '"a forward base for aggression."',
        "forward base",
        "Rodong Sinmun",
    ),
    (
        'In an editorial run under the headline "Warships Go Home," the Minju Joson, the '
        'official daily of the cabinet, said the drills were "a rehearsal for invasion."',
        "rehearsal for invasion",
        "Minju Joson",
    ),
]

KEEP: list[tuple[str, str, str]] = [
    (
        "A handwritten sign on a gate in Mapo District last month read, "
        '"Residents only after 10 p.m."',
        "Residents only",
        "sign",
    ),
    (
        'Kim Do-hee found a note that read, "Please return the umbrellas."',
        "return the umbrellas",
        "note",
    ),
    (
        '"The pier is ready," KCNA quoted Ryang Chol-u as saying.',
        "pier is ready",
        "Ryang Chol-u",
    ),
    (
        'At the hearing, Rep. Choi Ha-eun read, "The contract ends in March."',
        "contract ends",
        "Choi Ha-eun",
    ),
    (
        'In a commentary, the Rodong Sinmun said the port had become "a base for aggression."',
        "base for aggression",
        "Rodong Sinmun",
    ),
]


def _speaker(paragraph: str, piece: str) -> str | None:
    found = [q for q in extract_quotes("Port news", [_LEAD, paragraph]) if piece in q.text]
    assert len(found) == 1, [q.text for q in extract_quotes("Port news", [_LEAD, paragraph])]
    return found[0].speaker


@pytest.mark.parametrize(("paragraph", "piece", "speaker"), RESOLVE)
def test_round119_resolves(paragraph: str, piece: str, speaker: str) -> None:
    got = _speaker(paragraph, piece)
    assert got is not None and speaker in got


@pytest.mark.parametrize(("paragraph", "piece", "speaker"), KEEP)
def test_round119_keeps(paragraph: str, piece: str, speaker: str) -> None:
    got = _speaker(paragraph, piece)
    assert got is not None and speaker in got
