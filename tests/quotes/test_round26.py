"""Round 26: nouns for people the role lexicon lacked, written from outside the corpus.

``ROLE_NOUNS`` grew from words met in tuning text, so a sentence whose subject is a role noun
it lacked ("The nun, who is 74, walked him through the kitchen.") had no subject, and the
"she" of the quotation after it went to the other person the paragraph named. The round adds
the common nouns for people English news prose uses as a subject or a description (sports,
culture, religion, courts, health, labour, the military, family, business, society: see
``_lexicon.PERSON_ROLES``), with the gender English builds into some ("actress", "monk",
"widow": ``_lexicon.ROLE_GENDER``). They are roles in the singular only, and they title no
capitalised name ("the Patient Rights Center" stays a body). Nouns any person may be called
("man", "woman") and nouns news prose uses mostly as a modifier ("consumer prices", "refugee
camp") stay out.

A role noun only the description gives (no earlier sentence named the person by it) leaves the
quotation with that role phrase as its speaker: no name rather than a wrong one. Every sentence
and name is invented (none comes from any corpus split)."""

from __future__ import annotations

import pytest

from tests.quotes.invented import last_speaker as _last_speaker

# The quotation's "he"/"she" means the role noun opening its sentence, not the other person
# the paragraph before named (before the round: that other person).
RESOLVE = [
    (
        "the rookie",
        [
            "Gu Han-byeol, 20, struck out nine batters, and catcher Seok Do-won"
            " called every pitch.",
            "At the ceremony, the rookie pointed at his father in the stands. "
            '"He taught me the curve," he said.',
        ],
    ),
    (
        "The nun",
        [
            "Governor Im Jae-ha toured the shelter that Maeng Su-ah has run in Cheongju"
            " since 2009.",
            "The nun, who is 74, walked him through the kitchen. "
            '"We feed 200 people a day," she said.',
        ],
    ),
    (
        "The widow",
        [
            "Labor Minister Kook Dae-hyun met Ryu Seon-mi on Monday, a year after the"
            " mine collapse.",
            "The widow, who brought his photograph, did not sit down. "
            '"He went down at six and never came up," she said.',
        ],
    ),
    (
        "The patient",
        [
            "Health Minister Ban Ki-tae answered a letter from Yang Chae-won, who waited nine hours"
            " at an emergency room.",
            "The patient, a retired bus driver, was not impressed. "
            '"He thanked me for my patience," she said.',
        ],
    ),
    (
        "The caddie",
        [
            "Yoo Min-ji won by four strokes, and Kang Dae-sung carried her bag for all"
            " four rounds.",
            "The caddie, who has worked at the club since 2004, grinned. "
            '"She never asked me about the wind," he said.',
        ],
    ),
    (
        "The goalkeeper",
        [
            "Coach Min Tae-ho praised Oh Se-rin after the penalty shootout.",
            'The goalkeeper shrugged off the praise. "I guessed left both times," she said.',
        ],
    ),
    (
        "The pastor",
        [
            "Mayor Gil Seong-jae thanked Bang Hee-soo for opening the church hall to flood"
            " victims.",
            "The pastor, who slept in the hall for a week, said he was tired. "
            '"Nobody asked who believed what," he said.',
        ],
    ),
    (
        "The pharmacist",
        [
            "Inspector Tae Min-gyu visited Sim Yoo-na's shop in Jeonju in May.",
            'The pharmacist now keeps a list of buyers. "I know every face," she said.',
        ],
    ),
    (
        "The sniper",
        [
            "Lawmaker Pi Eun-sook questioned Joo Hyun-woo, who served 12 years in the Marine"
            " Corps.",
            'The sniper, now 48, spoke slowly. "Nobody told us the range was closed," he said.',
        ],
    ),
    (
        "The paramedic",
        [
            "Officer Ra Sung-il called for help, and Do Kyung-min reached the crash minutes later.",
            "The paramedic, who has worked in Gangneung for 15 years, said the driver was awake. "
            '"He was asking for his phone," she said.',
        ],
    ),
    (
        "The waitress",
        [
            "Chef Ma Chang-ho hired Seol Da-in in 2019.",
            "The waitress, who now runs the dining room, remembered the first night. "
            '"I dropped three plates," she said.',
        ],
    ),
]


