"""Round 67: a speaker reported inside another's report (round 65's shape (B)).

Invented sentences (no name or sentence from a corpus article). Rules:

* "the agency's claim that ... "..."" with a body's lowercase role noun as the possessive
  ("the ministry's", "the union's") quotes that body, as "the Finance Ministry's claim" did:
  the role phrase is read without its "'s" (a person's noun, "his elder brother's", is not);
* 'X said the coach Y described had "..."': "described" right before a finite verb is a
  reduced relative whose object is the noun before Y (round 46's 'the plan Y announced
  would'), so the words are X's.

Tried and taken out by the reviewer (strict xfails below, but for the capital's request, which
round 194's narrower rule resolves: a capital or country opening the reported clause): 'X said
Y had asked Z to treat it "..."' and 'X said Y had asked for boats and that the request "..."',
a request Y made and X reports, giving the words inside its infinitive or a later "and that"
clause to X. Right 4 on the tuning splits, but on the held-out splits it made one right speaker
wrong and none right (verdict counts only), so it is not kept.

Near misses keep their answers: what the sentence's speaker says of the claim ('... was
"..."'), a claim whose owner is a named body, and a noun of speech no clause follows.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_HOUSING = [
    "The Ministry of Maritime Affairs said Monday its ferry subsidy would keep 12 island "
    "routes open through 2028.",
    'Critics were unconvinced. "Nobody has shown us the numbers," said Pyo Dong-hwan, a '
    "transport economist at Hallim University.",
    'Pyo said the ministry\'s claim that the subsidy would save "at least 40 sailings a week" '
    "had no basis in the timetables.",
]

_PORT = [
    "Dockworkers in Mokpo walked out on Tuesday over plans to automate two berths.",
    "The berth operator, Yeongsan Terminal Co., said in a statement that the union's claim "
    'that the cranes would cost "about 600 jobs" was "simply wrong."',
]

_FLOOD = [
    "Heavy rain flooded 300 homes in Haenam County overnight, officials said.",
    "Koh Eun-tae (고은태), who heads the county's disaster office, said rescuers had reached "
    'every village by noon. "The worst is over for now," he told reporters.',
    "He said Haenam Governor Bang Jae-ho had asked for army trucks before dawn and that the "
    'request "was answered within two hours."',
]

_TARIFF = [
    "Vice Trade Minister Seol Ha-yoon, who led the talks in Geneva last week, said Seoul had "
    'asked the WTO to count Korea\'s own levy "as a matching measure" so that exporters are '
    'not "taxed twice."',
]

_AGENCY = [
    "Talent agency chief Hwang Dae-il, 50, spoke to reporters on Monday.",
    'Hwang denied the claims. He said trainees got "advice, not orders," and that the coach '
    'Ryu described had "retired in 2023."',
]

RESOLVE: list[tuple[list[str], str, str]] = [
    # a reduced relative "the coach Ryu described had": the reporter's words
    (_AGENCY, "retired in 2023", "Hwang Dae-il"),
    # a body's role noun as the claim's possessive: the body named before
    (_HOUSING, "at least 40 sailings", "Ministry of Maritime Affairs"),
    # the union no name was given for: the role itself, not the operator reporting it
    (_PORT, "about 600 jobs", "union"),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round67_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker


REQUEST_LEFT = "round 67: a reported request's quoted words stay the asker's (rule taken out)"

PLACE_REPORTED: list[tuple[list[str], str, str]] = [
    # round 194 (a narrower rule): the asker a capital, reported by a person's "said"
    (_TARIFF, "as a matching measure", "Seol Ha-yoon"),
    (_TARIFF, "taxed twice", "Seol Ha-yoon"),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), PLACE_REPORTED)
def test_round67_place_reported_since_round194(
    paragraphs: list[str], start: str, speaker: str
) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker


REPORTED_REQUEST: list[tuple[list[str], str, str]] = [
    # a later "and that" clause under the same "said": the reporter's, not the asker's
    (_FLOOD, "was answered within", "Koh Eun-tae"),
]


@pytest.mark.xfail(strict=True, reason=REQUEST_LEFT)
@pytest.mark.parametrize(("paragraphs", "start", "speaker"), REPORTED_REQUEST)
def test_round67_reported_request_left(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker


NEAR: list[tuple[list[str], str, str | None]] = [
    # what the operator says of the claim stays the operator's (round 58)
    (_PORT, "simply wrong", "Yeongsan Terminal Co."),
    # the sentence's speaker's own words before the claim
    (_HOUSING, "Nobody has shown us", "Pyo Dong-hwan"),
    # a named body's claim stays that body's
    (
        [
            "Pyo said the Maritime Ministry's claim that the subsidy would save \"40 sailings "
            'a week" had no basis.'
        ],
        "40 sailings",
        "Maritime Ministry",
    ),
    # a noun of speech whose possessive is a person's: no body read into it
    (
        [
            "Baek Ji-hoon, 52, said at a shareholders' meeting that he backed the board.",
            'He rejected his cousin\'s claim that the board had "never met in a year."',
        ],
        "never met in a year",
        None,
    ),
]


NEAR += [
    # "described ... as" is Ryu's own characterisation, no reduced relative
    (['Hwang Dae-il said Ryu described the coach as "a bully."'], "a bully", "Ryu"),
    (['Ryu described the camp as "a prison with snacks."'], "a prison with snacks", "Ryu"),
    # the same request with no one reporting it: the asker's
    (
        ['Seoul has asked the WTO to count Korea\'s own levy "as a matching measure."'],
        "as a matching measure",
        "South Korea",
    ),
    # the request quoted after "asked her,": the asker's question
    (
        [
            'Seol Ha-yoon said the clerk, Moon Tae-ri, had asked her, "Is the levy final?"',
        ],
        "Is the levy final",
        "Moon Tae-ri",
    ),
    # a call ("urged ... to") and what Y "told" X stay Y's words
    (['Seol said Moon had urged members to "hold the line."'], "hold the line", "Moon"),
    (['Seol said Moon had told her the levy was "as good as dead."'], "as good as dead", "Moon"),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), NEAR)
def test_round67_near_misses_keep_their_answer(
    paragraphs: list[str], start: str, speaker: str | None
) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker
