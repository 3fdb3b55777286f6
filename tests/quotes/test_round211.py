"""Round 211: an intermediary (an agency, a paper, an office) against the one it relays.

Invented sentences only (no name or sentence from a corpus article). No rule was kept; the
rules tried, each dropped (see ``docs/PERFORMANCE.md``), are kept here as strict xfails that
fail on 10848d99 and pass with their rule, so that a later round rebuilding one sees it:

1. A name opening the sentence with a finite verb straight after it and no clause before the
   quotation, followed by an outlet's tag or "according to" ('NAME was "..." to see ..., the
   agency reported'): the name's words. Right 0, wrong 2 on the tuning splits.
2. A naming verb ("called") right before the quotation with a role as its subject, then
   "according to" a document ('a result the institute called "...," according to a press
   release'): the role's words, as a name's are (round 130). Right 0, one article changed.

The near misses pass on 10848d99 and must keep passing under any later rule for the class: an
outlet relays a named subject's reporting verb, "according to" a person leaves a named
subject's request its own, a capital's label relayed by a ministry stays the capital's, and
the outlet's own narration about a thing stays the outlet's.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_for, speaker_holds

# paragraphs, the text the quotation must have, a word of its speaker (dropped rules: xfail)
DROPPED: list[tuple[list[str], str, str]] = [
    (  # rule 1
        [
            "North Korean Premier Ra Song-chol toured a fertilizer plant on Monday.",
            'Ra was "deeply moved" to see the hall full, the agency reported.',
        ],
        "deeply moved",
        "Ra Song-chol",
    ),
    (  # rule 2
        [
            "The Hanul Battery Institute said on Monday that its new cell had passed every test.",
            "The cell kept 95 percent of its charge after a year, a result the institute called "
            '"a first for the field," according to a press release.',
        ],
        "a first for the field,",
        "Hanul Battery Institute",
    ),
]

# paragraphs, the text a quotation has (a near miss the rules leave as it was), its speaker
KEEP: list[tuple[list[str], str, str | None]] = [
    (  # an outlet after the quotation relays the named subject's reporting verb
        [
            "Vice Premier Sok Chang-bom opened a fish farm on the coast on Monday.",
            'Sok denounced the drills as "a rehearsal for invasion," the agency reported.',
        ],
        "a rehearsal for invasion,",
        "Sok Chang-bom",
    ),
    (  # "according to" a person after a named subject's request: the subject's words
        [
            "The conductor, Bom Ji-ung, led the harbor orchestra for a decade.",
            'According to Yeon Da-bi, Bom told the pianist to "play with more anger" that day.',
        ],
        "play with more anger",
        "Bom Ji-ung",
    ),
    (  # a capital's label relayed by a ministry stays the capital's government's
        ['Seoul voiced "deep regret" over the vote, according to the ministry.'],
        "deep regret",
        "South Korea",
    ),
    (  # state media's narration about a thing, not a person, stays state media's
        [
            "Vice Premier Sok Chang-bom opened a fish farm on the coast on Monday.",
            'The farm\'s opening was "a triumph of self-reliance," the agency reported.',
        ],
        "a triumph of self-reliance,",
        "agency",
    ),
]


@pytest.mark.xfail(strict=True, reason="round 211: dropped (no gain on the tuning splits)")
@pytest.mark.parametrize(("paragraphs", "text", "speaker"), DROPPED)
def test_round211_dropped_rule(paragraphs: list[str], text: str, speaker: str) -> None:
    got = speaker_for(paragraphs, text)
    assert speaker_holds(got, speaker), got


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), KEEP)
def test_round211_keeps_near_miss(paragraphs: list[str], text: str, speaker: str | None) -> None:
    got = speaker_for(paragraphs, text)
    assert speaker_holds(got, speaker), got
