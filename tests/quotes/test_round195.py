"""Round 195: role phrases a reader resolves (issue class 9).

Invented sentences and names only (no name or sentence from a corpus article).

1. An executive's acronym standing alone after descriptors ("the former CEO", "the former
   CFO") is a role phrase, as "the CEO" already was: never a person called "CEO" (a lone
   "CEO" is no body's short name). The role then resolves as any role does.
2. An epithet of a person ("the 52-year-old CFO") never means a source whose title calls it
   a firm ("According to data firm NAME, ..."), even when that source spoke last.
3. "the <nationality> <role>" means the role's holder when the story gave that holder the
   nationality ("world champion NAME of Peru" then "the Peruvian champion"), whatever a word
   of the holder's name looks like ("Yanbeili" ends as "Israeli" does).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import resolve_and_near, speaker_of

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The founder of a failed meal-kit startup told a court on Monday that he had "
            '"never hidden a single invoice" from his backers.',
            "Tak Ul-bom, 51, who ran the company until it collapsed last spring, spoke at "
            "the third hearing of his trial at the Daejeon District Court.",
            '"I misjudged the market, and I misjudged my partners," the former CEO said.',
        ],
        "I misjudged the market",
        "former CEO",  # the role phrase, not a person called "CEO"
    ),
    (
        [
            "The finance chief of a bankrupt ferry operator was questioned by police on "
            "Tuesday over missing fuel payments.",
            "Seok Pung-ae, 49, who kept the operator's books from 2018, denied wrongdoing.",
            '"Every payment went through the board," the former CFO told reporters.',
        ],
        "Every payment went through",
        "Seok Pung-ae",
    ),
    (
        [
            "The chief executive of Kkachi Wallet, a mobile payment app, said Monday that a data "
            'leak was "fully contained."',
            "CEO Yeop Dal-so told reporters in Seoul that no card numbers were taken. "
            '"We found it within hours," she said.',
            "According to data security firm Brindlecore, the leaked records were already on "
            "sale online.",
            "The 44-year-old CEO, who founded Kkachi Wallet in 2019, said she would stay on. "
            '"This is not the time to walk away," she said.',
        ],
        "This is not the time",
        "Yeop Dal-so",
    ),
    (
        [
            "Mo Ga-yeon, 17, took the title on Sunday when her opponent, world champion "
            "Gu Yanbeili of Peru, retired with a sore wrist.",
            'Gu, 31, was calm afterward. "She read my serve from the first point," the '
            "Peruvian champion told reporters.",
        ],
        "She read my serve",
        "Gu Yanbeili",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Oreum Tech CEO Pi Jae-hwon said on Friday that the firm would list next year.",
            '"We are ready for it," the CEO said.',
        ],
        "We are ready",
        "Pi Jae-hwon",
    ),
    (
        [
            "Bong Seul-gi, who heads the strategy team at the Daegu Bank, said the loans "
            "were sound.",
            '"We tested every one," Bong said.',
        ],
        "We tested every one",
        "Bong Seul-gi",
    ),
    (
        [
            "Foreign Minister Do Hae-ryeong met her Chilean counterpart, Ignacio Ferraz, in "
            "Santiago on Monday.",
            '"Our trade has doubled in five years," the Chilean minister said.',
        ],
        "Our trade has doubled",
        "Ignacio Ferraz",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "want"), resolve_and_near(RESOLVE, KEEP))
def test_round195_role_phrase(paragraphs: list[str], start: str, want: str | None) -> None:
    assert speaker_of(paragraphs, start, short=True) == want
