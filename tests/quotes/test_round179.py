"""Round 179: documents, second pass (an inverted "read" with a longer subject, "advises").

Invented sentences only (no name or sentence from a corpus article).

* Tried and taken back, then taken up again by round 242 (``REVERTED`` now passes): after an
  inverted '"...,"
  read', a subject no phrase was read for gives its words to the
  document it heads, as round 171 reads the same subject before "read": an article or a
  quantifier ('one widely liked review', 'one of the top comments', 'a reply'), at most three
  lowercase words, then a document noun or a noun of written words (now also "reply" and
  "replies"), with any words after the noun ('by a user with 5,000 followers', 'that drew 90
  likes'). A sender named after the noun ('by Kim', 'from the Ministry') keeps the words from
  the document. It met the bar (3 right, 1 wrong) but its wrong, a forum comment labelled
  with no speaker, took tuning33's speaker figure below its floor. Round 242 read the same
  shape with a fourth right one (tuning74) and the corpus convention for documents no
  person stands behind, and lowered tuning33's floor by that one comment.
* "advise(s)/advised" reports a document's words only with a document noun right before it,
  in a phrase opening right after a quotation ('"...," the trail notice advises') or with a
  colon or comma and a quotation right after it (the colon form, 'The gate leaflet advises:
  "..."', was read before). Any other subject's "advises" stays no verb of saying.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

REVERTED: list[tuple[list[str], str, str]] = [
    (
        [
            '"The noodles arrive cold every single time," read one widely liked review by a '
            "user with about 5,000 followers."
        ],
        "The noodles arrive cold",
        "review",
    ),
    (
        [
            "A thread on the ferry schedule drew hundreds of answers. "
            '"Bring a book and a blanket," read one of the top comments.'
        ],
        "Bring a book",
        "comment",
    ),
    (
        ['"Ask the captain, not the app," read a reply that drew more than 90 likes.'],
        "Ask the captain",
        "reply",
    ),
]
"""The inverted-read rule's cases: written, taken back (it cost tuning33's speaker floor),
and read again by round 242."""

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        ['"Keep to the path and do not feed the deer," the trail notice advises.'],
        "Keep to the path",
        "notice",
    ),
    (
        ['"Leave no food in the tents overnight," the camp leaflet advises.'],
        "Leave no food",
        "leaflet",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['"We will reopen the pier in May," read one widely shared post by Seok Ra-min.'],
        "We will reopen",
        None,
    ),
    (
        ['The gate leaflet advises: "Leave no food in the tents overnight."'],
        "Leave no food",
        "leaflet",
    ),
    (
        ['"Close the sluice at dawn," read the notice.'],
        "Close the sluice",
        "notice",
    ),
    (
        ['A court ruling advised lenders to "stop the hidden fees at once."'],
        "stop the hidden fees",
        None,
    ),
    (
        ['"Wait for the second bell," Cheon Ha-rim advised.'],
        "Wait for the second bell",
        "Cheon Ha-rim",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round179_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), REVERTED)
def test_round179_reverted(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round179_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
