"""Round 275: a two-syllable surname of seven letters still makes a Korean name.

Invented sentences only (no name or sentence from a corpus article). 'Capt. Namgung Do-yun, a
medic who has served at a post in Yeoncheon, Gyeonggi Province, for two years, said ...' then
'"...," he said' gave no speaker: a name was read as Korean only with a surname of two to
five letters, so "Namgung" and "Hwangbo", which the surname list holds, fell out of the test
that lets a later "he" pass over the places in the appositive. A surname the list holds now
counts whatever its length.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import last_speaker

TAIL = (
    ", a medic who has served at a post in Yeoncheon, Gyeonggi Province, for two years, said"
    ' he sleeps in his boots. "The ferry is our only ambulance," he said.'
)


@pytest.mark.parametrize(
    ("name", "speaker"),
    [
        ("Capt. Namgung Do-yun", "Capt. Namgung Do-yun, a medic"),
        ("Capt. Hwangbo Do-yun", "Capt. Hwangbo Do-yun, a medic"),
        # near miss: a one-syllable surname was read before this round and still is
        ("Capt. Bang Do-yun", "Capt. Bang Do-yun, a medic"),
    ],
)
def test_round275(name: str, speaker: str) -> None:
    assert last_speaker([name + TAIL]) == speaker
