"""Who calls a thing what: one reading of a naming verb before a quotation, its object and its
subject, for the rules that tell a term from a person's words.

Quoted words after "call" in the present are a name when a body, "it" or a group of people
gives them, out of habit: 'what the ministry calls "care belts"', 'what it calls an "energy
highway"', 'whom parents online call "the ..."', 'what critics call "..."'. They are one
person's words when a person gives them ('what Kim calls "reckless"', 'what the mayor calls
"..."'), the speaker's own coinage after "I", "we" or "you" ('what we call "..."'), and the past
is what was said once ('what Kim called "..."'). Four rules ask this, each of its own frame:

* :func:`_named_by_body <herald_tui.quotes._mentions._named_by_body>` (round 11): a body or
  "it" names a thing, 'the ministry calls the zones "care belts"';
* :func:`_what_others_call <herald_tui.quotes._mentions._what_others_call>`: 'what officials
  call "..."', a group's term;
* :meth:`Narration._present_call <herald_tui.quotes._attribute.Narration._present_call>` (round
  13, for ``named_by_habit``): 'whom parents online call "the ..."', 'what it calls an "..."';
* :func:`_habit <herald_tui.quotes._things._habit>` (round 14): a thing's name, 'a blue swirl
  the band calls "sea glass"'.

The grammar they share is read here, once: where the verb stands before the quotation
(:func:`naming_verb`: right before it, or across an article or a short object), the word before
the verb and what kind of subject it is (:func:`subject_kind`), the word that opens the verb's
clause (:func:`opened_by`: 'what') and whether "the" opens the subject (:func:`definite`). What
each rule accepts stays with the rule: its verbs, its reach and the kinds it takes differ, and
merging them would change what the rules find (each keeps its difference as a named
parameter or a commented test).

Three more readers ask for part of it. Round 14's nickname (:func:`_nicknamed
<herald_tui.quotes._things._nicknamed>`, 'Rivals call him "the ..."') asks :func:`naming_verb`
for the verb across its own object, "him" or "her" (``pronouns``), whoever the subject is.
:meth:`Narration.own_name <herald_tui.quotes._attribute.Narration.own_name>` ('a scheme it calls
"..."') and :meth:`Narration.named_by_habit <herald_tui.quotes._attribute.Narration.named_by_habit>`
('what critics have long called "..."') take "call" in the present from
:data:`PRESENT_CALLS` and add verbs of their own; the first keeps its subjects ("it", "they",
"we" in any case: "we" an owner there, the speaker here), the second its look back over any
words. The glosses' own name (:func:`_own_name <herald_tui.quotes._glosses._own_name>`, 'which
the ministry calls "..."') shares only the word "calls": its subjects are a shape ("the" and one
word, a person's role too), not a kind, so it reads them itself.
"""

from __future__ import annotations

from collections.abc import Container

from herald_tui.quotes._lexicon import ORG_ROLES, wordset
from herald_tui.quotes._tokens import ROLES, WORD, Token, singular

PRESENT_CALLS = wordset("call calls")
""""Call" in the present, a habit: a name ('it calls', 'critics call'); "called" is what was
said once ('what he called "..."'). "call" wants a plural subject (a group, "I", "we", "you"),
"calls" a singular one (a body, "it", a person)."""
ARTICLES = wordset("a an")
_PRONOUN_OBJECTS = wordset("it them this these")
"""An object of one word: 'calls it "..."', 'calls them "..."'."""
_OBJECT_DETERMINERS = wordset("it them this these the its their")
"""A word that opens an object of two words: 'calls the zones "..."', 'calls its plan "..."'."""
PLACES = wordset("city province county country state")
"""Nouns of a place that acts as a body: 'the city calls it "..."'."""

# What kind of subject the word before a naming verb is (:func:`kind_of`):
NONE = ""
"""No word: the verb opens its sentence, or a mark or a quotation stands before it."""
IT = "it"
"""'it calls', 'It calls' (any case: a body or a thing the sentence named before)."""
SELF = "self"
""""I", "we", "you" (any case): the speaker's own coinage, 'what we call "..."'."""
PERSON = "person"
""""he", "she" (any case), or a singular role noun that is not a body's: 'the mayor calls', and
a document's too, 'the report calls' (a plural not spelt with "-s", 'fishermen', reads as one:
the test is the spelling)."""
NAME = "name"
"""Any other word not in lower case: 'Kim calls', 'Japan calls', a figure."""
BODY = "body"
"""A lower-case singular noun of a body: an organisation's role ('the ministry', 'the agency',
'the automaker', 'the paper') or a place ('the city')."""
GROUP = "group"
"""A lower-case plural: 'critics call', 'officials call', 'the ministries call'."""
OTHER = "other"
"""Any other lower-case word: 'the band calls', 'parents online call' (the word before the verb
is read, here "online")."""


