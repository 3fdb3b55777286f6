"""The search language, parsed once: the store renders it to FTS5, the reader to highlights.

* ``north korea``: both words, each as a prefix (``korea`` finds "Korean"; words of one or two
  letters, accents dropped, are matched exactly in every script: ``é`` and ``of`` as prefixes
  would match most of the index; two Hangul or CJK characters are a whole word, worth a
  prefix: see :func:`worth_a_prefix`);
* ``"bank of korea"``: the exact phrase, no prefix;
* ``missile OR rocket``: either (``OR`` in capitals; lowercase "or" is a word);
* ``-sports`` / ``-"kim jong"``: exclude;
* ``source:yonhap``, ``section:national``, ``speaker:"Kim Min-ji"`` (a quote's speaker):
  only matches there (``-source:yonhap`` excludes); ``since:7d`` (``24h``, ``2w``),
  ``since:2026-11-01 until:2026-11-20`` (days in Korea time, ``until`` takes the whole day):
  published in that time. Any other ``name:value`` is refused with a message.

Names a Korea reader writes several ways are one word (:mod:`herald_tui.normalise`): an
unquoted ``N. Korea`` finds "North Korea", "NK" and "DPRK", ``Kyungah`` finds "Kyung-ah".

Anything else is text: punctuation separates words, and a word run together with punctuation
(``U.S.``, ``Jae-in``) becomes an exact phrase of its words. Words are what SQLite's unicode61
tokenizer sees: runs of letters and digits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from herald_tui._frozen import Frozen, value_class
from herald_tui.errors import SearchError
from herald_tui.normalise import (
    WORD,
    query_alias,
    romanised_pair,
    romanised_splits,
    surface_forms,
)
from herald_tui.patterns import lazy

__all__ = [
    "FIELDS",
    "HELP",
    "OR",
    "WORD",
    "Query",
    "Term",
    "fold",
    "highlight_terms",
    "match_spans",
    "parse_query",
    "parse_search",
    "time_bounds",
    "worth_a_prefix",
]

OR = "OR"
"""Between two terms: either."""
HELP = 'search for words, "exact phrases", a OR b, -excluded words, and filters'
"""The language in one line, for error messages."""
FIELDS = {"source": "source", "section": "section", "speaker": "speakers"}
"""Filters on a field of the index: the filter's name, the index column it searches."""
DATES = ("since", "until")
"""Filters on the time published."""
KST = timezone(timedelta(hours=9), "KST")
"""Dates in a query are days in Korea, where the news is published."""

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


_SCAN = lazy(
    r"""(?P<space>\s+)
      | (?P<fneg>-)?(?P<fname>[A-Za-z]+):(?:"(?P<fquoted>[^"]*)"|(?P<fvalue>[^\s"]+))
      | (?P<neg>-)?"(?P<phrase>[^"]*)"
      | (?P<quote>")
      | (?P<minus>-)?(?P<chunk>[^\s"]+)""",
    re.VERBOSE,
)


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with


@value_class(frozen=True)
class Term(Frozen):
    """A word or a phrase of the query."""

    __match_args__ = ("words", "quoted", "negated", "alias", "field")  # the fields, in order
    __slots__ = __match_args__

    words: tuple[str, ...]
    quoted: bool
    """Typed in double quotes: matched exactly."""
    negated: bool
    """Preceded by ``-``: excluded."""
    alias: str
    """The key of the name the words write (:mod:`herald_tui.normalise`), or empty."""
    field: str
    """A filter's index column (:data:`FIELDS`): the words match only there."""

    def __init__(
        self,
        words: tuple[str, ...],
        quoted: bool = False,
        negated: bool = False,
        alias: str = "",
        field: str = "",
    ) -> None:
        _set(self, "words", words)
        _set(self, "quoted", quoted)
        _set(self, "negated", negated)
        _set(self, "alias", alias)
        _set(self, "field", field)

    @property
    def prefix(self) -> bool:
        """True if the word also matches longer words: a single unquoted word (one run
        together with punctuation, "Jae-in", is an exact phrase) that is
        :func:`worth_a_prefix`, not a name and not a filter's value."""
        return (
            not self.quoted
            and not self.alias
            and not self.field  # a filter's value is a whole word: source:yonhap
            and len(self.words) == 1
            and worth_a_prefix(self.words[0])
        )

    @property
    def forms(self) -> tuple[tuple[str, ...], ...]:
        """The phrases the term matches as written: its words, and for a name every way of
        writing it (``n korea``, ``nk``...) and its key."""
        if not self.alias:
            return (self.words,)
        named = tuple(tuple(form.split()) for form in surface_forms(self.alias))
        return (*(named or (self.words,)), (self.alias,))


@value_class(frozen=True)
class Query(Frozen):
    """A parsed search: terms and OR markers in order, and the time filters as typed."""

    __match_args__ = ("items", "since", "until")  # the fields, in order
    __slots__ = __match_args__

    items: list[Term | str]
    since: str | None
    until: str | None

    def __init__(
        self, items: list[Term | str], since: str | None = None, until: str | None = None
    ) -> None:
        _set(self, "items", items)
        _set(self, "since", since)
        _set(self, "until", until)


def parse_query(text: str) -> list[Term | str]:
    """The terms of ``text`` and the :data:`OR` markers between them, in order (see
    :func:`parse_search`)."""
    return parse_search(text).items


