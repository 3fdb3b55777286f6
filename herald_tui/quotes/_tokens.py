"""Tokens of masked narration, and the word classes the phrase rules test them against.

A token is a word (letters, digits, inner hyphens and apostrophes: "Kim", "Min-ji", "Korea's";
a period only after an abbreviation or initial: "Rep.", "U.S."), a punctuation mark, or a
masked quotation (quoted words never reach the rules, see :mod:`._narration`).
"""

from __future__ import annotations

import re

from herald_tui.quotes._lexicon import (
    ABBREVIATIONS,
    AUXILIARIES,
    CALENDAR,
    DETERMINERS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    NOT_NAME,
    NOT_TITLES,
    ORDINALS,
    PERSON_ROLES,
    PERSON_TITLES,
    PHRASE_BOUNDARIES,
    REPORTING_VERBS,
    ROLE_GENDER,
    ROLE_NOUNS,
    TIME_WORDS,
    lowercase,
    wordset,
)

WORD, PUNCT, QUOTE = "word", "punct", "quote"
# A token with the gap before it (characters no token starts with: "-" unless another
# follows), or the gap to the end. One findall gives every token and gap, so offsets are sums
# of lengths with no match object per token (the extractor's hottest loop). Runs are
# possessive: giving a character back never lets what follows match.
_GAP = r"[^\w\x00\",;:()\[\]—–.?!-]*+(?:-(?!-)[^\w\x00\",;:()\[\]—–.?!-]*+)*+"
# Round 247: a number keeps its thousands commas ("45,000"), and a comma after it is
# punctuation ("to 30,000, saying" was "30", ",", "000", which split the sentence there).
_TOKEN = re.compile(
    rf"({_GAP})"  # the gap before the token
    r"(?:(\d{1,3}(?:,\d{3})+(?!\d|,\d)|\w[\w&'-]*+(?:\.(?=[^\W\d])[\w&'-]*+)*+\.?)"  # a word
    r"|(\"?\x00[\x00.?!]*+\"?|\")"  # a masked quotation
    r"|(--|[,;:()\[\]—–.?!])"  # punctuation
    r"|\Z)"  # a gap that runs to the end
)
PREPOSITIONS = frozenset(("of", "at", "for", "from", "in", "to", "near"))
# Unions the predicates below test in one lookup (they run for nearly every token).
_BOUNDARY_WORDS = PHRASE_BOUNDARIES | NOT_NAME | REPORTING_VERBS
NOT_NAME_WORDS = NOT_NAME | (REPORTING_VERBS - {"post", "express", "order"}) | {"every", "each"}
"""Capitalised words no name holds: :func:`is_name`, spelled out where it runs per token
("Post" and "Express" may: "Korea Post", "The Hanbit Post", "Hanjin Express"; round 232: and
"Order", a religious order's last word: "The Jogye Order said", not "Jogye"). Round 128:
"Every" and "Each", which open a sentence with a time or a distributive ("Every Tuesday,
NAME boards ...", "Each week NAME chairs ..."), never a name (round 124 tried them and left
them while "NAME boards the ferry" still read as a role phrase; lowercase they stay
modifiers: "The coaches each warned")."""
_PERSON_OBJECT_VERBS = wordset(
    "heard saw met watched spotted discovered recruited hired beat defeated replaced succeeded"
    " joined thanked praised"
) | wordset(
    # Round 37: past tenses of verbs whose person object is acted on, not the speaker,
    # written from English news prose at large (rebuking, praising, visiting, pressing,
    # questioning, suing), not from the corpus. Pruned by one rule, English at large: out
    # are participles that often stand before a noun as adjectives ("invited guests",
    # "elected officials", "the ousted leader", "a jailed activist", "forced labor",
    # "informed sources", "sacked workers", "briefed lawmakers"), which may describe a
    # speaker's noun.
    """
    rebuked scolded chided reprimanded admonished berated lambasted castigated censured
    faulted chastised upbraided lectured reproached mocked ridiculed taunted insulted
    attacked congratulated commended applauded lauded saluted greeted hugged embraced
    visited phoned telephoned contacted summoned questioned quizzed grilled
    consulted pressed pressured lobbied persuaded convinced encouraged exhorted challenged
    dared advised reminded notified alerted sued prosecuted fined defended
    hosted pushed nudged prodded cajoled coaxed goaded dissuaded forbade barred compelled
    tasked
    """
)
"""Past tenses that take a person as their object ('who heard Ha at a competition', 'Kim
rebuked | Lee'): a verb before a name, never a word describing it (no title "heard")."""
_NOT_MODIFIERS = (
    DETERMINERS | PHRASE_BOUNDARIES | REPORTING_VERBS | PREPOSITIONS | AUXILIARIES
) | _PERSON_OBJECT_VERBS


