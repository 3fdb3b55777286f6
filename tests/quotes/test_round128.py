"""Round 128: a verb that is also a plural role noun, right after a name, is a verb.

Invented sentences only (no name or sentence from a corpus article). "NAME heads the
committee." was read as one role phrase, "NAME heads" (the plural of "head", the name its
modifier, as in "Samsung officials"), so the sentence named no one and a following "he" went
to the person of the paragraph before; "NAME heads the committee that ..., Kim said" kept only
the surname. A plural noun is never followed by a determiner opening an object; a verb is:
"heads the", "chairs an", "captains its". Near misses keep their answer: a plural noun that
is one ("Heads of state said", "the boards of two companies said"), a time phrase after the
plural ("executives the next day said"), and verbs no role list holds ("leads").
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
