"""The search language, parsed once: the store renders it to FTS5, the reader to highlights.

* ``north korea``: both words, each as a prefix (``korea`` finds "Korean"; Latin words of one
  or two letters are matched exactly);
* ``"bank of korea"``: the exact phrase, no prefix;
* ``missile OR rocket``: either (``OR`` in capitals; lowercase "or" is a word);
* ``-sports`` / ``-"kim jong"``: exclude.

Anything else is text: punctuation separates words, and a word run together with punctuation
(``U.S.``, ``Jae-in``) becomes a phrase of its words. Words are what SQLite's unicode61
tokenizer sees: runs of letters and digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from herald_tui.errors import SearchError

__all__ = ["HELP", "OR", "WORD", "Term", "parse_query"]

OR = "OR"
"""Between two terms: either."""
HELP = 'search for words, "exact phrases", a OR b, and -excluded words'
"""The language in one line, for error messages."""
WORD = re.compile(r"[^\W_]+")
"""A word: letters and digits, as FTS5's unicode61 tokenizer sees them."""

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
        """True if the last word also matches longer words: unquoted, and not a Latin word of
        one or two letters ("of" as a prefix would match most of the index); two Hangul
        syllables are a whole word, worth a prefix."""
        last = self.words[-1]
        return not self.quoted and (len(last) > 2 or not last.isascii())


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