def kind_of(tok: Token) -> str:
    """What kind of subject ``tok`` is, as the word before a naming verb (the kinds above).

    The pronouns are told by their lower-case form, whatever their case ('It calls' opens a
    sentence); any other word not in lower case is a name. A lower-case word is a body by its
    role or as a place (singular, no "-s"), a group by a plural "-s", a person by any other
    role, and otherwise nothing the lexicon knows."""
    if tok.kind != WORD:
        return NONE
    low = tok.lower
    if low == "it":
        return IT
    if low in ("i", "we", "you"):
        return SELF
    if low in ("he", "she"):
        return PERSON
    if not tok.text.islower():
        return NAME
    role = ROLES.get(low, "")
    if low[-1:] != "s" and (role in ORG_ROLES or low in PLACES):
        return BODY
    if singular(low) != low:
        return GROUP
    if role and role not in ORG_ROLES:
        return PERSON
    return OTHER


def subject_kind(toks: list[Token], verb: int, floor: int) -> str:
    """What kind of subject the word right before the naming verb at ``verb`` is (:func:`kind_of`),
    or :data:`NONE` when the verb opens its sentence (``floor``, its first token)."""
    return kind_of(toks[verb - 1]) if verb > floor else NONE


def naming_verb(
    toks: list[Token],
    last: int,
    floor: int,
    verbs: Container[str],
    *,
    objects: bool = False,
    article: bool = False,
    pronouns: Container[str] = (),
) -> int:
    """Index of the naming verb (one of ``verbs``) whose complement is the quotation after the
    token ``last``, or -1 when there is none at ``floor`` or after it.

    ``last`` is the word right before the quotation, or the word a caller reads in its place
    (round 14's reader skips an adverb first: 'calls literally "..."'). The verb is ``last``
    itself ('calls "..."'); with ``article``, the word before "a" or "an" ('calls an "..."');
    with ``objects``, the word before a short object: a pronoun ('calls it "..."') or a
    determiner and one word ('calls the zones "..."'); with ``pronouns``, the word before one
    of them, an object of one word the caller names for itself (round 14's nickname, 'call him
    "..."': a person, not one of the objects above, which are a thing's). A verb at ``floor``
    is returned: it has no subject in its sentence, which :func:`subject_kind` reads as
    :data:`NONE`."""
    if last < floor:
        return -1
    tok = toks[last]
    low = tok.lower
    if low in verbs:
        return last
    if (article and low in ARTICLES) or low in pronouns:
        k = last - 1
    elif not objects or tok.kind != WORD:
        return -1
    elif low in _PRONOUN_OBJECTS:
        k = last - 1
    elif last - 1 > floor and toks[last - 1].lower in _OBJECT_DETERMINERS:
        k = last - 2
    else:
        return -1
    return k if k >= floor and toks[k].lower in verbs else -1


def opened_by(toks: list[Token], verb: int, floor: int, word: str, reach: int) -> int:
    """Index of ``word`` ('what') opening the clause of the naming verb at ``verb``, across at
    most ``reach`` lower-case words before the verb, its subject ('what some economists call');
    -1 when a word not in lower case, a mark or the sentence's first token (``floor``) comes
    first."""
    k = verb - 1
    while k > floor and k >= verb - reach and toks[k].kind == WORD and toks[k].text.islower():
        if toks[k].lower == word:
            return k
        k -= 1
    return -1


def definite(toks: list[Token], verb: int, floor: int) -> bool:
    """True when "the" opens the subject before the naming verb at ``verb``, across its
    lower-case words: 'the ministry calls', 'the state weather agency calls' (a body named by its
    noun; not 'Seoul's ministry calls' nor a subject with no article)."""
    k = verb - 2
    while k > floor and toks[k].kind == WORD and toks[k].text.islower() and toks[k].lower != "the":
        k -= 1
    return k >= floor and toks[k].lower == "the"
