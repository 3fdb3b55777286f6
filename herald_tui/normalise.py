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
from functools import lru_cache

from herald_tui._frozen import Frozen, value_class
from herald_tui.patterns import lazy

__all__ = [
    "WORD",
    "Alias",
    "index_keys",
    "query_alias",
    "romanised_pair",
    "romanised_splits",
    "surface_forms",
]


WORD = lazy(r"[^\W_]+")
"""A word: letters and digits, as FTS5's unicode61 tokenizer sees them."""


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with


@value_class(frozen=True)
class Alias(Frozen):
    """One name and the ways it is written, as word sequences (lower case)."""

    __match_args__ = ("key", "forms", "strict")  # the fields, in order
    __slots__ = __match_args__

    key: str
    forms: tuple[tuple[str, ...], ...]
    strict: frozenset[tuple[str, ...]]
    """Forms that count in running text only in capitals (``NK``, ``U S`` from ``U.S.``)."""

    def __init__(
        self,
        key: str,
        forms: tuple[tuple[str, ...], ...],
        strict: frozenset[tuple[str, ...]] = frozenset(),
    ) -> None:
        _set(self, "key", key)
        _set(self, "forms", forms)
        _set(self, "strict", strict)


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

_SYLLABLE = lazy(
    r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?"
    r"(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)"
    r"(?:ng|[nklmpthgb])?",
    re.IGNORECASE,
)
"""One romanised Korean syllable (Revised Romanization and the common older spellings):
``kyung``, ``ah``, ``seo``, ``yeon``. Many short English words match too (``man``, ``to``):
joining two of them only adds a made-up word to the index."""


@lru_cache(maxsize=4096)
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


_NAMES = lazy(
    "|".join(
        f"(?P<{alias.key}>"
        + "|".join(
            r"[\W_]+".join(re.escape(w) for w in form)
            for form in sorted(alias.forms, key=lambda f: -len(" ".join(f)))
        )
        + ")"
        for alias in ALIASES
    )
)
"""Every form of the names of :data:`ALIASES` in lower-case text, longest forms first."""

_CAPITALS = lazy(r"([A-Z][a-z]{0,6}) (?=([A-Z][a-z]{0,6})(?![^\W_]))")
"""Two short capitalised words apart by a space (a syllable has at most seven letters)."""
_LETTERS_BEFORE = lazy(r"[A-Za-z]+$")
_LETTERS = lazy(r"[A-Za-z]+")


def index_keys(text: str) -> list[str]:
    """The keys of the names written in ``text``, in order (added to the index after it).

    Built for speed (the text of 100,000 articles goes through here when the index is
    built): one scan of the lower-cased text for the names, the capitals of short forms then
    checked on the text as written; hyphens found by ``str.find``; capitalised word pairs by
    one simple scan."""
    found = _names(text)
    taken = {at for at, _key in found}
    for at, first, second, joint in _pairs(text):
        if at in taken:
            continue
        if joint == "-" or (first[0].isupper() and second[0].isupper()):
            key = romanised_pair(first, second)
            if key is not None:
                found.append((at, key))
    return [key for _at, key in sorted(found)]


def _names(text: str) -> list[tuple[int, str]]:
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer: offsets would differ
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found: list[tuple[int, str]] = []
    for m in _NAMES.finditer(lower):
        start, end = m.span()
        if (start and _is_word(lower[start - 1])) or (end < len(lower) and _is_word(lower[end])):
            continue
        alias = _KEYS[str(m.lastgroup)]
        written = WORD.findall(text[start:end])
        form = tuple(w.lower() for w in written)
        short = [w for w in written if len(w) <= 4]
        if form in alias.strict and not all(w.isupper() for w in short):
            continue  # "us", "rok": words too; a name's short form is written in capitals
        found.append((start, alias.key))
    return found


def _is_word(char: str) -> bool:
    return char.isalnum()


def _pairs(text: str) -> list[tuple[int, str, str, str]]:
    """``(offset, first, second, joint)`` of word pairs joined by a hyphen, or by a space
    when both are capitalised (for :func:`romanised_pair` to judge)."""
    pairs: list[tuple[int, str, str, str]] = []
    hyphen = text.find("-")
    while hyphen != -1:
        before = _LETTERS_BEFORE.search(text, max(0, hyphen - 8), hyphen)
        after = _LETTERS.match(text, hyphen + 1)
        if before and after:
            pairs.append((before.start(), before.group(), after.group(), "-"))
        hyphen = text.find("-", hyphen + 1)
    for m in _CAPITALS.finditer(text):
        pairs.append((m.start(), m.group(1), m.group(2), " "))
    return [
        (at, first, second, joint)
        for at, first, second, joint in pairs
        if not (at and _is_word(text[at - 1]))
        and not _is_word(
            text[at + len(first) + 1 + len(second) : at + len(first) + 2 + len(second)] or " "
        )
    ]


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
