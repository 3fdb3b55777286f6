"""Round 85: a quotation a colon introduces after a clause with no verb of saying that names
whose words they are, 'the paper ran the words of a teacher at the school, NAME: "..."'.

Invented sentences only (no name or sentence from a corpus article). Must-resolve cases give
the quotation to the person after "the words of" or "a remark from" (a name, or a description
of a person), with a place phrase or a relative clause before the colon; near misses keep
their answer: the words of an anthem, a law or a song (no one's), a caption under a person's
photo (the person is the object, not the owner of the words), a later clause with a subject
and a verb of saying of its own, a clause after "and", a colon introducing a list, and a
quotation in the next sentence.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import answer_holding as _answer
from tests.quotes.invented import answer_is as _right
from tests.quotes.invented import resolve_and_near

_N = None

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            "The agency also carried a remark from the plant's chief engineer, Moon Chang-sik, "
            'under a photo of him at a lathe: "We now cut for strength, not for speed."'
        ],
        "cut for strength",
        "Moon Chang-sik",
    ),
    (
        [
            "KCNA also carried the words of a nurse in Hamhung who treated the first "
            'patients: "We worked three nights without sleep."'
        ],
        "three nights",
        "nurse in Hamhung",
    ),
    (
        [
            "Beside the photo, the paper ran the words of a miner at the pit, Yang Ji-ho: "
            '"The coal comes up faster now, and we go home earlier."'
        ],
        "coal comes up",
        "Yang Ji-ho",
    ),
    (
        [
            "KCNA released photos of the launch, with a caption carrying the words of a "
            'battalion commander, Maj. Baek Sung-il: "Our rockets will answer any threat."'
        ],
        "rockets will answer",
        "Baek Sung-il",
    ),
    (
        [
            "Rodong Sinmun printed the words of a welder, Cha Ung-bin, beneath a photo of the "
            'new bridge: "Every rivet here carries our sweat."'
        ],
        "Every rivet",
        "Cha Ung-bin",
    ),
    (
        [
            "The broadcaster aired the remarks of a farmer in Sariwon, Kye Ok-sun: "
            '"The rain came late, but the rice came anyway."'
        ],
        "rain came late",
        "Kye Ok-sun",
    ),
    (
        [
            "The agency also carried the words of a woman in Wonsan who opened the first noodle "
            'stall on the pier: "Now the sailors eat before they sleep."'
        ],
        "sailors eat",
        "woman in Wonsan",
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    # the words of a thing (an anthem, a law, a song) are no one's
    (
        [
            "The agency ran the words of the national anthem beneath a photo of the crowd: "
            '"Let morning shine on the silver and gold of this land."'
        ],
        "Let morning shine",
        _N,
    ),
    (
        [
            "The paper printed the words of the new law on its front page: "
            '"Every child shall receive milk at school each morning."'
        ],
        "Every child shall",
        _N,
    ),
    (
        [
            "The broadcaster played the words of a song about the dam beneath the footage: "
            '"Water for the fields, light for the homes."'
        ],
        "Water for the fields",
        _N,
    ),
    # a person under a caption is its object, not its owner (round 163: the caption after
    # "with a" carries the words, as the corpus labels a document by its noun)
    (
        [
            "KCNA carried a photo of a teacher, Pak Hye-rin, with a caption: "
            '"Our school, our pride, our future."'
        ],
        "Our school",
        "caption",
    ),
    # a later clause with its own subject and verb of saying speaks
    (
        [
            "After the paper ran the words of a teacher, Pak Hye-rin, the principal, Jang "
            'Seok-ho, added: "We will open a second class in spring."'
        ],
        "second class",
        "Jang Seok-ho",
    ),
    (
        [
            "The agency carried the words of a welder, Cha Ung-bin, and her foreman, Jo "
            'Tae-sik, told the paper: "We finished the span two months early."'
        ],
        "span two months",
        "Jo Tae-sik",
    ),
    # the words of a group are not read here
    (
        [
            "KCNA carried the words of the workers at the plant under a photo of the hall: "
            '"We will double the output by spring."'
        ],
        "double the output",
        _N,
    ),
    # a quotation in the next sentence keeps its own speaker
    (
        [
            "The paper ran the words of a miner, Yang Ji-ho. "
            '"The pit is safer now," the manager, Son Dae-hyun, said.'
        ],
        "pit is safer",
        "Son Dae-hyun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], piece: str, want: str | None) -> None:
    """A must-resolve case gets its new answer; a near miss keeps the one it had."""
    answer = _answer(paragraphs, piece)
    assert _right(answer, want), (piece, answer)
