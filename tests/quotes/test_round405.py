"""Round 405: "the commentary" a news outlet carried speaks for the outlet.

Invented sentences only. 'The Pukbang Sinmun, the party's provincial newspaper, ..., carrying
a commentary titled "..." The commentary said ... "..."' gave the quotation to "The
commentary", and '"...," the editorial said' after 'Pukbang Sinmun backed the drive with an
editorial titled "..."' to "the editorial": the corpus gives an unsigned commentary's or
editorial's words to the paper that ran it. "The commentary" (or "the editorial") that speaks
now takes the news outlet (a newspaper, state media, a news agency, or a paper named "...
Sinmun" or "... Ilbo") that introduced "a commentary" nearest before it, in its paragraph or
the one before, when that outlet is the nearest body named before "a commentary" in its
sentence (`_outlet_document`). Not a commentary "by NAME" (the writer's, as before), nor one
a person sent (no outlet introduced it: the near miss fails when any named body may carry one).

Round 123 tried this reading and did not keep it (right 3, wrong 0, but in two articles only);
its strict xfail, and round 80's of a commentary a paper "carried ... along with", now pass and
moved here.
"""

from __future__ import annotations

from tests.quotes.invented import shorts, speaker_of

LEDE = "SEOUL, March 3 (Yonhap) -- North Korea opened a new rail line on Monday, state media said."


def test_the_commentary_a_paper_carried() -> None:
    paragraphs = [
        LEDE,
        "The Pukbang Sinmun, the party's provincial newspaper, devoted its front page to the"
        ' line Monday, carrying a commentary titled "Rails Across the Ridge." The commentary'
        ' said the builders had shown that "no ridge is too high for our youth."',
    ]
    assert speaker_of(paragraphs, "no ridge", short=True) == "Pukbang Sinmun"


def test_the_editorial_a_paper_ran_the_paragraph_before() -> None:
    paragraphs = [
        LEDE,
        "The party's provincial newspaper, Pukbang Sinmun, backed the drive with an editorial"
        ' titled "Rails for the People," urging cadres to "walk the line with the workers."',
        '"A cadre who rides while the builders walk has lost his way," the editorial said.',
    ]
    assert speaker_of(paragraphs, "A cadre", short=True) == "Pukbang Sinmun"


def test_a_front_page_editorial_of_a_daily() -> None:
    paragraphs = [
        LEDE,
        "The party daily Haeppit Sinmun devoted a front-page editorial to the line.",
        '"The rails run where the enemy said no rail could run," the editorial said.',
    ]
    assert speaker_of(paragraphs, "The rails run", short=True) == "Haeppit Sinmun"


def test_a_commentary_by_a_named_writer_stays_the_writers() -> None:
    paragraphs = [
        "The Pukbang Sinmun carried a commentary by Tak Song-ho, a professor at a Pyongyang"
        " university, on Monday.",
        'The commentary said the new line was "a ladder to the future."',
    ]
    assert speaker_of(paragraphs, "a ladder", short=True) == "Tak Song-ho"


def test_a_commentary_a_person_sent_is_no_outlets() -> None:
    paragraphs = [
        "Vice Minister Jang Il-ung sent the paper a long commentary on the harvest.",
        'The commentary said the farms had "outrun the weather."',
    ]
    assert speaker_of(paragraphs, "outrun", short=True) == "long commentary"


def test_round123s_editorial_a_daily_returned_to_the_subject_in() -> None:
    paragraphs = [
        "The Hanbit Sinmun, the party's daily, returned to the subject on Sunday in an "
        "editorial on the harvest.",
        '"Every grain is a bullet against the enemy," the editorial said.',
    ]
    assert shorts(paragraphs) == ["Hanbit Sinmun"]


def test_round80s_commentary_a_daily_carried_along_with_a_statement() -> None:
    paragraphs = [
        "The Minju Sinbo, the cabinet's daily, carried the statement on its third page "
        'along with a commentary titled "Whose Hand Holds the Whip?"',
        'The commentary said the inspectors had "forgotten how to see."',
    ]
    assert speaker_of(paragraphs, "forgotten how", short=True) == "Minju Sinbo"
