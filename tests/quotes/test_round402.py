"""Round 402: a title given by "titled" is no end of the clause that carries it.

Invented sentences only. 'The party newspaper ... carried an editorial titled "...," urging
farmers to "..."' left the partial with no speaker: the quoted title stopped the reader that
looks back from the participle (or a verb coordinated with "and") for its clause's subject, as
any quotation ends a clause. A quotation right after a participle of titling ("titled",
"entitled", "headlined") and opening with a capital is a name in the clause's object
(`_titled_work`), so the reader passes it. A capitalised quotation after any other word still
ends the clause: 'held a rally, billed as the "..." march, ..., chanting "..."' keeps the
chanting crowd (the near miss fails when any capitalised quotation is passed).

Rounds 64, 170, 186 and 193 tried wider forms of this rule (any title a cue word names, and
"so-called" terms) and dropped them at their merges, when a held-out term got a speaker; their
strict xfails of a title after "titled", which this round resolves, moved here. This narrower
form gave no held-out term a speaker (the held-out splits read as counts only).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of


def test_an_editorial_titled_then_urging() -> None:
    paragraphs = [
        'The party newspaper Rodong Sinmun carried an editorial titled "Let the Orchards Ring'
        ' With Song," urging farmers to "prune every branch before the thaw."'
    ]
    assert speaker_of(paragraphs, "prune every", short=True) == "Rodong Sinmun"


def test_a_memoir_entitled_then_calling() -> None:
    paragraphs = [
        'Pyon Ok-sil, a potter in Hoeryong, published a memoir entitled "Clay Keeps Time,"'
        ' calling the craft "a patience you inherit."'
    ]
    assert speaker_of(paragraphs, "a patience", short=True) == "Pyon Ok-sil"


def test_a_bulletin_headlined_then_and_warned() -> None:
    paragraphs = [
        'The fisheries agency issued a bulletin headlined "Cold Water Ahead" and warned that'
        ' the squid season would bring "thin catches and long nights."'
    ]
    assert speaker_of(paragraphs, "thin catches") == "The fisheries agency"


def test_a_march_billed_by_name_keeps_its_chanting_crowd() -> None:
    paragraphs = [
        "Dock workers in Mokpo, whose wages depend on car exports, held a rally, billed as the"
        ' "Keep Our Cranes" march, outside the port office Monday, chanting "No cranes, no'
        ' city!"'
    ]
    assert speaker_of(paragraphs, "No cranes", short=True) == "Dock workers in Mokpo"


EARLIER: list[tuple[list[str], str, str]] = [
    (  # round 64
        [
            "The Minju Choson, the cabinet's daily, ran an editorial titled \"The Rats Will "
            'Drown" on its front page, calling the drill "a dagger at the nation."'
        ],
        "a dagger",
        "Minju Choson",
    ),
    (  # rounds 170 and 186
        [
            'The Haedong Ilbo ran a photo essay titled "Low Water" and called the drought '
            '"the worst in memory."'
        ],
        "the worst in memory",
        "Haedong Ilbo",
    ),
    (  # round 170
        [
            "The Minju Sinbo, the farm union's weekly, printed an essay titled \"Our Rice "
            'Fields" on its front page, calling the import quota "a knife at the throat."'
        ],
        "a knife at the throat",
        "Minju Sinbo",
    ),
    (  # round 186
        [
            'Minjok Ilbo ran an editorial titled "Who Guards the Gate?" and accused the mayor '
            'of "selling the harbor by the meter."'
        ],
        "selling the harbor",
        "Minjok Ilbo",
    ),
    (  # round 193
        [
            'The Minju Chosun printed a poem titled "Golden Furrows" on its third page, '
            'calling the farmers "heroes of the soil."'
        ],
        "heroes of the soil",
        "Minju Chosun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), EARLIER)
def test_earlier_rounds_titles_after_titled(
    paragraphs: list[str], start: str, speaker: str
) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
