"""Round 128: a verb that is also a plural role noun, right after a name, is a verb; and a
role named by "was"/"is" and a name is that person.

Invented sentences only (no name or sentence from a corpus article). "NAME heads the
committee." was read as one role phrase, "NAME heads" (the plural of "head", the name its
modifier, as in "Samsung officials"), so the sentence named no one and a following "he" went
to the person of the paragraph before; "NAME heads the committee that ..., Kim said" kept only
the surname. A plural noun is never followed by a determiner opening an object; a verb is:
"heads the", "chairs an", "captains its". Near misses keep their answer: a plural noun that
is one ("Heads of state said", "the boards of two companies said"), a time phrase after the
plural ("executives the next day said"), and verbs no role list holds ("leads").

'The spokesperson at the briefing was NAME, who ...' then '"...," the spokesperson said' gave
the words to "The spokesperson at the briefing", an unnamed second holder of the role; the
sentence's subject is now the name, given the role. Near misses: "was asked about NAME", "was
NAME's daughter", a "be" with no name after it.

"Every" and "Each" opening a sentence ("Every Friday, NAME boards ...") were read as a name
(with "Friday"): round 124 tried them as no name and left it while "NAME boards the ferry"
was a role phrase; with the first rule they are kept. Lowercase they stay modifiers ("The
coaches each warned", round 86).
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_LEAD = "The ferry operator said the route would reopen on Monday."

RESOLVE = [
    (
        'Ra Gyeong-ho heads the committee. "We will finish the review by June," he said.',
        "Ra Gyeong-ho",
    ),
    (
        'Tak Seo-yun chairs the ethics panel at the assembly. "No member is above the code,"'
        " she said.",
        "Tak Seo-yun",
    ),
    (
        'Mo Hye-rin captains the national curling team. "We lost our rhythm," she said.',
        "Mo Hye-rin",
    ),
    (
        'Gil Dong-su heads the committee that drafted the bill. "We wrote it in six weeks,"'
        " Gil said.",
        "Gil Dong-su",
    ),
    ('Yeo Min-chae judges the contest every spring. "The bar rises," she said.', "Yeo Min-chae"),
    ('Ha Seon-uk boards a bus at dawn. "Nobody else is awake," he said.', "Ha Seon-uk"),
]

KEEP = [
    (
        'Heads of state said the summit went well. "It was a good day," said Ra Gyeong-ho.',
        "Ra Gyeong-ho",
    ),
    (
        'The boards of two companies said they would merge. "It is fair," said Tak Seo-yun.',
        "Tak Seo-yun",
    ),
    (
        'Hanbit Motors executives the next day said the recall would widen. "We are checking every'
        ' car," the executives said.',
        "executives",
    ),
    ('Cheon Bo-gyeom leads the union. "We will not back down," he said.', "Cheon Bo-gyeom"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), RESOLVE)
def test_round128_verb_after_name_is_a_verb(paragraph: str, speaker: str) -> None:
    found = extract_quotes("News", [_LEAD, paragraph])
    assert len(found) == 1
    assert found[0].speaker == speaker


@pytest.mark.parametrize(("paragraph", "speaker"), KEEP)
def test_round128_plural_nouns_stay_nouns(paragraph: str, speaker: str) -> None:
    found = extract_quotes("News", [_LEAD, paragraph])
    assert len(found) == 1
    assert found[0].speaker is not None and speaker in found[0].speaker


NAMED = [
    [
        "The spokesperson at the briefing was Ra Gyeong-ho, who took questions for an hour. "
        '"We have no plans to raise fees," the spokesperson said.'
    ],
    [
        "The chief negotiator, who arrived in Seoul on Monday, is Tak Seo-yun. "
        '"The gap is narrowing," she said.'
    ],
    [
        "The official in charge of the rescue was Mo Hye-rin, a fire captain from Jinju.",
        '"We reached the last car at 3 a.m.," the official said.',
    ],
    [
        "The drummer, who keeps time for the rowers, is 17-year-old Gil Dong-su. "
        '"If I lose the beat, they all lose it," he said.'
    ],
]

NOT_NAMED = [
    (
        [
            "The spokesperson at the briefing was asked about Ra Gyeong-ho. "
            '"We have no comment on him," the spokesperson said.'
        ],
        "spokesperson",
    ),
    (
        [
            "The winner was Gil Dong-su's daughter, a 12-year-old from Yeosu. "
            '"She trained for ten years," the coach said.'
        ],
        "coach",
    ),
    (
        [
            'The question was whether the bridge would hold. "We do not know yet," the engineer'
            " said."
        ],
        "engineer",
    ),
]


@pytest.mark.parametrize("paragraphs", NAMED)
def test_round128_role_named_by_be_is_the_person(paragraphs: list[str]) -> None:
    found = extract_quotes("News", [_LEAD, *paragraphs])
    assert len(found) == 1
    names = ("Ra Gyeong-ho", "Tak Seo-yun", "Mo Hye-rin", "Gil Dong-su")
    assert found[0].speaker is not None
    assert any(name in found[0].speaker for name in names if name in " ".join(paragraphs))


@pytest.mark.parametrize(("paragraphs", "speaker"), NOT_NAMED)
def test_round128_no_name_after_be_keeps_the_role(paragraphs: list[str], speaker: str) -> None:
    found = extract_quotes("News", [_LEAD, *paragraphs])
    assert len(found) == 1
    assert found[0].speaker is not None and speaker in found[0].speaker


OPENERS = [
    'Every Friday, Ha Seon-uk boards the 6:50 a.m. ferry to the mainland. "The sea is my'
    ' commute," he said.',
    'Each Monday, Yeo Min-chae chairs the village council. "We argue, then we eat," she said.',
    'Every Friday Ha Seon-uk takes the ferry. "The sea is my commute," he said.',
]


@pytest.mark.parametrize("paragraph", OPENERS)
def test_round128_every_and_each_name_no_one(paragraph: str) -> None:
    found = extract_quotes("News", [_LEAD, paragraph])
    assert len(found) == 1
    assert found[0].speaker in ("Ha Seon-uk", "Yeo Min-chae")


def test_round128_each_of_a_group_keeps_the_named_speaker() -> None:
    paragraph = 'Each of the coaches warned the pitch was soft. "It is a bog," said Ha Seon-uk.'
    found = extract_quotes("News", [_LEAD, paragraph])
    assert len(found) == 1
    assert found[0].speaker == "Ha Seon-uk"
