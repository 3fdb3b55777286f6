"""Round 103: a bare title before "for" describes the name it follows.

"NAME (Hangul), director-general for economic trend statistics at Statistics Korea, told a
press briefing" gave the quotation no speaker: a bare title (no article) was read as a
description only before "of" or "at". Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of


@pytest.mark.parametrize(
    "description",
    [
        "director-general for price statistics at Statistics Korea",
        "special envoy for North Korean human rights",
        "secretary-general for the ruling party's policy committee",
    ],
)
def test_a_title_before_for_describes_the_name(description: str) -> None:
    paragraphs = [
        f'"Prices rose less than feared," Eom Da-in (엄다인), {description}, told reporters.'
    ]
    assert speaker_of(paragraphs, "Prices rose") == f"Eom Da-in, {description}"


def test_a_participle_before_for_describes_no_one() -> None:
    paragraphs = [
        '"Prices rose less than feared," Eom Da-in, known for her caution, told reporters.'
    ]
    assert speaker_of(paragraphs, "Prices rose") != "Eom Da-in, known for her caution"
