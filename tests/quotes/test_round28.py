"""Round 28: reporting verbs the lexicon lacked, written from outside the corpus.

``SPEECH_VERBS`` grew from verbs met in tuning text, so a quotation whose verb it lacked
('Roh scoffed: "..."', 'she texted a reporter.' before a bare quotation) got no speaker or the
other person the paragraph named. The round adds ``_lexicon.WRITTEN_SPEECH_VERBS``: verbs of
manner of speaking, stance, answering, posting and writing, written from English news prose at
large, in the past and "-ing" forms news attributes with, pruned only by stated rules: verbs that
do something else more often than they report words ("pressed", "cheered", "forecast"), past
participles news prose uses mostly as modifiers ("alleged", "sworn", "repeated"), verbs whose
object is the person or thing judged ("mocked the slogan", "lauded the plan"), and the "-ing"
forms of the posting verbs, which are nouns ("a posting", "texting"). "heard" joins the words
that may sit between a subject and its verb ("she was heard muttering"), as "quoted as" does.

Every sentence and name is invented (none comes from any corpus split). The near misses fail
with the whole list before its pruning (most of them) and must keep today's answer."""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from herald_tui.quotes._lexicon import SPEECH_VERBS, WRITTEN_SPEECH_VERBS, lowercase

ABSENT = "ABSENT"
"""The quotation is not extracted, or is extracted with no speaker (a term stays nobody's)."""


def _speaker(paragraphs: list[str], prefix: str) -> str | None:
    quotes = [q for q in extract_quotes("", paragraphs) if q.text.startswith(prefix)]
    if not quotes:
        return ABSENT
    assert len(quotes) == 1, quotes
    return quotes[0].speaker if quotes[0].speaker is not None else ABSENT


# Before the round: no speaker, the other person named, or no quotation (the first eleven).
RESOLVE = [
    pytest.param(
        [
            "Chef Ryu Bo-mi opened her third restaurant in Busan last week.",
            'Ryu exclaimed, "We never expected a line around the block."',
        ],
        "We never expected",
        "Chef Ryu Bo-mi",
        id="exclaimed_before",
    ),
    pytest.param(
        [
            "Swimmer Kang Bit-na, 22, won two golds in Fukuoka.",
            "Asked what she changed this season, she laughed before answering.",
            '"I finally learned to sleep on planes. That was the whole secret."',
        ],
        "I finally learned",
        "Swimmer Kang Bit-na",
        id="answering_next",
    ),
    pytest.param(
        [
            "Lawmaker Moon Ga-young pressed Finance Minister Yang Dong-chul on the deficit "
            "during Tuesday's hearing, and Yang retorted: \"The deficit is smaller than the "
            'one I inherited."',
        ],
        "The deficit is smaller",
        "Finance Minister Yang Dong-chul",
        id="retorted_colon_two",
    ),
    pytest.param(
        [
            "Mayor Gong Tae-min defended the new stadium, but council member Roh Seon-ah "
            'scoffed: "Nobody in this city asked for it."',
        ],
        "Nobody in this city",
        "council member Roh Seon-ah",
        id="scoffed_colon_two",
    ),
    pytest.param(
        [
            "Driver Pyo Sung-il met union leader Sim Bo-kyung on Monday. Pyo grumbled that "
            'the apps take "a quarter of every fare."',
        ],
        "a quarter of every fare",
        "Driver Pyo Sung-il",
        id="grumbled_that",
    ),
    pytest.param(
        [
            "Singer Nam Da-eun missed the ceremony because of a delayed flight.",
            "She texted a reporter from the airport.",
            '"Stuck in Taipei, so sorry to everyone who waited."',
        ],
        "Stuck in Taipei",
        "Singer Nam Da-eun",
        id="texted_next",
    ),
    pytest.param(
        [
            'Goalkeeper Baek Jun-seo walked off the pitch muttering "never again" under his '
            "breath.",
        ],
        "never again",
        "Goalkeeper Baek Jun-seo",
        id="muttering_participle",
    ),
    pytest.param(
        [
            "Veteran diver Seok Eun-bi, 70, sat with her granddaughter on the rocks, "
            'confiding "some days I am afraid of the water now."',
        ],
        "some days I am afraid",
        "Veteran diver Seok Eun-bi",
        id="confiding_participle",
    ),
    pytest.param(
        [
            "Rookie Do Hye-won, 19, crossed the line first, and her coach Seo In-guk ran to "
            'hug her. Do blurted out, "I did not even see the finish line."',
        ],
        "I did not even see",
        "Rookie Do Hye-won",
        id="blurted_before",
    ),
    pytest.param(
        [
            "Chef Ryu Bo-mi stood at the door of her new restaurant on Friday, exclaiming "
            '"look at that line" to her staff.',
        ],
        "look at that line",
        "Chef Ryu Bo-mi",
        id="exclaiming",
    ),
    pytest.param(
        [
            "Potter Lee Mi-ran, 52, fires her kiln in Yeoju every winter.",
            'In a short film she is heard muttering "not again" as the door opens on cracked '
            "bowls.",
        ],
        "not again",
        "Potter Lee Mi-ran",
        id="heard_muttering",
    ),
    pytest.param(
        [
            "Referee Han Kyu-ri stopped the match in the second half.",
            'He was heard shouting "enough" at both benches.',
        ],
        "enough",
        "Referee Han Kyu-ri",
        id="heard_shouting",
    ),
    pytest.param(
        [
            "Coach Yun Hae-sol watched his side lose 3-0 to the team of his former assistant, "
            "Jo Min-gyu.",
            'Yun later conceded, "They were better in every part of the pitch."',
        ],
        "They were better",
        "Coach Yun Hae-sol",
        id="conceded_two",
    ),
    pytest.param(
        [
            "Minister Yang Dong-chul dismissed the report on Tuesday, retorting that it was "
            '"written by people who never ran a budget."',
        ],
        "written by people",
        "Minister Yang Dong-chul",
        id="retorting_participle",
    ),
    pytest.param(
        [
            "Farmer Gil Sang-hoon, 61, met the provincial governor, Oh Se-na, on Monday. Gil "
            'pleaded: "Please do not forget the villages."',
        ],
        "Please do not forget",
        "Farmer Gil Sang-hoon",
        id="pleaded_colon",
    ),
]

