"""Round 11: quoted spans that are noun phrases used as names or words, told from a speaker's
partial quotation by what the span is and where it sits, not by the words of any frame.
:func:`mentioned_as_word <herald_tui.quotes._terms.mentioned_as_word>` asks :func:`named_noun`
after its own frames.

* A single word quoted where a reported clause opens, and the clause going on past it: the
  word is that clause's subject or a modifier of its subject, a word mentioned or a term,
  nobody's words: 'said "hwabyeong" appears in old texts', 'said "kkondae" culture drives
  staff away' (not 'said that "nothing" had changed', a pronoun that is the speaker's word,
  nor 'a winter that "swings" between extremes', a verb after a relative "that").
* The complement of "be" whose subject is headed by a noun of wording: 'said his favourite
  word is "together"', 'the theme of the fair was "Light after Dark."' (what a word noun is
  is a word; not 'the plan was "reckless"', nor 'the title was "within reach"', a prize).
* The name a body habitually gives a thing, in the present: 'will expand what it calls "care
  belts"', 'The ministry calls the zones "care belts,"' (a body or "it" as the subject of a
  present "calls"; not 'what he called "a historic step"', past and a person's words, nor
  'what it calls "a bridge"', a characterisation).
* What a colon gives after a clause that names a noun of wording: 'Shoppers have a name for
  them: "..."', 'Locals have their own word for it: "..."' (the quotation is that name; not
  'Kim had a message for them: "..."', words said, nor 'Kim was blunt: "..."').
* A compound of two or three nouns between a determiner and the noun it modifies: 'an ad for
  a "customer service" job' (a kind of job, a term; not 'a "long and difficult" inquiry' or
  'the "most resolute" manner', adjectives and adverbs a speaker chose).

* A title in Title Case as the object of a verb of making a work in a relative clause: 'Kim,
  who wrote "Letters from the Island," said ...' (not the statement its comma and the main
  clause's "said" seem to make it).

Each test looks at a few tokens around the quotation; a frame that cannot be told from a
speaker's words is left alone (no speaker rather than a wrong one, and a quoted term given a
speaker is the worst error of all).
"""

from __future__ import annotations

from herald_tui.quotes._attribute import Narration, title_cased, words
from herald_tui.quotes._calls import (
    BODY,
    GROUP,
    IT,
    PLACES,
    PRESENT_CALLS,
    SELF,
    definite,
    kind_of,
    naming_verb,
    opened_by,
    subject_kind,
)
from herald_tui.quotes._lexicon import (
    BE,
    ORG_ROLES,
    REPORTING_VERBS,
    SPEECH_VERBS,
    TIME_WORDS,
    wordset,
)
from herald_tui.quotes._tokens import QUOTE, WORD, Token, is_head_noun, singular

_OPENS_CLAUSE = SPEECH_VERBS - wordset(
    "chant chanted chanting shout shouted shouting read reads reading yell yelled scream"
    " screamed whisper whispered"
)
"""Verbs after which a clause of reported speech opens ('said "..." appears'); not the verbs
whose object is the words themselves ('chanted "..." all night')."""
_NOT_A_NAME = wordset(
    """
    nothing everything something anything nobody everybody everyone none all some never no
    not yes any many much few more most less the a an this that these those it we they i you
    he she our their its his her my very too so
    """
)
"""Words that are no name in subject position: a pronoun or quantifier there is the speaker's
own word ('said that "nothing" had changed')."""
_NOT_A_PREDICATE = wordset(
    """
    and or but nor to of in on at for as by with from than into onto about over under after
    before if when while because though although unless until since whether so then
    """
)
"""Words after the quotation that show no clause goes on with it as its subject."""


