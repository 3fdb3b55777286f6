"""Terms a sentence defines, designates or names as words (issue 13, round 9a).

:func:`mentioned_as_word <herald_tui.quotes._terms.mentioned_as_word>` asks :func:`glossed`
about a partial quotation its own frames do not recognise. These frames are how wire copy
introduces a term whoever writes it, and they hold whatever speaker stands in the sentence
('Kim said disputes over "cheungganoeum," or noise between floors, were rising': the word is
the writer's gloss, not Kim's words):

* a gloss after the term: '"ddaemiri," or scrubbing attendant,', '"gapjil" is short for ...',
  '"sonmat," which literally means ...';
* a definition after it: '"quantum advantage," the point at which ...', '"wash trading," in
  which the same party ...' (after "such as", "about", a possessive: the name of a practice);
* an official act that gives a thing its class: 'designated the area "water-stressed"',
  'rated the bank "excellent"', 'was labeled a "ghost town"' (not 'called the plan
  "reckless"': a characterising verb gives the speaker's words);
* a step of a scale: 'kept its "hold" rating', 'upgraded the stock to "overweight"';
* a noun that names its quotation: 'under the headline "..."', 'under the banner of "..."',
  'the party's line of "..."';
* a title after the noun of a thing with titles, however cased ('the ballet "blue hour"',
  'her mural, "blue hour," was'), or in strict sentence case inside narration ('starred in
  "Blue hour" in 2019');
* a word spoken of as a word: 'mentions of "recession"', 'words like "..."', 'preferring
  "digital artists"' after 'the term';
* the name of a kind of thing: a coined one with its head ('a rarely used "stay-at-home
  order"'), a one-word one ('a 48-hour "lockdown" order'), a body's own ('a scheme it
  promotes as "..."'), what is launched or sold ('launched "hello neighbor," a service').

:func:`named_thing` reads one frame that cannot be told from the subject's words ('called
the operation "the farm"'): the span is kept with no speaker.

Each test reads a few tokens around the quotation. A short quotation in a sentence whose
speaker is known and that none of these frames holds stays that speaker's partial quotation.
"""

from __future__ import annotations

from herald_tui.quotes._attribute import ADJECTIVE_ENDINGS, KINDS, Narration, plural_word, words
from herald_tui.quotes._lexicon import (
    BE_FINITE,
    LABEL_VERBS,
    OWNED,
    REPORTING_VERBS,
    TERM_NOUNS,
    lowercase,
    wordset,
)
from herald_tui.quotes._tokens import QUOTE, WORD, Token, role_of, singular

_REACH = 5  # tokens a gloss, a definition or a designating verb may take
_BE = BE_FINITE
_GLOSS_NOT = wordset(
    """
    even at perhaps maybe possibly worse better rather more less not so else otherwise both
    either whether something anything nothing none all simply just also and but
    """
)
"""Words that open a second description, not a gloss: '"reckless," or at least hasty'."""
_NOT_NOUN_ENDINGS = (*ADJECTIVE_ENDINGS, "ed", "ly", "ing", "ic", "al", "ent", "ant", "est")
_DEFINERS = wordset(
    """
    point practice process idea concept notion feeling sense state condition share ratio
    proportion kind type form style way act custom habit method mix blend attachment belief
    phenomenon tendency trend rule principle term word name
    """
)
"""Nouns an appositive defining a term opens with: '"qubit," the unit of ...'."""
_WHICH_PREPOSITIONS = wordset("at in by through under on for")
_DEFINING_CLAUSES = wordset("when where whereby")
_SUCH = wordset("as about over against from such into")
"""Words before a practice or a phenomenon named by its term: 'practices such as "..."',
'concern about "..."'."""
_PRONOUNS = wordset("he she they we i you it")
_DESIGNATING = wordset(
    """
    designates designated designating rated graded certifies certified reclassified classified
    flagged flags designate
    """
)  # round 182: and the bare "designate" ('will designate the lake a "water reserve"')
"""Official acts that put a thing in a named class: 'designated the area "water-stressed"'
(verb forms only: 'rates were "high"' is a noun and the speaker's word)."""
_PASSIVE_LABELS = wordset("labeled labelled branded tagged stamped declared")
"""Labels a thing receives, in the passive: 'was labeled a "ghost town"', 'was declared a
"special disaster zone"' (the active 'the North branded the drills "..."' or 'declared the
talks "a failure"' is the subject's own characterisation)."""
_NAMING_NOUNS = wordset(
    "headline headlines moniker codename tagline subtitle byline neologism keyword buzzword"
)
"""Nouns whose quotation right after them is what they name: 'under the headline "..."'."""
_WORD_ACTS = wordset(
    """
    mention mentions search searches reference references spelling pronunciation translation
    meaning definition origin coinage
    """
)
"""Nouns of doing something with a word: 'mentions of "recession"', 'searches for "..."'."""
_EXAMPLE_CUES = wordset("like including as")
"""Words that give examples of words: 'words like "..."', 'terms such as "..."'."""
_WORD_VERBS = wordset(
    "prefer prefers preferred preferring avoid avoids avoided avoiding use uses using used"
)
_KIND_HEADS = KINDS | wordset("order ban alert warning mandate measure")
_OWNERS = wordset("the a an its their his her our this")


def glossed(nar: Narration, q: int, text: str, *, full: bool) -> bool:
    """True when the quotation ``text`` at token ``q`` of ``nar`` is a term by one of the
    frames this module reads (see its docstring), whoever speaks in the sentence. A ``full``
    quotation (one that opens a statement) is a term only when a gloss or a definition
    follows it."""
    found = words(text)
    if not found:
        return False
    prev = nar.word_before(q)
    if prev is not None and _named_by_noun(nar, q, prev):
        return True  # 'under the headline "Let Us ... ."': a title, though it reads as a sentence
    if prev is not None and _titled_thing(nar, q, prev, found, full=full):
        return True  # 'the ballet "blue hour"', 'his mural, "blue hour," was': its title
    if prev is not None and _sentence_case_title(nar, q, prev, text):
        return True  # 'she starred in "Blue hour" in 2019': a title in sentence case
    if len(found) > 4:
        return False
    if _glossed_after(nar, q, found) or _defined_by_appositive(nar, q, found):
        return True  # even after "said": 'Kim said "gapjil" is short for ...' is no statement
    if full or prev is None:
        return False
    if prev.text == ",":
        return _level_named(nar, q, found)
    if prev.kind != WORD:
        return False
    if _practice_defined(nar, q, prev, found) or _designated(nar, q, prev):
        return True
    if _word_spoken_of(nar, q, prev) or _coined_kind(nar, q, found):
        return True
    if _scale_step(nar, q, found) or _rated_to(nar, q, prev, found):
        return True
    if _launched(nar, q, prev, found) or _sold_as(nar, q, prev, found):
        return True
    if _own_name(nar, q, prev, found):
        return True
    return _one_word_kind(nar, q, prev, found)


def _after(nar: Narration, q: int) -> int:
    """The token after the quotation at ``q`` and its comma, or -1 when no comma sets it off."""
    k = q + 1
    if k < len(nar.toks) and nar.toks[k].text == ",":
        return k + 1
    return k if nar._comma(q) else -1


_SHORT_FOR = frozenset(("short", "shorthand", "slang", "jargon", "lingo", "code"))
"""Nouns of a word's kind before "for" in a gloss: '"...," slang for ...'."""


def _glossed_after(nar: Narration, q: int, found: list[str]) -> bool:
    """A gloss right after the term: '"gapjil" is short for', '"sonmat," which literally
    means', '"ddaemiri," or scrubbing attendant,'."""
    toks = nar.toks
    k = q + 1
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if k + 1 < len(toks) and toks[k].lower in _BE:
        k += 1  # '"gapjil" is short for'
    if k + 1 < len(toks) and toks[k].lower in _SHORT_FOR and toks[k + 1].lower == "for":
        return True  # round 14: '"...," slang for money saved'
    if k + 1 < len(toks) and toks[k].lower in ("which", "that"):
        k += 1  # '"sonmat," which literally means'
    if k < len(toks) and toks[k].lower in ("literally", "means", "meant"):
        if _meant_to(toks, k):
            return False  # round 204: 'are "fully mobile units" meant to ...': intended to
        return len(found) <= 3
    if q + 1 < len(toks) and toks[q + 1].text in _DASHES and len(found) <= 3:
        return _dashed(toks, q + 2)  # '"sovereign AI" -- models built and run here --'
    start = _after(nar, q)
    if start < 0 or start >= len(toks) or toks[start].lower != "or" or len(found) > 2:
        return False
    return _gloss(toks, start + 1) or _named_gloss(toks, start + 1)


