"""Round 12 of issue 13: an epithet no sentence ties to anyone ("the former judge", "the
councilor", "the Brazilian") describes again the salient person just named: the person the
paragraph's previous sentence was about, or who spoke the previous quotation, when nobody else
named since fits it better. Two people named together, a description fitting another named
person's title, a body as the previous subject, a person introduced by the description itself
("a 45-year-old office worker") or a new paragraph keep it unresolved. Every sentence and name
is invented (none comes from any corpus split)."""

from __future__ import annotations

import pytest

from tests.quotes.test_round4 import quotes


def _speaker(*paragraphs: str, text: str) -> str | None:
    found = {q.text: q.speaker_short for q in quotes("SEOUL -- The panel met.", *paragraphs)}
    assert text in found, found
    return found[text]


RESOLVES = [
    (
        'Moon Ga-eun said the panel had ignored its own data. "Read the report first," the'
        " former judge said.",
        "Read the report first,",
        "Moon Ga-eun",
    ),
    (
        "Pyo Han-ul, a Busan city council member who had drafted the ordinance, praised the"
        ' vote. "It is long overdue," the councilor said.',
        "It is long overdue,",
        "Pyo Han-ul",
    ),
    (
        'Lucas Ferreira said the squad had improved since March. "We are hungrier now," the'
        " Brazilian said.",
        "We are hungrier now,",
        "Lucas Ferreira",
    ),
    (
        'Ok Se-bin said the season had been the longest of her career. "We never gave up,"'
        " the veteran said.",
        "We never gave up,",
        "Ok Se-bin",
    ),
    (
        'Tak Jun-seo said he had trained for six years for the race. "I am ready," the'
        " 31-year-old said.",
        "I am ready,",
        "Tak Jun-seo",
    ),
    (
        'Bang Jae-ryong said his players needed a week of rest. "They are exhausted," the'
        " coach said.",
        "They are exhausted,",
        "Bang Jae-ryong",
    ),
    (
        '"Prices will ease by spring," Seol Min-ah told reporters. "Wait for the harvest,"'
        " the economist added.",
        "Wait for the harvest,",
        "Seol Min-ah",
    ),
    (
        "Yun Dae-hyeon, a ruling party lawmaker, said the treaty needed a vote. Yun said the"
        ' talks had stalled twice. "Nobody reads the annex," the former diplomat said.',
        "Nobody reads the annex,",
        "Yun Dae-hyeon",
    ),
    (
        "Cha Eun-byeol, director of the Gangneung folk archive, said the collection would"
        ' reopen in May. "Come and see the masks," the historian said.',
        "Come and see the masks,",
        "Cha Eun-byeol",
    ),
    (
        'Ryu Sang-hun said the river had flooded his fields twice. "We lost the barley," the'
        " 72-year-old farmer said.",
        "We lost the barley,",
        "Ryu Sang-hun",
    ),
    (
        'Emily Carter said the exchange program would double. "Seoul feels like home," the'
        " American said.",
        "Seoul feels like home,",
        "Emily Carter",
    ),
    (
        'Maeng Ji-ho said the bus routes had been cut without notice. "Ask the drivers," the'
        " former mayor said.",
        "Ask the drivers,",
        "Maeng Ji-ho",
    ),
    (
        'Do Yeon-woo said the club had offered him a new deal. "I want to stay," the striker said.',
        "I want to stay,",
        "Do Yeon-woo",
    ),
    (
        'Hwang Bo-mi, who taught ballet for 30 years, opened a studio. "Children need a'
        ' floor to fall on," the former dancer said.',
        "Children need a floor to fall on,",
        "Hwang Bo-mi",
    ),
]


@pytest.mark.parametrize(("paragraph", "text", "speaker"), RESOLVES)
def test_an_epithet_describes_the_person_just_named(
    paragraph: str, text: str, speaker: str
) -> None:
    assert _speaker(paragraph, text=text) == speaker


def test_a_possessed_kin_noun_named_before_is_that_person() -> None:
    assert (
        _speaker(
            "Her father, Gil Man-su, drove her to every practice.",
            'Asked about the final, Gil Yu-ri said she was calm. Her father was not. "I could'
            ' not eat," her father said.',
            text="I could not eat,",
        )
        == "Gil Man-su"
    )


