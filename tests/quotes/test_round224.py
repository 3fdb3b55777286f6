"""Round 224: a body's name is shown whole, never cut at its own joints.

Invented sentences only (no name or sentence from a corpus article). Three repairs of a
speaker string that was malformed on the page; each speaker below is compared whole, since the
cut form was a part of the right one:

1. A name read with its appositive no longer hides the name the appositive ends with: "led by
   NAME, an official at the Ministry of Oceans and Fisheries." registers the ministry in full,
   as it did when a comma followed, so "the ministry" later is not "Ministry".
2. A body's name joined by a spaced "&" is one run of capitalised words ("Hanbit Seeds &
   Grain Corp."), so "the state-run corporation" after it is not "Grain Corp.".
3. A branch's name keeps all its capitalised words before "branch of" ("the Daeil Cable
   branch of the ... union"), not only the last one, and never an opening "The".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

# paragraphs, the start of the quotation, the whole speaker
RESOLVE: list[tuple[list[str], str, str]] = [
    (  # rule 1
        [
            "The survey was led by Bong Yul-hee, an official at the Ministry of Oceans and"
            " Fisheries.",
            'The ministry said the results were "a warning for every fishing town."',
        ],
        "a warning for every",
        "Ministry of Oceans and Fisheries",
    ),
    (  # rule 1, a body whose name runs over "for"
        [
            "The forum was chaired by Tae Su-ryeon, a fellow at the Korea Institute for Rural"
            " Housing.",
            'The institute called the plan "too little, too late."',
        ],
        "too little, too late",
        "Korea Institute for Rural Housing",
    ),
    (  # rule 2
        [
            "According to the Hanbit Seeds & Grain Corp., rice seed sales fell 12 percent."
            ' The state-run corporation said the drop was "a sign of smaller farms."'
        ],
        "a sign of smaller farms",
        "Hanbit Seeds & Grain Corp.",
    ),
    (  # rule 3
        [
            "The Daeil Cable branch of the Korean Metal Workers' Union, which represents 90 of"
            " the plant's 200 workers, said it would strike unless the company offered"
            ' "a written promise on jobs."'
        ],
        "a written promise on jobs",
        "Daeil Cable branch of the Korean Metal Workers' Union",
    ),
]

# near misses: the same frames, answered as before the rules
KEEP: list[tuple[list[str], str, str]] = [
    (  # the comma after the appositive: read whole already
        [
            "Bong Yul-hee, an official at the Ministry of Oceans and Fisheries, led the survey.",
            'The ministry said the results were "a warning for every fishing town."',
        ],
        "a warning for every",
        "Ministry of Oceans and Fisheries",
    ),
    (  # a one-word branch, after a lowercase "the"
        [
            "A ruling by the Yeoju branch of the Suwon District Court came on Monday. The court"
            ' said the contract was "void from the start."'
        ],
        "void from the start",
        "Yeoju branch of the Suwon District Court",
    ),
    (  # an "and" between two bodies still parts them
        [
            "The report came from Hanbit Seeds Corp. and Daeil Grain Corp. on Monday. The"
            ' state-run corporation said prices were "stable for now."'
        ],
        "stable for now",
        "The state-run corporation",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round224_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start) == speaker


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round224_keeps(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start) == speaker
