"""Round 184: role nouns that mean a named (or fully described) person or body.

Invented sentences and names only (no name or sentence from a corpus article).

- '"...," the company said' just after a paragraph in which the newest subject "said in a
  statement that it ..." is that body (named, or described: "The ferry operator"), not a
  company the lede only mentioned; never a person's name, never another subject between,
  and not when the lede introduced a firm with "a" and left it unnamed (round 66).
- A nameless entity introduced as "The operator" and later called "The ferry operator"
  shows the fuller later phrase (same article, same noun, a word or two more).
- A body first named as a speaker by "the <modifier> <noun>" ("The police agency said")
  takes the one fuller form an earlier paragraph gave it ("the Jeolla provincial police
  agency", the object of a sentence); two such forms, or none, leave the phrase alone.
- "the master" or "the former commander" is the principal person (named in full first,
  in the first two paragraphs) when the sentence introducing them, or the next paragraph's,
  gives the noun ("one of three master potters", "led the Navy's Fleet Command") before any
  other person is named in it; not when another person comes first, nor for a noun of no
  person ("the indictment"), nor a noun with a determiner ("Kim said the dealer ...").
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "SEOUL, June 3 (Yonhap) -- A court on Tuesday ordered an online furniture seller "
            "to refund 300 buyers of sofas that fell apart within a year, rejecting the "
            'company\'s claim that it was "just a showroom."',
            "The Daegu District Court said the seller, Pyeonhan Jari, had sold the sofas as "
            '"solid oak" when the frames were pressed board.',
            "Pyeonhan Jari said in a statement that it would comply with the ruling and "
            '"review every supplier."',
            '"We were misled by our own factory," the company said.',
        ],
        "We were misled",
        "Pyeonhan Jari",
    ),
    (
        [
            "MOKPO, June 3 (Yonhap) -- A court ordered the operator of an island ferry line to "
            "pay damages to a passenger who fell on a wet ramp.",
            'The operator, which runs the route under the name "Blue Wake," had argued that '
            "the passenger ignored a warning sign.",
            "The ferry operator said in a statement that it would fit rubber mats on every "
            'ramp and "accepts the ruling."',
            '"Every ramp will be dry by July," the company said.',
        ],
        "Every ramp will be dry",
        "ferry operator",
    ),
    (
        [
            "GWANGJU, June 3 (Yonhap) -- A court ordered the Jeolla provincial police agency to "
            "pay 20 million won to a driver hurt during a chase.",
            'The court said the officers had "no reason" to chase a car with a broken light.',
            'The police agency said in a statement that it "respects the court\'s decision."',
        ],
        "respects the court",
        "Jeolla provincial police agency",
    ),
    (
        [
            "When the crafts council named its new fellows last month, the first call went to "
            "Gong Dal-su (공달수), who has fired pots in the same kiln since 1978.",
            "The 70-year-old, one of three master potters left in the county, laughed as he "
            'recalled it. "I only do what my teacher did," he said.',
            "The county plans a small museum beside the kiln next year.",
            'Seo Yu-na, a curator, praised the kiln. "It is a treasure," she said.',
            "Asked about the honor, the master said he would keep firing pots. "
            '"The kiln does not read letters," he said.',
        ],
        "The kiln does not read",
        "Gong Dal-su",
    ),
    (
        [
            'SEOUL, June 3 (Yonhap) -- A retired admiral told a court Tuesday he was "never '
            'shown" the revised radar specifications.',
            "Seok Bong-hak (석봉학), 66, who led the Navy's Fleet Command until 2020, appeared "
            "as a witness in the trial of Ma Hyeon-u, a former procurement officer.",
            'The former commander said: "My signature is not on that page."',
        ],
        "My signature is not",
        "Seok Bong-hak",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # a person's statement about "it" and no quotation before "the company": as before
        [
            "SEOUL, June 3 (Yonhap) -- Hanul Bakery raised bread prices by 8 percent.",
            "Jin Ba-reum, a baker in Suwon, said it was the third rise this year.",
            '"Flour is not cheaper," the company said.',
        ],
        "Flour is not cheaper",
        None,
    ),
    (  # two fuller forms earlier: "The education office" keeps its own phrase
        [
            "A court ordered the Busan metropolitan education office and the Ulsan "
            "metropolitan education office to share the cost of a school bus accident.",
            'The education office said in a statement that it "will appeal."',
        ],
        "will appeal",
        "The education office",
    ),
    (  # another person named first in the sentence with the noun: no principal
        [
            "Nam Gu-ryeong (남구령), the 55-year-old coach of the women's team, dropped "
            'captain Ryu Ha-neul from the squad, saying the forward was "not fit."',
            '"I will answer on the court," the forward said.',
        ],
        "I will answer",
        "forward",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round184_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round184_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    got = speaker_of(paragraphs, start)
    if speaker is None:
        assert got is None or "Jin" not in got
    else:
        assert speaker_holds(got, speaker)
        assert "Nam" not in (got or "")
