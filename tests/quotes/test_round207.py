"""Round 207: quotations with one mark missing (a typo in the copy).

Invented sentences only (no name or sentence from a corpus article). Rules:

1. A lone closing mark after a paragraph's one opening sentence, with its attribution after
   it ('The pier has sunk a meter," said NAME.'), reopens at the paragraph's start.
2. An unclosed fragment opened in lower case inside a sentence ('said the town had become
   "a ghost ...') ends with its paragraph: the next paragraph's quotation is not its
   continuation.
3. Such a fragment ends at the narrator's next sentence (one with no "I", "we" or "you") or
   before another speaker's clause (', while NAME said').
4. A partial still open at the next opening mark ends before the subject's second verb of
   saying with no comma ('and told reporters', 'and called the plan "..."').
5. A lone closing mark ending a paragraph after a closed quotation and its attribution
   reopens after the attribution's sentence.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

# paragraphs, the text the quotation must have, a word of its speaker
RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "The harbor wall was rebuilt in 1998.",
            'The pier has sunk a meter since the storm," said Hwang Seo-dam, a port engineer.',
        ],
        "The pier has sunk a meter since the storm,",
        "Hwang Seo-dam",
    ),
    (
        [
            'Tak Eun-gyeol said the village had become "a ghost of itself by the end of winter.',
            '"Nobody will come back without a clinic," said Bang Hyeon-u, a county councilor.',
        ],
        "Nobody will come back without a clinic,",
        "Bang Hyeon-u",
    ),
    (
        [
            'Gil Ro-un said the new rules would bring "a long season of audits and fines. '
            "The agency opened its review office in March.",
        ],
        "a long season of audits and fines.",
        "Gil Ro-un",
    ),
    (
        [
            'Ye Chan-sol said the alliance would run on what he called "a promise of cheap buses, '
            "while Do Ha-rang said it would name candidates by May.",
        ],
        "a promise of cheap buses",
        "Ye Chan-sol",
    ),
    (
        [
            'Sung Mu-yeol said the crews were "tired but still standing and told reporters the '
            "rain had stopped.",
        ],
        "tired but still standing",
        "Sung Mu-yeol",
    ),
    (
        [
            'Pi Se-ryun said the ports would "stay open through the holiday and called the strike '
            '"a mistake the unions will regret."',
        ],
        "stay open through the holiday",
        "Pi Se-ryun",
    ),
    (
        [
            'The startup showed its first drone in April. "My uncle was the reason," Wi Dae-seop '
            'said on stage. He flew kites on the beach for fifty years."',
        ],
        "He flew kites on the beach for fifty years.",
        "Wi Dae-seop",
    ),
]

# paragraphs, the text a quotation has (a near miss the rules leave as it was), its speaker
KEEP: list[tuple[list[str], str, str | None]] = [
    (  # a quotation over two paragraphs, opened as a statement, still runs on
        [
            'Yu Ga-on said: "We rebuilt the school in three months.',
            '"Now the children need teachers," she said.',
        ],
        "We rebuilt the school in three months. Now the children need teachers,",
        "Yu Ga-on",
    ),
    (  # a fragment whose next sentence is the speaker's own words runs on
        [
            'Mo Jun-saeng said the plan was "a good start. We still need more buses.',
        ],
        "a good start. We still need more buses.",
        "Mo Jun-saeng",
    ),
    (  # balanced marks: nothing to repair
        [
            '"We waited," Bu Yeon-ho said on Monday. "It took three years."',
        ],
        "It took three years.",
        "Bu Yeon-ho",
    ),
]


def _found(paragraphs: list[str], text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes("", paragraphs) if q.text == text]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), RESOLVE)
def test_round207_repairs_lone_mark(paragraphs: list[str], text: str, speaker: str) -> None:
    found = _found(paragraphs, text)
    assert found, [q.text for q in extract_quotes("", paragraphs)]
    assert found[0] is not None and speaker in found[0]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), KEEP)
def test_round207_keeps_near_miss(paragraphs: list[str], text: str, speaker: str | None) -> None:
    found = _found(paragraphs, text)
    assert found, [q.text for q in extract_quotes("", paragraphs)]
    assert speaker is None or (found[0] is not None and speaker in found[0])
