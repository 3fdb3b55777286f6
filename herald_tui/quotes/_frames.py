"""More frames in which a quoted span is a word, a name or a label rather than anyone's words
(issue 13, round 6). :func:`mentioned_as_word <herald_tui.quotes._terms.mentioned_as_word>`
asks :func:`term_frame` for partial quotations it does not recognise itself.

The frames are grammar that wire copy uses whoever writes it, not the words of one article:

* a gloss or translation: 'jeonse, or "key money" leases', 'gapjil, meaning "abuse of power"',
  'which translates as "eye measure"', 'short for "millennials and Gen Z"', 'hanbok ("Korean
  dress")';
* a category given by a verb of classing: 'was classified as "urgent"', 'marketed as "sleep
  aid"', 'refer to the plan as "phase two"';
* the quotation as a word a sentence names as such just after it: 'adopted "fair growth" as
  its campaign slogan', 'voted "kindness" the word of the year';
* a compound naming a kind of policy or thing, with no determiner needed: 'has pursued
  "strategic clarity" diplomacy', 'the app's "safe route" feature';
* the words of a chant or a text named by its noun: 'asked about the chant "..." that fans
  shouted', 'with the caption "..."'; a word in a language or a word's equivalent: '"jeong"
  in Korean', 'the Korean equivalent of "burnout"', 'a play on "..."';
* what a group habitually calls something: 'what locals call "the blue road"', 'what is
  called "..."'.

Each test looks at a few tokens around the quotation. When a frame cannot be told from a
speaker's words it is not claimed here: no speaker rather than a wrong one.
"""

from __future__ import annotations

from herald_tui.quotes._attribute import ADJECTIVE_ENDINGS, Narration, negated, words
from herald_tui.quotes._lexicon import (
    BE,
    LABEL_VERBS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TERM_NOUNS,
    WRITTEN_NAMED_KINDS,
    wordset,
)
from herald_tui.quotes._tokens import QUOTE, WORD, Token, singular

