"""Round 212: a description of a body is a body, by its head noun.

Invented sentences only (no name or sentence from a corpus article). One rule, on how a
reader resolves a definite description: its head noun says what kind of referent it is (a
body or a person), and it means the one referent of that kind the copy gives it.

1. "the" and a noun that names a body and never a person ("the club", "the financial
   regulator", "the watchdog", "the authority") is an organisation: "it" may mean it ('...,
   the financial regulator said Monday, in a step it said would end "..."'), and it is no
   person's epithet ('The club said' was given to the player just quoted).
2. The head noun is the word before the description's first preposition: "the owner of a
   bakery near the school" is an owner (a person), not the school; "the head of the state
   fisheries agency" is a head, no agency.
3. The lede's body named next: a description such as "the agency" or "the regulator" is the
   body a person named next serves ("... Administration (RHA) Administrator NAME") even now
   that it is read as a body; it is never a body of another kind named next ("the antitrust
   regulator" is no "High Court").
4. "the club" means the one team named before it, a short form of a team's name being that
   team ("the Night Herons" after "the Mapo Night Herons").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

# paragraphs, the start of the quotation, a word of the speaker it must have
RESOLVE: list[tuple[list[str], str, str]] = [
    (  # rule 1 and 3: "it" means the regulator, which the lede's next paragraph names
        [
            "Households with two jobs will be able to defer card payments from June, the"
            ' financial regulator said Monday, in a step it said would end "a spiral of late'
            ' fees for the working poor."',
            "About 900,000 people fell behind on card bills last year, according to the"
            " Household Credit Commission (HCC).",
        ],
        "a spiral of late fees",
        "Household Credit Commission",
    ),
    (  # rule 1 and 3: "as it announced"
        [
            "Card late fees will be capped from June, the financial watchdog said Monday, as it"
            ' announced a campaign for borrowers who "never read the small print."',
            "The Household Credit Commission (HCC) said it would mail notices to 200,000"
            " borrowers.",
        ],
        "never read the small print",
        "Household Credit Commission",
    ),
    (  # rule 3: the agency a person named next serves
        [
            "Rural clinics will stay open at night from March, the state health agency said"
            " Tuesday.",
            '"We cannot ask nurses to work alone at night," Rural Health Administration (RHA)'
            " Administrator Tae Gu-won said at a briefing.",
            'The agency said the plan would run on a budget it described as "tight but enough."',
        ],
        "tight but enough",
        "Rural Health Administration",
    ),
    (  # rule 1 and 4: "The club" is no player, and the one team named before
        [
            "Defender Rho Seung-pil announced his retirement on Sunday at the rink of his"
            " club, the Mapo Night Herons.",
            "Rho will stay with the Night Herons as a coach. The club said in a statement it"
            ' would retire his jersey, calling him "the quiet engine of a small team."',
        ],
        "the quiet engine",
        "Mapo Night Herons",
    ),
    (  # rule 2: an owner of a bakery near the school, not the school
        [
            "Yeouido Girls' High School opened a student-run snack shop in March.",
            '"We set the prices ourselves," said Gu Da-on, a teacher at the school.',
            "The owner of a bakery near the school said the shop had cut into her sales."
            ' "Students used to buy bread from me every morning," she said.',
        ],
        "Students used to buy",
        "owner of a bakery",
    ),
]

# near misses: the same frames, answered as before the rule
KEEP: list[tuple[list[str], str, str]] = [
    (  # a court named next is no regulator: the description stays
        [
            "A court on Monday upheld a fine on delivery app Nabi Eats over fees that the"
            ' antitrust regulator had called "unfair to riders."',
            "The Daejeon High Court said the Fair Competition Commission had been right to act.",
        ],
        "unfair to riders",
        "the antitrust regulator",
    ),
    (  # "the head of the ... agency" is a person, named next
        [
            "Fishing boats will stay in port this week, the head of the state fisheries agency"
            ' said Monday, calling the typhoon "the worst in a decade."',
            '"We will pay for lost days at sea," Fisheries Agency Administrator Yoo Mi-rae said.',
        ],
        "the worst in a decade",
        "Yoo Mi-rae",
    ),
    (  # "The club" after a sentence about one of two teams: that team (round 10)
        [
            "The Mapo Night Herons beat the Incheon Sea Gulls 3-2 on Sunday.",
            'The club said it would appeal the fine, calling it "a cold decision."',
        ],
        "a cold decision",
        "Mapo Night Herons",
    ),
    (  # "the captain" is a person: a role noun, no body
        [
            "Captain Rho Seung-pil of the Mapo Night Herons scored twice on Sunday.",
            '"We played for the fans," the captain said.',
        ],
        "We played for the fans",
        "Rho Seung-pil",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round212_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round212_keeps(paragraphs: list[str], start: str, speaker: str) -> None:
    got = speaker_of(paragraphs, start)
    assert speaker_holds(got, speaker), got
