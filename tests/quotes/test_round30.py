"""Round 30: titles before names the lexicon lacked, written from outside the corpus.

``PERSON_TITLES`` grew from words met in tuning text, so a title it lacked ("Abbot", "Supt.",
"Imam", "Emir") left the name untitled: "the abbot said" then found no one the role fits and
the quotation kept the role phrase, or an abbreviated title's period ended the sentence and
"Rev" became the speaker. The round adds the words English news prose uses as a title before a
name (government, parliament, courts, police, the military, religion, academia, business,
sport, diplomacy, royalty, honorifics: ``_lexicon.WRITTEN_PERSON_TITLES``), and their
abbreviations to ``ABBREVIATIONS``. Words English uses more often as an adjective, a verb or a
comparative than as a title ("principal", "major", "honorable", "charge", "closer", "whip")
stay out: "Principal Kim" after two Kims would otherwise take the title as a label for the
wrong one. Every sentence and name is invented (none comes from any corpus split)."""

from __future__ import annotations

import pytest

from tests.quotes.invented import last_speaker as _last_speaker

# Before the round: the role phrase ("the emir"), a shortened name, no speaker, or "Rev".
RESOLVE = [
    (
        "Rabbi Ari Feldstein",
        [
            "Rabbi Ari Feldstein greeted Ambassador Cha Young-min at the synagogue.",
            '"Friends visit in hard times," Rabbi Feldstein said.',
        ],
    ),
    (
        "Superintendent Yeom Sang-gu",
        [
            "Superintendent Yeom Sang-gu spoke after Mayor Tak Eun-bi left the briefing.",
            '"We had no warning," Supt. Yeom said.',
        ],
    ),
    (
        "Constable Harriet Doyle",
        [
            "Constable Harriet Doyle stopped the van before Commissioner Evans arrived.",
            '"It was going far too fast," said Constable Doyle.',
        ],
    ),
    (
        "Monsignor Byeon Tae-il",
        [
            "Monsignor Byeon Tae-il and Governor Ra Hye-won opened the shelter.",
            '"No one sleeps outside tonight," said Msgr. Byeon.',
        ],
    ),
    (
        "Magistrate Ellen Shaw",
        [
            "Magistrate Ellen Shaw heard the case after Prosecutor Kang rested.",
            '"The evidence is thin," Magistrate Shaw said.',
        ],
    ),
    (
        "Rev. Seok Jin-woo",
        [
            "Rev. Seok Jin-woo spoke before Mayor Pi Gyu-ri cut the ribbon.",
            '"This hall belongs to the town," said Rev. Seok.',
        ],
    ),
    ("Rev. Yoon Dae-han", ['"Mass will go on," the Rev. Yoon Dae-han said.']),
    (
        "Emir Tamim",
        [
            "Emir Tamim met President Ohn Tae-gyu in Doha.",
            '"Our doors are open to Korean firms," the emir said.',
        ],
    ),
    (
        "Ayatollah Hosseini",
        [
            "Ayatollah Hosseini received Vice Minister Nam Gi-tae in Qom.",
            '"Sanctions hurt the poor," the ayatollah said.',
        ],
    ),
    (
        "Supt. Yeom Sang-gu",
        [
            "Supt. Yeom Sang-gu briefed reporters while Mayor Tak Eun-bi listened.",
            'Yeom then took questions. "We had no warning," he said.',
        ],
    ),
    (
        "Det. Insp. Mark Hale",
        [
            "Det. Insp. Mark Hale arrested the driver after Sgt. Mills stopped him.",
            '"He had no licence," Hale said.',
        ],
    ),
    (
        "Princess Anne",
        [
            "Princess Anne met First Lady Kim at the palace.",
            '"It was a joy," the princess said.',
        ],
    ),
    (
        "Abbot Dohyeon",
        [
            "Abbot Dohyeon met Culture Minister Bang Ji-ho at the temple.",
            '"The bell has rung here for 600 years," the abbot said.',
        ],
    ),
    (
        "Sultan Hassan",
        [
            "Sultan Hassan received Prime Minister Do Yeon-su in Brunei.",
            '"Our ties are old," the sultan said.',
        ],
    ),
    (
        "Sheikh Khalid",
        [
            "Sheikh Khalid met Trade Minister Tae Woo-jin in Abu Dhabi.",
            '"We want more than oil between us," the sheikh said.',
        ],
    ),
    (
        "Prince Albrecht",
        [
            "Prince Albrecht met Foreign Minister Eun Da-bin in Seoul on Tuesday.",
            '"Korea is a friend of long standing," the prince said.',
        ],
    ),
    (
        "Imam Yusuf Karim",
        [
            "Imam Yusuf Karim met Councilor Heo Bo-ram at the mosque.",
            '"Our doors are open," the imam said.',
        ],
    ),
]