_GLOSS_WORDS = wordset("meaning literally")
"""Words right before a gloss: ', meaning "..."', ', literally "..."'."""
_GLOSS_VERBS = wordset("translates translated translate translating")
_STANDS_FOR = wordset("stands stood stand short abbreviation acronym")
_CLASSING = wordset(
    """
    classified classify classifies categorized categorised listed designated
    marketed billed registered rated graded certified known refer refers referred referring
    """
)
"""Verbs that put a thing in a named class or sell it under a name: '... as "..."'."""
_RECORDING = wordset(
    "lists filed files recorded records logged counted coded advertised advertises advertise"
)
"""Round 257: verbs of a record, a ledger or an advertisement that class a thing right before
"as" ('filed as "..."', 'recorded only as "..."', 'which the ministry lists as "..."', 'a
package advertised as "..."'): close to "as" only, since they do other work farther off ('had
recorded the call and would submit it as "..."')."""
_RECORDING_REACH = 2  # words between the verb and "as" ("only", "it")
_LABELLED = wordset("labeled labelled branded tagged")
"""Verbs that class a thing only in the passive: 'was labeled as "high risk"' (active, 'the
North branded the drills as "..."' is the North's own characterisation)."""
_WORD_NOUNS = TERM_NOUNS | wordset("motto theme catchphrase hashtag keyword buzzword codename")
_CLAIMS = wordset("claims theories rumors rumours narratives")
_NAME_KINDS = WRITTEN_NAMED_KINDS | wordset(  # round 31: the written kinds
    """
    policy policies diplomacy strategy doctrine initiative campaign program programme project
    plan scheme award prize feature service visa model approach rule law act bill movement
    zone era label festival exercise drill operation category status designation brand
    claims theories rumors rumours narratives
    """
)
"""Nouns a quoted compound right before them names a kind of: '"strategic clarity" diplomacy',
and (round 140, ``_CLAIMS``) the claims others spread under a name of two words or more:
'spread "fake ballot" rumors' (not 'the firm's "zero-risk" claim', a characterisation)."""
_DETERMINERS = wordset("the a an its their his her our this that")
_CHOSE = wordset("chose chosen picked selected voted named adopted")
_BE_OR_CHOSE = BE | _CHOSE  # (one set, not a union built per word read)
_NAMED_KINDS = WRITTEN_NAMED_KINDS | wordset(  # round 31: the written kinds
    """
    exercise exercises drill drills operation mission festival award prize campaign initiative
    project program programme scheme plan policy event contest competition tournament
    ceremony fair tour app platform service feature unit squad
    """
)
"""Nouns a name may follow with no comma: 'the exercise "iron guard" begins'."""
_LEADS_NOUN_PHRASE = wordset(
    """
    said says that and but of at for from in to on with by under during after before about
    against into over
    """
)
"""Words before 'the exercise "..."' that make the whole a noun phrase, not the object and
complement of a verb ('called the drill "reckless"', 'found the plan "unworkable"')."""
_CLAUSE_WORDS = wordset(
    """
    is was were are had has have will would could should can may might must did does do not
    it we i they he she you this there
    """
)
_WORDING = wordset(
    """
    typed type typing searched search searches searching spelled spelt spelling misspelled
    pronounced mispronounced
    """
)
"""Verbs whose object is a string of words: 'typed "refund" into', 'searched for "..."',
and "searches for" as a noun."""
_MARKING = wordset("marked stamped inscribed engraved etched emblazoned")
"""Verbs that put words on a thing: 'ballots marked "invalid"', 'a box stamped "..."' (not
"labeled" or "printed": 'labeled "a provocation" by the North', 'the paper printed "..."'
may carry someone's words)."""
_USING = wordset("use uses used using")
_MOVING = wordset(
    "drop drops dropped dropping remove removed removing add adds added delete deleted"
)
_WORD_PLACES = wordset("from to into")
_REFERRING = wordset("describe refer mean")
_CHANTS = wordset(
    "chant chants cheer refrain mantra jingle catchphrase caption headline tagline inscription"
)
"""Nouns whose apposed quotation is the words of a chant, a saying or a text named, not said:
'the chant "..."', 'with the caption "..."'."""
_CAPTIONS = wordset("caption captions")
_POSTING = wordset("posted uploaded shared tweeted wrote")
"""Round 273: a caption after one of these verbs in the active voice is what its poster
wrote ('NAME posted a photo ... with the caption "..."'), not the name of a text."""
_LANGUAGES = wordset("korean english chinese japanese french german spanish russian latin")
_OF_A_WORD = wordset(
    "equivalent translation spelling pronunciation definition etymology origin origins"
)
"""Nouns whose "of" takes a word as a word: 'the Korean equivalent of "burnout"'."""
_HABIT_SUBJECTS = wordset("many some people others most few")
_COLLECTIVES = wordset("staff crew personnel")
"""Singular nouns of a group in general: 'which staff call "..."' is a habit, a name."""
_CALL = wordset("call term dub")
_PASSIVE_CALL = wordset("called termed dubbed")


def term_frame(nar: Narration, q: int, text: str, *, full: bool) -> bool:
    """True when the quotation ``text`` at token ``q`` of ``nar`` stands in one of the frames
    of this module's docstring: a word, a name or a label, nobody's words. A full quotation
    is claimed only as a chant named ('the chant "..."') or a word a gloss follows ('said
    "hallyu," which means "..."')."""
    found = words(text)
    if not found or len(found) > 6:
        return False
    prev = nar.word_before(q)
    if prev is not None and _named_chant(nar, q, prev, text):
        return True  # 'asked about the chant "..." that fans shouted': a chant named
    said = prev is not None and prev.lower in REPORTING_VERBS  # 'said "thank you" in Korean'
    if (not said and _in_a_language(nar.toks, q, text)) or (
        prev is not None and _of_a_word(nar.toks, q, prev)
    ):
        return True  # '"jeong" in Korean', 'the Korean equivalent of "burnout"', 'a play on
    if len(found) <= _GLOSSED_WORDS and _class_gloss(nar.toks, q, text):
        return True  # round 43: '"jjimjilbang," a Korean bathhouse, ...'
    if full:
        return len(found) <= 3 and _glossed_next(nar.toks, q, len(found))
    if prev is not None and (_glossed(nar, q, prev, text) or _classed(nar, q, prev)):
        return True
    if prev is not None and _called_habitually(nar, q, prev) and _a_name(text, found):
        return True
    if prev is not None and _called_theirs(nar, q, prev, text, found):
        return True  # round 174: 'which farmers call the valley's "pantry"'
    if prev is not None and _worded(nar, q, prev, found):
        return True
    if prev is not None and _apposed_to_kind(nar, q, prev, text, found):
        return True
    if not negated(text) and _named_after(nar, q):  # round 150: a predicate names nothing
        return True
    return _names_kind(nar, q, text, found)


