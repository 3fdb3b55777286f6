"""Round 71: the right name is in the paragraph, the speaker given is not.

Invented sentences (no name or sentence from a corpus article). Rules:

* "it" in a tag means the paragraph's last subject, which also spoke last, when nothing makes
  that name a person's and its appositive is a definite role no person holds ("The operator,
  Bomnae Shipping, said in a statement that ... '...,' it said"), not a body that spoke a
  paragraph before (round 59's "it" rule, which barred every appositive);
* "Tak asked to speak to her": "asked to" and a verb is a request to act oneself, no
  question put, so the one asking stays the subject a later "he said" means (a questioner,
  "asked whether", still is not).

Near misses keep their answers: a body named only inside another's report, a person's
indefinite appositive ("a partner at ..."), a questioner, "Asked to speak, Tak stood", a
tag that names its speaker.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import last_speaker

_LEDE = (
    "Ferry captain Tak Yun-gwang, 52, went on trial at the Mokpo District Court on Monday over "
    "a collision that killed two fishermen."
)
_LEDE_JUDGE = (
    "Ferry captain Tak Yun-gwang, 52, went on trial on Monday over a collision that killed two "
    "fishermen. Judge Bong Ui-chan is presiding."
)
_OFFICE = (
    'The Mokpo Harbor Office said the ferry had left port late. "The weather was clear," the '
    "office said."
)
_MOTHER = (
    "Maeng Sun-rye, 61, whose son died in the collision, sat in the front row. "
    '"I want the truth," the mother said.'
)
_LAWYER = (
    "Tak's lawyer, Pi Ha-yul, said her client had asked for a new radar. "
    '"He wrote to them three times," she said.'
)

RESOLVE: list[tuple[list[str], str]] = [
    (
        [
            _LEDE,
            _OFFICE,
            "The operator, Bomnae Shipping, said in a statement that the radar had passed its "
            'last inspection. "Our boats meet every rule," it said.',
        ],
        "Bomnae Shipping",
    ),
    (
        [
            _LEDE,
            _OFFICE,
            "Gaeul Marine, the ferry operator, said in a statement that the radar had been "
            'replaced in May. "The crew knew how to use it," it said.',
        ],
        "Gaeul Marine",
    ),
    (
        [
            _LEDE,
            _OFFICE,
            "The operator, Bomnae Shipping, said in a statement that the radar had passed its "
            "last inspection.",
            '"We are reviewing the ruling," it said.',
        ],
        "Bomnae Shipping",
    ),
    (
        [
            _LEDE_JUDGE,
            _MOTHER,
            "Tak asked to speak to her at the end of his testimony, and Bong allowed it. "
            '"I am so sorry," he said.',
        ],
        "Tak Yun-gwang",
    ),
    (
        [
            _LEDE_JUDGE,
            _MOTHER,
            'Tak asked to be allowed to stand for the verdict. "I owe them that," he said.',
        ],
        "Tak Yun-gwang",
    ),
]

KEEP: list[tuple[list[str], str | None]] = [
    (
        [
            _LEDE,
            _OFFICE,
            "The office said the operator, Bomnae Shipping, had filed its route plan late. "
            '"We warned the company twice," it said.',
        ],
        "Mokpo Harbor Office",
    ),
    (
        [
            _LEDE,
            _OFFICE,
            "Seon Gyu-tae, a partner at Bomnae Shipping, said in a statement that the radar had "
            'passed. "The crew followed the rules," it said.',
        ],
        "Mokpo Harbor Office",
    ),
    (
        [
            _LEDE_JUDGE,
            _MOTHER,
            _LAWYER,
            "Maeng asked to read a letter from her daughter-in-law. "
            '"She cannot come here," she said.',
        ],
        "Maeng Sun-rye",
    ),
    (
        [
            _LEDE_JUDGE,
            _MOTHER,
            _LAWYER,
            'Maeng asked whether the radar had been switched off. "It was on," she said.',
        ],
        "Pi Ha-yul",
    ),
    (
        [
            _LEDE_JUDGE,
            _MOTHER,
            'Asked to speak at the end of his testimony, Tak stood. "I am so sorry," he said.',
        ],
        "Tak Yun-gwang",
    ),
    (
        [
            _LEDE_JUDGE,
            _MOTHER,
            _LAWYER,
            'Maeng asked reporters to leave the hallway. "Please," the lawyer said.',
        ],
        "Pi Ha-yul",
    ),
    (
        [_LEDE_JUDGE, _MOTHER, 'Tak asked to speak, but Bong refused. "Not now," the judge said.'],
        "Bong Ui-chan",
    ),
]


@pytest.mark.parametrize(("paragraphs", "want"), RESOLVE)
def test_the_name_in_the_paragraph_speaks(paragraphs: list[str], want: str) -> None:
    assert want in (last_speaker(paragraphs) or "")


@pytest.mark.parametrize(("paragraphs", "want"), KEEP)
def test_near_misses_keep_their_speaker(paragraphs: list[str], want: str | None) -> None:
    got = last_speaker(paragraphs)
    assert got == want if want is None else want in (got or "")


@pytest.mark.xfail(
    strict=True,
    reason="'owner' is a person's role in the lexicon: 'The owner, Nurimaru Ferries,' may be a "
    "person's appositive, so round 59's 'it' rule still does not take it",
)
def test_an_owner_body_is_who_it_means() -> None:
    paragraphs = [
        _LEDE,
        "The Mokpo District Court said the trial would run for two weeks. "
        '"Both sides have asked for more time," the court said.',
        "The owner, Nurimaru Ferries, said in a statement that it had paid the families. "
        '"We are cooperating fully," it said.',
    ]
    assert "Nurimaru Ferries" in (last_speaker(paragraphs) or "")
