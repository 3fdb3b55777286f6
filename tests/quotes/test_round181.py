"""Round 181, as merged: "the Korean ministry" is the one ministry of either Korea the story
names (a body's nationality read against the bodies named before it).

Invented sentences only (no name or sentence from a corpus article). The round's other rules
(a lede's described body taking the one later name that holds its words, "antitrust" for a
Fair Trade Commission, a bare "the city" and "it") were left out at the merge: the first made
two held-out speakers wrong, the last gave a held-out quotation a wrong speaker instead of none.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_holds, speaker_of


def test_the_korean_ministry_is_the_one_korean_ministry_named() -> None:
    paragraphs = [
        "SEOUL, July 2 (Yonhap) -- The unification ministry said Tuesday it would fund 40 "
        "new family reunion video booths.",
        '"The booths open in May," the Ministry of Unification said in a release.',
        "China's foreign ministry said it had no comment.",
        'The Korean ministry said the plan was "only a start."',
    ]
    assert speaker_holds(speaker_of(paragraphs, "only a start"), "Ministry of Unification")


def test_two_korean_ministries_leave_it_unresolved() -> None:
    paragraphs = [
        "The Ministry of Unification and the Ministry of Foreign Affairs met on Monday.",
        'The Korean ministry said the talks were "useful."',
    ]
    found = speaker_of(paragraphs, "useful")
    assert not speaker_holds(found, "Ministry of Unification")
    assert not speaker_holds(found, "Ministry of Foreign Affairs")
