"""Who a quotation's speaker is across articles: the People key of a speaker, pure.

Within one article the extractor has already resolved pronouns, surnames and roles, and put
its fullest description in :attr:`Quote.speaker` ("Finance Minister Choi Sang-mok") and the
name alone in :attr:`Quote.speaker_short` ("Choi Sang-mok"). Across articles, this module
decides which speakers are the same, conservatively (a missed merge shows a person twice; a
wrong one puts words in someone else's mouth):

* a **person** with a full name (two words or more, or a Hangul name) is keyed by that name,
  whatever the title or role around it: "President Yoon Suk Yeol" and "Yoon Suk Yeol" are
  ``p:yoon suk yeol``; case, hyphens ("Lee Jae-myung", "Lee Jae Myung") and a Hangul name in
  parentheses ("Kim Min-ji (김민지)") do not split a person;
* a person known by one word only (a bare surname: Kim, Lee and Park are a fifth of the
  country) is keyed per article, so never merged with anyone elsewhere;
* two people speaking together ("Both A and B said", given as "A and B") are keyed per
  article the same way: a pair is no person another article could mean;
* an **organisation** is keyed by its name, "Ministry of X" read as "X Ministry" ("the
  Ministry of Unification", "the Unification Ministry"), and an acronym the article itself
  defines ("... Ministry of Unification (MOU)") by the name it stands for;
* an **anonymous** speaker, a role without a name ("a senior official", "the spokesperson",
  "Foreign Minister"), is keyed per article and quotation: two people sharing a role noun
  are never one, and neither are two quotations of "an official";
* an unattributed quotation (no speaker) has no key.

Each quotation keeps the role that article gave: the words around the name ("Finance
Minister", "a professor at Korea University"), or for an anonymous speaker the phrase itself.

Standard library only; the role and organisation words come from :mod:`._lexicon`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from herald_tui.model import Article, Quote
from herald_tui.quotes._lexicon import ORG_HEADS, PERSON_TITLES, PLACES, ROLE_NOUNS
from herald_tui.quotes._tokens import PREPOSITIONS

__all__ = [
    "Speaker",
    "SpeakerKind",
    "article_speakers",
    "defined_acronyms",
    "fold",
    "speaker_key",
    "speaker_of",
]

SpeakerKind = Literal["person", "organisation", "anonymous"]

_UNNAMED_STARTS = frozenset(("a", "an", "the", "another", "one", "two", "three", "some"))
"""First words of a role phrase standing for someone unnamed ("a senior official")."""
_PAREN = re.compile(r"\s*\([^()]*\)")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANGUL_AFTER = re.compile(r"\s*\(\s*([\uac00-\ud7a3][\uac00-\ud7a3 ]*?)\s*\)")
_DASHES = re.compile(r"[-\u2010-\u2015]")
_REORDERED = re.compile(r"^(ministry|department) of (.+)$")
"""Bodies whose two English names swap the words: "Ministry of Unification" is the
"Unification Ministry", "Department of State" the "State Department" (not "Bank of Korea")."""
_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,9})\)")
_CONNECTORS = frozenset(("of", "and", "for", "on", "the", "&"))
_MAX_NAME_WORDS = 9
_NAME_WINDOW = 160  # characters before an acronym searched for its name (9 long words)


@dataclass(frozen=True, slots=True)
class Speaker:
    """The People identity of one quotation's speaker."""

    key: str
    """``p:<full name>``, ``p:<name>@<url>`` (one word: this article only), ``o:<name>``,
    or ``a:<url>#<quote number>``."""
    name: str
    """Display name: the name alone, or the anonymous speaker as the article put it."""
    kind: SpeakerKind
    role: str | None
    """The role this article gave the speaker, if any."""
    names: tuple[str, ...]
    """Folded names a name search matches: the name, and its Hangul form when printed."""


