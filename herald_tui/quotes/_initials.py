"""Initials: "BOK" is "Bank of Korea", "KITA" the "Korea International Trade Association".

A headline names a body by its initials where the body gives the name in full ("BOK chief" for
"Bank of Korea Governor Rhee"). :func:`spells` tells whether a person's known descriptions
hold a run of capitalised words whose initials spell every acronym of a headline phrase, small
words ("of", "and") counted or skipped as the body's own acronym does.
"""

from __future__ import annotations

import re

from herald_tui.quotes._lexicon import lowercase
from herald_tui.quotes._phrases import Mention

_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_WORD = re.compile(r"[\w'’-]+")
_SMALL = frozenset(("of", "and", "for", "the", "on", "in", "&"))


def spells(known: str, mention: Mention) -> bool:
    """True when every acronym of ``mention`` ("BOK chief") is spelled by the initials of a
    run of words in ``known`` (what a person is known as: name, title, descriptions), and
    every other modifier is in it too."""
    acronyms = _ACRONYM.findall(mention.text)
    if not acronyms:
        return False
    letters = {lowercase(a) for a in acronyms}
    if not all(m in letters or m in lowercase(known) for m in mention.modifiers):
        return False
    found = _WORD.findall(known)
    return all(_spelled(a, found) for a in acronyms)


def _spelled(acronym: str, found: list[str]) -> bool:
    """True when a run of ``found`` starting at a capitalised word has ``acronym``'s initials."""
    return any(w[:1].isupper() and _match(acronym, found, i) for i, w in enumerate(found))


def _match(acronym: str, found: list[str], i: int) -> bool:
    """True when ``found`` from ``i`` spells ``acronym``, a small word either spelling a letter
    or skipped. The positions reachable after each letter are kept as a set: trying both
    choices at every small word by recursion would be exponential in a run of them (hostile
    text, tests/quotes/test_initials.py)."""
    at = {i}
    for letter in acronym:
        at = {j + 1 for j in _small_skipped(at, found) if found[j][:1].upper() == letter}
        if not at:
            return False
    return True


def _small_skipped(at: set[int], found: list[str]) -> set[int]:
    """The positions of ``at`` and those reached from them by skipping small words, each
    before the end of ``found``."""
    reach = {j for j in at if j < len(found)}
    stack = list(reach)
    while stack:
        j = stack.pop()
        if lowercase(found[j]) in _SMALL and j + 1 < len(found) and j + 1 not in reach:
            reach.add(j + 1)
            stack.append(j + 1)
    return reach