class Token:
    """A word, punctuation mark or masked quotation, with its offsets in the paragraph.

    Built by :func:`token`, or field by field in the tokenizer's loop: the class has no
    ``__init__``, so ``Token()`` is a bare instance made in C (the tokenizer makes one per
    word, and a call through ``object.__new__`` or a Python ``__init__`` costs twice as much).
    """

    __slots__ = ("capitalised", "end", "kind", "lower", "start", "text")

    text: str
    kind: str
    start: int
    end: int
    lower: str
    """The text lowercased (computed once: the rules compare it constantly)."""
    capitalised: bool

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.kind}, {self.start}, {self.end})"

    def is_word(self, *words: str) -> bool:
        return self.kind == WORD and self.lower in words


def token(text: str, kind: str, start: int, end: int) -> Token:
    """A token of ``kind`` for ``text`` at ``start:end``."""
    tok = Token()
    tok.text = text
    tok.kind = kind
    tok.start = start
    tok.end = end
    tok.lower = text if text in _ACRONYMS else lowercase(text)
    tok.capitalised = kind == WORD and text[0].isupper()
    return tok


def inner_capital(tok: Token) -> bool:
    """Round 296: True for a word whose second letter is a capital ("eXchange" of the Digital
    Asset eXchange Alliance, "iPhone"): a name's word where a capitalised run holds it. Read
    by the name-run reader only, at a run's left end, not for every token the tokenizer
    builds (which would add a test to every lowercase word)."""
    text = tok.text
    return tok.kind == WORD and text[:1].islower() and text[1:2].isupper()


_ACRONYMS = frozenset(("IT", "WHO", "ADD", "aT"))
"""Round 158: acronyms spelled as a pronoun in capitals ("the Freedonia IT Workers' Union",
"the WHO said"): a name's word, never "it" or "who", so their lowered form stays in capitals
(no word list holds it). Round 290: "ADD", the Agency for Defense Development, spells a verb
of saying ('"...," the ADD said' had no speaker: "add" ended its phrase). Round 305: "aT", the
Korea Agro-Fisheries & Food Trade Corp., spells "at" ('an aT official said' lost its "an aT":
the preposition ended the phrase). Tested inline where each token is built, as ``lowercase``
is: a helper function called per token cost 0.9% of the extractor's instructions (session
27)."""


def tokens(masked: str, start: int, end: int) -> list[Token]:
    """Tokens of ``masked[start:end]``; a period ends a word only after an abbreviation."""
    out: list[Token] = []
    if start or end != len(masked):
        _read(masked, start, end, out)
        if "SK " in masked:
            _lowercase_brands(out)
        return out
    # No token holds a space, and each regex test at a piece's edge ends the same against a
    # space as at the end of the text, so the text is read piece by piece between spaces: a
    # piece of letters and digits alone (most words) is one token without the regex, whose
    # cost is per match. A piece starts one space after the end of the one before (summed
    # here: summing in C, with map() and accumulate(), made three int objects a piece).
    append = out.append
    make = Token  # the extractor's hottest loop: a bare token, its attributes set here
    word = WORD
    after = 0  # where the next piece starts
    for piece in masked.split(" "):
        at = after
        after = at + len(piece) + 1
        if piece.isalnum():  # most pieces: a word alone
            tok = make()
            tok.text = piece
            tok.kind = word
            tok.start = at
            tok.end = after - 1
            tok.lower = piece if piece in _ACRONYMS else lowercase(piece)
            tok.capitalised = piece[0].isupper()
            append(tok)
            continue
        if not piece:
            continue  # two spaces in a row (a blanked dateline is a run of them)
        # a comma or a period after a word is split off as _read would
        core = piece[:-1] if piece[-1:] in (",", ".") else piece
        # (the helpers below are spelled out: a call per piece costs more than its test)
        if not (
            core[:1].isalnum()
            and (core.isalnum() or core.replace("-", "").replace("'", "").isalnum())
        ):  # not letters and digits with hyphens or apostrophes between ("Min-ji")
            if core[:2] == '"\x00' and _masked_quotation(core):
                tok = make()  # most quotations, masked: one piece
                tok.text = tok.lower = core
                tok.kind = QUOTE
                tok.start = at
                tok.end = end = at + len(core)
                tok.capitalised = False
                append(tok)
                if core is not piece:
                    tok = make()
                    tok.text = tok.lower = piece[-1]
                    tok.kind = PUNCT
                    tok.start = end
                    tok.end = end + 1
                    tok.capitalised = False
                    append(tok)
            elif piece[-1] in ":;" and piece[:-1].isalnum():  # "said:", "minister:"
                append(token(piece[:-1], WORD, at, at + len(piece) - 1))
                append(token(piece[-1], PUNCT, at + len(piece) - 1, at + len(piece)))
            elif piece[0] == "(" and piece[-1] == ")" and piece[1:-1].isalnum():  # "(KCNA)"
                append(token("(", PUNCT, at, at + 1))
                append(token(piece[1:-1], WORD, at + 1, at + len(piece) - 1))
                append(token(")", PUNCT, at + len(piece) - 1, at + len(piece)))
            else:
                _read(masked, at, at + len(piece), out)  # the regex reads the rest
            continue
        tail = ""  # a word, then any comma or period split off it
        if core is not piece and (
            piece[-1] == "," or not _keeps_period(piece) or _lettered(core, out)
        ):
            piece, tail = core, piece[-1]
        tok = make()  # (a word with hyphens or apostrophes, or an abbreviation's period)
        tok.text = piece
        tok.kind = word
        tok.start = at
        tok.end = end = at + len(piece)
        tok.lower = piece if piece in _ACRONYMS else lowercase(piece)
        tok.capitalised = piece[0].isupper()
        append(tok)
        if tail:
            tok = make()
            tok.text = tok.lower = tail
            tok.kind = PUNCT
            tok.start = end
            tok.end = end + 1
            tok.capitalised = False
            append(tok)
    if "SK " in masked:  # (one search a paragraph: the brands are rare)
        _lowercase_brands(out)
    return out


