"""Round 145: three shapes from tuning47's first reading (the reviewer's).

Invented sentences only (no name or sentence from a corpus article). Each rule has sentences
it must now resolve (each fails on the commit before the round) and near misses that keep
their answer:

1. 'A cry of "..." came from the gallery', 'Chants of "..." rang out': words shouted by
   someone the sentence does not name, a quotation (never a term) with no speaker, and not
   the words of a banner or a person named nearby.
2. 'The council dismissed the idea as "...," according to the minutes': the record an
   "according to" names only relays the words of the subject that characterises (an active
   verb of characterising before "as"); a passive one keeps its reading.
3. 'was still "decades behind"': a measure ending in an adverb of place or time ("behind",
   "ahead", "ago") is no thing's name; the sentence's speaker keeps it.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import speaker_holds


def found(paragraphs: list[str], start: str) -> tuple[bool, str | None]:
    """Whether the quotation starting with ``start`` is extracted, and its speaker."""
    quotes = [q for q in extract_quotes("", paragraphs) if q.text.startswith(start)]
    return (True, quotes[0].speaker) if quotes else (False, None)


# (paragraphs, start of the quotation, a part of the right speaker, or None for no speaker)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    (  # 1
        [
            '"I will answer every question," Minister Gu Hae-rim said. A cry of "Liar!" came '
            "from the back of the hall before the chair called for quiet."
        ],
        "Liar",
        None,
    ),
    (  # 1
        [
            'A shout of "Where do we go?" came from the crowd, where tenants stood under a '
            'banner reading "Forty Years Here."'
        ],
        "Where do we go",
        None,
    ),
    (['Chants of "Step down" rang out as the mayor arrived.'], "Step down", None),  # 1
    (  # 2
        [
            'The county council dismissed the proposal as "charming but unaffordable," '
            "according to minutes of its budget meeting."
        ],
        "charming but",
        "county council",
    ),
    (  # 2
        ['The judge described the defendant as "without remorse," according to court records.'],
        "without remorse",
        "judge",
    ),
    (  # 3
        [
            'Analyst Seon Ha-ram said the fleet was still "decades behind" its rivals in '
            "engine design."
        ],
        "decades behind",
        "Seon Ha-ram",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (  # 1: a cry that is the speaker's own words in a sentence
        ['Gu Hae-rim said the report was "a cry for help" from the villages.'],
        "a cry for help",
        "Gu Hae-rim",
    ),
    (  # 2: a passive characterising verb names nobody before "as"
        ['The plan was described as "unworkable," according to the minutes.'],
        "unworkable",
        "minutes",
    ),
    (  # 2: a reporting verb's own subject already speaks
        ['Gu Hae-rim called the plan "a disaster," according to the transcript.'],
        "a disaster",
        "Gu Hae-rim",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE + KEEP)
def test_round145_speaker(paragraphs: list[str], start: str, speaker: str | None) -> None:
    extracted, got = found(paragraphs, start)
    assert extracted
    assert speaker_holds(got, speaker)
