"""Round 23 of issue 13: two people one reference fits.

Korean news names relatives and colleagues who share a surname, and two people often fit one
role noun. Wire copy tells them apart by conventions a reader uses, and the rules now use two:

* "the elder Seol", "the younger Tak", "the older man": the comparative picks one of exactly
  two people by the ages the article gave them ("Seol Gi-tae, 71"; "a 52-year-old
  researcher") or, for a shared surname, by a relation only one of them holds ("Byun's son,
  Byun Ha-jun", "his mother, Pyeon Eun-sil"). For a role noun the pair is the two people the
  article called by that role or, for "man", "woman" or "person", the only two whose ages it
  gave (of this paragraph and the last, when more were given). "the elder statesman" compares
  nobody, and "the younger scientist" nobody when no one was called a scientist.
* a bare surname ("Ok", "Ok's") the article gave one person before a second of that surname
  came in keeps meaning that one: the other is named in full or by relation ("Her father, Ok
  Dong-chan"), unless the other was named in full in the very paragraph of the bare surname.

Either declines (the answer stays what it was: the newest bearer) when the article gives no
evidence, when three people share the surname, or when ages tie. Every sentence and name is
invented (none comes from any corpus split)."""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import last_speaker as _last_speaker

RESOLVE = [
    (  # ages after the names; the newest is the younger
        "Seol Gi-tae",
        [
            "Seol Gi-tae (설기태), 71, has kept bees on the hill above Hwasun since 1979.",
            "His niece, Seol Mi-rae, 29, took over the hives in March and sells the honey online.",
            '"The bees do not care who owns them," the elder Seol said.',
        ],
    ),
    (  # ages after the names; the newest is the elder
        "Tak Bo-ra",
        [
            "Tak Bo-ra (탁보라), 24, won the regional archery title on Sunday.",
            "Tak Jin-man, 58, her coach, is no relative, though both come from Yecheon.",
            '"I only looked at the wind flag," the younger Tak said.',
        ],
    ),
    (  # a child named by relation: the elder is the other one
        "Byun Chang-ho",
        [
            '"We grew pears here before the highway came," said Byun Chang-ho (변창호).',
            "Byun's son, Byun Ha-jun, left a bank job in Seoul to run the orchard's online shop.",
            '"He sells more in a week than I did in a season," the elder Byun said.',
        ],
    ),
    (  # a daughter by relation, the speaker after the verb
        "Yeom Dae-sik",
        [
            "Yeom Dae-sik (염대식) opened the noodle shop near the bus terminal in 1988.",
            "Yeom's daughter, Yeom So-ri, now makes the broth every morning at 4.",
            '"She salts it less than I did," said the elder Yeom.',
        ],
    ),
    (  # "older" for "elder", ages given
        "Gil Hwa-ja",
        [
            "Gil Hwa-ja (길화자), 66, and Gil Seon-a, 31, run the last tailor's shop on the"
            " market street.",
            "The shop will close in June when the building is torn down.",
            '"Forty years of buttons, and now a parking lot," the older Gil said.',
        ],
    ),
    (  # a parent named by relation: the younger is the other one
        "Pyeon Da-on",
        [
            "Pyeon Da-on (편다온) finished fourth in the junior figure skating final on Saturday.",
            "His mother, Pyeon Eun-sil, drove him to the rink in Uijeongbu every morning for"
            " eight years.",
            '"I fell twice and still got fourth," the younger Pyeon said.',
        ],
    ),
    (  # "the younger man" of the only two men whose ages were given
        "Maeng Ji-ho",
        [
            "Cheon Bok-man (천복만), 64, and Maeng Ji-ho (맹지호), 27, were pulled from the"
            " capsized boat on Tuesday.",
            "Coast guard officers said both were treated for cold at a hospital in Mokpo.",
            '"I held on to the cooler and prayed," the younger man said.',
        ],
    ),
    (  # "the older woman" of two women whose ages were given
        "Ahn Yeo-sun",
        [
            "Ahn Yeo-sun (안여선), 81, and her neighbor Do Min-seo, 43, found the lost"
            " child near the stream.",
            "The police thanked both women at a ceremony on Friday.",
            '"She was sitting on a rock, eating a rice cake," the older woman said.',
        ],
    ),
    (  # two people held the role: the comparative picks by their ages
        "Bong Sun-mi",
        [
            "Bong Sun-mi (봉순미), a 52-year-old researcher at the institute, led the team.",
            "Tae Yun-seo, a 31-year-old researcher, ran the field tests on the island.",
            '"We counted every nest twice," the older researcher said.',
        ],
    ),
    (  # two held the role; a third, older, person of another role is no candidate
        "Yeon Ha-seul",
        [
            "Yeon Ha-seul (연하슬), a 52-year-old researcher, Tae Yun-seo, a 31-year-old"
            " researcher, and their driver, Gu Man-sik, 60, reached the island on Monday.",
            '"We counted every nest twice," the older researcher said.',
        ],
    ),
    (  # a bare surname kept for the one it first meant
        "Ok Hye-won",
        [
            "Ok Hye-won (옥혜원) won her first tour event on Sunday at the age of 20.",
            "Ok, who turned professional last year, finished two shots clear.",
            "Her father, Ok Dong-chan, a retired bus driver, carried her bag all week.",
            'Asked about the last hole, she smiled. "I did not look at the board," Ok said.',
        ],
    ),
    (  # a possessive surname is a bare use too
        "Kwon Sang-cheol",
        [
            "Kwon Sang-cheol (권상철) has carved masks in Hahoe village for 50 years.",
            "Kwon's son, Kwon Yi-jun, studied design in Seoul and came home in 2019.",
            "The heritage office named the workshop a protected site last week.",
            '"The wood tells you where the face is," Kwon said.',
        ],
    ),
    (  # the bare surname kept across a quote-only paragraph and a pronoun
        "Geum Na-yeon",
        [
            "Geum Na-yeon (금나연) set a national record in the 400-meter freestyle.",
            '"I wanted the record more than the medal," Geum said on Thursday.',
            "Her brother, Geum Tae-u, a former swimmer, coaches her at the club in Ulsan.",
            "She trains six days a week and sleeps at nine.",
            '"Nine is late for me," Geum said with a laugh.',
        ],
    ),
]


