"""Round 46: which clause speaks. A quotation's speaker is the subject of the speech verb that
governs it; a name inside a constituent that cannot be that subject does not speak.

(1) A subordinate clause set off by commas between the attribution and the quotation (', after
Y warned of higher fees,', ', a day after Y warned of cuts,', ', even as Y announced the cuts,')
is an aside like ', which Y criticized,': its subject governs no quotation after the comma that
closes it, so the quotation takes the clause before the aside. Not a bare "as" or "just as"
(', as Y put it, "..."' quotes Y), nor an aside whose verb the quotation follows at once after a
comma (', which said, "..."'). A relative aside whose verb stands right before the comma but is
followed by more narration (', which Y criticized, was "..."') no longer counts as introducing it.

(2) A verb that takes the noun as its object (wrote, posted, announced, proposed, tweeted...)
followed at once by a finite verb ('the plan Y announced would "..."', 'the letter Y wrote was
"..."') is in a relative clause without "that" inside a noun phrase: its subject governs
nothing after it, before the quotation, in a body's relay or in the last-resort reading. Not a
verb of saying ('a plan Y said would "..."': Y's words), not after "what" or "all", nor with
"thing" or "words" as the head, nor when a comma or colon follows the finite verb.

Every sentence is invented; no name or sentence comes from a corpus article.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from herald_tui.quotes import extract_quotes


def _speaker(paragraphs: list[str], piece: str) -> str | None:
    hits = [q for q in extract_quotes("", paragraphs) if piece in q.text]
    assert hits, (paragraphs, piece)
    return hits[0].speaker_short


# (1) a subordinate aside between the attribution and the quotation
ASIDE_RESOLVE = [
    (
        [
            '"The fund is solvent," Pyeon Da-som said, after Gyeong Ri-an warned of a shortfall, '
            '"and it will stay that way."'
        ],
        "stay that way",
        "Pyeon Da-som",
    ),
    (
        [
            '"We are not leaving," the ambassador said, when the coach asked about the schedule, '
            '"and nobody should expect us to."'
        ],
        "nobody should",
        "ambassador",
    ),
    (
        [
            '"The line reopens in March," Caldwick Rail said, since the Tidewater Board had '
            'announced new inspections, "but only for freight."'
        ],
        "only for freight",
        "Caldwick Rail",
    ),
    (
        [
            '"Prices will fall," Eo Sae-bom said, even as Pi Han-gyeol announced a levy, '
            '"though slowly."'
        ],
        "though slowly",
        "Eo Sae-bom",
    ),
    (
        [
            '"The vote stands," the prosecutor said, whereas Ok Ro-un warned of an appeal, '
            '"whatever anyone files."'
        ],
        "whatever anyone",
        "prosecutor",
    ),
    (
        [
            "Coach Pi Han-gyeol met Ok Ro-un, the club owner, on Sunday.",
            '"I want to stay," Pi said, although Ok complained about the results, "and finish the '
            'job."',
        ],
        "finish the job",
        "Pi Han-gyeol",
    ),
    (
        [
            "Pyeon Da-som said on Friday, a day after Gyeong Ri-an warned of layoffs, that the "
            'merger was "on course."'
        ],
        "on course",
        "Pyeon Da-som",
    ),
    (
        [
            "The ambassador said on Friday, hours after the coach criticized the venue, that the "
            'match was "safe to play."'
        ],
        "safe to play",
        "ambassador",
    ),
    (
        ['Eo Sae-bom said, when Pi Han-gyeol warned of delays, that the bridge was "nearly done."'],
        "nearly done",
        "Eo Sae-bom",
    ),
    (
        [
            "Caldwick Rail said, shortly after the Tidewater Board announced fines, that its "
            'trains were "fully compliant."'
        ],
        "fully compliant",
        "Caldwick Rail",
    ),
    (
        ['Gyeong Ri-an said the archive, which Pyeon Da-som criticized, was "in good order."'],
        "in good order",
        "Gyeong Ri-an",
    ),
    (
        ['The coach said the stadium, which the ambassador praised, was "too small for us."'],
        "too small",
        "coach",
    ),
]

ASIDE_STAY = [
    # an aside with no subject of its own: the sentence's subject speaks
    (
        ['Pi Han-gyeol, when asked by reporters, said the bridge was "nearly finished."'],
        "nearly finished",
        "Pi Han-gyeol",
    ),
    # "just as": the aside's subject may own the words (left as it was)
    (
        ['"Rents will climb," Pyeon Da-som said, just as Gyeong Ri-an predicted, "all year."'],
        "all year",
        "Gyeong Ri-an",
    ),
    # no comma closes the clause: its own subject governs the partial
    (
        [
            '"We will rebuild," Eo Sae-bom said, while Pi Han-gyeol warned that costs were '
            '"rising fast."'
        ],
        "rising fast",
        "Pi Han-gyeol",
    ),
    (
        [
            '"We will rebuild," Eo Sae-bom said after Pi Han-gyeol warned that costs were '
            '"rising fast."'
        ],
        "rising fast",
        "Pi Han-gyeol",
    ),
    # the attribution's subject stays when the aside names no one
    (
        ['"We will rebuild," Eo Sae-bom said, after a long pause, "and soon."'],
        "and soon",
        "Eo Sae-bom",
    ),
    (
        ['When Gyeong Ri-an asked about the delay, Pyeon Da-som said: "It is out of our hands."'],
        "out of our hands",
        "Pyeon Da-som",
    ),
    (
        ['"It is out of our hands," Pyeon Da-som said after Gyeong Ri-an asked about the delay.'],
        "out of our hands",
        "Pyeon Da-som",
    ),
    # a relative aside still introduces the quotation right after its verb and comma
    (
        ['Caldwick Rail issued a statement, which said, "Service resumes on Monday."'],
        "Service resumes",
        "statement",
    ),
    # a relative clause carrying its own subject's partial
    (
        ['Pi Han-gyeol, who told Ok Ro-un the plan was "reckless," resigned on Monday.'],
        "reckless",
        "Pi Han-gyeol",
    ),
    # reported speech nested in reported speech stays the inner speaker's
    (
        ['Eo Sae-bom said Pi Han-gyeol had told her the plan was "dead in the water."'],
        "dead in the water",
        "Pi Han-gyeol",
    ),
    (
        ['"We are ready," the coach said, as the ambassador looked on, "and we are rested."'],
        "we are rested",
        "coach",
    ),
]

# (2) a reporting verb in a relative clause without "that"
REDUCED_RESOLVE: list[tuple[list[str], str, str | None]] = [
    (
        ['Pyeon Da-som said the letter Gyeong Ri-an wrote was "a disgrace."'],
        "a disgrace",
        "Pyeon Da-som",
    ),
    (
        ['The ambassador said the plan the coach announced would "hurt the small clubs most."'],
        "small clubs most",
        "ambassador",
    ),
    (
        ['The coach said the schedule the ambassador announced had "no room for rest."'],
        "no room for rest",
        "coach",
    ),
    (
        [
            'Caldwick Rail said the timetable the Tidewater Board proposed was "unworkable for '
            'freight."'
        ],
        "unworkable",
        "Caldwick Rail",
    ),
    (
        ['The prosecutor said the message the coach tweeted was "beneath a public figure."'],
        "beneath a public",
        "prosecutor",
    ),
    (
        ['Gyeong Ri-an said the column Pyeon Da-som penned had "no basis in fact."'],
        "no basis in fact",
        "Gyeong Ri-an",
    ),
    (
        ['Ok Ro-un said the cuts the Tidewater Board announced will "empty the harbour towns."'],
        "harbour towns",
        "Ok Ro-un",
    ),
    (
        [
            "Eo Sae-bom met Pi Han-gyeol on Monday.",
            'Eo said the offer Pi proposed could "split the union in two."',
        ],
        "split the union",
        "Eo Sae-bom",
    ),
    (
        ['The plan Caldwick Rail announced would "cut fares by half," the Tidewater Board said.'],
        "cut fares",
        "Tidewater Board",
    ),
    # no other clause: no speaker rather than the relative clause's subject
    (['The plan the coach announced would "cut ticket prices by half."'], "ticket prices", None),
]

REDUCED_STAY: list[tuple[list[str], str, str | None]] = [
    # verbs that report nothing here were right before the rule and stay so
    (
        ['Caldwick Rail said the warning the Tidewater Board issued was "overblown."'],
        "overblown",
        "Caldwick Rail",
    ),
    (
        ['Pi Han-gyeol said the figures Ok Ro-un released were "badly out of date."'],
        "out of date",
        "Pi Han-gyeol",
    ),
    (
        ['Ok Ro-un said the proposal the Tidewater Board unveiled was "a trap for tenants."'],
        "a trap for",
        "Ok Ro-un",
    ),
    # the noun is what a verb of saying's clause is about: the words are the subject's
    (
        ['The coach made a change the ambassador said was meant to "calm the fans."'],
        "calm the fans",
        "ambassador",
    ),
    (
        ['Pi Han-gyeol backed a plan Ok Ro-un said would "save the club from ruin."'],
        "from ruin",
        "Ok Ro-un",
    ),
    (['The last thing Pyeon Da-som said was "see you tomorrow."'], "see you tomorrow", None),
    (['All the coach said was "we move on."'], "we move on", "coach"),
    (
        ['The Tidewater Board rejected what Caldwick Rail said was "a fair offer."'],
        "a fair offer",
        "Caldwick Rail",
    ),
    (['The note Eo Sae-bom left was short: "Back by noon."'], "Back by noon", "Eo Sae-bom"),
    (['Eo Sae-bom said Pi Han-gyeol would "never give up."'], "never give up", "Eo Sae-bom"),
    (['Eo Sae-bom wrote that the plan was "a mistake."'], "a mistake", "Eo Sae-bom"),
    (
        ['Pyeon Da-som said Gyeong Ri-an was "the best coach we ever had."'],
        "the best coach",
        "Pyeon Da-som",
    ),
    (['Ok Ro-un told the coach his team was "not ready."'], "not ready", "Ok Ro-un"),
]


def _params(cases: Sequence[tuple[list[str], str, str | None]]) -> list[object]:
    return [pytest.param(p, piece, want, id=piece) for p, piece, want in cases]


@pytest.mark.parametrize(("paragraphs", "piece", "want"), _params(ASIDE_RESOLVE))
def test_subordinate_aside_resolves(paragraphs: list[str], piece: str, want: str) -> None:
    assert _speaker(paragraphs, piece) == want


@pytest.mark.parametrize(("paragraphs", "piece", "want"), _params(ASIDE_STAY))
def test_subordinate_aside_near_misses(paragraphs: list[str], piece: str, want: str) -> None:
    assert _speaker(paragraphs, piece) == want


@pytest.mark.parametrize(("paragraphs", "piece", "want"), _params(REDUCED_RESOLVE))
def test_reduced_relative_resolves(paragraphs: list[str], piece: str, want: str | None) -> None:
    assert _speaker(paragraphs, piece) == want


@pytest.mark.parametrize(("paragraphs", "piece", "want"), _params(REDUCED_STAY))
def test_reduced_relative_near_misses(paragraphs: list[str], piece: str, want: str | None) -> None:
    assert _speaker(paragraphs, piece) == want
