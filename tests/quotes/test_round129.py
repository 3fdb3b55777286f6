"""Round 129: shapes read from fresh tuning text (tuning43's first reading).

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer, so that no rule passes by always saying one thing:

1. "NAME made the remarks in a statement carried by KCNA": a later "the statement said" is
   NAME's, not the carrier's.
2. A present tense right after a quotation with no mark of its own ('accused Seoul of "..."
   the American claims') is a plural noun, not a tag.
3. 'Fans nicknamed it "...," and one line making the rounds reads: "..."': the second clause
   has a subject of its own; the fans did not write the line.
4. "Seoul Central District Court ruled in favor of NAME, who ...": the court and NAME are two
   phrases (a name opening its clause before a past tense is that verb's subject).
5. "NAME's brakeman, NAME2, is a former sprinter": the sentence is about NAME2.
6. "That coach, head coach NAME, said": the panel shows "head coach NAME", not "..., coach".
7. 'a clerk looked at it. "...," the clerk told him': the clerk, not the paragraph's named
   person.
8. "radioing" and "radioed" report words.
9. 'was asked by a student, "...?" He replied, "..."': the reply's clause does not tag the
   question.
10. "Brussels" speaking is the European Union.
11. "the Red Cross" after "the Korean Red Cross" is that body.
12. 'the show "draws only on ..."': a quotation opening with a present tense is a predicate,
    not a title.
13. An unclosed quotation ends before ", adding that".
14. 'risks "shutting out" older people': a verb and its particle are no thing's name.
15. 'the "lowest level for ... in a decade"': a superlative description is the speaker's.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import speaker_holds, speaker_of

_HEAD = "Officials react"


def _found(paragraphs: list[str], start: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of every quotation whose text starts with ``start``."""
    return [
        (q.text, q.speaker)
        for q in extract_quotes(_HEAD, paragraphs)
        if q.text.lstrip().startswith(start)
    ]


# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1
        [
            "Han Ok-chol, director of the Department of Europe Affairs at the North's foreign "
            "ministry, made the remarks in a statement carried by the state-run Korean Central "
            "News Agency (KCNA).",
            '"The so-called review is a patchwork of lies," the statement said.',
        ],
        "The so-called review",
        "Han Ok-chol",
    ),
    (  # 1, a body
        [
            "The Korean Committee for Space Technology made the claims in a statement carried "
            "by KCNA on Friday.",
            '"The launch was a complete success," the statement said.',
        ],
        "The launch was",
        "Korean Committee for Space Technology",
    ),
    (  # 2
        [
            'The commentary said the sanctions had been "timed to coincide" with the vote, and '
            'accused Tokyo of "blindly parroting" the American claims.',
        ],
        "blindly parroting",
        "commentary",
    ),
    (  # 3
        [
            'Commuters have nicknamed the new trams "silver snails," and one line making the '
            'rounds on transit forums reads: "At last, a tram slower than my bicycle."',
        ],
        "At last",
        None,
    ),
    (  # 4
        [
            "The Daegu District Court ruled in favor of Paek Ju-won, 52, who was turned away "
            "from a clinic in March.",
            'Paek said the ruling mattered more than the money. "I was refused at the door '
            'three times," he told Yonhap by phone.',
        ],
        "I was refused",
        "Paek Ju-won",
    ),
    (  # 5
        [
            'Kwak Ho-jin said the rally had gone well. "We were lucky," Kwak said.',
            "Kwak's navigator, Tae Ok-ran, is a former radio operator who joined the rally team "
            'at 30. "She reads the road before I see it," the 34-year-old said.',
        ],
        "She reads the road",
        "Tae Ok-ran",
    ),
    (  # 5, "she" after it
        [
            'Kwak Ho-jin said the rally had gone well. "We were lucky," Kwak said.',
            "Kwak's navigator, Tae Ok-ran, is a former radio operator. "
            '"The road talks to me," she said.',
        ],
        "The road talks",
        "Tae Ok-ran",
    ),
    (  # 7
        [
            '"I followed the manual step by step," Seol Hyo-bin said.',
            "When he took the heater to an authorized repair shop, he said, a technician "
            'glanced at it for a moment. "Just throw it away," the technician told him.',
        ],
        "Just throw it away",
        "technician",
    ),
    (  # 8
        [
            "Two helicopters circled the harbor once more, with the lead pilot, Capt. Ryu "
            'Dong-su, radioing "Harbor patrol, last flight, good night, Mokpo" as crews waved.',
        ],
        "Harbor patrol",
        "Ryu Dong-su",
    ),
    (  # 9
        [
            "At a town hall on Tuesday, Mayor Eom Tae-yul was asked by a resident, "
            '"Will you close the landfill?" He replied, "The landfill stays open until 2030."',
        ],
        "Will you close",
        "resident",
    ),
    (  # 10
        [
            "South Korea and the European Union signed a fisheries accord Monday, with "
            'Brussels calling it a "model for sustainable fishing."',
        ],
        "model for",
        "European Union",
    ),
    (  # 11
        [
            "The Korean Red Cross said Tuesday that relief kits had run short.",
            "According to the Red Cross, requests for kits have risen by "
            '"nearly half in three years," as floods grow more frequent.',
        ],
        "nearly half",
        "Korean Red Cross",
    ),
    (  # 12
        [
            "The gallery said in a statement that the show "
            '"relies only on donated works and is meant for every visitor."',
        ],
        "relies only",
        "gallery",
    ),
    (  # 14
        [
            "The Financial Services Commission said Monday that the closure of bank branches "
            'risks "locking out" elderly customers in rural areas.',
        ],
        "locking out",
        "Financial Services Commission",
    ),
    (  # 15
        [
            "Rice stocks have fallen to 41 days' worth, the Ministry of Agriculture, Food and "
            'Rural Affairs said Monday, the "smallest reserve for late autumn in eight years," '
            "as exports and poor weather cut supply.",
        ],
        "smallest reserve",
        "Ministry of Agriculture",
    ),
]

