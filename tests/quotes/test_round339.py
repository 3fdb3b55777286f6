"""Round 339: a passive "was quoted by X as saying" read across an apposition and an
"identified as" name.

Invented sentences only. Round 39 gives the words of 'NAME was quoted by the paper as saying'
to NAME. It looked back from "as saying" over words only, nine at most, so an apposition after
the outlet ('by the Rodong Sinmun, the ruling party's newspaper, as saying') hid the passive and
the outlet spoke. And a subject named by "identified as" ('A worker at the mill, identified as
NAME, was quoted ...') gave no phrase, as round 294 reads it for the active 'quoted a worker,
identified as NAME, as saying'. Both now read. A consistency repair of rounds 39 and 294 (two
articles of tuning text).
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_an_apposition_after_the_outlet() -> None:
    paragraphs = [
        "Ri Sun-hwa, a 31-year-old weaver, was quoted by the Rodong Sinmun, the ruling party's"
        ' newspaper, as saying her brigade had "worked by lamplight" to finish the order.'
    ]
    assert speaker_of(paragraphs, "worked by lamplight", short=True) == "Ri Sun-hwa"


def test_a_subject_identified_as_a_name() -> None:
    paragraphs = [
        "A weaver at the mill, identified as Ri Sun-hwa, was quoted by the Rodong Sinmun as"
        ' saying she had "never seen" such looms.'
    ]
    assert speaker_of(paragraphs, "never seen", short=True) == "Ri Sun-hwa"


def test_the_plain_passive_reads_as_before() -> None:
    # near miss: kept, read right before this round too
    paragraphs = ['Ri Sun-hwa was quoted by the Rodong Sinmun as saying the looms were "a gift."']
    assert speaker_of(paragraphs, "a gift", short=True) == "Ri Sun-hwa"
