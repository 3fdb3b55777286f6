"""Round 52: the agent of a passive inside what someone says is not who "he" means next.

Invented sentences (no name or sentence from a corpus article). One rule: a "by" agent
("was commanded by X", "a dinner hosted by X", "which she said was used by X") read after a
clause of saying whose subject stands earlier in the same sentence ("Lee said the convoy
...", "Kim said she had met ...") is part of the reported clause; the reporter, the
sentence's subject, stays who a following "he", "she" or "it" means. Near misses: an agent
with no one reporting before it ("Under a plan announced by the ministry, ...": the
ministry is who "it" means), an agent inside "according to data compiled by X", and a
passive of the sentence's own ("The unit was commanded by X.").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import last_short

MUST: list[tuple[list[str], str]] = [
    (
        [
            "Navy spokesman Cmdr. Dokgo Ye-chan briefed reporters on Tuesday.",
            "Dokgo said the escort was led by Capt. Namgung Ha-ram, who took over the flotilla "
            'in May. "Our sailors kept watch all night," he said.',
        ],
        "Dokgo Ye-chan",
    ),
    (
        [
            "Gal Seo-yul, 41, founded the bakery chain in 2015.",
            "Gal, a former accountant, said she and Ryeom had met three times, most recently "
            'at a lunch hosted by the chairman of a savings bank. "He listens more than he '
            'talks," she said.',
        ],
        "Gal Seo-yul",
    ),
    (
        [
            "Ong Da-som, 58, restores old lacquer boxes in Tongyeong.",
            'She prefers the old word "chilbo," which she said was used by Goryeo-era '
            "potters for lids.",
            '"People ask me whether it is Chinese. I tell them repair has no passport," she said.',
        ],
        "Ong Da-som",
    ),
    (
        [
            "Coach Sagong Ha-neul met the press after training.",
            "Sagong said the drills had been designed by Mo Tae-gyeom, a former sprinter. "
            '"I trust him with my life," he said.',
        ],
        "Sagong Ha-neul",
    ),
    (
        [
            "Eom Yu-chae, 33, runs a ferry booking app.",
            "Eom said the first version had been written by a student from Mokpo. "
            '"He worked for free for a year," she said.',
        ],
        "Eom Yu-chae",
    ),
]

KEEP: list[tuple[list[str], str | None]] = [
    (
        [
            "Fees at national parks will rise next year.",
            "Under a plan announced by the environment ministry on Monday, the fee will rise "
            'to 3,000 won. "The new fees will be fair to visitors," it said.',
        ],
        "environment ministry",
    ),
    (
        [
            "Fertilizer imports are falling.",
            "The North imported about 90,000 tons last year, according to customs data compiled "
            'by the Korea Farm Institute (KFI). Imports are likely to fall "only slowly," it '
            "said in a report.",
        ],
        "Korea Farm Institute",
    ),
    (
        [
            "The flotilla returned to Busan on Monday.",
            "The escort was led by Capt. Namgung Ha-ram, who took over the unit in May. "
            '"Our sailors kept watch all night," he said.',
        ],
        "Namgung Ha-ram",
    ),
    (
        [
            "Gal Seo-yul, 41, founded the bakery chain in 2015.",
            '"He listens more than he talks," said Ryeom Jae-on, who was hired by Gal in 2016.',
        ],
        "Ryeom Jae-on",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), MUST)
def test_must_resolve(paragraphs: list[str], speaker: str) -> None:
    assert last_short(paragraphs) == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), KEEP)
def test_near_miss_keeps_its_answer(paragraphs: list[str], speaker: str | None) -> None:
    assert last_short(paragraphs) == speaker
