"""Round 158: speaker phrases and missed spans.

Invented sentences only (no name or sentence from a corpus article). The rules:

- A headline quotation the body quotes as someone's speech is kept, even when the body also
  mentions the same words later as a phrase (a term): the headline repeats the speech.
- A single mark after a lower-case word in "-ss" ('vows 'ruthless' response') closes a
  quotation: no plural ends so, and wire style writes a singular's possessive with "'s".
- A reporting verb right after a possessive and before a noun ("Freedonia's state media
  showcased") is the noun's modifier, not a verb: the phrase is the outlet, which the next
  paragraph names, not the country.
- A lede's plural "regulators" may be the state body the next paragraph names, as
  "authorities" already were.
- "IT" and "WHO" in capitals are acronyms in a name, never the pronouns "it" and "who".
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import speaker_holds, speaker_of


def _headline_speaker(headline: str, paragraphs: list[str], start: str) -> str | None:
    """The speaker of the headline quotation starting with ``start`` (it must be found)."""
    for quote in extract_quotes(headline, paragraphs):
        if quote.paragraph is None and quote.text.startswith(start):
            return quote.speaker
    raise AssertionError(f"no headline quotation starting {start!r} in {headline!r}")


HEAD_RESOLVE: list[tuple[str, list[str], str, str]] = [
    (
        "Freedonia opens dam hailed as 'gift of the toiling masses'",
        [
            "SEOUL, May 2 -- Freedonia has opened a dam on its northern river, with its official "
            'Freedonia News Agency (FNA) hailing it as a "gift of the toiling masses."',
            'An analyst said the phrase "gift of the toiling masses" had been used for three '
            "other dams this year.",
        ],
        "gift of the toiling",
        "Freedonia News Agency",
    ),
    (
        "Freedonia vows 'ruthless' reply to allies' coastal exercise",
        [
            'SEOUL, May 2 -- Freedonia on Friday vowed a "ruthless" reply to the allies\' coastal '
            "exercise.",
        ],
        "ruthless",
        "Freedonia",
    ),
]

HEAD_KEEP: list[tuple[str, list[str], str, str]] = [
    (
        "Teachers' union calls exam plan 'hasty'",
        [
            'The teachers\' union on Monday called the exam plan "hasty" and asked for a delay, '
            "its chairwoman Moon Hye-rin said.",
        ],
        "hasty",
        "union",
    ),
]

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "The North's state media on Monday showcased a new bakery in a border town, calling "
            'it a "shining model" for the provinces.',
            "The Freedonia News Agency (FNA) said the bakery could bake 300 tons of bread a year.",
        ],
        "shining model",
        "Freedonia News Agency",
    ),
    (
        [
            "Banking regulators on Monday warned savers against chat rooms selling loan tips, "
            'saying the schemes behind them had grown "bolder and more patient" this year.',
            "The Deposit Oversight Agency (DOA) said in a release that losses had doubled.",
        ],
        "bolder and more patient",
        "Deposit Oversight Agency",
    ),
    (
        [
            "The Busan IT Engineers' Guild, which has about 800 members, called the plan "
            '"late but useful" on Monday.',
        ],
        "late but useful",
        "Busan IT Engineers' Guild",
    ),
]

KEEP: list[tuple[list[str], str, str]] = [
    (
        [
            "Freedonia's state media said Monday a new bakery had opened in a border town, "
            'calling it a "shining model" for the provinces.',
            "The Freedonia News Agency (FNA) said the bakery could bake 300 tons of bread a year.",
        ],
        "shining model",
        "Freedonia News Agency",
    ),
    (
        [
            "The Busan Engineers' Guild said on Monday it would back the plan. "
            '"It is late but useful," it said.',
        ],
        "It is late",
        "Busan Engineers' Guild",
    ),
]


@pytest.mark.parametrize(("headline", "paragraphs", "start", "speaker"), HEAD_RESOLVE)
def test_round158_headline_quotation_found(
    headline: str, paragraphs: list[str], start: str, speaker: str
) -> None:
    assert speaker_holds(_headline_speaker(headline, paragraphs, start), speaker)


@pytest.mark.parametrize(("headline", "paragraphs", "start", "speaker"), HEAD_KEEP)
def test_round158_headline_keeps(
    headline: str, paragraphs: list[str], start: str, speaker: str
) -> None:
    assert speaker_holds(_headline_speaker(headline, paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round158_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round158_keeps(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
