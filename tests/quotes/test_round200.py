"""Round 200: the right body for "the company", "the agency", "the clinic", "the <Name> hotel";
a shout's next sentence; a question's asker.

Invented sentences and names only (no name or sentence from a corpus article). The rules:

- a capitalised "The", "A", "He" (a word capitalised only to open a sentence) right after a
  quotation closed by "!", "?" or "." inside its marks opens a new sentence: no inverted tag
  ('a man yelled, "Sit down!" The speaker banged his gavel.': the man's, not the speaker's);
- "the company" is never a plural group of people read as a name ("Dancers at NAME ..."), and
  is the firm an appositive typed ("The resort's operator, NAME, said its ...") that spoke in
  the paragraph before;
- a partial inside the question of "Asked by NAME whether ..." is the asker's words, not the
  later tag's;
- an aside of a preposition and a capitalised place ("The clinic, in NAME Province, said")
  leaves the phrase before it the subject, and a bare "the <noun>" first speaking is the one
  "a ... <noun>" the copy described before (when no untyped name may be that body's);
- "According to NAME, the rate stood at N" is a clause, no appositive of NAME, and a bare "the
  agency" is the kindless state body ("Census Korea") just named in its paragraph;
- "the <Name> <noun>" is the one named body opening with <Name> and ending with the noun.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "As the mayor rose to speak, a man near the door yelled, "
            '"Tell us where the money went!" The council chair asked for calm.'
        ],
        "Tell us where the money went",
        "a man near the door",
    ),
    (
        [
            "Dancers at Gaeul Splash World, one of the biggest water parks in the south, have "
            "voted to walk out.",
            "Their leader, Pyeon Ju-ro, said the walkout would start Friday unless the company "
            "agreed to pay for practice.",
            "The resort's operator, Dorae Leisure, said in a statement that its wages were fair.",
            '"We will keep talking to every dancer until the season opens," the company said.',
        ],
        "We will keep talking to every dancer",
        "Dorae Leisure",
    ),
    (
        [
            "Asked by a ruling party lawmaker whether the fund had been "
            '"quietly emptied," Gyeon Do-hwi said the audit would answer that.'
        ],
        "quietly emptied",
        "ruling party lawmaker",
    ),
    (
        [
            "A district court fined the county and a private dental clinic for the error.",
            'The clinic, in South Jeolla Province, said it had kept "every rule we knew of" '
            "and would appeal.",
        ],
        "every rule we knew of",
        "private dental clinic",
    ),
    (
        [
            "The Ulsan Metropolitan Government said it would widen its rent subsidy.",
            "According to Census Korea, the jobless rate among people in their 20s stood "
            "at 6.2 percent, the highest in a decade. The agency called the figure "
            '"a worrying turn" for young workers.',
        ],
        "a worrying turn",
        "Census Korea",
    ),
    (
        [
            "Guests fell ill after a stay at the Byeolmaru Lake Hotel in Jecheon, health "
            "officials said.",
            'The Byeolmaru hotel called the test "far from final."',
        ],
        "far from final",
        "Byeolmaru Lake Hotel",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (['"Sit down!" Seom Ho-yul yelled at the front row.'], "Sit down", "Seom Ho-yul"),
    (
        ['As the vote closed, a lawmaker shouted, "Shame on you!" the clerk noted in the record.'],
        "Shame on you",
        "clerk",
    ),
    (
        [
            "Asked by a reporter whether the plan was dead, Eo Ji-hwan said: "
            '"It is very much alive."'
        ],
        "It is very much alive",
        "Eo Ji-hwan",
    ),
    (
        [
            "According to Bin Na-rae, a researcher at the Dasom Policy Institute, the rate was "
            '"far higher than reported."'
        ],
        "far higher than reported",
        "Bin Na-rae",
    ),
    (
        [
            "Gureum Snack Works, a snack maker in Icheon, said it would raise prices.",
            '"We held out as long as we could," the company said.',
        ],
        "We held out as long as we could",
        "Gureum Snack Works",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round200_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round200_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
