"""Round 54: three rules read from tuning22's wrong speakers.

Invented sentences (no name or sentence from a corpus article). First: in "Bae Gun-woo,
61, a paint foreman at a dock in Mokpo, South Jeolla Province, said ..." the province between
the last two commas places the town "in Mokpo" names (as round 15's "Yeongdong County, North
Chungcheong Province" did for a county); it names no one, so the subject of "said" is the
name the description follows, and "he" next means that name. Near misses: a capitalised
phrase after a town that is no place ("..., Mayor Hyeon Mu-gyeol said"), round 15's county
and province, a province already known, and a tag that names its speaker.

Second: a capitalised plural opening its sentence with a plural verb ("Pitchers have
grumbled", "Couples in Daegu are turning to parks") is a group, never who "he" or "she"
means next, and "they" means it.

Third: a hyphenated compound noun titles the name after it like any noun ("Veteran
left-hander NAME of the CLUB told reporters that ...": the name speaks, not "Veteran" or the
club). Near misses (below, with the groups'): an age ("the 40-year-old NAME") and a plain title.
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
            'reopen Monday," said Hyeon Mu-gyeol, the port director.',
        ],
        "Hyeon Mu-gyeol",
    ),
    (
        # a title after the town is a person, not a place
        [
            "The council met in Mokpo, Mayor Hyeon Mu-gyeol said. "
            '"We will rebuild the dock," he said.',
        ],
        "Hyeon Mu-gyeol",
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


GROUPS: list[tuple[list[str], str]] = [
    (
        [
            "Couples in Daegu are turning to parks and city halls.",
            "Ko Min-ji, 29, and her fiance, Pyo Jun-hyeok, 32, married last month in a park in "
            'Daegu. "It cost almost nothing," she said.',
            '"My father thought it would look poor," he said.',
        ],
        "Pyo Jun-hyeok",
    ),
    (
        [
            "Bakers have complained since the flour tax rose in May.",
            "Sim Yu-ri, 48, and her husband, Do Hyun-sik, 51, opened their bakery at dawn. "
            '"We sell half of what we baked last year," she said.',
            '"I have cut two staff," he said.',
        ],
        "Do Hyun-sik",
    ),
    (
        # "they" means the group (no one at all before this round)
        [
            "Bakers in Gimhae have complained since May. "
            '"We cannot pass the tax on to anyone," they said in a joint letter.',
        ],
        "Bakers",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), GROUPS)
def test_a_capitalised_plural_is_no_one_person(paragraphs: list[str], speaker: str) -> None:
    assert shorts(paragraphs)[-1] == speaker


HANDERS: list[tuple[list[str], str]] = [
    (
        [
            "Hitters have complained since June.",
            "Veteran left-hander Baek Seung-ho of the Hanwha Eagles told reporters in July that "
            'the zone felt "like a moving target."',
        ],
        "Baek Seung-ho",
    ),
    (
        [
            "Hitters have complained since June.",
            "Veteran left-hander Baek Seung-ho of the Hanwha Eagles told reporters in July that "
            'the zone felt "like a moving target."',
            '"A slider at the shins is a strike now," the 31-year-old said at the time.',
        ],
        "Baek Seung-ho",
    ),
    (
        [
            "The airline grounded two planes.",
            'Senior co-pilot Ra Eun-seok said the warning light "came on twice over Busan."',
        ],
        "Ra Eun-seok",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), HANDERS)
def test_a_hyphenated_noun_titles_the_name(paragraphs: list[str], speaker: str) -> None:
    assert shorts(paragraphs)[-1] == speaker


NEAR_GROUPS: list[tuple[list[str], str | None]] = [
    (
        # an age before a name is no compound noun
        [
            'The 40-year-old Baek Seung-ho said the zone felt "like a moving target."',
        ],
        "Baek Seung-ho",
    ),
    (
        # a plain title keeps its speaker
        [
            'Veteran catcher Baek Seung-ho said the zone felt "like a moving target."',
        ],
        "Baek Seung-ho",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), NEAR_GROUPS)
def test_near_misses_of_groups_and_compounds(paragraphs: list[str], speaker: str | None) -> None:
    assert shorts(paragraphs)[-1] == speaker
