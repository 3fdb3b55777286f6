"""Round 118: sayings nobody owns, a gesture after a shout, a voice heard on a recording.

Invented sentences only (no name or sentence from a corpus article). A saying, proverb or
adage quoted in narration has no speaker, whoever keeps or repeats it ('Divers have an old
saying about the reef: "..."', 'As an old harbour saying goes, "..."', '"...," goes the
saying'). After a shout that ends its own sentence, a past tense aimed with a preposition
('"...!" NAME waved at the crowd.') is a gesture, not a tag for the shout. A bare
verb-shaped word before a modal ('a low female voice can be heard') is a noun. Near misses
keep their answer: "quoted as saying", ", saying," after its subject, a speaker who cites a saying
in her own words after it, a shout tagged by "shouted at", a tag with no preposition ('"...,"
the veteran laughed').
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_LEAD = "Tae Yun-ho, a harbour master, said the season had been slow."

# (paragraph, piece of the quotation, speaker it must hold: None for nobody); fail on main
RESOLVE: list[tuple[str, str, str | None]] = [
    (
        'Divers on the island have an old saying about the reef: "The coral counts your breaths."',
        "coral counts",
        None,
    ),
    (
        'Ferry crews like to repeat an old saying to seasick tourists: "The sea forgives the '
        'patient."',
        "sea forgives",
        None,
    ),
    (
        "Oyster farmers have an old saying that the younger Mok repeats to buyers: "
        '"Cold water, sweet shell."',
        "sweet shell",
        None,
    ),
    (
        '"Nobody will buy fish in the rain," Tae told Yonhap. As an old harbour saying goes, '
        '"A wet dock is an empty purse."',
        "empty purse",
        None,
    ),
    (
        'Workers call the crane the "old giraffe," because, as a saying at the port goes, "it '
        'never bends its neck."',
        "never bends",
        None,
    ),
    (
        "There is an old climbers' saying, Tae said, that he repeats when the wind picks up: "
        '"The summit waits for the humble."',
        "summit waits",
        None,
    ),
    (
        'As the ceremony ended, someone at the back of the hall called out, "Ten more years!" '
        "Tae waved at the crowd.",
        "Ten more years",
        None,
    ),
    (
        'The crowd sang along, and someone near the barrier shouted, "Sing the old one!" Tae '
        "obliged with a bow.",
        "Sing the old one",
        None,
    ),
    (
        "In a recording played in court, a low female voice can be heard saying, "
        '"Your parcel is held at customs."',
        "parcel is held",
        None,
    ),
]

KEEP: list[tuple[str, str, str | None]] = [
    (
        'The Korean Central News Agency quoted Tae as saying, "The harbour is ready for winter."',
        "harbour is ready",
        "Tae Yun-ho",
    ),
    (
        'Tae rejected the claim, saying, "Ferries will run on time."',
        "run on time",
        "Tae Yun-ho",
    ),
    (
        '"The tide keeps no calendar," goes an old island saying, which Tae said had turned '
        'out to be "painfully accurate."',
        "painfully accurate",
        "Tae Yun-ho",
    ),
    (
        '"Move the ferry!" Tae shouted at the crew.',
        "Move the ferry",
        "Tae Yun-ho",
    ),
    (
        '"Not this year," Tae laughed.',
        "Not this year",
        "Tae Yun-ho",
    ),
]


def _speaker(paragraph: str, piece: str) -> str | None:
    found = [q for q in extract_quotes("Harbour news", [_LEAD, paragraph]) if piece in q.text]
    assert len(found) == 1, [q.text for q in extract_quotes("Harbour news", [_LEAD, paragraph])]
    return found[0].speaker


@pytest.mark.parametrize(("paragraph", "piece", "speaker"), RESOLVE)
def test_round118_resolves(paragraph: str, piece: str, speaker: str | None) -> None:
    assert _speaker(paragraph, piece) == speaker


@pytest.mark.parametrize(("paragraph", "piece", "speaker"), KEEP)
def test_round118_keeps(paragraph: str, piece: str, speaker: str | None) -> None:
    got = _speaker(paragraph, piece)
    assert got is not None and speaker is not None and speaker in got
