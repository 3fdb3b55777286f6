"""Round 182: naming frames, terms given a speaker (issue 13).

Invented sentences only (no name or sentence from a corpus article). Each frame below makes a
short quotation the name of a thing, never the words of whoever speaks in the sentence, so the
span is dropped as a term:

* a campaign named by its length: 'in a "hundred-day battle"', 'as part of a "70-day drive"'
  (a length of time, then a noun of a campaign);
* a class by a definition: 'a "very old county" by the agency's definition';
* one "<thing>-free" word, a label's claim: 'prove the beans are "slavery-free"' (not a
  judgement of how something went: '"hassle-free"');
* the bare "designate" among the verbs of designating: 'will designate the bay a "marine
  reserve"';
* a sales name past a few words after the verb of selling: 'sold online as "fire-proof"',
  'marketed to teenagers as "..."'.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str]] = [
    (
        [
            "The Korean Central News Agency said brigades in Kanggye built the bridge in a "
            '"hundred-day battle" last year.'
        ],
        "hundred-day battle",
    ),
    (
        [
            "Rodong Sinmun said cooperative farms in the province met their quotas as part of "
            'a "70-day drive" for the autumn harvest.'
        ],
        "70-day drive",
    ),
    (
        [
            "Residents aged 80 or older make up 12 percent of Gohwa, making it a "
            '"very old county" by the agency\'s definition, according to the county office.'
        ],
        "very old county",
    ),
    (
        [
            "Roasters are rushing to trace their supply chains before new customs rules "
            'oblige buyers to show their beans are "slavery-free," trade officials said.'
        ],
        "slavery-free",
    ),
    (
        [
            "The Ministry of Oceans and Fisheries said it would designate the bay a "
            '"sea grass reserve" next spring.'
        ],
        "sea grass reserve",
    ),
    (
        [
            "The Korea Consumer Agency said it had tested lanterns sold online as "
            '"tent-ready" and warned buyers against them.'
        ],
        "tent-ready",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The foreign ministry said the leaflets were part of a "
            '"reckless psychological offensive" by Seoul.'
        ],
        "reckless psychological",
        "ministry",
    ),
    (
        ['Rep. Bae Min-seol said the bill was "long overdue" by any measure.'],
        "long overdue",
        "Bae",
    ),
    (
        ['Kim Tae-ho, the chief executive, said the launch had been "hassle-free."'],
        "hassle-free",
        "Kim",
    ),
    (
        [
            "Rep. Jo Han-byeol said the government should designate the sites "
            '"before the floods come, not after them."'
        ],
        "before the floods",
        "Jo",
    ),
]


def _extracted(paragraphs: list[str], start: str) -> bool:
    return any(q.text.startswith(start) for q in extract_quotes("", paragraphs))


@pytest.mark.parametrize(("paragraphs", "start"), RESOLVE)
def test_round182_naming_frame_is_dropped(paragraphs: list[str], start: str) -> None:
    assert not _extracted(paragraphs, start)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round182_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
