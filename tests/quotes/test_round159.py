"""Round 159: labels a body keeps, and the partials beside them (terms).

Invented sentences only (no name or sentence from a corpus article). The rules:

* a scheme the body's own work was done in: 'was built in what it called a "... campaign"'
  (a preposition of setting before "what"; a scheme it decries, 'against what it called a
  "smear campaign"', stays its words);
* a possessive's quoted policy name: 'Tokyo's "quiet pressure policy"' (two or three
  lower-case words ending in policy, doctrine or strategy, no article);
* a perfect labelling verb after "what" and a body, "it" or a group: 'what the agency has
  dubbed "..."' (not "called", nor a named person's label);
* a later fragment after such a label is the sentence speaker's ('what X has labeled "...,"
  ..., and that Y would face "..."'), and a plural span of time after a quotation and a comma
  ('"...," hours logged after ...') is a gloss, no tag;
* a label a participle gives its noun and then judged: 'said some posts calling it a "..."
  were "..."' (the label is a term; the predicate is the sentence speaker's; "posts" before
  the participle is a noun, no reporting verb).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of, spoken

TERMS: list[tuple[list[str], str]] = [
    (
        [
            "KCNA said the new reservoir was dug by student brigades in what it called a "
            '"dawn campaign," and that farms nearby would get water "before planting."'
        ],
        "dawn campaign",
    ),
    (
        ['Pyongyang has long blamed its hunger on Seoul\'s "slow strangling policy" at sea.'],
        "slow strangling",
    ),
    (
        [
            "Ryu said inspectors would check what the agency has dubbed "
            '"dark shifts," hours logged after staff sign out, and that firms would get '
            '"one warning only."'
        ],
        "dark shifts",
    ),
    (
        [
            'The coast guard spokesperson said some online posts calling it a "miracle" '
            'were "simply wrong."'
        ],
        "miracle",
    ),
]

SPEAKERS: list[tuple[list[str], str, str]] = [
    (
        [
            "Labor official Gwak Min-seo said inspectors would check what the agency has "
            'dubbed "dark shifts," hours logged after staff sign out, and that firms would '
            'get "one warning only."'
        ],
        "one warning only",
        "Gwak Min-seo",
    ),
    (
        [
            "Asked about the tow, the navy spokesperson said the vessel was pulled to port, "
            'and that several online posts describing the tow as a "daring rescue" were '
            '"simply wrong."'
        ],
        "simply wrong",
        "navy spokesperson",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['The ministry condemned what it called a "smear campaign."'],
        "smear campaign",
        "ministry",
    ),
    (
        ['Rep. Bae Ju-won said the plan was "a bad policy" that would hurt farmers.'],
        "a bad policy",
        "Bae Ju-won",
    ),
    (
        ['Rep. Bae Ju-won criticized what she has labeled "a quiet tax" on renters.'],
        "a quiet tax",
        "Bae Ju-won",
    ),
    (
        ['Captain Noh Ha-jun, calling it a "small miracle," said the crew had been lucky.'],
        "small miracle",
        "Noh Ha-jun",
    ),
    (
        ['Captain Noh Ha-jun said the tow was a "small miracle" and the crew were "lucky."'],
        "lucky",
        "Noh Ha-jun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start"), TERMS)
def test_round159_label_has_no_speaker(paragraphs: list[str], start: str) -> None:
    assert spoken(paragraphs, start) is None


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), SPEAKERS)
def test_round159_fragment_is_the_sentence_speakers(
    paragraphs: list[str], start: str, speaker: str
) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round159_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
