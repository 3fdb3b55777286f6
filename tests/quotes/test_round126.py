"""Round 126: a body named by where it is sent keeps its whole name past its own "of" name.

Invented sentences only (no name or sentence from a corpus article). "The Delegation of the
European Union to the Republic of Korea said" gave "Republic of Korea" as the speaker: round
73 joined "to" into a body's name only right after its head ("EU Delegation to Korea",
"Permanent Mission to the United Nations"); the head may stand a few words back, with the
body's own "of" name between ("Permanent Mission of Peru to the United Nations"). Near misses
keep their answer: round 73's shapes, and "to" after a body that is not sent anywhere ("the
Ministry of Unification said to ...", "wrote to").
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_LEAD = "Diplomats met in Seoul on Monday to discuss the resolution."

# (paragraph, the speaker it must give); the first three fail on the rules before this round
CASES: list[tuple[str, str]] = [
    (
        "The Delegation of the European Union to the Republic of Korea said the resolution "
        '"speaks for itself."',
        "Delegation of the European Union to the Republic of Korea",
    ),
    (
        'The Permanent Mission of Peru to the United Nations said the vote was "a clear message."',
        "Permanent Mission of Peru to the United Nations",
    ),
    (
        'The Embassy of Sweden to North Korea said its staff were "safe and well."',
        "Embassy of Sweden to North Korea",
    ),
    ('The EU Delegation to Korea said the talks were "useful."', "EU Delegation to Korea"),
    (
        'The Permanent Mission to the United Nations said the vote was "welcome."',
        "Permanent Mission to the United Nations",
    ),
    (
        'The Ministry of Unification wrote to the Red Cross that the talks were "overdue."',
        "Ministry of Unification",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), CASES)
def test_round126_sent_body_keeps_its_name(paragraph: str, speaker: str) -> None:
    found = extract_quotes("Diplomacy", [_LEAD, paragraph])
    assert len(found) == 1
    assert found[0].speaker == speaker
