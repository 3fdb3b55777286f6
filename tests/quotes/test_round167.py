"""Round 167: documents, chants, terms and missed partials (tuning51's cases).

Invented sentences only (no name or sentence from a corpus article). The rules:

* "designate <object> as a "..."": an official act gives a thing its class, a name, even
  with a place name in the object (the existing rule wanted "as" right before the marks);
* "which NAME calls "the ..."": the name one person habitually gives a thing, a nickname (the
  corpus README's convention), when its words after "the" are name-shaped;
* "began (started, took to) calling them "..."": a habit of naming begins, a nickname;
* "a banner that read "..." and chanting "..."": the relative "that read" describes the
  banner as "reading" does, so the chant coordinated after it is the crowd's;
* "In a joint statement, the two sides said ... "..."": an unnamed pair speaks through the
  joint document, which is credited (the corpus labels the document's noun);
* "a race she later called "..."": a pronoun subject across one adverb keeps the words its
  own, not a name no one gives;
* "held the "false impression" that ...": a quoted noun of belief taking a "that" clause is
  the speaker's judgement, not a name after "the".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

LEDE = "SEOUL, March 4 (Yonhap) -- Vice Minister Bae Jun-seo met his counterpart Lina Costa."

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The Ulsan city government said it would designate the beach off Jinha as a "
            '"sea turtle nesting area."'
        ],
        "sea turtle nesting area",
        None,
    ),
    (
        [
            "Choreographer Maeng Do-yul said the show uses a single ladder, which Maeng calls "
            '"the second conductor."'
        ],
        "the second conductor",
        None,
    ),
    (
        ['The boots leaked in the first rain. Cadets soon began calling them "sponge boots."'],
        "sponge boots",
        None,
    ),
    (
        [
            "Nearly 300 fishermen gathered at the pier, holding a banner that read "
            '"Our nets, our sea" and chanting "No more quotas!"'
        ],
        "No more quotas",
        "fishermen",
    ),
    (
        [
            LEDE,
            "In a joint statement released after the meeting, the two sides said they would "
            '"expand direct flights between the two capitals" by next year.',
        ],
        "expand direct flights",
        "joint statement",
    ),
    (
        [
            "Woo Ga-yeon, 24, won the final in straight sets in a match she later called "
            '"the hardest hour I have ever played," taking her first title.'
        ],
        "the hardest hour",
        "Woo Ga-yeon",
    ),
    (
        [
            "The institute said in a report that many renters held the "
            '"false impression" that the deposit insurance was automatic.'
        ],
        "false impression",
        "institute",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Critic Ryu Han-bi said the staging was bold, and Ryu called the finale "
            '"a beautiful mess."'
        ],
        "a beautiful mess",
        "Ryu Han-bi",
    ),
    (
        [
            "Nearly 300 fishermen gathered at the pier, holding a banner that read "
            '"Our nets, our sea" and chanting "No more quotas!"'
        ],
        "Our nets",
        "banner",
    ),
    (
        [LEDE, 'The two sides said they would "expand direct flights" by next year.'],
        "expand direct flights",
        None,
    ),
    (
        ['Lawmaker Shin Bo-ra said the plan was "a gift to developers," and she called it unfair.'],
        "a gift to developers",
        "Shin Bo-ra",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round167_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round167_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
