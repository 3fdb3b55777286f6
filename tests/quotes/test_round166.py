"""Round 166: which person or body speaks (inverted tags, relatives, asides, kin, cities).

Invented sentences only (no name or sentence from a corpus article).

1. A verb and its object right after a quotation with no mark of its own inside its marks
   ('said it had "quickly" noted its error') go on with the sentence: no inverted tag.
2. ", which said" right after "a report by BODY" (or another document by it) is the body's: the
   relative pronoun takes the nearest noun, the author.
3. An "-ing" aside between a role subject and its verb of characterising ('The envoy,
   speaking at a lunch, described Seoul as "..."') keeps the subject's words; an "according
   to" after the quotation names a witness who relays them.
4. "The Chilean minister" never falls to a holder of the role named with a Korean name whom
   nothing gives that nationality: his counterpart, someone new.
5. "The 27-year-old" taken as a person with no known age gives them that age: a later
   "the 31-year-old" is someone else (the newest person introduced with no age).
6. "His sister" after "her older brother, NAME" reads back to the one named person of that
   family name the brother was introduced as the sibling of.
7. "the city" in the paragraph whose newest subject is "NAME City" is that city.
8. "A ROLE who ..., and who ..., said" is the role's, however long the relative clauses.
9. "Association on Smoking or Health": a body's remit after "on" (or "for") may join two
   things with "or" inside its name; "association", "coalition", "alliance" and "society"
   take a remit after "on" as "committee" does.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

_REPAID = [
    'Daebong Foods, a snack maker, said it had "quickly" noted its error. "We owe nothing '
    'now," the company said.',
]
_STUDY = [
    "Rice stocks rose for a third year, according to a report by the Hanbit Farm Policy "
    'Institute, which said the surplus had "no obvious buyer" this winter.',
]
_ENVOY = [
    "Vice Trade Minister Pyo Dal-hyun (표달현) met his Chilean counterpart in Seoul on Monday.",
    '"We agreed to widen the copper deal," Pyo said.',
    "The Chilean vice minister, speaking at a lunch hosted by Pyo, described Seoul as "
    '"a friend for hard times," according to a trade official who attended.',
]
_SIBLINGS = [
    "When Moon Ye-seul (문예슬) crossed the finish line, she looked for her coach.",
    '"I heard him shouting the whole way," the 24-year-old said.',
    "She has trained for six years with her older brother, Moon Tae-gyun (문태균).",
    '"She runs, I count," the 29-year-old said. "That is the whole job."',
    'His sister smiled at that. "He counts very loudly," she said.',
]
_CITY = [
    "The city announced on Friday that it would close the old market in Gimje.",
    'Gimje City said the stalls would move next spring. "The roof is not safe for another '
    'winter," the city said in a statement.',
]
_WHO = [
    "A farmer who grows both rice and pears, and who asked not to be named, said buyers now "
    'treated imported pears as "a fair swap."',
]
_REMIT = [
    'The Korean Society on Sleep or Rest called the new rule "a late start," while its head '
    "said schools must follow it.",
]

RESOLVE: list[tuple[list[str], str, str]] = [
    (_REPAID, "quickly", "Daebong Foods"),
    (_STUDY, "no obvious buyer", "Hanbit Farm Policy Institute"),
    (_ENVOY, "a friend for hard times", "Chilean vice minister"),
    (_SIBLINGS, "She runs", "Moon Tae-gyun"),
    (_SIBLINGS, "He counts", "Moon Ye-seul"),
    (_CITY, "The roof is not safe", "Gimje City"),
    (_WHO, "a fair swap", "farmer"),
    (_REMIT, "a late start", "Korean Society on Sleep or Rest"),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    # an inverted tag after a comma inside the marks is still a tag
    (['"We owe nothing," said Daebong Foods chief Oh Gi-rang.'], "We owe nothing", "Oh"),
    # a report by a body no name gives ("the trade ministry"): the report, as before
    (
        [
            "Sales fell, according to a report by the trade ministry, which said exports had "
            '"hit a wall" in May.'
        ],
        "hit a wall",
        "report",
    ),
    # "the Korean minister" is still the Korean holder
    (
        [
            "Vice Trade Minister Pyo Dal-hyun (표달현) met his Chilean counterpart on Monday.",
            '"The deal is close," the Korean vice minister said.',
        ],
        "The deal is close",
        "Pyo Dal-hyun",
    ),
    (_SIBLINGS, "I heard him", "Moon Ye-seul"),
    # the day stays out of a society's name
    (['The Hanbit Society on Monday called the plan "reckless."'], "reckless", "Hanbit Society"),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round166_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round166_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