def _meant_to(toks: list[Token], k: int) -> bool:
    """Round 204: True for "meant to" at ``k``: a participle of purpose after the quotation
    ('called the drones "purely civilian tools" meant to map fields', invented), which says
    what the thing is for, no gloss of what a word means ('"jeong" meant affection')."""
    return toks[k].lower == "meant" and k + 1 < len(toks) and toks[k + 1].lower == "to"


def _named_gloss(toks: list[Token], k: int) -> bool:
    """True when one to four capitalised words from ``k``, "the" before them or not, end at a
    comma or a bracket: a term's name in English ('"hallyu," or the Korean Wave,'), not a
    clause ('or Seoul was stalling them') or a description ('or Tak's boldest,')."""
    if k < len(toks) and toks[k].lower == "the":
        k += 1
    j = k
    while j < len(toks) and j - k < 4 and toks[j].kind == WORD and toks[j].capitalised:
        j += 1
    return j > k and j < len(toks) and toks[j].text in (",", ")")


_DASHES = ("--", "—")


def _dashed(toks: list[Token], k: int) -> bool:
    """True when words with no verb of saying run from ``k`` to a closing dash within a few
    words: an aside that says what the quoted term is."""
    for j in range(k, min(len(toks), k + 2 * _REACH)):
        tok = toks[j]
        if tok.text in _DASHES:
            return j > k
        if tok.kind == QUOTE or tok.lower in REPORTING_VERBS or tok.lower in _PRONOUNS:
            return False
    return False


def _gloss(toks: list[Token], k: int, ends: tuple[str, ...] = (",", ".", ")", "--", ";")) -> bool:
    """True when one to five lowercase words from ``k`` end at a comma, a period, a bracket
    or a dash: a gloss ('or noise between floors,'), not a second description ('or at least
    hasty', 'or reckless,')."""
    end = min(len(toks), k + _REACH + 1)
    j = k
    while j < end and toks[j].kind == WORD and toks[j].text.islower():
        if toks[j].lower in _GLOSS_NOT or toks[j].lower in REPORTING_VERBS:
            return False
        j += 1
    if j == k or (j < len(toks) and toks[j].text not in ends):
        return False
    return j - k > 1 or not toks[k].lower.endswith(_NOT_NOUN_ENDINGS)


def _defined_by_appositive(nar: Narration, q: int, found: list[str]) -> bool:
    """An appositive that defines the term: '"quantum advantage," the point at which a
    machine ...', '"jeong," a deep attachment to ...' (not '"demographic cliff," the worst
    in the OECD', nor '"a turning point," the company said')."""
    toks = nar.toks
    k = _after(nar, q)
    if k < 0 or k >= len(toks) or toks[k].lower not in ("the", "a", "an") or len(found) > 3:
        return False
    if found[0] in _OWNERS:
        return False
    for j in range(k + 1, min(len(toks) - 1, k + _REACH + 1)):
        tok = toks[j]
        if tok.kind != WORD and tok.text != ",":
            return False
        if tok.kind == WORD and (not tok.text.islower() or tok.lower in REPORTING_VERBS):
            return False
        if tok.lower in _WHICH_PREPOSITIONS and toks[j + 1].lower == "which":
            return True
        if singular(tok.lower) in _DEFINERS and toks[j + 1].lower in _DEFINER_LINKS:
            return True
    return False


_DEFINER_LINKS = wordset("of for to in that where whereby")


