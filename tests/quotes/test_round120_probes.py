"""Round 120's probe battery: a nationality (a demonym) in a description.

Each probe is one or two invented paragraphs of Korean wire copy (no name or sentence from a
corpus article) in which a description holds a nationality word: "the Malaysian minister" after
"Trade Minister NAME and his Malaysian counterpart, NAME2"; "the Korean minister" after a
foreign one spoke; "The Chinese foreign ministry, for its part,"; "An official at a Japanese
brokerage that ..."; "NAME of China" then "the Chinese champion". For each quotation checked
(found by a piece of its text) the expected answer is a name the short (or full) speaker must
hold, or "-word": no speaker or one holding only that word (the description left alone).
Categories: C the person whose nationality a "his <Demonym> counterpart, NAME" appositive gave,
K the home minister when the newest holder of the role was given another nationality, N near
misses (two people of one nationality, a nationality nobody was given, the role's own holder
who is of that nation, a description after the name), O other shapes of the class that no rule
of this round reads. The ones the extractor still misses are strict xfails, each with its
reason.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

PROBES: list[object] = [  # (category, paragraphs, [(piece, speaker)]), some in pytest.param
    (
        "C",
        [
            "Trade Minister Gong Tae-hyun (공태현) and his Malaysian counterpart, Azlan Rahim, "
            "signed the pact in Seoul on Monday, the ministry said.",
            '"Both of us will grow," the Malaysian minister said.',
        ],
        [("Both of us will grow", "Azlan Rahim")],
    ),
    (
        "C",
        [
            "Foreign Minister Seo Ha-yoon (서하윤) met her Indonesian counterpart, Dewi Kartika, "
            "in Jakarta on Tuesday.",
            '"We share the same sea," the Indonesian minister told reporters after the talks.',
        ],
        [("We share the same sea", "Dewi Kartika")],
    ),
    (
        "C",
        [
            "Defense Minister Yeom Jae-gu met his Turkish counterpart, Mehmet Aydin, in Ankara.",
            "Yeom said the two had agreed to build a training jet together.",
            '"This is only the first step," the Turkish minister said.',
        ],
        [("only the first step", "Mehmet Aydin")],
    ),
    (
        "C",
        [
            "Unification Minister Pyo Eun-jae spoke after talks with his Mongolian counterpart, "
            "Bat-Erdene Tsogt, in Ulaanbaatar.",
            '"Our doors stay open," the Mongolian minister said.',
        ],
        [("Our doors stay open", "Bat-Erdene Tsogt")],
    ),
    (
        "K",
        [
            "Trade Minister Gong Tae-hyun met his Malaysian counterpart, Azlan Rahim, on Monday.",
            '"Palm oil is our future," the Malaysian minister said.',
            '"We will watch the farmers closely," the Korean minister said.',
        ],
        [("Palm oil is our future", "Azlan Rahim"), ("watch the farmers", "Gong Tae-hyun")],
    ),
    (
        "N",
        [
            "Trade Minister Gong Tae-hyun met his Malaysian counterpart, Azlan Rahim, on "
            "Monday. Finance Minister Baek Yu-ri met her Malaysian counterpart, Farid Hashim, "
            "the same day.",
            '"It was a long night," the Malaysian minister said.',
        ],
        [("a long night", "-minister")],
    ),
    (
        "N",
        [
            "Trade Minister Gong Tae-hyun met trade officials from Malaysia on Monday.",
            '"We are close," the Korean minister said.',
        ],
        [("We are close", "Gong Tae-hyun")],
    ),
    (
        "N",
        [
            "Trade Minister Gong Tae-hyun met Azlan Rahim, the Malaysian trade minister, on "
            "Monday.",
            '"We are close," the Malaysian minister said.',
        ],
        [("We are close", "Azlan Rahim")],
    ),
    (
        "N",
        [
            "Malaysian Trade Minister Azlan Rahim arrived in Seoul on Monday.",
            '"We came to sign," the Malaysian minister said.',
        ],
        [("We came to sign", "Azlan Rahim")],
    ),
    (
        "N",
        [
            "Trade Minister Gong Tae-hyun (공태현) met his counterpart, Azlan Rahim, on Monday.",
            '"We are close," the minister said.',
        ],
        [("We are close", "Gong Tae-hyun")],
    ),
    (
        "N",
        [
            "Coach Ryu Min-gyu watched his Brazilian striker, Paulo Mendes, score twice.",
            '"He was hungry today," Ryu said.',
        ],
        [("He was hungry today", "Ryu Min-gyu")],
    ),
    (  # a strict xfail until round 161: "The <nationality> <modifier> <body noun>," is the body
        "O",
        [
            "The Chinese foreign ministry, for its part, urged both sides to avoid "
            '"steps that raise tension."',
        ],
        [("steps that raise tension", "Chinese foreign ministry")],
    ),
    (  # a strict xfail until round 180: capitals after a preposition's "a" modify a noun
        "O",
        [
            "An official at a Japanese brokerage that arranged the sale said demand had been "
            '"better than we hoped."',
        ],
        [("better than we hoped", "official at a Japanese brokerage")],
    ),
    (  # a strict xfail until round 142: "NAME of China" is a person from China, no body
        "O",
        [
            "Seo Ga-eun (서가은) beat world champion Li Meihua of China in the final on Sunday.",
            'Li, 30, took it calmly. "She read the board better," the Chinese champion said.',
        ],
        [("read the board better", "Li Meihua")],
    ),
    (  # a strict xfail until round 181: "the Korean ministry", the one Korean ministry named
        "O",
        [
            "The Ministry of Economy and Finance said the bond sale in Tokyo had drawn strong "
            "demand.",
            "Japan's finance ministry welcomed the sale.",
            'The Korean ministry said it would decide on more sales next year. "Timing is '
            'everything," it said.',
        ],
        [("Timing is everything", "Ministry of Economy and Finance")],
    ),
]


@pytest.mark.parametrize(("category", "paragraphs", "expected"), PROBES)
def test_probe(
    category: str, paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == [], category