def _in_a_language(toks: list[Token], q: int, text: str) -> bool:
    """A word given in a language: '"jeong" in Korean' (not a sentence's end)."""
    if text.rstrip()[-1:] in (".", "?", "!") or q + 2 >= len(toks):
        return False
    return toks[q + 1].lower == "in" and toks[q + 2].lower in _LANGUAGES


def _of_a_word(toks: list[Token], q: int, prev: Token) -> bool:
    """A word a noun of wording takes: 'the equivalent of "burnout"', 'a play on "..."'."""
    if q < 2:
        return False
    if prev.lower == "of":
        return toks[q - 2].lower in _OF_A_WORD
    return prev.lower == "on" and toks[q - 2].lower in ("play", "pun", "riff")


def _named_chant(nar: Narration, q: int, prev: Token, text: str) -> bool:
    """A quotation apposed to "the chant", "the refrain": 'asked about the chant "..."'.
    Round 273: not a caption opening with a capital ('posted a photo on Instagram with the
    caption "Not done yet."'): a sentence someone wrote and posted, their words."""
    if prev.lower in _CAPTIONS and text[:1].isupper() and _posted_by_someone(nar, q):
        return False
    return prev.lower in _CHANTS and q > 1 and nar.toks[q - 2].lower in _DETERMINERS


def _posted_by_someone(nar: Narration, q: int) -> bool:
    """Round 273: True when a verb of posting in the active voice stands in the sentence
    before the caption at ``q`` ('NAME posted a photo ... with the caption'): someone wrote
    it. Not after "was", "has been" ('a photo has been shared ... with the caption')."""
    toks = nar.toks
    for k in range(nar.floor(q) + 1, q - 1):
        if toks[k].lower in _POSTING and toks[k - 1].lower not in BE:
            return True
    return False


def _glossed(nar: Narration, q: int, prev: Token, text: str) -> bool:
    """A gloss of the word before it: ', or "..."', ', meaning "..."', 'which means "..."',
    'a word for "..."',
    'translates as "..."', 'stands for "..."', '("...")' (a gloss or a bracketed one does not
    end its sentence; what a name stands for may)."""
    toks, low = nar.toks, prev.lower
    if low in ("as", "to", "into") and q > 1 and toks[q - 2].lower in _GLOSS_VERBS:
        return True
    if low == "for" and q > 1 and toks[q - 2].lower in _STANDS_FOR:
        return True
    if low == "for" and q > 1 and singular(toks[q - 2].lower) in _WORD_NOUNS:
        return True  # 'a Korean word for "abuse of power"', 'the term for "..."'
    if low == "mean" and q > 2 and toks[q - 2].lower == "to" and _taken_as(nar, q - 2):
        return True  # round 155: 'readers took the word "..." to mean "lazy."': a reading
    if text.rstrip()[-1:] in (".", "?", "!"):
        return False
    if _glossed_next(toks, q, len(words(text))):
        return True  # the word glossed, not the gloss
    if low in _GLOSS_WORDS and q > 1:
        return _glosses(toks, q - 2)  # not 'cut jobs, meaning "real pain"', a consequence
    if low in ("means", "meant") and q > 2 and toks[q - 2].lower in ("which", "that"):
        return _glosses(toks, q - 3)
    if low == "or" and q > 2 and toks[q - 2].text == ",":
        return toks[q - 3].kind == WORD and _gloss_ends(toks, q)
    # '("...")' right after a word: its translation
    return low == "(" and q > 1 and toks[q - 2].kind == WORD and _closes(toks, q)