def test_a_kin_noun_named_with_a_second_role_is_that_person() -> None:
    assert (
        _speaker(
            "Her father and first coach, Gil Man-su, filed an appeal on Monday.",
            'Asked about the final, Gil Yu-ri said she was calm. Her father was less sure. "I'
            ' could not eat," he said.',
            text="I could not eat,",
        )
        == "Gil Man-su"
    )


NEAR_MISSES = [
    # two people named together: either may be the former judge
    (
        ('Moon Ga-eun and Pyo Han-ul both criticized the plan. "Read it," the former judge said.',),
        "Read it,",
        ("Moon Ga-eun", "Pyo Han-ul"),
    ),
    # the description fits another named person's title better
    (
        (
            "Minister Gong Ji-ho met Rep. Ra Eun-seo on Monday. Ra said the budget was too"
            ' small. "We will find the money," the minister said.',
        ),
        "We will find the money,",
        ("Ra Eun-seo",),
    ),
    # the previous subject is a body
    (
        (
            'The Korea Pottery Foundation announced the prize on Monday. "It was close," the'
            " former curator said.",
        ),
        "It was close,",
        ("Korea Pottery Foundation",),
    ),
    # the description introduces someone new
    (
        (
            'Moon Ga-eun said rents had risen. A 45-year-old office worker said, "I moved'
            ' twice this year."',
        ),
        "I moved twice this year.",
        ("Moon Ga-eun",),
    ),
    # a new paragraph: the salient person of the last one is no longer salient
    (
        (
            "Moon Ga-eun said the panel had ignored its data.",
            "The hearing lasted four hours and ended without a vote.",
            '"Read the report first," the former judge said.',
        ),
        "Read the report first,",
        ("Moon Ga-eun",),
    ),
    # someone else named since, in the previous sentence
    (
        (
            'Moon Ga-eun said the report was late, and Seol Min-ah agreed. "Nobody read it,"'
            " the former judge said.",
        ),
        "Nobody read it,",
        ("Moon Ga-eun", "Seol Min-ah"),
    ),
    # an anonymous role: "the official" may be anyone
    (
        ('Moon Ga-eun said the road would close. "It is unsafe," the official said.',),
        "It is unsafe,",
        ("Moon Ga-eun",),
    ),
    # a kin noun the text never ties to a name stays unresolved
    (
        (
            'Asked about the final, Gil Yu-ri said she was calm. Her father was not. "I could'
            ' not eat," he said.',
        ),
        "I could not eat,",
        ("Gil Yu-ri",),
    ),
    (
        ('"We chose the hall," Jin Ho-seok said. "And a small cake," his wife added.',),
        "And a small cake,",
        ("Jin Ho-seok",),
    ),
    # a second holder: the name may be the neighbor's alone
    (
        (
            "Her father and a neighbor, Gil Man-su, filed an appeal on Monday.",
            'Gil Yu-ri said she was calm. Her father was less sure. "I could not eat," he said.',
        ),
        "I could not eat,",
        ("Gil Man-su",),
    ),
    # "the Chinese" as often means a country's side
    (
        (
            'Lucas Ferreira said the tariffs would hurt exporters. "Talks continue," the'
            " Chinese said.",
        ),
        "Talks continue,",
        ("Lucas Ferreira",),
    ),
    # a lawmaker named before, then a minister described: "the lawmaker" is the lawmaker
    (
        (
            "Rep. Ra Eun-seo questioned Minister Gong Ji-ho on Monday. Gong said the budget"
            ' was enough. "It is not," the lawmaker said.',
        ),
        "It is not,",
        ("Gong Ji-ho",),
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "not_speakers"), NEAR_MISSES)
def test_a_near_miss_is_not_the_person_just_named(
    paragraphs: tuple[str, ...], text: str, not_speakers: tuple[str, ...]
) -> None:
    assert _speaker(*paragraphs, text=text) not in not_speakers


def test_the_sets_are_large_enough() -> None:
    assert len(RESOLVES) >= 12 and len(NEAR_MISSES) >= 8


def test_an_epithet_in_the_lede_describes_the_person_it_just_named() -> None:
    # the lede is paragraph 0: it counts as a paragraph like any other
    found = quotes(
        'Gong Ye-rin said Monday the market had "turned a corner." "Buyers are back," the'
        " former banker said."
    )
    assert {q.text: q.speaker_short for q in found}["Buyers are back,"] == "Gong Ye-rin"
