"""Round 49: descriptions resolved to the person named before them.

Invented sentences (no name or sentence from a corpus article). Three rules: (1) a relative
clause right after a name that gives the person an office ("NAME, who became ambassador to
Chile in March,", "who was appointed police chief", "who was sworn in as justice minister",
"who took over as chairman") makes "the ambassador" later theirs, and "replaced NAME as
mayor" no longer gives NAME the office; (2) "the American" (a nationality alone) is the one
person named in full whose title or description gave that nationality, however far back;
(3) "the man accused of fraud" is the person named in full the copy put in the dock
("Police charged NAME with fraud", "NAME, 51, was charged with", "the trial of NAME").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import last_short, last_speaker

Q = '"We will need more time than we thought,"'

MUST: list[tuple[list[str], str]] = [
    # rule 1: an office taken in a relative clause
    (
        [
            "Yoo Bo-ram, who became consul general in Osaka last spring, met exporters on Friday.",
            f"{Q} the consul general said.",
        ],
        "Yoo Bo-ram",
    ),
    (
        [
            "Tae Ji-ho, who was appointed fire chief of Andong in May, inspected the dam.",
            f"{Q} the fire chief said.",
        ],
        "Tae Ji-ho",
    ),
    (
        [
            "Hong Ye-rin, who was elected governor in June, visited the flooded farms.",
            f'The governor said, {Q[:-2]}."',
        ],
        "Hong Ye-rin",
    ),
    (
        [
            "Cheon Ha-rang, who took over as president of the bar association in 2024, opened "
            "the meeting.",
            f"{Q} the president said.",
        ],
        "Cheon Ha-rang",
    ),
    (
        [
            "Lawmaker Jin Seo-hu met Maeng Da-in, who became ambassador to Brazil in April, in "
            "Seoul.",
            f"{Q} the ambassador said.",
        ],
        "Maeng Da-in",
    ),
    (
        [
            "Yeo Sun-ho, who was sworn in as labor minister on Monday, met union leaders.",
            f"{Q} the minister told reporters.",
        ],
        "Yeo Sun-ho",
    ),
    # rule 2: a nationality alone
    (
        [
            "Brazilian striker Lucas Moreira joined the Daegu club in January.",
            f"{Q} the Brazilian said.",
        ],
        "Lucas Moreira",
    ),
    (
        [
            "Kenyan runner Grace Wanjiru and Korean runner Bae Ha-yul led for most of the race.",
            f"{Q} the Kenyan said.",
        ],
        "Grace Wanjiru",
    ),
    (
        [
            "American researcher Chloe Martin has studied the Yellow Sea tidal flats since "
            "2018. The institute renewed her grant on Monday.",
            f"{Q} the American said.",
        ],
        "Chloe Martin",
    ),
    # rule 3: the accused
    (
        [
            "Prosecutors charged Gong Tae-min with bribery on Tuesday.",
            f"{Q} the man accused of bribery told reporters outside the court.",
        ],
        "Gong Tae-min",
    ),
    (
        [
            "Ok Ji-yu, 44, was indicted on charges of forging hospital records.",
            f'The woman accused of forging the records said, {Q[:-2]}."',
        ],
        "Ok Ji-yu",
    ),
    (
        [
            "The Changwon District Court opened the trial of Ryu Geon-ho, who is accused of arson.",
            f"{Q} the man charged with arson said.",
        ],
        "Ryu Geon-ho",
    ),
    (
        [
            "Judge Seol Min-a presided over the trial of Pi Jae-won, who is charged with fraud.",
            f"{Q} the man accused of fraud said.",
        ],
        "Pi Jae-won",
    ),
]

KEEP: list[tuple[list[str], str | None]] = [
    # near misses: the description introduces someone new, or fits someone else
    (
        [
            "Hwangbo Yu-gyeol, who worked for the ambassador for years, left the embassy in May.",
            f"{Q} the ambassador said.",
        ],
        "the ambassador",
    ),
    (
        [
            "Gwak Seon-u, who served as ambassador to Kenya until 2020, teaches in Daegu.",
            f"{Q} the ambassador said.",
        ],
        "the ambassador",
    ),
    (
        [
            "Bok Ha-eun, who replaced Sim Jun-yeong as mayor of Sokcho in June, cut the "
            "festival budget.",
            f"{Q} the mayor said.",
        ],
        "the mayor",
    ),
    (
        [
            "A Brazilian tourist was injured in the fall, said Heo Ga-ram, a park ranger.",
            f"{Q} the Brazilian said.",
        ],
        "Brazilian",
    ),
    (
        [
            "Kenyan runner Grace Wanjiru and Kenyan runner Mercy Otieno led for most of the race.",
            f"{Q} the Kenyan said.",
        ],
        "Kenyan",
    ),
    (
        [
            "Police arrested a man accused of stealing copper cable, said Inspector Jo Yun-seul.",
            f"{Q} the man accused of stealing the cable said.",
        ],
        "the man",
    ),
    (
        [
            "Gong Tae-min runs a law firm in Seocho.",
            f"{Q} the man accused of bribery told reporters.",
        ],
        "the man",
    ),
    (
        [
            "Prosecutors charged Gong Tae-min with bribery on Tuesday.",
            f"{Q} his lawyer, Do Hye-seong, said.",
        ],
        "Do Hye-seong, his lawyer",
    ),
    (
        [
            "Prosecutors charged Gong Tae-min with bribery on Tuesday.",
            f"{Q} the woman who reported him said.",
        ],
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), MUST)
def test_must_resolve(paragraphs: list[str], speaker: str) -> None:
    # rounds 143 and 144: the name alone ("the Brazilian", "the American" no longer make a
    # titled person a body, so the full speaker keeps the title the body's form dropped)
    assert last_short(paragraphs) == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), KEEP)
def test_near_miss_keeps_its_answer(paragraphs: list[str], speaker: str | None) -> None:
    assert last_speaker(paragraphs) == speaker