_TAKEN = wordset("took take takes taken taking misread misreads understood interpreted")
"""Round 155: verbs of reading a word one way: 'took the word "..." to mean "..."'."""
_TAKEN_REACH = 12  # tokens from "to mean" back to the verb of reading


def _taken_as(nar: Narration, k: int) -> bool:
    """Round 155: True when a verb of reading (:data:`_TAKEN`) stands in the sentence a few
    tokens before "to" at ``k``, with a word quoted between: 'many readers took "gapjil" to
    mean', 'misread the word "..." to mean' (the meaning given a word, nobody's statement;
    not 'wanted to mean', no reading, nor a verb with no quoted word after it)."""
    toks, lo = nar.toks, nar.floor_within(k, _TAKEN_REACH)
    quoted = False
    for j in range(k - 1, lo - 1, -1):
        if toks[j].kind == QUOTE:
            quoted = True
        elif toks[j].lower in _TAKEN:
            return quoted
    return False


def _glosses(toks: list[Token], k: int) -> bool:
    """True when what ends at token ``k`` (before "meaning" or "which means") is a word given
    as a word: quoted itself ('"jeong," meaning'), or after a comma a noun naming words or one
    word after such a noun, "as" or "called" ('the term, literally', 'the word nunchi, which
    means', 'known as gapjil, meaning')."""
    if k < 0 or toks[k].kind == QUOTE:
        return k >= 0
    if toks[k].text != "," or k < 2 or toks[k - 1].kind != WORD:
        return False
    if singular(toks[k - 1].lower) in _WORD_NOUNS:
        return True
    before = toks[k - 2].lower
    return singular(before) in _WORD_NOUNS or before in ("as", "called")


def _closes(toks: list[Token], q: int) -> bool:
    return q + 1 < len(toks) and toks[q + 1].text == ")"


def _glossed_next(toks: list[Token], q: int, size: int) -> bool:
    """A gloss follows the quotation at ``q``: '"hallyu," which means "..."', '"jeong,"
    meaning "..."', '"hallyu," or "..."' (the gloss itself a quotation), or an appositive
    that calls a word or two a word: '"gapjil," a Korean word for ...' (not '"We will win," a
    phrase he repeated': a statement)."""
    k = q + 1 + (q + 1 < len(toks) and toks[q + 1].text == ",")
    if k + 1 >= len(toks):
        return False
    if toks[k].text == "(":  # round 43: '"bojagi" (wrapping cloth)', its translation
        return k == q + 1 and size <= _GLOSSED_WORDS and _bracket_gloss(toks, k + 1)
    if toks[k].lower in ("a", "an", "the"):  # '"gapjil," a Korean word for ...'
        return size <= 2 and any(
            toks[j].kind == WORD and singular(toks[j].lower) in _WORD_NOUNS
            for j in range(k + 1, min(len(toks), k + 4))
        )
    if toks[k].lower in ("which", "that") and toks[k + 1].lower in ("means", "meant"):
        k += 1
    elif toks[k].lower not in ("meaning", "literally", "or"):
        return False
    if toks[k + 1].kind == QUOTE:
        return True
    return toks[k].lower == "meaning" and size == 1 and _plain_gloss(toks, k + 1)


_PLAIN_GLOSS_WORDS = 3  # round 155: the most words of an unquoted gloss after "meaning"


