"""Round 85's probe battery: a quotation a colon introduces after a clause with no verb of
saying that still says whose words they are.

Each probe is one or two invented paragraphs of Korean wire copy (no name or sentence from a
corpus article). Categories: A state media that carry, run or print "the words of" or "a remark
from" a person before a colon (the person's words); N near misses of A (the words of an anthem,
a law or a song; a caption under a person's photo; a later clause with a subject and a verb of
its own; a quotation someone else says after such a sentence); B a person as the subject of a
clause ending in a colon after an opening clause ('And as the game ends, NAME sums up ...:');
C a document or sign as the speaker ('a whiteboard keeps the tally:', 'One such message, ...,
read,'); D a possessive owner of the words ('with NAME's words printed beneath it:'). For each
quotation checked (found by a piece of its text) the expected answer is a name or role the
short (or full) speaker must hold, or None. The ones the extractor still misses are strict
xfails, each with its reason (D-possessive-words passes since round 122; C-one-such-message,
C-one-of-the-letters and C-comment since round 171; B-opening-clause and
B-description-after-scene since round 178; C-whiteboard since round 355).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import battery_params, probe_wrong

_N = None

PROBES: list[tuple[str, list[str], list[tuple[str, str | None]]]] = [
    (
        "A-remark-from",
        [
            "The agency also carried a remark from the plant's chief engineer, Moon Chang-sik, "
            'under a photo of him at a lathe: "We now cut for strength, not for speed."'
        ],
        [("cut for strength", "Moon Chang-sik")],
    ),
    (
        "A-words-of-description",
        [
            "KCNA also carried the words of a nurse in Hamhung who treated the first "
            'patients: "We worked three nights without sleep."'
        ],
        [("three nights", "nurse")],
    ),
    (
        "A-ran-words-of",
        [
            "Beside the photo, the paper ran the words of a miner at the pit, Yang Ji-ho: "
            '"The coal comes up faster now, and we go home earlier."'
        ],
        [("coal comes up", "Yang Ji-ho")],
    ),
    (
        "A-caption-carrying",
        [
            "KCNA released photos of the launch, with a caption carrying the words of a "
            'battalion commander, Maj. Baek Sung-il: "Our rockets will answer any threat."'
        ],
        [("rockets will answer", "Baek Sung-il")],
    ),
    (
        "A-printed-beneath",
        [
            "Rodong Sinmun printed the words of a welder, Cha Ung-bin, beneath a photo of the "
            'new bridge: "Every rivet here carries our sweat."'
        ],
        [("Every rivet", "Cha Ung-bin")],
    ),
    (
        "A-remarks-of",
        [
            "The broadcaster aired the remarks of a farmer in Sariwon, Kye Ok-sun: "
            '"The rain came late, but the rice came anyway."'
        ],
        [("rain came late", "Kye Ok-sun")],
    ),
    (
        "N-anthem",
        [
            "The agency ran the words of the national anthem beneath a photo of the crowd: "
            '"Let morning shine on the silver and gold of this land."'
        ],
        [("Let morning shine", _N)],
    ),
    (
        "N-law",
        [
            "The paper printed the words of the new law on its front page: "
            '"Every child shall receive milk at school each morning."'
        ],
        [("Every child shall", _N)],
    ),
    (
        "N-song",
        [
            "The broadcaster played the words of a song about the dam beneath the footage: "
            '"Water for the fields, light for the homes."'
        ],
        [("Water for the fields", _N)],
    ),
    (
        "N-caption-object",
        [
            "KCNA carried a photo of a teacher, Pak Hye-rin, with a caption: "
            '"Our school, our pride, our future."'
        ],
        [("Our school", "-caption")],  # round 163: the caption, never the teacher
    ),
    (
        "N-later-subject",
        [
            "After the paper ran the words of a teacher, Pak Hye-rin, the principal, Jang "
            'Seok-ho, added: "We will open a second class in spring."'
        ],
        [("second class", "Jang Seok-ho")],
    ),
    (
        "N-and-clause",
        [
            "The agency carried the words of a welder, Cha Ung-bin, and her foreman, Jo "
            'Tae-sik, told the paper: "We finished the span two months early."'
        ],
        [("span two months", "Jo Tae-sik")],
    ),
    (
        "B-opening-clause",
        [
            "And as the last game ends, Song Min-jae sums up his ten years at the club: "
            '"I came for a year and stayed for ten."'
        ],
        [("came for a year", "Song Min-jae")],
    ),
    (
        "B-description-after-scene",
        [
            "At a town hall on Monday, a high school student put the question to the mayor "
            'directly: "Why are bus fares rising again?"'
        ],
        [("bus fares", "student")],
    ),
    (
        "C-whiteboard",
        [
            "On the office wall, a whiteboard keeps the count in red marker: "
            '"Days without an accident: 112."'
        ],
        [("Days without", "whiteboard")],
    ),
    (
        "C-one-such-message",
        [
            "Police warned that fraudsters had begun sending fake texts. One such message, "
            'reported in Daegu, read, "Your parcel is held at customs. Pay the fee here."'
        ],
        [("parcel is held", "message")],
    ),
    (
        "C-one-of-the-letters",
        [
            "One of the letters, sent in March and seen by Yonhap, read: "
            '"The ceiling in the east wing leaks every time it rains."'
        ],
        [("ceiling in the east wing", "letter")],
    ),
    (
        "C-comment",
        [
            'One widely shared comment read: "We pay more and get less every year."',
        ],
        [("pay more and get less", "comment")],
    ),
    (
        "D-possessive-words",
        [
            "KCNA carried a photo of the pair, with Ri Song-mi's words printed beneath it: "
            '"We will plant a garden for our children."'
        ],
        [("plant a garden", "Ri Song-mi")],
    ),
    (
        "D-printed-toast",
        [
            "The paper printed Kim Do-hyun's toast in full beneath a photo of the two "
            'ministers. "To the friendship of our two peoples!"'
        ],
        [("friendship of our two", "Kim Do-hyun")],
    ),
]

KNOWN: dict[str, str] = {
    "D-printed-toast": (
        "a quotation alone in the sentence after 'printed NAME's toast ...' is not given the "
        "toast's owner: no rule this round"
    ),
}


@pytest.mark.parametrize(("paragraphs", "expected"), battery_params(PROBES, KNOWN))
def test_probe(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert probe_wrong(paragraphs, expected) == []
