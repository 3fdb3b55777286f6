"""Round 84: a romanised Korean personal name names one person.

Words around such a name used to turn its holder into a body or a place: "a 63-year-old office
cleaner" gave her the role "office" (a body), "a former national team luger" the role "team",
a list "in Mapo, Seoul, NAME" made her a place, and a title such as "Bank of Korea Governor"
made him a body. A person read as a body is no one "she said" can mean, so her own later
quotation went to whoever spoke before her. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes._speakers import _personal_name
from tests.quotes.invented import speaker_of

_NURSE = (
    'Eom Ga-ryeong, a nurse at a clinic in Dobong, takes the last bus home. "It is the only quiet'
    ' hour I get," she said.'
)

MUST_RESOLVE = [
    pytest.param(
        [
            _NURSE,
            "She often sits next to Nam Gyeol-hui, a 58-year-old office cleaner who boards two"
            ' stops later. "She knows every driver by name," Eom said.',
            'Nam laughed when told this. "Twenty years on one route will do that," she said.',
        ],
        "Twenty years",
        "Nam Gyeol-hui",
        id="described-as-an-office-cleaner",
    ),
    pytest.param(
        [
            "On a Sunday morning in Guro, Seoul, Pyo Seul-on sets out 40 secondhand books on a"
            " folding table outside a subway exit.",
            'A neighbor, Cha Deul-le, buys most of her novels there. "Pyo has better taste than any'
            ' bookstore in the district," she said.',
            'Pyo does not plan to stop. "As long as people read, the table stays," she said.',
        ],
        "As long as people",
        "Pyo Seul-on",
        id="named-after-a-list-of-places",
    ),
    pytest.param(
        [
            'Seo Bit-na took up the skeleton at fifteen. "She was the only one who laughed on'
            ' the way down," said her coach, Tae Gang-mun.',
            "Tae, a former national team bobsledder, said Seo had struggled with her starts for"
            ' years. "We spent a whole summer on a push track," he said.',
        ],
        "We spent a whole summer",
        "Tae Gang-mun",
        id="described-by-a-national-team",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "who"), MUST_RESOLVE)
def test_a_korean_personal_name_stays_a_person(paragraphs: list[str], start: str, who: str) -> None:
    speaker = speaker_of(paragraphs, start)
    assert speaker is not None and speaker.startswith(who), speaker


NEAR_MISSES = [
    pytest.param(
        [
            'Yeo Dam-u, a bus driver on the route, has heard it all. "Nobody sleeps on the'
            ' last bus, they just close their eyes," he said.',
            "Nam Gyeol-hui, a 58-year-old office cleaner, boards two stops later. Nam laughed when"
            ' told this. "He says that every night," Yeo said.',
        ],
        "He says that every night",
        "Yeo Dam-u",
        id="the-cleaner-is-not-who-the-named-speaker-is",
    ),
    pytest.param(
        [
            _NURSE,
            'Hwang Chan-ul, a 60-year-old office worker, disagrees. "Buses are loud," he said.',
            'Eom shrugged. "He sits at the back, where the engine is," she said.',
        ],
        "He sits at the back",
        "Eom Ga-ryeong",
        id="the-pronoun-still-follows-gender",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "who"), NEAR_MISSES)
def test_near_misses_keep_their_speaker(paragraphs: list[str], start: str, who: str) -> None:
    speaker = speaker_of(paragraphs, start)
    assert speaker is not None and who in speaker, speaker


@pytest.mark.parametrize(
    ("name", "personal"),
    [
        ("Woo Ji-an", True),
        ("Ma Eun-gyeol", True),
        ("Busan Jung-gu", False),  # a district of the same shape stays a place or a body
        ("Seoul Yeouido-dong", False),
        ("Woo", False),
        ("Korea Voice Actors Union", False),
    ],
)
def test_which_names_are_personal(name: str, personal: bool) -> None:
    # (no sentence of the corpus or of this file types a district as a body or a place
    # through a personal name, so the district guard is tested on the predicate itself)
    assert _personal_name(name) is personal
