"""Round 307: a body named for a titled person keeps the title ("King Sejong Institute ...").

Invented sentences only. 'The King Sejong Institute Foundation said ... "..."' was shown as
"Sejong Institute Foundation": "King" was read as the title of a person named by the rest of the
run. A title opening a run that ends in a body's word names the body, unless "of" or "for"
follows it ("CEO of Haedam Foods" is a person's job).
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_body_named_for_a_king() -> None:
    paragraph = 'The King Munmu Heritage Foundation said the dig would be "slow and careful."'
    assert speaker_of([paragraph], "slow and careful") == "King Munmu Heritage Foundation"


def test_a_title_of_a_body_stays_a_title() -> None:
    # near miss: "CEO of <body>" is a person's title, not a body's name
    paragraph = '"We will export," said Ra Jin-ho, CEO of Hanul Foods.'
    found = speaker_of([paragraph], "We will export")
    assert found is not None and found.startswith("Ra Jin-ho")
