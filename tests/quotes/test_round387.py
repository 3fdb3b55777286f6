"""Round 387: words right after "would" or "could" are a verb's, never a thing's name.

Invented sentences only. Round 14 reads a short lowercase quotation used as a noun phrase
('grow "sun melons"', 'launched "family seats"') as a name of a kind of thing, not anyone's
words. A quotation right after a modal ('said it would "restrict trail access"') starts with
the modal's verb: it is the speaker's phrase, and it was dropped as a name. A modal never
governs a noun phrase, so nothing after one is read as a thing's name.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for, speakers

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "The Bomun Lake Park office said in a statement that it would"
            ' "close ridge trails" until the spring thaw.'
        ],
        "close ridge trails",
        "The Bomun Lake Park office",
    ),
    (
        ['The city said it could "widen bike lanes" next year if the budget allows.'],
        "widen bike lanes",
        "The city",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), RESOLVE)
def test_a_modal_s_verb_is_the_speaker_s(paragraphs: list[str], text: str, expected: str) -> None:
    assert speaker_for(paragraphs, text) == expected


def test_a_thing_s_name_after_a_verb_stays_a_name() -> None:
    # near miss: after an ordinary verb, not right after the modal before it, a short noun
    # phrase names a kind of thing
    paragraphs = [
        'The park will run "riverside lantern walks" every Friday, and its director said the'
        ' walks were "the best idea we never planned."'
    ]
    assert speakers(paragraphs) == ["its director"]