NEAR = [
    (  # only one Seol: "the elder Seol" is that one
        "Seol Mu-gyeong",
        [
            "Seol Mu-gyeong (설무경), 70, runs the ferry to the island.",
            '"The sea is calm today," the elder Seol said.',
        ],
    ),
    (  # two of one surname and nothing that tells them apart: the newest, as before
        "Yu Ha-ram",
        [
            "Yu Ji-an (유지안) and Yu Ha-ram (유하람) opened a bakery in Jeonju.",
            '"We bake at three every morning," the elder Yu said.',
        ],
    ),
    (  # the same age: no evidence
        "Jin Bo-mi",
        [
            "Jin Da-som (진다솜), 30, and her cousin Jin Bo-mi, 30, run the shop.",
            '"We argue about prices every day," the younger Jin said.',
        ],
    ),
    (  # three share the surname: no pair to compare
        "Baek Yun-a",
        [
            "Baek Gang-su (백강수), 70, Baek Ji-o, 44, and Baek Yun-a, 12, live on the farm.",
            '"The goats know my voice," the elder Baek said.',
        ],
    ),
    (  # "the elder statesman" compares nobody
        "the elder statesman",
        [
            "Cheon Bok-su (천복수), 64, and Maeng Ga-yun (맹가윤), 27, spoke at the forum.",
            '"Parties come and go," the elder statesman said.',
        ],
    ),
    (  # three men of known ages in the paragraph: the comparative does not pick
        "the younger man",
        [
            "Kwak Do-hun (곽도훈), 61, Eom Ji-seop, 40, and Sa Rok-hee, 19, were rescued.",
            '"I could not feel my hands," the younger man said.',
        ],
    ),
    (  # nobody called a scientist: two people of known ages are no pair of scientists
        "the younger scientist",
        [
            "Kwak Do-hun (곽도훈), 61, a farmer, and Eom Ji-seop, 40, a county official, met"
            " the survey team.",
            '"The soil here is older than the village," the younger scientist said.',
        ],
    ),
    (  # only one age given: no pair
        "the younger man",
        [
            "Kwak Do-hun (곽도훈), 61, and his deckhand Eom Ji-seop were rescued.",
            '"I could not feel my hands," the younger man said.',
        ],
    ),
    (  # "a younger colleague" is someone new
        "a younger colleague",
        [
            "Tak Mi-hyang (탁미향), 55, and Ham Sol-ji, 28, teach at the school.",
            '"We need more time for reading," a younger colleague said.',
        ],
    ),
    (  # the newer bearer named in this very paragraph: the bare surname is theirs
        "Ok Dong-su",
        [
            "Ok Ha-neul (옥하늘) won her first tour event on Sunday.",
            "Ok, who turned professional last year, finished two shots clear.",
            'Her father, Ok Dong-su, carried her bag. "I only read the greens," Ok said.',
        ],
    ),
    (  # the bare surname never used before the second came in: as before
        "Choi Hyeon-jun",
        [
            "Choi Yeon-su (최연수) and Choi Hyeon-jun (최현준) founded the startup in 2021.",
            "The firm makes sensors for fish farms.",
            '"We sold our first unit to a farm in Tongyeong," Choi said.',
        ],
    ),
    (  # a title with a surname is no bare use: the bare surname keeps its newest bearer
        "Nam Bo-hyeon",
        [
            "Coach Nam Gyu-cheol (남규철) named his squad for the cup on Monday.",
            "Nam Bo-hyeon, a 19-year-old defender, was the only newcomer called up.",
            "Coach Nam praised the young players' fitness.",
            "The defender trains in Suwon.",
            '"I did not expect the call," Nam said.',
        ],
    ),
    (  # three share the surname: the bare surname is not kept
        "Ok Jae-beom",
        [
            "Ok Seul-gi (옥슬기) won her first tour event on Sunday.",
            "Ok, who turned professional last year, finished two shots clear.",
            "Her father, Ok Man-su, drove the family from Gwangju.",
            "Her brother, Ok Jae-beom, a caddie on the men's tour, carried her bag.",
            '"She never looked at the board," Ok said.',
        ],
    ),
    (  # "the younger Ra" is no bare surname: with no evidence, the newest as before
        "Ra Eun-seol",
        [
            "Ra Ha-yun (라하윤) retired from the national handball team on Tuesday.",
            '"I gave it everything," Ra said.',
            "Her teammate, left wing Ra Eun-seol, said the two would stay friends.",
            "The federation thanked both players.",
            '"She taught me patience," the younger Ra said.',
        ],
    ),
    (  # both known when the bare surname was first used: nothing kept, as before
        "Ok Ji-hun",
        [
            "Ok Ji-hun (옥지훈) and Ok Ga-ram (옥가람) founded the startup in 2021.",
            '"We sold our first unit in Tongyeong," Ok said.',
            "Ok Ga-ram, the chief engineer, designed the sensor.",
            "Ok Ji-hun, the chief executive, raised the money.",
            '"We will hire 10 people next year," Ok said.',
        ],
    ),
    (  # a relation both hold: no evidence which is younger
        "Hong Seo-jin",
        [
            "Hong Ra-eun (홍라은), Park's daughter, and Hong Seo-jin, Jang's son, met at school.",
            '"We did not know we were cousins," the younger Hong said.',
        ],
    ),
]


