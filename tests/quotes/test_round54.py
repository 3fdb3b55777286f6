"""Round 54: a province after a comma places the town a preposition names.

Invented sentences (no name or sentence from a corpus article). One rule: in "Bae Gun-woo,
61, a paint foreman at a dock in Mokpo, South Jeolla Province, said ..." the province between
the last two commas places the town "in Mokpo" names (as round 15's "Yeongdong County, North
Chungcheong Province" did for a county); it names no one, so the subject of "said" is the
name the description follows, and "he" next means that name. Near misses: a capitalised
phrase after a town that is no place ("..., Mayor Seok Dae-ho said"), a province after a
comma with no preposition before the town, and a tag that names its speaker.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes


def shorts(paragraphs: list[str]) -> list[str | None]:
    """The short speaker of every quotation found in ``paragraphs`` (there must be one)."""
    quotes = extract_quotes("", paragraphs)
    assert quotes, paragraphs
    return [q.speaker_short for q in quotes]


MUST: list[tuple[list[str], str]] = [
    (
        [
            "Dockyards are short of painters.",
            "Bae Gun-woo, 61, a paint foreman at a dock in Mokpo, South Jeolla Province, said "
            'few young people stayed. "They last one winter," he said.',
        ],
        "Bae Gun-woo",
    ),
    (
        [
            "A late frost hit the pear orchards.",
            "Yeom Sun-ja, 70, who grows pears in Naju, South Jeolla Province, said the frost "
            'came early. "We lost half the buds," she said.',
        ],
        "Yeom Sun-ja",
    ),
    (
        [
            "A late frost hit the pear orchards.",
            "Yeom Sun-ja, a pear grower in Naju, South Jeolla Province, said: "
            '"We lost half the buds."',
        ],
        "Yeom Sun-ja",
    ),
    (
        [
            "Ferry crews want longer rest breaks.",
            "Tak Min-cheol, a deckhand on a ferry from Yeosu, South Jeolla Province, told "
            'reporters the shifts ran 16 hours. "Nobody can steer after that," he said.',
        ],
        "Tak Min-cheol",
    ),
    (
        [
            "Ginseng prices have fallen.",
            "Gong Hye-rin, 44, who runs a ginseng farm near Geumsan, South Chungcheong "
            'Province, said buyers had vanished. "The roots sit in the shed," she said.',
        ],
        "Gong Hye-rin",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), MUST)
def test_the_province_places_the_town(paragraphs: list[str], speaker: str) -> None:
    assert shorts(paragraphs)[-1] == speaker


NEAR: list[tuple[list[str], str | None]] = [
    (
        # the county and province of round 15 still place each other
        [
            "Pyeon Gwi-nam, chief of a village in Yeongdong County, North Chungcheong "
            'Province, said the river rose overnight. "It came into the kitchen," he said.',
        ],
        "Pyeon Gwi-nam",
    ),
    (
        # a province already known as such (resolved before this round too)
        [
            "Snow closed the mountain roads.",
            "Wi Jae-pil, a bus driver in Pyeongchang, Gangwon Province, said the plows came "
            'late. "I waited three hours at the pass," he said.',
        ],
        "Wi Jae-pil",
    ),
    (
        # a tag that names its speaker keeps it
        [
            'Crews worked through the night in Mokpo, South Jeolla Province. "The dock will '
            'reopen Monday," said Seok Dae-ho, the port director.',
        ],
        "Seok Dae-ho",
    ),
    (
        # a title after the town is a person, not a place
        [
            "The council met in Mokpo, Mayor Seok Dae-ho said. "
            '"We will rebuild the dock," he said.',
        ],
        "Seok Dae-ho",
    ),
    (
        # a name with no place in its description
        [
            "Yeom Sun-ja, a pear grower, said the frost came early. "
            '"We lost half the buds," she said.',
        ],
        "Yeom Sun-ja",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), NEAR)
def test_near_misses_keep_their_speaker(paragraphs: list[str], speaker: str | None) -> None:
    assert shorts(paragraphs)[-1] == speaker
