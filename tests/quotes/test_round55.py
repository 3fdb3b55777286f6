"""Round 55: rules read from tuning23's wrong speakers.

Invented sentences (no name or sentence from a corpus article). First: "adding" or "calling"
after a comma at the end of a sentence whose own verb of saying ("said", "noted", "rejected",
...) reports another's clause belongs to the main clause: 'NAME said Y had told her the city
would "...," adding, "..."' (NAME adds), 'He also noted that makers had promised ..., calling
it a sign of "..."' (he calls it), 'NAME dismissed a claim by Y that ..., calling it "..."'.
Near misses: the quotation that closes the reported clause stays its subject's (Y's), a
relative clause's subject keeps its own participle ('met Y, who said ..., adding'), and a
participle with no reported clause or another verb ("citing") keeps its reading.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes


def speakers(paragraphs: list[str]) -> dict[str, str | None]:
    """The short speaker of every quotation found in ``paragraphs``, by its first words."""
    quotes = extract_quotes("", paragraphs)
    assert quotes, paragraphs
    return {" ".join(q.text.split()[:3]).strip(",."): q.speaker_short for q in quotes}


PARTICIPLE_MUST: list[tuple[list[str], str, str]] = [
    (
        [
            "Bus fares will rise.",
            "Transport Minister Jin Ho-seong spoke to reporters. He also noted that bus makers "
            'had promised cheaper engines, calling it a sign of "shared effort."',
        ],
        "shared effort",
        "Jin Ho-seong",
    ),
    (
        [
            "Bus fares will rise.",
            "Jin Ho-seong dismissed a claim by Rep. Tak Min-ji that the fares were "
            '"rigged," calling it "pure fiction."',
        ],
        "pure fiction",
        "Jin Ho-seong",
    ),
    (
        [
            "Bus fares will rise.",
            "Jin Ho-seong said Tak Min-ji had promised her the city would "
            '"find the money," adding, "We have heard that before."',
        ],
        "We have heard",
        "Jin Ho-seong",
    ),
    (
        [
            "The dam report came out.",
            "Seo Ha-neul rejected a claim by the Rev. Maeng Gi-tae that the water was "
            '"poisoned," calling it "a cruel rumor."',
        ],
        "a cruel rumor",
        "Seo Ha-neul",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), PARTICIPLE_MUST)
def test_the_participle_belongs_to_the_main_clause(
    paragraphs: list[str], quote: str, speaker: str
) -> None:
    assert speakers(paragraphs)[quote] == speaker


PARTICIPLE_NEAR: list[tuple[list[str], str, str]] = [
    (
        [
            "Bus fares will rise.",
            "Jin Ho-seong said Tak Min-ji had promised her the city would "
            '"find the money," adding, "We have heard that before."',
        ],
        "find the money",
        "Tak Min-ji",
    ),
    (
        [
            "Bus fares will rise.",
            "Jin Ho-seong dismissed a claim by Rep. Tak Min-ji that the fares were "
            '"rigged," calling it "pure fiction."',
        ],
        "rigged",
        "Tak Min-ji",
    ),
    (
        [
            "Bus fares will rise.",
            'Jin Ho-seong met Ryu Da-eun, who said the fare plan was "fair," adding, '
            '"Riders will adjust."',
        ],
        "Riders will adjust",
        "Ryu Da-eun",
    ),
    (
        ["Bus fares will rise.", 'Jin Ho-seong praised the plan, calling it "a fair deal."'],
        "a fair deal",
        "Jin Ho-seong",
    ),
    (
        [
            "Farm exports rose.",
            "Agriculture Minister Yun Bo-mi met growers in Jeju. She said pear farmers had "
            'doubled their shipments, calling it "the fruit of patience."',
        ],
        "the fruit of",
        "Yun Bo-mi",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), PARTICIPLE_NEAR)
def test_the_reported_clause_keeps_its_own(paragraphs: list[str], quote: str, speaker: str) -> None:
    assert speakers(paragraphs)[quote] == speaker


# Second: 'what pilots call a "..."' (an article between the plural "call" and the term) and
# 'what landlords have called "..."' (the perfect of the plural) are round 11's 'what
# officials call "..."': a group's name for a thing, a term, nobody's words. Near misses:
# "has called" (one person's or body's), a singular past "called" and "what we call", the
# speaker's own coinage, keep their readings; a real quotation after them stays one.
TERM_MUST: list[list[str]] = [
    [
        "The launch slipped.",
        "Gu Hyo-jin (구효진), who leads the valve team at the Korea Rocket Institute (KRI), "
        'said a test in May ended early in what divers call a "cold shock," a sudden loss '
        'of thrust. "We had long nights," Gu said.',
    ],
    [
        "Rents rose again.",
        'The plan sets up a panel on what landlords have called "rent drift," including a cap '
        'on renewals. "It is a start," said Bang Ji-su, a tenants\' advocate.',
    ],
    [
        "Ferry fares rose.",
        'Deckhand Oh Min-gyu said the boat lost power in what sailors call a "dead calm."',
    ],
    [
        "Rice prices fell.",
        'Growers have blamed what traders had called "price dumping" for the slide, said '
        "Cha Eun-ho, a farm economist.",
    ],
]


@pytest.mark.parametrize("paragraphs", TERM_MUST)
def test_what_a_group_calls_is_a_term(paragraphs: list[str]) -> None:
    terms = ("cold shock", "rent drift", "dead calm", "price dumping")
    for quote in extract_quotes("", paragraphs):
        if any(term in quote.text for term in terms):
            assert quote.speaker_short is None, quote


TERM_NEAR: list[tuple[list[str], str, str]] = [
    (
        ["Rents rose again.", 'Kim Ye-ji criticized what she has called "a rigged market."'],
        "a rigged market",
        "Kim Ye-ji",
    ),
    (
        [
            "Rents rose again.",
            'Ahn Do-yun dismissed what the minister called a "bold step," saying rents '
            "would keep rising.",
        ],
        "bold step",
        "Ahn Do-yun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), TERM_NEAR)
def test_one_speakers_calling_stays_a_quotation(
    paragraphs: list[str], quote: str, speaker: str
) -> None:
    assert speakers(paragraphs)[quote] == speaker


# Third: a plural of people before a restrictive "who" (no comma) heads the relative
# clause and, opening the sentence, the main clause: 'many from parents who said the heater
# had become "..."' (the parents), 'Savers who gathered outside the bank's main office chanted
# "..."' (the savers, not the office). Near misses: a plural object of a verb of saying ('told
# reporters who asked ... that it was "..."': the teller's words), a singular or a name before
# "who", and a comma that closes the relative clause.
RESTRICTIVE_MUST: list[tuple[list[str], str, str]] = [
    (
        [
            "A heater was recalled.",
            "The post drew 3,000 replies, many from parents who said the heater had become "
            '"too hot to hold."',
        ],
        "too hot to",
        "parents",
    ),
    (
        [
            "A bank failed.",
            'Savers who gathered outside the bank\'s main office chanted "Pay us back" and '
            "waved banners.",
        ],
        "Pay us back",
        "Savers",
    ),
    (
        [
            "Subway fares rose.",
            "The petition won 8,000 signatures, most of them from commuters who said the new "
            'fares were "a tax on work."',
        ],
        "a tax on",
        "commuters",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), RESTRICTIVE_MUST)
def test_the_plural_heads_its_relative_clause(
    paragraphs: list[str], quote: str, speaker: str
) -> None:
    assert speakers(paragraphs)[quote] == speaker


RESTRICTIVE_NEAR: list[tuple[list[str], str, str]] = [
    (
        [
            "Heating failed in a tower block.",
            "Tenants who rallied outside the landlord's new office tower chanted \"Fix the "
            'heat" for an hour.',
        ],
        "Fix the heat",
        "Tenants",
    ),
    (
        [
            "The vote was close.",
            'Mayor Ji Yong-pil told reporters who asked about the count that it was "clean."',
        ],
        "clean",
        "Ji Yong-pil",
    ),
    (
        [
            "The vote was close.",
            'Ji Yong-pil thanked the volunteers who ran his campaign. "You carried me," he said.',
        ],
        "You carried me",
        "Ji Yong-pil",
    ),
    (
        [
            "The vote was close.",
            'Critics who watched the debate called it "a rout," said Eom Da-som, a pollster.',
        ],
        "a rout",
        "Eom Da-som",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), RESTRICTIVE_NEAR)
def test_an_object_before_who_heads_no_speaker(
    paragraphs: list[str], quote: str, speaker: str
) -> None:
    assert speakers(paragraphs)[quote] == speaker


# Fourth: a fragment opening with a verb of asking or apologising ('NAME also "asked
# riders for patience" while ...') quotes the subject opening its sentence, as 'The
# minister also "stressed ..."' already did for verbs of saying: asking and apologising are
# speech acts. Near miss: a quoted action ('"toured the new plant"') is the reporter's.
ASKED_MUST: list[tuple[list[str], str, str]] = [
    (
        [
            "Toasters were recalled.",
            "Daon CEO Ha Min-seok, speaking at the firm's office in Mapo, Seoul, bowed before "
            'taking questions. He said buyers would get a refund. Ha also "asked for a little '
            'time" while new units ship.',
        ],
        "asked for a",
        "Ha Min-seok",
    ),
    (
        [
            "Bus fares rose.",
            "Transport Minister Gong Tae-ri, who chaired the meeting, said the state would "
            "review the fares. Asked whether the subsidy would return, the minister said, "
            '"That is for the budget office." Gong also "asked riders for patience" while the '
            "review runs.",
        ],
        "asked riders for",
        "Gong Tae-ri",
    ),
    (
        [
            "A cable car stalled.",
            "Park operator Yeo Sang-min said the cable car would stay shut for a week. Yeo "
            'also "apologized for the long wait" in the cold.',
        ],
        "apologized for the",
        "Yeo Sang-min",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), ASKED_MUST)
def test_an_asking_fragment_quotes_its_subject(
    paragraphs: list[str], quote: str, speaker: str
) -> None:
    assert speakers(paragraphs)[quote] == speaker


def test_a_quoted_action_is_still_the_reporters() -> None:
    paragraphs = [
        "A cable car stalled.",
        "Park operator Yeo Sang-min said the cable car would stay shut. Yeo also "
        '"toured the upper station" on Monday.',
    ]
    found = speakers(paragraphs)
    assert found.get("toured the upper") is None


# Review (session 19): a restrictive "who" with no comma before it has no closing comma either,
# so the relative clause must not run on past the sentence's main verb.
RUN_ON_KEEPS: list[tuple[list[str], str, str | None]] = [
    (
        ['Reporters who asked about the delay were told it was "a technical matter."'],
        "a technical matter",
        None,  # passive: who told them is not said
    ),
    (
        ['Reporters who gathered outside heard the minister call it "a technical matter."'],
        "a technical matter",
        "minister",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quote", "speaker"), RUN_ON_KEEPS)
def test_a_restrictive_clause_ends_at_the_main_verb(
    paragraphs: list[str], quote: str, speaker: str | None
) -> None:
    assert speakers(paragraphs).get(quote) == speaker
