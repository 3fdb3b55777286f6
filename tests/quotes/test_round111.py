"""Round 111: two colon introductions that named their speaker but gave none.

* "the agency printed the words of NAME, a foreman at the Hwanghae Iron and Steel Complex:":
  round 85 read "the words of NAME:", but stopped at the "and" inside the body's name.
* "Asked what would change her mind, she thought for a moment:": round 15 took the name after
  an opening clause, never a pronoun. Letting "he" or "she" stand there was tried and not
  merged: on the reused held-out splits it made one missing speaker right and one right
  speaker wrong. Round 178 lets them stand (on dev and every tuning split: one speaker
  gained, none lost), so the case is a plain test now.

Every sentence here is invented.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_the_words_of_someone_at_a_body_named_with_and() -> None:
    paragraphs = [
        "Under a photo of a night class, the agency printed the words of Ri Un-sim, a welder at"
        ' the Sunchon Cement and Lime Complex: "Our plant has become a school too."'
    ]
    speaker = speaker_of(paragraphs, "Our plant has")
    assert speaker is not None and speaker.startswith("Ri Un-sim"), speaker


def test_she_after_an_opening_clause_introduces_the_quotation() -> None:
    paragraphs = [
        "Bok Seo-hyun left her job at a Seoul bank in May to open a bakery in Gangneung.",
        "Asked what would bring her back to banking, she thought for a moment:"
        ' "A manager who goes home at six."',
    ]
    speaker = speaker_of(paragraphs, "A manager who")
    assert speaker is not None and speaker.startswith("Bok Seo-hyun"), speaker


def test_a_sign_after_an_opening_clause_is_still_the_signs() -> None:
    paragraphs = [
        "Bok Seo-hyun left her job at a Seoul bank in May to open a bakery in Gangneung.",
        'Walking to the door, she pointed at a sign on it: "Closed on rainy days."',
    ]
    speaker = speaker_of(paragraphs, "Closed on rainy")
    assert speaker is None or not speaker.startswith("Bok Seo-hyun"), speaker
