"""Round 163: documents after "with", one of a group, comparatives, paired verbs, own names.

Invented sentences only (no name or sentence from a corpus article).

- "what the agency calls its "..."": a body's own possessive between a present "calls" and the
  marks is a habitual name, as "calls a "..."" is (round 148's frame); one person's "what he
  calls his ..." keeps its speaker.
- "one of the inspectors was overheard telling a colleague, "..."": one unnamed member of a
  plural group speaks, not the group: no speaker (a name set beside it, 'one of the guards,
  NAME, said', still speaks).
- A comparative of degree ("stronger", "tighter", "bigger") opening a quoted phrase weighs a
  thing, so the phrase is no kind of thing's name: 'the need for "tighter screening"' is the
  speaker's partial (not 'sells "paper lanterns"', a name).
- "a levy the union accepted but called "..."": two past verbs side by side joined by "but"
  or "and" share the subject standing right before the first; the second is no naming
  participle.
- "ran a photo of the pier with the caption: "..."": a document noun (or "caption",
  "headline") after "with a" or "with the", right before the colon, carries the words (a
  slogan stays no one's and a banner holding one keeps its words).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        [
            'The old plant is being cleared under what the agency calls its "harbor renewal '
            'roadmap," which sets targets for each site.'
        ],
        "harbor renewal",
        None,
    ),
    (
        [
            "When the hearing ended, one of the inspectors told a colleague in the lobby, "
            '"Same forms, same answers."'
        ],
        "Same forms",
        None,
    ),
    (
        [
            "The Gyeongbu Credit Board said in a notice that the losses showed the need for "
            '"tighter screening" by lenders.'
        ],
        "tighter screening",
        "Gyeongbu Credit Board",
    ),
    (
        ['The city rolled out a parking levy the union accepted but called "long overdue."'],
        "long overdue",
        "union",
    ),
    (
        [
            "The weekly also ran a photo of the ferry pier with the caption: "
            '"Boats home before the storm, every hold full."'
        ],
        "Boats home",
        "caption",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (['Rep. Ha Seon-ul is pushing what he calls his "harbor renewal roadmap."'], "harbor", "Ha"),
    (
        [
            "One of the guards, Pyo Jin-sol, told reporters at the gate, "
            '"We found nothing in the trucks."'
        ],
        "We found nothing",
        "Pyo Jin-sol",
    ),
    (
        ['The inspectors told reporters at the gate, "We found nothing in the trucks."'],
        "We found nothing",
        "inspectors",
    ),
    (['Stalls along the canal sell "paper lanterns" to visitors.'], "paper lanterns", None),
    (['It was a bow that fans picked up and dubbed "the wave bow."'], "the wave bow", None),
    (
        ['Marchers held a long banner with the slogan: "Clean water for every village."'],
        "Clean water",
        "banner",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round163_resolves(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round163_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
