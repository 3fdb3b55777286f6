"""Round 116's probe battery: which person "he" or "she" can stand for.

Each probe is one to three invented paragraphs of Korean wire copy (no name or sentence from a
corpus article) in the shapes where the tuning splits gave a pronoun's quotation someone the
pronoun cannot stand for: a person of the other gender, whose gender the copy gave only in an
appositive's reflexive ("a former archer himself") or in a kin noun before the name that an
age then cut off ("Gil's daughter, Gil Soo-ah, 50, said"); a group ("older South Koreans");
the owned person of a possessive ("Her teacher ... told her ..., she said"); the subject of
reported speech rather than of the reporting clause. Beside them, near misses of the same
frames whose answer is the other person: the reflexive or kin noun is the pronoun's gender,
the embedded subject is the only one the pronoun fits. For each quotation checked (found by a
piece of its text) the expected answer is a name the speaker must hold, or "-NAME" for no
speaker or that one (no speaker rather than a wrong one). Categories: K the kept shapes, N
near misses, O other shapes the round counted and left. Probes still failing are strict
xfails with their reason.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

_OWNED = (
    "'Her teacher, NAME, once told her to ..., she said': the pronoun tags a clause whose"
    " subject is the possessed person, and means the possessive's owner; the extractor reads"
    " no sentence structure there (two tuning articles); not treated"
)
_ASKED = (
    "'A reporter then asked whether ... . \"...,\" he said': the asker does not answer; round"
    " 96's askers cover one paragraph's own question only (two tuning articles); not treated"
)
_EMBEDDED = (
    "'Chu said Ortiz would explain. \"...,\" he said' with Chu a woman only by 'her"
    " translator': the reporting clause's subject keeps 'he', as 'her' after 'said' gives Chu"
    " no gender (round 51 reads it only when nobody else is named); not treated"
)

PROBES: list[object] = [  # (category, paragraphs, [(piece, speaker)]), some in pytest.param
    (
        "K",
        [
            "Archer Bae Ji-won, 19, missed the national team by one point at the trials.",
            "Her coach, Bae Min-ho, a former archer himself, said the trials had been fair.",
            "Bae, who trains at the same club in Andong, said she would enter again. "
            '"I will shoot again in March," she said.',
        ],
        [("I will shoot again", "Bae Ji-won")],
    ),
    (
        "K",
        [
            "Cyclist Yun Da-bin, 24, won the hill stage by four seconds.",
            "Her manager, Yun Gi-cheol, a former rider himself, followed in the team car.",
            '"I could hear him shouting the whole way up," she said.',
        ],
        [("I could hear him", "Yun Da-bin")],
    ),
    (
        "K",
        [
            "Potter Gil Man-sik, 80, has made jars in Icheon since 1962.",
            "Gil's daughter, Gil Soo-ah, 50, who keeps the workshop's books, said her father had"
            " turned away dozens of apprentices. According to her, he told them all the same"
            ' thing: "Come back when you can sit still."',
            '"Jun-ho came back the next day. After a month my father stopped pretending not to'
            ' see him," she said.',
        ],
        [("Come back when", "Gil Man-sik"), ("Jun-ho came back", "Gil Soo-ah")],
    ),
    (
        "K",
        [
            "Chef Noh Dae-gyu, 71, closed his noodle shop in Jeonju after 40 years.",
            "His daughter, Noh Sae-rom, 44, who ran the shop's accounts, said he had cried on the"
            ' last night. "He wiped every table twice," she said.',
        ],
        [("He wiped every", "Noh Sae-rom")],
    ),
    (
        "K",
        [
            "Heir Pyeon Seung-ho, 52, sued his brother over the family bakery chain on Monday.",
            "Their mother, Tak Bun-rye, 79, has not commented publicly.",
            'Pyeon said his mother had told him in March, "Your father built three shops, not'
            ' one."',
        ],
        [("Your father built", "Tak Bun-rye")],
    ),
    (
        "K",
        [
            "Weaver Sa Bok-nam, 83, is the last maker of ramie cloth in her village.",
            "Her son, Sa Jin-u, 58, who drives her to the market, said she had never taken a day"
            ' off. "Not even on her birthday," he said.',
        ],
        [("Not even on her", "Sa Jin-u")],
    ),
    (
        "N",
        [
            "Swimmer Na Ji-won, 19, missed the national team by one second.",
            "Her coach, Na Min-ho, a former swimmer himself, said the clock had been wrong.",
            '"We will appeal on Monday," he said.',
        ],
        [("We will appeal", "Na Min-ho")],
    ),
    (
        "N",
        [
            "Fencer Ok Ha-ram, 22, lost the final on a late touch.",
            "Her sister, Ok Se-rin, a fencer herself, watched from the stands.",
            '"I know that touch. I lost the same way in 2019," she said.',
        ],
        [("I know that touch", "Ok Se-rin")],
    ),
    (
        "N",
        [
            "Potter Gil Man-sik, 80, has made jars in Icheon since 1962.",
            "Gil's son, Gil Tae-o, 50, who keeps the workshop's books, said his father had"
            ' turned away dozens of apprentices. "He sends them home after an hour," he said.',
        ],
        [("He sends them home", "Gil Tae-o")],
    ),
    (
        "N",
        [
            "Lacquer master Yoo Dong-su, 81, has worked in Tongyeong for 60 years.",
            "His granddaughter, Yoo Ha-rin, 26, who joined the workshop last year, said he still"
            ' sands every box himself. "He says my hands are too quick," she said.',
        ],
        [("He says my hands", "Yoo Ha-rin")],
    ),
    (
        "N",
        [
            "Baker Seol Gyeong-ae, 61, opened her shop in Gunsan in 1991.",
            "Seol's lawyer, Ham Jin-seok, 48, said the landlord had doubled the rent.",
            '"The lease says nothing of the kind," Ham said.',
        ],
        [("The lease says", "Ham Jin-seok")],
    ),
    (
        "N",
        [
            "Lacquer master Yoo Dong-su, 81, has worked in Tongyeong for 60 years. His"
            " apprentice, Pi Jae-hun, 35, joined in 2014.",
            "Yoo said Pi had once ruined a commission by using the wrong glue. "
            '"I shouted at him for an hour," he said.',
        ],
        [("I shouted at him", "Yoo Dong-su")],
    ),
    pytest.param(
        "O",
        [
            "Novelist Chu Eun-hye, 58, said her translator, Pablo Ortiz, had changed the title.",
            'Chu said Ortiz would explain the choice. "A title must travel," he said.',
        ],
        [("A title must travel", "Pablo Ortiz")],
        marks=pytest.mark.xfail(strict=True, reason=_EMBEDDED),
    ),
    (
        "N",
        [
            "Deputy Minister Yeon Ha-rim, 52, visited Nairobi on Monday.",
            "Yeon also held talks with Kenya's foreign secretary, Mary Wanjiku, and told her that"
            ' Seoul would double scholarships. "We want your engineers to run these plants,"'
            " she said.",
        ],
        [("We want your engineers", "Yeon Ha-rim")],
    ),
    (
        "N",
        [
            "Residents of Hwasun county protested the plan on Tuesday, and the county office"
            " said it would hold a hearing.",
            '"We will listen to everyone before we decide," it said.',
        ],
        [("We will listen", "county office|Hwasun")],
    ),
    (  # a strict xfail until round 121 (number agreement: "he"/"she" skip "South Koreans")
        "O",
        [
            "Defector Seo Ha-neul, 31, addressed the council on Tuesday.",
            'Seo, who grew up in what older South Koreans call "the closed north", told'
            ' reporters she had not slept. "I wanted them to hear my voice," she said.',
        ],
        [("I wanted them", "Seo Ha-neul")],
    ),
    pytest.param(
        "O",
        [
            "Pianist Ra Eun-seo, 44, released her fifth album on Friday.",
            "Ra studied in Boston for 12 years. Her teacher there, the late pianist Daniel Ford,"
            ' once told her to "stop trying to sound American," she said.',
            '"It took me ten years to understand what he meant."',
        ],
        [("It took me ten years", "Ra Eun-seo")],
        marks=pytest.mark.xfail(strict=True, reason=_OWNED),
    ),
    pytest.param(
        "O",
        [
            "Col. Ahn Jeong-min, the JCS spokesperson, said the soldier had been unarmed.",
            "A reporter then asked whether warning shots had been fired. "
            '"None were needed," he said.',
        ],
        [("None were needed", "Ahn Jeong-min")],
        marks=pytest.mark.xfail(strict=True, reason=_ASKED),
    ),
    (
        "K",
        [
            "A national luge selection that left out the third-ranked slider has prompted an"
            ' inquiry, after the slider accused coaches of "picking before the race."',
            "Mun Ye-seul, 24, finished third at the trials but was left off the team.",
            "Mun's father, Mun Gwang-ho, a former slider himself, said the coach had told his"
            ' daughter she was "not a team player."',
            "Mun, who trains at the same track as Bok Da-in, said she would race again. "
            '"I am not quitting," she said.',
        ],
        [("I am not quitting", "Mun Ye-seul")],
    ),
]


@pytest.mark.parametrize(("category", "paragraphs", "expected"), PROBES)
def test_probe(
    category: str, paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == [], category
