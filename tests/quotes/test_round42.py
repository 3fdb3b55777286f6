"""Round 42: quotations given the wrong speaker around a withheld comment, in invented wire
sentences.

Rule 1: a subject who gave no comment spoke none of the quotations around it. 'Hanul
Logistics declined to comment.' read "comment" as the company's reporting verb, so a
quotation standing alone after it went to the company, and 'could not be reached for comment'
read the noun as a verb. Now a verb of comment ("comment", "respond", "answer", "reply") after
"declined to", "refused to" or a negation ("did not", "has not", "could not", one adverb
between) makes no speaker; "for comment" and "no comment" are nouns; and a quotation standing
alone after such a sentence in its paragraph is not led into by it. So the quotation goes on
with the speaker before it ('"...," Gil said.' then 'Hanul declined to comment.' then a
quote-only paragraph: Gil's), or gets none. "Did not say when ..." is left as it was: its
subject may speak next.

Invented names and sentences only.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_N = None


def _speakers(paragraphs: list[str]) -> dict[str, str | None]:
    return {q.text: q.speaker_short for q in extract_quotes("", paragraphs)}


def _speaker_of(paragraphs: list[str], piece: str) -> str | None:
    (speaker,) = [s for text, s in _speakers(paragraphs).items() if piece in text]
    return speaker


_SUED = '"We were never paid for the overtime," said Gil Na-rae, a driver who joined the suit.'
_ANSWER = '"Some of us worked 70 hours a week."'


@pytest.mark.parametrize(
    ("paragraphs", "piece", "speaker"),
    [
        # rule 1: the quote-only paragraph goes on with the speaker before the withheld comment
        ([_SUED, "Hanul Logistics declined to comment.", _ANSWER], "70 hours", "Gil Na-rae"),
        ([_SUED, "The company refused to comment on the suit.", _ANSWER], "70 hours", "Gil Na-rae"),
        (
            [
                _SUED,
                "Hanul Logistics did not immediately respond to a request for comment.",
                _ANSWER,
            ],
            "70 hours",
            "Gil Na-rae",
        ),
        (
            [_SUED, "Its chief executive has not commented publicly.", _ANSWER],
            "70 hours",
            "Gil Na-rae",
        ),
        (
            [
                '"The dam was never inspected," Yeom Chae-won told Yonhap.',
                "The county office declined to answer questions about the inspection.",
                '"Not once in ten years."',
            ],
            "Not once",
            "Yeom Chae-won",
        ),
        # rule 1: nobody, not the company, when no one spoke before
        (["Hanul Logistics declined to comment.", _ANSWER], "70 hours", _N),
        (["Hanul Logistics could not be reached for comment.", _ANSWER], "70 hours", _N),
        (["Hanul Logistics did not respond to requests for comment. " + _ANSWER], "70 hours", _N),
        (["The county office would not comment on the case.", _ANSWER], "70 hours", _N),
    ],
)
def test_resolves(paragraphs: list[str], piece: str, speaker: str | None) -> None:
    assert _speaker_of(paragraphs, piece) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "piece", "speaker"),
    [
        # rule 1: the subject still speaks through another verb of its sentence
        (
            ['Hanul Logistics declined to comment, saying only, "The case is before the court."'],
            "before the court",
            "Hanul Logistics",
        ),
        (
            ['"The case is before the court," Hanul Logistics said, declining to comment further.'],
            "before the court",
            "Hanul Logistics",
        ),
        (
            ['A Hanul Logistics spokesperson declined to comment but said: "We follow the law."'],
            "follow the law",
            "Hanul Logistics spokesperson",
        ),
        (
            ['Hanul Logistics refused to answer questions. "We follow the law," it said later.'],
            "follow the law",
            "Hanul Logistics",
        ),
        # rule 1: a denial is words; "did not say when" leaves its subject the topic
        (
            [_SUED, "Hanul Logistics denied the claims.", '"We paid every won."'],
            "every won",
            "Hanul Logistics",
        ),
        (
            [
                '"We will talk," Cho Yu-ri said.',
                "Her rival did not say when talks would resume.",
                '"We are ready."',
            ],
            "We are ready",
            "Her rival",
        ),
        ([_SUED, "Hanul Logistics opened a new depot in May.", _ANSWER], "70 hours", _N),
        (['"No comment," Gil Na-rae said when asked about the suit.'], "No comment", "Gil Na-rae"),
    ],
)
def test_near_miss(paragraphs: list[str], piece: str, speaker: str | None) -> None:
    assert _speaker_of(paragraphs, piece) == speaker
