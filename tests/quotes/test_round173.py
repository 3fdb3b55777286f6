"""Round 173: tuning53's misattributions, as general rules of English wire copy.

Invented sentences and names only (no corpus sentence or name). The rules:

- a capitalised word glued to a dollar sign ("US$", "HK$") is a currency, never a name a
  later "the company" or a quotation could mean;
- a noun no list knows heads an indefinite phrase a relative "who" follows ("One Mokpo-based
  welder, who ..."): the welder, not a name "Mokpo-based" (a definite "The nominee, who" still
  means someone named before);
- 'A reporter pressed him on whether ... "...," he replied': the asker of a question put to
  "him" or "her" is not who the answering pronoun means;
- 'When a reporter followed up, asking, "...?" he said ...': the participle goes with the
  opening clause's subject, the question is the asker's, and the main clause's "he" is not;
- "shot back that" (fired, hit, snapped back that) reports what its subject said;
- "in the words of X" gives the words to X, as "according to X" does;
- a lede's partial said again word for word by a named person in the next paragraphs is that
  person's;
- the lede's ministry is never named by a body named next that is no ministry;
- 'NAME, in a statement released by X, said' issues the statement a later "the statement
  said" is;
- "The Gimje county office closed ..." opens on the office, which the place only modifies;
- 'NAME said a man once told her ... "..."': the words are the man's, reported by NAME.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, speaker_of

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "A Busan court on Monday ordered a ferry booking site to pay 40 million won "
            "(US$30,000) to stranded passengers, rejecting the firm's claim that it was "
            '"a mere ticket agent."',
            '"We will appeal," the company said.',
        ],
        "We will appeal",
        "firm",
    ),
    (
        [
            "One Mokpo-based rigger, who asked not to be named because he feared losing his "
            "contract, described the night shifts at the yard. "
            '"You stop feeling your hands by 3 a.m.," he said.',
        ],
        "You stop feeling",
        "rigger",
    ),
    (
        [
            '"The drills will go ahead," Lt. Col. Moon Tae-ho, a navy spokesman, told a briefing.',
            "A reporter pressed him on whether the drills would be delayed. "
            '"There is no such plan," he replied.',
        ],
        "There is no such plan",
        "Moon Tae-ho",
    ),
    (
        [
            'Asked about a new levy, Deputy Minister Pyo Dal-su said, "No. Not this year." '
            'When a reporter followed up, asking, "Not even next year?" he said the ministry '
            'had "other tools first."',
        ],
        "Not even next year",
        "reporter",
    ),
    (
        [
            "Rep. Gu Ha-neul (구하늘) of the ruling party defended her housing bill on Monday.",
            'Gu shot back that her rival was "reading a bill nobody wrote," noting that the '
            "draft caps rents only for new leases.",
        ],
        "reading a bill nobody wrote",
        "Gu Ha-neul",
    ),
    (
        [
            "Fishery talks stalled in Busan on Monday, as negotiators traded blame over the "
            "quota or, in the words of one envoy, sought "
            '"a treaty that exists on paper only."',
        ],
        "a treaty that exists",
        "envoy",
    ),
    (
        [
            "A rent bill stalled in committee Monday as lawmakers argued over whether it would "
            'help tenants or become "a subsidy for landlords."',
            "The bill was drafted by Rep. Oh Seul-bi (오슬비) of the ruling party.",
            "Rep. Noh Ga-young (노가영) of the main opposition party said the bill would become "
            '"a subsidy for landlords" and asked who would pay for it.',
        ],
        "a subsidy for landlords",
        "Noh Ga-young",
    ),
    (
        [
            "Seoul will add a shingles shot to its free checkups for people turning 60 next "
            "year, the health ministry said Monday.",
            "About 40,000 older people get shingles each year, according to the Korea "
            "Immunization Agency (KIA).",
            'The ministry said the shot would "pay for itself within five years."',
        ],
        "pay for itself",
        "health ministry",
    ),
    (
        [
            "The Daegu Owls signed Taiwanese right-hander Lin Wei-chen for one season.",
            'Lin, in a statement released by the club, said he was "thrilled" to join. '
            '"I grew up watching this league on television," the statement said.',
        ],
        "I grew up watching",
        "Lin Wei-chen",
    ),
    (
        [
            "The Gimje city government on Monday closed its rice festival for a second "
            "year, citing the drought.",
            '"We cannot fix the weather," Mayor Ma Dong-il (마동일) told reporters.',
            "The event drew 80,000 people last year, according to the city government, "
            'which called the closure "a hard choice."',
        ],
        "a hard choice",
        "Gimje city government",
    ),
    (
        [
            'Ryu Ha-na, a clerk, said a man once told her the bench was "for paying customers," '
            "and that she had stopped sitting there.",
        ],
        "for paying customers",
        "man",
    ),
    (  # round 117's strict xfail, resolved by the same rule (its sentence, unchanged)
        [
            "The city, which now sends its sludge to a plant in Asan, said the neighboring "
            'county had told it that it would "stop taking sludge" from 2030.'
        ],
        "stop taking sludge",
        "county",
    ),
]

KEEP: list[tuple[list[str], str, str]] = [
    (
        [
            'Asked about a new levy, Deputy Minister Pyo Dal-su said, "No. Not this year." '
            'When a reporter followed up, asking, "Not even next year?" he said the ministry '
            'had "other tools first."',
        ],
        "other tools first",
        "Pyo Dal-su",
    ),
    (
        [
            "One Daegu-based nurse, who asked not to be named, described the ward. "
            '"We sleep in shifts," she said.',
        ],
        "We sleep in shifts",
        "nurse",
    ),
    (
        [
            "Hwang Bo-ram (황보람), 51, a former deputy mayor of Suwon, was named minister.",
            "The nominee, who spent 20 years in city hall, told reporters that she would "
            'visit the flooded towns first. "I know what a shelter smells like," she said.',
        ],
        "I know what a shelter",
        "Hwang Bo-ram",
    ),
    (
        [
            '"We are ready," Minister Seok Jae-won told lawmakers.',
            "Rep. Yang Mi-sook pressed him on whether the budget was enough. "
            '"It is not even close," she said.',
        ],
        "It is not even close",
        "Yang Mi-sook",
    ),
    (
        [
            "A Seoul court fined the importer 5 million won (US$3,600) on Monday. "
            'The court said the fine was "a warning to every importer."',
        ],
        "a warning to every importer",
        "court",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round173_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round173_keeps(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(speaker_of(paragraphs, start), speaker)
