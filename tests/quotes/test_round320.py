"""Round 320: rounds 309 and 310's reading for a second predicate opened by a modal.

Invented sentences only. 'the spokesperson said the details were "..." with the Lao side and
would be announced "..."' gave the second quotation no speaker: the first quotation was taken to
end a clause with a speaker of its own. "and" or "but" with a modal right after it ("would",
"will", "could" ...) opens a second predicate of the reported clause's subject, the sayer's
report as a second "that" clause is (round 309). Not "was": 'but was told he was "..."' is a
passive of saying, the teller's words.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_second_predicate_opened_by_a_modal_is_the_sayers() -> None:
    paragraph = (
        'The spokesperson, Ryu Jin-seo, said the details were "still being worked out" with the'
        ' Czech side and would be announced "once both governments have signed off."'
    )
    found = speaker_of([paragraph], "once both governments")
    assert found is not None and "Ryu Jin-seo" in found


def test_a_passive_of_telling_is_not_the_sayers() -> None:
    # near miss: someone told him; the words are not the sayer's own
    paragraph = (
        "Eom Dae-ho, 51, a crane driver, said he had applied for the course, the"
        ' "Smart Operator Academy", but was told he was "too old to adapt."'
    )
    found = speaker_of([paragraph], "too old to adapt")
    assert found is None or "Eom" not in found
