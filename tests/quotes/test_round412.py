"""Round 412: 'NAME, who runs BODY, a small publisher, says' is NAME's, not the object's.

Invented sentences only. A non-restrictive "who" clause whose object carries an apposition
('who runs Byeolchae Books, a small braille publisher', 'who plays the cook, Geum-sun', 'who grew up
in Hadong, the county's tea capital') ends at the apposition's closing comma, right before the
verb of saying; the phrase reader took the object (or its apposition) as the verb's subject.
Only one plain verb right after ", who" (no auxiliary, no verb of saying), then words and one
comma at most, no "and" and no quotation, and the person opening the sentence (not 'Like
NAME, who runs BODY, Y, a baker, said': Y). Left as before: an apposition the phrase reader
takes through another path ('who heads Byeolchae, a Seoul agency, told reporters').
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import resolve_and_near, speaker_holds, spoken

_OPEN = "Braille books reach pupils late every spring."

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            f"{_OPEN} Hong Ye-na (홍예나), who runs Byeolchae Books, a small braille publisher in"
            ' Seoul\'s Jongno District, says the books arrive "months too late."',
        ],
        "months too late",
        "Hong Ye-na",
    ),
    (
        [
            "The drama returns on Friday.",
            "Chu Ga-eul, who plays the cook, Geum-sun, said the role was"
            ' "the hardest thing I have done with a ladle."',
        ],
        "the hardest thing",
        "Chu Ga-eul",
    ),
    (
        [
            "Tea sales rose 12 percent last year.",
            "Eum Ha-ri, who grew up in Hadong, the county's tea capital, said buyers wanted"
            ' "less sugar and more leaf."',
        ],
        "less sugar",
        "Eum Ha-ri",
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    (  # the clause describes the object of "of": the subject is the neighbor
        [
            "Bakeries in Mapo are busy.",
            "A neighbor of Hong Ye-na, who runs Sol Bakery, a shop in Mapo, said the queue was"
            ' "longer every week."',
        ],
        "longer every week",
        "neighbor",
    ),
    (  # the clause describes a fronted comparison: the sentence's subject speaks
        [
            "Bakeries in Mapo are busy.",
            "Like Hong Ye-na, who runs Sol Bakery, Yu Da-som, a baker in Mapo, said the rent was"
            ' "too high."',
        ],
        "too high",
        "Yu Da-som",
    ),
    (  # an inverted subject after the verb is the speaker
        [
            "Bakeries in Mapo are busy.",
            "Police questioned Hong Ye-na, who runs Sol Bakery, a shop in Mapo, said Inspector"
            ' Yu Da-som, adding that she had been "fully cooperative."',
        ],
        "fully cooperative",
        "Yu Da-som",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], start: str, want: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), want)
