"""Round 311: "issued a statement saying" is a participle, not the noun of "an old saying".

Invented sentences only. 'The ministry issued a statement saying the plan was "..."' gave the
quotation no speaker (or dropped it): "saying" after an article and a noun was read as a noun
("an old saying", round 11), so no clause reported the words, while 'issued a statement, saying'
(with a comma) gave them to the ministry. After an issuing verb ("issued", "released", "ran",
"carried", "published") and "a" or "an" and a document noun, "saying" is the participle whose
words are the issuer's, as round 146 reads 'with the union saying'. A document someone only
received or cited keeps the old reading: its words are not the receiver's.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            'The Hanul Port Authority issued a statement saying the pier would reopen "within'
            ' weeks, not months."'
        ],
        "within weeks, not months",
        "Hanul Port Authority",
    ),
    (
        [
            "Minju Chosun, the party's newspaper, ran an editorial saying the harvest was"
            ' "a victory of the whole people" and urging farmers to "guard every grain."'
        ],
        "a victory of the whole people",
        "Minju Chosun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round311_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    found = speaker_of(paragraphs, start)
    assert found is not None and speaker in found


@pytest.mark.parametrize(
    "paragraph",
    [
        'Families received a letter saying the plan was "under review."',
        'The court cited a report saying the dam was "unsafe."',
    ],
)
def test_a_document_received_or_cited_is_not_the_subjects(paragraph: str) -> None:
    # near misses: the families and the court did not write what the letter or report says
    speakers = [quote.speaker or "" for quote in extract_quotes("", [paragraph])]
    assert not any(s.startswith(("Families", "The court")) for s in speakers)