def _practice_defined(nar: Narration, q: int, prev: Token, found: list[str]) -> bool:
    """A practice named by its term and defined by the clause after its comma: 'practices
    such as "wash trading," in which the same party ...', 'last year's "chip winter," when
    prices plunged' (not '"overheated," in which case ...', nor a clause about a person)."""
    if len(found) > 3 or prev.lower in REPORTING_VERBS or prev.lower in LABEL_VERBS:
        return False
    such = prev.lower in _SUCH or prev.lower.endswith(("'s", "’s"))
    if not all(w.replace("-", "").isalpha() and w.islower() for w in found):
        return False
    toks = nar.toks
    k = _after(nar, q)
    if k < 0 or k + 1 >= len(toks):
        return False
    if toks[k].lower in _WHICH_PREPOSITIONS and toks[k + 1].lower == "which":
        return k + 2 < len(toks) and toks[k + 2].lower != "case"
    if not such or toks[k].lower not in _DEFINING_CLAUSES:
        return False  # 'resumed "shuttle diplomacy," under which ...' but not '..., when'

    nxt = toks[k + 1]
    return nxt.kind == WORD and nxt.text.islower() and nxt.lower not in _PRONOUNS


def _designated(nar: Narration, q: int, prev: Token) -> bool:
    """The class an official act puts a thing in: 'designated the area "water-stressed"',
    'rated the bank "excellent"', 'had been labeled a "ghost town"' (a verb of designating a
    few words back with only its object between)."""
    toks, floor = nar.toks, nar.floor(q)
    lo = floor if floor > q - _REACH else q - _REACH  # (not max(): a builtin call)
    for k in range(q - 1, lo - 1, -1):
        tok = toks[k]
        if tok.kind != WORD or tok.lower in REPORTING_VERBS or tok.lower in LABEL_VERBS:
            return tok.lower in _PASSIVE_LABELS and k > floor and toks[k - 1].lower in _PASSIVE
        if tok.lower in _DESIGNATING:
            return toks[k + 1].lower != "to"  # not 'rated to "..."'
        if tok.capitalised and k > floor:
            return False  # a name between: 'designated Kim "...': someone's words
    return False


_PASSIVE = _BE | wordset("been be being")


_LEVELS = wordset("level stage tier grade rating category status step")


def _level_named(nar: Narration, q: int, found: list[str]) -> bool:
    """A step of a scale named in apposition to it: 'raised the alert to its highest level,
    "serious," for ...' (one or two words after a comma and a level noun)."""
    toks = nar.toks
    return len(found) <= 2 and q > 1 and singular(toks[q - 2].lower) in _LEVELS


def _named_by_noun(nar: Narration, q: int, prev: Token) -> bool:
    """A noun that names the quotation right after it, after an owner: 'under the headline
    "..."', 'its tagline "..."', 'under the banner of "..."', 'the party's line of "..."'
    (the quotation is what it names)."""
    toks = nar.toks
    k = q - 1
    if prev.lower == "of" and q > 2 and toks[q - 2].lower in _NAMED_OF:
        k = q - 2  # 'under the banner of "Workers first"'
    elif prev.lower not in _NAMING_NOUNS:
        return False
    if k < 1:
        return False
    before = toks[k - 1].lower
    return before in _OWNERS or before.endswith(("'s", "’s"))


_TITLED_THINGS = wordset(
    """
    k-drama drama variety b-side ost soundtrack opera ballet painting sculpture installation
    mural game platform character ship vessel satellite rocket drone exercise podcast
    editorial poem story anthem lullaby manual guidebook textbook festival award prize app brand
    tournament tour concert musical play sitcom cartoon animation comic manhwa opera-house
    lineup collection compilation mixtape sequel franchise
    """
)
"""Things with titles or names: the quotation right after the noun (or set off by commas after
it) is that title ('the ballet "blue hour"'), however the writer cases it."""
_VERB_OPENERS = wordset(
    """
    is was were are be been has had have will would can could should may might must did does
    do not never went remains remained showed shows made makes became becomes left needs
    """
)
"""Words that open a predicate, not a title: 'the exercise "went well"' is the speaker's."""


