"""Round 115: a definite description that stands for the paragraph's named person.

Wire copy names a person, then credits a quotation to a definite description of the same person
instead of the name or a pronoun ("Its head, NAME, said ... "...," the union leader said"; a
paragraph about "the elder NAME", then '"...," the craftsman said'). The description's words
were never given to that person, so the quotation kept the description as its speaker. It is
now the newest subject, a person named in full, of this paragraph (or of the paragraph before,
when the quotation opens this one, that person did not speak last and that short paragraph said
nothing of what they do), if what is known of them allows the word and nobody else in reach
could carry it. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of


@pytest.mark.parametrize(
    ("paragraphs", "start", "name"),
    [
        pytest.param(
            [
                "The Daehan Logistics union represents about 4,000 drivers. Its head, Pyeon "
                'Gyu-chan, said his members were tired of promises. "Every merger costs us '
                'jobs," the union leader said at a rally.',
            ],
            "Every merger",
            "Pyeon Gyu-chan",
            id="its-head-then-the-union-leader",
        ),
        pytest.param(
            [
                "Yeom Chang-hwi (염창휘) spoke briefly to reporters outside the courtroom. "
                '"I trusted the process," the former ministry official said.',
            ],
            "I trusted",
            "Yeom Chang-hwi",
            id="the-former-official-just-named",
        ),
        pytest.param(
            [
                "Ok Gwi-bong (옥귀봉), 72, has made brass bowls in Anseong for five decades.",
                "The elder Ok still hammers every bowl by hand and polishes each one for a day.",
                '"A machine bowl sings one note," the craftsman said.',
            ],
            "A machine bowl",
            "Ok Gwi-bong",
            id="the-paragraph-before-is-about-him",
        ),
        pytest.param(
            [
                "Ten-year-old Ha Seul-ong had never milked a goat until May, when the farmer she "
                "lives with in Hadong handed her a bucket.",
                '"It kicked me twice. Then it let me," said the fourth grader, who moved from '
                "Seoul in March.",
            ],
            "It kicked me",
            "Ha Seul-ong",
            id="an-age-is-no-other-role",
        ),
    ],
)
def test_the_description_is_the_person_just_named(
    paragraphs: list[str], start: str, name: str
) -> None:
    speaker = speaker_of(paragraphs, start)
    assert speaker is not None and name in speaker, speaker


@pytest.mark.parametrize(
    ("paragraphs", "start", "others"),
    [
        pytest.param(
            [
                "Hwang Deok-sam met Seok Mu-gyeol at the union office on Monday. "
                '"We are not giving up," the union leader said.',
            ],
            "We are not",
            ("Hwang", "Seok"),
            id="two-people-in-reach",
        ),
        pytest.param(
            [
                "Yeom Chang-hwi spoke briefly to reporters outside the court. "
                '"There will be an appeal," the official said.',
            ],
            "There will be",
            ("Yeom",),
            id="an-anonymous-official",
        ),
        pytest.param(
            [
                '"He has earned a rest," said Bin Hye-sol, who runs the club\'s largest fan group.',
                "For now, neither man seems ready to talk. "
                '"I will be at training on Monday," the striker said.',
            ],
            "I will be at",
            ("Bin",),
            id="the-paragraph-turned-to-others-first",
        ),
        pytest.param(
            [
                "Yeom Chang-hwi (염창휘), 61, told the court he had never taken a bribe.",
                "According to the indictment, Yeom received cash in return for "
                '"looking after" the case.',
            ],
            "looking after",
            ("Yeom",),
            id="a-document-is-no-person",
        ),
        pytest.param(
            [
                "Gwon Ha-seul, who runs a bakery in Mokpo, hired a student for the summer.",
                '"She learns fast," the teacher said.',
            ],
            "She learns fast",
            ("Gwon",),
            id="the-paragraph-before-said-what-she-does",
        ),
        pytest.param(
            [
                '"We lost the vote," Jeong Mu-yeol sighed.',
                '"Did we?" the lawyer shrugged.',
            ],
            "Did we?",
            ("Jeong",),
            id="a-new-voice-answering-a-speaker",
        ),
        pytest.param(
            [
                "Rep. Byeon Seong-u met the minister on Monday.",
                '"We acted within the law," the minister said.',
            ],
            "We acted",
            ("Byeon",),
            id="the-person-met-as-an-object",
        ),
    ],
)
def test_near_misses_keep_the_description(
    paragraphs: list[str], start: str, others: tuple[str, ...]
) -> None:
    speaker = speaker_of(paragraphs, start)
    assert speaker is None or not any(o in speaker for o in others), speaker


def test_the_description_another_was_given_stays_theirs() -> None:
    paragraphs = [
        "Gyeon Da-ol, the union leader, called the strike on Friday.",
        "Yeon Bo-ri, a cashier, joined the picket line on Saturday. "
        '"We will stay here," the union leader said.',
    ]
    speaker = speaker_of(paragraphs, "We will stay")
    assert speaker is not None and "Gyeon Da-ol" in speaker, speaker
