"""Round 175: a role noun after a quotation is the person it describes (issue 13, class 9).

Invented sentences and names only (no name or sentence from a corpus article). The rules:

1. An abbreviated rank in a title is held as the word a later description spells out: "Sgt.
   Maj. NAME" is "the sergeant major", "Lt. Col. NAME" "the lieutenant colonel".
2. A nationality before a role introduced as "ROLE, NAME" ("with their guide, NAME") is no
   bar to that person: "the Nepali guide" is the guide so named (a name of any shape).
3. "The <role>" after a paragraph whose subject is a person named in full before, of whom no
   role is known, is that subject, not another holder of the role merely mentioned there.
4. "The former ACRONYM official" is the paragraph's subject whose description the initials
   spell, not a nameless holder of the role the lede described.
5. "The consortium" after "a consortium led by NAME" (the one such phrase) is that body, known
   by the whole phrase.

Near misses keep their speaker: a rank the description does not hold, a nationality the
person is known not to have, a holder who was the paragraph's subject, a person first named in
full in the paragraph, initials nobody's description spells, two bodies led by others.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (  # rule 1
        [
            "Sgt. Maj. Ohm Tae-gyu, the depot's senior enlisted soldier, inspected the trucks.",
            'Ohm, 51, said the new tires were fine. "I have changed tires for 30 years, and '
            'these are the best," the sergeant major said.',
        ],
        "I have changed tires",
        "Ohm Tae-gyu",
    ),
    (  # rule 2
        [
            "Diver Mo Eun-sol reached the wreck on Monday.",
            '"It was there," Mo said. She said she had found the bell with their guide, '
            "Pasang Nuru Sherpa.",
            '"The sea was flat as glass that morning," the Nepali guide said.',
        ],
        "The sea was flat",
        "Pasang Nuru Sherpa",
    ),
    (  # rule 3
        [
            "The detector was built last year in a Daegu laboratory run by Pyo Ga-won.",
            "Oh Seung-rak, a professor of optics in Busan, doubted the result.",
            'Asked about Oh\'s doubts, Pyo did not argue. "He may well be right," the '
            "professor said.",
        ],
        "He may well be right",
        "Pyo Ga-won",
    ),
    (  # rule 4
        [
            "A court heard Friday from a former coast guard official accused of taking bribes.",
            "The defendant is Gil Mun-ho, a former deputy director at the Korea Coast Guard.",
            'Gil, who said little in court, spoke to reporters. "I took nothing from '
            'anyone," the former KCG official said.',
        ],
        "I took nothing",
        "Gil Mun-ho",
    ),
    (  # rule 5
        [
            "The new ferry terminal is being built by a consortium led by Dongbit Marine.",
            '"We will open the first berth in spring," the consortium said.',
        ],
        "We will open the first berth",
        "consortium led by Dongbit Marine",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # rule 1: a rank whose last word is a role known already
        [
            "Lt. Col. Seon Ha-rim, who leads the signals battalion, visited the island.",
            'Seon said the radios worked. "The link never dropped once," the lieutenant '
            "colonel said.",
        ],
        "The link never dropped",
        "Seon Ha-rim",
    ),
    (  # rule 3: the holder was the paragraph's subject
        [
            "The detector was built last year in a Daegu laboratory run by Pyo Ga-won.",
            "Oh Seung-rak, a professor of optics in Busan, doubted the result.",
            'Oh said Pyo had not argued. "The data are thin," the professor said.',
        ],
        "The data are thin",
        "Oh Seung-rak",
    ),
    (  # rule 2: a guide known to be of another nation
        [
            "Diver Mo Eun-sol reached the wreck on Monday.",
            '"It was there," Mo said. She said she had found the bell with their guide, '
            "Pasang Nuru Sherpa.",
            "Pasang Nuru Sherpa, a Bhutanese climber, stayed at the camp.",
            '"The sea was flat as glass that morning," the Nepali guide said.',
        ],
        "The sea was flat",
        "the Nepali guide",
    ),
    (  # rule 4: initials the subject's description does not spell
        [
            "A court heard Friday from a former coast guard official accused of taking bribes.",
            "The defendant is Gil Mun-ho, a former deputy director at the Korea Coast Guard.",
            'Gil, who said little in court, spoke to reporters. "I took nothing from '
            'anyone," the former NPA official said.',
        ],
        "I took nothing",
        "former coast guard official",
    ),
    (  # rule 5: two consortia, each led by another firm: either may be meant
        [
            "The city received two bids, from a consortium led by Dongbit Marine and from a "
            "consortium led by Sae-eum Harbour Works.",
            '"We will open the first berth in spring," the consortium said.',
        ],
        "We will open the first berth",
        "the consortium",
    ),
    (  # rule 3: a person first named in full here is no paragraph subject's variant
        [
            "Yeom Chae-bin, the prosecutor in the case, spoke after the hearing.",
            "Judge Sa set the next hearing, when the court will hear from Ryu Ga-on, who "
            'has pleaded guilty. "His testimony will settle it," the prosecutor said.',
        ],
        "His testimony will settle",
        "Yeom Chae-bin",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round175_role_is_the_person_described(
    paragraphs: list[str], start: str, speaker: str
) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round175_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
