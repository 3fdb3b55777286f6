"""Round 172: surnames, affiliations, objects before a verb and a lede's speakers.

Invented sentences only (no name or sentence from a corpus article). Seven rules:

- A capitalised word ("Na") whose lowercase form only a body's initials gave ("National
  Assembly" spells "na") is a surname, not the body: initials are written in capitals ("NA
  said" keeps the body), and an alias the article gave in brackets stays as written.
- "Prof. Kim Jun of Mokpo University": a Korean name whose given name has no hyphen, after a
  person's title, ends before "of"; the person is not a body named "... of ... University"
  (so a later "he" can mean them, and "she" no longer a rival).
- The object of "on" or "rather than" right before a verb ends a longer subject ('the focus on
  farmers rather than officials suggested'): it does not speak; the head before it does when
  it is a person or body ('an aide on the panel said'), otherwise no one in that clause does.
- 'A guild representing about 900 tutors said': the object of a participle of reach
  ("representing", "employing") counts whom the subject stands for; the subject speaks.
- 'The guild said the survey confirmed "..."': a record of findings that only bears a claim
  out ("confirmed", "showed") inside what a reporting verb says does not word it.
- A lede's "the top financial regulator said" named next only by an official who serves a
  named body ("deputy governor at the FSS") is that body, not the official.
- Round 169's lede rule (a country's words are those of the official whose statement the next
  paragraph names) also when that paragraph opens with narration and names the official at
  the end of its first sentence ('The test ... proved the gun, NAME, vice director of ...,
  said in a statement carried by ...'); a next paragraph opening with a fresh quotation still
  leaves the lede its country.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import resolve_and_near, speaker_holds

_ASSEMBLY = "Figures given to the National Assembly's budget panel showed the shortfall."
_UNION = (
    '"We have no other choice," said Ko Yeo-rum, chairwoman of the Korea Bus Drivers’ Union, '
    "at a rally."
)
_REGULATOR = (
    "SEOUL, May 2 (Yonhap) -- Unpaid installment balances rose to a record last month, the "
    'top consumer credit regulator said Friday, warning of a "payment trap" for young buyers.'
)
_LAUNCH = (
    "SEOUL, June 4 (Yonhap) -- North Korea said Sunday it has tested a new coastal gun that "
    'can "sink" any warship "within one minute," a day after the allies ended a naval drill.'
)
_ACADEMY = (
    "Ro Chang-bom, vice director of the Second Academy of Sciences, said in a statement "
    "carried by the official Korean Central News Agency."
)
_AGENCY = "Balances stood at 3.1 trillion won, according to the Consumer Credit Agency (CCA)."

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            _ASSEMBLY,
            "Among the volunteers is Private Na Hwi-ryeong, 20, who left a cooking school. "
            '"I wanted to be useful," Na said.',
        ],
        "I wanted",
        "Na Hwi-ryeong",
    ),
    (
        [
            "The National Assembly passed the bill on Friday.",
            'Na Seul-bom, a nurse, watched the vote. "It came too late," Na said.',
        ],
        "It came",
        "Na Seul-bom",
    ),
    (
        [
            "Lead author Seo Ga-eul described the results.",
            "Her co-author, Prof. Dokgo Taek of Mokpo National University, said the data were "
            'clear. "The decline is steady," Dokgo said.',
            'He said the team wanted "a bigger sample."',
        ],
        "a bigger sample",
        "Dokgo Taek",
    ),
    (
        [
            "Analyst Moon Dal-ui of Sejong Institute studied the broadcast.",
            "Moon said the focus on farmers rather than officials suggested the show was aimed "
            'at "a hungry audience."',
        ],
        "a hungry audience",
        "Moon Dal-ui",
    ),
    (
        [
            "A union representing about 3,000 bus drivers said Friday it would strike next "
            "month if Dongbu Transit goes ahead with plans to cut routes, warning that longer "
            "shifts would “wreck” drivers who already work 12 hours a day.",
            _UNION,
        ],
        "wreck",
        "Union",
    ),
    (
        [
            "The Korea Tutors Guild said in a statement that the survey confirmed “what parents "
            "have told us for years” and asked for a review."
        ],
        "what parents",
        "Korea Tutors Guild",
    ),
    (
        [
            _REGULATOR,
            _AGENCY,
            '"Young buyers split a purchase without seeing the total," Yeo Saet-byeol, deputy '
            'director for retail credit at the CCA, told reporters. "That worries us."',
        ],
        "payment trap",
        "Consumer Credit Agency",
    ),
    (
        [
            _LAUNCH,
            "The test, held Saturday at a range in South Pyongan Province, proved the "
            '"striking power" of the gun, ' + _ACADEMY,
        ],
        "sink",
        "Ro Chang-bom",
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    (
        ["The National Assembly passed the bill on Friday.", '"It came too late," NA said.'],
        "It came",
        "National Assembly",
    ),
    (
        [
            "The Korea Dental Association (Kda) said on Monday the fee was unfair.",
            '"We will appeal," Kda said.',
        ],
        "We will",
        "Korea Dental Association",
    ),
    (
        [
            "Lead author Seo Ga-eul described the results.",
            "Prof. Han Sol-ip of Mokpo National University said the data were clear.",
            'He said the team wanted "a bigger sample."',
        ],
        "a bigger sample",
        "Han Sol-ip",
    ),
    (
        [
            "Analyst Moon Dal-ui of Sejong Institute studied the broadcast.",
            "Moon said the focus on farmers, not officials, suggested the show was aimed at "
            '"a hungry audience."',
        ],
        "a hungry audience",
        "Moon Dal-ui",
    ),
    (
        ['A lawyer representing the families said the ruling was "a relief."'],
        "a relief",
        "lawyer",
    ),
    (
        ["The survey, by the Korea Tutors Guild, confirmed “a steady decline” in enrolment."],
        "a steady decline",
        None,
    ),
    (
        [
            _REGULATOR,
            _AGENCY,
            '"Young buyers split a purchase without seeing the total," Yeo Saet-byeol, deputy '
            'director for retail credit at the CCA, told reporters. "That worries us."',
        ],
        "Young buyers",
        "Yeo Saet-byeol",
    ),
    (
        # round 215: a fresh quotation "said in a statement" names the statement's author
        # (the README convention; the country until then)
        [_LAUNCH, '"The gun is ready for front-line units," ' + _ACADEMY],
        "sink",
        "Ro Chang-bom",
    ),
    (
        [
            _LAUNCH,
            "The test, held Saturday at a range in South Pyongan Province, proved the gun, "
            "the official Korean Central News Agency said.",
        ],
        "sink",
        "North Korea",
    ),
]


def _speaker(paragraphs: list[str], piece: str) -> str | None:
    for quote in extract_quotes("", paragraphs):
        if piece in quote.text:
            return quote.speaker
    raise AssertionError(f"no quotation holding {piece!r}")


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), resolve_and_near(RESOLVE, NEAR))
def test_round172(paragraphs: list[str], piece: str, speaker: str | None) -> None:
    assert speaker_holds(_speaker(paragraphs, piece), speaker)