_SK_BRANDS = wordset(
    """
    hynix innovation ecoplant bioscience biopharmaceuticals chemicals siltron square
    shieldus networks materials gas discovery
    """
)
"""Round 317: the SK group's affiliates, whose names the group writes in lowercase after "SK"
("SK hynix", "SK innovation"): a name's word, as a capital would make it."""


def _lowercase_brands(out: list[Token]) -> None:
    """Round 317: mark the lowercase word of an SK affiliate's name ("SK | hynix") as a name's
    word, so the name reader keeps it ("SK hynix said" was "SK", and '"...," SK hynix said'
    had no speaker)."""
    for k in range(1, len(out)):
        tok = out[k]
        if tok.lower in _SK_BRANDS and out[k - 1].text == "SK" and not tok.capitalised:
            tok.capitalised = True


def _masked_quotation(core: str) -> bool:
    """A masked quotation between its marks, alone: what the regex reads as one token."""
    return len(core) > 2 and core[-1] == '"' and not core[1:-1].strip("\x00.?!")


def _read(masked: str, start: int, end: int, out: list[Token]) -> None:
    """Append the tokens of ``masked[start:end]`` to ``out``."""
    append = out.append
    make = Token
    at = start
    for gap, word, quoted, punct in _TOKEN.findall(masked, start, end):
        first = at + len(gap)
        tok = make()
        if word:  # most tokens: no table lookup
            at = first + len(word)
            if word[-1] == "." and (not _keeps_period(word) or _lettered(word[:-1], out)):
                word = word[:-1]
                append(token(word, WORD, first, at - 1))
                tok.text, tok.kind, tok.start, tok.end = ".", PUNCT, at - 1, at
                tok.lower, tok.capitalised = ".", False
            else:
                tok.text, tok.kind, tok.start, tok.end = word, WORD, first, at
                tok.lower, tok.capitalised = (
                    word if word in _ACRONYMS else lowercase(word),
                    word[0].isupper(),
                )
        elif quoted or punct:
            text = quoted or punct
            at = first + len(text)
            tok.text, tok.start, tok.end = text, first, at
            tok.kind = QUOTE if quoted else PUNCT
            tok.lower, tok.capitalised = text, False
        else:
            break  # the gap ran to the end
        append(tok)


_LETTERED = wordset(
    """
    group pool division class grade plan type block zone section gate hall tier category
    phase level line terminal platform exit ward wing
    """
)
"""Round 319: nouns a capital letter labels ("Group A", "Terminal 2", "Plan B"): a period after
that letter ends the sentence ("... in Group B. Coach Kim said"), no person's initial."""


def _lettered(stem: str, out: list[Token]) -> bool:
    """Round 319: True when ``stem``, one capital letter, labels the noun before it ("Group
    | B."), so the period after it is the sentence's (read only for a one-letter word)."""
    return len(stem) == 1 and bool(out) and out[-1].lower in _LETTERED


def _keeps_period(word: str) -> bool:
    stem = word[:-1]
    return len(stem) == 1 or "." in stem or lowercase(stem) in ABBREVIATIONS


def is_boundary(tok: Token | None) -> bool:
    """True when ``tok`` may stand just before a subject phrase."""
    return tok is None or tok.kind != WORD or tok.lower in _BOUNDARY_WORDS


def is_name(tok: Token) -> bool:
    """A capitalised word that may be part of a name (not "The", "Tuesday", "Said")."""
    return tok.capitalised and tok.lower not in NOT_NAME_WORDS