def _titled_thing(nar: Narration, q: int, prev: Token, found: list[str], *, full: bool) -> bool:
    """A title right after the noun of a thing with titles, after its owner ('the ballet
    "...', 'his 2019 mural "...'), or set off by commas after it, even where a comma would
    open a statement ('said her mural, "...," was'); not a
    predicate ('the exercise "went well"'), a description ('the report, "a wake-up call,"')
    or a verb's object ('the weapon had hit "every target"')."""
    if found[0] in _VERB_OPENERS or found[0].endswith("ed") or found[0] in ("a", "an"):
        return False
    toks = nar.toks
    k = q - 1
    if prev.text == ",":
        after = _after(nar, q)
        if after < 0 or after >= len(toks) or not toks[after].text.islower():
            return False  # an appositive closes with a comma and its sentence goes on
        k -= 1
    elif full:
        return False
    noun = toks[k] if k >= 0 else None
    if noun is None or noun.kind != WORD or singular(noun.lower) not in _TITLED_THINGS:
        return False
    for j in range(k - 1, max(nar.floor(q), k - 3) - 1, -1):
        word = toks[j].lower
        if word in _OWNERS or word.endswith(("'s", "’s")):
            return not _complement(nar, q, j)
        if toks[j].kind != WORD or word in REPORTING_VERBS or word in _VERB_OPENERS:
            return False  # 'the weapon had hit "every target"': a verb, no noun
    return False


_KEEPING = wordset(
    "keep keeps kept keeping make makes made making leave leaves left leaving render renders"
)


def _complement(nar: Narration, q: int, owner: int) -> bool:
    """Round 174: True when a verb of keeping or making stands before the thing's determiner
    at ``owner`` and the quotation is all lower case: 'would keep the concert "affordable for
    every family"', 'made the tour "a lot more fun"' (what the thing is kept or made, the
    speaker's words; a title is capitalised, 'made the film "Blue Hour"')."""
    tok = nar.toks[q]
    text = nar.text[tok.start : tok.end]
    if owner < 1 or owner - 1 < nar.floor(q) or text != lowercase(text):
        return False
    return nar.toks[owner - 1].lower in _KEEPING


_NOT_IN_TITLES = wordset(
    """
    is was are were be been being am will would can could should must may might shall do does
    did not to i we you he she they it me us them no yes please thank thanks sorry okay ok
    never why what how who whom when where let
    """
)
"""Words that make a capitalised quotation a statement or a plea, not a title: 'urged
"Japan to withdraw"', '"We will win"', '"No comment"'."""


def _sentence_case_title(nar: Narration, q: int, prev: Token, text: str) -> bool:
    """A title in sentence case inside narration: 'starred in "Blue hour" in 2019', 'fans of
    "The little prince" lined up', 'In "Blue hour," Kim plays' (two to six words, the first
    capitalised, no verb of being, modal, pronoun or "to", nothing closing a sentence, after a
    word that neither says nor characterises; not 'called it "Seoul's worst mistake"')."""
    found = text.split()
    if not 2 <= len(found) <= 6 or not found[0][:1].isupper() or found[0].endswith(OWNED):
        return False
    core = text.rstrip().rstrip(",")
    if not core[-1:].isalnum() or any(w in _NOT_IN_TITLES for w in words(core)):
        return False
    if any(w[:1].isupper() for w in found[1:]):
        return False  # strict sentence case: 'aimed at "Beijing and Moscow"' lists names
    if prev.kind != WORD or prev.lower in REPORTING_VERBS or prev.lower in _PASSIVE:
        return False
    if prev.lower in ("that", "as", "and", "but"):
        return False  # 'warned that "...', 'described as "...'
    toks, floor = nar.toks, nar.floor(q)
    return not any(toks[k].lower in LABEL_VERBS for k in range(max(floor, q - 4), q))


_NAMED_OF = wordset(
    "banner slogan motto name title theme line policy principle doctrine strategy ideology"
)
"""Nouns whose "of" gives their name: 'under the banner of "..."', 'the party's line of
"..."' (not 'a period of "great hardship"', 'warned of "...": no noun of a stance)."""
_BODY_SUBJECTS = wordset("it they the")
"""The subjects of :func:`_own_name`: "it", "they", or "the" and one lower-case word. A shape,
not a kind of :func:`kind_of <herald_tui.quotes._calls.kind_of>`: it takes 'which the mayor
calls' (a person there) and not 'which the state agency calls' (a body there), so the rule
keeps its own reading."""
_NAMING_PRESENT = wordset("calls dubs names brands")
"""The verbs of :func:`_own_name`, right before the name: the singular "calls" beside verbs of
naming and selling a thing a body runs (not the plural "call" of :mod:`herald_tui.quotes._calls`:
"calls" is all the two share, a word, so the list stays here)."""
_SELLING = wordset("promotes promoted markets bills billed sells touts brands pitches")


