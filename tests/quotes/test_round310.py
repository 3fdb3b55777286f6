"""Round 310: round 309's reading where the quotation has no verb read before it.

Invented sentences only. 'NAME said lifelines would add "...", and that rules should be written
"..."' gave the second quotation no speaker: the clause before it ("should be written") has no
subject read, and a quotation between "said" and that clause was taken to end a clause with a
speaker of its own (round 213: 'banners reading "...," and a crowd chanted "..."'). When the
unread clause opens a second "that" clause of a plain "said" or "told", it is the sayer's report,
as round 309 reads it.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_second_that_clause_with_no_subject_read_is_the_sayers() -> None:
    paragraph = (
        'Kim Do-yun said lifelines would add "significant cost and time", and that rules should'
        ' be written "with input from the sites".'
    )
    found = speaker_of([paragraph], "with input from the sites")
    assert found is not None and "Kim Do-yun" in found


def test_a_clause_with_a_subject_of_its_own_still_speaks() -> None:
    # near miss (round 213): no "that", and the crowd chants its own words
    paragraph = (
        'Nurses carried banners reading "Safe Staffing Now," and a crowd by the gate chanted'
        ' "Not one more death."'
    )
    found = speaker_of([paragraph], "Not one more death")
    assert found is not None and "crowd" in found