# Frames the pruned words (or modifiers) make: today's answer must stay.
STAY = [
    pytest.param(
        [
            "Envoy Marek Dvorak wrote a memoir of his first posting in Seoul as a junior diplomat.",
            '"Seoul taught me patience," he told reporters.',
        ],
        "Seoul taught me",
        "Envoy Marek Dvorak",
        id="posting_noun",
    ),
    pytest.param(
        [
            "An official at the weather agency's forecast bureau said the cold would last "
            '"at least until Thursday."',
        ],
        "at least until",
        "An official at the weather agency's forecast bureau",
        id="forecast_modifier",
    ),
    pytest.param(
        [
            'Lawmaker Ahn Jeong-rok called the plan "reckless." He also mocked the ruling '
            'party\'s favourite slogan, "fair growth," saying nobody could explain it.',
        ],
        "fair growth",
        "ABSENT",
        id="mocked_phrase",
    ),
    pytest.param(
        [
            "Board member Ko Hyun-bin voted for a rate cut, Governor Im Sae-ra told "
            "reporters, the fourth meeting at which Ko has dissented.",
            '"Mr. Ko sees weaker growth than we do, and I respect that," she said.',
        ],
        "Mr. Ko sees",
        "Governor Im Sae-ra",
        id="dissented_vote",
    ),
    pytest.param(
        [
            'Prosecutors are examining the alleged "slush fund" at the builder, chief '
            "prosecutor Woo Tae-gyun said on Monday.",
        ],
        "slush fund",
        "ABSENT",
        id="alleged_modifier",
    ),
    pytest.param(
        [
            'The operator pressed the button marked "emergency stop" at 3:10 p.m., the agency '
            "said.",
        ],
        "emergency stop",
        "ABSENT",
        id="pressed_button",
    ),
    pytest.param(
        [
            'One widely shared post read "finally a mayor who rides the bus."',
        ],
        "finally a mayor",
        "One widely shared post",
        id="shared_post",
    ),
    pytest.param(
        [
            'Tenor Bang Si-woo, who sang "Arirang" at the ceremony, said the moment was "the '
            'proudest of my life."',
        ],
        "Arirang",
        "ABSENT",
        id="sang_title",
    ),
    pytest.param(
        [
            '"We will win this for the city," captain Noh Eun-ji said, and the crowd cheered.',
        ],
        "We will win",
        "captain Noh Eun-ji",
        id="cheered_crowd",
    ),
    pytest.param(
        [
            "Ambassador Pieter Smit has lived in Seoul since 2021.",
            '"People at home thought of Korea only as a place that builds ships," he said.',
        ],
        "People at home",
        "Ambassador Pieter Smit",
        id="thought_of",
    ),
    pytest.param(
        [
            "After a closed briefing, Defense Minister Gu Bon-seok said the drills were "
            '"purely defensive."',
        ],
        "purely defensive",
        "Defense Minister Gu Bon-seok",
        id="briefing_noun",
    ),
    pytest.param(
        [
            'The related ministries will announce a "comprehensive package" next week, Vice '
            "Minister Tak Ji-an said.",
        ],
        "comprehensive package",
        "ABSENT",
        id="related_modifier",
    ),
    pytest.param(
        [
            'Residents complained about the repeated "temporary" closures, council member Bae '
            "Ho-jin said.",
        ],
        "temporary",
        "Residents",
        id="repeated_modifier",
    ),
    pytest.param(
        [
            'A sworn statement from the driver, read out in court, called the crash "unavoidable."',
        ],
        "unavoidable",
        "A sworn statement from the driver",
        id="sworn_modifier",
    ),
]


@pytest.mark.parametrize(("paragraphs", "prefix", "speaker"), RESOLVE)
def test_new_reporting_verb_gives_the_speaker(
    paragraphs: list[str], prefix: str, speaker: str
) -> None:
    assert _speaker(paragraphs, prefix) == speaker


@pytest.mark.parametrize(("paragraphs", "prefix", "speaker"), STAY)
def test_pruned_or_modifier_use_keeps_todays_answer(
    paragraphs: list[str], prefix: str, speaker: str
) -> None:
    assert _speaker(paragraphs, prefix) == speaker


def test_the_written_list_is_lowercase_and_in_the_speech_verbs() -> None:
    assert all(lowercase(w) == w for w in WRITTEN_SPEECH_VERBS)
    assert WRITTEN_SPEECH_VERBS <= SPEECH_VERBS


@pytest.mark.parametrize(
    "word",
    ["pressed", "forecast", "cheered", "alleged", "sworn", "repeated", "mocked", "posting"],
)
def test_pruned_words_stay_out(word: str) -> None:
    assert word not in WRITTEN_SPEECH_VERBS
