"""Round 130: shapes read from fresh tuning text (tuning44's first reading).

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. 'NAME has called the talks "...," according to the ministry': the ministry relays a named
   subject's label, as it relays "NAME said".
2. 'Another reporter asked, "...?" NAME laughed and replied, "..."': the verb coordinated
   after a gesture shares the gesture's subject, not the asker's.
3. 'said the woman, 71, who gave her name only as Park': Park, with the age between; a lone
   "Park" is a surname (a person "she" can mean), and "Tapgol Park" later names a place, not
   her.
4. "urges member states to", "flag states and warned": "states" is a noun there, no verb of
   saying.
5. "The Korea Federation of Banks": a capitalised role noun ends a body's "of" name.
6. 'A regimental engineer, Sr. Col. NAME, was more matter-of-fact: "..."': the name the
   opening role phrase gives introduces the words.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1, a capital
        ['Hanoi has called the talks "a priority for next year," according to the ministry.'],
        "a priority",
        "Vietnam",
    ),
    (  # 1, a person
        [
            'Cha Gyu-ri has called the merger "a marriage of necessity," according to the '
            "commission."
        ],
        "a marriage",
        "Cha Gyu-ri",
    ),
    (  # 2
        [
            'Another reporter asked, "Will you publish your own records?" Ma Seon-gyu laughed '
            'and replied, "If the panel asks, I will bring every page."'
        ],
        "If the panel asks",
        "Ma Seon-gyu",
    ),
    (  # 3
        [
            '"They come every morning," said the man, 68, who gave his name only as Bae and '
            "has sold chestnuts outside the gate for 30 years."
        ],
        "They come",
        "Bae",
    ),
    (  # 3, a lone Park is a person "she" means
        ['Park said she had been warned twice. "The officer was kind about it," she said.'],
        "The officer",
        "Park",
    ),
    (  # 4
        [
            "North Korea on Monday denounced a resolution that urges member states to inspect "
            'its fishing boats, calling it "robbery with a rubber stamp."'
        ],
        "robbery",
        "North Korea",
    ),
    (  # 4
        [
            'Ri Chun-sik said the rule "insults the sovereignty" of flag states and warned that '
            'Pyongyang would treat any boarding as "an act of aggression."'
        ],
        "an act of aggression",
        "Ri Chun-sik",
    ),
    (  # 5
        [
            "The Korean Federation of Teachers said in a statement that its members "
            '"welcome the aim" of the rules.'
        ],
        "welcome the aim",
        "Korean Federation of Teachers",
    ),
    (  # 6
        [
            "A battalion medic, Sgt. Ko Yeon-su, was more matter-of-fact in the agency's "
            'account: "Twelve stitches is a good day."'
        ],
        "Twelve stitches",
        "Ko Yeon-su",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: no named subject before "according to": the source speaks
        ['Exports grew "faster than expected," according to the ministry.'],
        "faster than",
        "ministry",
    ),
    (  # 2: a verb coordinated after a quotation's own clause keeps that clause's speaker
        ['Ma Seon-gyu asked, "Will it pass?" and added, "I think it will."'],
        "I think it will",
        "Ma Seon-gyu",
    ),
    (  # 4: "states" before what it states is a verb of saying
        ['"No entry after dark," the notice states.'],
        "No entry",
        "notice",
    ),
    (  # 6: a sentence opening on no person gives no one
        ['The hall, built in 1970, was quiet: "Twelve stitches is a good day."'],
        "Twelve stitches",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round130_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


def test_round130_place_named_park_is_not_the_woman() -> None:
    """Rule 3: "Tapgol Park" after a woman named only as Park names the place; her later
    words keep her, shown as Park, not as the park."""
    paragraphs = [
        '"They are hungry," said the woman, 71, who gave her name only as Park.',
        "Crowds gather every morning near Tapgol Park, a few blocks away.",
        'Park said she would keep coming. "The birds know me," she said.',
    ]
    got = speaker_of(paragraphs, "The birds know me")
    assert got is not None and got.startswith("Park") and "Tapgol" not in got