def _own_name(nar: Narration, q: int, prev: Token, found: list[str]) -> bool:
    """The name a body gives a kind of thing it runs: 'a policy it promotes as "..."', 'the
    project, which the ministry calls "..."' (a kind noun, an optional "which", a subject and
    a present naming verb or a verb of selling before "as"; not 'a plan it calls "a bridge"',
    a characterisation)."""
    toks, floor = nar.toks, nar.floor(q)
    if found[0] in ("a", "an") or (len(found) == 1 and found[0].endswith(_NOT_NOUN_ENDINGS)):
        return False  # 'a plan it calls "reckless"': how the body sees it
    k = q - 1
    if prev.lower == "as" and k > floor and toks[k - 1].lower in _SELLING:
        k -= 1
    elif prev.lower not in _NAMING_PRESENT:
        return False
    k -= 1  # the subject: 'it', 'they', 'the ministry', 'the city'
    if k > floor and toks[k].text.islower() and toks[k - 1].lower == "the":
        k -= 1
    if k <= floor or toks[k].lower not in _BODY_SUBJECTS:
        return False  # 'a plan she calls "...': a person's view (round 7), not a body's name
    k -= 1
    if k > floor and toks[k].lower in ("which", "that"):
        k -= 1
    if k > floor and toks[k].text == ",":
        k -= 1
    return k >= floor and singular(toks[k].lower) in _KIND_HEADS


def _word_spoken_of(nar: Narration, q: int, prev: Token) -> bool:
    """A word spoken of as a word: 'mentions of "recession"', 'searches for "burnout"',
    'words like "..."', and 'avoids the term "a", preferring "b"' (a verb of using words
    after a word noun)."""
    toks = nar.toks
    if prev.lower in ("of", "for", "to") and q > 1 and toks[q - 2].lower in _WORD_ACTS:
        return True
    if prev.lower in _EXAMPLE_CUES and q > 2:
        k = q - 3 if prev.lower == "as" and toks[q - 2].lower == "such" else q - 2
        if k == q - 2 and prev.lower == "as" and _judged(toks, k):
            return False  # round 48: 'dismissed the slogan as "empty words"': a verdict on it
        return toks[k].kind == WORD and singular(toks[k].lower) in TERM_NOUNS  # 'words like'
    if prev.lower not in _WORD_VERBS:
        return False
    return any(
        toks[k].kind == WORD and singular(toks[k].lower) in TERM_NOUNS
        for k in range(nar.floor(q), q - 1)
    )


_SCALES = wordset("rating grade tier category alert")
"""Nouns of a scale a quoted step names before them: 'kept its "buy" rating', 'a "red"
alert' (not 'a "serious" warning', a warning someone gives, nor 'an "alarming" level' or 'a
"critical" stage', how the speaker sees it)."""
_RATING_CHANGES = wordset("upgraded downgraded upgrades downgrades upgrade downgrade")


def _scale_step(nar: Narration, q: int, found: list[str]) -> bool:
    """A step of a scale quoted before the scale's noun, after its determiner: 'kept its
    "buy" rating', 'issued a "red" alert', 'an "excellent" grade'."""
    toks = nar.toks
    if len(found) > 2 or q + 1 >= len(toks) or not _owned(toks, q):
        return False
    after = toks[q + 1]
    return after.kind == WORD and after.text.islower() and singular(after.lower) in _SCALES


def _rated_to(nar: Narration, q: int, prev: Token, found: list[str]) -> bool:
    """A rating an analyst moves a thing to: 'upgraded the stock to "outperform"' (a verb of
    rating within a few words before "to", one or two words quoted)."""
    if prev.lower != "to" or len(found) > 2 or found[0] in _OWNERS:
        return False
    toks, floor = nar.toks, nar.floor(q)
    return any(toks[k].lower in _RATING_CHANGES for k in range(max(floor, q - _REACH), q - 1))


_LAUNCHES = wordset(
    """
    launched launches launch unveiled unveils released releases introduced introduces debuted
    debuts premiered premieres opened opens christened
    """
)
"""Verbs that bring out a named thing: what they quote right after them is its name."""
_AFTER_NAME = wordset("in on at for last this next with to from across nationwide")
"""Words a launched thing's name may stand before ('released "..." in May')."""