def named_noun(nar: Narration, q: int, text: str, *, full: bool) -> bool:
    """True when the quotation ``text`` at token ``q`` is a noun phrase used as a name or a
    word by one of the positions of this module's docstring."""
    if _subject_word(nar, q, text):  # full or not: 'said "..."' reads as a statement
        return True
    if _worded_subject(nar, q, text) or _named_by_body(nar, q, text):
        return True
    if _what_others_call(nar, q):
        return True
    if _word_after_colon(nar, q, text) or _noun_compound(nar, q, text):
        return True
    return titled_work(nar, q, text)  # '..., said Kim, who wrote "Sea of Lanterns."'


def _subject_word(nar: Narration, q: int, text: str) -> bool:
    """A one-word quotation opening a reported clause that goes on past it."""
    stripped = text.strip()
    if not stripped or not stripped[-1].isalnum():
        return False  # '"hwabyeong," which ...': punctuation inside ends no subject
    found = words(stripped)
    toks = nar.toks
    if len(found) == 2 and all(w.islower() or w.isupper() for w in stripped.split()):
        # round 11: two nouns (or an acronym and a noun) modifying the subject's noun: 'said
        # "hanok stay" bookings had', 'said "MZ generation" workers change'
        if not _nouns(found) or found[0][-3:] == "ing" or q + 2 >= len(toks):
            return False  # 'threatened "corresponding measures" each time': the speaker's
        if not is_head_noun(toks[q + 1]) or toks[q + 1].lower in _NOT_NOUNS:
            return False
        return toks[q + 2].kind == WORD and _opens_reported_clause(nar, q)
    if len(found) != 1 or " " in stripped:
        return False
    word = found[0]
    if word in _NOT_A_NAME or word[-2:] in ("ly", "ed"):
        return False  # 'said "deeply" hurt voters': the speaker's adverb or participle
    if q + 1 >= len(toks):
        return False
    nxt = toks[q + 1]
    if nxt.kind != WORD or not nxt.text.islower() or nxt.lower in _NOT_A_PREDICATE:
        return False
    if q > 0 and toks[q - 1].lower in PLEDGES:
        return False  # round 204: 'vowed "all-out" support': the pledge's object, its word
    return _opens_reported_clause(nar, q)


PLEDGES = wordset("vow vows vowed vowing pledge pledges pledged pledging promise promises")
"""Round 204: verbs that take a thing as object ('pledged "full" support'), so a one-word
quotation right after them modifies that object in the speaker's own word ('Seoul vows
"swift" aid', invented), no subject of a clause reported after the verb."""


def _nouns(found: list[str]) -> bool:
    """True when every word may be a noun: no function word, adverb or adjective ending."""
    for word in found:
        if word in _NOT_NOUNS or not word.isalpha() or word.endswith(_NOUN_BLOCKERS):
            return False
    return True


all_nouns = _nouns
""":func:`_nouns` for the term frames of :mod:`herald_tui.quotes._terms` (round 77)."""


def _opens_reported_clause(nar: Narration, q: int) -> bool:
    """The quotation at ``q`` stands first in a clause a verb of saying reports: 'said "..."',
    'said Tuesday that "..."' (not 'a winter that "..."', a relative clause)."""
    toks, floor = nar.toks, nar.floor(q)
    k = q - 1
    if k < floor or toks[k].kind != WORD:
        return False
    if toks[k].lower == "that":
        k -= 1
        if k >= floor and toks[k].lower in TIME_WORDS:
            k -= 1  # 'said Tuesday that', 'said on Monday that'
            if k >= floor and toks[k].lower == "on":
                k -= 1
    return k >= floor and toks[k].lower in _OPENS_CLAUSE


_WORDING_NOUNS = wordset(
    """
    word term phrase expression slogan motto theme catchphrase hashtag keyword buzzword
    codename password euphemism nickname slang jargon lingo coinage neologism
    """
)
"""Nouns whose complement after "be" is a word or a name ("title" and "name" are left out:
'the title was "within reach"' is a prize, 'the name of the game is "..."' an idiom)."""
_OWNERS = wordset("the a an his her its their our my your this that")
_SUBJECT_REACH = 7  # tokens from the noun of wording to "be"
_WORDS_MAX = 6


