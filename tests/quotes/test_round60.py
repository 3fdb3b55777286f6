"""Round 60: a description not tied to its holder, the class rounds 53 to 58 left.

Invented sentences (no name or sentence from a corpus article). First: "new" before a body's
noun ("the new ministry", "the new agency") describes the body just named, as "top" or
"state" does ("the top court"), so it ties to the named body instead of standing alone as a
speaker of its own. Near misses: a new body the copy has not named (a ministry still to be
split off) and a "new company" after a firm known only by its name keep their readings.

Second: a post before an abbreviated rank in a title ("Navy spokesperson Cmdr. NAME", "Army
spokesperson Lt. Col. NAME") is a role of the person as well as the rank, so "the Navy
spokesperson" later is that person, not a description standing alone (of two
spokespersons, the one whose body it names). Near misses: a rank
alone ("Cmdr. NAME") holds no post.

"""

from __future__ import annotations

import pytest

from tests.quotes.invented import shorts

NEW_BODIES: list[tuple[list[str], str]] = [
    (
        [
            "The Ministry of Coastal Heritage, which takes over powers from a committee, "
            "opened in Mokpo on Monday with a staff of 140.",
            "The new ministry said in a press release that it would hold hearings in all "
            'ports to "hear the fishers first."',
        ],
        "Ministry of Coastal Heritage",
    ),
    (
        [
            "The Ministry of Coastal Heritage opened in Mokpo on Monday.",
            'The new ministry said it would "hear the fishers first."',
        ],
        "Ministry of Coastal Heritage",
    ),
    (
        [
            "The Presidential Commission on Rural Schools was formed in Sejong on Tuesday "
            "with 30 members.",
            '"We will visit every closing school," the new commission said.',
        ],
        "Presidential Commission on Rural Schools",
    ),
    (
        [
            "The Ministry of Small Ports opened in Yeosu.",
            'The new ministry will "put the small harbors first," it said in a statement.',
        ],
        "Ministry of Small Ports",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), NEW_BODIES)
def test_new_describes_the_named_body(paragraphs: list[str], speaker: str) -> None:
    assert shorts(paragraphs) == [speaker]


NEW_NEAR_MISSES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "The Ministry of Coastal Heritage said on Monday it would split its fisheries "
            "bureau into a ministry of its own next year.",
            'Officials at the new ministry will "start from zero," the vice minister said.',
        ],
        ["vice minister"],
    ),
    (
        [
            "Hanmaru Logistics said it would spin off its cold storage arm.",
            'The new company will "serve only hospitals," CEO Baek Ji-ho said.',
        ],
        ["Baek Ji-ho"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), NEW_NEAR_MISSES)
def test_new_near_misses_keep_their_reading(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert shorts(paragraphs) == speakers


RANKED_POSTS: list[tuple[list[str], list[str | None]]] = [
    (
        [
            '"The ship never crossed the line," Navy spokesperson Cmdr. Ryu Ha-jin told a '
            "briefing.",
            "Officials in Busan disputed that account.",
            '"It sailed at full speed," the Navy spokesperson said later.',
        ],
        ["Ryu Ha-jin", "Ryu Ha-jin"],
    ),
    (
        [
            '"The drill went as planned," Army spokesperson Lt. Col. Bae Do-hyun said.',
            '"No shells landed past the range," the Army spokesperson added later.',
        ],
        ["Bae Do-hyun", "Bae Do-hyun"],
    ),
    (
        [
            '"The drill went as planned," Army spokesperson Lt. Col. Bae Do-hyun said.',
            '"The ship crossed at dawn," Navy spokesperson Cmdr. Ryu Ha-jin said.',
            '"No shells landed past the range," the Army spokesperson said later.',
        ],
        ["Bae Do-hyun", "Ryu Ha-jin", "Bae Do-hyun"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), RANKED_POSTS)
def test_post_before_rank_is_a_role(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers


RANK_NEAR_MISSES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            '"The ship never crossed the line," Cmdr. Ryu Ha-jin told a briefing.',
            '"It sailed at full speed," the spokesperson said later.',
        ],
        ["Ryu Ha-jin", "spokesperson"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), RANK_NEAR_MISSES)
def test_rank_near_misses(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers
