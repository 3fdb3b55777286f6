"""Initials: "BOK" is "Bank of Korea", "KITA" the "Korea International Trade Association".

A headline names a body by its initials where the body gives the name in full ("BOK chief" for
"Bank of Korea Governor Rhee"). :func:`spells` tells whether a person's known descriptions
hold a run of capitalised words whose initials spell every acronym of a headline phrase, small
words ("of", "and") counted or skipped as the body's own acronym does.
"""

from __future__ import annotations

import re

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
    letters = {a.lower() for a in acronyms}
    if not all(m in letters or m in known.lower() for m in mention.modifiers):
        return False
    found = _WORD.findall(known)
    return all(_spelled(a, found) for a in acronyms)


def _spelled(acronym: str, found: list[str]) -> bool:
    """True when a run of ``found`` starting at a capitalised word has ``acronym``'s initials."""
    return any(w[:1].isupper() and _match(acronym, found, i) for i, w in enumerate(found))


def _match(acronym: str, found: list[str], i: int) -> bool:
    if not acronym:
        return True
    if i >= len(found):
        return False
    word = found[i]
    if word.lower() in _SMALL and _match(acronym, found, i + 1):
        return True  # "Bank of Korea" as "BK"
    return word[:1].upper() == acronym[0] and _match(acronym[1:], found, i + 1)
