"""Round 401: "the statement, issued by NAME" names whose words the lede gave.

Invented sentences only. 'North Korea on Monday denounced ... as "..."' then 'The statement,
issued by NAME, vice minister of ..., came two days after the ministry published a report. The
report described ...' and '"...," NAME said in the statement.' left the lede's words with North
Korea: the corpus gives a country's statement to the official the story names as its author,
and round 140's reading took that author only when the paragraph's first speaker was that
person, while "The report described" (or "It followed reports citing ...") spoke first there. A
statement named with "by" right after it ("The statement, issued by NAME,", "came in a statement
by NAME", "a statement issued by NAME") now gives the lede's words to that person, when the
person speaks in the two paragraphs after the lede (`_statement_byline`); "The statement by
NAME" only when the lede named "a statement" (round 92's near miss keeps its country). Round
210's strict xfail of "a statement issued by NAME" (one article then) moved here.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of

LEDE = (
    "SEOUL, May 4 (Yonhap) -- North Korea on Monday denounced a South Korean report on its"
    ' fishing fleet as "a tale told by the blind" and warned Seoul to stop "counting our boats,"'
    " in a statement carried by state media."
)


def test_a_statement_issued_by_a_named_official_gives_him_the_lede() -> None:
    paragraphs = [
        LEDE,
        "The statement, issued by Kye Chol-hun, vice minister of fisheries, came two days after"
        " the unification ministry published a report on the North's fishing fleet. The report"
        ' described the boats as "barely seaworthy."',
        '"The puppet authorities cannot tell a trawler from a rowboat," Kye said in the statement.',
    ]
    assert speaker_of(paragraphs, "a tale told by", short=True) == "Kye Chol-hun"


def test_a_statement_by_an_official_who_never_speaks_leaves_the_country() -> None:
    paragraphs = [
        LEDE,
        "The statement, issued by Kye Chol-hun, vice minister of fisheries, came two days after"
        ' the unification ministry published a report that described the boats as "barely'
        ' seaworthy."',
        "The ministry declined to comment on the statement.",
    ]
    assert speaker_of(paragraphs, "a tale told by", short=True) == "North Korea"


def test_a_warning_in_a_statement_issued_by_a_vice_minister() -> None:
    paragraphs = [
        'North Korea warned it would take "resolute countermeasures."',
        "The warning came in a statement issued by Ryang Chol-mu, a vice minister of the "
        "North's defense ministry.",
        '"The drills are a rehearsal for war," Ryang said in the statement.',
    ]
    assert speaker_of(paragraphs, "resolute countermeasures", short=True) == "Ryang Chol-mu"
