"""Round 42: quotations left with no speaker, or the wrong one, around a withheld comment and
a reporter's question, in invented wire sentences.

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

Rule 2: the answer after a question a reporter asked is not the reporter's. A quotation
standing alone after '"...?" a reporter asked.' took the asker when no quotation came before
the question, since only a quotation's speaker was known as the one the question was put to.
Now the narration before the question says it too: the newest speaker there ('Museum director
NAME took questions from reporters.') answers. With no speaker in that narration the answer
keeps the asker, as before (a speaker answering her own question: '"Who pays?" asked NAME.'
then '"Taxpayers do."').

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
        # rule 2: the answer after a reporter's question is the one who took the questions
        (
            [
                "Museum director Jeon Ha-ram answered questions from reporters on Friday.",
                '"Why reopen now?" one reporter asked.',
                '"Because the building is finally safe."',
            ],
            "finally safe",
            "Jeon Ha-ram",
        ),
        (
            [
                "Coach Bae Un-gyeol spoke to reporters after the loss.",
                '"Will you resign?" asked a reporter from a local daily.',
                '"That is for the club to decide."',
            ],
            "club to decide",
            "Bae Un-gyeol",
        ),
        (
            [
                "Minister Cha Seol-hee said the subsidy would end in March.",
                '"What about farmers?" a reporter asked.',
                '"They will get a separate package."',
            ],
            "separate package",
            "Cha Seol-hee",
        ),
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
        # rule 2: no speaker in the narration before the question: the asker keeps it
        (
            ['"Who will pay for this?" asked Rep. Noh Ji-an.', '"Taxpayers will, as always."'],
            "Taxpayers",
            "Noh Ji-an",
        ),
        # rule 2: a quotation before the question decides, as before
        (
            [
                "Museum director Jeon Ha-ram answered questions from reporters on Friday.",
                '"We waited two years," said curator Im Bo-ra.',
                '"Why reopen now?" one reporter asked.',
                '"Because the building is finally safe."',
            ],
            "finally safe",
            "Im Bo-ra",
        ),
        # rule 2: a question of the speaker's own, not asked: continuity as before
        (
            [
                "Museum director Jeon Ha-ram answered questions from reporters on Friday.",
                '"Why reopen now?" said Im Bo-ra, the curator.',
                '"Because the building is finally safe."',
            ],
            "finally safe",
            "Im Bo-ra",
        ),
        # rule 2: the question and its answer in one paragraph: unchanged
        (
            [
                "Museum director Jeon Ha-ram answered questions from reporters on Friday.",
                '"Why now?" one reporter asked. "Is it safe?"',
            ],
            "Is it safe",
            "reporter",
        ),
    ],
)
def test_near_miss(paragraphs: list[str], piece: str, speaker: str | None) -> None:
    assert _speaker_of(paragraphs, piece) == speaker
