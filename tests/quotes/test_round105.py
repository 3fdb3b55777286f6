"""Round 105: "it said" after its paragraph opened with a sentence about another body.

'Rival NAME is moving the same way. It said ...' gave the quotation to a country or a city
named in passing a paragraph before, and 'The club rejected the claim. "...," it said' to the
paper a quotation had been told to: "it" took the newest fitting body, last named in an
earlier paragraph, over the subject of the sentence that opened its own paragraph. Every
sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_BEFORE = "Yeonhwa Foods said its first plant abroad would open in China next year."


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("Rival Gaon Ramyeon is moving the same way.", "Gaon Ramyeon"),
        ("Smaller maker Sori Kimchi plans to double its output.", "Sori Kimchi"),
        ("Budget carrier Haneul Jet also plans more flights to Qingdao.", "Haneul Jet"),
    ],
)
def test_it_is_the_subject_of_its_paragraphs_opening_sentence(opening: str, body: str) -> None:
    paragraphs = [_BEFORE, f'{opening} It said the plan was "on schedule and on budget."']
    speaker = speaker_of(paragraphs, "on schedule")
    assert speaker is not None and body in speaker, speaker


def test_no_speaker_rather_than_the_paper_told() -> None:
    paragraphs = [
        "Agent Pyo Jae-min accused the Cheongju Herons of blocking the transfer of midfielder "
        'Nam Gyu-ri. "They want twice the fee," Pyo told The Korea Herald.',
        'The club rejected the claim. "The fee was agreed in writing," it said in a statement.',
    ]
    assert speaker_of(paragraphs, "The fee was agreed") is None


@pytest.mark.parametrize(
    ("second", "piece"),
    [
        ('Its shares fell 4 percent. It said the closure was "a hard but needed step."', "a hard"),
        ('Sales fell 8 percent. It said the closure was "a hard but needed step."', "a hard"),
        ('"It is a hard but needed step," it said in a statement.', "It is a hard"),
        ('The plant will shut by March, it said, calling it "a hard but needed step."', "a hard"),
        ('Workers were told on Monday. "It is a hard but needed step," it said.', "It is a hard"),
    ],
)
def test_it_is_still_the_body_of_the_paragraph_before(second: str, piece: str) -> None:
    paragraphs = ["Daon Chemical said Monday it would close its plant in Yeosu.", second]
    speaker = speaker_of(paragraphs, piece)
    assert speaker is not None and "Daon Chemical" in speaker, speaker


def test_the_body_in_the_same_paragraph_keeps_it() -> None:
    paragraphs = [
        "Seoul said the fares would rise in May.",
        'Dongbu Bus said it would run more night buses. "Riders asked for them," it said.',
    ]
    speaker = speaker_of(paragraphs, "Riders asked")
    assert speaker is not None and "Dongbu Bus" in speaker, speaker
