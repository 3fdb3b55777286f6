"""Round 59: which name speaks, in the shapes rounds 53 to 58 left.

Invented sentences (no name or sentence from a corpus article). Three rules:

* a sentence-opening subject whose verb of saying ("told", "said") reports a "that" clause
  the quotation closes keeps the words under a later tag of another speaker ('NAME told
  officials in May that the county was "...," Yoo said': NAME's words, which Yoo reports);
* "it said" after 'NAME said in a statement it would appeal to the Supreme Court.' means
  the name that spoke (a name nothing makes a person's), not the court its sentence named
  after a verb;
* 'NAME, writing in the magazine "...," warned that ... "..."': the verb after a participle
  aside closed by a quoted title is the name's.

Near misses keep their answers: a tag after a sentence whose subject does not say
anything, a "told" with no "that", "it said" after a romanised person's name, a title after
a verb with no aside.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    # a reported speaker opening the sentence, a later tag
    (
        [
            'Park Ji-hoon told ministry officials in May that the county had been "starved '
            'of doctors for a decade," Yoo Se-ri said, adding that the plan would start in June.'
        ],
        "starved of doctors",
        "Park Ji-hoon",
    ),
    (
        [
            'The prime minister told a Cabinet meeting that the reform "asks too much of small '
            'farmers," spokesperson Bae Soo-min told reporters after the meeting.'
        ],
        "asks too much",
        "prime minister",
    ),
    (
        [
            'Jang Hae-rin told the board on Monday that the merger was "the only road left," '
            "Ok Dae-sung said."
        ],
        "the only road left",
        "Jang Hae-rin",
    ),
    (
        [
            "Defense Minister Ro Gwang-il told lawmakers on Friday that the drills would be "
            '"smaller but sharper," ministry spokesperson Im Chae-won said.'
        ],
        "smaller but sharper",
        "Ro Gwang-il",
    ),
    # "it said" after a body named only by a name, with a court after its verb
    (
        [
            "Ride app Jibsa Plus was fined 3 billion won on Monday.",
            '"The levy is lawful," the Daegu District Court said in its ruling.',
            'Jibsa Plus said in a statement it would appeal to the Supreme Court. "We accept '
            'the fine but not the reasoning," it said.',
        ],
        "We accept the fine",
        "Jibsa Plus",
    ),
    (
        [
            "Delivery app Mokmok Go said it would take the ruling to the Seoul High Court. "
            '"Our riders chose this plan," it said.'
        ],
        "Our riders chose this plan",
        "Mokmok Go",
    ),
    # a participle aside closed by a quoted title
    (
        [
            'Critic Go Yeon-ju, writing in the weekly magazine "Sinmunmul," warned that the '
            'festival risked becoming "a trade fair with a stage."'
        ],
        "a trade fair with a stage",
        "Go Yeon-ju",
    ),
    (
        [
            'Novelist Baek Ha-ram, writing in the literary quarterly "Pyeongdan," argued that '
            'the prize had grown "timid and rich."'
        ],
        "timid and rich",
        "Baek Ha-ram",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round59_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker


NEAR: list[tuple[list[str], str, str | None]] = [
    # the tag's own speaker: the sentence's subject says nothing, or "told" has no "that"
    (
        [
            'Park Ji-hoon\'s plan would leave the county "starved of doctors for a decade," '
            "Yoo Se-ri said."
        ],
        "starved of doctors",
        "Yoo Se-ri",
    ),
    (
        ['The county had been "starved of doctors for a decade," Yoo Se-ri said.'],
        "starved of doctors",
        "Yoo Se-ri",
    ),
    (
        [
            'Park Ji-hoon visited the county in May, and the clinic had been "starved of '
            'doctors for a decade," Yoo Se-ri said.'
        ],
        "starved of doctors",
        "Yoo Se-ri",
    ),
    (
        ['Jang Hae-rin told the board the merger was "the only road left," Ok Dae-sung said.'],
        "the only road left",
        "Ok Dae-sung",
    ),
    # "it said" after a body whose name says it is one: unchanged
    (
        [
            "Mireu Foods said on Tuesday it would take the case to the Seoul Central District "
            'Court. "Our recipe was never copied," it said.'
        ],
        "Our recipe was never copied",
        "Mireu Foods",
    ),
    # his office relays the governor's words (read before this round)
    (
        [
            'Governor Seok Min-gyu said in a speech that the port would be "open to every '
            'ship by spring," his office said.'
        ],
        "open to every ship",
        "Seok Min-gyu",
    ),
    (
        [
            'Hanul Telecom said in a statement it would appeal to the Supreme Court. "We '
            'accept the fine but not the reasoning," it said.'
        ],
        "We accept the fine",
        "Hanul Telecom",
    ),
    # a title after a verb, with no aside: the verb after it has no subject of its own
    (
        [
            'Go Yeon-ju praised the film "Blue Hour," warned that the festival risked '
            'becoming "a trade fair with a stage."'
        ],
        "a trade fair with a stage",
        None,
    ),
    # the aside with no quoted title was read before
    (
        [
            "Critic Go Yeon-ju, writing in the weekly magazine Sinmunmul, warned that the "
            'festival risked becoming "a trade fair with a stage."'
        ],
        "a trade fair with a stage",
        "Go Yeon-ju",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), NEAR)
def test_round59_near_misses_keep_their_answer(
    paragraphs: list[str], start: str, speaker: str | None
) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker
