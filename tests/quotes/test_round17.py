"""Round 17 of issue 13: a headline quotation whose body quotation has only a description.

A headline quotation takes the speaker of the body quotation it repeats. When the body could
not name that speaker ("...," the teenager said), the headline often does say who: its own
speaker phrase names a person ('15-year-old Moon Ga-eun ... calls it '...''), or it holds the
description's noun ("Glassblower names heir: '...'") and the body names one person with that
role, or else names one person in full before anyone else (a profile's subject). The rule
declines when two named people hold the role, when the headline names someone else, when the
description is not in the headline, or when the headline quotation repeats no body quotation.

Every sentence and name is invented (none comes from any corpus split)."""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes


def _headline_speaker(headline: str, *paragraphs: str) -> str | None:
    found = [q for q in extract_quotes(headline, paragraphs) if q.paragraph is None]
    assert len(found) == 1, found
    return found[0].speaker_short


RESOLVES = [
    (
        "Glassblower names her heir: 'Her breath is steadier than mine'",
        (
            "In a furnace room in Yeoju, Oh Dan-bi (오단비) turns a pipe slowly.",
            "The 71-year-old has blown glass for 50 years.",
            '"Her breath is steadier than mine now. Mine wavers," the glassblower said.',
        ),
        "Oh Dan-bi",
    ),
    (
        "Teen cellist's debut: 'I stopped hearing the hall'",
        (
            "Roh Si-woo (노시우) walked off the stage of a Gwangju hall to a long ovation.",
            "The 16-year-old had played the Elgar concerto.",
            '"I stopped hearing the hall. I only heard the oboe," the teenager said.',
        ),
        "Roh Si-woo",
    ),
    (
        "15-year-old Moon Ga-eun upsets champion, calls it 'the luckiest game of my life'",
        (
            "Moon Ga-eun (문가은) beat the world champion at a chess final in Incheon.",
            '"It was the luckiest game of my life. She left her rook hanging," the teenager'
            " told reporters.",
        ),
        "Moon Ga-eun",
    ),
    (
        "Singer Tae Yu-ri sues label: 'I want my songs back'",
        (
            "Tae Yu-ri (태유리), the lead voice of trio Paper Lantern, filed suit on Monday.",
            "The 29-year-old says the label registered her songs under its own name.",
            '"I want my songs back. I wrote every line," the singer wrote on social media.',
        ),
        "Tae Yu-ri",
    ),
    (
        "Island light goes dark as keeper retires: 'The sea was my only colleague'",
        (
            "Seok Jae-hun (석재훈) climbed the 92 steps of a lighthouse off Tongyeong on Monday.",
            "The 64-year-old had tended it since 1989.",
            '"The sea was my only colleague, and it never came late," the keeper said.',
        ),
        "Seok Jae-hun",
    ),
    (
        "Potter on retiring: 'The clay will outlive me'",
        (
            "Pyeon Mu-gyeong (편무경) has fired kilns in Icheon since 1974.",
            "The 80-year-old closed his studio on Sunday.",
            '"The clay will outlive me, and that is fine," the potter said.',
        ),
        "Pyeon Mu-gyeong",
    ),
    (
        "Drummer Yeom Ji-an quits band: 'I need silence for a while'",
        (
            "Yeom Ji-an (염지안), who kept time for rock band Cold Ember for a decade, is leaving.",
            "The 33-year-old said the decision took a year.",
            '"I need silence for a while. My ears ring at night," the drummer said.',
        ),
        "Yeom Ji-an",
    ),
    (
        "Weaver hands loom to apprentice: 'Her knots hold better than mine'",
        (
            "In a hanok in Andong, Gu Bong-rye (구봉례) runs her hand along the warp threads.",
            "The 88-year-old named her apprentice, Ji Seo-won, as her successor on Monday.",
            '"Her knots hold better than mine. My fingers are tired," the weaver said.',
        ),
        "Gu Bong-rye",
    ),
    (
        "Referee Gong Ui-seon calls her last match 'the quietest ninety minutes'",
        (
            "Gong Ui-seon (공의선) blew her final whistle at a league game in Jeonju on Sunday.",
            "The 45-year-old officiated 300 top-flight games.",
            '"That was the quietest ninety minutes of my career," the referee said.',
        ),
        "Gong Ui-seon",
    ),
    (
        "Ferry boss: 'We sail when the sea says so' after island route reopens",
        (
            "A ferry route to a western island reopened on Tuesday after a month of storms.",
            "The operator's president, Ham Chi-won (함치원), met the first passengers.",
            '"We sail when the sea says so, not when the timetable does," the ferry boss said.',
        ),
        "Ham Chi-won",
    ),
    (
        "Teen archer Bok Na-rae calls world record 'an accident of wind'",
        (
            "Bok Na-rae (복나래) set a world record at an archery meet in Ulsan on Saturday.",
            '"It was an accident of wind. I aimed for the nine," the teenager said.',
        ),
        "Bok Na-rae",
    ),
    (
        "Baker on closing after 40 years: 'The oven is older than my son'",
        (
            "Seo Pil-du (서필두) will sell his last loaf in Mokpo on Saturday.",
            "The 74-year-old opened the shop in 1985.",
            '"The oven is older than my son. It still works," the baker said.',
        ),
        "Seo Pil-du",
    ),
]


DECLINES = [
    # the description is a body, not a person
    (
        "Ministry: 'The bridge will reopen by spring'",
        (
            "Engineer Jo Han-gyeol (조한결) inspected a cracked bridge in Gimpo on Tuesday.",
            '"The bridge will reopen by spring, after a full load test," the ministry said.',
        ),
    ),
    # two named people hold the description's role before the quotation
    (
        "Keeper on the light's last night: 'The sea was my only colleague'",
        (
            "Lighthouse keeper Seok Jae-hun (석재훈) and his deputy, keeper Ye Dong-min (예동민),"
            " climbed the 92 steps of a lighthouse off Tongyeong on Monday.",
            "Both had tended it since 1989, and both were there that night, villagers said.",
            '"The sea was my only colleague, and it never came late," one keeper said.',
        ),
    ),
    # the description's noun is not in the headline
    (
        "A furnace in Yeoju goes cold: 'Her breath is steadier than mine'",
        (
            "In a furnace room in Yeoju, Oh Dan-bi (오단비) turns a pipe slowly.",
            "The 71-year-old has blown glass for 50 years.",
            '"Her breath is steadier than mine now. Mine wavers," the glassblower said.',
        ),
    ),
    # the headline names another person than the one the body names first
    (
        "Potter on Kwon Ha-yul's kiln: 'The clay will outlive me'",
        (
            "Pyeon Mu-gyeong (편무경) has fired kilns in Icheon since 1974.",
            "He shared a kiln with Kwon Ha-yul (권하율) for years.",
            '"The clay will outlive me, and that is fine," the potter said.',
        ),
    ),
    # the headline's own speaker phrase names someone else
    (
        "Coach Jin Tae-o: teenager's win 'the luckiest game of my life'",
        (
            "Moon Ga-eun (문가은) beat the world champion at a chess final in Incheon.",
            "Her coach, Jin Tae-o (진태오), watched from the hall.",
            '"It was the luckiest game of my life. She left her rook hanging," the teenager'
            " told reporters.",
        ),
    ),
    # the body names nobody in full
    (
        "Village baker: 'The oven is older than my son'",
        (
            "A bakery in Mokpo will sell its last loaf on Saturday.",
            "The shop opened in 1985.",
            '"The oven is older than my son. It still works," the baker said.',
        ),
    ),
    # a description of two nouns is no role
    (
        "Teen cellist's debut: 'I stopped hearing the hall'",
        (
            "Roh Si-woo (노시우) walked off the stage of a Gwangju hall to a long ovation.",
            "Two violinists played beside her.",
            '"I stopped hearing the hall. I only heard the oboe," one of the violinists said.',
        ),
    ),
]


@pytest.mark.parametrize(("headline", "paragraphs"), DECLINES)
def test_the_rule_declines(headline: str, paragraphs: tuple[str, ...]) -> None:
    speaker = _headline_speaker(headline, *paragraphs)
    assert speaker is None or not speaker[:1].isupper(), speaker  # a description, no name


def test_a_headline_quotation_no_body_quotation_repeats_gets_no_named_speaker() -> None:
    found = extract_quotes(
        "Glassblower names her heir: 'Breath is everything'",
        (
            "In a furnace room in Yeoju, Oh Dan-bi (오단비) turns a pipe slowly.",
            '"My fingers are not what they were," the glassblower said.',
        ),
    )
    head = [q for q in found if q.paragraph is None]
    assert all(q.speaker_short != "Oh Dan-bi" for q in head)


@pytest.mark.parametrize(
    ("headline", "paragraphs"),
    [
        (
            "Glassblower's 'Moon Jar' series sells out",
            (
                'Oh Dan-bi (오단비) sold every piece of her series "Moon Jar" in a day.',
                "The next firing is in spring, the glassblower said.",
            ),
        ),
        (
            "Teen cellist plays 'Sunrise Suite' at debut",
            (
                'Roh Si-woo (노시우) played a piece called "Sunrise Suite" in Gwangju.',
                "The hall was full, the teenager said.",
            ),
        ),
    ],
)
def test_a_term_in_the_headline_gets_no_speaker(headline: str, paragraphs: tuple[str, ...]) -> None:
    head = [q for q in extract_quotes(headline, paragraphs) if q.paragraph is None]
    assert all(q.speaker is None for q in head), head


# The headline's colon names its speaker; the body gave the quotation it repeats to a pronoun
# that the rules read as someone else ('... when Lind wrote ... "...," she said').
COLON_RESOLVES = [
    (
        "'Every edit is an argument': director Goh",
        (
            "Director Goh Eun-sol (고은솔) premiered her third film in Busan on Friday.",
            "The pair met in 2020, when Marta Lind wrote to the director's agency asking to cut"
            ' a short film. "I said no twice. Every edit is an argument, and I did not want'
            ' one," she said.',
        ),
        "Goh Eun-sol",
    ),
    (
        "Composer Ahn: 'Every score is a negotiation'",
        (
            "Composer Ahn Ye-rim (안예림) opened a festival in Tongyeong on Saturday.",
            "She first worked with conductor Ilse Brandt in 2018, when Brandt wrote to the"
            " composer's publisher asking for a new piece. \"I refused twice. Every score is a"
            ' negotiation, and I was tired," she said.',
        ),
        "Ahn Ye-rim",
    ),
    (
        "(LEAD) Painter Ku: 'A wall is a conversation'",
        (
            "Painter Ku Min-ha (구민하) unveiled a mural in Daegu on Monday.",
            "The project began when Sofia Marin wrote to the painter's gallery asking for a"
            ' collaboration. "I said no at first. A wall is a conversation, and I wanted'
            ' quiet," she said.',
        ),
        "Ku Min-ha",
    ),
    (
        "[Herald Interview] Poet Hyun: 'Translation is a borrowed coat'",
        (
            "Poet Hyun Ji-ah (현지아) read at a festival in Jeonju on Sunday.",
            "The pair met in 2017, when Clara Voss wrote to the poet's publisher asking to"
            ' translate a poem. "I said no three times. Translation is a borrowed coat, and I'
            ' disliked coats," she said.',
        ),
        "Hyun Ji-ah",
    ),
]


COLON_DECLINES = [
    # "X on Y:": the colon's phrase is whom the speaker talks about
    (
        "Archer Yang on coach Ryu: 'She taught me to breathe'",
        (
            "Archer Yang Ha-neul (양하늘) won gold in Paris.",
            "Her coach, Ryu Seon-ok (류선옥), sat in.",
            '"She taught me to breathe before I aim," Yang said.',
        ),
        "Yang Ha-neul",
    ),
    # a bare role, not a name: a spokesperson may carry a minister's words
    (
        "Minister: 'The budget will hold'",
        (
            "Finance Minister Cha Dong-hwi (차동휘) spoke on Monday.",
            "His spokesperson, Im Na-yeon (임나연), briefed reporters later."
            ' "The budget will hold through the winter," Im said.',
        ),
        "Im Na-yeon",
    ),
    # the body names its speaker outright: two explicit attributions, the body's stays
    (
        "Director Goh: 'Every edit is an argument'",
        (
            "Director Goh Eun-sol (고은솔) premiered her third film in Busan on Friday.",
            'Marta Lind, who cut it, spoke first. "Every edit is an argument, and I did not'
            ' want one," Lind said.',
        ),
        "Marta Lind",
    ),
    # the colon's phrase is someone described by the named person
    (
        "Director Goh's editor: 'Every edit is an argument'",
        (
            "Director Goh Eun-sol (고은솔) premiered her third film in Busan on Friday.",
            'Her editor, Marta Lind, spoke first. "Every edit is an argument, and I did not'
            ' want one," she said.',
        ),
        "Marta Lind",
    ),
]