def parse_search(text: str) -> Query:
    """``text`` parsed. Raises :class:`SearchError` on an unclosed quote or an unknown
    filter (``headline:``, ``NEAR:``...)."""
    items: list[Term | str] = []
    dates: dict[str, str] = {}
    for match in _SCAN.finditer(text):
        if match["quote"]:
            raise SearchError(f'unclosed quote (") in the search: {HELP}')
        if match["fname"] is not None:
            _filter(match, items, dates)
        elif match["phrase"] is not None:
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
    return Query(_named(items), dates.get("since"), dates.get("until"))


def _filter(match: re.Match[str], items: list[Term | str], dates: dict[str, str]) -> None:
    name, quoted = match["fname"].lower(), match["fquoted"] is not None
    value = match["fquoted"] if quoted else match["fvalue"]
    if name in DATES and not match["fneg"]:
        dates[name] = value
    elif name in FIELDS:
        words = tuple(WORD.findall(value))
        if words:
            items.append(Term(words, quoted, bool(match["fneg"]), field=FIELDS[name]))
    else:
        known = ", ".join(f"{f}:" for f in (*FIELDS, *DATES))
        raise SearchError(
            f'unknown filter "{name}:" (filters are {known};'
            " put words in quotes to search for them as written)"
        )


def _plain(item: Term | str | None) -> Term | None:
    """``item`` if it is an unquoted term of words (not a filter, not OR)."""
    if isinstance(item, Term) and not item.quoted and not item.field and not item.alias:
        return item
    return None


def _named(items: list[Term | str]) -> list[Term | str]:
    """``items`` with the names of :mod:`herald_tui.normalise` read as one term each:
    ``N. Korea`` (two terms) is the name ``northkorea``; ``Kyung-ah`` (one term of two
    words) and ``Kyung ah`` (two) the romanised name ``kyungah``."""
    out: list[Term | str] = []
    i = 0
    while i < len(items):
        term, following = _plain(items[i]), _plain(items[i + 1] if i + 1 < len(items) else None)
        if term is None:
            out.append(items[i])
            i += 1
            continue
        pair = following is not None and following.negated == term.negated
        words = term.words + (following.words if pair and following else ())
        found = query_alias(words)
        if found is not None and found[1] in (len(term.words), len(words)):
            key, size = found
            taken = 1 if size == len(term.words) else 2
            out.append(replace(term, words=words[:size], alias=key))
            i += taken
            continue
        joined = words if len(term.words) == 2 or (len(words) == 2 and pair) else ()
        key2 = romanised_pair(*joined) if len(joined) == 2 else None
        if key2 is not None:
            out.append(replace(term, words=joined, alias=key2))
            i += 1 if len(term.words) == 2 else 2
            continue
        out.append(term)
        i += 1
    return out


_RELATIVE = lazy(r"(\d{1,4})([hdwmy])")
_UNITS = {"h": 1, "d": 24, "w": 24 * 7, "m": 24 * 30, "y": 24 * 365}


def time_bounds(query: Query, now: datetime) -> tuple[datetime | None, datetime | None]:
    """``(since, until)`` of ``query`` as times (``until`` excluded); None where the query
    sets no bound. ``7d`` is seven days before ``now``; a date is a day in Korea (``until``
    takes the whole day). Raises SearchError on any other value."""
    since = _when(query.since, now, "since") if query.since else None
    until = _when(query.until, now, "until") if query.until else None
    return since, until


def _when(value: str, now: datetime, name: str) -> datetime:
    relative = _RELATIVE.fullmatch(value.lower())
    if relative:
        return now - timedelta(hours=int(relative[1]) * _UNITS[relative[2]])
    try:
        day = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=KST)
    except ValueError:
        raise SearchError(
            f"{name}: takes a date (2026-11-01) or a time back from now (24h, 7d, 2w, 3m),"
            f' not "{value}"'
        ) from None
    return day + timedelta(days=1) if name == "until" else day


def highlight_terms(items: list[Term | str]) -> list[str]:
    """What to mark in a text found by ``items``: each searched term's phrases (every way
    of writing a name), ``word*`` where the search takes a prefix; excluded terms, filters
    and ``OR`` left out. Lower case."""
    terms: list[str] = []
    for item in items:
        if isinstance(item, Term) and not item.negated and not item.field:
            star = "*" if item.prefix else ""
            terms += [" ".join(form).lower() + star for form in item.forms]
            if len(item.words) == 1 and len(item.words[0]) >= 5:  # Kyungah: mark Kyung-ah
                terms += [f"{a} {b}".lower() for a, b in romanised_splits(item.words[0])]
    return terms


@lru_cache(maxsize=64)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for all ``terms`` (one scan of a text, not one per term), longest first so
    a longer form wins where two start at the same word."""
    parts = []
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        words = term.rstrip("*").split()
        if words:
            body = r"[\W_]+".join(re.escape(word) for word in words)
            tail = r"[^\W_]*" if term.endswith("*") else r"(?![^\W_])"
            parts.append(body + tail)
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(parts)})", re.IGNORECASE) if parts else None


def match_spans(text: str, terms: list[str] | tuple[str, ...]) -> list[tuple[int, int]]:
    """Where ``terms`` (from :func:`highlight_terms`) occur in ``text``, case-insensitively,
    as whole words; a term ending in ``*`` takes its last word as a prefix (``korea*`` marks
    all of "Korean"), and a phrase's words may be separated by any punctuation or spaces
    (``n korea`` marks "N. Korea"). Sorted, overlaps merged."""
    pattern = _pattern(tuple(terms))
    found = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
