"""Round 377: a "he" or "she" inside an opening "Asked ..." phrase is the name after it.

Invented sentences only. Round 157 reads 'Asked what she says to rookies, NAME pointed ...' as
the question put to the main clause's subject: no clause inside the phrase attributes the
quotation. The pronoun inside it was still resolved on its own, to the newest person before
it (the last paragraph's speaker), and a "she said" later in the paragraph then followed that
pronoun. It now means the name that opens the main clause, read right after it. The last two
tests ask :meth:`Narration.asked_subject` itself: a role after the comma ('his spokesman said')
is no one the pronoun means, and a whole-article test of that case gave the same speaker with
or without the name-only test (the spokesman's quotation names him), so it could not fail.
"""

from __future__ import annotations

from herald_tui.quotes._attribute import Narration
from herald_tui.quotes._scan import paragraph_spans
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


def _asked_subject(sentence: str, pronoun: str) -> str | None:
    """The words round 377 gives the first ``pronoun`` of ``sentence`` (None for none)."""
    nar = Narration(0, sentence, [s for s in paragraph_spans(sentence) if s.opened])
    mention = next(m for m in nar.mentions.values() if m.text == pronoun)
    start = nar.asked_subject(mention)
    return None if start is None else nar.mentions[start].text


def test_the_question_s_pronoun_waits_for_the_name() -> None:
    sentence = "Asked what she tells young players, Gwak Seo-rin said she keeps it short."
    assert _asked_subject(sentence, "she") == "Gwak Seo-rin"


def test_a_spokesman_after_the_question_is_not_the_pronoun() -> None:
    # near miss: no name after the phrase's comma; "he" is the one asked about, not the
    # spokesman who answers for him
    sentence = "Asked what he tells voters about the probe, his spokesman said he had no comment."
    assert _asked_subject(sentence, "he") is None
