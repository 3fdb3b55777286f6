"""Round 89: a lede's person description named after a body speaks.

Yonhap ledes on state media describe the person whose words they carry ("with a fleet commander
vowing to ..."), and name that person two paragraphs on, after the news agency has spoken. The
lede rule stopped at the agency ("It said ..." is a body, no commander), merged only one
description per lede ("state media" first, then no person), and matched a description's role
only against the named person's roles ("commander of the ... Fleet" gives a rank, "admiral").
Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_LEDE = "SEOUL, Dec. 4 (Yonhap) -- "

MUST_RESOLVE = [
    pytest.param(
        [
            _LEDE + "North Korea said Friday it had tested a new heavy torpedo off its west"
            ' coast, with a senior naval official warning of "merciless" retaliation against'
            " any intruder.",
            "The test, held Thursday, hit a decommissioned target ship, the Korean Central News"
            " Agency (KCNA) said. It said the torpedo had been developed in under two years.",
            "Kang Myong-sik, vice director of the Naval Weapons Bureau, was quoted by KCNA as"
            ' saying the weapon would be deployed "without delay."',
        ],
        "merciless",
        "Kang Myong-sik",
        id="named-after-the-agency-spoke-with-it",
    ),
    pytest.param(
        [
            _LEDE + "North Korea held a civil defense drill in its border towns, state media"
            ' said Thursday, with a brigade commander vowing to "crush" any intruder.',
            "The Korean Central News Agency (KCNA) said the drill took place Wednesday in"
            " Kaesong and involved 3,000 reservists.",
            '"Our reservists are ready day and night," Col. Ri Song-hak, commander of the 7th'
            " Brigade, was quoted by KCNA as saying.",
        ],
        "crush",
        "Ri Song-hak",
        id="a-body-description-first-then-a-person",
    ),
    pytest.param(
        [
            _LEDE + "North Korea and Laos signed a trade accord in Pyongyang, the North's state"
            " media said Thursday, with a senior North Korean diplomat hailing the ties as"
            ' "a model of solidarity between small nations."',
            "The Korean Central News Agency (KCNA) said North Korean Vice Foreign Minister Paek"
            " Ryong-chol and a Lao deputy minister held talks Wednesday.",
            '"No pressure will shake our friendship," Paek was quoted by KCNA as saying.',
        ],
        "a model of solidarity",
        "Paek Ryong-chol",
        id="a-diplomat-named-as-the-vice-foreign-minister",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "who"), MUST_RESOLVE)
def test_the_lede_description_is_the_person_named_next(
    paragraphs: list[str], start: str, who: str
) -> None:
    speaker = speaker_of(paragraphs, start)
    assert speaker is not None and who in speaker, speaker


NEAR_MISSES = [
    pytest.param(
        [
            _LEDE + "North Korea held a civil defense drill in its border towns, state media"
            ' said Thursday, with a brigade commander vowing to "crush" any intruder.',
            "The Korean Central News Agency (KCNA) said the drill took place Wednesday.",
            '"The drill is mostly for show," said Moon Tae-gyeom, a researcher at the Korea'
            " Institute for Defense Analyses.",
        ],
        "crush",
        "commander",
        id="a-researcher-named-next-is-no-commander",
    ),
    pytest.param(
        [
            _LEDE + "North Korea and Laos signed a trade accord in Pyongyang, the North's state"
            " media said Thursday, with a senior North Korean diplomat hailing the ties as"
            ' "a model of solidarity between small nations."',
            "The Korean Central News Agency (KCNA) said North Korean Vice Defense Minister Paek"
            " Ryong-chol attended a banquet Wednesday.",
            '"No pressure will shake our friendship," Paek was quoted by KCNA as saying.',
        ],
        "a model of solidarity",
        "diplomat",
        id="a-vice-defense-minister-is-no-diplomat",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "who"), NEAR_MISSES)
def test_near_misses_keep_the_description(paragraphs: list[str], start: str, who: str) -> None:
    speaker = speaker_of(paragraphs, start)
    assert speaker is not None and who in speaker, speaker
