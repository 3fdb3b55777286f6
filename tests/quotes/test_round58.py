"""Round 58: rules read from tuning26's wrong speakers.

Invented sentences (no name or sentence from a corpus article). First: "outside" or "inside"
between a noun phrase's opening and a title before a name is an adjective of the post
("Peruvian outside hitter NAME", "outside director NAME"), not a preposition; the whole
phrase titles the name, so a nationality before it is no person of its own and "the
30-year-old" or "he" next means the name. Near misses: "outside" after a verb with a titled
name that owns a place ("gathered outside director NAME's office") stays a preposition.

"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import shorts

SIDES: list[tuple[list[str], str]] = [
    (
        [
            "Peruvian outside hitter Tomas Aguirre signed with the Daejeon Wolves on Monday.",
            '"I want a title before I turn 30," the 27-year-old said through an interpreter.',
        ],
        "Tomas Aguirre",
    ),
    (
        [
            "Chilean outside hitter Valentina Rojas joined the Suwon Cranes on a one-year deal.",
            '"The fans here are louder than at home," she said.',
        ],
        "Valentina Rojas",
    ),
    (
        [
            "The bank's outside director Cheon Ga-eul (천가을), a former judge, resigned on "
            "Friday after two board meetings.",
            '"The board ignored every warning I gave," she told reporters.',
        ],
        "Cheon Ga-eul",
    ),
    (
        [
            "Brazilian inside linebacker Rafael Duarte was waived by the club on Tuesday.",
            '"I will be back in the league within a year," the 31-year-old said.',
        ],
        "Rafael Duarte",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), SIDES)
def test_side_word_titles_the_name(paragraphs: list[str], speaker: str) -> None:
    assert shorts(paragraphs) == [speaker]


def test_side_word_title_in_the_headline() -> None:
    paragraphs = SIDES[0][0]
    assert shorts(paragraphs, "'I want a title': Peruvian hitter signs with Wolves") == [
        "Tomas Aguirre",
        "Tomas Aguirre",
    ]


SIDES_NEAR: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "Dozens of tenants gathered outside director Maeng Ju-ho's office on Monday.",
            '"We will stay until he comes out," Bang Eun-seo, one of the tenants, said.',
        ],
        ["Bang Eun-seo"],
    ),
    (
        [
            "Peruvian relief pitcher Tomas Aguirre signed with the Daejeon Wolves on Monday.",
            '"I want a title," the 27-year-old said.',
        ],
        ["Tomas Aguirre"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), SIDES_NEAR)
def test_side_word_near_misses(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers


# Round 58's second rule: an owner ("the North's", "Seoul's", "its", "their") between a
# group's present "call" after "what" and the quotation names a thing, as round 55's article
# does ('what analysts call the North's "..."'): the quotation is the group's term.

OWNED_TERMS: list[list[str]] = [
    [
        "Asked whether the drills were part of what some analysts call the North's "
        '"gray-zone pressure," Yoon Da-bin declined to comment. "It is too early," he said.'
    ],
    [
        'Asked whether the leak was what engineers call the reactor\'s "slow bleed," Oh '
        'Sang-min declined to say. "We are still testing," he said.'
    ],
    [
        'Asked whether the outage was part of what gamers call the company\'s "silent patch," '
        'Moon Ye-jin declined to comment. "We will post a notice," she said.'
    ],
    [
        'Asked whether the cut was what farmers call the government\'s "slow squeeze," Ryu '
        'Gi-tae declined to say. "The budget is not final," he said.'
    ],
]


@pytest.mark.parametrize("paragraphs", OWNED_TERMS)
def test_owned_term_after_a_group_call(paragraphs: list[str]) -> None:
    quotes = extract_quotes("", paragraphs)
    assert len(quotes) == 1, [q.text for q in quotes]


OWNED_NEAR: list[tuple[list[str], list[str | None]]] = [
    # no naming "call": the owner's quotation is the sentence speaker's
    (['Gwak Min-ho said the North\'s "gray-zone pressure" was growing.'], ["Gwak Min-ho"]),
    # one person's "calls" (not a group's habit): their words, as before
    (
        ['Analysts said what Gwak Min-ho calls the North\'s "gray-zone pressure" is real.'],
        ["Gwak Min-ho"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), OWNED_NEAR)
def test_owned_term_near_misses(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers


# Round 58's third rule: a non-restrictive "which" right after a body's name (past its
# bracketed short name) stands for the body, as "who" stands for a person: the quotation in
# its clause is the body's ('angering the Korea Landlords Federation (KLF), which vowed
# "..."'), with or without an auxiliary ("which has vowed").

WHICH_BODIES: list[tuple[list[str], str]] = [
    (
        [
            "The governor on Monday signed a bill that caps rents, angering the Korea Landlords "
            'Federation (KLF), which vowed "legal action" in response.'
        ],
        "Korea Landlords Federation",
    ),
    (
        [
            "The ministry approved the plan, setting up a clash with the Korean Pharmacists "
            'Association, which promised "a fight to the end."'
        ],
        "Korean Pharmacists Association",
    ),
    (
        [
            'The fare plan drew fire from the Busan Taxi Union, which called it "a death '
            'sentence for drivers."'
        ],
        "Busan Taxi Union",
    ),
    (
        ['The ruling angered the Korea Landlords Federation, which has vowed "legal action."'],
        "Korea Landlords Federation",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), WHICH_BODIES)
def test_which_after_a_body_speaks_for_it(paragraphs: list[str], speaker: str) -> None:
    assert shorts(paragraphs) == [speaker]


WHICH_NEAR: list[tuple[list[str], list[str | None]]] = [
    # a place is no body that speaks
    (
        ['The festival drew crowds to Gangneung, which calls itself "the coffee capital."'],
        [None],
    ),
    # the relative clause has a subject of its own: theirs
    (
        [
            "The rally was led by the Seoul Tenants Union, which Gil Yu-na said was "
            '"the only group that listens."'
        ],
        ["Gil Yu-na"],
    ),
    (
        ['The Daehan Bank, which Moon Ji-ho described as "too big to fail," lost money.'],
        ["Moon Ji-ho"],
    ),
    # a person's "who", as before
    (
        [
            "The governor signed a bill that caps rents, angering landlord Kim Do-hyun, who "
            'vowed "legal action" in response.'
        ],
        ["Kim Do-hyun"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), WHICH_NEAR)
def test_which_near_misses(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers


# Round 58's fourth rule: a claim noun with its owner ("Y's claim that ...") reports a clause
# that closes on its quotation; an "is" or "was" right after that quotation has the claim as
# its subject, so the quotation after it is what the sentence's speaker says of the claim.

CLAIM_PREDICATES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            'Ryu Ha-neul said Gong Tae-ju\'s claim that the plan would "double exports" was '
            '"pure fiction."'
        ],
        # round 387: "double exports" after "would" is the claim's own words, Gong's
        ["Gong Tae-ju", "Ryu Ha-neul"],
    ),
    (
        [
            'Ryu Ha-neul said Gong Tae-ju\'s claim that the levy would "save the fishery" is '
            '"an insult to every crew."'
        ],
        ["Gong Tae-ju", "Ryu Ha-neul"],
    ),
    (
        [
            "Byeon Sol-ah, the mayor, said Pi Jun-ho's warning that the bridge would \"fall "
            'within a decade" was "fearmongering."'
        ],
        ["Pi Jun-ho", "Byeon Sol-ah"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), CLAIM_PREDICATES)
def test_claim_predicate_is_the_speakers(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers


CLAIM_NEAR: list[tuple[list[str], list[str | None]]] = [
    # "and was": still inside the claim's clause
    (
        [
            'Ryu Ha-neul rejected Gong Tae-ju\'s claim that the plan would "double exports" and '
            'was "fully funded."'
        ],
        ["Gong Tae-ju", "Gong Tae-ju"],  # round 387: "double exports" is Gong's too
    ),
    (
        ['Ryu Ha-neul rejected Gong Tae-ju\'s claim that the plan was "fully funded."'],
        ["Gong Tae-ju"],
    ),
    # remarks with no clause of their own are only the topic, as before
    (['Ryu Ha-neul said Gong Tae-ju\'s remarks were "a confession."'], ["Ryu Ha-neul"]),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), CLAIM_NEAR)
def test_claim_predicate_near_misses(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers
