"""Round 187: the fullest name of the same body, person or country.

Invented sentences and names only (no name or sentence from a corpus article). Wire copy
labels a speaker with the fullest name the story gives it; these rules show that name where
the extractor found the right entity under a shorter or other form:

- a capital in the possessive ("Vientiane's claim that ...") speaks for its country, as the
  capital alone does;
- a name of two words or more ending the one fuller name of the story is that entity ("the
  Harbor Gulls" after "the Mokpo Harbor Gulls"), and a plural name's bare possessive
  apostrophe is not part of it ("the Harbor Gulls' claim");
- a chamber of commerce named with the country it works in keeps it ("... in Korea");
- a capital that is also a given name ("Lima") speaks for its country when the story names
  that country, and a capital's country is shown in the story's own spelling ("Turkiye");
- KCNA named only by its initials is the Korean Central News Agency (its initials kept after
  it, and as the short form);
- "NAME's party" is the party in the title of the one person so named;
- a body the story names only as what one branch belongs to ("the Wonju branch of the
  Chuncheon District Court") is shown as that branch.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Laos's energy ministry said Monday the dam was sound.",
            "Asked about it, Minister Dokgo Ran-sol said Vientiane's claim that the dam was \"fully"
            ' inspected" had yet to be shown.',
        ],
        "fully inspected",
        "Laos",
    ),
    (
        [
            "The Mokpo Harbor Gulls lost their captain to a rival club on Monday.",
            "The rival's manager, Hwangbo Ui-chan, said the Harbor Gulls' claim that his club had"
            ' "bent the rules" was false.',
        ],
        "bent the rules",
        "Mokpo Harbor Gulls",
    ),
    (
        [
            "The Nordic Chamber of Commerce in Korea said in a statement that it hoped the new"
            ' rules would stay "fair and predictable."',
        ],
        "fair and predictable",
        "Nordic Chamber of Commerce in Korea",
    ),
    (
        [
            "South Korea and Peru opened trade talks on Monday.",
            "Lima has said foreign partners must bring "
            '"engineers, not just orders," and has tightened rules on new mines.',
        ],
        "engineers, not just orders",
        "Peru",
    ),
    (
        [
            "South Korea and Turkiye held talks on Monday.",
            'Ankara has called the plant tender "open to every serious bidder."',
        ],
        "open to every serious bidder",
        "Turkiye",
    ),
    (
        ['KCNA said the new mill would "double its output by spring," without elaborating.'],
        "double its output",
        "Korean Central News Agency (KCNA)",
    ),
    (
        [
            "Justice Party candidate Moon Ha-eun, 51, faces Sea Breeze Party candidate"
            " Pi Seong-nam.",
            'Moon\'s party has called the race "a fresh start for the harbor."',
        ],
        "a fresh start",
        "Justice Party",
    ),
    (
        [
            "The Wonju branch of the Chuncheon District Court ruled Monday that the city had"
            ' "ignored" a broken streetlight.',
            '"A streetlight exists so that people can see," the court said.',
        ],
        "A streetlight exists",
        "Wonju branch of the Chuncheon District Court",
    ),
]

KEEP: list[tuple[list[str], str, str]] = [
    (['Vientiane said the new dam was "safe by any measure."'], "safe by any", "Laos"),
    (
        ['The Harbor Gulls said in a statement that the move was "a disappointment."'],
        "a disappointment",
        "Harbor Gulls",
    ),
    (
        [
            "The Tongyeong Chamber of Commerce and Industry said the port fee was"
            ' "a burden on small exporters."'
        ],
        "a burden on small",
        "Tongyeong Chamber of Commerce and Industry",
    ),
    (
        [
            "South Korea and Turkey held talks on Monday.",
            'Ankara has called the plant tender "open to every serious bidder."',
        ],
        "open to every serious bidder",
        "Turkey",
    ),
    (
        [
            "The Korean Central News Agency (KCNA) said the mill would "
            '"double its output by spring."'
        ],
        "double its output",
        "Korean Central News Agency",
    ),
    (
        [
            "The Chuncheon District Court ruled Monday that the city had been careless.",
            'The Wonju branch of the Chuncheon District Court will hear a second case. "Lights'
            ' exist so people can see," the Chuncheon District Court said.',
        ],
        "Lights",
        "Chuncheon District Court",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round187_fullest_name(paragraphs: list[str], start: str, speaker: str) -> None:
    got = spoken(paragraphs, start)
    assert got is not None and got.partition(",")[0] == speaker, got


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round187_keeps_speaker(paragraphs: list[str], start: str, speaker: str) -> None:
    got = spoken(paragraphs, start)
    assert speaker_holds(got, speaker) and got is not None and got.partition(",")[0] == speaker