def _worded_subject(nar: Narration, q: int, text: str) -> bool:
    """A quotation after "be" whose subject a noun of wording heads, with an owner or an
    article before it and no verb of saying or quotation between it and "be"."""
    toks, floor = nar.toks, nar.floor(q)
    be = q - 1
    if be <= floor or toks[be].lower not in BE or len(words(text)) > _WORDS_MAX:
        return False
    lo = be - _SUBJECT_REACH if be - _SUBJECT_REACH > floor else floor
    for k in range(be - 1, lo - 1, -1):
        tok = toks[k]
        if tok.kind == QUOTE or tok.lower in REPORTING_VERBS:
            return False  # 'the word, he said, was "..."' is left to the other rules
        if tok.kind == WORD and singular(tok.lower) in _WORDING_NOUNS:
            return _owned(toks, k, floor)
    return False


def _owned(toks: list[Token], k: int, floor: int) -> bool:
    """True when the noun at ``k`` has an article or an owner within two words before it,
    and no preposition before that: 'his favourite word', "the union's motto"."""
    for j in range(k - 1, max(floor, k - 3) - 1, -1):
        low = toks[j].lower
        if low in _OWNERS or low[-2:] in ("'s", "’s"):
            # the phrase heads the subject, not an object inside it ('the mood after the
            # word got out was "grim."': the mood's)
            return j == floor or toks[j - 1].lower not in _NOT_A_PREDICATE
    return False


_CALLS = PRESENT_CALLS | wordset("dubs terms")
"""A naming verb in the present: a habit, so a name ("it calls"); the past is what was said
once ('what he called "..."'). Round 11 reads "dubs" and "terms" here too."""
_BODY_WORDS = ORG_ROLES | PLACES
"""The bodies whose name round 11 reads: the speaker table's nouns of organisations and places,
narrower than what :func:`kind_of <herald_tui.quotes._calls.kind_of>` reads as a body (not 'the
automaker', 'the paper': a role noun of a body not on this list)."""