def test_comparative_is_no_title() -> None:
    """ "the elder Byun" holds no title: the panel shows the name, not "elder Byun ..."."""
    quotes = extract_quotes(
        "",
        [
            "Byun Chang-ho (변창호), 66, grows pears. Byun's son, Byun Ha-jun, 35, sells them.",
            '"We have never had a better year," the elder Byun said.',
        ],
    )
    assert quotes[-1].speaker is not None
    assert not quotes[-1].speaker.startswith(("elder", "younger", "older"))


# A relative introduced by relation, name and description ("Her father, NAME, a fisherman,
# said"): the relation stays known, so "the father" or "her mother" later means that person,
# and the relation gives a gender, so "she said" after "His wife, NAME" is not the husband's
# and "he said" after "Her brother, NAME" not the sister's (round 23, third change).
KIN = [
    (  # "the father" later: the one introduced as "Her father"
        "Ahn Seok-jin",
        [
            "Ahn Bo-mi, 29, rows for the national team.",
            "Her father, Ahn Seok-jin, a fisherman in Tongyeong, said she learned to row "
            "before she could swim.",
            '"She was in a boat at four," the father said.',
        ],
    ),
    (  # "her mother" later
        "Ha Kyung-ae",
        [
            "Ha Yun-seo, 19, leaves for a conservatory in Vienna next month.",
            "Her mother, Ha Kyung-ae, a nurse, said the family had sold a car to pay for the "
            "flights.",
            '"We would sell the house too," her mother said.',
        ],
    ),
    (  # "the daughter" later
        "Tae Ji-su",
        [
            "Tae Ho-yeon, 61, has dived for abalone off Jeju for 40 years.",
            "Her daughter, Tae Ji-su, an engineer, said she had asked her mother to stop.",
            '"She will not listen," the daughter said.',
        ],
    ),
    (  # a wife is no "he": the husband named first
        "Jin Seong-ho",
        [
            "Jin Seong-ho, a welder, lost his job when the shipyard closed.",
            "His wife, Lim Ja-young, a hairdresser, said the family now lived on her income.",
            '"I cannot sit at home," he said.',
        ],
    ),
    (  # a brother is no "she": the sister named first
        "Ma Eun-chae",
        [
            "Ma Eun-chae, 33, runs a bakery in Mokpo.",
            "Her brother, Ma Dong-gun, a sailor, said he had lent her the first month's rent.",
            '"He still asks for free bread," she said.',
        ],
    ),
    (  # a father is no "she"
        "Park Eun-ha",
        [
            "Park Eun-ha, 31, opened a noodle shop in Jeonju last spring.",
            "Her father, Park Gwang-su, a retired bus driver, said he had doubted the plan at "
            "first.",
            '"He still complains about the prices," she said.',
        ],
    ),
]

