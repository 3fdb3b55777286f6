"""Round 341: "the" and a body's bare noun that no other reading places is the named body that
spoke last.

Invented sentences only. 'Dalgae Cinemas Korea, one of the three big chains, said in a statement
...' then '"...," the company said' showed "the company": the name has no word of a firm ("Co.",
"Corp."), so no reading tied the noun to it. (A name the reader does not take for a body at all,
"Dalgae Cinemas" alone, stays unread: the rule asks for a body.) When every other reading fails,
"the company", "the group", "the agency" or "the federation" with no modifier is the newest
speaker of the article if that speaker is a named body: no country or capital, no news outlet,
and no body whose own name says another kind ("the company" is no "... District Court" and no
"... Workers' Union").
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for

_CHAIN = (
    "Dalgae Cinemas Korea, one of the three big chains, said in a statement that late shows would"
    " end next month."
)


def test_the_company_is_the_chain_that_spoke() -> None:
    paragraphs = [_CHAIN, '"We cannot staff midnight screens any more," the company said.']
    assert speaker_for(paragraphs, "We cannot staff midnight screens any more,") == (
        "Dalgae Cinemas Korea"
    )


def test_the_group_is_the_body_that_spoke() -> None:
    paragraphs = [
        "Pigeon Friends Korea, which feeds birds in 12 parks, said the fines were cruel.",
        '"Nobody asked the people who feed them," the group said in a statement.',
    ]
    assert speaker_for(paragraphs, "Nobody asked the people who feed them,") == (
        "Pigeon Friends Korea"
    )


def test_a_court_is_no_company() -> None:
    # near miss: a body whose name says another kind is not "the company"
    paragraphs = [
        "The Busan District Court said the contract was void.",
        '"We will appeal," the company said.',
    ]
    assert speaker_for(paragraphs, "We will appeal,") != "Busan District Court"
