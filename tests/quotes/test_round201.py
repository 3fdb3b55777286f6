"""Round 201: a headline's quoted words that echo a quotation at the top of the story.

Invented sentences and names only (no name or sentence from a corpus article).

Kept: in a headline's single marks, a mark after a lower-case word in "-ous" ('glorious')
closes the quotation, and so does a mark after "-s" before a preposition ("'armed
countermeasures' against"): neither is a plural possessive.

Dropped at the merge (its cases are strict xfails, ``ECHO``): a short headline quotation with
no reporting verb ("Agency head sorry for 'reckless' audit") whose words stand one after
another in a named speaker's partial quotation in the first five paragraphs taken as that
speaker's own word. Right 8 times on tuning text, it gave a held-out headline term a speaker
(and one held-out headline quotation a wrong one). The near misses below stay as they are.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import resolve_and_near, speaker_holds

_LEDE = (
    "SEOUL, May 2 (Yonhap) -- Yoon Da-bin, director of the national audit office, apologized "
    'Friday for a "reckless and rushed" inspection of rural clinics.'
)
_SECOND = "The inspection was ordered last March after complaints from three provinces."

ECHO: list[tuple[str, list[str], str, str | None]] = [
    (
        "(LEAD) Audit chief sorry for 'reckless' clinic inspection",
        [_LEDE, _SECOND],
        "reckless",
        "Yoon Da-bin",
    ),
    (
        "(LEAD) N. Korea's plenary hails 'glorious' harvest, vows more",
        [
            "SEOUL, Oct. 3 (Yonhap) -- North Korea's ruling party closed a plenary meeting on "
            'Tuesday hailing a harvest that was "glorious and hard-won," Pyon Chol-ung, a '
            "secretary of the party, said in a report carried by state media.",
            _SECOND,
        ],
        "glorious",
        "Pyon Chol-ung",
    ),
]

RESOLVE: list[tuple[str, list[str], str, str | None]] = [
    (
        "N. Korea warns of 'armed countermeasures' against naval drills",
        [
            "SEOUL, Aug. 9 (Yonhap) -- Kye Sung-ho, a spokesman for North Korea's navy, on "
            'Monday threatened "armed countermeasures" over planned naval drills.',
            _SECOND,
        ],
        "armed countermeasures",
        "Kye Sung-ho",
    ),
]

NEAR: list[tuple[str, list[str], str, str | None]] = [
    # a noun the body quotes with a determiner only: a scare term
    (
        "Mayor charged over 'fees' from contractor",
        [
            "Prosecutors on Monday charged Mayor Seok Hwa-jin of a coastal city with bribery.",
            _SECOND,
            'Seok admitted that he had taken "some fees" for advice, his lawyer said.',
        ],
        "fees",
        None,
    ),
    # a full quotation using the word in passing
    (
        "Island eateries bet on 'hoeddeok' for winter crowds",
        [
            "Restaurants on a southern island are selling sweet pancakes to winter visitors.",
            '"Hoeddeok is what people come for in the cold," said Tak Mi-rae, a cook.',
        ],
        "hoeddeok",
        None,
    ),
    # the headline's speaker is not the one the lede gives the word to
    (
        "Councilor Min Ha-ram calls harbor plan 'rushed'",
        [
            'Mayor Gong Tae-ju on Monday called his own harbor plan "rushed but necessary."',
            "Councilor Min Ha-ram voted against the plan on Tuesday.",
        ],
        "rushed",
        None,
    ),
    # a modifier cut from the body's noun phrase, not a phrase of its own
    (
        "Chef Bang Eun-ho on 'smoky' broths",
        [
            'Food writer Nam Ji-yu called the stew "a smoky revelation" in a review.',
            _SECOND,
        ],
        "smoky",
        None,
    ),
    # the lede's speaker is a description the headline cannot check
    (
        "Court upholds fine over 'hidden' card fees",
        [
            "SEOUL, June 4 (Yonhap) -- An appeals court upheld a fine on a card issuer for fees "
            'that the watchdog had called "hidden and misleading."',
            _SECOND,
        ],
        "hidden",
        None,
    ),
]


@pytest.mark.parametrize(
    ("headline", "paragraphs", "text", "speaker"), resolve_and_near(RESOLVE, NEAR)
)
def test_round201_headline_echo(
    headline: str, paragraphs: list[str], text: str, speaker: str | None
) -> None:
    found = [q for q in extract_quotes(headline, paragraphs) if q.paragraph is None]
    hits = [q for q in found if q.text.lower().startswith(text.lower())]
    got = hits[0].speaker if hits else None
    assert speaker_holds(got, speaker), (headline, [(q.text, q.speaker) for q in found])


ECHO_LEFT = (
    "round 201: a headline word echoing a body partial is still dropped as a scare term "
    "(rule dropped at the merge: it gave a held-out headline term a speaker)"
)


@pytest.mark.xfail(strict=True, reason=ECHO_LEFT)
@pytest.mark.parametrize(("headline", "paragraphs", "text", "speaker"), ECHO)
def test_round201_headline_echo_left(
    headline: str, paragraphs: list[str], text: str, speaker: str | None
) -> None:
    found = [q for q in extract_quotes(headline, paragraphs) if q.paragraph is None]
    hits = [q for q in found if q.text.lower().startswith(text.lower())]
    assert speaker_holds(hits[0].speaker if hits else None, speaker)
