"""Round 372: "the agency" may mean a state corporation the story named.

Invented sentences only. "The agency said" found no body when the one named was a
corporation the state runs ("Korea ... Corp."): an agency is of the state, and the name's
"Corp." says no kind. When the story names no body of the state, "the agency" (or "the
state-run agency") is the newest such corporation among the last subjects. A body whose name
says it is of the state ("... Authority") keeps the noun.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "According to the Korea Seaweed Export Promotion Corp., laver shipments to Europe"
            " rose 18 percent last year.",
            'The agency said buyers in Germany wanted "thicker sheets with less salt."',
        ],
        "thicker sheets with less salt.",
        "Korea Seaweed Export Promotion Corp.",
    ),
    (
        [
            "Freight volumes at inland depots fell for a third month, according to the Korea"
            ' Inland Rail Logistics Corp. The state-run agency said demand would "recover by'
            ' summer."'
        ],
        "recover by summer.",
        "Korea Inland Rail Logistics Corp.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_the_agency_is_the_state_corporation(
    paragraphs: list[str], text: str, expected: str
) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_a_body_of_the_state_keeps_the_noun() -> None:
    # near miss: an "Authority" named in the story is the agency, not the corporation
    paragraphs = [
        "The Korea Bridge Safety Authority inspected 40 spans last month.",
        "The Korea Inland Rail Logistics Corp. paid for the work.",
        'The agency said the spans were "sound for another decade."',
    ]
    assert speaker_for(paragraphs, "sound for another decade.") == "Korea Bridge Safety Authority"
