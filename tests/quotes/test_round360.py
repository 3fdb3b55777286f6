"""Round 360: a bill's "sponsor" is a person noun (singular only, as round 26's are).

Invented sentences only. A lede's 'a bill ... cleared a subcommittee, in what its sponsor called
"..."' gave the words no speaker: "sponsor" was no role noun, so "its sponsor" was no phrase
and round 177's lede naming had nothing to name. As a role, "its sponsor" is the lawmaker the
next paragraph names ('Rep. NAME, who wrote the bill, said'). A firm that sponsors a club
keeps its own name ("The club's main sponsor, NAME, said").
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for


def test_the_lede_s_sponsor_is_named_next() -> None:
    paragraphs = [
        "A bill that would let tenants see a landlord's tax arrears before signing a lease"
        " cleared a National Assembly subcommittee on Tuesday, in what its sponsor called"
        ' "the least a renter deserves."',
        "Rep. Yeon Da-som of the Democratic Party, who wrote the bill, said tenants had been"
        ' "signing blind" for decades.',
    ]
    expected = "Rep. Yeon Da-som of the Democratic Party"
    assert speaker_for(paragraphs, "the least a renter deserves.") == expected


def test_a_sponsoring_firm_keeps_its_name() -> None:
    # near miss: read the same before this round
    paragraphs = [
        "The club's main sponsor, Hwaseong Tires, said it would \"stand by the team in every"
        ' season."'
    ]
    expected = "Hwaseong Tires, the club's main sponsor"
    assert speaker_for(paragraphs, "stand by the team in every season.") == expected