# near misses: the same shapes with another right answer (they pass before and after)
KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: remarks made in a speech do not make anyone the statement's author
        [
            "Han Ok-chol made the remarks in a speech in Pyongyang.",
            '"The review is a patchwork of lies," the statement said.',
        ],
        "The review",
        "statement",
    ),
    (  # 2: a tag after a comma stays one
        ['"We will not give up," the American says.'],
        "We will not give up",
        "American",
    ),
    (  # 3: no second clause: the sentence's subject introduces the words
        ['Eom Tae-yul was blunt: "The landfill stays open."'],
        "The landfill",
        "Eom Tae-yul",
    ),
    (  # 4: a court speaking stays the court
        ['"The refusal was unlawful," the Daegu District Court said in its ruling.'],
        "The refusal",
        "Daegu District Court",
    ),
    (  # 7: "the technician" with no technician introduced is the named person described
        [
            'Seol Hyo-bin said she had repaired it herself. "It took an hour," the technician '
            "said.",
        ],
        "It took an hour",
        "Seol Hyo-bin",
    ),
    (  # 9: a question with no clause leading the next quotation keeps its tag
        ['"Will you close the landfill?" a resident asked.'],
        "Will you close",
        "resident",
    ),
    (  # 11: a short name with no fuller national name before is its own
        ['"Kits are running short," the Red Cross said.'],
        "Kits are running",
        "Red Cross",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round129_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


def test_round129_phrase_is_not_read_across_a_verb() -> None:
    """Rule 4: the court's name does not swallow "ruled in favor of NAME"."""
    paragraphs = [
        "The Daegu District Court ruled in favor of Paek Ju-won, 52, who was turned away.",
        'Paek said, "I was refused at the door three times."',
    ]
    got = speaker_of(paragraphs, "I was refused")
    assert got is not None and "Daegu" not in got and "Paek Ju-won" in got


def test_round129_restated_title_is_shown_once() -> None:
    """Rule 6: "That coach, national team head coach NAME," shows the title and name only;
    "His coach, head coach NAME," keeps whose coach he is."""
    that = speaker_of(
        ['That coach, national team head coach Byeon Sang-ho, said "the turn came late."'],
        "the turn came",
    )
    assert that == "national team head coach Byeon Sang-ho"
    his = speaker_of(
        ['His coach, head coach Byeon Sang-ho, said "the turn came late."'], "the turn"
    )
    assert his is not None and his.endswith("his coach")


def test_round129_unclosed_quote_ends_before_adding() -> None:
    """Rule 13: the span ends at the comma before "adding"; the narration after is no one's
    words (and an attribution earlier than "adding" still ends it first)."""
    found = _found(
        [
            "Bang told reporters that he hoped the vote would be held "
            '"before the end of the session, adding that the party would meet on Friday.'
        ],
        "before",
    )
    assert [text for text, _ in found] == ["before the end of the session,"]
    earlier = _found(
        ['"The rule was never meant to sit on a shelf, Ko said, adding that a bill was ready.'],
        "The rule",
    )
    assert [text for text, _ in earlier] == ["The rule was never meant to sit on a shelf,"]


def test_round129_title_after_show_still_dropped() -> None:
    """Rule 12's near miss: a capitalised title after "the show" stays a title."""
    assert not _found(
        ['The gallery said the show "Rivers of Light" would close on Sunday.'], "Rivers"
    )


def test_round129_particle_near_miss_keeps_thing() -> None:
    """Rule 14's near miss: a thing's name with no particle after an ordinary verb is still
    a name ('grow "sun melons"')."""
    assert not _found(['Farmers in the county now grow "moon pears" for export.'], "moon pears")
