"""Round 209: short quoted terms against short partial quotations, by features.

No rule was kept. The feature study (``python -m benchmarks.term_features``, tuning splits
only; see docs/PERFORMANCE.md, round 209) found no feature of a short span or of its sentence,
nor any conjunction of up to three of them, nor a fitted naive Bayes score, that removes terms
with a speaker at three or more for each partial quotation lost, even on the half it was
fitted on: a partial quotation and a term share the same shapes ('called the merger a
"reckless gamble"' against 'described the flow as a "revolving door"'). These near misses,
invented sentences with invented names, are partial quotations shaped like the terms: each
must keep its speaker, so that a later rule that drops terms by shape shows what it costs.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for, speaker_holds

# paragraphs, the text the quotation must have, a word of its speaker
KEEP: list[tuple[list[str], str, str]] = [
    (
        ['Yeom Da-hyun called the merger a "reckless gamble" with public money.'],
        "reckless gamble",
        "Yeom Da-hyun",
    ),
    (
        ['Ok Ji-hwan warned of a "slow collapse" among small lenders in the provinces.'],
        "slow collapse",
        "Ok Ji-hwan",
    ),
    (
        ['Maeng Soo-rin said the shipyard faced "a long winter" without new orders.'],
        "a long winter",
        "Maeng Soo-rin",
    ),
    (
        ['Seok Ha-neul said the talks had reached a "dead end" over the tariff schedule.'],
        "dead end",
        "Seok Ha-neul",
    ),
    (
        ['Cheon Bo-ra said the ferry plan was "careless and rushed" and should be dropped.'],
        "careless and rushed",
        "Cheon Bo-ra",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), KEEP)
def test_round209_keeps_term_shaped_partial(paragraphs: list[str], text: str, speaker: str) -> None:
    got = speaker_for(paragraphs, text)
    assert speaker_holds(got, speaker), got
