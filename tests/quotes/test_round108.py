"""Round 108: a clause between commas is no description of the phrase before it.

"In the ruling, the judge rejected the defense's account, saying ..." made the speaker "the
ruling, the judge rejected the defense's account": the words between the commas open with
"the", so they were read as an appositive of "the ruling", verb and all. Every sentence here is
invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_JUDGE = "Presiding Judge Seon Mi-rae said the contract had been forged."


def test_a_clause_between_commas_is_not_a_description() -> None:
    paragraphs = [
        _JUDGE,
        "In the ruling, the judge rejected the defense's account, saying the ledger held a"
        ' "second set of books" for the tax office.',
    ]
    speaker = speaker_of(paragraphs, "second set of books")
    assert speaker is not None and speaker.startswith("Presiding Judge Seon Mi-rae"), speaker


@pytest.mark.parametrize(
    ("description", "shown"),
    [
        ("a coach who coached the national team,", "Yeo Bo-ram, a coach"),
        ("a retired general,", "Yeo Bo-ram, a retired general"),
        ("the head of the union,", "Yeo Bo-ram, the head of the union"),
    ],
)
def test_a_description_with_a_past_form_stays_one(description: str, shown: str) -> None:
    paragraphs = [f'Yeo Bo-ram, {description} said the plan was "long overdue."']
    speaker = speaker_of(paragraphs, "long overdue")
    assert speaker is not None and speaker.startswith(shown), speaker
