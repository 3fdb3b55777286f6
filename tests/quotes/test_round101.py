"""Round 101 (reverted): more nouns of people, so a sentence they open sets who "she" means.

A sentence opening with a person noun the lexicon lacked ("Another volunteer shook her head.")
made no subject: a later "she said" went back to an earlier speaker. The nouns added are jobs
and conditions of people only (not "guard", "producer" or "developer", which name things or
firms as often). Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of


@pytest.mark.xfail(
    strict=True,
    reason="round 101 was reverted: at the end of session 23 it gave a held-out term a speaker",
)
@pytest.mark.parametrize("noun", ["volunteer", "beekeeper", "librarian", "busker"])
def test_another_one_of_them_is_who_she_means(noun: str) -> None:
    paragraphs = [
        f'"We have done this every winter since 2015," one {noun} said, pointing at the hall.'
        f' Another {noun} shook her head. "Since 2016," she said.'
    ]
    assert speaker_of(paragraphs, "Since 2016") == f"Another {noun}"


def test_the_volunteer_named_before_is_the_volunteer() -> None:
    paragraphs = [
        "Yeo Ha-neul, a volunteer at the shelter, said the heaters ran all night.",
        '"Nobody sleeps when it is minus 15," the volunteer said.',
    ]
    speaker = speaker_of(paragraphs, "Nobody sleeps")
    assert speaker is not None and speaker.startswith("Yeo Ha-neul"), speaker
