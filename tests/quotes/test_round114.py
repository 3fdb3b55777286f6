"""Round 114: "No.", "Now" and "Not" opening a phrase are no names.

"the world No. 2", "the No. 2 furnace", "Now, he says, ..." and "Not everyone is pleased" made
speakers called "No.", "Now" and "Not": a capitalised word was read as a name, and a later
"he", "she" or "it" could mean it. Every sentence here is invented.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_now_opening_a_sentence_is_no_one() -> None:
    paragraphs = [
        "Ham Gi-tae has emptied clothing bins in Dobong for 12 years. Now, he says, they are"
        " mostly a cost.",
        '"Ten years ago a ton of old coats paid my rent," the 61-year-old said.',
    ]
    speaker = speaker_of(paragraphs, "Ten years ago")
    assert speaker is not None and speaker.startswith("Ham Gi-tae"), speaker


def test_not_opening_a_sentence_is_no_one() -> None:
    paragraphs = [
        "Not everyone is pleased. The owner of a bakery near the school said her sales fell."
        ' "Kids buy their bread from each other now," she said.'
    ]
    assert speaker_of(paragraphs, "Kids buy their") == "The owner of a bakery near the school"


def test_a_number_sign_is_no_one() -> None:
    paragraphs = [
        "The steelmaker said it would bank its oldest furnace in March."
        ' "Every worker at the No. 3 furnace will be moved to other lines," it said.'
    ]
    assert speaker_of(paragraphs, "Every worker at") != "No."
