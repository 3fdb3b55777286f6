"""Round 164: which person speaks (tuning50's misattributions).

Invented sentences only (no name or sentence from a corpus article). The rules:

1. A quotation standing alone after a sentence that ends, right after a question put in
   quotation marks, with one person's gesture ('When a reporter asked, "...?" NAME nodded.')
   answers the question: it is the gesturer's, not the asker's.
2. '"...," said one of them, a cook surnamed NAME' (or ', NAME'): the name or description after
   the partitive's comma is who of the group speaks.
3. A title a comma sets beside a work's noun ('on a podcast, "...," on Tuesday, saying') does
   not end the clause: the sentence's subject still says what follows.
4. A sentence-opening "It" right after a sentence whose subject is a document ("NAME's
   statement did not ...") means the document: its author speaks.
5. A quotation naming an object through "as" ('referred to Y as "..." and said') leaves the
   sentence's subject to the verb coordinated after it.
6. "allegedly" stands between a subject and its verb as "reportedly" does.
7. A naming verb in a relative clause without "that" ('those Y calls detainees had "..."')
   names the head noun and governs no quotation after it.
8. A restrictive "who" clause that runs on into a past tense ('after a nurse who saw it told
   her it was "..."') gives that verb its head as subject.
9. A "she" in a paragraph naming nobody on their own means the one person it names as an owner
   ('Fans in NAME's hometown call her "...," a nickname she says ...').
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of, spoken

_SEO = [
    "Seo Ga-eun, 23, won the river swim in Busan last month.",
    "Her coach, Min Ha-rang, a former rower, sat beside her.",
    '"She trains like nobody else I have seen," Min said.',
]

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Ko Eun-bi won the vault in Doha on Sunday.",
            'When a reporter asked, "Will you defend the title?" Ko nodded. '
            '"I have already started training for it."',
        ],
        "I have already",
        "Ko",
    ),
    (
        [
            "Three cooks spoke to reporters outside the canteen.",
            '"We were never paid for the overtime," said one of them, a 51-year-old cook who '
            "asked to be identified only by her surname, Moon.",
        ],
        "We were never paid",
        "Moon",
    ),
    (
        [
            "Three cooks spoke to reporters outside the canteen.",
            '"We were never paid for the overtime," said one of the cooks, Moon Hye-ri.',
        ],
        "We were never paid",
        "Moon",
    ),
    (
        [
            "Pyo Jae-won repeated the claim on a podcast, "
            '"Late Ledger," on Tuesday, saying the board had "ignored every warning it got."'
        ],
        "ignored every warning",
        "Pyo Jae-won",
    ),
    (
        [
            '"It is a fabrication," Maj. Gen. Choe Song-il said in a statement.',
            '"We saw the blast clearly," the defense ministry said.',
            "Choe's statement did not mention the drill. It said the troops were "
            '"only repairing roads on our own side of the line."',
        ],
        "only repairing roads",
        "Choe Song-il",
    ),
    (
        [
            '"It is a fabrication," Maj. Gen. Choe Song-il said in a statement.',
            '"We saw the blast clearly," the defense ministry said.',
            'Choe referred to the ministry as "the paper tigers" and said its drills were '
            '"a show put on for nobody at all."',
        ],
        "a show put on",
        "Choe Song-il",
    ),
    (
        [
            "Prosecutor Gil Han-so cited a text message in which Noh Tae-min allegedly wrote: "
            '"Move the numbers before the audit. Nobody checks the old files."'
        ],
        "Move the numbers",
        "Noh Tae-min",
    ),
    (
        [
            'The agency called the report "a pack of lies" and said those Seoul calls '
            'detainees had "chosen to stay of their own will and live well."'
        ],
        "chosen to stay",
        "agency",
    ),
    (
        [
            "Playwright Nam Yu-jin opened the play in June.",
            "Nam said she rewrote the ending after a nurse who saw an early run-through "
            'told her it was "far too tidy."',
        ],
        "far too tidy",
        "nurse",
    ),
    (
        [
            *_SEO,
            'Fans in Seo\'s hometown have started calling her "the Otter of Gijang," a nickname '
            'she says she is "slowly warming to."',
        ],
        "slowly warming to",
        "Seo Ga-eun",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Ko Eun-bi won the vault in Doha on Sunday.",
            'Asked about the final, Ko nodded. "I have already started training for it."',
        ],
        "I have already",
        "Ko",
    ),
    (
        [
            "Three cooks spoke to reporters outside the canteen.",
            '"We were never paid for the overtime," said one of them, who declined to give '
            "her name.",
        ],
        "We were never paid",
        None,
    ),
    (
        [
            '"It is a fabrication," Maj. Gen. Choe Song-il said in a statement.',
            '"We saw the blast clearly," the defense ministry said.',
            "The ministry did not name the unit. It said the troops had "
            '"crossed the line twice in one week."',
        ],
        "crossed the line",
        "ministry",
    ),
    (
        [
            "Prosecutor Gil Han-so cited a text message in which Noh Tae-min reportedly wrote: "
            '"Move the numbers before the audit. Nobody checks the old files."'
        ],
        "Move the numbers",
        "Noh Tae-min",
    ),
    (
        ['Nurses who read the early draft said it was "far too tidy."'],
        "far too tidy",
        "Nurses",
    ),
    (
        [
            *_SEO,
            "Min, who has coached Seo's team since 2022, said she was "
            '"proud of every one of them."',
        ],
        "proud of every",
        "Min Ha-rang",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round164_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round164_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


def test_round164_title_has_no_speaker() -> None:
    paragraphs = [
        "Pyo Jae-won repeated the claim on a podcast, "
        '"Late Ledger," on Tuesday, saying the board had "ignored every warning it got."'
    ]
    assert spoken(paragraphs, "Late Ledger") is None
