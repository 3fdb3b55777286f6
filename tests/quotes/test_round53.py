"""Round 53: a second clause of saying joined by ", and" is not inside the first.

Invented sentences (no name or sentence from a corpus article). One rule: in "The agency said
it had sent crews to the pier, and the safety authority said it had opened an inquiry." the
subject of the second "said" (after a comma and "and") speaks in a clause of its own; it is
not part of what the first subject reports (as "..., while NAME said" already was not, round
15), so it is the newest speaker, the one a following "it", "he" or "she" means. Near misses:
a subject reported without the comma and "and" ("The agency said the authority had opened an
inquiry."), a tag that names its speaker, and a second clause whose subject is a pronoun or
a description ("and the department said": it may be the first speaker again, so only a name
is read as a new one).
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import last_short

MUST: list[tuple[list[str], str]] = [
    (
        [
            "A fishing boat caught fire off Wando on Sunday.",
            "The Jeonnam Fire Agency said it had sent four crews to the pier, and the Korea "
            "Maritime Safety Authority said it had opened an inquiry into the engine. "
            '"Nobody should sail that model until we know the cause," it said.',
        ],
        "Korea Maritime Safety Authority",
    ),
    (
        [
            "Heavy rain flooded three underpasses in Gwangju.",
            "The Gwangju Fire Department said it had rescued 11 drivers, and the Ministry of "
            "the Interior and Safety ordered every city to check its pumps by Friday. "
            '"Underpasses with no pump will be shut first," it said.',
        ],
        "Ministry of the Interior and Safety",
    ),
    (
        [
            "The two candidates met voters in Suncheon on Saturday.",
            "Rep. Maeng Do-hyun said the rail link would be his first bill, and Rep. Tak "
            "Eun-jae said she would fight for a children's hospital. \"Our children should "
            'not ride two hours to see a doctor," she said.',
        ],
        "Tak Eun-jae",
    ),
    (
        [
            "Two coaches spoke after the final in Incheon.",
            "Coach Byeon Ji-seok said his players had run out of legs, and coach Hwangbo "
            'Seung-ri said he had changed nothing at halftime. "We kept the same eleven '
            'because they earned it," he said.',
        ],
        "Hwangbo Seung-ri",
    ),
]

KEEP: list[tuple[list[str], str | None]] = [
    (
        [
            "A fishing boat caught fire off Wando on Sunday.",
            "The Jeonnam Fire Agency said the Korea Maritime Safety Authority had opened an "
            'inquiry into the engine. "Our crews reached the boat in 20 minutes," it said.',
        ],
        "Jeonnam Fire Agency",
    ),
    (
        [
            "A fishing boat caught fire off Wando on Sunday.",
            "The Jeonnam Fire Agency said it had sent four crews to the pier, and the Korea "
            "Maritime Safety Authority said it had opened an inquiry into the engine. "
            '"Our crews reached the boat in 20 minutes," the fire agency said.',
        ],
        "Jeonnam Fire Agency",
    ),
    (
        [
            "Heavy rain flooded three underpasses in Gwangju.",
            "The Gwangju Fire Department said it had rescued 11 drivers, and it said more "
            'rain was due on Thursday. "Stay off the low roads," it said.',
        ],
        "Gwangju Fire Department",
    ),
    (
        [
            "Heavy rain flooded three underpasses in Gwangju.",
            "The Gwangju Fire Department said it had rescued 11 drivers, and the department "
            'said more rain was due on Thursday. "Stay off the low roads," it said.',
        ],
        "Gwangju Fire Department",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), MUST)
def test_must_resolve(paragraphs: list[str], speaker: str) -> None:
    assert last_short(paragraphs) == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), KEEP)
def test_near_miss_keeps_its_answer(paragraphs: list[str], speaker: str | None) -> None:
    assert last_short(paragraphs) == speaker


# Rule 2: a sentence that carries someone's words without a clause of saying ("State media
# carried remarks by NAME", "KBS aired an interview with NAME") leads into a quotation
# standing alone after it: the words are that person's, not the medium's nor the last
# speaker's (a body's statement carried, too). Near misses: words answered, not carried
# ("dismissed remarks by NAME"), and an interview in which someone speaks ("In an interview
# with KBS, NAME said").
CARRIED: list[tuple[list[str], str]] = [
    (
        [
            'Health Minister Bae Ji-ho said the plan would "cut waits in half." "We will not '
            'stop there," he said.',
            "Later, the state broadcaster carried remarks by Yeo Mun-su, head of the Korea "
            'Pharmacists Association. "This plan will empty rural pharmacies by summer."',
        ],
        "Yeo Mun-su",
    ),
    (
        [
            'Health Minister Bae Ji-ho said the plan would "cut waits in half." "We will not '
            'stop there," he said.',
            'A day later, KBS aired an interview with Yeo Mun-su. "This plan will empty rural '
            'pharmacies by summer."',
        ],
        "Yeo Mun-su",
    ),
    (
        [
            'Fisheries Minister Seon Woo-jae called the quota "a fair start." "The boats will '
            'adjust," he said.',
            "That evening, the co-op's newsletter published a statement by Yeom Gi-tae, who "
            "chairs the Tongyeong Fishermen's Cooperative, on the quota, which the fleet calls "
            '"the noose." "Half our boats will be tied up by April."',
        ],
        "Yeom Gi-tae",
    ),
    (
        [
            'Health Minister Bae Ji-ho said the plan would "cut waits in half." "We will not '
            'stop there," he said.',
            "Later, the state broadcaster carried a statement from the Korea Pharmacists "
            'Association. "This plan will empty rural pharmacies by summer."',
        ],
        "Korea Pharmacists Association",
    ),
]

CARRIED_KEEP: list[tuple[list[str], str | None]] = [
    (
        [
            'Health Minister Bae Ji-ho said the plan would "cut waits in half." "We will not '
            'stop there," he said.',
            'Later, Bae dismissed remarks by Yeo Mun-su about rural pharmacies. "Nobody will '
            'lose a pharmacy."',
        ],
        "Bae Ji-ho",
    ),
    (
        [
            'Health Minister Bae Ji-ho said the plan would "cut waits in half." "We will not '
            'stop there," he said.',
            "In an interview with KBS, Yeo Mun-su said the plan would hurt rural pharmacies. "
            '"Nobody asked us."',
        ],
        "Yeo Mun-su",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), CARRIED)
def test_carried_words_are_their_owners(paragraphs: list[str], speaker: str) -> None:
    assert last_short(paragraphs) == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), CARRIED_KEEP)
def test_carried_near_miss_keeps_its_answer(paragraphs: list[str], speaker: str | None) -> None:
    assert last_short(paragraphs) == speaker


# Rule 3: a description inside a name's appositive, the subject of a verb of saying in the
# appositive's relative clause ('NAME, a nurse who moved to Daegu and wrote about it in a
# column called "...," said'), is the name's own: the name speaks and is who "she" means
# next. Near miss: a description inside what a name reports ("NAME said a nurse who ...
# had written about the wait"), not in an appositive.
INNER: list[tuple[list[str], str]] = [
    (
        [
            "The city began paying for the procedure in 2024.",
            "Na Seo-yun, a 29-year-old nurse who moved to Daegu last year and wrote about it "
            "in a column called \u201cNight Shift,\u201d said the hardest part was the wait. "
            "\u201cI waited five months for a slot,\u201d she said.",
        ],
        "Na Seo-yun",
    ),
    (
        [
            "Street food stalls in Jeonju will need a permit from March.",
            "Baek Ho-jun, a vendor who has sold hotteok near the station since 2009 and "
            'posts about it on a channel called "Sugar Street," said the permit cost too much. '
            '"I sell 200 pancakes on a good day," he said.',
        ],
        "Baek Ho-jun",
    ),
]

INNER_KEEP: list[tuple[list[str], str | None]] = [
    (
        [
            "The city began paying for the procedure in 2024.",
            "Na Seo-yun said a nurse who moved to Daegu last year had written about the wait. "
            '"I waited five months for a slot," she said.',
        ],
        "Na Seo-yun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), INNER)
def test_appositive_description_is_the_names(paragraphs: list[str], speaker: str) -> None:
    assert last_short(paragraphs) == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), INNER_KEEP)
def test_inner_near_miss_keeps_its_answer(paragraphs: list[str], speaker: str | None) -> None:
    assert last_short(paragraphs) == speaker


# Rule 4: a "readout" (a government's written account of a meeting or call) is a document,
# like a statement: it carries the words of the one it reports and is no one "she" means.
# Near miss: a statement, a document already, keeps its answer.
READOUT: list[tuple[list[str], str]] = [
    (
        [
            "Trade Minister Gong Hye-rin left for Washington on Monday.",
            'The minister also "urged a quota for Korean chips," according to a ministry '
            "readout of her remarks.",
        ],
        "Gong Hye-rin",
    ),
    (
        [
            "Trade Minister Gong Hye-rin left for Washington on Monday.",
            'The minister also "urged a quota for Korean chips," according to a ministry '
            "readout of her remarks. She said Korean makers had cut exports by 5 percent and "
            'that Korean chips were used in "American cars, American phones and American '
            'jobs."',
        ],
        "Gong Hye-rin",
    ),
]

READOUT_KEEP: list[tuple[list[str], str | None]] = [
    (
        [
            "Trade Minister Gong Hye-rin left for Washington on Monday.",
            'The minister also "urged a quota for Korean chips," according to a ministry '
            "statement. She said Korean makers had cut exports by 5 percent and that Korean "
            'chips were used in "American cars, American phones and American jobs."',
        ],
        "Gong Hye-rin",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), READOUT)
def test_readout_carries_the_words(paragraphs: list[str], speaker: str) -> None:
    assert last_short(paragraphs) == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), READOUT_KEEP)
def test_readout_near_miss_keeps_its_answer(paragraphs: list[str], speaker: str | None) -> None:
    assert last_short(paragraphs) == speaker


# Rule 5: "a claim by X that ..." reads like "X's claim that ..." (round 11): a quotation in
# the clause the claim reports is X's, not the words of the one who rejects the claim
# (initials in brackets may follow X). Near misses: a claim by X with no clause reported
# ('dismissed a claim by X as "..."', 'a claim by X about ..., saying ...'): the one who
# dismisses it speaks.
CLAIM_BY: list[tuple[list[str], str]] = [
    (
        [
            "SEOUL, May 2 (Yonhap) -- Health Minister Do Ga-eun said Tuesday that the new "
            'clinics "will open on time," rejecting a claim by the Korean Nurses Association '
            '(KNA) that the plan is a "staffing trap" for young nurses.'
        ],
        "Korean Nurses Association",
    ),
    (
        [
            "Mayor Gu Bon-seok on Friday brushed aside a claim by shop owners that the new "
            'bus lane had "emptied the market" since June.'
        ],
        "shop owners",
    ),
]

CLAIM_BY_KEEP: list[tuple[list[str], str | None]] = [
    (
        [
            "Health Minister Do Ga-eun on Tuesday dismissed a claim by the Korean Nurses "
            'Association as "pure fiction."'
        ],
        "Do Ga-eun",
    ),
    (
        [
            "Health Minister Do Ga-eun on Tuesday dismissed a claim by the Korean Nurses "
            'Association about staffing, saying the clinics were "fully staffed."'
        ],
        "Do Ga-eun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), CLAIM_BY)
def test_claim_by_owner_speaks(paragraphs: list[str], speaker: str) -> None:
    assert last_short(paragraphs) == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), CLAIM_BY_KEEP)
def test_claim_by_near_miss_keeps_its_answer(paragraphs: list[str], speaker: str | None) -> None:
    assert last_short(paragraphs) == speaker


def test_a_relative_clause_does_not_run_on_into_the_shown_speaker() -> None:
    """The panel shows the full speaker of the focused quotation: a relative clause in the
    appositive (which a quoted title can cut mid-phrase) is left out of it."""
    quotes = extract_quotes(
        "",
        [
            "Seok Ha-neul, a nurse who moved to Mokpo in 2019 and wrote about it in a column "
            'called "Night Ward," said the ward was short of staff. "We were four for forty '
            'beds," she said.'
        ],
    )
    assert [(q.speaker, q.speaker_short) for q in quotes] == [
        ("Seok Ha-neul, a nurse", "Seok Ha-neul")
    ]
