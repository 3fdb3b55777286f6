"""Round 72: a name in the paragraph taken although it does not speak.

Invented sentences of wire copy (no name or sentence from a corpus article). The shapes of
the class `quote_classes` prints as "wrong name; with narration; label not named; given
named" that recur across articles and splits, each with variants, and near misses of the
same shape whose answer stays as it was:

* a lede's "state media said ..., calling it "..."" whose next paragraph names the news agency
  that speaks ("The Korean Central News Agency (KCNA) said"): the agency's words, not "state
  media" (nor a ministry or a person named next);
* a lede's "with its first minister promising "..."" whose next paragraph names the minister:
  the ordinal no longer cuts the description short, so the country or body that owns the
  post is no longer the speaker (and a speaker named next with another post is not taken).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

_L = "SEOUL, Jan. 9 (Yonhap) -- "
_N = None

MUST_RESOLVE = [
    (
        [
            _L + "North Korea has opened a mushroom farm in South Hamgyong Province, state media"
            ' said Friday, calling it "a jewel of the mountains" for the people.',
            "The Korean Central News Agency (KCNA) said the farm was opened Thursday in the"
            " presence of senior officials.",
        ],
        "jewel of the mountains",
        "Korean Central News Agency",
    ),
    (
        [
            _L + "North Korea has launched a cargo ship at a Nampo shipyard, state media reported"
            ' Monday, hailing it as "a proud symbol" of self-reliance.',
            "The official Korean Central News Agency said the 8,000-ton vessel was built in 14"
            " months.",
        ],
        "proud symbol",
        "Korean Central News Agency",
    ),
    (
        [
            _L + "China has finished a railway bridge over the Yalu, state media said Sunday,"
            ' calling it "a bridge of friendship."',
            "The Xinhua News Agency said the bridge would open to trains in March.",
        ],
        "bridge of friendship",
        "Xinhua News Agency",
    ),
    (
        [
            _L + "South Korea opened an agency for space weather Monday, with its first director"
            ' promising "forecasts as good as rain forecasts."',
            "Director Bang Ha-ul said at the opening that the agency would hire 40 scientists.",
        ],
        "forecasts as good",
        "Bang Ha-ul",
    ),
    (
        [
            _L + "A court for family disputes opened in Suwon on Monday, with its first chief"
            ' judge vowing "no child left waiting."',
            "Chief Judge Eom Da-bom said the court would hear 3,000 cases a year.",
        ],
        "no child left",
        "Eom Da-bom",
    ),
    (
        [
            _L + "Hanbit Steel named a new board Monday, with its first female director calling"
            ' the move "overdue."',
            "Director Gwak Ye-rang said the board would meet monthly.",
        ],
        "overdue",
        "Gwak Ye-rang",
    ),
]

NEAR_MISSES = [
    (  # a ministry speaks next: "state media" stays what the lede says
        [
            _L + "North Korea has opened a mushroom farm, state media said Friday, calling it"
            ' "a jewel of the mountains."',
            "The unification ministry said it was watching the project closely.",
        ],
        "jewel of the mountains",
        "state media",
    ),
    (  # a person speaks next: the same
        [
            _L + "North Korea has opened a mushroom farm, state media said Friday, calling it"
            ' "a jewel of the mountains."',
            'Vice Premier Ri Chun-gwang said at the ceremony that the farm would "feed every'
            ' county."',
        ],
        "jewel of the mountains",
        "state media",
    ),
    (  # the agency named in the lede is the speaker
        [
            _L + "North Korea has opened a mushroom farm, the Korean Central News Agency said"
            ' Friday, calling it "a jewel of the mountains."',
            'Vice Premier Ri Chun-gwang said the farm would "feed every county."',
        ],
        "jewel of the mountains",
        "Korean Central News Agency",
    ),
    (  # the owner's state media, named next (as before)
        [
            _L + "North Korea has opened a mushroom farm, North Korea's state media said Friday,"
            ' calling it "a jewel of the mountains."',
            "The Korean Central News Agency (KCNA) said the farm opened Thursday.",
        ],
        "jewel of the mountains",
        "Korean Central News Agency",
    ),
    (  # local media are not one agency
        [
            _L + 'Local media said Friday the dam was "a disaster waiting to happen."',
            "The Gangwon Daily said the dam had cracked twice.",
        ],
        "disaster waiting",
        "Local media",
    ),
    (  # the one named next holds another post: no one named for "its first director"
        [
            _L + "South Korea opened an agency for space weather Monday, with its first director"
            ' promising "forecasts as good as rain forecasts."',
            "Science Minister Won Ha-gyeol said at the opening that the agency would hire 40"
            " scientists.",
        ],
        "forecasts as good",
        "its first director",
    ),
    (  # the named person in the lede is the speaker
        [
            _L + "Gwangju opened a library for the blind Monday, the city's first, with Mayor Tak"
            ' Min-seong calling it "a door that was shut too long."',
        ],
        "door that was shut",
        "Tak Min-seong",
    ),
    (  # "first" as an adverb
        [
            _L
            + 'Pyo Geum-dong, who first called the plan "a trap," said Monday he stood by the word.'
        ],
        "a trap",
        "Pyo Geum-dong",
    ),
    (  # an ordinal of a thing, not of the speaker
        [
            _L + 'The union said Monday its second strike would be "longer and louder."',
            "Union leader Do Yun-seul said the strike would start on March 2.",
        ],
        "longer and louder",
        "union",
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), MUST_RESOLVE)
def test_lede_description_is_named_next(paragraphs: list[str], piece: str, speaker: str) -> None:
    assert probe_wrong(paragraphs, [(piece, speaker)]) == []


@pytest.mark.parametrize(("paragraphs", "piece", "speaker"), NEAR_MISSES)
def test_near_miss_keeps_its_speaker(paragraphs: list[str], piece: str, speaker: str) -> None:
    assert probe_wrong(paragraphs, [(piece, speaker)]) == []


_FIRE = _L + "Fire official Seo Bom-i said the blaze began near a farm shed."


@pytest.mark.xfail(
    strict=True,
    reason=(
        "wrong name: a second 'and that' clause of 'He said NAME had asked ...' is the"
        " pronoun's report, but goes to the name the first clause reports"
    ),
)
def test_second_that_clause_is_the_reporters() -> None:
    paragraphs = [
        _FIRE,
        "He said Yeoju Mayor Baek Ro-un had asked for two more helicopters and that the"
        ' request "was granted at once."',
    ]
    assert probe_wrong(paragraphs, [("granted at once", "Seo Bom-i")]) == []


@pytest.mark.xfail(
    strict=True,
    reason="wrong name: 'He said NAME had asked ..., and added that' goes to NAME, not He",
)
def test_added_after_a_reported_name_is_the_reporters() -> None:
    paragraphs = [
        _FIRE,
        "He said Yeoju Mayor Baek Ro-un had asked for helicopters, and added that crews were"
        ' "exhausted but holding."',
    ]
    assert probe_wrong(paragraphs, [("exhausted but holding", "Seo Bom-i")]) == []


def test_reported_promise_stays_with_its_maker() -> None:
    paragraphs = [
        _FIRE,
        'He said Yeoju Mayor Baek Ro-un had promised that the town would "rebuild every house."',
    ]
    assert probe_wrong(paragraphs, [("rebuild every house", "Baek Ro-un")]) == []
