"""Round 165: a verb before a title, "the company" after "told Yonhap", "his club".

Invented sentences only (no name or sentence from a corpus article).

1. A lowercase past form right after its subject (a name or a subject pronoun, an adverb
   between) is the clause's verb, never a word of the title of the name after it: "producer
   Ahn first handed actor Bo Ra-mi the script" names actor Bo Ra-mi ("the acclaimed actor"
   keeps its participle out of the way by its article).
2. "the company" never means the wire an interview was given to ("told Yonhap"), and a name
   reported saying something of "it" ("X said in a statement that it ...") is a body, whatever
   title it carries ("industry leader X"): the firm "the company said" refers back to.
3. "His club" or "her team" is the club named in the title of the person "his" means, when a
   league governs that person ("Mokpo Harbor FC head coach NAME"): a bare "His club" is never
   a name.
4. "The league fined NAME ... for calling the referee "..."": after a verb of sanction
   ("fined", "suspended", "sacked"), the gerund of labelling after "for" is the object's: the
   one fined called it so, not the one fining.
5. A quoted word in a headline right before "remark", "comment" or "jibe" is what someone
   said: the speaker of the body quotation holding it (never the headline's subject, the one
   fining); with no body quotation holding it, still no one.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import speaker_holds, speaker_of

_HANDED = [
    "When producer Ahn Seo-jin first handed actor Bo Ra-mi the script, Bo read it overnight.",
    '"I said yes before breakfast," Bo said.',
]
_FLOUR = [
    "SEOUL, March 2 (Yonhap) -- Bakers and flour mills clashed again over wheat prices, with "
    "talks led by industry leader Hanbit Flour stalling.",
    '"We cannot wait another month," Do Jae-pil, who heads the bakers\' group, told Yonhap.',
    'Hanbit Flour said in a statement that it "has no room left" as costs rise. "Every won '
    'lands on the shelf," the company said.',
]
_CLUB = [
    "SEOUL, May 3 (Yonhap) -- The league on Friday fined Mokpo Harbor FC head coach Ryu "
    "Gi-tae 3 million won for insulting a referee.",
    "Ryu said he would pay the fine but stood by his view.",
    'His club said it would not appeal. "Coach Ryu regrets the words," the club said.',
]

_FINED = [
    "SEOUL, May 3 (Yonhap) -- The league on Friday fined Daegu Owls manager Pi Jun-ho 2 million "
    'won (US$1,500) for describing an offside call as "a heist on live television."',
    '"I will pay, but I meant it," Pi said.',
]
_FINED_HEADLINE = "League fines manager over 'heist' remark"

RESOLVE: list[tuple[list[str], str, str]] = [
    (_HANDED, "I said yes", "actor Bo Ra-mi"),
    (_FLOUR, "Every won", "Hanbit Flour"),
    (_CLUB, "Coach Ryu regrets", "Mokpo Harbor FC"),
    (_FINED, "a heist", "Daegu Owls manager Pi Jun-ho"),
    (
        [
            "The Hallyeo Football Association suspended winger Ra Se-hun for calling fans "
            '"a bunch of armchair experts."'
        ],
        "a bunch",
        "winger Ra Se-hun",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['"It was a long winter," said acclaimed actor Bo Ra-mi, who returns to the stage.'],
        "It was a long",
        "Bo Ra-mi",
    ),
    (
        [
            "Bakers and flour mills clashed again over wheat prices.",
            'Daerim Flour said it "has no room left." "Every won lands on the shelf," the '
            "company said.",
        ],
        "Every won",
        "Daerim Flour",
    ),
    (
        [
            "The league on Friday fined head coach Ryu Gi-tae for insulting a referee.",
            'His club said it would not appeal. "Coach Ryu regrets the words," the club said.',
        ],
        "Coach Ryu regrets",
        "club",
    ),
    (
        ['Winger Ra Se-hun was fined after calling fans "a bunch of armchair experts."'],
        "a bunch",
        "Ra Se-hun",
    ),
    (  # a person's "said it" is no body speaking of itself (the review's guard)
        [
            "Desks sold by an online shop were recalled on Tuesday.",
            'Yun Seo-kyung said it was the second recall this year. "I want my money back," '
            "Yun said.",
            '"We will replace every desk free of charge," the company said.',
        ],
        "We will replace",
        "company",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round165_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start) == speaker


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round165_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


def _headline_speakers(headline: str, paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(headline, paragraphs) if q.paragraph is None]


def test_round165_headline_remark_is_the_body_speakers() -> None:
    assert _headline_speakers(_FINED_HEADLINE, _FINED) == ["Daegu Owls manager Pi Jun-ho"]


def test_round165_headline_remark_held_by_no_body_quotation_has_no_speaker() -> None:
    paragraphs = ["The league on Friday fined Daegu Owls manager Pi Jun-ho 2 million won."]
    assert _headline_speakers("League fines manager over 'heist' remark", paragraphs) == []
