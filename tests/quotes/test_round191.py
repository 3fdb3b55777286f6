"""Round 191: quotations left with no speaker whose speaker the sentence gives.

Invented sentences only (no name or sentence from a corpus article).

- "In the evening about 90 tenants marched ..., chanting": a short phrase of time opening
  the sentence with no comma, before a counted crowd, is no subject; the crowd is.
- "Thousands of dentists rallied ..., chanting": a counted crowd of a person noun that is
  a role in the singular only is the clause's subject.
- '"...," the two said', 'Both sides called it "..."': "the two", "the two sides" or "both
  sides" speak as the pair "A and B" the paragraph's last reading clause had as subject.
- 'The guild head called that pledge "..."': a bare verb of saying after "that" or "this"
  right after a past tense is a noun, no clause of its own.
- "the league" is a body's role noun ('in what the league called "..."').
- 'The visiting envoy's answer was brief: "..."': the role holder's answer, as a name's.
- 'The Hanbit Safety Board found that the brakes were "..."': "found that" or "finds that"
  after a name (or an aside's comma) reports the named body's finding.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

_PACT = "The Garam Pottery Guild and the Garam Kiln Society signed a pact on Friday."
_ENVOY = "Peruvian Mining Minister Lucia Quispe met Yang Do-won in Lima on Monday."
_GUILD = "Seok Ho-yeon, head of the guild, spoke after the vote."

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "In the evening about 90 tenants marched to the district office, chanting "
            '"Fix the boilers now."'
        ],
        "Fix the boilers",
        "tenants",
    ),
    (
        [
            "Thousands of dentists rallied near the river on Sunday against a fee cap, "
            'chanting "Teeth are not a discount."'
        ],
        "Teeth are not",
        "dentists",
    ),
    (
        [
            "In a joint release, the Garam Pottery Guild and the Garam Kiln Society said they "
            'had "settled every claim." "It took a year," the two said.'
        ],
        "It took a year",
        "Garam Pottery Guild and Garam Kiln Society",
    ),
    (
        [_PACT.replace("signed", "agreed on") + ' Both sides called the pact "overdue."'],
        "overdue",
        "Garam Pottery Guild and Garam Kiln Society",
    ),
    ([_GUILD, 'The guild head called that pledge "hollow."'], "hollow", "Seok Ho-yeon"),
    (
        [
            "The Daebong Pro League on Monday fined a club for crowd trouble, in what the "
            'league called "a stain on the sport."'
        ],
        "a stain on",
        "Daebong Pro League",
    ),
    (
        [_ENVOY, 'The Peruvian minister\'s answer was brief: "Send more ships."'],
        "Send more ships",
        "Lucia Quispe",
    ),
    (
        [
            "The Ulsan Rail Safety Board, which reviewed the derailment, found that the brakes "
            'had been "worn to the metal" for weeks.'
        ],
        "worn to the metal",
        "Ulsan Rail Safety Board",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            'The tunnel budget was "padded by at least a third," according to a report by the '
            "National Tunnel Review Office."
        ],
        "padded by",
        "National Tunnel Review Office",
    ),
    (
        ['About 90 tenants marched to the district office, chanting "Fix the boilers now."'],
        "Fix the boilers",
        "tenants",
    ),
    (
        ['Thousands of protesters rallied on Sunday, chanting "Teeth are not a discount."'],
        "Teeth are not",
        "protesters",
    ),
    (
        ['The Garam Pottery Guild signed a pact on Friday. "It is fair," the two said.'],
        "It is fair",
        None,
    ),
    ([_GUILD, 'The guild head called the pledge "hollow."'], "hollow", "Seok Ho-yeon"),
    (
        [_ENVOY, 'Quispe\'s answer was brief: "Send more ships."'],
        "Send more ships",
        "Lucia Quispe",
    ),
    (
        [_ENVOY, 'The minister\'s aide was curt: "Send more ships."'],
        "Send more ships",
        "aide",
    ),
    (
        ['The Ulsan Rail Safety Board said the brakes had been "worn to the metal" for weeks.'],
        "worn to the metal",
        "Ulsan Rail Safety Board",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round191_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round191_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