KIN_NEAR = [
    (  # the relative of the pronoun's gender keeps it
        "Ha Kyung-ae",
        [
            "Ha Yun-seo, 19, leaves for a conservatory in Vienna next month.",
            "Her mother, Ha Kyung-ae, a nurse, said the family had sold a car to pay for the "
            "flights.",
            '"We would sell the house too," she said.',
        ],
    ),
    (
        "Lim Ja-young",
        [
            "Jin Seong-ho, a welder, lost his job when the shipyard closed.",
            "His wife, Lim Ja-young, a hairdresser, said the family now lived on her income.",
            '"He goes to the yard gate every morning anyway," she said.',
        ],
    ),
    (
        "Ma Dong-gun",
        [
            "Ma Eun-chae, 33, runs a bakery in Mokpo.",
            "Her brother, Ma Dong-gun, a sailor, said he had lent her the first month's rent.",
            '"She paid it back in a week," he said.',
        ],
    ),
    (  # named as the speaker after the quotation: the name, whatever the relation
        "Park Gwang-su",
        [
            "Park Eun-ha, 31, opened a noodle shop in Jeonju last spring.",
            "Her father, Park Gwang-su, a retired bus driver, said he had doubted the plan at "
            "first.",
            '"Now I eat there every day," Park Gwang-su said.',
        ],
    ),
    (  # no relation given: the newest subject of the pronoun's gender, as before
        "Seo Jun-ho",
        [
            "Son Ga-eun, 35, teaches piano in Gwangju.",
            "Seo Jun-ho, a firefighter, said the lessons had paid for their first car.",
            '"She never takes a day off," he said.',
        ],
    ),
]


@pytest.mark.parametrize(
    ("speaker", "paragraphs"), RESOLVE + KIN, ids=[r[0] for r in RESOLVE + KIN]
)
def test_reference_two_people_fit_resolves(speaker: str, paragraphs: list[str]) -> None:
    got = _last_speaker(paragraphs)
    assert got is not None and speaker in got


@pytest.mark.parametrize(
    ("speaker", "paragraphs"), NEAR + KIN_NEAR, ids=[f"near {n[0]}" for n in NEAR + KIN_NEAR]
)
def test_near_miss_keeps_its_answer(speaker: str, paragraphs: list[str]) -> None:
    got = _last_speaker(paragraphs)
    assert got is not None and speaker in got
