"""Round 86: partial quotations after verbs of thinking and estimating, and second fragments.

Invented sentences only (no name or sentence from a corpus article). Must-resolve cases are
partial quotations whose speaker is the sentence's subject but that got none (or another's
name) on main: a second fragment after a noun that is also a verb ('at each post', 'the
"two strikes" rule would'), a subject picked out by a restrictive relative clause ('A
ministry official who asked not to be named said', 'A nurse who treated the boy said'), and
a verb of thinking, estimating or expecting ('expects ... "..."', 'estimates that ...
"..."'). Near misses keep their answer: the quoted name of a rule stays a term, a sentence
whose subject is no speaker, a group or an unnamed "many" expecting, a thought another
speaker reports ('NAME told ... that the government expects ... "..."'), 'told Kim who had
won', a past tense after "each".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import answer_holding as _answer
from tests.quotes.invented import answer_is as _right

_N = None

RESOLVE: list[tuple[list[str], str, str | None]] = [
    # rule 1: a bare verb-shaped word after each/every/per, or after 'the "..."', is a noun
    (
        [
            'Gong Ye-jin said the sensors would "not replace" rangers but would cut the '
            'hours walked at each post "by about a quarter."'
        ],
        "by about a quarter",
        "Gong Ye-jin",
    ),
    (
        [
            'The Korea Bakers Association said the cause was "a flour shortage," and that '
            'fining shops under the "two strikes" rule would "push more of them out of '
            'business."'
        ],
        "push more of them",
        "Korea Bakers Association",
    ),
    (
        [
            'The Gangwon Farmers League said the "Fresh Rice" label would "mean nothing '
            'within a year."'
        ],
        "mean nothing",
        "Gangwon Farmers League",
    ),
    # rules 2 and 3: a restrictive relative clause after a singular role opening the sentence
    (
        [
            'A ministry official who asked not to be named said the tax cuts were "fully '
            'funded" and would "pay for themselves within a decade," but gave no details.'
        ],
        "pay for themselves",
        "official",
    ),
    (
        ['A police officer who asked not to be named said the rule would be "easy to enforce."'],
        "easy to enforce",
        "officer",
    ),
    (
        ['A nurse who treated the boy said he was "calm and talking."'],
        "calm and talking",
        "nurse",
    ),
    # rule 4: verbs of thinking, estimating and expecting
    (
        [
            'Jin Seo-ah, an analyst at Daebong Securities, expects local makers to win "maybe '
            'a tenth" of the battery market by 2030.'
        ],
        "maybe a tenth",
        "Jin Seo-ah",
    ),
    (
        [
            "Pyo Ha-rin, an economist at Hanbit Research, estimates that delivery fees now "
            'account for "roughly a third" of restaurant costs.'
        ],
        "roughly a third",
        "Pyo Ha-rin",
    ),
    (
        ['Kang Bo-ra believes the merger will be "a slow marriage" for both banks.'],
        "a slow marriage",
        "Kang Bo-ra",
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    # the quoted name of a rule or a label stays a term
    (
        [
            'The Korea Bakers Association said the cause was "a flour shortage," and that '
            'fining shops under the "two strikes" rule would "push more of them out of '
            'business."'
        ],
        "two strikes",
        _N,
    ),
    (
        ['Bae Ji-yoon said the "Night Market" festival would run until October.'],
        "Night Market",
        _N,
    ),
    (
        ['Han Seung-woo said guards at each post would carry the "Sentinel" radio.'],
        "Sentinel",
        _N,
    ),
    # a sentence whose subject is no speaker; a group or "many" thinking
    (
        ['The KOSPI rose "sharply" in the afternoon as foreign buyers returned.'],
        "sharply",
        _N,
    ),
    (
        ['Many economists expect the won to fall "another 5 percent" by spring.'],
        "another 5 percent",
        _N,
    ),
    (
        ['Investors estimate that the "Blue Harbor" project will cost 3 trillion won.'],
        "Blue Harbor",
        _N,
    ),
    # a thought another speaker reports: the reporter's words
    (
        [
            "Ahn Do-yun told a meeting of exporters that the government expects sales to "
            'keep growing next year, but at a "much slower pace."'
        ],
        "much slower pace",
        "Ahn Do-yun",
    ),
    # a second fragment after plain nouns, right on main
    (
        [
            'Seo Ga-eun said the bridge would "not close" but would carry fewer trucks "for '
            'a month or two."'
        ],
        "a month or two",
        "Seo Ga-eun",
    ),
    # a past tense after "each" stays a verb; a plural restrictive head as before
    (
        ['The coaches each warned that the pitch was "too soft to play on."'],
        "too soft",
        "coaches",
    ),
    (
        ['Savers who gathered outside the bank chanted "Give it back."'],
        "Give it back",
        "Savers",
    ),
]


@pytest.mark.parametrize(("paragraphs", "piece", "want"), RESOLVE + NEAR)
def test_answer(paragraphs: list[str], piece: str, want: str | None) -> None:
    """A must-resolve case gets its new answer; a near miss keeps the one it had."""
    answer = _answer(paragraphs, piece)
    assert _right(answer, want), (piece, answer)
