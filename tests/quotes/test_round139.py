"""Round 139: which of two people a pronoun or a clause means (tuning text already read).

Invented sentences and names only (no name or sentence from a corpus article). Each rule has
sentences it must now resolve (each fails on the commit before the round) and near misses
that keep their answer:

1. '"...," SURNAME shot back.': a rejoinder ("shot back", "hit back", "spat") is a past
   tense, so a bare surname is its subject (it was read as a noun after a one-word name).
2. 'NAME appeared before the panel with his deputy': a possessive opening a phrase of place
   or company after the verb's adjuncts, with no person between, tells NAME's gender; a
   nameless person the lede only described is no rival owner.
3. '"...?" NAME asked. "...," OTHER answered. "...," she said.': when the pronoun cannot mean
   the one who last spoke in its paragraph, the turn is back with the one named asker.
4. '"...?" a reporter asked NAME. "...," he replied.': the one asked replies.
5. 'NAME, director of the unit for X and Y, who said ...': a relative "who" after a
   description too long for the phrase reader still means the person named before it.
6. 'according to OUTLET, which carried his words without comment: "..."': the owner of the
   words a relaying verb puts before a colon speaks; "without comment" is a noun.
7. "The top administrator of X on Monday defended ..., telling lawmakers ...": an
   administrator is a person's role, so the lede's description speaks through "telling".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1
        [
            "Gwak Tae-yun, who chairs the tenants' association, sat across from the landlord.",
            'Seok said the rent rise was "modest." "Modest for whom?" Gwak shot back.',
        ],
        "Modest for whom",
        "Gwak Tae-yun",
    ),
    (  # 2 and 3
        [
            "Budget Office chief Ra Myeong-su appeared before the finance panel with his "
            "aide, Jin Bo-ra, as lawmakers pressed for cuts.",
            "Rep. Eo Su-bin of the Justice Party asked most of the questions.",
            '"Did the office ever audit the fund?" Eo asked. "Twice," Ra answered. "Twice '
            'in ten years. Noted," she said.',
        ],
        "Twice in ten years",
        "Eo Su-bin",
    ),
    (  # 4
        [
            "Trade Minister Maeng Il-gyu met his Chilean counterpart, Tomas Ferreyra, in Seoul.",
            'Maeng said the pact was "a fair bargain" for farmers.',
            '"Will copper prices fall?" a local reporter asked Ferreyra. "Markets decide that, '
            'not ministers," he replied.',
        ],
        "Markets decide that",
        "Tomas Ferreyra",
    ),
    (  # 5
        [
            "Hwang Do-gyeom was joined by Pi Seung-uk, head of the institute's center for air "
            "quality and respiratory disease, who said the sensors had been recalibrated. "
            '"The old readings were too low," he said.'
        ],
        "The old readings",
        "Pi Seung-uk",
    ),
    (  # 6
        [
            "Lt. Col. Ri Kwang-bom, head of a border guard post on the east coast, watched "
            "the exercise from a hilltop, according to KCNA, which ran his words without "
            'comment: "Every shore is a front line."'
        ],
        "Every shore is a front line",
        "Ri Kwang-bom",
    ),
    (  # 7
        [
            "SEOUL, May 4 (Yonhap) -- The top administrator of the Korea Forest Service (KFS) "
            "on Monday defended a plan to thin pine stands, telling lawmakers the cut would "
            '"starve the next wildfire" of fuel.'
        ],
        "starve the next wildfire",
        "administrator",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: "shot" with no "back" is no speech
        ['"Stop there," Gwak said. Police shot a tire.'],
        "Stop there",
        "Gwak",
    ),
    (  # 2: a person between the verb and the possessive may own it (no gender learned)
        [
            "Chief Ra Myeong-su sat beside the judge in his robe.",
            '"It is late," she said.',
        ],
        "It is late",
        "Ra Myeong-su",
    ),
    (  # 3: an asker nobody answered in the paragraph is not who "she" means
        [
            "Dairy farmer Ok Seo-hui said the barn was built in 1990. "
            '"We did it by hand," she said.',
            'Do Ye-seul asked whether it had ever flooded. "Never once," she said.',
        ],
        "Never once",
        "Ok Seo-hui",
    ),
    (  # 4: an inverted "asked NAME" names the asker, and the reply is the other's
        [
            "Coach Cheon Ui-jae faced reporters after the loss.",
            '"Will you resign?" asked Yeo Ga-eun. "No," he replied.',
        ],
        "No",
        "Cheon Ui-jae",
    ),
    (  # 6: no one's "words" before the colon: the document carried keeps them
        [
            "KCNA carried a commentary on the drill: "
            '"The waters of the peninsula are no stage for war games."'
        ],
        "The waters of the peninsula",
        "commentary",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round139_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
