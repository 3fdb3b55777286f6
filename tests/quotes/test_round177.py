"""Round 177: a lede's unnamed speaker named later.

Invented sentences and names only (no name or sentence from a corpus article).

- A lede's role with no article of its own after "a" and a body's capitalised name ('a
  Hanbit Motors (HM) vice president said') is one unnamed person of that body, described
  with "a": the person the next paragraphs name with that role ("Vice President NAME").
- A lede's "a" and a narrowed role ("with a battalion commander quoted as saying ...") is the
  one person the story later gives that very phrase as their description ('A battalion
  commander, Maj. NAME, told ...'); "a commander" alone, or a phrase two people hold, is not.
- A lede's "a judge" (or any role with "a") is the one person named in the next two
  paragraphs who speaks with that job in the title before their name ("Presiding Judge
  NAME"), not the person the lede's sentence acted on who opens the next paragraph; a
  "director general" holds no general's title.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "SEOUL, May 2 (Yonhap) -- The carmaker's new plant will be \"fully automated by "
            'spring," a Hanbit Motors (HM) vice president said Tuesday.',
            "Vice President Pyo Dal-hwan (표달환) told investors that robots would handle most "
            "welding work.",
            '"We hired more engineers, not fewer," Pyo said.',
        ],
        "fully automated",
        "Pyo Dal-hwan",
    ),
    (
        [
            "SEOUL, May 2 (Yonhap) -- North Korean border troops held a night river-crossing "
            "drill, state media said Tuesday, with a battalion commander quoted as saying his men "
            'were "as steady as granite."',
            "The Korean Central News Agency said the drill tested floating bridges.",
            '"The river is ours," Marshal Kye Pong-sik said, according to the agency.',
            "A battalion commander, Maj. So Chol-ung, told the agency that his soldiers had "
            'trained "for a hundred nights."',
        ],
        "as steady as granite",
        "So Chol-ung",
    ),
    (
        [
            "SEOUL, May 2 (Yonhap) -- A Daejeon judge on Tuesday jailed a loan broker for three "
            'years for cheating pensioners, calling the scheme "patient and cruel."',
            'Mun Ha-ram, 57, was convicted of fraud for selling the "Hwangsaek Bo," a ledger he '
            "claimed was kept by the merchant Kwon Il-do.",
            '"He chose the victims by their age," Presiding Judge Ryu Gi-hwan of the Daejeon '
            "District Court said in the ruling.",
        ],
        "patient and cruel",
        "Ryu Gi-hwan",
    ),
    (
        [
            "SEOUL, May 2 (Yonhap) -- A Gwangju judge on Monday jailed a travel agent for two "
            'years, calling his refund scheme "a trap for the trusting."',
            'Oh Se-rin, 44, sold tours he called the "Silver Road," after the explorer '
            "Bang Tae-ju.",
            '"The victims paid for trips that never existed," Chief Judge Heo Min-ji said.',
        ],
        "a trap for",
        "Heo Min-ji",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # the appositive phrase is held by two people: no guess between them
        [
            "SEOUL, May 2 (Yonhap) -- North Korean border troops held a night river-crossing "
            "drill, state media said Tuesday, with a battalion commander quoted as saying his men "
            'were "as steady as granite."',
            "The Korean Central News Agency said the drill tested floating bridges.",
            '"The river is ours," Marshal Kye Pong-sik said, according to the agency.',
            "A battalion commander, Maj. So Chol-ung, praised the engineers.",
            "A battalion commander, Lt. Col. Ma Chun-il, praised the cooks.",
        ],
        "as steady as granite",
        "a battalion commander",
    ),
    (  # a "director general" named next is no retired general: the witness keeps the words
        [
            "SEOUL, May 2 (Yonhap) -- A retired three-star general testified Tuesday that he "
            'had "never seen" the altered bid papers, in the trial of a former procurement '
            "official accused of rigging a radar deal.",
            "Song Mi-rak (송미락), 66, who led the Army's Capital Defense Command until 2020, "
            "appeared as a witness in the trial of Yoo Han-bit, a former director general at the "
            "procurement agency.",
            "Prosecutors say Yoo rewrote the radar requirements. He has denied the charges.",
        ],
        "never seen",
        "Song Mi-rak",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round177_lede_speaker_named_later(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round177_keeps_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