def fold(text: str) -> str:
    """``text`` as names are compared: NFKC, case-folded, dashes as spaces, single spaces."""
    text = _DASHES.sub(" ", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(text.replace("’", "'").split())


def article_speakers(article: Article) -> list[Speaker | None]:
    """The speaker of each of ``article.quotes`` (None for an unattributed one), in order."""
    # Acronyms and Hangul forms are both defined in parentheses: most paragraphs have none.
    texts = [text for text in (article.headline, *article.paragraphs) if "(" in text]
    acronyms = defined_acronyms(texts)
    return [speaker_of(article.url, n, q, acronyms, texts) for n, q in enumerate(article.quotes)]


def speaker_key(article: Article, quote: Quote) -> str | None:
    """The key of ``quote``'s speaker, ``quote`` being one of ``article.quotes`` (None when
    it has no speaker, or is not one of them)."""
    for number, known in enumerate(article.quotes):
        if known == quote:
            texts = (article.headline, *article.paragraphs)
            speaker = speaker_of(article.url, number, quote, defined_acronyms(texts), texts)
            return speaker.key if speaker else None
    return None


def speaker_of(
    url: str,
    number: int,
    quote: Quote,
    acronyms: dict[str, str] | None = None,
    texts: Sequence[str] = (),
) -> Speaker | None:
    """The speaker of ``quote``, number ``number`` of the article at ``url``.

    ``acronyms`` maps the acronyms the article defines to their names (see
    :func:`defined_acronyms`); ``texts`` (headline and paragraphs) are searched for a Hangul
    form of the name.
    """
    full = (quote.speaker or "").strip()
    short = _PAREN.sub("", quote.speaker_short or full).strip()
    if not full or not short:
        return None
    kind, key, name, role, names = _classify(full, short, (acronyms or {}).get(short))
    if kind == "anonymous":
        return Speaker(f"a:{url}#{number}", name, kind, role, names)
    if kind == "person":
        hangul = _hangul_form(short, (full, *texts))
        names = (*names, hangul) if hangul else names
        if not key:  # one word: a surname means no one outside this article
            return Speaker(f"p:{names[0]}@{url}", name, kind, role, names)
    return Speaker(key, name, kind, role, names)


@lru_cache(maxsize=4096)
def _classify(
    full: str, short: str, expanded: str | None
) -> tuple[SpeakerKind, str, str, str | None, tuple[str, ...]]:
    """``(kind, key, name, role, names)`` of a speaker, what does not depend on the article
    (cached: a few hundred speakers fill most of the news); ``key`` is empty for a speaker
    keyed per article."""
    if _unnamed(full, short):
        return "anonymous", "", full, full, (fold(full),)
    role = _role(_PAREN.sub("", full).strip(), short)
    if expanded is not None or _organisation(short):
        name = _org_name(expanded or short)
        names = tuple(dict.fromkeys((fold(name), fold(short))))
        return "organisation", f"o:{_org_key(name)}", name, role, names
    folded = fold(short)
    # two people speaking together ("Both A and B said": "A and B") are no person of their
    # own, so they are kept to the article like a bare surname
    whole = (" " in folded or _HANGUL.search(folded)) and " and " not in folded
    return "person", f"p:{folded}" if whole else "", short, role, (folded,)


def defined_acronyms(texts: Sequence[str]) -> dict[str, str]:
    """Acronyms the texts define in parentheses after a name, mapped to that name:
    "the Ministry of Unification (MOU)" gives ``{"MOU": "Ministry of Unification"}``."""
    found: dict[str, str] = {}
    for text in texts:
        for match in _ACRONYM.finditer(text):
            # A window, not the whole text before: a text full of "(AB)" stays linear.
            before = text[max(0, match.start() - _NAME_WINDOW) : match.start()]
            name = _name_before(before, match[1])
            if name and match[1] not in found:
                found[match[1]] = name
    return found


def _name_before(text: str, acronym: str) -> str:
    """The capitalised name ending ``text`` whose first word starts like ``acronym``."""
    words = text.split()[-_MAX_NAME_WORDS:]
    run: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word.lower() in _CONNECTORS) or word.endswith(","):
            break
        run.insert(0, word)
    while run and not (run[0][:1] == acronym[0] and run[0][:1].isupper()):
        run.pop(0)
    return " ".join(run)


def _unnamed(full: str, short: str) -> bool:
    """True for a role without a name: "a senior official", "the Foreign Ministry
    spokesperson", "Foreign Minister", "residents"."""
    first = full.split(" ", 1)[0].lower()
    words = fold(short).split()
    generic = all(w in ORG_HEADS or w in ROLE_NOUNS for w in words)
    if len(words) == 1 and short.isupper() and _organisation(short):
        return False  # an acronym names one body: "JCS", even where the article never spells it
    if first == "the" and len(words) > 1 and not generic and _organisation(short):
        # "the unification ministry" is the Unification Ministry ("the ministry" any), but
        # "the Foreign Ministry spokesperson" is someone unnamed
        named = words[-1] in ORG_HEADS or short[:1].isupper()
        if named and not _person_word(words[0]) and not _person_word(words[-1]):
            return False
    if first in _UNNAMED_STARTS or not (short[:1].isupper() or _HANGUL.match(short)):
        return True
    if _organisation(short):
        # A name needs a word of its own: "Ministry" or "Office" alone is any of them.
        return generic
    return words[-1] in ROLE_NOUNS or words[-1] in PERSON_TITLES


def _person_word(word: str) -> bool:
    """A role or title of a person ("spokesperson", "chief"), not a body's ("ministry")."""
    return (word in ROLE_NOUNS or word in PERSON_TITLES) and word not in ORG_HEADS


def _organisation(name: str) -> bool:
    """True when a name names a body, not a person (the extractor's own test, on words)."""
    words = fold(name).split()
    if any(w in ORG_HEADS for w in words) or "of" in words or "for" in words:
        return True
    if len(words) == 1 and len(name) >= 2 and name.isupper() and name != "U.S.":
        return True  # an acronym: KCNA, JCS, BOK
    return words[-1] in PLACES or " ".join(words) in ("north korea", "south korea")


def _org_name(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() == "the" else name


def _org_key(name: str) -> str:
    folded = fold(name)
    reordered = _REORDERED.match(folded)
    return f"{reordered[2]} {reordered[1]}" if reordered else folded


def _role(full: str, short: str) -> str | None:
    """The words the article put around the name: title before, appositive after."""
    at = full.find(short)
    if at < 0:
        return None
    title = full[:at].strip()
    appositive = full[at + len(short) :].strip().lstrip(",").strip()
    if title and appositive:
        joint = " " if appositive.split(" ", 1)[0] in PREPOSITIONS else ", "
        return f"{title}{joint}{appositive}"
    return title or appositive or None


def _hangul_form(name: str, texts: Sequence[str]) -> str:
    """The Hangul form printed after the name in the article ("Kim Min-ji (김민지)"), or ""."""
    for text in texts:
        at = text.find(name)
        while at >= 0:
            if match := _HANGUL_AFTER.match(text, at + len(name)):
                return match[1]
            at = text.find(name, at + 1)
    return ""