def _plain_gloss(toks: list[Token], k: int) -> bool:
    """Round 155: True when one to three lower-case words from ``k`` close at a comma, a
    period or a semicolon: the meaning of one word quoted before ', meaning': '"jeong,"
    meaning affection, is', '"nunchi," meaning tact.' (not a consequence, a clause that runs
    on: '"freeze," meaning that no one will be hired this year'; nor a name or a number)."""
    for j in range(k, min(len(toks), k + _PLAIN_GLOSS_WORDS + 1)):
        tok = toks[j]
        if tok.text in (",", ".", ";"):
            return j > k
        if tok.kind != WORD or not tok.text.isalpha() or not tok.text.islower():
            return False
        if tok.lower in _ASIDE_STARTS:
            return False  # 'meaning that ...', 'meaning the ...', 'meaning to ...'
    return False


_GLOSSED_WORDS = 2  # round 43: the most words a bracketed gloss translates
_GLOSS_REACH = 8  # tokens a bracketed gloss may hold
_ASIDE_STARTS = wordset(
    """
    sic see the this that these those he she it they we i you his her its their our my and or
    but not to in on at for from with by of about after before during as than since until
    """
)
"""Round 43: words that open a writer's aside in brackets, not a translation."""


def _bracket_gloss(toks: list[Token], k: int) -> bool:
    """Round 43: True when the bracket opened before ``k`` holds only lowercase words (and
    commas) and closes: the translation of the word quoted before it, '"ppalli-ppalli"
    (hurry, hurry)' (not a name, a number or an aside: '"..." (Kim Jong-un)', '(sic)', '(to
    small firms)')."""
    if k >= len(toks) or toks[k].lower in _ASIDE_STARTS:
        return False  # '"unfair" (to small firms)': an aside, not a translation
    seen = False
    for j in range(k, min(len(toks), k + _GLOSS_REACH)):
        tok = toks[j]
        if tok.text == ")":
            return seen
        if tok.kind == WORD and tok.text.islower():
            seen = True
        elif tok.text != ",":
            return False
    return False


_CLASS_REACH = 10  # tokens the class a word is glossed by may hold
# (and a verb of classing before "as": round 6 bound 4 under this name, which this binding
# shadowed; every round since was measured with 10, and 4 gives three terms a speaker)
_VERDICTS = wordset(
    """
    charge claim view verdict rebuke remark description assessment criticism accusation
    comment characterization characterisation sentiment reference swipe jab dig barb jibe
    insult slur compliment tribute praise warning threat promise pledge boast sign signal
    """
)
"""Round 43: nouns of what a speaker's word does, after it: '"reckless," a charge ...'."""


def _class_gloss(toks: list[Token], q: int, text: str) -> bool:
    """Round 43: True when a word or two quoted and set off by commas is glossed by the class
    of thing it is: 'stay in a "jjimjilbang," a Korean bathhouse, to save', 'said "dol," a
    first birthday party, costs' (the word given with its meaning, whoever speaks). Not a
    speaker's word and what it does ('"reckless," a charge the ministry denied'; after "be",
    "as" or a verb of calling: 'was "strong," a sign of ...'), nor its speaker ('"No," a
    ministry official, said'), nor an appositive that ends the sentence."""
    k = q + 1
    if text.rstrip()[-1:] != ",":
        if k >= len(toks) or toks[k].text != ",":
            return False
        k += 1
    if k + 2 >= len(toks):
        return False
    bare = toks[k].lower not in ("a", "an")
    if bare and not _bare_class(toks, k, text):
        return False
    for j in range(q - 1, max(-1, q - 4), -1):
        low = toks[j].lower
        if low in BE or low == "as" or low in LABEL_VERBS:
            return False
    if bare:
        return True
    for j in range(k + 1, min(len(toks) - 1, k + 1 + _CLASS_REACH)):
        tok = toks[j]
        if tok.text == ",":
            return j > k + 1 and toks[j + 1].kind == WORD
        if tok.kind != WORD or tok.lower in REPORTING_VERBS:
            return False
        if singular(tok.lower) in _VERDICTS or singular(tok.lower) in ROLE_NOUNS:
            return False
    return False


_BARE_REACH = 4  # round 48: the most words a class with no article may hold
_BARE_NOT = _ASIDE_STARTS | wordset(
    """
    some many most all both few several one two three every each any no also even just only
    still then now so yet
    """
)
"""Round 48: words that open a clause or a second description, not a class: '"reckless,"
some experts said', '"good," then worse'."""


