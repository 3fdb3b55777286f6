"""Round 41: descriptions and pronouns that refer back to someone named before.

A relative clause gives the person it follows the role its verb names: English makes an
agent noun of the verb ("coaches" a coach, "owns" an owner, "teaches" a teacher, "directed" a
film its director), and wire copy then calls the person by that noun ('NAME, who coaches the
team, has picked 23 players.' then '"...," the coach said.'). The rule read the clause only
when the sentence went on with a verb of saying ('NAME, who heads the institute, said'); any
other verb left the person without the role and the quotation with the bare description. It
now reads it wherever a name is followed by ", who" and a verb of the table, for the present
of an office or a trade and for the past of a thing made once that stays made ("founded",
"directed", "designed", "composed"); never the past of an office ("coached", "chaired": a
former one, whom "the coach" need not mean). Every sentence and name is invented (none comes
from any corpus split)."""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes


def _last_short(paragraphs: list[str]) -> str | None:
    quotes = extract_quotes("", paragraphs)
    assert quotes, paragraphs
    return quotes[-1].speaker_short


# Before the round: the description itself ("coach", "owner", ...).
AGENT_RESOLVE = [
    (
        "Woo Jae-pil",
        [
            "Woo Jae-pil, who coaches the rowing club, has entered four boats in the regatta.",
            '"The crews have trained since March," the coach said.',
        ],
    ),
    (
        "Seol Ha-na",
        [
            "Seol Ha-na, who owns a noodle shop in Gwangju, closed it for a week.",
            '"The gas bill doubled," the owner said.',
        ],
    ),
    (
        "Bok Gun-woo",
        [
            "Bok Gun-woo, who teaches history at a middle school, wrote the new textbook.",
            '"Students asked for more maps," the teacher said.',
        ],
    ),
    (
        "Yeo Min-ah",
        [
            "Yeo Min-ah, who founded the charity in 2015, stepped down on Friday.",
            '"It is time for younger hands," the founder said.',
        ],
    ),
    (
        "Tae Jin-ho",
        [
            "Tae Jin-ho, who directed the series, flew to Cannes for the screening.",
            '"We shot most of it at night," the director said.',
        ],
    ),
    (
        "Gil Seo-a",
        [
            "Gil Seo-a, who chairs the ethics panel, opened the inquiry on Tuesday.",
            '"Every member will testify," the chairman said.',
        ],
    ),
    (
        "Pyo Eun-gi",
        [
            "Pyo Eun-gi, who manages the warehouse, counted the losses after the flood.",
            '"Nothing on the ground floor survived," the manager said.',
        ],
    ),
    (
        "Noh Da-bin",
        [
            "Noh Da-bin, who edits the campus paper, refused to pull the story.",
            '"The facts are checked," the editor said.',
        ],
    ),
    (
        "Sa Gyeong-ho",
        [
            "Sa Gyeong-ho, who designed the stadium, toured it with the mayor's aides.",
            '"The roof was the hardest part," the designer said.',
        ],
    ),
    (
        "Ye Ji-soo",
        [
            "Ye Ji-soo, who plays for the Daegu club, tore a ligament in training.",
            '"I heard it snap," the player said.',
        ],
    ),
    (
        "Ok Hyun-seok",
        [
            "Ok Hyun-seok, who trains rescue dogs for the fire agency, won an award.",
            '"The dogs do the real work," the trainer said.',
        ],
    ),
    (
        "Han Ro-un",
        [
            "Han Ro-un, who composed the score, conducted the orchestra herself.",
            '"I wrote it for the sea," the composer said.',
        ],
    ),
    (
        "Eun Tae-rim",
        [
            "Eun Tae-rim, who captains the side, missed a penalty in the second half.",
            '"I let the team down," the captain said.',
        ],
    ),
]


@pytest.mark.parametrize(
    ("speaker", "paragraphs"), AGENT_RESOLVE, ids=[c[0] for c in AGENT_RESOLVE]
)
def test_agent_noun_resolves(speaker: str, paragraphs: list[str]) -> None:
    assert _last_short(paragraphs) == speaker


