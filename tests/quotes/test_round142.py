"""Round 142: phrase-reader errors behind wrong speakers (tuning text already read).

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. "the Gwangju District Court in the trial of | NAME, the owner of ...": a person's name
   after "of" under a plain noun is no tail of the body's name; the person is a mention of
   their own, with their description ("the owner" later is that person). With it, a
   "general" after a role noun ("a former director general") is a civil title, no rank a
   later "the retired general" means.
2. "typed above NAME's signature": a preposition of place titles no one; and the lede's one
   described person ("A former welder ... testified") is the person the next paragraph
   introduces in full with no job of their own ("NAME, 44, took the stand").
3. "Lukas De Smet of Belgium": a person's name "of" a country is a person from there, not a
   body, so "the Belgian" is that person.
4. "Rep. NAME of the X Party and Rep. NAME2 of the Y Party": two people, not one list inside
   a body's "of" name; "NAME2, a former labor lawyer, ... she said" is NAME2.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

_TRIAL = [
    "Ryu Min-seok, 39, testified at the Gwangju District Court in the trial of Pyo Dal-hwan, "
    "the 58-year-old owner of Seorin Logistics, who is accused of fraud. Ryu said the books "
    'were "cooked every month."',
    'Pyo, who denies the charges, frowned as the driver spoke. "That is a lie," the owner said.',
]
_WELDER = [
    "CHANGWON, May 4 (Yonhap) -- A former welder at a shipyard in Geoje testified Monday that "
    "safety checks had been skipped for months before a crane collapsed.",
    "Tak Jun-seo, 44, took the stand at the Changwon District Court. Tak told the court the "
    'checks were "never done."',
    'A prosecutor then showed a form with the words "all clear" typed above Tak\'s signature.',
    '"I signed what I was told to sign," the welder said.',
]

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (_TRIAL, "That is a lie", "Pyo Dal-hwan"),  # 1
    (_WELDER, "I signed what", "Tak Jun-seo"),  # 2
    (  # 3
        [
            "Kang Min-ho beat the world No. 4, Lukas De Smet of Belgium, who had won their last "
            'three meetings. "He was simply better tonight," the Belgian said.'
        ],
        "He was simply",
        "Lukas De Smet",
    ),
    (  # 4
        [
            "Rep. Bok Seo-yeon of the Justice Party and Rep. Tae Min-ji of the Democratic Party "
            "questioned the minister. Bok asked about budgets, while Tae asked about staff.",
            'Tae, a former labor lawyer, wants an outside audit. "The books do not add up," she '
            "said.",
        ],
        "The books",
        "Tae Min-ji",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: a retired general is not the "former director general" named in the trial
        [
            "DAEJEON, May 4 (Yonhap) -- A retired three-star general testified Monday that he "
            "had never seen the revised bid terms, in the trial of a former procurement "
            "official accused of steering a radar deal.",
            "Seo Gyeong-hun (서경훈), 66, appeared as a witness at the Daejeon District Court in "
            "the trial of Nam Ju-hyeok, a former director general at the procurement agency.",
            "Prosecutors say Nam altered the bid. He has denied the charges.",
            '"Nobody on my staff asked for that radar," the retired general told the court.',
        ],
        "Nobody on my staff",
        "Seo Gyeong-hun",
    ),
    (  # 2: one introduced with a job of their own is not the lede's description
        [
            "CHANGWON, May 4 (Yonhap) -- A former welder at a shipyard in Geoje testified "
            "Monday that safety checks had been skipped for months before a crane collapsed.",
            "Tak Jun-seo, 44, a crane operator, took the stand at the Changwon District Court. "
            'Tak told the court the crane had "shaken for weeks."',
            '"I signed what I was told to sign," the welder said.',
        ],
        "I signed what",
        "welder",
    ),
    (  # 2: a lede with two people described, either of them named next
        [
            "A veteran trot singer is suing a younger singer, who says her hit song was "
            '"written in one night."',
            "Noh Ha-yun, 31, sang the song on television in March. Noh said she had "
            '"never heard" the older tune.',
            '"I would never copy anyone," the singer said.',
        ],
        "I would never",
        "younger singer",
    ),
    (  # 3: a body's own "of" name keeps the country
        ['The Embassy of Belgium said the visit would go ahead. "Our ties are strong," it said.'],
        "Our ties",
        "Embassy of Belgium",
    ),
    (  # 4: a list inside a body's "of" name is still one name
        [
            'The Ministry of Trade, Industry and Energy said exports rose. "Chips led the way," '
            "the ministry said."
        ],
        "Chips led",
        "Ministry of Trade, Industry and Energy",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round142_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


def test_round142_no_preposition_title() -> None:
    """2: "typed above Tak's signature" gives Tak no title "above"."""
    assert speaker_of(_WELDER, "never done") == "Tak Jun-seo"
