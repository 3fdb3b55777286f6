"""Round 350: a phrase naming an event after a name's comma describes the event, not the person.

Invented sentences only. 'held talks Tuesday with Samoan Foreign Minister Aroha Tane, the first
such meeting in Seoul since the two countries established ties,' showed the minister in the
quote panel as "..., the first such meeting in Seoul since ...". A description after the comma
whose head noun (its word before the first preposition or relative word) is an event ("meeting",
"visit", "talks", "trip", "summit", "session", "ceremony", "tour") is the occasion's. A string
repair: who speaks does not change.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for


def test_the_meeting_describes_no_one() -> None:
    paragraphs = [
        "Foreign Minister Kim held talks Tuesday with Samoan Foreign Minister Aroha Tane, the"
        " first such meeting in Seoul since the two countries established ties.",
        '"The ocean is our road," Tane said.',
    ]
    assert speaker_for(paragraphs, "The ocean is our road,") == "Samoan Foreign Minister Aroha Tane"


def test_the_visit_describes_no_one() -> None:
    paragraphs = [
        "Foreign Minister Kim met Lithuanian Foreign Minister Jurgis Petrauskas, the first"
        " visit to Korea by a Lithuanian foreign minister in seven years.",
        '"We came to build, not to sell," Petrauskas said.',
    ]
    assert speaker_for(paragraphs, "We came to build, not to sell,") == (
        "Lithuanian Foreign Minister Jurgis Petrauskas"
    )


def test_a_person_who_ran_the_session_stays_described() -> None:
    # near miss: read the same before this round (the head is "official", not "session")
    paragraphs = [
        '"What should I tell them?" asked Kalani Moe, a former trade official who moderated'
        " the session.",
    ]
    assert speaker_for(paragraphs, "What should I tell them?") == (
        "Kalani Moe, a former trade official"
    )
