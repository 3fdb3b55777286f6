"""Round 120: a nationality in a description ("the Malaysian minister").

Wire copy introduces a foreign minister as "his Malaysian counterpart, NAME" beside a Korean
minister named by title, then credits a quotation to "the Malaysian minister". The words before
the comma were read as a phrase of their own, so the foreign minister was given no nationality
and the quotation went to the Korean minister, the only holder of the role. The name after "his
<Demonym> <noun>," now learns that role phrase, and a "the <Demonym> <role>" that the newest
holder of the role does not fit is the one other person given that nationality (of two such
people, neither). The near misses keep their answer: "the Korean minister" after the foreign
one spoke (once the foreign minister holds the role, the holder of another nationality is
passed over), a nationality nobody was given, a description after the name, no nationality.
Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of


@pytest.mark.parametrize(
    ("paragraphs", "start", "name"),
    [
        pytest.param(
            [
                "Trade Minister Gong Tae-hyun (공태현) and his Malaysian counterpart, Azlan "
                "Rahim, signed the pact in Seoul on Monday, the ministry said.",
                '"Both of us will grow," the Malaysian minister said.',
            ],
            "Both of us",
            "Azlan Rahim",
            id="malaysian-counterpart-then-the-malaysian-minister",
        ),
        pytest.param(
            [
                "Foreign Minister Seo Ha-yoon (서하윤) met her Indonesian counterpart, Dewi "
                "Kartika, in Jakarta on Tuesday.",
                '"We share the same sea," the Indonesian minister told reporters.',
            ],
            "We share",
            "Dewi Kartika",
            id="indonesian-counterpart-told-reporters",
        ),
        pytest.param(
            [
                "Defense Minister Yeom Jae-gu met his Turkish counterpart, Mehmet Aydin, in "
                "Ankara.",
                "Yeom said the two had agreed to build a training jet together.",
                '"This is only the first step," the Turkish minister said.',
            ],
            "This is only",
            "Mehmet Aydin",
            id="turkish-counterpart-after-the-korean-spoke",
        ),
    ],
)
def test_the_nationality_names_the_holder(paragraphs: list[str], start: str, name: str) -> None:
    speaker = speaker_of(paragraphs, start)
    assert speaker is not None and name in speaker, speaker


@pytest.mark.parametrize(
    ("paragraphs", "start", "name"),
    [
        pytest.param(
            [
                "Trade Minister Gong Tae-hyun met trade officials from Malaysia on Monday.",
                '"We are close," the Korean minister said.',
            ],
            "We are close",
            "Gong Tae-hyun",
            id="nobody-given-the-nationality",
        ),
        pytest.param(
            [
                "Trade Minister Gong Tae-hyun met his Malaysian counterpart, Azlan Rahim, on "
                "Monday.",
                '"Palm oil is our future," the Malaysian minister said.',
                '"We will watch the farmers closely," the Korean minister said.',
            ],
            "We will watch",
            "Gong Tae-hyun",
            id="the-korean-minister-after-the-malaysian-spoke",
        ),
        pytest.param(
            [
                "Trade Minister Gong Tae-hyun met Azlan Rahim, the Malaysian trade minister, "
                "on Monday.",
                '"We are close," the Malaysian minister said.',
            ],
            "We are close",
            "Azlan Rahim",
            id="description-after-the-name",
        ),
        pytest.param(
            [
                "Trade Minister Gong Tae-hyun (공태현) met his counterpart, Azlan Rahim, on "
                "Monday.",
                '"We are close," the minister said.',
            ],
            "We are close",
            "Gong Tae-hyun",
            id="no-nationality-the-minister",
        ),
        pytest.param(
            [
                "Coach Ryu Min-gyu watched his Brazilian striker, Paulo Mendes, score twice.",
                '"He was hungry today," Ryu said.',
            ],
            "He was hungry",
            "Ryu Min-gyu",
            id="a-named-speaker-is-untouched",
        ),
    ],
)
def test_near_misses_keep_their_answer(paragraphs: list[str], start: str, name: str) -> None:
    speaker = speaker_of(paragraphs, start)
    assert speaker is not None and name in speaker, speaker


def test_two_of_one_nationality_give_no_guess() -> None:
    paragraphs = [
        "Trade Minister Gong Tae-hyun met his Malaysian counterpart, Azlan Rahim, on Monday. "
        "Finance Minister Baek Yu-ri met her Malaysian counterpart, Farid Hashim, the same day.",
        '"It was a long night," the Malaysian minister said.',
    ]
    speaker = speaker_of(paragraphs, "It was a long", short=True)
    assert speaker is None or speaker.lower() == "malaysian minister", speaker
