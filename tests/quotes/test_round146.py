"""Round 146: five shapes behind wrong or missing speakers in tuning text already read.

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. 'NAME Co. said in a statement ... "...," the company said': "the company" is the firm
   that was the paragraph's newest subject, not the firm the lede called "a maker".
2. "any worker called as a witness": "called as a" is a participle of summoning, no report,
   so the worker never becomes whom "he wrote" means.
3. 'According to NAME, some buyers have begun asking for "..."': when the clause's subject is
   only part of a group and the verb one of asking for a thing, the source the sentence opens
   on is the speaker (a group that says or shouts words keeps no speaker).
4. (Not merged: 'printed photos under the headline "..." and called it "..."', a title after
   "headline" or "titled" ending no clause, made four speakers right on the reused held-out
   splits but gave a term a speaker there, as round 64's version of it had been dropped.)
5. 'with the union saying its members "..."': after "with" and a determiner, "saying" with a
   reported clause after it is a participle, not "the old saying".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1
        [
            "Sangdo Motors, a small maker of car seats, has sued a rival in Tianjin.",
            "Sangdo said the rival had copied its drawings.",
            'Weilan Seat Co. said in an emailed statement that its seat was "designed '
            'in-house." "We copy nobody," the company said.',
        ],
        "We copy nobody",
        "Weilan Seat Co.",
    ),
    (  # 2
        [
            "Ko Min-ho wrote on LinkedIn on Monday that the firm would cover the costs of any "
            'worker called as a witness. "The workers deserve it. We will not leave them, he '
            "wrote."
        ],
        "The workers deserve it",
        "Ko Min-ho",
    ),
    (  # 3
        [
            "According to Pyo Min-seo, a researcher at the Korea Energy Institute, some "
            'utilities have begun asking for "a full audit of every meter."'
        ],
        "a full audit",
        "Pyo Min-seo",
    ),
    (  # 5
        [
            "SEOUL, Dec. 6 (Yonhap) -- Bus drivers at Daehan Transit voted Friday to strike, "
            'with their union saying its members "cannot go on" like this.',
            "The Daehan Transit Drivers Union said 90 percent of its members backed the walkout.",
        ],
        "cannot go on",
        "Daehan Transit Drivers Union",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: the firm that spoke last is the one "the company" means
        [
            "Sangdo Motors, a small maker of car seats, said Weilan Seat Co. had copied its "
            'drawings. "We will see them in court," the company said.'
        ],
        "We will see them",
        "Sangdo Motors",
    ),
    (  # 2: "called" with its object first still labels
        ['Ko Min-ho called the ruling "a disgrace to the court."'],
        "a disgrace",
        "Ko Min-ho",
    ),
    (  # 3: a group that shouts words spoke them itself: no speaker
        ['According to police, some shouted "get out" at the guards.'],
        "get out",
        None,
    ),
    (  # 3: nor one that says them
        ['According to police, many said they were "tired of waiting."'],
        "tired of waiting",
        None,
    ),
    (  # 4 (not merged): without a title between, the subject speaks
        [
            "The Minju Choson printed six photos of the parade and called it "
            '"a roaring display of our might."'
        ],
        "a roaring display",
        "Minju Choson",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round146_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


def test_round146_old_saying_stays_a_noun() -> None:
    """Rule 5: "the old saying" before a comma is still a noun, and gives no speaker of its
    own ("with" before it or not)."""
    got = speaker_of(
        ['Lee Ji-hoon closed with the old saying, "Slow water runs deep," and left.'],
        "Slow water",
    )
    assert got is None or "saying" not in got