def _launched(nar: Narration, q: int, prev: Token, found: list[str]) -> bool:
    """The name of what a verb of launching brings out: 'the ministry launched "care call,"
    a phone service', 'released "orbit two" in May' (not 'launched "a new era"', a
    description, 'launched "massive" strikes', a modifier, or 'unveiled a plan to "..."')."""
    if prev.lower not in _LAUNCHES or found[0] in _OWNERS:
        return False
    if len(found) == 1 and found[0].endswith(_NOT_NOUN_ENDINGS):
        return False
    if found[-1].endswith("s") and not found[-1].endswith("ss"):
        return False  # 'launched "unprovoked attacks"': what was done, in the speaker's words
    toks = nar.toks
    k = q + 1
    if k >= len(toks) or nar._comma(q) or toks[k].kind != WORD:
        return True  # '"...," a phone service', '"..."." at the end of the sentence
    return toks[k].lower in _AFTER_NAME


_SOLD = wordset(
    """
    sold sells marketed markets released published aired airs airing screened screens
    broadcast distributed marketing advertise advertises advertised advertising
    """
)
_MARKETERS = wordset("they we you which that who")
"""Round 373: subjects before a bare "market" that make it a verb ('which brewers market as',
'they market it as'), not the noun of 'the car care market as'."""


_SOLD_REACH = 3  # round 182: words between the verb of selling and "as" ('sold online as')


def _sold_as(nar: Narration, q: int, prev: Token, found: list[str]) -> bool:
    """The name a thing is sold, published or shown under: 'is sold as "morning dew" in
    Japan', 'airs as "night market"' (not 'was sold as "a bargain"', a description)."""
    if prev.lower != "as" or q < 2 or not _sold_before(nar, q - 2):
        return False
    return found[0] not in _OWNERS and not (
        len(found) == 1 and found[0].endswith(_NOT_NOUN_ENDINGS)
    )


def _sold_before(nar: Narration, k: int) -> bool:
    """Round 182: True when a verb of selling stands at token ``k`` or, past a few words with
    no punctuation between, before it: 'heaters sold online as "..."', 'a cream marketed to
    teenagers as "..."', 'sold in Japan as "..."' (where or to whom a thing is sold does not
    make its sales name anyone's words)."""
    toks, floor = nar.toks, nar.floor(k)
    lo = floor if floor > k - _SOLD_REACH else k - _SOLD_REACH
    for j in range(k, lo - 1, -1):
        tok = toks[j]
        if tok.lower in _SOLD or (tok.lower == "market" and j > floor and _marketer(toks[j - 1])):
            return True
        if tok.kind != WORD:
            return False
    return False


def _marketer(tok: Token) -> bool:
    """Round 373: True when ``tok``, right before a bare "market", is its subject: a pronoun
    or a lowercase plural noun ("brewers market"), so "market" is the verb of selling."""
    return tok.text.islower() and (tok.lower in _MARKETERS or plural_word(tok.lower))


def _owned(toks: list[Token], q: int) -> bool:
    """True when a determiner or a possessive stands right before the quotation at ``q``, or
    one lowercase modifier before it: 'its "...', 'Korea's "...', 'a 24-hour "...'."""
    k = q - 1
    if k > 0 and toks[k].kind == WORD and toks[k].text.islower() and "-" in toks[k].text:
        k -= 1  # 'a 24-hour "standstill" order'
    word = toks[k].lower
    return toks[k].kind == WORD and (word in _OWNERS or word.endswith(("'s", "’s")))


_JUDGING = wordset(
    """
    describe describes described describing dismiss dismisses dismissed dismissing deride
    derides derided deriding criticize criticizes criticized criticizing criticise criticises
    criticised criticising condemn condemns condemned condemning denounce denounces denounced
    denouncing decry decries decried decrying slam slams slammed slamming blast blasts blasted
    blasting praise praises praised praising hail hails hailed hailing characterize
    characterizes characterized characterised portray portrays portrayed reject rejects
    rejected rejecting mock mocks mocked mocking ridicule ridiculed regard regards regarded
    view views viewed see sees saw seen
    """
)
"""Round 48: verbs that pass a verdict on what they take before "as": 'dismissed the slogan as
"..."' (not the naming ones, 'branded the campaign as "..."', 'translated the word as "..."')."""