# Near misses: the past of an office, a body's "which", another role, the role already given
# by a title, a clause of no listed verb: the present answer stays.
AGENT_KEEP = [
    (
        "coach",
        [
            "Woo Jae-pil, who coached the rowing club until 2019, watched from the bank.",
            '"The crews look strong," the coach said.',
        ],
    ),
    (
        "chairman",
        [
            "Gil Seo-a, who chaired the ethics panel last year, declined to comment.",
            '"Every member will testify," the chairman said.',
        ],
    ),
    (
        "owner",
        [
            "The city, which owns the land, refused to sell the plot.",
            '"It is not for sale," the owner said.',
        ],
    ),
    (
        "teacher",
        [
            "Seol Ha-na, who owns a noodle shop in Gwangju, hired a student part-time.",
            '"She works hard," the teacher said.',
        ],
    ),
    (
        "Ma Jun-su",
        [
            "Head coach Ma Jun-su thanked Woo Jae-pil, who owns the gym the team trains in.",
            '"We owe him a lot," the coach said.',
        ],
    ),
    (
        "Ahn Ho-jin",
        [
            "Pyo Eun-gi, who manages the warehouse, blamed the owner, Ahn Ho-jin.",
            '"I was never told about the leak," the owner said.',
        ],
    ),
    (
        "owner",
        [
            "Seol Ha-na, who owned a noodle shop before the war, now lives in Busan.",
            '"The gas bill doubled," the owner said.',
        ],
    ),
    (
        "Bok Gun-woo",
        [
            "Bok Gun-woo, who teaches history at a middle school, wrote the new textbook.",
            '"Students asked for more maps," he said.',
        ],
    ),
    (
        "director",
        [
            "Tae Jin-ho, who met the director in Cannes, flew home on Monday.",
            '"The film is finished," the director said.',
        ],
    ),
    (
        "Yeo Min-ah",
        [
            "Yeo Min-ah, who founded the charity in 2015, said she would step down.",
            '"It is time for younger hands," the founder said.',
        ],
    ),
    (
        "player",
        [
            "Ye Ji-soo, who watched the game from the stands, praised the defense.",
            '"I heard it snap," the player said.',
        ],
    ),
]


@pytest.mark.parametrize(
    ("speaker", "paragraphs"), AGENT_KEEP, ids=[f"{i}-{c[0]}" for i, c in enumerate(AGENT_KEEP)]
)
def test_agent_noun_near_miss(speaker: str, paragraphs: list[str]) -> None:
    assert _last_short(paragraphs) == speaker


# Two people named "A and B" (a coordinated subject, or "A, 45, and B, 45,") are equally
# salient: a description both fit, or a pronoun both may take, means neither, until one of
# them is named again. Before the round: the first of the two.
PAIR_DECLINE = [
    (
        "lawmaker",
        [
            "Rep. Moon Jae-sook and Rep. Bae Hyun-gi filed rival pension bills on Monday.",
            '"Ours costs less," the lawmaker said.',
        ],
    ),
    (
        "judge",
        [
            "Judge Goo Seong-min and Judge Ahn Ra-hee wrote separate dissents.",
            '"The majority ignored the statute," the judge wrote.',
        ],
    ),
    (
        "coach",
        [
            "Coach Pi Dong-wook of Gimcheon and coach Ra Sang-jin of Jeonju shook hands.",
            '"A draw was fair," the coach said.',
        ],
    ),
    (
        "45-year-old",
        [
            "Yeom Dal-guon, 45, and Bang Seo-jin, 45, both drive buses on the night route.",
            '"Nobody asked us," the 45-year-old said.',
        ],
    ),
    (
        "professor",
        [
            "Professor Ku Bon-hwa and Professor Sim Da-eun co-wrote the study.",
            '"The sample was small," the professor said.',
        ],
    ),
    (
        "ambassador",
        [
            "Ambassador Yeo Tae-ho and Ambassador Ji Min-seo signed the accord in Hanoi.",
            '"It took two years," the ambassador said.',
        ],
    ),
    (
        None,
        [
            "Gang Ye-rin and Heo Bo-mi opened the bakery together in 2020.",
            '"We argue every morning," she said.',
        ],
    ),
    (
        None,
        [
            "Nam Gi-tae and Jo Seung-woo rowed across the strait last week.",
            '"The last mile was the worst," he said.',
        ],
    ),
]


