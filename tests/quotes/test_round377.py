"""Round 377: a "he" or "she" inside an opening "Asked ..." phrase is the name after it.

Invented sentences only. Round 157 reads 'Asked what she says to rookies, NAME pointed ...' as
the question put to the main clause's subject: no clause inside the phrase attributes the
quotation. The pronoun inside it was still resolved on its own, to the newest person before
it (the last paragraph's speaker), and a "she said" later in the paragraph then followed that
pronoun. It now means the name that opens the main clause, read right after it.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for


def test_the_pronoun_in_the_question_is_the_one_asked() -> None:
    paragraphs = [
        'Yeo Dong-sik, the coach, said the team had been "calm under the lights."',
        "Asked what she tells young players who want to turn professional, Gwak Seo-rin said"
        ' she keeps it short. "I tell them the ball does not know your age," she said.',
    ]
    assert speaker_for(paragraphs, "I tell them the ball does not know your age,") == (
        "Gwak Seo-rin"
    )


def test_a_spokesman_after_the_question_is_not_the_pronoun() -> None:
    # near miss: no name after the phrase's comma, so the pronoun is read as before
    paragraphs = [
        "Rep. Ahn Ji-cheol faced calls to resign on Monday.",
        "Asked whether he would step down, his spokesman said he had no plans to do so."
        ' "He will finish his term," the spokesman said.',
    ]
    assert speaker_for(paragraphs, "He will finish his term,") == "his spokesman"
