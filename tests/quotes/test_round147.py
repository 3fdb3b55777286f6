"""Round 147: role nouns, nationalities, sayings and lede speakers in tuning text already read.

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. "the Finn" (a nationality noun for one person not ending in "-an") is the person named
   with Finland ("NAME of Finland", "Finnish NAME"); with nobody given it, no guess.
2. "the goalie" for one introduced as a goaltender, "the researcher" for a fellow at a body:
   another word for the same post describes "the <role>" nobody holds.
3. 'They have a darker saying: "..."': a saying with a tone adjective is nobody's.
4. "Above the door hangs a sign: ..." names no one "Above".
5. A lede's unnamed person named later by a pseudonym ("asked to be identified by the
   pseudonym NAME"), or by the lede's own possessed phrase ("Her lawyer, NAME, said").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1
        [
            "The club's new manager, Veera Halttunen of Finland, said the squad needed "
            '"a lot more running."',
            '"They can pass. They just cannot chase," the Finn said.',
        ],
        "They can pass",
        "Veera Halttunen",
    ),
    (  # 2: goalie
        [
            "Forward Gyeon Tae-ul scored twice in the final.",
            'Goaltender Yeop Chan-seul said the defense "made my night easy."',
            '"I saw maybe ten shots all game," the goalie said.',
        ],
        "I saw maybe ten",
        "Yeop Chan-seul",
    ),
    (  # 2: researcher
        [
            '"Wages have not kept up," said Dam Mi-rok, a senior fellow at the Hanul '
            "Labor Institute.",
            'The researcher called the new rules "too little, too late."',
        ],
        "too little",
        "Dam Mi-rok",
    ),
    (  # 3
        [
            "Pyeon Eun-gyeol said the trade was hard. His apprentices have a darker saying: "
            '"Flour never sleeps, so neither do we."',
        ],
        "Flour never sleeps",
        None,
    ),
    (  # 4
        [
            "Tak Ha-gyeol said the shop had not changed in decades.",
            'Above the counter hangs a faded card: "Credit is a kindness once."',
        ],
        "Credit is a kindness",
        None,
    ),
    (  # 5: pseudonym
        [
            "A former bus driver from the North says drivers there work without pay, in "
            'what he calls "a wheel that turns for nobody."',
            "The man, who asked to be identified by the pseudonym Jeup Do-hwan to protect his "
            "family, arrived in the South last year, he told reporters.",
            '"We drove because stopping was worse," said the 51-year-old.',
        ],
        "a wheel that turns",
        "Jeup Do-hwan",
    ),
    (  # 5: the lede's own phrase
        [
            "A court has ordered a gym chain to refund a member, in a ruling his lawyer "
            'called "overdue."',
            '"The contract was clear," the court said.',
            'The member, identified only as Gwok, said he was "relieved."',
            "His lawyer, Dokgo Yun-ryeol, said the ruling would help others.",
        ],
        "overdue",
        "Dokgo Yun-ryeol",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: "the Brazilian" still means the Brazilian named
        [
            'Brazilian coach Iuri Falcao said the league was "faster than I thought."',
            '"Nobody waits here," the Brazilian said.',
        ],
        "Nobody waits",
        "Iuri Falcao",
    ),
    (  # 2: "the goalkeeper" held as a role keeps its holder
        [
            'Goalkeeper Bing Se-ul said the save was "pure luck."',
            '"I closed my eyes," the goalkeeper said.',
        ],
        "I closed my eyes",
        "Bing Se-ul",
    ),
    (  # 3: "blunter, saying:" is a participle, not a saying: the baker's words
        [
            'Pyeon Eun-gyeol, a baker, was blunter, saying: "Fix the road."',
        ],
        "Fix the road",
        "Pyeon Eun-gyeol",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round147_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


def test_round147_finn_nobody_given() -> None:
    """Rule 1: "the Finn" when no one was given Finland is no guess at the last speaker."""
    got = speaker_of(
        [
            'Coach Rah Jin-gong said the team was "ready."',
            '"We will see," the Finn said.',
        ],
        "We will see",
    )
    assert got is None or "Rah Jin-gong" not in got
