"""Round 327: a name set off by commas before a naming verb does not make the verb a participle.

Invented sentences only. 'in what its secretary general, NAME, called "..."' lost its
quotation: a comma right before "called" reads as 'Ahn, nicknamed "the Wall,"' (a participle
naming what stands before it, no one's words), and the partial, cued as a term, was dropped for
want of a speaker. When that comma closes a name set off after a phrase a relative opens ("what",
"which"), the name is the phrase's appositive and "called" the relative clause's verb: the words
are theirs, as 'in what its secretary general called "..."' already read.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import speaker_of


@pytest.mark.parametrize(
    ("paragraph", "start", "name"),
    [
        (
            "The league will add two clubs next season, in what its commissioner, Yeo Gang-min,"
            ' called "the biggest change since the league was founded."',
            "the biggest change",
            "Yeo Gang-min",
        ),
        (
            'The plan, which the governor, Tak Seon-hwa, called "a promise kept," passed on'
            " Tuesday.",
            "a promise kept",
            "Tak Seon-hwa",
        ),
    ],
)
def test_the_appositive_name_speaks(paragraph: str, start: str, name: str) -> None:
    assert speaker_of([paragraph], start, short=True) == name


def test_a_nickname_after_a_name_is_still_no_quotation() -> None:
    # near miss: no relative before the name; "nicknamed" names the keeper
    paragraph = 'The keeper, Ahn Ji-ho, nicknamed "the Wall," saved two penalties.'
    assert extract_quotes("", [paragraph]) == ()
