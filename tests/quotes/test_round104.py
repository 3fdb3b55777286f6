"""Round 104: more verbs of saying stand before a described speaker after a quotation.

'"...," joked an employee at a subcontractor' gave no speaker: only the verbs round 10 listed
may stand before a speaker who is not a name ("said", "added", "quipped", ...). Every sentence
here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of


@pytest.mark.parametrize("verb", ["joked", "admitted", "conceded", "complained", "responded"])
def test_the_verb_may_stand_before_a_described_speaker(verb: str) -> None:
    paragraphs = [f'"Nobody here reads the manual," {verb} a technician at the plant in Asan.']
    assert speaker_of(paragraphs, "Nobody here") == "a technician at the plant in Asan"


def test_told_names_the_listener_still() -> None:
    paragraphs = ['"Nobody here reads the manual," Kim Ga-ram told a technician at the plant.']
    speaker = speaker_of(paragraphs, "Nobody here")
    assert speaker is not None and speaker.startswith("Kim Ga-ram"), speaker
