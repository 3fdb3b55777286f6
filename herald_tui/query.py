"""The search language, parsed once: the store renders it to FTS5, the reader to highlights.

* ``north korea``: both words, each as a prefix (``korea`` finds "Korean"; words of one or two
  letters, accents dropped, are matched exactly in every script: ``é`` and ``of`` as prefixes
  would match most of the index; two Hangul or CJK characters are a whole word, worth a
  prefix: see :func:`worth_a_prefix`);
* ``"bank of korea"``: the exact phrase, no prefix;
* ``missile OR rocket``: either (``OR`` in capitals; lowercase "or" is a word);
* ``-sports`` / ``-"kim jong"``: exclude.

Anything else is text: punctuation separates words, and a word run together with punctuation
(``U.S.``, ``Jae-in``) becomes an exact phrase of its words. Words are what SQLite's unicode61
tokenizer sees: runs of letters and digits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from herald_tui.errors import SearchError

__all__ = ["HELP", "OR", "WORD", "Term", "fold", "parse_query", "worth_a_prefix"]

OR = "OR"
"""Between two terms: either."""
HELP = 'search for words, "exact phrases", a OR b, and -excluded words'
"""The language in one line, for error messages."""
WORD = re.compile(r"[^\W_]+")
"""A word: letters and digits, as FTS5's unicode61 tokenizer sees them."""

_WIDE = ("W", "F")  # east Asian wide: a Hangul syllable or CJK ideograph is a word by itself


def fold(token: str) -> str:
    """``token`` as FTS5's unicode61 tokenizer (``remove_diacritics 2``) stores it: lower
    case, accents dropped ("Café" -> "cafe"); Hangul syllables stay whole."""
    token = token.lower()
    if token.isascii():
        return token
    bare = "".join(c for c in unicodedata.normalize("NFD", token) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def worth_a_prefix(word: str) -> bool:
    """True if ``word`` is long enough to search as a prefix: three letters once folded as
    the index stores them (``é`` is ``e``: as a prefix, most of the index), or two wide
    characters (two Hangul syllables, "수출", are a whole word)."""
    folded = fold(word)
    wide = all(unicodedata.east_asian_width(c) in _WIDE for c in folded)
    return len(folded) >= (2 if wide else 3)


_SCAN = re.compile(
    r"""(?P<space>\s+)
      | (?P<neg>-)?"(?P<phrase>[^"]*)"
      | (?P<quote>")
      | (?P<minus>-)?(?P<chunk>[^\s"]+)""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Term:
    """A word or a phrase of the query."""

    words: tuple[str, ...]
    quoted: bool = False
    """Typed in double quotes: matched exactly."""
    negated: bool = False
    """Preceded by ``-``: excluded."""

    @property
    def prefix(self) -> bool:
        """True if the word also matches longer words: a single unquoted word (one run
        together with punctuation, "Jae-in", is an exact phrase) that is
        :func:`worth_a_prefix`."""
        return not self.quoted and len(self.words) == 1 and worth_a_prefix(self.words[0])


def parse_query(text: str) -> list[Term | str]:
    """The terms of ``text`` and the :data:`OR` markers between them, in order. Raises
    :class:`SearchError` on an unclosed quote."""
    items: list[Term | str] = []
    for match in _SCAN.finditer(text):
        if match["quote"]:
            raise SearchError(f'unclosed quote (") in the search: {HELP}')
        if match["phrase"] is not None:
            words = tuple(WORD.findall(match["phrase"]))
            if words:
                items.append(Term(words, quoted=True, negated=bool(match["neg"])))
        elif match["chunk"] is not None:
            if match["chunk"] == OR and not match["minus"]:
                items.append(OR)
                continue
            words = tuple(WORD.findall(match["chunk"]))
            if words:
                items.append(Term(words, negated=bool(match["minus"])))
    return items
