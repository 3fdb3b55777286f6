"""Round 97: a surname that is also a kinship word gives its holder no kinship and no gender.

'"...," Son said' after "Son NAME" was already read as the surname, not "a son"; but the word's
role ("son") and its gender (male) were still learned for her, so a later "she said" passed her
over for whoever came before. Every sentence here is invented.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_woman_surnamed_son_is_still_who_she_means() -> None:
    paragraphs = [
        "Potter Son Ga-yeong, 47, says a department store copied the shape of her tea bowls.",
        '"I know my own bowls from across a room," Son told reporters on Monday.',
        "The store said in a statement that its designs were its own.",
        "Son, who has sold bowls in Icheon for 20 years, said she would appeal."
        ' "I am not done with this," she said.',
    ]
    speaker = speaker_of(paragraphs, "I am not done")
    assert speaker is not None and "Son Ga-yeong" in speaker, speaker


def test_a_son_who_is_a_son_stays_a_man() -> None:
    paragraphs = [
        "Potter Jin Ga-yeong, 71, says a department store copied the shape of her tea bowls.",
        'Her son, Jin Ho-seok, said the store had "borrowed more than a shape."',
        '"My mother made that shape before the store existed," he said.',
    ]
    speaker = speaker_of(paragraphs, "My mother made")
    assert speaker is not None and "Jin Ho-seok" in speaker, speaker