@pytest.mark.parametrize(("headline", "paragraphs", "speaker"), COLON_DECLINES)
def test_the_colon_rule_declines(headline: str, paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _headline_speaker(headline, *paragraphs) == speaker


_SKATER = (
    "When Noh Ga-young (노가영) won her first world title in Montreal, she looked for one face"
    " in the crowd.",
    "That face belonged to Pyo Eun-hye (표은혜), who has coached the 19-year-old since she was"
    " seven.",
)

# "X on Y: '...'": X speaks about Y; a body quotation that shares half the headline's words
# and went to Y ("How to fall," the coach said) does not make Y the headline's speaker.
ON_RESOLVES = [
    (
        "Skater Noh on coach Pyo: 'She taught me how to fall'",
        (
            *_SKATER,
            'Asked what she had taught her pupil, Pyo thought for a while. "How to fall," the'
            ' coach said. "Everyone teaches the jump."',
        ),
        "Noh Ga-young",
    ),
    (
        "Pianist Ok on teacher Byun: 'He taught me to listen to the rests'",
        (
            "Ok Si-hyeon (옥시현) won the Leeds piano competition on Sunday.",
            "His teacher, Byun Gwang-su (변광수), flew in for the final.",
            'Asked what he had given his student, Byun smiled. "To listen to the rests," the'
            ' teacher said. "The notes take care of themselves."',
        ),
        "Ok Si-hyeon",
    ),
    (
        "Goalkeeper Cha on mentor Im: 'He taught me how to wait'",
        (
            "Cha Do-yun (차도윤) kept a clean sheet in his first national team start on Tuesday.",
            "His mentor, former keeper Im Jae-sik (임재식), watched from the stands.",
            'Asked what he had taught the young keeper, Im laughed. "How to wait," the former'
            ' keeper said. "The ball always comes."',
        ),
        "Cha Do-yun",
    ),
]


def test_on_declines_when_the_one_before_it_is_nobody_the_body_names() -> None:
    speaker = _headline_speaker(
        "Fans on coach Pyo: 'She taught me how to fall'",
        *_SKATER,
        '"How to fall," the coach said. "Everyone teaches the jump."',
    )
    assert speaker != "Noh Ga-young"


def test_on_declines_when_the_body_quotation_went_to_a_third_person() -> None:
    speaker = _headline_speaker(
        "Skater Noh on coach Pyo: 'She taught me how to fall'",
        *_SKATER,
        'Judge Arlette Roux watched the final. "How to fall is what Pyo taught her," Roux said.',
    )
    assert speaker == "Arlette Roux"


@pytest.mark.parametrize(
    ("headline", "paragraphs", "speaker"), [*RESOLVES, *COLON_RESOLVES, *ON_RESOLVES]
)
def test_the_headline_says_who_spoke(
    headline: str, paragraphs: tuple[str, ...], speaker: str
) -> None:
    """A description the headline names, a colon over a pronoun's guess, "X on Y"."""
    assert _headline_speaker(headline, *paragraphs) == speaker


def test_a_verb_before_a_name_is_no_title_of_it() -> None:
    """'who heard NAME at a festival': "heard" takes NAME as its object; it is no title, so
    neither the body's nor the headline's speaker reads "heard NAME at a festival"."""
    quotes = extract_quotes(
        "Teen pianist wins: 'I only played what I practised'",
        [
            "Yoo Ji-ho (유지호) won the national piano prize on Sunday.",
            "The jury was led by Cha Eun-ho, who heard Yoo at a festival in Tongyeong and"
            " invited him.",
            '"I only played what I practised," Yoo said.',
        ],
    )
    assert [q.speaker for q in quotes] == ["Yoo Ji-ho", "Yoo Ji-ho"]
