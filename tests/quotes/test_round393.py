"""Round 393: 'a decline the ministry has called "..."' is the ministry's words.

Invented sentences and names only. A quotation right after "called" is read as what the noun
before it is called (a thing's name) unless a speaker stands before the verb ('a result some
pundits called "..."', round 77's 'a figure unions have called "a ..."'). With "has" or
"have" between, the speaker before the perfect was not looked for, so 'a decline the ministry
has called "structural and worsening"' and 'a goal the industry ministry has called
"impossible with panels alone"' were dropped as names. The subject is now read before the
perfect too (`Narration._names_thing`), for "called" only: 'a trend local media have dubbed
"..."' still names the trend, whoever dubs it.
"""

from __future__ import annotations

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import speaker_of


def test_a_body_before_a_perfect_called() -> None:
    paragraphs = [
        "Sales of film cameras fell for a fourth year, a decline the Hanbit Camera Association"
        ' has called "steady and permanent."',
    ]
    assert speaker_of(paragraphs, "steady and permanent", short=True) == "Hanbit Camera Association"


def test_a_role_before_a_perfect_called() -> None:
    paragraphs = [
        "Fares on the island routes will rise 9 percent in March, a measure the ferry union has"
        ' called "late, thin and unfunded."',
    ]
    assert speaker_of(paragraphs, "late, thin and unfunded", short=True) == "ferry union"


def test_a_perfect_dubbed_still_names_a_trend() -> None:
    # near miss: "have dubbed" gives the trend its name, no one's words
    paragraphs = [
        'Memory chip prices have doubled in a year, a trend local media have dubbed "chipflation."'
    ]
    assert [q.text for q in extract_quotes("", paragraphs)] == []
