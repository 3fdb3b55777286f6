"""Round 115's probe battery: a definite description standing for the paragraph's named person.

Each probe is one to three invented paragraphs of Korean wire copy (no name or sentence from a
corpus article) that names a person and then credits a quotation to a definite description of
that person rather than the name or a pronoun (elegant variation): "NAME, 31, was modest.
"...," the Korean champion told reporters"; "Its head, NAME, said ... "...," the union leader
said"; a paragraph about "the elder NAME" and a quotation opening the next one, "...," the
craftsman said. For each quotation checked (found by a piece of its text) the expected answer is
a name the short (or full) speaker must hold, or "-word": no speaker or one holding only that
word (the description left alone). Categories: S the subject of the sentence or paragraph
just before, P the subject of the paragraph before a paragraph that opens with the quotation,
N near misses (two people in reach, an anonymous "the official", an indefinite "a senior
official", the description given to another named person, a person met as an object, a
paragraph that turns to someone else before the quotation, a document, a role the person does
not hold, a gender or an age that is not theirs). The ones the extractor still misses are
strict xfails, each with its reason.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

PROBES: list[object] = [  # (category, paragraphs, [(piece, speaker)]), some in pytest.param
    (
        "S",
        [
            "Eo Seul-bi (어슬비) beat Japan's top seed in the final on Sunday.",
            'Eo, 31, was modest in victory. "I was lucky with the draw," the Korean champion '
            "told reporters.",
        ],
        [("lucky with the draw", "Eo Seul-bi")],
    ),
    (
        "S",
        [
            "The Daehan Logistics union represents about 4,000 drivers. Its head, Pyeon Gyu-chan, "
            'said his members were tired of promises. "Every merger costs us jobs," the union '
            "leader said at a rally.",
        ],
        [("Every merger costs", "Pyeon Gyu-chan")],
    ),
    (
        "S",
        [
            "The Seoul bus drivers' union represents 16,000 drivers. Its chief, Tak Sae-ul, "
            'said his members would strike on Monday. "The city has had two years," the union '
            "leader said outside city hall.",
        ],
        [("The city has had", "Tak Sae-ul")],
    ),
    (
        "S",
        [
            "Yeom Chang-hwi (염창휘) spoke briefly to reporters outside the courtroom. "
            '"I trusted the process," the former ministry official said.',
        ],
        [("trusted the process", "Yeom Chang-hwi")],
    ),
    (
        "S",
        [
            "Maeng Ji-seop, who led the division until 2021, sat quietly through the hearing. "
            '"I signed what I was given," the former commander said after the verdict.',
        ],
        [("I signed what", "Maeng Ji-seop")],
    ),
    pytest.param(
        "S",
        [
            "Dokgo Seol-a, who posts her training videos online, said she had not slept well. "
            '"I will be better tomorrow," the world No. 1 said.',
        ],
        [("better tomorrow", "Dokgo Seol-a")],
        marks=pytest.mark.xfail(
            strict=True,
            reason='"the world No. 1" is read as no description at all (no role noun)',
        ),
    ),
    (
        "S",
        [
            "Kwak Man-bok, 61, and his son Kwak Eun-chong, 33, run the last rope-making shop in "
            "Tongyeong.",
            'Kwak Eun-chong wants to sell online. "Nobody buys rope at a shop any more," the '
            "younger Kwak said.",
        ],
        [("Nobody buys rope", "Kwak Eun-chong")],
    ),
    (
        "P",
        [
            "Ok Gwi-bong (옥귀봉), 72, has made brass bowls in Anseong for five decades.",
            "The elder Ok still hammers every bowl by hand and polishes each one for a day.",
            '"A machine bowl sings one note," the craftsman said.',
        ],
        [("A machine bowl", "Ok Gwi-bong")],
    ),
    (
        "P",
        [
            "Ten-year-old Ha Seul-ong had never milked a goat until May, when the farmer she "
            "lives with in Hadong handed her a bucket.",
            '"It kicked me twice. Then it let me," said the fourth grader, who moved from '
            "Seoul in March.",
        ],
        [("It kicked me", "Ha Seul-ong")],
    ),
    (
        "P",
        [
            "Wi Na-rae (위나래), 45, runs the only sword-dance school in Jinju.",
            "The elder Wi still teaches every class herself, six days a week.",
            '"The blade is the easy part," the dancer said.',
        ],
        [("The blade is the easy", "Wi Na-rae")],
    ),
    (
        "N",
        [
            "Hwang Deok-sam met Seok Mu-gyeol at the union office on Monday. "
            '"We are not giving up," the union leader said.',
        ],
        [("not giving up", "-union leader")],
    ),
    (
        "N",
        [
            "Yeom Chang-hwi spoke briefly to reporters outside the court. "
            '"There will be an appeal," the official said.',
        ],
        [("There will be an appeal", "-official")],
    ),
    (
        "N",
        [
            "Yeom Chang-hwi spoke briefly to reporters outside the court. "
            '"He will appeal," a senior official said.',
        ],
        [("He will appeal", "-official")],
    ),
    (
        "N",
        [
            '"He has earned a rest," said Bin Hye-sol, who runs the club\'s largest fan group.',
            "For now, neither man seems ready to talk. "
            '"I will be at training on Monday," the striker said.',
        ],
        [("at training on Monday", "-striker")],
    ),
    (
        "N",
        [
            "Gyeon Da-ol, the union leader, called the strike on Friday.",
            "Yeon Bo-ri, a cashier, joined the picket line on Saturday. "
            '"We will stay here," the union leader said.',
        ],
        [("We will stay here", "Gyeon Da-ol")],
    ),
    (
        "N",
        [
            "Rep. Byeon Seong-u met the minister on Monday.",
            '"We acted within the law," the minister said.',
        ],
        [("within the law", "-minister")],
    ),
    (
        "N",
        [
            "Yeom Chang-hwi (염창휘), 61, told the court he had never taken a bribe.",
            "According to the indictment, Yeom received cash in return for "
            '"looking after" the case.',
        ],
        [("looking after", "-indictment")],
    ),
    (
        "N",
        [
            "Gwon Ha-seul, who runs a bakery in Mokpo, hired a student for the summer.",
            '"She learns fast," the teacher said.',
        ],
        [("She learns fast", "-teacher")],
    ),
    (
        "N",
        [
            '"We lost the vote," Jeong Mu-yeol sighed.',
            '"Did we?" the lawyer shrugged.',
        ],
        [("Did we?", "-lawyer")],
    ),
    pytest.param(
        "N",
        [
            'Do Gi-chan, a midfielder, scored twice on Saturday. "We were patient," the coach '
            "said.",
        ],
        [("We were patient", "-coach")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="round 12's salient person takes a bare role the person does not hold",
        ),
    ),
    pytest.param(
        "N",
        [
            "Pyeon Gyu-chan, 41, was gracious. "
            '"I am proud of my children," the 41-year-old mother said.',
        ],
        [("proud of my children", "-mother")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the age rule takes the person of that age whatever the noun's gender",
        ),
    ),
    pytest.param(
        "N",
        [
            "Eo Seul-bi and Jin Ha-ram trained together for a decade. "
            '"We never talk about the final," the Korean champion said.',
        ],
        [("never talk about", "-champion")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="round 49's demonym rule falls back on the first of two people named",
        ),
    ),
]


@pytest.mark.parametrize(("category", "paragraphs", "expected"), PROBES)
def test_probe(
    category: str, paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == [], category