def _bare_class(toks: list[Token], k: int, text: str) -> bool:
    """Round 48: True when the lowercase word or two quoted before ``k`` is glossed by a class
    with no article, two to four lowercase words set off by commas before the sentence goes
    on: 'try "ssireum," Korean wrestling, at the fair', 'skip "jesa," ancestral rites, now'
    (the word given with its meaning). Not a clause ('"reckless," officials said,'), a second
    description ('"costly," unfair and late,', '"fine," mostly,', '"chaos," total chaos,'), an
    adverb or a participle ('"unfair," adding ...'), nor a role or a verdict."""
    bare = text.rstrip(" ,")
    if not bare or not bare.replace("-", "").replace(" ", "").isalpha() or not bare.islower():
        return False
    if toks[k].lower in _BARE_NOT or toks[k].lower.endswith(("ly", "ing", "ed")):
        return False
    quoted = words(bare)
    for j in range(k, min(len(toks) - 1, k + _BARE_REACH + 1)):
        tok = toks[j]
        if tok.text == ",":
            return j > k + 1 and toks[j + 1].kind == WORD
        if tok.kind != WORD or tok.lower in REPORTING_VERBS or tok.lower in _BARE_NOT:
            return False
        if not (tok.text.islower() or (j == k and tok.lower in _LANGUAGES)):
            return False
        if singular(tok.lower) in _VERDICTS or singular(tok.lower) in ROLE_NOUNS:
            return False
        if tok.lower in quoted:
            return False  # '"chaos," total chaos,': the speaker's word said again
    return False


def _gloss_ends(toks: list[Token], q: int) -> bool:
    """True when what follows ', or "..."' goes on with the noun phrase it glosses (a comma, a
    bracket or a noun: 'jeonse, or "key money" leases, had'), not a new clause's end."""
    if q + 1 >= len(toks):
        return False
    nxt = toks[q + 1]
    return nxt.text in (",", ")") or (nxt.kind == WORD and nxt.text.islower())


def _classed(nar: Narration, q: int, prev: Token) -> bool:
    """A class a verb of classing puts something in: 'classified as "urgent"', 'refer to the
    plan as "phase two"'."""
    toks, floor = nar.toks, nar.floor(q)
    if prev.lower in ("a", "an") and q > 2 and toks[q - 2].lower == "as":
        return _designated_as(toks, q - 2, floor)  # round 167: 'designate ... as a "..."'
    if prev.lower != "as":
        return False
    if _designated_as(toks, q - 1, floor):
        return True
    if q > 1 and toks[q - 2].lower in _LABELLED:
        return q > 2 and toks[q - 3].lower in BE  # 'was labeled as "...", not 'branded it as'
    for k in range(q - 2, max(floor, q - 2 - _CLASS_REACH) - 1, -1):
        if toks[k].kind != WORD:
            return False
        if toks[k].lower in _CLASSING:
            return True
        if toks[k].lower in _RECORDING and k >= q - 2 - _RECORDING_REACH:
            return True
    return False


_DESIGNATE = wordset("designate designates designated designating")
_DESIGNATE_REACH = 8  # words the object of "designate" may take before "as"


def _designated_as(toks: list[Token], as_: int, floor: int) -> bool:
    """Round 167: True when "as" at ``as_`` closes "designate <object> as": 'will designate the
    reefs off Seogwi as a "coral protection area"' (an official act giving a thing its class, a
    name; the object may hold a place name, across words only, no mark or comma)."""
    lo = as_ - 1 - _DESIGNATE_REACH
    for k in range(as_ - 1, (lo if lo > floor else floor) - 1, -1):
        if toks[k].kind != WORD:
            return False
        if toks[k].lower in _DESIGNATE:
            return k < as_ - 1
    return False


