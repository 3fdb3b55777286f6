"""Round 150: partial quotations dropped as terms, names or scare quotes (tuning text read).

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. 'NAME called the rebrand "..."': a naming word ("rebrand", "renaming") right after a
   determiner is a noun, so the quotation judges the renaming and is the subject's words (a
   naming verb, 'renamed the pier "..."', still gives a name, nobody's words).
2. "The Ministry of Ports and Startups said": a capitalised role noun after "and" in a body's
   "of" list ends the body's name; it is no new subject.
3. 'said it would "closely watch" claims': after a modal the quotation is a verb phrase, never
   the name of a kind before its noun.
4. '"not a paper navy," a phrase the admiral repeated': a quotation opening "not" and a
   determiner is a predicate, not a term, whatever noun follows it.
5. 'what NAME described as the "..."': a lowercase phrase after "described as the" with a
   subject is the subject's judgement (a passive or a title-cased name is not).
6. (Not merged: 'investors are eyeing the port as a "..."', an active verb of regarding
   governing "as a", made one quotation right on the reused held-out splits but gave a term a
   speaker there. A passive 'is seen as a "..."' reads a status's name, as before.)
7. 'found the same phrases "in nine essays, line by line"': a plural word noun (not
   "words") before a quotation opening with a preposition of place is no cue.
8. 'said the fee was "a small mercy, and that rents mattered more.': a partial quotation that
   lost its closing mark ends where the narrator goes on (", and that", "and called for").
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import speaker_holds, speaker_of

# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1
        [
            "Pyo Han-gyeol, a spokesman for the opposition, called the rebrand "
            '"a fresh coat of varnish on a sinking boat."'
        ],
        "a fresh coat",
        "Pyo Han-gyeol",
    ),
    (  # 1: "renaming" as a noun too
        [
            "Residents were split. Gu Mi-rae, who runs a bakery on the street, called the "
            'renaming "a lot of fuss over a signpost."'
        ],
        "a lot of fuss",
        "Gu Mi-rae",
    ),
    (  # 2
        ['The Ministry of Ports and Startups said: "We will publish the list in June."'],
        "We will publish",
        "Ministry of Ports and Startups",
    ),
    (  # 2 and 3
        [
            "The Ministry of Ports and Startups said in a statement that it would "
            '"carefully review" complaints from ferry operators.'
        ],
        "carefully review",
        "Ministry of Ports and Startups",
    ),
    (  # 4
        [
            "Admiral Tak Seong-jun said the drill showed the fleet was "
            '"not a harbor navy," a phrase he repeated at the briefing.'
        ],
        "not a harbor navy",
        "Tak Seong-jun",
    ),
    (  # 5
        [
            "The union denounced what it described as the "
            '"quiet gutting" of night-shift safety rules.'
        ],
        "quiet gutting",
        "union",
    ),
    (  # 7
        [
            "Seol Bo-gyeom, a teacher who grades the essays, said she found the same phrases "
            '"in nine of the papers, comma for comma."'
        ],
        "in nine of the papers",
        "Seol Bo-gyeom",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: a statement after its reporting verb stays the speaker's
        ['Pyo Han-gyeol said of the rebrand, "It changes nothing for voters."'],
        "It changes nothing",
        "Pyo Han-gyeol",
    ),
    (  # 2: a body whose "of" list has no role noun
        ['The Ministry of Ports and Fisheries said: "We will publish the list in June."'],
        "We will publish",
        "Ministry of Ports and Fisheries",
    ),
    (  # 8: a full quotation left open keeps its "and that"
        ['Noh Da-bin said: "We tried, and that is all anyone can ask of us.'],
        "We tried, and that",
        "Noh Da-bin",
    ),
]

# terms and names: no one's words (absent, or without a speaker)
NAMES: list[tuple[list[str], str]] = [
    (['The county renamed the old ferry pier "Gull Point Landing" in March.'], "Gull Point"),
    (['The party will rebrand its youth wing as "New Tide Forum" next month.'], "New Tide"),
    (['The port is widely seen as a "gateway city" for the region, Ma Gyu-ri said.'], "gateway"),
    (['The plan, described as the "Green Harbor Pact," was signed Monday.'], "Green Harbor"),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round150_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start"), NAMES)
def test_round150_names_stay_nobodys(paragraphs: list[str], start: str) -> None:
    quotes = [q for q in extract_quotes("", paragraphs) if q.text.startswith(start)]
    assert all(q.speaker is None for q in quotes)


def test_round150_open_partial_ends_before_the_narration() -> None:
    """Rule 8: the text stops before ", and that"; the narrator's clause is no quotation."""
    paragraphs = [
        "Bang Seo-rin said the new bus fare was \u201ca small mercy, like an umbrella in a "
        "flood, and that cheaper rents would help far more."
    ]
    texts = [q.text for q in extract_quotes("", paragraphs)]
    assert texts == ["a small mercy, like an umbrella in a flood"]
