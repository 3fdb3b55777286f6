"""Round 199: evaluation partials in a sentence that names their speaker.

Invented sentences and names only (no name or sentence from a corpus article). Short quotations
that evaluate something were dropped as terms although the sentence's subject says them:

* 'denounced X ... as a "..."' is the subject's label however long X runs (a named kind in
  ``_terms`` needed the verb within six tokens);
* and past a bracketed short name and a longer object ('a report by NAME (ACRONYM) on ...
  as a "..."') where the status reader looked for its characterising verb;
* 'NAME said buyers treat X as a "..."' (a verb of regarding, in a clause a verb of saying
  opens) is the speaker's view, not the name of a status;
* ', which called ...' after "the party", "the union" is that body's (only a named body's was
  read);
* a span opening with "until", "during", "amid" ... is a phrase, never a thing's name;
* "the NAME hotel" is the one named body whose name opens with NAME and ends in "Hotel".

Near misses keep their old reading: a naming "call" with "as" absent, a passive 'was
described as a "..."' with no agent, a verb of regarding in narration with no one saying it.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_holds, spoken

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Pyongyang on Monday denounced a naval drill held by three navies in waters off "
            'its eastern coast as a "vile propaganda campaign" staged by Washington.'
        ],
        "vile propaganda",
        "North Korea",
    ),
    (
        [
            "North Korea on Friday denounced a study by the Geneva Nuclear Monitoring Office "
            "(GNMO) on fuel rods at its Sohae test site and two other plants as a "
            '"baseless slander," vowing to press on.'
        ],
        "baseless slander",
        "North Korea",
    ),
    (
        [
            "Min Hae-rang, a tourism analyst, said skiers increasingly treat the resort as a "
            '"winter bargain" now that lift prices have fallen.'
        ],
        "winter bargain",
        "Min Hae-rang",
    ),
    (
        [
            "The tariff plan drew fire from the farmers' union, which called the proposal a "
            '"slow poison" for growers.'
        ],
        "slow poison",
        "union",
    ),
    (
        [
            "Two guests at the Dalbit Grand Hotel in Sokcho fell ill last week.",
            "The Dalbit hotel said that its sauna would stay shut "
            '"until further notice" while the pipes were cleaned.',
        ],
        "until further notice",
        "Dalbit Grand Hotel",
    ),
    (
        [
            "Two guests at the Dalbit Grand Hotel in Sokcho fell ill last week.",
            'The Dalbit hotel said its own tests had been "inconclusive."',
        ],
        "inconclusive",
        "Dalbit Grand Hotel",
    ),
]

KEEP: list[tuple[list[str], str, str | None]] = [
    (
        ['Pyongyang denounced the exercise as a "rehearsal for invasion."'],
        "rehearsal for invasion",
        "North Korea",
    ),
    (
        [
            "The league introduced a rule on foreign players in its second division as a "
            '"transfer window" for clubs.'
        ],
        "transfer window",
        None,
    ),
    (
        ['The county treats the old depot as a "heritage site" under its zoning rules.'],
        "heritage site",
        None,
    ),
    (
        ['Lee Dong-ha, who leads the union, called the deal a "bitter pill."'],
        "bitter pill",
        "Lee Dong-ha",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RESOLVE)
def test_round199_resolves(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), KEEP)
def test_round199_keeps(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert speaker_holds(spoken(paragraphs, start), speaker)
