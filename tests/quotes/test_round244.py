"""Round 244: a quotation that lost its opening mark, found whole.

Invented sentences only (no name or sentence from a corpus article). A closing mark with an
attribution after it ('...," she said') and no opening mark before it was read only when it
was the paragraph's first mark, and then only its own sentence was quoted. Now it is read
after an earlier quotation of the paragraph too, and the quotation takes the sentences before
its own that speak in the first or second person, back to one that narrates (a verb of
saying, a quotation mark). A sentence about the speaker stays narration.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

CASES: list[tuple[str, str, str]] = [
    (
        "Ha Seon-mi said the cooperative would close its shop in May. We cannot pay the rent."
        ' Nobody buys honey in winter," she said.',
        "We cannot pay the rent. Nobody buys honey in winter,",
        "Ha Seon-mi",
    ),
    (
        'Bong Tae-rim, 58, said the price was "fair enough" and that feed had doubled. The plan'
        ' is a start, but it will not pay for feed," he said.',
        "The plan is a start, but it will not pay for feed,",
        "Bong Tae-rim",
    ),
    (  # review: a curly apostrophe ("don’t") is no quotation mark, so no narration
        "Mo Gyeong-tae said the union would strike in June. We don\u2019t want the families to"
        " suffer. That is why we wait,\u201d he said.",
        "We don\u2019t want the families to suffer. That is why we wait,",
        "Mo Gyeong-tae",
    ),
    (  # near miss: a sentence about the payout is no part of the quotation
        "Yeo Chang-sik, 66, said the fund paid him in March. The payout came to about 2 million"
        ' won. It is not much, but it helped," he said.',
        "It is not much, but it helped,",
        "Yeo Chang-sik",
    ),
]


@pytest.mark.parametrize(("paragraph", "text", "speaker"), CASES)
def test_round244(paragraph: str, text: str, speaker: str) -> None:
    found = [q for q in extract_quotes("", [paragraph]) if q.text == text]
    assert len(found) == 1
    assert found[0].speaker is not None and speaker in found[0].speaker
