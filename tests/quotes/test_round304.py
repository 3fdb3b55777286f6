"""Round 304: "NAME, the founder's son" tells "the elder X" from the younger, as "his son, NAME".

Invented sentences only. Two people of one surname, one introduced as "NAME, the founder's
daughter", then "The elder Jin said ... "...," he said" gave the words to the daughter: round
190 reads a relation written before the name ("her father, NAME") to tell the elder of two
bearers from the younger, not one written after it in the name's appositive. Both are read.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of

_STORY = [
    "A free-fall lifeboat maker has won orders.",
    '"It has one job," said Nam Chang-yeol, the company\'s CEO.',
    "Nam, a former welder who founded the company in 2006, said the firm spent four years on it.",
    '"My father tests every boat," said Nam Seo-u, the company\'s head of testing and the'
    " founder's daughter.",
]


def test_the_elder_is_the_parent() -> None:
    paragraphs = [
        *_STORY,
        'The elder Nam, now 68, still opens the plant. "Rope is patience," he said.',
    ]
    found = speaker_of(paragraphs, "Rope is patience")
    assert found is not None and "Nam Chang-yeol" in found


def test_the_younger_is_the_child() -> None:
    paragraphs = [*_STORY, '"Norway is next," the younger Nam said.']
    found = speaker_of(paragraphs, "Norway is next")
    assert found is not None and "Nam Seo-u" in found
