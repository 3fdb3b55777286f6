"""Round 205: which person: a long title after "quoted", a counted group, a tag's speaker, a
firm's name, "in charge of", an appositive's age.

Invented sentences and names only (no name or sentence from a corpus article). At the merge
(reviewer) the counted-group rule made two right held-out speakers wrong and the
appositive-age rule one; both were dropped and their cases are strict xfails.

* "X quoted NAME, <title>, as saying": "as saying" is looked for up to 30 tokens after
  "quoted" (was 18), so a long North Korean title ('a deputy head of a department of the
  ruling party's Central Committee') no longer leaves the words to the agency.
* (not merged) "he" or "she" never means an unnamed group brought in with its size ("Her staff
  of 40", "a crew of twelve").
* A quotation standing alone after 'X did Y, she said.' goes on in the words of the one in
  the closing tag, not of the subject of the clause they reported.
* A name closing in "Shipping", "Logistics" or "Airlines" is a firm's: "the company" may mean
  it even when an appositive first called it "her employer".
* "in charge of" is one preposition: 'an official in charge of X at the ministry' is the
  official (was the ministry, or no one).
* (not merged) An appositive opening "a 52-year-old ..." gives the name that age, wherever the
  name stands ('remarks by NAME, a 52-year-old welder'): "the 52-year-old" later is that person.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            '"Every dam we raise is a wall against hunger," KCNA quoted Hwang Sol-mun, a '
            "deputy head of a department of the ruling party's Central Committee in "
            "Pyongyang, as saying."
        ],
        "Every dam we raise",
        "Hwang Sol-mun",
    ),
    (
        [
            "Gong Ye-rin grows pears on a hill outside Naju.",
            "Tourists often mistake her barn for a rest stop, she said. "
            '"One man asked me for a map and a coffee."',
        ],
        "One man asked me",
        "Gong Ye-rin",
    ),
    (
        [
            "Gong Ye-rin grows pears on a hill outside Naju.",
            "Tourists often mistake her barn for a rest stop, Gong said. "
            '"One man asked me for a map and a coffee."',
        ],
        "One man asked me",
        "Gong Ye-rin",
    ),
    (
        [
            "Seok Ha-na, 41, is the first woman to fly the route, according to her employer, "
            "Gaon Shipping.",
            "Most of her crew come from the Philippines.",
            "Gaon Shipping plans to hire more women. "
            '"Seok shows what is possible," the company said in a statement.',
        ],
        "Seok shows what is possible",
        "Gaon Shipping",
    ),
    (
        [
            "Incheon said it would add buses next month. "
            '"We will cut waits by half," an official in charge of bus routes at the city '
            "told reporters."
        ],
        "We will cut waits by half",
        "official in charge of bus routes",
    ),
]

DROPPED: list[tuple[list[str], str, str]] = [
    (
        [
            "Tak Min-seo has run the Haneul bakery in Mapo for 11 years.",
            'Her staff of 40 call her "the oven queen."',
            'On weekends, she said, the work never ends: "I have not slept in since 2019."',
        ],
        "I have not slept in",
        "Tak Min-seo",
    ),
    (
        [
            "Mo Jae-un, a nurse who leads one of the teams, was quoted as saying the work "
            'was "endless."',
            '"We sleep in the van," she said, according to the agency.',
            "The agency also carried remarks by Ha Jun-gi, a 52-year-old welder who lost a "
            'finger. "I can hold a torch again," the 52-year-old was quoted as saying.',
        ],
        "I can hold a torch again",
        "Ha Jun-gi",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['"We will finish the canal by spring," KCNA quoted Hwang Sol-mun as saying.'],
        "We will finish the canal",
        "Hwang Sol-mun",
    ),
    (
        [
            "Tak Min-seo has run the Haneul bakery in Mapo for 11 years.",
            'Her two sons call her "the oven queen."',
            '"I have not slept in since 2019," she said.',
        ],
        "I have not slept in",
        "Tak Min-seo",
    ),
    (
        [
            "Gong Ye-rin grows pears on a hill outside Naju.",
            'Tourists often mistake her barn for a rest stop. "We put up a sign," she said.',
        ],
        "We put up a sign",
        "Gong Ye-rin",
    ),
    (
        [
            "Incheon said it would add buses next month. "
            '"We will cut waits by half," an official at the city told reporters.'
        ],
        "We will cut waits by half",
        "official at the city",
    ),
    (
        [
            "Ha Jun-gi, a 52-year-old welder, was at the clinic. "
            '"I can hold a torch again," the 52-year-old said.'
        ],
        "I can hold a torch again",
        "Ha Jun-gi",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round205_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.xfail(
    strict=True,
    reason="round 205's counted-group and appositive-age rules were not merged: at the merge"
    " they made three right held-out speakers wrong",
)
@pytest.mark.parametrize(("paragraphs", "start", "speaker"), DROPPED)
def test_round205_dropped(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round205_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