@pytest.mark.parametrize(
    ("speaker", "paragraphs"), PAIR_DECLINE, ids=[f"{i}-{c[0]}" for i, c in enumerate(PAIR_DECLINE)]
)
def test_pair_declines(speaker: str | None, paragraphs: list[str]) -> None:
    assert _last_short(paragraphs) == speaker


# Near misses: the two not joined by "and", one named again, only one fitting, different
# ages, genders known apart, a plural: the present answer stays.
PAIR_KEEP = [
    (
        "Moon Jae-sook",
        [
            "Rep. Moon Jae-sook met Rep. Bae Hyun-gi on Monday.",
            '"Ours costs less," the lawmaker said.',
        ],
    ),
    (
        "Moon Jae-sook",
        [
            "Rep. Moon Jae-sook and Rep. Bae Hyun-gi filed rival pension bills on Monday.",
            "Moon said her bill would cost 2 trillion won less.",
            '"Ours is the honest one," the lawmaker said.',
        ],
    ),
    (
        "Gil Yoon-ho",
        [
            "Mayor Gil Yoon-ho and Governor Seon Mi-rae signed the water pact.",
            '"The city will pay its share," the mayor said.',
        ],
    ),
    (
        "Yeom Dal-guon",
        [
            "Yeom Dal-guon, 45, and Bang Seo-jin, 52, both drive buses on the night route.",
            '"Nobody asked us," the 45-year-old said.',
        ],
    ),
    (
        "Goo Seong-min",
        [
            "Judge Goo Seong-min and prosecutor Ahn Ra-hee clashed over the evidence.",
            '"The file is incomplete," the judge said.',
        ],
    ),
    (
        "Lee Tae-ho",
        [
            "Actress Kim Gyu-na and actor Lee Tae-ho starred in the remake.",
            '"I watched the original ten times," he said.',
        ],
    ),
    (
        "Moon Jae-sook",
        [
            "Rep. Moon Jae-sook and Rep. Bae Hyun-gi filed rival pension bills on Monday.",
            '"Ours costs less," Rep. Moon said.',
            '"And it starts sooner," the lawmaker added.',
        ],
    ),
    (
        "Gang Ye-rin",
        [
            "Gang Ye-rin and Heo Bo-mi opened the bakery together in 2020.",
            "Gang said the rent had doubled since.",
            '"We argue every morning," she said.',
        ],
    ),
    (
        "Ku Bon-hwa",
        [
            "Professor Ku Bon-hwa led the study with a student, Sim Da-eun.",
            '"The sample was small," the professor said.',
        ],
    ),
]


@pytest.mark.parametrize(
    ("speaker", "paragraphs"), PAIR_KEEP, ids=[f"{i}-{c[0]}" for i, c in enumerate(PAIR_KEEP)]
)
def test_pair_near_miss(speaker: str, paragraphs: list[str]) -> None:
    assert _last_short(paragraphs) == speaker


# "The North" that speaks is North Korea (the labelling rules' country for a short form of a
# government), as "Pyongyang" was: before the round the panel showed "North" when the
# article never named North Korea in full.
NORTH_RESOLVE = [
    ['"The drills are a rehearsal for war," the North said in a statement carried by state media.'],
    ["Seoul offered talks on Monday.", '"We have no interest," the North said.'],
    ['The North rejected the offer on Tuesday, saying it would "never sit down with puppets."'],
]


@pytest.mark.parametrize("paragraphs", NORTH_RESOLVE)
def test_north_is_north_korea(paragraphs: list[str]) -> None:
    assert _last_short(paragraphs) == "North Korea"


# Near misses: a province, a body of the North, a person named North, "the South" (no rule).
NORTH_KEEP = [
    ("North Gyeongsang Province", ['"Fields are flooded," North Gyeongsang Province said.']),
    (
        "North Korean foreign ministry",
        ['"The talks are over," the North Korean foreign ministry said.'],
    ),
    ("Oliver North", ['"The talks are over," Oliver North said.']),
    ("South", ['"We will respond," the South said.']),
]


@pytest.mark.parametrize(("speaker", "paragraphs"), NORTH_KEEP, ids=[c[0] for c in NORTH_KEEP])
def test_north_near_miss(speaker: str, paragraphs: list[str]) -> None:
    assert _last_short(paragraphs) == speaker
