"""Round 125: "a statement by NAME" names who put the statement out.

Invented sentences only (no name or sentence from a corpus article). 'The denunciation came
in a statement by NAME, director-general of ..., carried by KCNA.' then '"...," the statement
said.' quotes NAME, as "a statement issued by NAME" (round 93) and "NAME issued a statement"
(round 68) already did; so does a statement by a named body. Near misses keep their answer:
"issued a statement" (unchanged) and "by" after a word that is no document ("hit by a
typhoon").
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_LEDE = "SEOUL, Dec. 8 (Yonhap) -- North Korea on Monday denounced a U.N. report on its prisons."

# (second paragraph, third paragraph, what the speaker of the third must contain); fail on s24
RESOLVE: list[tuple[str, str, str]] = [
    (
        "The denunciation came in a statement by Sok Ryon-hui, director-general of a "
        "department at the North's foreign ministry, carried by the Korean Central News Agency.",
        '"The so-called report is a patchwork of lies," the statement said.',
        "Sok Ryon-hui",
    ),
    (
        "The statement by Ri Tong-hyok, a foreign ministry spokesman, was carried by KCNA.",
        '"The report is a worthless scrap of paper," the statement said.',
        "Ri Tong-hyok",
    ),
    (
        "The denunciation came in a statement by the Korean Committee for Human Rights.",
        '"The report is a worthless scrap of paper," the statement said.',
        "Korean Committee for Human Rights",
    ),
]

KEEP: list[tuple[str, str, str]] = [
    (
        "Ri Tong-hyok, a foreign ministry spokesman, issued a statement carried by KCNA.",
        '"The report is a worthless scrap of paper," the statement said.',
        "Ri Tong-hyok",
    ),
]


def _third(second: str, third: str) -> str | None:
    found = [q for q in extract_quotes("N. Korea slams report", [_LEDE, second, third])]
    assert len(found) == 1
    return found[0].speaker


@pytest.mark.parametrize(("second", "third", "speaker"), RESOLVE + KEEP)
def test_round125_statement_by(second: str, third: str, speaker: str) -> None:
    got = _third(second, third)
    assert got is not None and speaker in got


def test_round125_by_after_no_document_names_no_author() -> None:
    second = "The island was hit by a typhoon in August, Yun Chol-ho said."
    third = '"We rebuilt the school in a month," the report said.'
    got = _third(second, third)
    assert got is None or "Yun" not in got
