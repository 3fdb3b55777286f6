"""Round 338: a verb of knowing or remembering before a surname titles no one.

Invented sentences only. 'Neighbors who remember Baek say ...' made "remember" a title of the
name after it ("glassblower Ahn" is read that way: any noun-shaped word may title a name), and
the article's person was then shown everywhere as "remember Baek Tae-ho". "remember",
"recall", "know", "thank" and "miss" are verbs before a name, never its title ("recall" and
"thank" were read right already, by other lists). A string repair.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for


@pytest.mark.parametrize("verb", ["remember", "recall", "know", "thank", "miss"])
def test_a_verb_before_the_surname_is_no_title(verb: str) -> None:
    paragraphs = [
        '"I kept my head down," Baek Tae-ho said.',
        f"Neighbors who {verb} Baek say the shop was always open.",
    ]
    assert speaker_for(paragraphs, "I kept my head down,") == "Baek Tae-ho"


def test_a_title_before_the_surname_still_titles() -> None:
    # near miss: kept, read right before this round too
    paragraphs = ['"I kept my head down," said glassblower Baek Tae-ho.']
    assert speaker_for(paragraphs, "I kept my head down,") == "glassblower Baek Tae-ho"