def _named_after(nar: Narration, q: int) -> bool:
    """The sentence names the quotation as a word just after it: '"fair growth" as its
    campaign slogan', '"kindness" the word of the year', '"smart farm" was chosen as the
    official term'."""
    toks, k = nar.toks, q + 1
    end = q + 8 if q + 8 < len(toks) else len(toks)  # (not min(): a builtin call)
    while k < end and toks[k].lower in _BE_OR_CHOSE:
        k += 1
    cued = False
    if k < end and toks[k].lower == "as":
        cued, k = True, k + 1
    if k < end and (toks[k].lower in _DETERMINERS or toks[k].lower.endswith(("'s", "’s"))):
        cued, k = True, k + 1
    if not cued:
        return False
    for j in range(k, min(end, k + 3)):
        tok = toks[j]
        if tok.kind != WORD or not tok.text.islower():
            return False
        if singular(tok.lower) in _WORD_NOUNS:
            return True
    return False


def _names_kind(nar: Narration, q: int, text: str, found: list[str]) -> bool:
    """A compound of two to four words right before a noun of a kind of policy or thing:
    '"strategic clarity" diplomacy', '"people's choice" award' (not one plain word, which may
    be the speaker's adjective: 'a "bold" plan', nor 'a "swift" response')."""
    if not text.rstrip()[-1:].isalnum() or found[0] in _DETERMINERS:
        return False
    if len(found) > 4 or (len(found) == 1 and "-" not in found[0]):
        return False
    if found[-1].endswith(("ly", *ADJECTIVE_ENDINGS)):
        return False  # 'the "reckless and irresponsible" policy': the speaker's adjectives
    toks = nar.toks
    if q + 1 >= len(toks) or toks[q + 1].kind != WORD or toks[q + 1].lower not in _NAME_KINDS:
        return False
    if len(found) == 1 and toks[q + 1].lower in _CLAIMS:
        return False  # 'its "zero-risk" claims': one word, the speaker's characterisation
    after = toks[q + 2] if q + 2 < len(toks) else None
    # 'policy makers', 'program directors': the noun modifies a person, the quote with it
    return after is None or after.kind != WORD or not after.lower.endswith(("ers", "ors"))


def _called_habitually(nar: Narration, q: int, prev: Token) -> bool:
    """What a group habitually calls it, or what it is called: 'what locals call "..."', 'what
    urban scholars call "..."', 'what is called "..."' (not 'what he called "..."': his
    words, nor 'what the minister calls "..."': one speaker's)."""
    toks = nar.toks
    low = prev.lower
    if low in _PASSIVE_CALL:
        return q > 2 and toks[q - 2].lower in BE and toks[q - 3].lower == "what"
    if low not in _CALL or q < 3:
        return False
    for what in range(q - 3, max(nar.floor(q), q - 6) - 1, -1):
        if toks[what].lower in ("what", "which"):
            return _group(toks[what + 1 : q - 1])
    return False


def _a_name(text: str, found: list[str]) -> bool:
    """A quotation shaped as a name: "the ..." or a bare noun phrase of two words or more
    ("third places"), not a characterisation ("reckless.", "a white elephant")."""
    if text.rstrip()[-1:] in (".", "!", "?"):
        return False
    return found[0] == "the" or (len(found) >= 2 and found[0] not in ("a", "an"))


def _group(subject: list[Token]) -> bool:
    """Bare lowercase words ending in a plural or "many"/"some": 'locals', 'urban scholars'
    (a group in general, no one the story quotes), or "some in ..." / "many of ..."."""
    if not subject or any(t.kind != WORD or not t.text.islower() for t in subject):
        return False
    if (
        subject[0].lower in _HABIT_SUBJECTS
        and len(subject) > 1
        and subject[1].lower in ("in", "of")
    ):
        return True  # 'which some in the neighborhood call "..."'
    if any(t.lower in _DETERMINERS or t.lower in ("both", "two") for t in subject):
        return False  # 'what the two sides call "..."': speakers of the story, their words
    head = subject[-1].lower
    if head in _COLLECTIVES:
        return True  # round 10: 'which staff call "the garbage library"'
    return head in _HABIT_SUBJECTS or (head.endswith("s") and not head.endswith("ss"))


