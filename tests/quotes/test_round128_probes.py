"""Round 128's probe battery: a present-tense verb that is also a plural role noun right after
a name ("NAME heads the committee"), and a person named by "to be" after a role ("The
spokesperson at the briefing was NAME").

Each probe is one or two invented paragraphs of Korean wire copy (no name or sentence from a
corpus article), with the speaker a careful reader gives each quotation (a name or role the
short or full speaker must hold, "a|b" either, None for no speaker). Categories: V a verb read
as a plural noun after a name ("heads", "chairs", "boards", "captains", "judges"; and verbs no
role list holds, "leads", "runs", which must keep working); B a role named by "was"/"is" and a
name; R near misses: a plural noun that is one ("Heads of state", "the boards of two
companies", "NAME's chairs", "executives the next day"), a "be" with no name after it, a name
inside a possessive after "was". ``run_on`` lists words the full speaker must not hold ("every
week NAME" is no speaker's name). The probes the extractor still misses are strict xfails,
each with its reason.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

_LEAD = "The ferry operator said the route would reopen on Monday."

PROBES: list[object] = [  # (category, paragraphs, [(piece, speaker)], run_on)
    (
        "V",
        [_LEAD, 'Ra Gyeong-ho heads the committee. "We will finish the review by June," he said.'],
        [("finish the review", "Ra Gyeong-ho")],
        (),
    ),
    (
        "V",
        [
            _LEAD,
            'Tak Seo-yun chairs the ethics panel at the assembly. "No member is above the code," '
            "she said.",
        ],
        [("above the code", "Tak Seo-yun")],
        (),
    ),
    (
        "V",
        [
            _LEAD,
            'Mo Hye-rin captains the national curling team. "We lost our rhythm in the sixth '
            'end," she said.',
        ],
        [("lost our rhythm", "Mo Hye-rin")],
        (),
    ),
    (
        "V",
        [
            _LEAD,
            'Gil Dong-su heads the committee that drafted the bill. "We wrote it in six weeks," '
            "Gil said.",
        ],
        [("six weeks", "Gil Dong-su")],
        (),
    ),
    (
        "V",
        [
            _LEAD,
            'Yeo Min-chae judges the contest every spring. "The bar rises each time," she said.',
        ],
        [("bar rises", "Yeo Min-chae")],
        (),
    ),
    (
        "V",
        [
            _LEAD,
            "Every morning, Pyeon Ji-ung boards the ferry at Mokpo with a crate of fish. "
            '"The sea decides my day," he said.',
        ],
        [("sea decides", "Pyeon Ji-ung")],
        (),
    ),
    (
        "V",
        [_LEAD, 'Cheon Bo-gyeom leads the union. "We will not back down," he said.'],
        [("back down", "Cheon Bo-gyeom")],
        (),
    ),
    (
        "V",
        [_LEAD, 'Seol Ha-jin runs the only bakery on the island. "Flour comes by boat," she said.'],
        [("Flour comes", "Seol Ha-jin")],
        (),
    ),
    (
        "V",
        [
            _LEAD,
            "Every Friday, Cheon Bo-gyeom boards the 6:50 a.m. ferry to the mainland. "
            '"The sea is my commute," he said.',
        ],
        [("my commute", "Cheon Bo-gyeom")],
        ("every",),
    ),
    (
        "V",
        [
            _LEAD,
            'Each Monday, Yeo Min-chae chairs the village council. "We argue, then we eat," '
            "she said.",
        ],
        [("then we eat", "Yeo Min-chae")],
        ("each",),
    ),
    (  # a strict xfail until round 346: "week" after "Every" heads no title of Seol's
        "V",
        [_LEAD, 'Every week Seol Ha-jin chairs the panel. "We listen to everyone," Seol said.'],
        [("listen to everyone", "Seol Ha-jin")],
        ("every",),
    ),
    (
        "B",
        [
            _LEAD,
            "The spokesperson at the briefing was Ra Gyeong-ho, who took questions for an hour. "
            '"We have no plans to raise fees," the spokesperson said.',
        ],
        [("raise fees", "Ra Gyeong-ho")],
        (),
    ),
    (
        "B",
        [
            _LEAD,
            "The chief negotiator, who arrived in Seoul on Monday, is Tak Seo-yun. "
            '"The gap is narrowing," she said.',
        ],
        [("gap is narrowing", "Tak Seo-yun")],
        (),
    ),
    (
        "B",
        [
            _LEAD,
            "The official in charge of the rescue was Mo Hye-rin, a fire captain from Jinju.",
            '"We reached the last car at 3 a.m.," the official said.',
        ],
        [("last car", "Mo Hye-rin")],
        (),
    ),
    (
        "B",
        [
            _LEAD,
            "The man behind the campaign is Pyeon Ji-ung, a former teacher. "
            '"We wanted the children to be heard," he said.',
        ],
        [("children to be heard", "Pyeon Ji-ung")],
        (),
    ),
    (
        "R",
        [
            _LEAD,
            'Heads of state said the summit went well. "It was a good day," said Ra Gyeong-ho, '
            "the host.",
        ],
        [("good day", "Ra Gyeong-ho")],
        (),
    ),
    (
        "R",
        [
            _LEAD,
            "The boards of two companies said they would merge. "
            '"It is a fair deal," said Tak Seo-yun, an analyst.',
        ],
        [("fair deal", "Tak Seo-yun")],
        (),
    ),
    pytest.param(
        "R",
        [
            _LEAD,
            'Gil Dong-su\'s chairs line the hall of his workshop. "Each one takes a month," '
            "he said.",
        ],
        [("takes a month", "Gil Dong-su")],
        (),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a possessive name opening a sentence ('NAME's chairs line ...') sets no 'he': "
            "the pronoun goes to the paragraph before (not this round's verb shape)",
        ),
    ),
    (
        "R",
        [
            _LEAD,
            "Hanbit Motors executives the next day said the recall would widen. "
            '"We are checking every car," the executives said.',
        ],
        [("checking every car", "executives|Hanbit Motors")],
        (),
    ),
    (
        "R",
        [
            _LEAD,
            'The question was whether the bridge would hold. "We do not know yet," the engineer '
            "said.",
        ],
        [("do not know yet", "engineer")],
        (),
    ),
    (
        "R",
        [
            _LEAD,
            "The spokesperson at the briefing was asked about Ra Gyeong-ho. "
            '"We have no comment on him," the spokesperson said.',
        ],
        [("no comment on him", "spokesperson")],
        (),
    ),
    (
        "R",
        [
            _LEAD,
            "The winner was Gil Dong-su's daughter, a 12-year-old from Yeosu. "
            '"She trained for ten years," the coach said.',
        ],
        [("trained for ten years", "coach")],
        (),
    ),
    (
        "R",
        [
            _LEAD,
            "The spokesperson at the briefing was Ra Gyeong-ho. "
            '"The ministry will decide," said Tak Seo-yun, a deputy minister.',
        ],
        [("ministry will decide", "Tak Seo-yun")],
        (),
    ),
]


@pytest.mark.parametrize(("category", "paragraphs", "expected", "run_on"), PROBES)
def test_probe(
    category: str,
    paragraphs: list[str],
    expected: list[tuple[str, str | None]],
    run_on: tuple[str, ...],
) -> None:
    assert probe_wrong(paragraphs, expected, run_on) == [], category