def is_modifier(tok: Token) -> bool:
    """A word that may describe a head noun: "senior", "North Korea's", "unification"."""
    if tok.kind != WORD:
        return False
    low = tok.lower
    if low not in _FUNCTION_OR_NOT_NAME:
        return True  # most words: one lookup
    if low == "state":
        return True  # "state media": an adjective far more often than the verb
    return not (
        low in _NOT_MODIFIERS or (low in NOT_NAME and not (low in CALENDAR and not tok.capitalised))
    )


_FUNCTION_OR_NOT_NAME = _NOT_MODIFIERS | NOT_NAME
"""Every word :func:`is_modifier` may reject (it runs for most words of every phrase read)."""


def is_title(tok: Token) -> bool:
    """A title or role word: "Minister", "spokesperson", "officials"."""
    return tok.kind == WORD and (tok.lower in PERSON_TITLES or role_of(tok.lower) != "")


def is_head_noun(tok: Token) -> bool:
    """A lowercase word that may head a noun phrase: not a function word, a reporting verb,
    a participle or an adverb ("potter", "runner-up", "45-year-old"; not "surnamed")."""
    low = tok.lower
    return tok.text.islower() and is_modifier(tok) and not _suffixed(low)


def is_title_shaped(tok: Token) -> bool:
    """A word that may title the name after it even if no list knows it ("glassblower Ahn",
    "Potter Han"): a noun, so not a participle, a present-tense verb, an irregular past
    or an ordinal ("beating Lee", "meets Lee", "met Lee", "a second Facebook")."""
    if tok.kind != WORD or tok.lower[-2:] == "'s":
        return False
    low = tok.lower
    if is_title(tok):
        # a plural role names a group, no one person: 'Among lawyers | Hwang was known'
        return not (low[-1:] == "s" and low[-2:] != "ss" and role_of(low) not in ("", low))
    if _suffixed(low) or (low[-1:] == "s" and low[-2:] != "ss"):
        return False
    if low in IRREGULAR_PAST or low in ORDINALS or low in NOT_TITLES:
        return False
    if low in IRREGULAR_PARTICIPLES:
        return False  # round 346: "who has known | Na"
    # round 54: a compound noun's hyphen is no bar ("left-hander Baek", "co-pilot Ra")
    return is_modifier(tok) and (low.isalpha() or _compound(low))


def _compound(low: str) -> bool:
    """True for two or three letter-only parts joined by hyphens, the last of three letters
    or more: "left-hander", "co-pilot" (not "40-year-old", not "so-called": a participle
    is caught before)."""
    parts = low.split("-")
    return 2 <= len(parts) <= 3 and len(parts[-1]) >= 3 and all(p.isalpha() for p in parts)


def singular(word: str) -> str:
    """``word`` without a plural "s" ("beekeepers" -> beekeeper; "boss" stays)."""
    return word[:-1] if len(word) > 3 and word[-1:] == "s" and word[-2:] != "ss" else word


def _suffixed(low: str) -> bool:
    """True for a word ending like a participle or an adverb: "-ed", "-ing", "-ly".

    The word tests here compare slices rather than call ``str.endswith``: in CPython 3.11
    that method parses its arguments the slow way, several times the cost of a slice."""
    return low[-2:] in ("ed", "ly") or low[-3:] == "ing"


def role_of(word: str) -> str:
    """The role noun ``word`` names, plurals included ("officials" -> official), or ""."""
    return ROLES.get(word, "")


def _with_plurals(roles: dict[str, str]) -> dict[str, str]:
    """``roles`` with each noun's plural ("official" + "s") where the noun alone is not in it
    with a role: one lookup per call of :func:`role_of`, which runs for most tokens."""
    plurals = {f"{w}s": r for w, r in roles.items() if r and len(w) >= 3 and w not in _SINGULAR}
    return {**plurals, **{w: r for w, r in roles.items() if r}}


_SINGULAR = PERSON_ROLES | frozenset(ROLE_GENDER)
"""Round 26's person nouns: roles in the singular only (see ``_lexicon.PERSON_ROLES``)."""
ROLES = _with_plurals(ROLE_NOUNS)
"""Every role noun and plural with its role (none empty): ``word in ROLES`` is ``role_of``."""


def skip_auxiliaries(toks: list[Token], j: int, floor: int = 0) -> int:
    """Index of the last token at or before ``j`` that is not an auxiliary or a time word
    ("Kim also said", "he has said", "North Korea on Tuesday denounced")."""
    while j >= floor and toks[j].kind == WORD:
        low = toks[j].lower
        if not (low in AUXILIARIES and toks[j].text.islower()) and low not in TIME_WORDS:
            break
        j -= 1
    return j