def _apposed_to_kind(nar: Narration, q: int, prev: Token, text: str, found: list[str]) -> bool:
    """A name in sentence case right after a noun of a kind of event, plan or unit, the two a
    noun phrase: 'said the campaign "Save our seas" would run' (not 'said the festival
    "exceeded expectations"', a predicate in lower case, nor 'called the drill "reckless"',
    what the subject calls it)."""
    if prev.kind != WORD or prev.lower not in _NAMED_KINDS or len(found) > 6:
        return False
    if not text[:1].isupper() or found[0] in _CLAUSE_WORDS or text.rstrip()[-1:] in ".?!":
        return False
    toks, floor = nar.toks, nar.floor(q)
    det = q - 2
    if det < floor or not (toks[det].lower in _DETERMINERS or toks[det].lower.endswith("'s")):
        return False
    lead = det - 1
    return lead < floor or toks[lead].text == "," or toks[lead].lower in _LEADS_NOUN_PHRASE


def _worded(nar: Narration, q: int, prev: Token, found: list[str]) -> bool:
    """A string of words as the object of a verb of typing, searching or spelling ('typed
    "refund" into', 'searched for "..."'), or put on a thing ('marked "invalid"', 'stamped
    "..."'); a word dropped from or added to a text ('drop
    "temporary" from the title'); a word used to refer ('stop using "premium" to describe',
    'used "guest" instead'; not 'use "every means" to stop it')."""
    toks = nar.toks
    verb = q - 2 if prev.lower == "for" else q - 1
    if verb >= nar.floor(q) and toks[verb].lower in _WORDING:
        return True
    if prev.lower in _MARKING:
        # 'The ballots were marked "invalid"': the words on them (round 174: not the
        # finite 'the vote marked "a new chapter"', a verb of meaning before a phrase)
        return not _signified(nar, q, prev, found)
    nxt = toks[q + 1].lower if q + 1 < len(toks) else ""
    if prev.lower in _MOVING:
        return len(found) <= 2 and nxt in _WORD_PLACES
    if prev.lower not in _USING or len(found) != 1:
        return False
    then = toks[q + 2].lower if q + 2 < len(toks) else ""
    return nxt == "instead" or (nxt == "to" and then in _REFERRING)


_PHRASE_ARTICLES = wordset("a an")


def _signified(nar: Narration, q: int, prev: Token, found: list[str]) -> bool:
    """Round 174: True when "marked" is a finite verb of meaning before a phrase that opens
    with "a" or "an": 'The deal marked "a new chapter" for the port, the ministry said' (what
    the deal meant, in the speaker's words; a label put on a thing is the passive 'boxes were
    marked "fragile"' or the participle 'a door marked "staff only"', and it is no phrase
    opening with an indefinite article)."""
    if prev.lower != "marked" or len(found) < 2 or found[0] not in _PHRASE_ARTICLES:
        return False
    floor = nar.floor(q)
    return q - 2 >= floor and nar.toks[q - 2].lower not in BE


_THEIRS = wordset("their its our the")


def _called_theirs(nar: Narration, q: int, prev: Token, text: str, found: list[str]) -> bool:
    """Round 174: True when a group's present "call" puts a possessive before a short name:
    'the radio, which deckhands call the crew's "lifeline"', 'what growers call their "gold"'
    (the name a group habitually gives a thing, a nickname, as 'what locals call "..."'; not
    one speaker's 'which the minister calls ...', nor a characterisation opening with "a")."""
    low = prev.lower
    if not (low in _THEIRS or low.endswith(("'", "'s", "’", "’s"))) or len(found) > 3:
        return False
    if found[0] in ("a", "an") or text.rstrip()[-1:] in (".", "!", "?"):
        return False
    toks, floor = nar.toks, nar.floor(q)
    call = q - 2 if low in _THEIRS else q - 3
    if call - 2 < floor or toks[call].lower not in _CALL:
        return False
    if call == q - 3 and toks[q - 2].lower != "the":
        return False  # 'call the crew's "...": one determiner and the owner, no more
    return _called_habitually(nar, call + 1, toks[call])
