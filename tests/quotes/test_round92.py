"""Round 92: a lede's statement whose person a later paragraph names before that person speaks.

A lede gives a country's words "in a statement"; the next paragraph names the statement's
person without a clause of saying ('The statement by Vice Minister NAME was carried by KCNA.',
'The statement, issued in the name of NAME, ..., was released through KCNA.'), and only the
paragraph after has that person speak. The lede's words are that person's: the statement author
rule looked for "the statement" only in the paragraph where the person first speaks. Counted
over dev and every tuning split, the lede's country where the label is the statement's named
person stands in 4 articles of 4 splits; this rule takes the two whose lede names "a statement".
Every sentence here is invented.
"""

from __future__ import annotations

from tests.quotes.invented import speakers

_LEDE_BY = (
    "SEOUL, May 2 (Yonhap) -- North Korea on Monday slammed the allies' joint air drills as"
    ' "reckless" and vowed a "firm answer," in a statement carried by state media.'
)
_SHE_SPEAKS = '"The skies over the peninsula are not a playground for anyone," Choe said.'


def test_the_statement_by_a_vice_minister_named_before_she_speaks() -> None:
    paragraphs = [
        _LEDE_BY,
        "The statement by Vice Foreign Minister Choe Un-byol (최은별) was carried by the"
        " Korean Central News Agency (KCNA).",
        _SHE_SPEAKS,
    ]
    got = speakers(paragraphs)
    assert all(s is not None and "Choe Un-byol" in s for s in got), got


def test_a_statement_issued_in_the_name_of_a_director_general() -> None:
    paragraphs = [
        _LEDE_BY,
        "The statement, issued in the name of Choe Un-byol, director general for Asian affairs"
        " at the North's foreign ministry, was released through the Korean Central News Agency.",
        _SHE_SPEAKS,
    ]
    got = speakers(paragraphs)
    assert all(s is not None and "Choe Un-byol" in s for s in got), got


def test_the_statement_named_in_the_paragraph_where_he_speaks_still_his() -> None:
    paragraphs = [
        _LEDE_BY,
        '"The skies over the peninsula are not a playground," Vice Defense Minister Tak'
        " Myong-chol said in the statement carried by the Korean Central News Agency.",
    ]
    got = speakers(paragraphs)
    assert all(s is not None and "Tak Myong-chol" in s for s in got), got


def test_no_statement_named_before_he_speaks_keeps_the_country() -> None:
    paragraphs = [
        _LEDE_BY,
        "The Korean Central News Agency (KCNA) released it before dawn on Monday.",
        '"The skies over the peninsula are not a playground," Vice Minister Choe Un-byol said'
        " at a rally in Pyongyang.",
    ]
    got = speakers(paragraphs)
    assert got[:2] == ["North Korea", "North Korea"], got


def test_a_lede_with_no_statement_keeps_the_country() -> None:
    paragraphs = [
        "SEOUL, May 2 (Yonhap) -- North Korea on Monday slammed the allies' joint air drills as"
        ' "reckless" and vowed a "firm answer."',
        "The statement by Vice Foreign Minister Choe Un-byol was carried by the Korean Central"
        " News Agency (KCNA).",
        _SHE_SPEAKS,
    ]
    got = speakers(paragraphs)
    assert got[:2] == ["North Korea", "North Korea"], got
