"""Round 378: a lede's "the ruling party's newspaper" is the paper the story names later.

Invented sentences only. A lede describes the North's party paper ('with the ruling party's
newspaper calling ...') and the story names it paragraphs later ('The Rodong Sinmun, the
newspaper of ...'), beyond the two paragraphs in which the lede's speaker is looked for. The
description went to the news agency named next, a body of another kind, or stayed a
description. A nameless paper is now never a news agency or a body of another kind named next,
and it is the one paper the story names, wherever it names it.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for

_STORY = [
    "SEOUL, Feb. 3 (Yonhap) -- North Korea has sent students to clear snow from rail lines in"
    " its northern provinces, with the ruling party's newspaper calling the work \"a battle for"
    " the nation's arteries.\"",
    "The Korean Central News Agency (KCNA) put the number of students at 40,000 and called"
    ' the drive "a classroom of loyalty."',
    '"The young people are clearing the tracks with shovels and their bare hands," the agency'
    " said.",
    "The Rodong Sinmun, the newspaper of the ruling Workers' Party, gave the snow brigades"
    " three pictures on page two.",
]


def test_the_lede_s_paper_is_the_paper_named_later() -> None:
    assert speaker_for(_STORY, "a battle for the nation's arteries.") == "Rodong Sinmun"


def test_the_agency_keeps_its_own_words() -> None:
    # near miss: the agency named next speaks for itself
    assert speaker_for(_STORY, "a classroom of loyalty.") == "Korean Central News Agency"


def test_state_media_is_still_the_agency() -> None:
    # near miss: "state media" is no paper; the agency named next, as before
    paragraphs = [
        "SEOUL, Feb. 3 (Yonhap) -- North Korea has opened a new vinegar factory in Kangso"
        ' County, state media said, calling it "a gift for every table."',
        "The Korean Central News Agency (KCNA) reported that the plant can turn out 2,000 tons"
        " of vinegar a year.",
        "The Rodong Sinmun, the newspaper of the ruling Workers' Party, printed the vinegar"
        " maker's picture too.",
    ]
    assert speaker_for(paragraphs, "a gift for every table.") == "Korean Central News Agency"