@pytest.mark.parametrize(("speaker", "paragraphs"), RESOLVE, ids=[r[0] for r in RESOLVE])
def test_title_resolves(speaker: str, paragraphs: list[str]) -> None:
    assert _last_speaker(paragraphs) == speaker


# Near misses: a listed word beginning a body's or a place's name, a title already known, a
# pruned adjective ("Principal Kim" after two Kims): the present answer stays.
KEEP = [
    (
        "Kim So-yeon, principal of Haneul Elementary School",
        [
            "Kim So-yeon, principal of Haneul Elementary School, spoke at the gate. Kim Tae-ho,"
            " a science teacher who is not related to the principal, stood beside her.",
            'Principal Kim said the rule would stay. "We will not bend," she said.',
        ],
    ),
    (
        "Major League Baseball spokesman Ned Coles",
        ['"Attendance is up," Major League Baseball spokesman Ned Coles said.'],
    ),
    (
        "Bishop Museum director Ana Lee",
        ['"The exhibit opens in May," said Bishop Museum director Ana Lee.'],
    ),
    (
        "Prince Edward Island Premier Dan Morse",
        ['"We need the ferry back," Prince Edward Island Premier Dan Morse said.'],
    ),
    (
        "a Sheriff's Office spokesperson",
        ['"The suspect is in custody," a Sheriff\'s Office spokesperson said.'],
    ),
    (
        "Duke University professor Hana Yoo",
        ['"Tuition will not rise," Duke University professor Hana Yoo said.'],
    ),
    (
        "Director Han Seo-rin",
        [
            "Director Han Seo-rin met the driver, Oh Gi-beom, at the depot.",
            '"We will pay for the repairs," Han said.',
        ],
    ),
    (
        "Park Ji-won, a nurse",
        [
            "Park Ji-won, a nurse, told the court she saw Lim Chang-su leave.",
            '"He was alone," Park said.',
        ],
    ),
    (
        "Kwon Hye-ri, editor of the Daejeon Ilbo",
        ['"The vote was fair," said Kwon Hye-ri, editor of the Daejeon Ilbo.'],
    ),
    (
        "Champion Yeom Gi-chan",
        [
            "Champion Yeom Gi-chan lost to challenger Woo Sang-min on Saturday.",
            '"He was faster tonight," Yeom said.',
        ],
    ),
    (
        "Minister Goh Eun-ji",
        [
            "Minister Goh Eun-ji met Agent Smith Holdings chairman Baek Tae-soo.",
            '"We talked about jobs," Goh said.',
        ],
    ),
    (
        "Bishop Gwak In-seop",
        [
            "Bishop Gwak In-seop and Governor Hwang Do-yun visited the flooded village.",
            '"The church will stay open all night," the bishop said.',
        ],
    ),
]


@pytest.mark.parametrize(("speaker", "paragraphs"), KEEP, ids=[k[0] for k in KEEP])
def test_near_miss_keeps(speaker: str, paragraphs: list[str]) -> None:
    assert _last_speaker(paragraphs) == speaker
