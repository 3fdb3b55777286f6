"""Round 133: names and clauses misread in tuning text already read (the wrong-name class).

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. A capital of two or three words speaks for its country ("San Salvador", "New Delhi").
2. '..., which protect ..., said NAME, a lawyer': an inverted "said" followed by a name takes
   the name, not a plural the phrase reader found before the aside.
3. "according to a survey by X": X's figures, not the survey's.
4. '..., a figure "...," according to X': a quotation ending an appositive after a comma
   describes the finding; the source speaks, not the subject of the "said" before.
5. 'thanked Yu for Seoul's support': "for" joins no body's name to a lone surname.
6. "So Min-gyu", "An Ji-won": a Korean surname that is also an English word opens a name.
7. "Korea Voice Actors Union": a verb's noun between two words of a name stays in it.
8. 'called AI voice cloning "..."': a bare verb of saying after an acronym and before a noun
   is a compound noun.
9. 'NAME told reporters X had agreed to cover "..."': "agreed to" is an act; the words are
   the reporter's.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1
        ['San Salvador, which has courted Asian buyers, called the accord "a first step."'],
        "a first step",
        "El Salvador",
    ),
    (  # 1
        ['New Delhi called the shipyard deal "a milestone."'],
        "a milestone",
        "India",
    ),
    (  # 2
        [
            "Patent suits over recipes rarely win in Korean courts, which protect wording "
            'rather than ideas, said Gong Hye-rim, a patent lawyer. "A recipe is a list, not a '
            'work," she said.'
        ],
        "A recipe is a list",
        "Gong Hye-rim",
    ),
    (  # 3
        ['Rents rose "faster than wages," according to a survey by the Korea Housing Institute.'],
        "faster than wages",
        "Korea Housing Institute",
    ),
    (  # 4
        [
            "Four in 10 tenants said they had faced an illegal rent rise, a share "
            '"unchanged in five years," according to a study by the Seoul Tenants Union.'
        ],
        "unchanged in five years",
        "Seoul Tenants Union",
    ),
    (  # 5
        [
            'Petrenko thanked Yu for Seoul\'s "quiet and steady" help.',
            'Yu Jae-hee, the vice minister, said Seoul would stay. "We are here for years," '
            "Yu said.",
            'Asked about arms, Yu said: "Our position has not changed."',
        ],
        "Our position",
        "Yu Jae-hee",
    ),
    (  # 6
        [
            "So Ha-neul, a diver on the survey team, said the wreck lay on its side. "
            '"The hull is almost whole," she said.'
        ],
        "The hull",
        "So Ha-neul",
    ),
    (  # 6
        ['An Bo-reum, a ferry captain, said "the fog came in fast."'],
        "the fog",
        "An Bo-reum",
    ),
    (  # 7
        [
            "Kye is one of 400 members of the Korea Voice Guides Union, which on Monday "
            "demanded a pay floor.",
            '"We are not asking for much," the union said in a statement.',
        ],
        "We are not asking",
        "Korea Voice Guides Union",
    ),
    (  # 8
        [
            'The ministry called AI voice dubbing "a new kind of copyright question" and said '
            "it would meet both sides."
        ],
        "a new kind",
        "ministry",
    ),
    (  # 9
        [
            "Navy spokesperson Pyo Seung-jin told reporters the builder, Daeyang Heavy "
            'Industries, had agreed to pay "most if not all" of the repair bill.'
        ],
        "most if not all",
        "Pyo Seung-jin",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: a capital inside a phrase about others stays where it is
        ['Officials in New Delhi called the deal "a milestone."'],
        "a milestone",
        "Officials in New Delhi",
    ),
    (  # 2: a name followed by a verb is the complement's subject
        ['Residents, who have complained for years, said Lee, the mayor, was "deaf to them."'],
        "deaf to them",
        "Residents",
    ),
    (  # 3: a survey with no author named is the source itself
        ['Rents rose "faster than wages," according to a survey.'],
        "faster than wages",
        "survey",
    ),
    (  # 4: a quotation in the said clause itself is the subject's, relayed
        ['Kim Tae-ho said the launch was "a success," according to the KCNA.'],
        "a success",
        "Kim Tae-ho",
    ),
    (  # 8: a report of an acronym before a verb of saying stays the acronym's
        ['The KCNA report said the launch was "a success."'],
        "a success",
        "KCNA",
    ),
    (  # 9: "agreed to" with no reporting clause before it is the subject's
        ['The builder agreed to pay "most if not all" of the repair bill.'],
        "most if not all",
        "builder",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round133_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


def test_round133_surname_keeps_no_phrase_after_for() -> None:
    """Rule 5: the panel never shows "Yu for Seoul's" as a person."""
    got = speaker_of(
        [
            'Petrenko thanked Yu for Seoul\'s "quiet and steady" help.',
            'Yu said Seoul would stay, calling it "a sign we are here for years."',
        ],
        "a sign",
    )
    assert got is not None and "for Seoul" not in got
