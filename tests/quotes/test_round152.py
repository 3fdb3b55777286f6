"""Round 152: documents, signs and captions that give their words.

Invented sentences only (no name or sentence from a corpus article).

* An "It read:" right after a thing that bears writing but is no role noun (a card, a
  plaque, a label: "card" heads company names) gives the words to that thing, not to a
  body or person named before; and a document noun that is only where the thing was put
  ('taped a card to one of the posts') is not what "It" means.
* "The largest reads:" (or "The first read,") after documents named before is one of those
  documents speaking, not a person named later.
* 'a caption quoting one of them, NAME: "..."': the name past the partitive is quoted.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The Thai Embassy in Seoul sent an observer to the rally.",
            "Afterwards one of the drivers raised a folded card in Thai and English. "
            'It read: "We drive, we do not sleep."',
        ],
        "We drive",
        "card",
    ),
    (
        [
            "Someone has glued a small plaque to one of the pier's posts. "
            'It reads: "Please do not feed the gulls."'
        ],
        "Please do not feed",
        "plaque",
    ),
    (
        [
            "Nearly 30 banners hang along the lane to the quarry. The biggest reads: "
            '"Our wells are not for sale."',
            'Maeng Du-sik, the village head, said: "We will stay."',
        ],
        "Our wells",
        "banner",
    ),
    (
        [
            "The county paper ran a picture of nurses at a new clinic with a caption quoting "
            'one of them, Seo Ran-hee: "I walk five minutes to work now."'
        ],
        "I walk five minutes",
        "Seo Ran-hee",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        [
            "Doh Myung-jae wrote a card to the mayor's office. "
            'It read: "Fix the crossing before winter."'
        ],
        "Fix the crossing",
        None,
    ),
    (
        ['A staff member pointed to a small sign on the door. It read: "No pets inside."'],
        "No pets inside",
        "sign",
    ),
    (
        [
            "The county paper ran a picture of nurses with a caption quoting Seo Ran-hee, "
            'a midwife: "I walk five minutes to work now."'
        ],
        "I walk five minutes",
        "Seo Ran-hee",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round152_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round152_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
