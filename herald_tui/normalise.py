"""What a Korea reader takes for one word, in one place: the index and the query both use it.

* ``N. Korea``, ``North Korea``, ``NK``, ``DPRK`` (and ``N. Korean``, ``North Korean``) are
  one name; so are ``S. Korea``, ``South Korea``, ``ROK``; and ``U.S.``, ``US``, ``United
  States``. Each name has a *key*, a made-up word (``northkorea``).
* A romanised Korean name is one word with or without its hyphen or space: ``Kyung-ah``,
  ``Kyungah`` and ``Kyung Ah`` all have the key ``kyungah`` (two romanised syllables joined).

The index keeps the text as written (snippets and highlights show it) and adds, after each
column's text, the keys found in it (:func:`index_keys`); a query names a key
(:func:`query_alias`) and matches every form. In running text the short forms must be written
as names are (``NK``, ``U.S.``: never the pronoun "us"); a query is read more loosely (``nk``),
except that a lowercase ``us`` stays the word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "WORD",
    "Alias",
    "index_keys",
    "query_alias",
    "romanised_pair",
    "romanised_splits",
    "surface_forms",
]


WORD = re.compile(r"[^\W_]+")
"""A word: letters and digits, as FTS5's unicode61 tokenizer sees them."""


@dataclass(frozen=True, slots=True)
class Alias:
    """One name and the ways it is written, as word sequences (lower case)."""

    key: str
    forms: tuple[tuple[str, ...], ...]
    strict: frozenset[tuple[str, ...]] = frozenset()
    """Forms that count in running text only in capitals (``NK``, ``U S`` from ``U.S.``)."""


def _forms(*texts: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(t.split()) for t in texts)


ALIASES: tuple[Alias, ...] = (
    Alias(
        "northkorea",
        _forms("north korea", "north korean", "n korea", "n korean", "nk", "dprk"),
        frozenset(_forms("n korea", "n korean", "nk", "dprk")),
    ),
    Alias(
        "southkorea",
        _forms("south korea", "south korean", "s korea", "s korean", "rok"),
        frozenset(_forms("s korea", "s korean", "rok")),
    ),
    Alias(
        "unitedstates",
        _forms("united states", "u s", "us", "usa"),
        frozenset(_forms("u s", "us", "usa")),
    ),
)
"""The names, longest forms first within each (matching tries two words before one)."""

_BY_FORM = {form: alias for alias in ALIASES for form in alias.forms}
_KEYS = {alias.key: alias for alias in ALIASES}

_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?"
    r"(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)"
    r"(?:ng|[nklmpthgb])?",
    re.IGNORECASE,
)
"""One romanised Korean syllable (Revised Romanization and the common older spellings):
``kyung``, ``ah``, ``seo``, ``yeon``. Many short English words match too (``man``, ``to``):
joining two of them only adds a made-up word to the index."""


def romanised_pair(first: str, second: str) -> str | None:
    """The key of two words read as one romanised name (``Kyung``, ``ah`` -> ``kyungah``),
    or None when either is not a romanised syllable."""
    if _SYLLABLE.fullmatch(first) and _SYLLABLE.fullmatch(second):
        return (first + second).lower()
    return None


def romanised_splits(word: str) -> list[tuple[str, str]]:
    """The ways ``word`` reads as two romanised syllables (``kyungah``: ``kyung`` ``ah``,
    ``kyun`` ``gah``), for highlighting "Kyung-ah" when ``Kyungah`` was searched."""
    return [
        (word[:i], word[i:])
        for i in range(1, len(word))
        if romanised_pair(word[:i], word[i:]) is not None
    ]


def _alias_at(words: Sequence[str], i: int, strict: bool) -> tuple[Alias, int] | None:
    """The name starting at ``words[i]`` and how many words it takes, longest first."""
    for size in (2, 1):
        chunk = tuple(w.lower() for w in words[i : i + size])
        alias = _BY_FORM.get(chunk) if len(chunk) == size else None
        if alias is None:
            continue
        written = words[i : i + size]
        # Short words must be capitals (the "N" of "N. Korea"): "us", "rok" are words too.
        short = [w for w in written if len(w) <= 4]
        if strict and chunk in alias.strict and not all(w.isupper() for w in short):
            continue
        if not strict and chunk == ("us",) and not written[0].isupper():
            continue  # the pronoun
        return alias, size
    return None


def index_keys(text: str) -> list[str]:
    """The keys of the names written in ``text``, in order (added to the index after it)."""
    tokens = list(WORD.finditer(text))
    words = [m.group() for m in tokens]
    keys: list[str] = []
    i = 0
    while i < len(words):
        found = _alias_at(words, i, strict=True)
        if found is not None:
            keys.append(found[0].key)
            i += found[1]
            continue
        if i + 1 < len(words):
            between = text[tokens[i].end() : tokens[i + 1].start()]
            capitals = between == " " and words[i][0].isupper() and words[i + 1][0].isupper()
            if between == "-" or capitals:
                key = romanised_pair(words[i], words[i + 1])
                if key is not None:
                    keys.append(key)
        i += 1
    return keys


def query_alias(words: Sequence[str]) -> tuple[str, int] | None:
    """The key of the name the query's ``words`` start with, and how many words it takes;
    None when they start with no name."""
    found = _alias_at(words, 0, strict=False)
    return (found[0].key, found[1]) if found is not None else None


def surface_forms(key: str) -> tuple[str, ...]:
    """How the name ``key`` may be written, as space-separated lower-case words (for
    highlights: a phrase matches across any punctuation, so ``n korea`` marks "N. Korea")."""
    alias = _KEYS.get(key)
    if alias is None:
        return ()
    return tuple(" ".join(form) for form in alias.forms)
