"""Round 105's probe battery: "it said" after a paragraph opened with a sentence of narration.

Each probe is one or two invented paragraphs of Korean wire copy (no name or sentence from a
corpus article) in the shape where the tuning splits gave "it said" the wrong body: the
paragraph holding the tag opens with a sentence of narration about a body it names or
describes ('Rival NAME is moving the same way. It said ...', 'The club rejected the claim.
"...," it said'), while the body the extractor took for "it" was last named a paragraph before
(a country or a city named in passing, an outlet a quotation was told to). Beside them, near
misses of the same frame whose "it" is still the body of the paragraph before: the opening
sentence is about it ("Its shares fell ..."), about a thing ("Sales fell ..."), the paragraph
opens with the quotation, or "it said" stands in the opening sentence itself. For each
quotation checked (found by a piece of its text) the expected answer is a name the speaker
must hold, or "-NAME" for no speaker or that one (no speaker rather than a wrong one).
Categories: K the kept shape, N near misses, O other shapes the round counted and left.
Probes still failing are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

_DESCRIBED = (
    "a body described by its kind ('the company said', 'the state operator said') is resolved"
    " to another name the paragraph holds before 'it' follows it: two articles, not treated"
)
_INSIDE = (
    "'it said' inside the opening sentence ('..., where, it said, ...') is also the tag of"
    " 'The plant will shut by March, it said': no grammar here tells them apart"
)

_PLACE_FIRST = (
    "a body described with its town's name ('The Samcheok fishing cooperative') leaves the"
    " town as the paragraph's name, and 'it' takes it: the town is mentioned here, so the rule"
    " (a body last named a paragraph before) does not apply"
)

PROBES: list[object] = [  # (category, paragraphs, [(piece, speaker)]), some in pytest.param
    (
        "K",
        [
            "Hanbit Foods said its first plant abroad would open in Vietnam next year.",
            "Rival Dasom Noodles is moving the same way. It said in a statement that it was "
            '"weighing every option" for a second plant in Texas.',
        ],
        [("weighing every option", "Dasom Noodles")],
    ),
    (
        "K",
        [
            "Yeom Dal-gyu, the agent of striker Bang Seul-chan, accused the Daejeon Falcons of "
            'blocking the move. "They are holding him hostage," Yeom told The Korea Herald.',
            'The club rejected the claim. "The clause was conditional on a bid before July," it '
            "said in a statement.",
        ],
        [("The clause was conditional", "-Falcons")],
    ),
    (
        "K",
        [
            "Exports of kimchi to Japan rose 12 percent, the customs office in Busan said.",
            "Smaller maker Onggi Farm plans to double its output. It said the new line would be "
            '"ready by the harvest."',
        ],
        [("ready by the harvest", "Onggi Farm")],
    ),
    (
        "K",
        [
            'The line will reach Hwacheon by 2030, Mayor Gi Mu-hyeon said, calling it "a gift to '
            'the county."',
            "Budget carrier Gureum Air also plans more flights to Yangyang. It said fares would "
            'be "kept low for a year."',
        ],
        [("kept low for a year", "Gureum Air")],
    ),
    (
        "K",
        [
            "Illustrator Tak Ye-seul told Yonhap News Agency that the studio still owed her pay.",
            'Studio Hanae denied the claim. "We paid every invoice on time," it said.',
        ],
        [("We paid every invoice", "Studio Hanae")],
    ),
    pytest.param(
        "K",
        [
            "The Ministry of Oceans said the ban on squid nets in the East Sea would stay.",
            'The Samcheok fishing cooperative rejected the decision. "Our boats will sit idle," '
            "it said in a statement.",
        ],
        [("Our boats will sit idle", "-cooperative")],
        marks=pytest.mark.xfail(strict=True, reason=_PLACE_FIRST),
    ),
    # near misses: "it" is still the body of the paragraph before
    (
        "N",
        [
            "Mirae Chemical said Monday it would close its plant in Yeosu.",
            'Its shares fell 4 percent. It said the closure would "not affect a single contract."',
        ],
        [("not affect a single contract", "Mirae Chemical")],
    ),
    (
        "N",
        [
            "Mirae Chemical said Monday it would close its plant in Yeosu.",
            "Sales fell 8 percent in the third quarter. It said the closure would "
            '"save 40 billion won a year."',
        ],
        [("save 40 billion won", "Mirae Chemical")],
    ),
    (
        "N",
        [
            "Mirae Chemical said Monday it would close its plant in Yeosu.",
            '"We have no choice," it said in a statement.',
        ],
        [("We have no choice", "Mirae Chemical")],
    ),
    (
        "N",
        [
            "Mirae Chemical said Monday it would close its plant in Yeosu.",
            'The plant will shut by March, it said, calling the move "painful but necessary."',
        ],
        [("painful but necessary", "Mirae Chemical")],
    ),
    (
        "N",
        [
            "Mirae Chemical said it would order four tankers from a yard in Geoje.",
            'Its chief executive, Dokgo Min-seul, spoke at a forum. The order was "long '
            'overdue," it said.',
        ],
        [("long overdue", "Mirae Chemical")],
    ),
    (
        "N",
        [
            'Gangbuk Motors said it would recall 2,000 buses. "Safety comes first," it said.',
        ],
        [("Safety comes first", "Gangbuk Motors")],
    ),
    (
        "N",
        [
            "Mirae Chemical said Monday it would close its plant in Yeosu.",
            'Workers at the plant were told on Monday. "No one will lose a job," it said.',
        ],
        [("No one will lose a job", "Mirae Chemical")],
    ),
    # other shapes: counted, left
    pytest.param(
        "O",
        [
            "Commuters from Paju will ride the new line, Mayor Pyeon Ha-rang said.",
            "Trains will be run by Korail, the state operator said in a statement. It added that "
            'fares had "not yet been set."',
        ],
        [("not yet been set", "Korail")],
        marks=pytest.mark.xfail(strict=True, reason=_DESCRIBED),
    ),
    pytest.param(
        "O",
        [
            "The National Intelligence Service told lawmakers the North had sold shells abroad.",
            "The report came a day after the leader visited a plant in Sinpo, where, it said, "
            'new boats were "successfully launched."',
        ],
        [("successfully launched", "-report")],
        marks=pytest.mark.xfail(strict=True, reason=_INSIDE),
    ),
]


@pytest.mark.parametrize(("category", "paragraphs", "expected"), PROBES)
def test_probe(
    category: str, paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == [], category
