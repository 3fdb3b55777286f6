"""Round 406: "her father" named in apposition earlier is that person when named so again.

Invented sentences only. 'NAME took over the boat from her father, NAME2, 68, ...' then 'Her
father watched from the breakwater. "...," he said.' gave the quotation to "Her father", a
second person: the copy had told the reader who her father is. A relative a possessive names
("her father", "his wife", "their son") and no name was read for is now the one person named
right after those words and a comma earlier in the copy (`_kin_named_before`). Not when two
people were so named (two fathers: the description stays), nor for "another father, NAME"
(no "her father").
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_her_father_named_in_apposition_before() -> None:
    paragraphs = [
        "Tae Soo-ah, 29, took over the boat in January from her father, Tae Gyeong-man, 68, who"
        " retired after knee surgery.",
        '"I backed it in on the fourth try," Tae Soo-ah said.',
        'Her father watched from the breakwater. "Now I only wake up twice a night," he said.',
    ]
    assert speaker_of(paragraphs, "Now I only", short=True) == "Tae Gyeong-man"


def test_her_husband_named_in_apposition_before() -> None:
    paragraphs = [
        "The festival drew Ra Mi-rae, 31, a nurse, and her husband, Pyo Han-eum, 33.",
        '"It felt like a dream," Ra said.',
        'Her husband was less lyrical. "My back hurts, but I will come back," he said.',
    ]
    assert speaker_of(paragraphs, "My back hurts", short=True) == "Pyo Han-eum"


def test_two_fathers_named_leave_her_father() -> None:
    paragraphs = [
        "Tae Soo-ah, 29, runs the boat her father, Tae Gyeong-man, once ran. Her cousin Min"
        " Ji-yu, 30, took over a farm from her father, Min Gwang-bok.",
        '"I backed it in on the fourth try," Tae Soo-ah said.',
        'Her father watched from the breakwater. "Now I only wake up twice a night," he said.',
    ]
    assert speaker_of(paragraphs, "Now I only", short=True) == "Her father"


def test_another_father_is_no_her_father() -> None:
    paragraphs = [
        "Tae Soo-ah, 29, runs the boat, and another father, Yang Il-do, 51, crews it.",
        '"I backed it in on the fourth try," Tae Soo-ah said.',
        'Her father watched from the breakwater. "Now I only wake up twice a night," he said.',
    ]
    assert speaker_of(paragraphs, "Now I only", short=True) == "Her father"
