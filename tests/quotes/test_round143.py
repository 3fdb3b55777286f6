"""Round 143: descriptions that stayed unresolved (tuning47, speakers referred to by the
description the story gave them).

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. "said NAME, a professor of X and Y at ...": the phrase reader's second reading of the
   description, stopped at "and", is that name, not a second professor "the professor" means.
2. "The plaintiff, a teacher identified in court papers only by her surname, NAME,": a name a
   sentence gives the person it describes is that person's ("identified only as", "by the
   pseudonym", "who gave only his first name"); not a name the person identified someone as.
3. "an apprentice, NAME," then "the apprentice said": the one person introduced with the role
   ahead of the name; "the older sister" after "her younger sister, NAME" is the other one.
4. "the elder NAME" when no ages tell two people of that surname apart, but one of them was
   introduced as "his younger brother, NAME".
5. "the Belgian" after "NAME, Belgium's minister" (a country in "-ium"), read as a person.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 2
        [
            "The plaintiff, a bus driver identified in court filings only by her surname, "
            'Maeng, lost two fingers in the crash. "I still reach for the wheel in my sleep," '
            "she told reporters.",
        ],
        "I still reach",
        "Maeng",
    ),
    (  # 2
        [
            "A cashier identified only as Yeop told police the man left on foot. "
            '"He never ran," the cashier said.',
        ],
        "He never ran",
        "Yeop",
    ),
    (  # 3
        [
            "Gal Do-hwi has carved masks in Andong for 30 years. He now trains an "
            "apprentice, Pyeon Ju-ah, a former bank clerk from Daegu.",
            '"Nobody told me the wood would fight back," the apprentice said.',
        ],
        "Nobody told me",
        "Pyeon Ju-ah",
    ),
    (  # 3
        [
            "Jeup Ro-un, 52, runs the noodle stall with her younger sister, Jeup Ro-ah.",
            'The older sister makes the broth and insists it "cannot be rushed."',
        ],
        "cannot be rushed",
        "Jeup Ro-un",
    ),
    (  # 4
        [
            "Hyeop Seon-gu opened the print shop in 1988 and runs it with his younger brother, "
            "Hyeop Seon-baek.",
            '"Paper orders halved this year," the younger Hyeop said.',
            'The elder Hyeop disagrees. "We have had worse years," he said.',
        ],
        "We have had worse",
        "Hyeop Seon-gu",
    ),
    (  # 5
        [
            "The deal was signed by Joris Lammeken, Belgium's minister for energy.",
            '"Our grid needs your cables," the Belgian told reporters.',
        ],
        "Our grid needs",
        "Joris Lammeken",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: a second professor introduced on his own stays himself
        [
            "Seok Ga-ram, a chemist, spoke first. A professor of physics at another school "
            'disagreed. "The data are thin," the professor said.',
        ],
        "The data are thin",
        "professor of physics",
    ),
    (  # 2: the name someone identified another person as is not theirs
        [
            "The guard, who identified the intruder as Ok Tae-rang, called police. "
            '"He had a key," the guard said.',
        ],
        "He had a key",
        "guard",
    ),
    (  # 3: a role given after the name was read already
        [
            "Pyeon Ju-ah, an apprentice, sands the masks.",
            '"Sanding is most of it," the apprentice said.',
        ],
        "Sanding is most",
        "Pyeon Ju-ah",
    ),
    (  # 4: ages given decide as before
        [
            "Hyeop Seon-gu, 61, and Hyeop Seon-baek, 57, run the print shop.",
            '"We have had worse years," the elder Hyeop said.',
        ],
        "We have had worse",
        "Hyeop Seon-gu",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round143_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


def test_round143_description_cut_short() -> None:
    """Rule 1: the description read again up to a word inside the name's own description
    ("a professor of physics" in "a professor of physics and chemistry at ...") is the same
    description; another phrase, or a word merely starting the same, is not."""
    from herald_tui.quotes import _cut_short  # (here: the commit before the round has none)

    full = "a professor of physics and chemistry at Hanbit University"
    assert _cut_short("a professor of physics", full)
    assert not _cut_short("a professor of physics", "a professor of physiology")
    assert not _cut_short("a professor of law", full)