def _judged(toks: list[Token], k: int) -> bool:
    """Round 48: True when the noun at ``k`` is the object of a verb of judging, with a
    determiner or a possessive, and lowercase modifiers or none, between them: 'dismissed the
    slogan', 'described its new motto', 'slammed the ministry's catchphrase' (one term judged,
    not a kind of words a list of examples follows: 'words as "..."', nor a word translated
    or spelled)."""
    owned = False
    for j in range(k - 1, max(0, k - 5), -1):
        tok = toks[j]
        if tok.kind != WORD:
            return False
        if tok.lower in _JUDGING:
            return owned
        if tok.lower in _OWNERS or tok.lower.endswith(("'s", "’s")):
            owned = True
        elif not tok.text.islower():
            return False
    return False


def _coined_kind(nar: Narration, q: int, found: list[str]) -> bool:
    """A coined name of an order or a policy quoted whole with its head noun after its
    determiner: 'a rarely used "return-to-work order"', 'the leader's "20x10 regional
    development policy"' (a hyphenated or numbered coinage: not 'a "comprehensive plan"', which
    may be the speaker's words)."""
    if not 2 <= len(found) <= 4 or singular(found[-1]) not in _KIND_HEADS:
        return False
    if found[0] in ("a", "an"):
        # round 204: 'said the mills ran "a two-speed pricing system"' (invented): an article
        # inside the marks quotes the speaker's whole noun phrase; an owner or "the" further
        # back ("the mills") is no determiner of it
        return False
    if not any("-" in w or any(c.isdigit() for c in w) for w in found[:-1] or found):
        return False
    toks, floor = nar.toks, nar.floor(q)
    for k in range(q - 1, max(floor, q - 4) - 1, -1):
        tok = toks[k]
        if tok.kind != WORD or tok.lower in LABEL_VERBS or tok.lower in REPORTING_VERBS:
            return False
        if tok.lower in _OWNERS or tok.lower.endswith(("'s", "’s")):
            return True
        if not tok.text.islower():
            return False
    return False


def _one_word_kind(nar: Narration, q: int, prev: Token, found: list[str]) -> bool:
    """A one-word name of an order, a policy or a plan after its determiner: 'imposed a
    48-hour "standstill" order' (not 'a "strict" order', 'a "phased" approach', 'a
    "sweeping" ban': words shaped like adjectives, or short ones, are often the speaker's)."""
    if len(found) != 1 or not _owned(nar.toks, q):
        return False
    word = found[0]
    if len(word) < 7 or not word.isalpha() or word.endswith(_NOT_NOUN_ENDINGS):
        return False
    toks = nar.toks
    if q + 1 >= len(toks) or toks[q + 1].kind != WORD or not toks[q + 1].text.islower():
        return False
    if singular(toks[q + 1].lower) not in _KIND_HEADS:
        return False
    floor = nar.floor(q)
    return not any(toks[k].lower in LABEL_VERBS for k in range(max(floor, q - _REACH), q - 1))


_THING_OWNERS = wordset("the its their his her")


def named_thing(nar: Narration, q: int, text: str) -> bool:
    """True when the partial quotation ``text`` at ``q`` may be a name as well as words:
    'called the operation "the farm,"' is what the ring named it or how it spoke of it. A
    thing (no person, no pronoun) after "called", given "the" and one plain noun; the
    extractor keeps such a span but gives it no speaker, since a term with a speaker is
    worse than a quotation without one (not 'called power "the new oil"' or 'called the
    plan "the worst"': a description, the speaker's words)."""
    found = words(text)
    if len(found) != 2 or found[0] != "the" or not found[1].isalpha() or q < 3:
        return False
    if found[1].endswith("est") or found[1] in _SUPERLATIVES:
        return False
    toks = nar.toks
    thing, k = toks[q - 1], q - 2
    if toks[k].lower not in _THING_OWNERS and toks[k].kind == WORD and toks[k].text.islower():
        k -= 1  # 'called the old ferry "the coffin"'
    if k < 1 or toks[k].lower not in _THING_OWNERS or toks[k - 1].lower != "called":
        return False
    return thing.kind == WORD and thing.text.islower() and role_of(thing.lower) == ""


_SUPERLATIVES = wordset("best worst most least first last only")