# The side effect a person noun has: a "he" that no longer goes to the wrong person no longer
# teaches them a gender, so the "she" after "X shook her head if asked" must find X herself
# (the one asked answers, as in "Ahn, asked whether ..., laughed").
RESOLVE.append(
    (
        "Lee Soo-jin",
        [
            "A player, Park Min-ho, said the team was ready.",
            "Lee Soo-jin, who manages the club shop, shook her head if asked about money."
            ' "He never sleeps," she said.',
        ],
    )
)


@pytest.mark.parametrize(("speaker", "paragraphs"), RESOLVE, ids=[s for s, _ in RESOLVE])
def test_role_noun_subject_speaks(speaker: str, paragraphs: list[str]) -> None:
    assert _last_speaker(paragraphs) == speaker


# The answer stays: a capitalised body's name with a person noun in it, a plural group, a
# noun used as a modifier, a person noun that is no subject, a known name's description.
NEAR = [
    (
        "Patient Rights Center",
        [
            "The Patient Rights Center said the hospital had ignored three complaints filed by"
            " Ko Min-a.",
            '"The hospital never answered the letters," the Patient Rights Center said.',
        ],
    ),
    (
        "Korea Caregiver Union",
        [
            "The Korea Caregiver Union, which represents 4,000 workers, said wages had not risen.",
            '"Our members work nights for day pay," the Korea Caregiver Union said.',
        ],
    ),
    (
        "Navy spokesperson Seo Ga-young",
        [
            "Navy spokesperson Seo Ga-young said two sailors had asked for transfers and that"
            ' their requests were "being reviewed."'
        ],
    ),
    (
        "Coach Kim Ha-neul",
        [
            "Coach Kim Ha-neul said the two goalkeepers would share the starts."
            ' "Both earned it," Kim said.'
        ],
    ),
    (
        "Nam Do-hyun, a teacher",
        [
            "Nam Do-hyun, 44, a teacher, said the men had left before the police came."
            ' "They ran toward the river," he said.'
        ],
    ),
    (
        "Pyun Ji-hoon",
        [
            "Pyun Ji-hoon, who heads the bank's consumer protection office, said the fees would"
            ' fall. "We heard the complaints," Pyun said.'
        ],
    ),
    (
        "Bae Yun-seo",
        ['Bae Yun-seo won the title with her caddie beside her. "I trusted the read," Bae said.'],
    ),
    (
        "Cheon Mi-rae",
        [
            "Cheon Mi-rae met the actress after the show.",
            '"She was kinder than I expected," Cheon said.',
        ],
    ),
    (
        "Ahn Jae-sik, the club's president",
        [
            "Ahn Jae-sik, the club's president, said the rookie would start on Sunday."
            ' "He is ready," Ahn said.'
        ],
    ),
    (
        "Lim Soo-bin",
        [
            "Lim Soo-bin told reporters that refugee families had waited months."
            ' "The camp is full," Lim said.'
        ],
    ),
    (
        "Goh Eun-ji, a lawyer",
        [
            "Goh Eun-ji, a lawyer, said the suspects had not been charged."
            ' "There is no case yet," Goh said.'
        ],
    ),
    (
        "Park Jin-su, a monk at a mountain temple near Gimcheon",
        [
            "Park Jin-su, 61, a monk at a mountain temple near Gimcheon, met the visiting"
            " minister Cha Eun-bi on Friday.",
            'The monk poured the tea himself. "A guest is a guest," he said.',
        ],
    ),
]


@pytest.mark.parametrize(("speaker", "paragraphs"), NEAR, ids=[s for s, _ in NEAR])
def test_answer_stays(speaker: str, paragraphs: list[str]) -> None:
    assert _last_speaker(paragraphs) == speaker
