"""Round 398: the description after a titled name is a role of that person too.

Invented sentences only. "Col. NAME, a spokesperson for the ministry, told a briefing" made
NAME a colonel only: the title gave the mention its role, and the appositive's role noun was
dropped, so '"...," the spokesperson replied' found nobody ("Ven. NAME, the monk who ...",
then "the monk said", the same). The description's role is now kept as a second one, as a
role phrase before a name already was ("The sponsor, Rep. NAME": `_phrases._describe_titled`),
unless it is a body's ("the country's third-largest shipbuilder" describes the firm).

With two roles known, a titled daughter ("CEO NAME, the founder's daughter") and her father
("her father, NAME") are both introduced by kin; when the two relations agree, "the elder
SURNAME" is the father (`_speakers._by_sibling`, which gave up when both were introduced).
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_a_titled_spokesperson_is_the_spokesperson_later() -> None:
    paragraphs = [
        'Col. Jang Sol-bi, a spokesperson for the ministry, told a briefing, "Escorts will'
        ' carry body cameras from March."',
        '"Footage will be kept for 30 days," the spokesperson replied.',
    ]
    assert speaker_of(paragraphs, "Footage will", short=True) == "Jang Sol-bi"


def test_a_venerable_monk_is_the_monk_later() -> None:
    paragraphs = [
        'Ven. Muhae, the monk who runs the retreat, said guests arrive "with their phones in'
        ' their fists."',
        '"By the third day they stop reaching for them," the monk said.',
    ]
    assert speaker_of(paragraphs, "By the third day", short=True) == "Muhae"


def test_a_titled_daughter_and_her_father_make_the_elder_the_father() -> None:
    paragraphs = [
        "“Now we sell to restaurants in Lyon,” said CEO Geum Ha-rin, the founder’s daughter,"
        " who took over the company in 2021.",
        "Her father, Geum Chan-seok, 79, who built the company’s first grinder, still comes to"
        " the workshop most mornings. “My father calls the new line a spaceship,” the CEO said.",
        "The elder Geum described the early years as “a time when we ground everything by hand.”",
    ]
    assert speaker_of(paragraphs, "a time when", short=True) == "Geum Chan-seok"


def test_a_body_described_after_a_titled_name_stays_the_body() -> None:
    paragraphs = [
        "Chairman Geum Chan-seok of Haewol Shipbuilding, the country's third-largest"
        ' shipbuilder, said orders were "stronger than expected."',
        '"We will hire 300 welders this year," the company said.',
    ]
    assert speaker_of(paragraphs, "We will hire", short=True) != "Geum Chan-seok"