def _plural_noun(word: str) -> bool:
    """Round 77: one lower-case plural noun, 'what it calls "provocations"': the things a body
    habitually names so, a term as two words are (not an adjective, 'reckless', 'ominous',
    nor a verb's "-ss" or "-us" form)."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.islower()
        and singular(word) != word
        and not word.endswith(("ss", "us", "is", "ous"))
    )


def _named_by_body(nar: Narration, q: int, text: str) -> bool:
    """A name-shaped quotation after a present "calls" whose subject is a body or "it":
    'what it calls "..."', 'what the company calls "..."', 'the ministry calls the zones "..."'
    (the object, if any, one pronoun or "the" and a noun)."""
    found = words(text)
    if not found or found[0] in ("a", "an") or text.rstrip()[-1:] in ("?", "!"):
        return False  # 'what it calls "a bridge"': how the body sees it
    if len(found) < 2 and found[0] != "the" and not _plural_noun(found[0]):
        return False  # one word may be the body's adjective: 'what it calls "reckless"'
    toks, floor = nar.toks, nar.floor(q)
    verb = naming_verb(toks, q - 1, floor, _CALLS, objects=True)
    if verb < 0:
        return False
    kind = subject_kind(toks, verb, floor)
    if kind == IT:
        return True  # 'It calls' opening a sentence too
    # a body of this module's list with "the" before its noun ('the state weather agency
    # calls'); not 'the ministries call' (rare), nor 'officials call' (a group of people)
    return kind == BODY and toks[verb - 1].lower in _BODY_WORDS and definite(toks, verb, floor)


_WHAT_REACH = 3
"""Tokens from "call" back to "what": a subject of one or two words ('what some economists
call'), and "what" itself."""


_TERM_ARTICLES = wordset("a an the")


def _owner_word(low: str) -> bool:
    """An owner before the thing a group names: "the North's", "Seoul's", "its", "their"."""
    return low.endswith(("'s", "’s")) or low in ("its", "their")


_PLURAL_PERFECT = wordset("have had")
"""The perfect of a plural "call" ('what officials have called'; not "has": one body's)."""
_FORMERLY = wordset("once long")
"""Round 63: adverbs of a past habit before "called" ('what planners once called'), read only
after a plural group (not 'what he once called': one person's words)."""


_FIELDS = wordset("industry sector trade market profession business")
"""Round 77: singular nouns of a whole field of people, each a group in general: 'what the
industry calls "..."' is the trade's habitual word, as 'what traders call "..."' is (not 'what
the ministry calls "...": one body's, which round 11's :func:`_named_by_body` reads by shape)."""


def _a_field(toks: list[Token], verb: int, floor: int) -> bool:
    """'the industry' right before a present "calls" at ``verb``: a whole field as subject."""
    return (
        verb - 2 >= floor
        and toks[verb - 1].lower in _FIELDS
        and toks[verb - 1].text.islower()
        and toks[verb - 2].lower == "the"
    )


def _jointly(toks: list[Token], verb: int, floor: int) -> bool:
    """Round 77: 'what both sides called a "..."': "both" and a plural right before a past
    "called" after "what", with an article outside the marks (``verb`` is two tokens before
    the quotation): the name two parties gave a thing they share, a noun phrase no one of them
    said alone (not 'what both sides called "a new chapter"', the article inside: their
    words)."""
    return (
        verb - 3 >= floor
        and toks[verb - 2].lower == "both"
        and toks[verb - 3].lower == "what"
        and kind_of(toks[verb - 1]) == GROUP
        and toks[verb + 1].lower in ("a", "an")
    )


def _what_others_call(nar: Narration, q: int) -> bool:
    """'what officials call "..."', 'what some economists call "..."': the name a group of
    people gives a thing, quoted as their term, not the words of the sentence's speaker.
    'what I call "..."' is the speaker's own coinage, and 'what Kim calls "..."' one person's
    characterisation (a singular "calls", or a capitalised subject), so neither is read here."""
    toks, floor = nar.toks, nar.floor(q)
    verb = q - 1
    if verb > floor and toks[verb].kind == WORD and _owner_word(toks[verb].lower):
        verb -= 1  # round 58: 'what analysts call the North's "...": an owner names a thing
        if verb > floor and toks[verb].lower == "the":
            verb -= 1
    elif verb > floor and toks[verb].lower in _TERM_ARTICLES:
        verb -= 1  # round 55: 'in what engineers call a "..."': the article names a thing
    if verb - 2 < floor:
        return False
    if toks[verb].lower == "called" and toks[verb - 1].lower in _PLURAL_PERFECT:
        verb -= 1  # round 55: 'what lawmakers have called "..."': the same habit, perfect
    elif (
        toks[verb].lower == "called"
        and toks[verb - 1].lower in _FORMERLY
        and kind_of(toks[verb - 2]) == GROUP
    ):
        verb -= 1  # round 63: 'what backers once called a "..."': a group's former name
    elif toks[verb].lower == "calls" and _a_field(toks, verb, floor):
        pass  # round 77: 'what the industry calls a "...": a trade's own word, nobody's
    elif toks[verb].lower == "called" and verb == q - 2 and _jointly(toks, verb, floor):
        pass  # round 77: 'talks on what both sides called a "...": a name they share
    elif toks[verb].lower != "call":  # the plural, right before the quotation
        return False
    what = opened_by(toks, verb, floor, "what", _WHAT_REACH)
    # the subject's first word is no "I", "we" or "you" ('what we all call': ours)
    return 0 <= what < verb - 1 and kind_of(toks[what + 1]) != SELF


_COLON_REACH = 8  # tokens from the noun of wording to the colon
_NAMING_NOUNS = _WORDING_NOUNS | wordset("name title")


_TAG_REACH = 4
"""Round 77: words of a trailing tag's subject between its comma and its verb ('the unit')."""


def _tag_before(toks: list[Token], colon: int, floor: int) -> int:
    """The comma opening a trailing tag right before the colon at ``colon`` ('a nickname of
    their own, the unit said: "..."'), or ``colon`` when there is none. The tag says who
    reports the clause before it; the colon still gives what that clause names, so the
    clause is read past the tag (not 'Kim had a message for them, she said: "..."': no noun
    of wording)."""
    verb = colon - 1
    if verb <= floor or toks[verb].lower not in REPORTING_VERBS:
        return colon
    for k in range(verb - 1, max(floor, verb - 1 - _TAG_REACH) - 1, -1):
        if toks[k].text == ",":
            return k if k < verb - 1 else colon
        if toks[k].kind != WORD:
            return colon
    return colon


def _word_after_colon(nar: Narration, q: int, text: str) -> bool:
    """A quotation of a few words after a colon, the clause before it naming a noun of
    wording with an article or an owner, and no verb of saying in that clause."""
    toks, floor = nar.toks, nar.floor(q)
    colon = q - 1
    if colon <= floor or toks[colon].text != ":" or len(words(text)) > _WORDS_MAX:
        return False
    end = _tag_before(toks, colon, floor)  # round 77: '..., the unit said: "..."'
    lo = end - _COLON_REACH if end - _COLON_REACH > floor else floor
    for k in range(end - 1, lo - 1, -1):
        tok = toks[k]
        if tok.kind == QUOTE or tok.lower in REPORTING_VERBS:
            return False
        if tok.kind == WORD and singular(tok.lower) in _NAMING_NOUNS:
            if tok.lower == "words" and _sentence(text):
                return False  # round 122: 'her words printed beneath: "We saved ..."'
            return _owned(toks, k, floor)
    return False


def _sentence(text: str) -> bool:
    """Round 122: True when the quoted ``text`` reads as a sentence: a capital, two words at
    least and a closing ".", "?" or "!" ('"We saved for our first home."'), not a word."""
    stripped = text.strip()
    return stripped[:1].isupper() and stripped[-1:] in ".?!" and " " in stripped


_NOT_NOUNS = wordset(
    """
    and or but nor not no very most more less much so too quite rather really the a an of to
    in on at for with by from as than all any every each some such own new old toward towards
    against into onto over under across through about amid among between first last next
    """
)
"""Words that make a quoted modifier a description rather than a compound of nouns (round
14: an ordinal, 'a "first step" toward', and a preposition after the span, no noun)."""
_NOUN_BLOCKERS = ("ly", "ed", "al", "ic", "ful", "ous", "ive", "ible", "able", "less", "ish")
_MODIFIER_DETERMINERS = wordset("a an the its their his her our")


def _noun_compound(nar: Narration, q: int, text: str) -> bool:
    """Two or three lowercase nouns quoted between a determiner and a noun."""
    found = words(text)
    if not 2 <= len(found) <= 3 or not text.rstrip()[-1:].isalpha() or not text.islower():
        return False
    if not _nouns(found):
        return False
    toks = nar.toks
    prev = nar.word_before(q)
    if prev is None or prev.lower not in _MODIFIER_DETERMINERS or q + 1 >= len(toks):
        return False
    after = toks[q + 1]
    return after.kind == WORD and is_head_noun(after) and after.lower not in _NOT_NOUNS


_MAKING = wordset(
    """
    wrote co-wrote penned authored directed produced composed painted designed published
    recorded released choreographed translated illustrated
    """
)
"""Verbs whose object is a work: 'who wrote "..."'."""


def titled_work(nar: Narration, q: int, text: str) -> bool:
    """True when the quotation at ``q`` is a Title Case title right after a verb of making a
    work opened by a relative pronoun: 'who wrote "Letters from the Island,"'."""
    if q < 2 or not title_cased(text) or len(words(text)) < 2:
        return False
    toks = nar.toks
    verb, rel = toks[q - 1], toks[q - 2]
    return verb.lower in _MAKING and rel.lower in ("who", "which") and nar.floor(q) <= q - 2
