"""Who said each quotation, read from the reporter's words around it.

Each paragraph becomes a :class:`Narration`: its masked text, tokens and sentences, every
reporting clause (a reporting verb with the phrase naming its speaker: "Kim said", "said Lee, a
senior official", "according to the ministry") and every other phrase that introduces someone
("Unification Minister Kim Yung-ho visited ..."). A quotation then takes, in this order:

0. the subject of a relative clause characterising with it ('Kim, whom critics called
   "reckless," said': the critics),
1. the clause right after it ('"...," he said.' / '"...," said Kim.'); when that clause is a
   news agency or "according to", the person the sentence says said it ('Kim said the test
   was "a success," the KCNA reported': Kim),
2. the nearest clause before it in its sentence ('Kim said Tuesday: "..."', 'the minister said
   the plan was "realistic"'),
3. a clause later in its sentence, when only other quotations stand between ('"realistic" and
   "overdue," the minister said'),
4. the clause closing its sentence after a comma ('"Nothing" in it is final, the minister
   said'), unless a participle labels it with nobody saying it ('Dubbed "the iron lady" by
   fans, ...'),
5. for a fragment opening with a reporting verb, the sentence's subject ('The minister also
   "stressed the need for ..."'; but 'Kim "inspected the site"' quotes the reporter).

A clause whose subject cannot be read (a participle: ', adding that ...'; a coordinated verb:
'said ... but warned') takes the speaker of the clause before it, or the sentence's subject; a
relative clause takes its antecedent ('Kim, who said'; 'a joint statement, which read'). The
subject of a passive ('was asked', 'has been derided as') speaks for no one. Any past tense
right after a quotation and its subject reports it ('"...," she sighed'), and a quotation
that narration introduces with a colon but no reporting verb takes the document the clause is
about ('a recorded announcement repeated: "..."') or the person opening that sentence ('Kim
was blunt: "..."'), or no one. Some clauses have no reporting verb of their own: a noun of
speech after a possessive ("rejected Park's claim that ..."), a verb that characterises or
estimates only with "as" or "at" ("rejected the term as", "put the toll at"), and the object
before an infinitive ("prompting health authorities to warn"). The agent of a passive ("a plan
announced by the ministry") is who a later "it" may mean.

Words quoted as words never take a speaker: after a cue noun ('the term', 'the words "a" and
"b"'), named by an appositive ('"third way," a term ...'), naming a status ('raised ties to a
"strategic partnership"'), a kind of thing ('pilot "social prescribing" programs') or the name
an owner gives it ('a scheme it calls "risk-based warning"'), or given passively ('being called
"the ice queen"').

Every look-back and look-ahead here is bounded by a constant number of tokens or clauses, so a
paragraph of any length is read in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import attrgetter

from herald_tui.quotes._calls import ARTICLES, IT, PRESENT_CALLS, subject_kind
from herald_tui.quotes._joins import document_reading, join_roles
from herald_tui.quotes._lexicon import (
    ASCRIBING_VERBS,
    AUXILIARIES,
    BE,
    BE_FINITE,
    CALENDAR,
    CHARACTERISED_AS,
    DOCUMENTS,
    FINITE,
    INVERTIBLE_VERBS,
    IRREGULAR_PAST,
    KIN_NOUNS,
    KIN_OWNERS,
    KOREAN_SURNAMES,
    LABEL_VERBS,
    LABELLED_FORMS,
    LABELLING_INGS,
    MODALS,
    NOT_NAME,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    ORG_ROLES,
    OWNED,
    PARTICIPLES,
    PERFECT,
    PERSON_ROLES,
    PHRASE_BOUNDARIES,
    PLACE_NOUNS,
    PRONOUNS,
    QUANTITIES,
    RELAYING_ROLES,
    REPORTING_VERBS,
    ROLE_NOUNS,
    RULINGS,
    SENTENCE_OPENERS,
    SPANS_OF_TIME,
    SPEECH_VERBS,
    STATE_ROLES,
    TERM_NOUNS,
    TITLE_CUES,
    WRITTEN_WORK_NOUNS,
    lowercase,
    names_a_state,
    wordset,
)
from herald_tui.quotes._narration import blank_dateline, mask, sentence_starts
from herald_tui.quotes._phrases import (
    AGE,
    PLACE_PREPOSITIONS,
    Mention,
    demonym_shaped,
    described_name,
    document_phrase,
    name_phrase,
    owned_word,
    phrase_after,
    phrase_before,
    place_continues,
    quote_closes_relative,
    role_by_relative,
    setting_after,
)
from herald_tui.quotes._scan import Span
from herald_tui.quotes._tokens import (
    NOT_NAME_WORDS,
    PREPOSITIONS,
    PUNCT,
    QUOTE,
    WORD,
    Token,
    is_head_noun,
    is_name,
    role_of,
    singular,
    skip_auxiliaries,
    token,
    tokens,
)

_LOOK = 4  # clauses tried on each side of a quotation
_PAST_AUXILIARIES = wordset("did had was could would")
"""Round 208: auxiliaries that open a clause's past predicate ("and Ra did not argue")."""
_GERUND_BE = wordset("is was are were has had remains remained")
"""Round 208: verbs after a gerund that is a that-clause's subject ("that farming was")."""
_WHICH_THAT = wordset("which that")
"""Round 167: relative pronouns opening a document's clause ('a banner that read "..."')."""
_REACH = 60  # tokens a clause may stand before the quotation it attributes
_WHO_REACH = 6  # round 298: tokens from "a" to its "who" ("a camper in Gapyeong who")
_GOVERNS = 4  # tokens between a verb and the quotation it governs
_DESCRIPTION_BREAKS = frozenset(("after", "before", "when", "since", "while", "until"))
"""Round 331: words opening a clause inside a document's description, where the subject reader
stops ("put up at the entrance | after the lawsuit was filed | reads")."""
_PLACED_BY = frozenset(("taped", "put", "posted", "hung", "pinned", "stuck", "painted"))
"""Round 331: participles that place a document where it is read ("a sign put up at ...")."""
_ANTECEDENT = 30  # tokens a relative pronoun may stand from the document it refers to
_ADJACENT = 14  # tokens a subject may take between a quotation and its verb
_WORDS = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_FOLLOWS = 40  # tokens a later clause may stand after the quotation it attributes
_TAIL = 12  # tokens a sentence-closing clause may run after its verb
_INTRODUCES = 8  # tokens between a reporting verb and the comma before a statement
_SMALL_WORDS = wordset("of the and a an in on for to at by with or from 'n' n")
_SUBORDINATORS = wordset("as while when because since although though whereas after before")
_LEAD_INS = wordset(
    "even just shortly soon long only a an one two three a few hours days weeks months years"
    " day week month year minutes moments"
)
"""Round 46: words that may stand before a subordinator opening an aside ('a day after',
'even as', 'shortly before')."""
_NOUN_PREPOSITIONS = wordset("on of for about under over with without against amid despite")
"""Round 312: prepositions after which a word shaped like a verb of saying is a noun: "on claims
under 3 million won", "stay on call" (a gerund after them still reads: "insisted on calling")."""
_OPENS_CLAUSE = _SUBORDINATORS | wordset("where and but until")
"""Words after a comma that open a clause with a subject of its own: ', where vendors
chanted', ', and fans chanted' (not the subject of the sentence before; but ', but said' is
the same subject's)."""
_AUTHORED_RECORDS = wordset("survey study poll analysis report findings census")
"""Records whose author "by" names after "according to a ..." (round 133)."""
_AGREES = wordset("agreed agrees agree")
_NAMING_BARE = wordset("voice report post comment claim answer note order pledge promise")
"""Bare verbs of saying that are also nouns, read as a compound's after an acronym (round
133: "AI voice cloning")."""
_SENTENCE_MARKS = (".", "?", "!")
"""Marks that end a quoted sentence: no tag of the next clause follows it (round 129)."""
_OPENING_CAPITALS = wordset("the a an he she they it we his her its their this that these those")
"""Round 200: words capitalised only where they open a sentence, never as a name."""
_OPENING_ROLE_WORDS = wordset("a an the his her their its one another")
"""Words opening a role phrase a name may follow after a comma (round 130)."""
_OPENING_ROLE = 5  # words of an opening role phrase before its comma (round 130)
_SUBJECT_REACH = 12  # tokens back from a sentence's end for its verb (round 136)
_MET_REACH = 400
"""Characters before "the <role>" searched for "a <role>" (round 129): bounded, so a long
paragraph is read in linear time."""
_NEW_SUBJECT_OPENERS = wordset("a an the one another some each every many several")
"""Words after ", and" that open a clause with a subject of its own (round 129)."""
_INDEFINITE = wordset("a an his her its their")
_POSSESSIVES = wordset("its their")
_DETERMINERS = wordset("the a an this that these those")
_VERB_CUES = wordset("play plays show shows")
_PARTICLES = wordset("in out up down off away over back")


def _phrasal_verb(text: str, found: list[str]) -> bool:
    """Round 174: True when ``text`` is a verb and its particle spelled apart ('shut out',
    'lock in'): after "to" an infinitive whose object the next noun is ('vowed to "freeze
    out" bidders'), not a kind's name, which joins them ('moved to "drop-in" clinics')."""
    if len(found) != 2 or found[1] not in _PARTICLES:
        return False
    stripped = text.strip().rstrip(",.")
    return lowercase(stripped).endswith(" " + found[1])


_PASSIVE_REACH = 16  # round 339: tokens from "as saying" back to a passive "quoted" (was 9)


def _in_agent(tok: Token) -> bool:
    """Round 339: True for a token of the agent phrase between a passive "quoted" and "as
    saying": a word or a comma ('by the Rodong Sinmun, the ruling party's newspaper,')."""
    return tok.kind == WORD or tok.text == ","


_QUOTED_AS_REACH = 18  # round 119: tokens from "quoted" to "as saying" past an apposition
# round 205: "quoted NAME, a deputy head of a department of the ruling party's Central
# Committee in Pyongyang, as saying": a long North Korean title runs past 18 tokens; "as
# saying" in the same sentence still closes the object of "quoted"
_QUOTED_AS_SAYING_REACH = 30
_NOUN_NEXT = MODALS | wordset("is was")  # round 118: after a bare verb-shaped word, a noun's
_NOT_HEADS = wordset(
    "what all whatever thing things word words everything nothing something only and but or"
    " that who whom which"
)
"""Round 46: what a reduced relative clause does not follow ('what Y said was "..."', 'the
last thing Y said was "...": Y's words)."""
_NOT_HEADS_OR_DETERMINERS = _NOT_HEADS | _DETERMINERS
_MADE = wordset(
    "wrote posted made issued released published gave delivered unveiled announced sent drafted"
    " signed proposed offered submitted filed presented tabled shared tweeted penned aired"
    " floated launched described"
)
"""Round 46: past tenses whose object is the noun a reduced relative clause modifies ('the
letter Y wrote was'), unlike verbs of saying, whose clause the noun is the subject of ('a move
the office said was aimed at "...": what the office said)."""
_PREDICATE_STARTS = BE | MODALS | frozenset(("has", "had", "have", "does", "did", "went", "came"))
"""Words that open a predicate, not a title, after a noun of a work or a word (round 31)."""
_QUOTE_MARKS = "\"“”‘’' "


def opens_predicate(text: str) -> bool:
    """True when a quotation opens with a lowercase form of "be", "have" or "do", a modal or
    a past of motion: the verb whose subject the noun before it is ('the app "is not a toy"',
    'the concert "went better"', 'the slang "was never meant to hurt"'), not its title or its
    name (round 31)."""
    text = text.lstrip(_QUOTE_MARKS)
    if not text[:1].islower():
        return False
    first, _, rest = text.partition(" ")
    if first in _PREDICATE_STARTS:
        return True
    # round 129: a present tense opening a clause of three words or more that ends its
    # sentence ('the show "draws only on published material."'); a title the sentence goes
    # on after may open with a plural noun ('The exhibit "hands that build" opened')
    closed = text.rstrip(_QUOTE_MARKS)[-1:] in (".", "!", "?")
    return closed and rest.count(" ") >= 1 and _present_tense(first)


def _present_tense(word: str) -> bool:
    """True for a lowercase word shaped like a verb's third person ("draws", "belongs"; not
    "less", "bus", "this"). A plural noun has the shape too ("hands that build"): read only
    at the start of a quotation that ends its sentence after a title's cue."""
    return len(word) > 3 and word[-1] == "s" and word[-2] not in "su'’i" and word.isalpha()


_NAME_DETERMINERS = wordset("the a an its their his her our this these that")
_DEFINITE = wordset("the its their this these")
_ARTICLES = wordset("the a an its their his her our")
_READS = frozenset(("read", "reads"))
_QUANTIFIERS = frozenset(("some", "many", "most", "several", "few", "both", "all"))
_PRONOUN_WORDS = wordset(
    "nothing everything something anything nobody everybody everyone none all some never no"
)
_SAYING = wordset(
    """
    said stressed emphasized emphasised urged vowed pledged warned noted added insisted argued
    claimed promised demanded threatened highlighted underscored reaffirmed called stated
    declared hinted suggested acknowledged admitted conceded lamented complained recalled
    predicted cautioned asserted denied asked requested appealed apologized apologised
    """
)
"""Verbs that, opening a fragment, mean its subject said it ('The minister "stressed ..."';
not 'Kim "expressed great satisfaction"', which is how an agency reports him)."""
_AS_LABELS = wordset(
    "reject rejects rejected portray portrays portrayed depict depicts depicted frame frames framed"
)
"""Verbs that characterise only with "as": "rejected the term as 'misleading'"."""
_NAMING_VERBS = PRESENT_CALLS | wordset("dub dubs term terms")
"""The naming verbs of :meth:`Narration.own_name`, right before the name: "call" in the present
(:mod:`herald_tui.quotes._calls`), and "dub" and "term", its own."""
_NAMING_PARTICIPLES = wordset("called dubbed nicknamed termed named labeled labelled branded")
_AGENT_WORDS = 3  # round 70: lower-case words of a group naming by "by ... as" ('by the media')
_RELATIVES = wordset("what which whom that who")


_FRONTED_REACH = 12  # round 397: tokens back a "which" or "that" may open the clause


def _ascribed_to(toks: list[Token], v: int) -> bool:
    """Round 397: True when "attributed" at ``v`` is a participle that describes a noun
    ("a line | often | attributed to the founder", "was attributed to"), not a verb with a
    subject: "to" follows it at once, and no relative pronoun opens a clause with a subject
    of its own before it ("which the ministry attributed to "..."", the object fronted)."""
    if v + 1 >= len(toks) or toks[v + 1].lower != "to":
        return False
    prev = toks[v - 1].lower if v > 0 else ""
    if prev in BE or prev.endswith("ly"):
        return True
    for k in range(v - 2, max(-1, v - _FRONTED_REACH), -1):
        tok = toks[k]
        if tok.kind != WORD and tok.text != ",":  # (a comma inside a ministry's name)
            return True
        if tok.lower in ("which", "that"):
            return False
    return True


_CALL_FORMS = wordset("call calls called")
"""The naming verbs of :meth:`Narration._names_next_only`."""
_SPANS_OF_TIME = wordset("seconds minutes hours days nights weeks months years decades shifts")
"""Round 159: plural spans of time, which say nothing: after a quotation and a comma, 'hours
logged after the doors close' is a gloss of the quoted term (a reduced relative), no tag."""
_SANCTIONS = wordset(
    """
    fined suspended banned punished reprimanded disciplined sanctioned censured expelled
    sacked fired sued penalized penalised
    """
)
"""Round 165: verbs whose object, not subject, did what "for calling ..." names."""
_LABEL_FORMS = _CALL_FORMS | LABELLED_FORMS
"""Round 159: :meth:`Narration._names_next_only` reads the verbs of labelling too: 'what the
agency has dubbed "blue Mondays," and that crews would get "..."' (the label names one thing;
the later quotation is the sentence speaker's)."""
_HABIT_VERBS = PRESENT_CALLS | wordset("called calling known referred dubbed")
"""The verbs :meth:`Narration.named_by_habit` looks back for: "call" in the present
(:mod:`herald_tui.quotes._calls`) and its own, the past and the participles a habit adds
('have long called', 'taken to calling', 'known as', 'referred to as')."""
_HABITS = wordset("long often commonly widely popularly sometimes taken come begun started")
"""Words that make a naming verb a habit ('have long called', 'taken to calling')."""
_AS_HABITS = wordset(
    """
    criticized criticised described branded labeled labelled derided decried denounced
    dismissed portrayed depicted condemned mocked
    """
)
"""Round 63: verbs that label a thing with "as" ('have long criticized it as a "..."')."""
_HABIT_REACH = 6  # tokens between a naming verb and the quotation it names
_WHOM_REACH = 5
"""Tokens from a plural "call" back to the "whom" of a nickname, any word between ('whom Kim's
fans call'; round 11's 'what ... call' reads only two lower-case words, see
:func:`opened_by <herald_tui.quotes._calls.opened_by>`)."""
_OWNERS = wordset("it they we")
"""The subjects of :meth:`Narration.own_name`, any case: its own, not a kind of
:func:`kind_of <herald_tui.quotes._calls.kind_of>` ("we" an owner naming its program, 'a
program we call "Green Desk"', where "we" before a characterisation is the speaker's own
coinage, :data:`SELF <herald_tui.quotes._calls.SELF>`; and "They" opening a sentence, which
it reads as a name)."""
_ESTIMATES = wordset("put puts pegged pegs estimated estimates")
"""Verbs that give a figure as someone's estimate with "at": "put the toll at 'about 600'"."""
_ESTIMATE_OBJECT = 10  # tokens an estimate's object may run before "at"
_PARTICLE_VERBS = _AS_LABELS | _ESTIMATES  # one lookup per word in the hot loop
_LIST_WORDS = wordset(", and or to than over from into versus")
"""Words between terms a cue noun introduces: 'the words "a" and "b"', 'prefers the expression
"a" to "b"', 'changed the name from "a" to "b"'."""
_CLAIMS = wordset(
    """
    argument arguments claim claims assertion insistence remark remarks comment comments
    explanation allegation allegations accusation accusations testimony
    warning warnings prediction predictions promise pledge suggestion complaint complaints
    admission observation note notes memo message messages
    """
)
"""Nouns of speech whose possessor said what follows: "Park's claim that ...", and (round 15)
what they wrote: "read aloud the former CFO's note that ..."."""
"""Round 58: the verb whose subject a claim noun is, after the clause it reports."""
_CALLS = wordset(
    "call calls demand demands plea pleas appeal appeals vow vows pledge pledges promise"
    " promises warning warnings"
)
"""Round 40: nouns of speech whose possessor said the quotation right after "for", "to" or
"of": "Gong's call for 'restraint'" (see :meth:`Narration.called_for`)."""
CALL_LINKS = wordset("for to of")
CALL_ARTICLES = wordset("a an")
"""Round 176: articles that may stand between a call's link and its words ("of a")."""
_PASSIVE_AUX = wordset("was were is are been being")
_TOLD_BY = wordset("told asked warned urged assured cautioned instructed ordered reminded")
"""Round 40: verbs of telling whose "by" names the teller ("was told by Bang that ...")."""
_ADVERBS = wordset("also again further later then repeatedly once similarly separately")
_NAME_TAILS = frozenset((",", "by", "who", "(", "as"))
_LOCATIVES = frozenset(("in", "near"))
_QUOTING = wordset("quoted quoting quotes cited citing cites")
_PASSIVE_QUOTING = wordset("quoted cited")
KINDS = wordset(
    """
    program programme policy project scheme zone system strategy campaign initiative approach
    model plan package law rule regime era movement phenomenon trend bill act treaty pact
    mechanism promotion offer discount period practice
    """
)
_SAYS = wordset("said says told tells added wrote stated")
_MAIN_PARTICIPLES = wordset("adding calling")
"""Participles that continue the main clause's saying (round 55), not a reported event's."""
_MAIN_VERBS = wordset("said says noted rejected dismissed denied")
"""Main verbs whose object reports or cites another's clause (round 55)."""
_MAIN_ADVERBS = wordset("also further then later again")
_MAIN_REACH = 12
"""Tokens from the sentence's start within which its main verb must stand (round 55)."""
_RESTRICTIVE_REACH = 4
"""Tokens from the sentence's start to a restrictive "who" ('Some of the users who')."""
_OPENING_REACH = 10  # round 117: tokens an opening place phrase may take before its comma


def plural_word(low: str) -> bool:
    """A plural-shaped noun: "-s", not "-ss", "-us" or "-is" (round 55; round 373 asks it
    of the subject before a bare "market")."""
    return len(low) > 3 and low[-1] == "s" and low[-2] not in "siu'"


_PAST_FORMS = IRREGULAR_PAST | PARTICIPLES | wordset("wrote spoke")
_MAIN_PAST = IRREGULAR_PAST | wordset("heard wrote spoke got")
"""Past tenses that may follow a restrictive relative clause as the main verb (round 55's
run-on clause ends at one)."""
_LIST_PREPOSITIONS = wordset("in at from across near between around throughout")
"""Prepositions whose object may be a list of places: "clinics in Seoul and Gyeonggi"."""
_REGARDING = wordset(
    "treat treats treated treating view views viewed viewing regard regards regarded regarding"
    " see sees saw seeing eye eyes eyed eyeing"
)
"""Round 199: verbs of regarding a thing "as" something: how the speaker sees it."""
_REGARD_OBJECT = 6  # round 199: tokens from a verb of regarding to its "as"
_LABEL_OBJECT = 30  # tokens a characterising verb's object may run before "as" (round 199: 20)
_NO_HEAD = Mention(0, 0, "none")
"""Round 94: a relative clause's head that stands before the verb but cannot be read."""
_INTRO_REACH = 24  # tokens an opening clause may take before the comma that ends it
_QUESTION_WORDS = wordset("whether if about why how what when where who")
_PRESSED = wordset("pressed questioned grilled quizzed")
_PRESSED_ON = _QUESTION_WORDS | wordset("on over")
_HIS_HER = frozenset(("his", "her"))
_PUT = _PRESSED | wordset("asked")
_ANSWERER = {"him": "he", "her": "she"}
"""Round 173: the one a question is put to, and the pronoun that answers it."""
_APPOSITIVE_REACH = 20  # round 139: tokens back from ", who" to the comma after a name


def _person_noun(tok: Token) -> bool:
    """Round 139: a lowercase role noun of a person ("director", "professor"), no body's."""
    role = role_of(tok.lower) if tok.kind == WORD and tok.text.islower() else ""
    return bool(role) and role not in ORG_ROLES and role not in DOCUMENTS


_FINDINGS = wordset("survey study poll analysis findings data research results")
"""Round 172: records of findings, which bear a claim out without wording it."""
_BEARS_OUT = wordset("confirmed confirms showed shows proved proves backed backs vindicated")
"""Round 172: verbs by which a record bears a claim out ("the study confirmed ...")."""
_REPORTING_PAST = wordset("said says stated noted argued")
"""Round 172: reporting verbs whose complement holds a record's finding."""

_REACH_PARTICIPLES = frozenset(
    ("representing", "employing", "serving", "covering", "comprising", "grouping")
)
"""Round 172: participles whose object counts whom a body stands for ("a union representing
6,000 drivers"): the object is not the speaker of the verb after it."""
_APPROXIMATORS = frozenset(("about", "some", "nearly", "almost", "around", "roughly", "over"))
"""Round 172: words before a number that only round it ("about 6,000")."""

_SUBJECT_PREPOSITIONS = frozenset(("on", "about", "toward", "towards", "against", "over"))
"""Round 172: prepositions whose object, right before a verb, ends a longer subject ("the
focus on farmers suggested"): that object is not who speaks."""

# Round 147: prepositions of place that open a sentence with its scene ("Above the door
# hangs a sign:", "Beneath the bridge, ..."): capitalised there, never a name.
_SCENE_OPENERS = wordset("above below beneath underneath behind beside atop alongside")


def _bare_verb_after_indefinite(toks: list[Token], v: int, mention: Mention) -> bool:
    """Round 180: True when the reporting verb at ``v`` is a bare base form ("post", "note",
    "write": its "-s" form is a reporting verb too) right after a singular phrase opened by
    "a" or "an" ("An unsigned | note | on the door"; round 185: or "one", "another", "each",
    "every", see _singular_opened): a singular subject would take "notes" or "noted", so
    the word is the noun the phrase's adjective describes, and the phrase before it ("An
    unsigned") is no speaker. Not "read", whose base form is its past too."""
    low = toks[v].lower
    return (
        _singular_opened(toks, mention)
        and low + "s" in REPORTING_VERBS
        and low not in IRREGULAR_PAST
        and low != "read"
    )


_PLACE_ADVERBS = wordset(
    "online offline overseas abroad elsewhere nationwide locally domestically worldwide"
)
"""Round 185: adverbs of place that open a sentence before a comma ("Online, the clip
spread"): capitalised there only, never a speaker's name."""
_SINGULAR_OPENERS = wordset("a an one another each every")
"""Round 185: words opening a singular phrase, whose verb would take "-s" or "-ed"."""


def _owned_then_singular(toks: list[Token], v: int) -> bool:
    """Round 185: True when the bare verb form at ``v`` follows a possessive and one
    lowercase word without a plural's "-s" ("Yun's earlier | claim", "the firm's new |
    report"): a subject there would be that singular word, which takes "claims" or
    "claimed", so the word at ``v`` is the noun the possessive owns (not "Yun's aides |
    claim", a plural subject and its verb; nor "read", its own past: "the firm's
    notice read")."""
    between = toks[v - 1]
    return (
        toks[v].lower not in _READS
        and between.kind == WORD
        and between.text.islower()
        and between.lower[-1:] != "s"
        and owned_word(toks[v - 2])
    )


def _aside_closed(toks: list[Token], prev: int, v: int) -> bool:
    """Round 185: True when an aside may end at ``prev``, right before the verb at ``v``: a
    comma stands between them ('NAME, head of the "..." campaign, said') or the aside's
    quotation closes there ('The agency, calling it "...," said'). A word right before the
    verb with no comma ('In Dosan, a village fans call "...," crews hung a sign that read')
    is the verb's own clause, not the end of an aside."""
    return prev < v - 1 or toks[prev].kind == QUOTE


def _singular_opened(toks: list[Token], mention: Mention) -> bool:
    """Round 185: True when ``mention`` is opened by a word of one ("a", "an", and also
    "one", "another", "each": 'One handwritten | note | by the gate read'), as its
    determiner or as its own first word (capitalised "One" opening a sentence)."""
    if mention.determiner in _SINGULAR_OPENERS:
        return True
    first = bisect_left(toks, mention.start, key=attrgetter("start"))
    return first < len(toks) and toks[first].lower in _SINGULAR_OPENERS


_ADJUNCT_PREPOSITIONS = wordset("with from in at on before beside alongside behind near inside")
"""Round 139: prepositions opening an adverbial phrase of place or company between a verb
and a possessive its subject owns ("appeared before the panel with his aide")."""
_ADJUNCT_REACH = 14  # round 139: tokens back from the possessive to the verb
_SIBLINGS = wordset("brother sister")
_SIBLING_RANKS = wordset("younger elder older big little")
"""Round 144: words that rank a sibling: "his younger brother, NAME"."""
_ASIDE_DOCUMENT_REACH = 12  # round 173: ", in a statement issued by his agent, said"
_ISSUED_OWNERS = wordset("a an his her its their")
_ASKS = wordset("asked asks demanded wondered")
_ASKS_BEFORE = _ASKS | wordset("asking")
"""Round 173: also 'As a pupil stood up, asking, "...?" she smiled ...': the pupil's."""
_QUESTION_LEADS = wordset("whether if why how what when where who which")
"""Round 200: words opening the question in "Asked by NAME whether ..." (a "by" agent)."""
_OBJECT_CUES = wordset("of at for from in to on with by read saw heard made issued")
_ASIDE_REACH = 24
"""Round 128: words a relative aside after a sentence's opening role may hold; also the reach of
round 80's aside before a quotation and round 168's document aside (round 80 bound 12 under
this name, a binding round 128's shadowed: every round since was measured with 24, and 12
loses a right speaker on tuning text, tuning95-012)."""
_INTRO_WORDS = wordset("but and meanwhile however still yet also so then")
_PLACE_WORDS = wordset("in on at outside inside near above along across over")
_PLACE_PHRASE = 5  # tokens a place or language phrase may take: "on the front door"
_NAME_JOINS = wordset("of for and the")
ADJECTIVE_ENDINGS = ("less", "ful", "ous", "ive", "ible", "able")
"""Endings of an adjective, a word that describes a thing rather than naming its kind:
"merciless", "wasteful", "dangerous", "excessive", "irresponsible", "unacceptable"."""
_REPORTS = wordset(
    """
    said says told tells added noted stated claimed argued insisted warned announced
    reported explained confirmed acknowledged admitted
    """
)
"""Verbs whose clause reports another: the subject inside it is not the sentence's speaker."""
_ABOUT = wordset("about around nearly some roughly almost over")
"""Words before a count that opens a sentence: "About 200 fans ..." """
_NO_COMMENT = wordset("for no without")  # round 139: "carried it without comment: "
_COMMENT_NOUNS = wordset("comment comments")
_COMMENTS = wordset(
    """
    comment comments commented commenting respond responds responded responding answer answers
    answered answering reply replies replied replying elaborate elaborated
    """
)
"""Verbs of giving a comment at all: 'declined to comment', 'did not respond' say the subject
gave none (not 'did not say when', whose subject may speak next)."""
_WITHHOLDS = wordset("declined declines decline declining refused refuses refuse refusing")
_NEGATIONS = wordset(
    """
    not never didn't don't doesn't wouldn't won't couldn't can't cannot hasn't haven't hadn't
    isn't wasn't weren't aren't
    """
)


def withheld_comment(toks: list[Token], start: int, end: int) -> bool:
    """True when tokens ``start`` to ``end`` hold a verb of comment whose subject gave none
    ('Hanul declined to comment.'): that sentence leads into no quotation of its subject's."""
    comments = _COMMENTS
    # (a loop, not any(): a generator's every step is a call from C, and this runs per lead-in)
    for k in range(start, end):  # noqa: SIM110
        if toks[k].lower in comments and _withheld(toks, k):
            return True
    return False


def _withheld(toks: list[Token], v: int) -> bool:
    """True when the verb of comment at ``v`` says its subject gave no words (round 42):
    'declined to comment', 'refused to answer', 'did not respond', 'has not commented', with
    one adverb between ('did not immediately respond'). Such a subject spoke none of the
    quotations around it: no quotation standing alone continues it, nor does it stop one
    continuing the speaker before it."""
    k = v - 1
    if k > 0 and toks[k].lower[-2:] == "ly" and toks[k].kind == WORD:
        k -= 1  # 'did not immediately respond', 'declined to publicly comment'
    if k < 0:
        return False
    prev = toks[k].lower
    if prev in _NEGATIONS:
        return True
    return prev == "to" and k > 0 and toks[k - 1].lower in _WITHHOLDS


_UNNAMED = wordset("named identified quoted")
_ANONYMOUS_WORDS = wordset("anonymous unnamed anonymity")


def _asks_anonymity(toks: list[Token], v: int) -> bool:
    """Round 192: True when the "asked" at ``v`` asks for the wire's anonymity ("who asked
    not to be named", "asked to remain anonymous", "asked for anonymity"): no question put to
    anyone, but the mark of a source the story goes on to quote ('A clerk at a mill in Peru,
    who asked not to be named, was blunter. "...," he said.'), so "he" may still mean them."""
    after = [t.lower for t in toks[v + 1 : v + 5]]
    if after[:3] == ["not", "to", "be"]:
        return len(after) > 3 and after[3] in _UNNAMED
    if after[:2] == ["to", "remain"]:
        return len(after) > 2 and after[2] in _ANONYMOUS_WORDS
    return after[:2] == ["for", "anonymity"]


_WHEN = wordset("when if once unless until")
"""Words before a passive "asked" ("shrugged when asked about it"): the subject was asked."""
_OPENING_SUBORDINATORS = wordset("when as after before while once")
"""Round 173: words opening a subordinate clause a participle after its comma may belong to."""
_INTRODUCED_REACH = 16
"""Round 222: tokens looked back from "and" for the "a"/"an" opening the clause's subject."""
_AUXILIARY_OR_BE = AUXILIARIES | BE  # (one set: :meth:`Narration._passive` tests every verb)
_REJOINDERS = wordset("shot hit spat")
"""Irregular past tenses of rejoinder ('"...," NAME shot back.', 'NAME hit back, "..."',
'"...," NAME spat.'): "shot" and "hit" only before "back" (round 47)."""
_LEADS = frozenset((",", "back"))
"""What follows a past tense that introduces a quotation after it: 'shrugged, "..."',
'shot back, "..."' (round 47)."""


_WORDS_OF_REACH = 8  # round 173: words after "in the words of" looked at for an "and"


def _in_words_of(toks: list[Token], v: int) -> bool:
    """Round 173: True for "in the words of" at ``v`` ("words"), with a phrase after "of":
    'the talks were, in the words of one diplomat, "..."' gives the words to whoever "of"
    names, as "according to" does. Not "in his own words", nor "the words of the anthem"
    (no "in" before), nor two people's ("in the words of NAME and NAME": neither alone)."""
    if not (
        2 <= v < len(toks) - 2
        and toks[v - 1].lower == "the"
        and toks[v - 2].lower == "in"
        and toks[v + 1].lower == "of"
    ):
        return False
    for k in range(v + 2, min(v + 2 + _WORDS_OF_REACH, len(toks))):
        if toks[k].kind != WORD:
            return True
        if toks[k].lower == "and":
            return False
    return True


_WRITING_VERBS = wordset(
    "wrote written made painted taped hung lettered scrawled penned drew drawn signed posted"
)
"""Round 409: verbs by which a person made the document a relative clause describes."""
_PERFECT_AUXILIARIES = wordset("had has")
_OWN_WORDS_OWNERS = {"his": "he", "her": "she", "their": "they"}
"""Round 302: the possessive pronouns of "in his words", with the pronoun each stands for."""


def _own_words_owner(toks: list[Token], v: int) -> int:
    """Round 302: the possessive pronoun of "in his words" or "in her own words" at ``v``
    ("words"), or -1: 'rents have, in his words, "..."' quotes the one the pronoun means, as
    "as he put it" does (round 256) and "in the words of NAME" (round 173). Only with the
    quotation right after it: 'and, in his words, told him he had "..."' is the teller's,
    whom the verb after the aside governs."""
    k = v - 2 if v > 1 and toks[v - 1].lower == "own" else v - 1
    if k < 1 or toks[k].lower not in _OWN_WORDS_OWNERS or toks[k - 1].lower != "in":
        return -1
    nxt = v + 2 if v + 2 < len(toks) and toks[v + 1].text == "," else v + 1
    return k if nxt < len(toks) and toks[nxt].kind == QUOTE else -1


_BACK_VERBS = wordset("shot fired hit snapped")


def _back_that(toks: list[Token], v: int) -> bool:
    """Round 173: True for a rejoinder "shot back that" (or "fired back", "hit back",
    "snapped back") at ``v``: 'NAME fired back that the plan was "...,"' reports what NAME
    said, as "said that" does. Not "hit back at critics" (no "that": what it says is not
    reported), nor a capitalised "Shot"."""
    return (
        v + 2 < len(toks)
        and toks[v].text.islower()
        and toks[v + 1].lower == "back"
        and toks[v + 2].lower == "that"
    )


_FINDS = wordset("found finds")


def _finds_that(toks: list[Token], v: int) -> bool:
    """Round 191: True for "found that" or "finds that" at ``v`` right after a name or the
    comma closing an aside ('The Hanbit Safety Board found that the brakes had been "worn to
    the metal"', invented): a named body's finding is reported as its words, as "concluded
    that" is. Not "found the wreck" (no "that"), nor after a lowercase noun ('a study by the
    institute found that'): a document's finding, its terms no one's words."""
    if v < 1 or v + 1 >= len(toks) or toks[v + 1].lower != "that":
        return False
    before = toks[v - 1]
    return before.text == "," or (before.kind == WORD and before.capitalised)


_ADVISING = wordset("advise advises advised")
_ADVISING_MODIFIERS = 3  # lowercase words between the determiner and the document noun


def _document_advises(toks: list[Token], v: int) -> bool:
    """Round 179: True for an "advises" whose subject is a document noun tagging a
    quotation: '"Keep to the path," the trail notice advises.', 'The gate leaflet
    advises: "..."' (the document's words, as "reads" gives them). "Advise" reports
    nothing said of any other subject ('a ruling advising lenders to ...', 'Kim advised
    the board'): only a document noun right before it, in a phrase opening right after a
    quotation, or the verb right before a colon or comma and a quotation."""
    noun = toks[v - 1] if v > 1 else None
    if noun is None or not noun.text.islower() or role_of(noun.lower) not in DOCUMENTS:
        return False
    if v + 2 < len(toks) and toks[v + 1].text in (":", ",") and toks[v + 2].kind == QUOTE:
        return True
    k = v - 2
    while k > 0 and k >= v - 2 - _ADVISING_MODIFIERS and toks[k].lower not in _ARTICLES:
        if toks[k].kind != WORD or not toks[k].text.islower():
            return False
        k -= 1
    if k < 1 or toks[k].lower not in _ARTICLES:
        return False
    before = toks[k - 1] if toks[k - 1].text != "," else toks[k - 2]
    return before.kind == QUOTE


_PUTS = frozenset(("put", "puts"))
"""Round 376: "as he puts it" quotes him as "as he put it" does (round 256)."""
_AS_REACH = 8  # tokens between "as" and "put it": the subject's phrase ("as one resident")


def _as_put_it(toks: list[Token], v: int) -> bool:
    """Round 256: True for "put" in "as NAME put it" ('"...," as one resident put it.',
    'faces "a 2030 problem," as Dokgo put it:'): the words are the subject's, as "said" gives
    them. Only with "it" right after "put" and "as" opening the subject's phrase. Round 376:
    "puts" too ('before, as he puts it, "..."'), and not when the subject is a saying or a
    line that goes around."""
    if v + 1 >= len(toks) or toks[v + 1].lower != "it":
        return False
    stop = v - _AS_REACH if v - _AS_REACH > 0 else 0
    for k in range(v - 1, stop - 1, -1):
        tok = toks[k]
        if tok.kind != WORD or tok.lower in _GOING_AROUND:
            return False  # round 376: 'as a line popular online puts it': a saying's, no one's
        if tok.lower == "as":
            return k < v - 1
    return False


_ADVISED_REACH = 20  # tokens from "advised" to the quotation ('advised drivers who ... to "')
_RULED = DOCUMENTS | RULINGS | wordset("order")
"""Round 255: documents and rulings, whose "advised" round 179 leaves to no one."""


def _advises_to_words(toks: list[Token], v: int) -> bool:
    """Round 255: True for a finite "advised" or "advises" with an object, "to" and a
    quotation in its infinitive ('The agency advised drivers to "slow down at night."',
    'advised infected children to stay away until they are "no longer contagious"'): advice
    given, as "urged ... to" gives it, by a person or a body. Not a participle ('a ruling
    advising lenders to'), a passive ('was advised to': the subject is advised), a document or
    a ruling (round 179 leaves theirs to no one), nor with no quotation in reach."""
    if toks[v].lower == "advise" or v < 1 or toks[v - 1].lower in BE:
        return False
    if role_of(toks[v - 1].lower) in _RULED:
        return False  # round 179's near miss: 'A court ruling advised lenders to "..."'
    stop = v + _ADVISED_REACH if v + _ADVISED_REACH < len(toks) else len(toks)
    to = -1
    for k in range(v + 1, stop):
        tok = toks[k]
        if tok.kind == QUOTE:
            return to > v + 1
        if tok.kind != WORD:
            return False  # a comma or a stop before the quotation: no advice quoted
        if tok.lower == "to" and to < 0:
            to = k
    return False


_ISSUING = wordset("issued released delivered published ran carried made")
"""Round 68: past tenses whose subject puts out the document they take as object ("The
ministry issued a statement", "The paper ran an editorial"): "the statement said" later is
the subject's. Not verbs of handling another's document ("read out", "rejected", "cited").
Round 93: "carried" as state media use it ("The KCNA carried a commentary titled ..."): the
carrier's words, unless "from"/"by"/"of" names whose (as for any issuing verb).
Round 129: "made" only before remarks made in a document ("NAME made the remarks in a
statement carried by KCNA"): see :meth:`Narration._read_made_remarks`."""
_REMARKS_DETERMINERS = wordset("the these those his her its their")
_REMARKS = wordset("remarks comments remark comment claim claims accusation accusations")
"""What a subject "made" in a document: "made the remarks in a statement" (round 129)."""
_CLAUSE_WORDS = (
    REPORTING_VERBS
    | _PARTICLE_VERBS
    | _CLAIMS
    | _REJOINDERS
    | _ISSUING
    | _ADVISING
    | _FINDS
    | {"according", "ruling", "written", "words"}
)
"""Words that may open a clause for :meth:`Narration._read_clauses` (besides any "-ed")."""
_PLACED_REACH = 7  # tokens from "someone" to its verb: "someone at the back of the hall"
_PLACING = frozenset(
    ("at", "near", "in", "on", "from", "behind", "outside", "inside", "among", "by", "off")
)
"""Prepositions that place someone: "someone near the door", "someone in the crowd"."""


class Clause:
    """A reporting verb and the phrase naming its speaker (None when unreadable)."""

    __slots__ = ("label", "mention", "verb")

    def __init__(self, verb: int, mention: Mention | None, label: bool) -> None:
        self.verb = verb
        self.mention = mention
        self.label = label
        """A characterising verb ("called"): it attributes partial quotations only."""


def _closes_clause(text: str, quote: Token) -> bool:
    """True when the quotation ``quote`` ends on a mark that closes a clause inside its marks
    ('"We will see,"', '"Why now?"'), as a quotation a tag follows with no comma between does;
    '"more than doubled" its output compared with' ends on a word, and a word after the "-ed"
    says it is a participle after the verb's object, no tag ('"No" the veteran laughed.'
    keeps its tag)."""
    inner = text[quote.start : quote.end].rstrip("\"'“”‘’ ")
    return inner[-1:] in _CLAUSE_CLOSERS


_CLAUSE_CLOSERS = frozenset(",.?!;:…—-")
_SENTENCE_CLOSERS = frozenset(".?!")
_GESTURE_AIMS = wordset("at to toward towards into onto over across with")
"""Round 118: prepositions after a past tense that aims a gesture ("pointed at", "obliged with
a bow"): after a quotation that ends its own sentence, that verb reports nothing."""


def _ends_sentence(text: str, quote: Token) -> bool:
    """True when the quotation ``quote`` ends on a full stop, "?" or "!" inside its marks."""
    inner = text[quote.start : quote.end].rstrip("\"'“”‘’ ")
    return inner[-1:] in _SENTENCE_CLOSERS


_REQUESTS = wordset(
    """
    ask asks asked asking demand demands demanded demanding request requests requested
    requesting seek seeks sought seeking
    """
)
"""Round 146: verbs of asking for a thing: 'some buyers ask for "..."' quotes the thing asked
for as a source describes it (a group that said or shouted words spoke them itself)."""


_URGING = _ADVISING | wordset(
    """
    urged urges urging asked asks asking told tells encouraged encourages called calls
    pressed presses instructed ordered warned warns reminded reminds
    """
)
"""Round 316: verbs of urging someone to do or say a thing ("urged buyers to insist on")."""


_NOUN_RELATIVES = frozenset(("whose", "which", "where", "including"))
"""Round 204: words after "states," that open a clause or list on the plural noun ("visit
Andean states, whose leaders are ...", "coastal states, including ..."); a verb of saying
"states" takes its words, not a relative ("the charter states, in part, that")."""


def _with_saying(toks: list[Token], v: int) -> bool:
    """Round 146: True when "saying" at ``v`` ends an absolute phrase "with the union saying
    its ..." (or "with their union saying that ..."): "with", a determiner and one noun
    before it and a reported clause's first word after it make it a participle whose subject
    is that noun, not "the popular saying" (a noun, followed by a comma, a mark or a verb)."""
    return (
        v > 2
        and toks[v - 3].lower == "with"
        and toks[v - 1].text.islower()
        and v + 1 < len(toks)
        and (toks[v + 1].lower in _CLAUSE_OPENERS or _noun_clause_after(toks, v))
    )


def _noun_clause_after(toks: list[Token], v: int) -> bool:
    """Round 153: True when a reported clause after "saying" at ``v`` opens with a bare
    lowercase noun and its finite verb ("with the mayor saying residents were ...", "with its
    author saying prices had ..."): a noun "saying" is followed by a comma, a mark or its
    own verb ("the old saying goes"), never by a subject and "were"."""
    return (
        v + 2 < len(toks)
        and toks[v + 1].kind == WORD
        and toks[v + 1].text.isalpha()
        and toks[v + 1].text.islower()
        and toks[v + 2].lower in FINITE
    )


def _person_introduced(mention: Mention) -> bool:
    """Round 222: True when ``mention`` is a singular person's description "a"/"an" opens
    ("a hotel porter", "A nephew of the owner"): no body, no group, no document."""
    return (
        mention.kind == "role"
        and not mention.org
        and not mention.plural
        and mention.determiner in ("a", "an")
        and mention.role not in DOCUMENTS
    )


def _opens_introduced(toks: list[Token], k: int) -> bool:
    """Round 222: True when ``toks[k]`` is "a"/"an" right after a reporting verb, "that" or a
    subordinator: "said a porter", "when a neighbour" (not "at a door")."""
    if toks[k].lower not in ("a", "an"):
        return False
    opener = toks[k - 1].lower
    return opener in _SAYS or opener == "that" or opener in _OPENING_SUBORDINATORS


def _perfect_written(toks: list[Token], v: int) -> bool:
    """True when "written" at ``v`` is a perfect tense of "write" right after "has", "have"
    or "had": a report of the subject's written words, as "wrote" is.

    Round 160: "On the back of the map, a ranger had written: "..."" quotes the ranger; the
    participle alone ("a note written by", "was written") is no report and stays unread.
    """
    return v > 0 and toks[v - 1].lower in PERFECT


def _summoned(toks: list[Token], v: int) -> bool:
    """Round 146: True when "called" at ``v`` is a passive participle of summoning ("the
    costs of any worker called as a witness", "a nurse called as an expert"): "called as a"
    or "as an" takes no quotation and names nobody who spoke; a label puts its object first
    ("called the plan a ...")."""
    return v + 2 < len(toks) and toks[v + 1].lower == "as" and toks[v + 2].lower in ("a", "an")


_NAME_JOINERS = wordset("of and for the de van von da dos das bin")


def _gerund_opening(mention: Mention) -> bool:
    """Round 162: True when a "name" opening a sentence is a gerund's clause: its first word
    ends in "-ing" and a lowercase word other than a name's joiner follows inside it
    ('Sorting mail by hand is slow work, he added': the subject is an activity, and the
    "he" after it means the person before, not "Sorting mail by hand"). Not 'Bank of Korea',
    nor a name that is just the word ('Sterling')."""
    words = mention.text.split()
    if len(words) < 2 or mention.title or not words[0].endswith("ing"):
        return False
    return any(w.islower() and w not in _NAME_JOINERS for w in words[1:])


class Narration:
    """One paragraph (or the headline) as attribution reads it."""

    def __init__(
        self, index: int | None, text: str, spans: Sequence[Span], read: bool = True
    ) -> None:
        self.index = index
        self.text = text
        self.masked = blank_dateline(mask(text, spans))
        self.toks = tokens(self.masked, 0, len(text))
        self._offsets = [t.start for t in self.toks]
        self.sentence, self.first = self._sentences()
        self.clauses: list[Clause] = []
        self._verbs: list[int] = []  # clauses' verb indices, for bisection
        self.told = False  # round 40: a clause "told by", "asked by" (see told_by)
        self.who = " who " in self.masked  # a relative clause (round 55: also restrictive)
        # round 55: participles given the main clause's subject (a tuple: most paragraphs have
        # none, and a set for every paragraph costs 0.16% of a pass)
        self.mained: tuple[int, ...] = ()
        self.mentions: dict[int, Mention] = {}
        self._put: list[int] = []  # round 173: "asked him whether" (see _read_put)
        self.aged: tuple[tuple[int, str], ...] = ()
        """Round 65: where a sentence opens "The 26-year-old VERB" (no clause of saying reads
        it), with the age: the age of the person the copy was about (see _read_aged_subject)."""
        self._read = False
        self.joined = False
        """Round 41: a name is followed by "and" (or an age and "and"): "A and B" may pair."""
        if read:
            self.read()

    def read(self) -> Narration:
        """Read the paragraph's clauses and names (once). Every paragraph of the body is read
        as it is made: all their names are resolved. The headline is made unread
        (``read=False``) and read only when a quotation there looks for its clauses: most
        headlines give their speaker after a colon, or quote nothing but marks."""
        if self._read:
            return self
        self._read = True
        text, index = self.text, self.index
        self._read_clauses()
        self._read_subjects()
        if self._put:  # (most paragraphs: none, and no call)
            self._read_put()
        if self.who:  # (a relative clause: most paragraphs have none)
            self._read_inner_speakers()
        if " and " in self.masked:  # (most paragraphs: none, and no call)
            self._read_coordinated()
        if " while " in self.masked:  # (most paragraphs: none)
            self._read_contrasted()
        self._read_agents()
        if " by " in self.masked:  # (most paragraphs: none, and no pass)
            self._read_documents_by()
        self._read_names()
        moved = join_roles(self.mentions, text, self.toks)  # "A Ministry of A, B and C official"
        for clause in self.clauses:
            said = clause.mention
            if said is not None and moved:
                clause.mention = said = moved.get(id(said), said)
            if said is not None:
                held = self.mentions.get(said.start)
                if held is not None and held is not said and held.end == said.end:
                    # round 119: a join put an appositive in the body's place ('the Rodong
                    # Sinmun, the official newspaper of the party,'): the clause follows it
                    clause.mention = held
        for clause in self.clauses:  # '"...," read the notice', 'a banner hung by ... read:'
            if self.toks[clause.verb].lower not in _READS:
                continue  # (document_reading's own first test: no call, no floor, for most)
            document = document_reading(
                text, self.toks, self.mentions, clause.verb, clause.mention, self.floor(clause.verb)
            )
            clause.mention = document or clause.mention
        for clause in self.clauses:  # round 409: 'A sign he taped to the door reads:'
            said = clause.mention
            if said is not None and said.role in DOCUMENTS and not said.plural:
                clause.mention = self._document_writer(said) or said
        for mention in self.mentions.values():
            mention.paragraph = index
        return self

    # --- reading the paragraph ---------------------------------------------------------------

    def _read_inner_speakers(self) -> None:
        """Round 53: a description inside a name's appositive that is the subject of a verb
        of its relative clause ('NAME, a nurse who moved to Daegu and wrote about it in a
        column called "...," said') is that name's own description: the name, the subject of
        the sentence, speaks, and is who a following "she" means, not the description."""
        spoken = [m for m in self.mentions.values() if m.spoke and m.kind == "name"]
        if not spoken:
            return
        for inner in self.mentions.values():
            if not inner.subject or inner.kind != "role":
                continue
            for outer in spoken:
                if outer.start < inner.start and inner.end <= outer.end:
                    inner.subject = inner.spoke = False
                    break

    def _sentences(self) -> tuple[list[int], list[int]]:
        """Sentence number of every token, and the first token of every sentence."""
        offsets, count = self._offsets, len(self.toks)
        starts = sentence_starts(self.masked)
        if len(starts) == 1:  # most paragraphs: one sentence (a quoted one is masked)
            self._floors = [0] * count
            return [0] * count, [0]
        first = [0]
        for at in starts:  # increasing: a token once, none past the end
            k = bisect_left(offsets, at)
            if first[-1] < k < count:
                first.append(k)
        sentence: list[int] = []
        floors: list[int] = []
        start = 0
        for number, stop in enumerate((*first[1:], count)):
            sentence += [number] * (stop - start)
            floors += [start] * (stop - start)
            start = stop
        self._floors = floors
        return sentence, first

    def floor(self, k: int) -> int:
        """First token of the sentence holding token ``k``."""
        return self._floors[k]

    def floor_within(self, k: int, reach: int) -> int:
        """First token of the sentence holding token ``k``, ``reach`` tokens back at most."""
        floor = self._floors[k]
        return floor if floor > k - reach else k - reach  # (max() costs a builtin call more)

    def _read_clauses(self) -> None:
        """Every reporting verb of the paragraph, with the phrase naming its speaker."""
        toks = self.toks
        spoke: set[int] = set()  # mentions that speak through a verb other than "asked"
        quoted = -_ADJACENT - 2  # the last quotation's token: a past tense tags only one near
        # capitalised words, noted in this pass over every token for _read_names (one loop
        # over the paragraph's tokens instead of two)
        capitals: list[int] = []
        self._capitals = capitals
        pressed: list[int] = []  # round 51: "pressed", "questioned" (see _read_pressed)
        capital = capitals.append
        word, clause_words = WORD, _CLAUSE_WORDS  # (locals: read for every token)
        count = len(toks)
        for v, tok in enumerate(toks):
            if tok.kind != word:
                if tok.kind == QUOTE:
                    quoted = v
                continue
            if tok.capitalised:
                capital(v)
            low = tok.lower  # (after the kind test: a mark's is never read)
            if low not in clause_words and (low[-1] != "d" or low[-2:] != "ed"):
                continue  # most words: one lookup (and a character, no slice) rules them out
            if low in _PRESSED:
                pressed.append(v)  # (read once every clause is: _read_pressed)
            if low in _PUT and v + 2 < count and toks[v + 1].lower in _ANSWERER:
                self._put.append(v)  # round 173: "pressed him on": read with the subjects
            if low in _CLAIMS and self._read_claim(v):
                continue
            if low in _ISSUING and tok.text.islower():
                self._read_issue(v)  # (round 68: "X issued a statement", no clause of its own)
                continue
            if low == "states" and not self._states_words(v):
                continue  # round 130: "urges member states to", "flag states and": a noun
            if low == "reading" and self._reading_noun(v):
                continue  # round 136: "two long reading passages had proved": a noun's
            if low == "called" and _summoned(toks, v):
                continue  # round 146: "any worker called as a witness": summoned, no report
            # "According to police, ..." may open a sentence; a verb is lowercase
            according = low == "according" and v + 1 < len(toks) and toks[v + 1].lower == "to"
            according = according or (low == "words" and _in_words_of(toks, v))  # round 173
            owner = _own_words_owner(toks, v) if low == "words" else -1  # round 302
            tags = v - quoted <= _ADJACENT + 2 and (low[-2:] == "ed" or low in _REJOINDERS)
            labels_as = low in _PARTICLE_VERBS and self._labels_with_particle(v, low)
            if not (according or owner >= 0) and not (
                tok.text.islower()
                and (
                    low in REPORTING_VERBS
                    or labels_as
                    or (low == "ruling" and self._rules_that(v))
                    or (low == "written" and _perfect_written(toks, v))
                    or (tags and self._tags_quotation(v))
                    # round 47: 'NAME shrugged, "..."', 'NAME shot back, "..."'
                    or (v + 2 < count and toks[v + 1].text in _LEADS and self._leads_quotation(v))
                    or (low in _BACK_VERBS and _back_that(toks, v))  # round 173
                    or (low in _ADVISING and _document_advises(toks, v))  # round 179
                    or (low in _ADVISING and _advises_to_words(toks, v))  # round 255
                    or (low in _PUTS and _as_put_it(toks, v))  # round 256 (376: "puts")
                    or (low in _FINDS and _finds_that(toks, v))  # round 191
                )
            ):
                continue
            if v > 0 and toks[v - 1].lower in _ARTICLES and low != "words":
                continue  # a noun: "the call for", "a warning" (but "a sign that read:")
            if v > 0 and toks[v - 1].lower in _NOUN_PREPOSITIONS and _noun_form(low):
                continue  # round 312: "on claims under", "stay on call": a noun, no clause
            if low[-1] == "s" and v + 1 < count and toks[v + 1].lower in LABELLING_INGS:
                continue  # round 159: "some news reports describing it as": a plural noun
            if low in _THINKS and v > 1 and toks[v - 2].lower in _RELATIVES:
                continue  # round 86: 'what he estimates are "..."': a figure, no report
            if v > 1 and _bare(low) and _noun_after(toks, v):
                continue  # round 86: "at each post", 'the "two strikes" rule would': a noun
            if v + 1 < count and toks[v + 1].lower in _NOUN_NEXT and _bare(low):
                continue  # round 118: "a calm male voice can be heard": a noun, the subject
            if low[-1] == "s" and v + 1 < count and _attributive_plural(toks, v, self._floors[v]):
                continue  # round 328: "Burned notes accounted for ...": a noun, no clause
            if v > 1 and toks[v - 1].lower == "that" and _bare(low) and _reports_that(toks, v):
                continue  # round 315: 'said in a statement that demand had': the subject
            if v > 0 and _bare(low) and _past_verb(toks[v - 1]) and not _read_colon(toks, v):
                continue  # round 11: "said demand was strong", "drove demand": a noun
            if v + 1 < len(toks) and toks[v + 1].lower == "off" and low in LABEL_VERBS:
                continue  # round 11: "should have called off the race": cancelled, no report
            if low in ASCRIBING_VERBS and _ascribed_to(toks, v):
                continue  # round 397: "a line attributed to the founder": no clause of its own
            if v > 0 and toks[v - 1].lower.endswith(OWNED) and owned_word(toks[v - 1]):
                continue  # round 10: "the North's state media", "Kim's stated aim": no verb
            if v > 1 and _described_noun(toks, v):
                continue  # a noun: "a handwritten note", "the interim report"
            if low[-1] == "s" and v > 2 and _infinitive_object(toks, v):
                continue  # round 194: 'urged Seoul to ease visa rules for "..."': a noun
            if v > 1 and _bare(low) and _owned_then_singular(toks, v):
                continue  # round 185: "rejected Yun's earlier claim against": a noun
            # (the document noun first, inline: a call for every verb-shaped word otherwise)
            if v > 1 and toks[v - 1].lower in DOCUMENTS and _document_participle(toks, v):
                continue  # round 15: "in a statement | posted on Facebook": no clause
            if v > 0 and toks[v - 1].lower in MODALS and not _future_read(toks, v):
                continue  # what someone would say is no report: "warned the army would respond"
            if (
                v > 1
                and low[-1] == "s"
                and toks[v - 2].lower in MODALS
                and toks[v - 1].text.islower()
            ):
                continue  # round 57: "would help labels move", "will face calls": an object
            if v > 1 and toks[v - 1].capitalised and toks[v - 2].lower in _INDEFINITE:
                continue  # a noun: "in a Facebook post", "an Instagram post"
            if (
                low == "saying"
                and v > 1
                and toks[v - 2].lower in _ARTICLES
                and not _with_saying(toks, v)  # round 146: "with the union saying its"
                and not _issued_saying(toks, v)  # round 311: "issued a statement saying"
            ):
                continue  # round 11: a noun, "an old saying", "the popular saying"
            if v > 0 and toks[v - 1].lower in _NO_COMMENT and low in _COMMENT_NOUNS:
                continue  # round 42: "reached for comment", "no comment": a noun, no clause
            if according:  # a source is named there, whatever noun heads it
                mention = self._according_author(v + 2) or phrase_after(
                    self.text, toks, v + 2, open_role=True
                )
            elif owner >= 0:  # round 302: "in his words", "in her own words"
                held = toks[owner]
                role = PRONOUNS[_OWN_WORDS_OWNERS[held.lower]]
                mention = Mention(held.start, held.end, "pronoun", text=held.text, role=role)
            elif self._passive(v) or self._names_thing(v):
                mention = None  # "was asked", 'a trend dubbed "..."': not the speaker
            elif low in LABELLING_INGS and (sanctioned := self._sanctioned_for(v)) is not None:
                mention = sanctioned  # round 165: the one fined, who said it
            else:  # (round 55: a restrictive "who" may stand before the verb)
                mention = self._subject_past_who(v) if self.who else self._subject(v)
                if low in _READS and (mention is None or mention.role not in DOCUMENTS):
                    # round 400: 'photos ... beneath a banner that read, "..."': the banner
                    mention = self._document_that_reads(v) or self._opening_document(v) or mention
                if mention is not None and mention.kind == "name" and self._listed_object(mention):
                    mention = None  # round 10: 'clinics in Seoul and Gyeonggi Province had'
                if mention is None and self._plural_noun(v):
                    continue  # 'would lead to simpler visa rules': a noun, no clause
                if mention is None and _demonstrated_noun(toks, v):
                    continue  # round 191: 'called that pledge "..."': a noun, no clause
                mention = mention or self._inherited(v)
                if mention is not None and _negated(mention):
                    mention = None  # round 196: 'but no grey seals, a sight it called "..."'
                if mention is None and low in REPORTING_VERBS:
                    mention = self._who_opener(v)  # round 166: 'A driver who ..., said'
                if mention is None or mention.kind != "name":
                    # round 386: "the two ministers" is read as a mention, not "the two sides"
                    mention = self._joint_document(v) or mention  # round 167
                mention = mention or self._named_pair(v)  # round 191
                if mention is not None and mention.kind == "pronoun":
                    mention = self._document_it(mention) or mention  # round 164
            if mention is not None and low[-3:] == "ing" and _predicate_gerund(toks, v, mention):
                continue  # 'the hardest part was telling her regulars': what it was, no one
            if mention is not None and _disagrees(low, mention) and not self._reports_to(v):
                continue  # "Rural post offices": no name is the subject of a bare "post"
            if mention is not None and _indefinite_noun(toks, v, mention):
                continue  # round 169: 'a U.S. army report that': a noun, no clause
            if low in _NAMING_BARE and mention is not None and self._acronym_compound(v, mention):
                continue  # round 133: 'called AI voice cloning "..."': a noun compound
            if mention is not None:
                mention = self.mentions.setdefault(mention.start, mention)
                # a questioner is not who "she" means next, unless she also speaks ("Another
                # teacher, who asked not to be named, said")
                # (round 42: nor one who 'declined to comment')
                speaks = (low not in ("asked", "asks") or _asks_anonymity(toks, v)) and (
                    according or not (low in _COMMENTS and _withheld(toks, v))
                )
                if speaks and (according or not self._embedded(v, mention)):
                    spoke.add(id(mention))
                if low in _DECLARES and self._declares_act(v):
                    spoke.discard(id(mention))  # round 10: 'Japan declared a flu epidemic'
                mention.subject = mention.spoke = id(mention) in spoke
                if low == "asking" and toks[self._floors[v]].lower in _OPENING_SUBORDINATORS:
                    # round 173: 'As a pupil stood up, asking, "...?" she smiled': who
                    # asks in the opening clause is no one the main clause's "she" means
                    mention.subject = False
                if mention.kind == "role" and mention.determiner == "the" and not mention.plural:
                    mention.met = self._met_before(mention)
                if (
                    mention.kind == "role"
                    and low in _RELAYS
                    and not mention.subject
                    and self._said_right_before(mention)
                ):
                    mention.reported = True  # round 117: 'NAME said the teller had told her'
                if low == "asked" and (self._asked_aside(v) or toks[v - 1].lower in _WHEN):
                    # "Ahn, asked whether ..., laughed", and (round 26) "Ahn shrugged when
                    # asked about it": Ahn is asked, and answers
                    mention.subject = True
                elif low == "asked" and v + 2 < len(toks) and toks[v + 1].lower == "to":
                    # round 71: "Pyo asked to speak to her": a request to act himself, no
                    # question put; he stays the subject a later "he said" means
                    mention.subject = True
                if low == "asked":
                    self._asked_whom(v)
                    # (not "Kwon, asked about it, was less generous": the one asked)
                    mention.asked = not mention.subject and toks[v - 1].text != ","
                mention.issued = mention.issued or self._issued(v)
            label = low in LABEL_VERBS or labels_as
            if label and v + 1 < len(toks) and toks[v + 1].lower == "out":
                label = False  # round 11: "calling out", "called out": shouting, not labelling
            if low in _TOLD_BY and v + 1 < len(toks) and toks[v + 1].lower == "by":
                self.told = True  # round 40 (one set test a clause)
            self.clauses.append(Clause(v, mention, label))
            self._verbs.append(v)
        if pressed:  # (most paragraphs: none, and no call)
            self._read_pressed(pressed)

    def _sanctioned_for(self, v: int) -> Mention | None:
        """Round 165: the object of a verb of sanction or praise, when "for" and a labelling
        "-ing" follow it ("The league fined coach Bo Da-un 2 million won for calling the
        referee "..."", "The party suspended Rep. Mo for describing the bill as "...""): the
        one fined or suspended did the calling, not the subject doing the fining. None when
        no such verb stands within the clause before "for", or no phrase follows it."""
        toks = self.toks
        if v < 3 or toks[v - 1].lower != "for":
            return None
        lo = v - 20 if v - 20 > 0 else 0
        for j in range(v - 2, lo, -1):
            tok = toks[j]
            if tok.kind == QUOTE or tok.text in (".", ";", ":", "!", "?"):
                return None
            if tok.lower in _SANCTIONS and tok.text.islower():
                found = phrase_after(self.text, toks, j + 1, follow=False)
                if found is None or found.kind == "pronoun" or found.end > toks[v - 1].start:
                    return None
                return found
        return None

    def _met_before(self, mention: Mention) -> bool:
        """Round 129: True when "a" or "an" and the role noun of ``mention`` stand earlier in
        the paragraph, within a few sentences ('a clerk looked at it for a few seconds.
        "...," the clerk told him'): the role is someone the paragraph introduced."""
        noun = self.text[mention.start : mention.end].rsplit(" ", 1)[-1]
        lo = mention.start - _MET_REACH if mention.start > _MET_REACH else 0
        masked = self.masked
        return (
            masked.rfind(f" a {noun}", lo, mention.start) >= 0
            or masked.rfind(f" an {noun}", lo, mention.start) >= 0
        )

    def _in_apposition(self, q: int) -> bool:
        """Round 133: True when the quotation at ``q`` ends an appositive noun phrase set off
        by a comma (', a figure "..."', ', an increase "..."'), not a clause of its own."""
        toks = self.toks
        return (
            q >= 3
            and toks[q - 3].text == ","
            and toks[q - 2].lower in ("a", "an")
            and toks[q - 1].kind == WORD
            and toks[q - 1].text.islower()
            and is_head_noun(toks[q - 1])
        )

    def _according_author(self, k: int) -> Mention | None:
        """Round 133: the person or body after "by" in "according to a survey by X" (a
        record or a document, "a" or "the" and at most two words before it): X's figures or
        words, not the survey's. None for any other source."""
        toks = self.toks
        if k + 3 >= len(toks) or toks[k].lower not in ("a", "an", "the"):
            return None
        for j in range(k + 1, k + 4 if k + 4 < len(toks) else len(toks)):
            tok = toks[j]
            if tok.kind != WORD or not tok.text.islower():
                return None
            if tok.lower in _AUTHORED_RECORDS:
                if j + 2 >= len(toks) or toks[j + 1].lower != "by":
                    return None
                author = phrase_after(self.text, toks, j + 2, follow=False)
                return author if author is not None and author.kind == "name" else None
        return None

    def _acronym_compound(self, v: int, mention: Mention) -> bool:
        """Round 133: True when a bare verb of saying at ``v`` (one of ``_NAMING_BARE``, tested
        by the caller) follows a one-word acronym
        and a lowercase noun follows it ("AI voice cloning"): a compound noun, as a singular
        body takes "voices". Not before a verb ("The KCNA report said": the report's clause
        is the next verb's, and "report" stays as it was read)."""
        toks = self.toks
        if v + 1 >= len(toks):
            return False
        if mention.kind != "name" or not mention.org or not mention.name.isupper():
            return False
        if " " in mention.name:
            return False
        nxt = toks[v + 1]
        return (
            nxt.kind == WORD
            and nxt.text.islower()
            and nxt.lower not in REPORTING_VERBS
            and not _verb_like(nxt)
        ) or (nxt.kind == WORD and nxt.lower[-3:] == "ing" and nxt.text.islower())

    def _reading_noun(self, v: int) -> bool:
        """Round 136: True when "reading" at ``v`` modifies a plural noun right after it
        ("two long reading passages", "reading glasses"): no document reads anything."""
        toks = self.toks
        if v + 1 >= len(toks):
            return False
        nxt = toks[v + 1]
        return (
            nxt.kind == WORD
            and nxt.text.islower()
            and nxt.lower[-1:] == "s"
            and nxt.lower != singular(nxt.lower)
            and is_head_noun(nxt)
        )

    def _states_words(self, v: int) -> bool:
        """Round 130: True when "states" at ``v`` is a verb of saying, with what it states
        after it ("The law states that ...", '"...," the notice states.', "states: "), not
        the plural noun ("member states to inspect", "flag states and warned")."""
        toks = self.toks
        if v + 1 >= len(toks):
            return True
        nxt = toks[v + 1]
        if nxt.text == "," and v + 2 < len(toks) and toks[v + 2].lower in _NOUN_RELATIVES:
            return False  # round 204: "island states, whose ...": a relative on the noun
        return nxt.kind != WORD or nxt.lower == "that"

    def _reports_to(self, v: int) -> bool:
        """Round 74: True when the bare verb at ``v`` is an infinitive that reports a clause
        or a quotation ("NAME likes to say that", 'wanted to tell them "..."'): a verb whatever
        its subject, no noun ("declined to respond." reports nothing)."""
        toks = self.toks
        if v + 1 >= len(toks) or toks[v - 1].lower != "to":
            return False
        return toks[v + 1].lower == "that" or toks[v + 1].kind == QUOTE

    def _rules_that(self, v: int) -> bool:
        """True when "ruling" at ``v`` is a participle reporting a clause: after a comma and
        before "that" ('fined the firm in May, ruling that its fees were "..."', round 64),
        not the adjective of "the ruling party" nor the noun of "in its ruling"."""
        toks = self.toks
        return 0 < v < len(toks) - 1 and toks[v - 1].text == "," and toks[v + 1].lower == "that"

    def _declares_act(self, v: int) -> bool:
        """True when "declared" at ``v`` takes a thing as its object ('declared a nationwide
        flu epidemic', 'declared an emergency'): an act, not words, so its subject is not the
        last speaker a later "it said" may mean."""
        toks = self.toks
        if toks[v].lower not in _DECLARES or v + 1 >= len(toks):
            return False
        return toks[v + 1].lower in ("a", "an")

    def _listed_object(self, mention: Mention) -> bool:
        """True when the name ``mention`` ends a list of names that a preposition governs:
        'clinics in Seoul and | Gyeonggi Province had reported' (the object of "in", no
        subject; the clause's subject stands before the preposition)."""
        if mention.kind != "name":
            return False
        toks = self.toks
        k = bisect_left(self._offsets, mention.start)
        floor = self.floor(k)
        if k - 2 < floor or toks[k - 1].lower not in ("and", "or"):
            return False
        j = k - 2
        while j > floor and toks[j].kind == WORD and toks[j].capitalised and k - j < 6:
            j -= 1
        return j < k - 2 and toks[j].lower in _LIST_PREPOSITIONS

    def _plural_noun(self, v: int) -> bool:
        """True when the present form in "-s" at ``v``, with no subject of its own, follows a
        lowercase word that neither joins nor qualifies a verb and ends its phrase: a plural
        noun ('would lead to simpler visa rules.'), whose clause would otherwise take the
        sentence's subject (not 'and warns', 'who claims', 'also notes', nor 'a sign above the
        entrance reads "..."'; round 10)."""
        toks = self.toks
        low = toks[v].lower
        if v == 0 or low[-1] != "s" or low.endswith(("ss", "us")):
            return False
        if v + 1 < len(toks) and toks[v + 1].text not in _NOUN_ENDS:
            return False  # 'a sign above the entrance reads "..."': a verb with its object
        prev = toks[v - 1]
        if prev.kind != WORD or not prev.text.islower() or prev.lower.endswith("ly"):
            return False
        return prev.lower not in _VERB_LEADS

    def _names_thing(self, v: int) -> bool:
        """True when the naming participle at ``v`` gives what stands before it a name:
        'a trend dubbed "revenge buying"', 'Ahn, nicknamed "the Wall,"' (a quotation right
        after the verb, no object between). Not a relative clause or "what": 'the plan, which
        critics called "a gift"', 'what the ministry called "a provocation"' quote the
        critics and the ministry."""
        toks = self.toks
        if toks[v].lower not in _NAMING_PARTICIPLES or v + 1 >= len(toks) or v < 1:
            return False
        if toks[v + 1].kind != QUOTE or self._passive(v):
            return False  # 'was called "a genius"': a characterisation, whoever made it
        floor = self.floor_within(v, _GOVERNS + 2)
        if any(toks[k].lower in _RELATIVES for k in range(floor, v)):
            return False
        if toks[v - 1].text == "," and self._relative_past_name(v - 1):
            return False  # round 327: 'in what its secretary general, NAME, called "..."'
        if toks[v - 1].text == ",":
            return True  # 'Ahn, nicknamed "the Wall,"'
        if toks[v - 1].lower in PRONOUNS or self._pronoun_past_adverb(v, floor):
            return False  # 'a measure it called "a last resort"': its words
        if toks[v - 1].lower in ("and", "but") and self._paired_verb_subject(v - 2, floor):
            return False  # round 163: 'a levy the guild accepted but called "..."': a verb
        if toks[v - 1].lower in PERFECT and self._described(v + 1):
            return False  # round 77: 'a figure unions have called "a ..."': theirs
        # 'a result some pundits called "..."': a speaker before the verb is its subject
        # (round 393: and before a perfect "called", 'a decline the ministry has called "..."';
        # "have dubbed" names a thing, whoever dubs it)
        perfect = toks[v - 1].lower in PERFECT and toks[v].lower == "called" and v - 2 >= floor
        at = v - 2 if perfect else v - 1
        before = phrase_before(self.text, toks, at, self.floor(v))
        return before is None or (before.kind == "role" and not before.role)

    def _relative_past_name(self, comma: int) -> bool:
        """Round 327: True when the comma at ``comma`` closes a name set off by commas after
        a phrase that a relative opens ('in what its secretary general, Moon Dae-hyun, |
        called "..."'): the name is that phrase's appositive, and the participle after it
        is the relative clause's verb, whose subject they are (not 'Ahn, nicknamed "..."',
        a name giving what stands before it a name)."""
        toks = self.toks
        k = comma - 1
        while k > 0 and toks[k].kind == WORD and toks[k].capitalised:
            k -= 1
        if k == comma - 1 or toks[k].text != "," or k < 2:
            return False
        floor = self.floor_within(k, _GOVERNS + 2)
        return any(toks[i].lower in _RELATIVES for i in range(floor, k))

    def _pronoun_past_adverb(self, v: int, floor: int) -> bool:
        """Round 167: True when a pronoun stands before the verb at ``v`` across one adverb:
        'a race she later called "the hardest hour of my life"', 'a plan he once called
        "..."' (the subject's own words, as with no adverb between; not 'Ahn, later
        nicknamed "...,"', no subject)."""
        toks = self.toks
        return v - 2 >= floor and toks[v - 1].lower in _ADVERBS and toks[v - 2].lower in PRONOUNS

    def _described(self, q: int) -> bool:
        """Round 77: the quotation at ``q`` opens with "a" or "an" inside its marks, a
        description ('a minimum wage with ...'), not a name ('revenge buying')."""
        quoted = self.text[self.toks[q].start : self.toks[q].end].strip("\"“”'‘’ ")
        return lowercase(quoted.split(" ", 1)[0]) in ("a", "an")

    def _embedded(self, v: int, mention: Mention) -> bool:
        """True when ``mention``, the subject of the verb at ``v``, stands inside what another
        speaker of the sentence says: "The ministry said | Japan had agreed ...". The
        sentence's speaker is who a later "it" or a quotation standing alone means, not the
        subject of the clause it reports."""
        sentence = self.sentence[v]
        first = bisect_right(self._offsets, mention.start) - 1
        if first > 0 and self.toks[first - 1].lower in ("which", "whom"):
            return False  # '..., which one former agent likened to "..."': the writer's aside
        if first > 1 and self.toks[first - 1].lower in _CONTRASTS and self._comma_at(first - 2):
            return False  # round 15: '..., while NAME said': a clause of its own, not reported
        if (
            mention.kind == "name"
            and first > 1
            and self.toks[first - 1].lower == "and"
            and self._comma_at(first - 2)
        ):
            # round 53: 'The agency said it had sent crews, and the Ministry of X said ...':
            # a comma and "and" join a second clause of saying to the first, not inside it
            # (a name only: "and the ministry said" may be the first speaker described)
            return False
        for clause in reversed(self.clauses[-_LOOK:]):
            if self.sentence[clause.verb] != sentence:
                return False
            said = clause.mention
            before = self.toks[clause.verb].start < mention.start
            reports = self.toks[clause.verb].lower in _REPORTS  # not 'by adding tracks'
            if said is not None and said is not mention and before and reports:
                return True
        return False

    def _said_right_before(self, mention: Mention) -> bool:
        """Round 117: True when ``mention`` stands right after "said" or "says" (or their
        "that") of the paragraph's last clause, whose subject was read: 'NAME said | the
        teller had told her', 'the county said that | the city had told it'."""
        if not self.clauses:
            return False
        clause = self.clauses[-1]
        if clause.mention is None or clause.mention is mention:
            return False
        toks = self.toks
        k = bisect_right(self._offsets, mention.start) - 1
        if k > 0 and toks[k - 1].lower == "that":
            k -= 1
        return k - 1 == clause.verb and toks[clause.verb].lower in _SAID_SAYS

    def _comma_at(self, k: int) -> bool:
        """True when a comma ends token ``k``: a comma, or a quotation closing on one."""
        tok = self.toks[k]
        if tok.text == ",":
            return True
        return tok.kind == QUOTE and self.text[tok.start : tok.end].rstrip('"”’').endswith(",")

    def _labels_with_particle(self, v: int, low: str) -> bool:
        """True when the verb ``low`` at ``v`` characterises with "as" ("rejected the term
        as") or estimates with "at" right before a quotation ('put the toll at "600"')."""
        if low in _AS_LABELS:
            return self._follows(v, "as", _GOVERNS)
        return self._follows(v, "at", _ESTIMATE_OBJECT, quoted=True)

    def _follows(self, v: int, word: str, reach: int, *, quoted: bool = False) -> bool:
        """True when ``word`` follows the verb at ``v`` after a short object: "rejected the
        term as", "put the number of troops sent since May at"; with ``quoted``, only right
        before a quotation ('at "about 600"', not 'put its "bill" to a vote at a session')."""
        toks = self.toks
        stop = min(len(toks) - quoted, v + reach + 1)
        return any(
            toks[k].lower == word and (not quoted or toks[k + 1].kind == QUOTE)
            for k in range(v + 1, stop)
        )

    def _read_claim(self, v: int) -> bool:
        """A noun of speech after a possessive, with the clause it reports, reads like a verb:
        "rejected Park's claim that the delay was caused by 'a glitch'" quotes Park, not the
        one rejecting it (but in "said Park's remarks were 'a confession'" the remarks are
        only the topic). True when it was one."""
        toks = self.toks
        if v + 3 < len(toks) and toks[v + 1].lower == "by" and toks[v].text.islower():
            return self._claim_by(v)
        if v == 0 or v + 1 >= len(toks) or toks[v + 1].lower != "that":
            return False
        if not toks[v].text.islower() or not toks[v - 1].lower.endswith(("'s", "’s")):
            return False
        floor = self.floor(v)
        # an object may own it: "rejected | Park's claim", "rejected | the ministry's claim"
        owner = name_phrase(self.text, toks, v - 1, floor) or phrase_before(
            self.text, toks, v - 1, floor
        )
        if owner is None and toks[v - 1].text.islower():
            owner = self._possessive_role(v - 1, floor)  # "the ministry's claim that"
        elif owner is not None and owner.end != toks[v - 1].end:
            return False
        if owner is None or owner.kind == "pronoun":
            return False
        if owner.start not in self.mentions:
            owner.subject = False  # round 11: the owner of a claim is no subject "he" means
        owner = self.mentions.setdefault(owner.start, owner)
        self.clauses.append(Clause(v, owner, False))
        self._verbs.append(v)
        return True

    def _possessive_role(self, j: int, floor: int) -> Mention | None:
        """Round 67: the role phrase a lowercase possessive at ``j`` heads without its "'s":
        "the ministry's claim that ..." is the ministry's, as "the Finance Ministry's" is
        (a body's role noun only: "his elder brother's" is left to the names; the trimmed
        word is read on a copy, made only here)."""
        toks = self.toks
        tok = toks[j]
        if tok.text[-2:] not in ("'s", "’s") or len(tok.text) < 4:
            return None
        stem = token(tok.text[:-2], WORD, tok.start, tok.end - 2)
        found = phrase_before(self.text, [*toks[:j], stem], j, floor)
        return found if found is not None and found.kind == "role" and found.org else None

    def _claim_by(self, v: int) -> bool:
        """Round 53: the claim noun at ``v`` with its owner after "by" and the clause it
        reports after "that": 'dismissing a claim by the teachers' union (KTU) that the plan
        is a "..."' quotes the union, as "the union's claim that" does (initials in brackets
        may stand between). True when it was one."""
        toks = self.toks
        owner = phrase_after(self.text, toks, v + 2)
        if owner is None or owner.kind == "pronoun":
            return False
        k = bisect_left(self._offsets, owner.end)
        if k + 2 < len(toks) and toks[k].text == "(":
            close = next((j for j in range(k + 1, min(k + 6, len(toks))) if toks[j].text == ")"), 0)
            k = close + 1 if close else k
        if k >= len(toks) or toks[k].lower != "that" or self.sentence[k] != self.sentence[v]:
            return False
        if owner.start not in self.mentions:
            owner.subject = False  # (as a claim's owner: no subject "he" means)
        owner = self.mentions.setdefault(owner.start, owner)
        self.clauses.append(Clause(v, owner, False))
        self._verbs.append(v)
        return True

    def _asked_aside(self, v: int) -> bool:
        """True when "asked" at ``v`` opens an aside between commas before the main verb:
        "Ahn, asked whether he was tired, laughed" (Ahn is asked and answers; not "A reporter,
        Noh, asked whether ...", where Noh asks)."""
        toks = self.toks
        if toks[v - 1].text != ",":
            return False
        stop = min(len(toks) - 1, v + _REACH)
        for k in range(v + 1, stop):
            if self.sentence[k] != self.sentence[v] or toks[k].kind == QUOTE:
                return False
            after = toks[k + 1]
            if toks[k].text == "," and after.text.islower() and after.lower.endswith("ed"):
                return True
        return False

    def _read_owner_gender(self, owners: list[int]) -> None:
        """Round 51: a possessive "his" or "her" that can only mean the sentence's subject
        tells that person's gender, so a later "he" or "she" may mean the other person:
        right after the subject's verb ('Pyeon met | her successor, Dokgo,'), or opening the
        appositive of the verb's named object ('Pyeon met Dokgo, | his counterpart,': no
        one is his own counterpart). Only a named person subject whose gender nothing else
        tells, and one verb between them."""
        toks = self.toks
        subjects = [
            m for m in self.mentions.values() if m.subject and m.kind == "name" and not m.org
        ]
        for p in owners:
            tok = toks[p]
            k = p - 1
            if toks[k].text == ",":  # an appositive after the object's name
                k -= 1
                while k > 0 and toks[k].capitalised and toks[k].kind == WORD:
                    k -= 1
                if k == p - 2 or self._listed_after(p):
                    continue  # no name before the comma, or 'met Lee, his wife and son'
            if not _past_verb(toks[k]) or k < 1:
                k = self._verb_before_adjunct(p)  # round 139: "appeared before X with his"
                if k < 1:
                    continue
            subject = next((m for m in subjects if self._ends_at(m, k)), None)
            if subject is not None and not subject.gender:
                subject.gender = "m" if tok.text == "his" else "f"

    def _ends_at(self, mention: Mention, k: int) -> bool:
        """True when ``mention`` ends right before token ``k``, or before a bracket of one
        token (a Hangul gloss) that does: "NAME (한글) | appeared"."""
        first = bisect_left(self._offsets, mention.end)
        if first == k:
            return True
        toks = self.toks
        return first + 3 == k and toks[first].text == "(" and toks[first + 2].text == ")"

    def _verb_before_adjunct(self, p: int) -> int:
        """Round 139: the past tense a possessive at ``p`` follows across adverbial phrases
        of place and company only, with no person between them: 'Pyeon appeared | before
        the Assembly's budget panel with | his aide' (only the subject can own the aide),
        or -1. Each phrase opens with a preposition, so the verb has no object a possessive
        might mean ('thanked the minister for her help'), and nobody named or described
        stands in them ('spoke to Yoon about her plan', 'sat beside the judge in her robe'):
        a capitalised word only in a body's name, no person's noun, no pronoun, no comma."""
        toks = self.toks
        if p < 3 or toks[p - 1].lower not in _ADJUNCT_PREPOSITIONS:
            return -1
        floor = max(self._floors[p], p - _ADJUNCT_REACH)
        for k in range(p - 2, floor - 1, -1):
            tok = toks[k]
            if _past_verb(tok):
                return k if toks[k + 1].lower in _ADJUNCT_PREPOSITIONS else -1
            if tok.kind != WORD or tok.lower in PRONOUNS or tok.lower in _HIS_HER:
                if tok.text != "'s":
                    return -1
            elif tok.capitalised:
                mention = self._mention_holding(tok.start)
                if mention is None or not mention.org:
                    return -1
            elif role_of(tok.lower) and role_of(tok.lower) not in ORG_ROLES:
                return -1  # a person's noun ("the judge"), not a body's ("the committee")
        return -1

    def _mention_holding(self, at: int) -> Mention | None:
        """The registered mention whose span holds the character offset ``at``, if any."""
        return next((m for m in self.mentions.values() if m.start <= at < m.end), None)

    def _kin_before(self, mention: Mention) -> None:
        """Round 74: a name after "his" or "her" and a kinship noun and a comma ("met her
        father, NAME,", "runs it with his wife, NAME") is that relative: the noun becomes
        its role, so the person has the noun's gender and a later "she" after a sentence
        naming the woman and her father is not the father (the owner is someone else: no one
        is his own wife)."""
        toks = self.toks
        first = bisect_left(self._offsets, mention.start)
        if first < 3 or toks[first - 1].text != ",":
            return
        if toks[first - 2].lower in KIN_NOUNS and toks[first - 3].text in _HIS_HER:
            mention.role = toks[first - 2].lower
        elif (
            first > 3
            and toks[first - 2].lower in _SIBLINGS
            and toks[first - 3].lower in _SIBLING_RANKS
            and toks[first - 4].text in _HIS_HER
        ):
            # round 144: "runs it with his younger brother, NAME": a brother, and the younger
            # of the two (kept as his description, which tells "the elder Pi" from NAME)
            mention.role = toks[first - 2].lower
            if not mention.appositive:
                mention.appositive = " ".join(t.text for t in toks[first - 4 : first - 1])

    def _listed_after(self, p: int) -> bool:
        """True when "and" or "or" comes after ``p`` before a comma or the sentence's end."""
        toks = self.toks
        for k in range(p + 1, min(len(toks), p + 8)):
            if toks[k].text in (",", ".", ";", ":") or self._floors[k] != self._floors[p]:
                return False
            if toks[k].lower in ("and", "or"):
                return True
        return False

    def _read_pressed(self, pressed: list[int]) -> None:
        """Round 51: 'Rep. A pressed Minister B on the budget. "...," he replied.' is B's
        answer, as after "asked B about" (round 8's _asked_whom): a verb of questioning
        that is no reporting verb (pressed, questioned, grilled, quizzed), a person's name,
        then what the question was on."""
        toks = self.toks
        for v in pressed:
            if not toks[v].text.islower() or v + 1 >= len(toks) or not toks[v + 1].capitalised:
                continue
            if any(c.verb > v and toks[c.verb].lower in _ASKS for c in self.clauses):
                continue  # '"Will you cut it?" she asked.': the one who pressed asks on
            self._asked_whom(v, _PRESSED_ON)

    def _read_put(self) -> None:
        """Round 173: 'A lawmaker pressed her on whether ... "...," she answered.': a
        question put to "him" or "her" (asked, pressed, questioned, grilled, quizzed, then
        what it was on), and a pronoun of the same gender that speaks after it in the
        paragraph. The one who asked is no subject that pronoun means: it is the one asked,
        someone the copy named before. The asker's phrase, the last before the verb in its
        sentence, is kept as an asker (nobody, when a pronoun: "He asked her" names no one)."""
        toks = self.toks
        for v in self._put:
            if toks[v + 2].lower not in _PRESSED_ON or not toks[v].text.islower():
                continue
            answerer = _ANSWERER[toks[v + 1].lower]
            if not any(
                c.verb > v + 2 and c.mention is not None and lowercase(c.mention.text) == answerer
                for c in self.clauses
            ):
                continue
            floor = toks[self._floors[v]].start
            asker = max(
                (m for m in self.mentions.values() if floor <= m.start and m.end <= toks[v].start),
                key=lambda m: m.start,
                default=None,
            )
            if asker is not None and asker.kind != "pronoun":
                asker.subject = asker.spoke = False
                asker.asked = True

    def _asked_whom(self, v: int, cues: frozenset[str] = _QUESTION_WORDS) -> None:
        """Make the person a question was put to the subject a pronoun after it means: 'A
        reporter asked Nam whether ... "...," he replied.' is Nam's answer (a name, then
        "whether", "if" or a question word: the asker is not who answers)."""
        toks = self.toks
        end = v + 1
        if end >= len(toks) or not toks[end].capitalised:
            return
        while end + 1 < len(toks) and toks[end + 1].capitalised and end - v < 4:
            end += 1
        named = name_phrase(self.text, toks, end, v + 1)
        if named is None or named.org:
            return
        after = bisect_right(self._offsets, named.end - 1)
        if after < len(toks) and (
            toks[after].lower in cues or self._asked_after_question(v, after)
        ):
            known = self.mentions.get(named.start)
            if known is None or known.end != named.end:  # not "Nam ... whether Seoul"
                self.mentions[named.start] = known = named
            known.subject = True

    def _asked_after_question(self, v: int, after: int) -> bool:
        """Round 139: True when "asked NAME" at ``v`` ends its sentence after a quoted
        question, with the asker named before the verb: '"Will it sink?" a reporter asked
        Berg.' (Berg is asked, and the "he replied" after it is his). Not the inverted
        '"Will it sink?" asked Berg.', where Berg asks."""
        toks = self.toks
        if toks[after].text != "." or toks[v - 1].kind != WORD:
            return False
        sentence = self.sentence[v]
        for k in range(v - 2, -1, -1):
            if self.sentence[k] != sentence:
                return False
            if toks[k].kind == QUOTE:
                return self.text[toks[k].start : toks[k].end].rstrip("\"”'’ ").endswith("?")
        return False

    def _subject(self, v: int) -> Mention | None:
        """The phrase naming who speaks through the verb at ``v``."""
        toks, text, floor = self.toks, self.text, self._floors[v]
        low = toks[v].lower
        if v > floor and low[-3:] == "ing":
            placed = self._someone_placed(v, floor)
            if placed is not None:
                return placed  # 'A video shows someone near the door shouting': not the video
            noun = self._document_reading(v, floor)
            if noun >= 0:  # 'banners reading "..."', 'a sign on the door reading "..."'
                document = document_phrase(text, toks, noun, floor)
                if document is not None and low != "reading":
                    return self._issued_document(document, floor) or document
                return document
        if v + 3 < len(toks) and toks[v + 1].text == "," and toks[v + 2].lower == "quoting":
            quoted = phrase_after(text, toks, v + 3, open_role=True)
            if (
                quoted is not None
                and not quoted.org
                and quoted.kind != "pronoun"
                and quoted.role not in DOCUMENTS
            ):
                return quoted  # round 294: '"...," KCNA said, quoting NAME, an engineer.'
        if toks[v].lower in _QUOTING:
            # (round 119: far enough for an apposition, "quoted NAME, one of the line's
            # drivers, as saying", inside the sentence)
            stop = min(len(toks) - 1, v + _QUOTED_AS_SAYING_REACH)
            as_saying = next(
                (
                    k
                    for k in range(v + 2, stop)
                    if toks[k].lower == "as" and self.sentence[k] == self.sentence[v]
                ),
                0,
            )
            if as_saying and toks[as_saying + 1].lower == "saying":
                quoted = self._quoted_as_saying(as_saying - 1, v + 1)
                if quoted is not None:
                    return quoted  # '"...," the KCNA quoted Kim as saying.'
            stop = min(len(toks) - 1, v + _QUOTED_AS_REACH)
            colon = next((k for k in range(v + 2, stop) if toks[k].text == ":"), 0)
            if colon and toks[colon + 1].kind == QUOTE and self.sentence[colon] == self.sentence[v]:
                quoted = self._quoted_before(colon)
                if quoted is not None:
                    return quoted  # round 122: 'The caption quoted NAME, a pupil: "..."'
        if v - 2 > floor and toks[v].lower == "saying" and toks[v - 1].lower == "as":
            passive = self._quoted_passive(v - 1, floor)
            if passive is not None:
                return passive  # round 39: 'Kim was quoted by the KCNA as saying': Kim speaks
            quoted = self._quoted_as_saying(v - 2, floor)
            if quoted is not None:
                return quoted  # 'the KCNA quoted Kim as saying': Kim speaks
        prev = v - 1
        while prev >= floor and toks[prev].text == ",":
            prev -= 1
        after = v + 1
        inverts = toks[v].lower in INVERTIBLE_VERBS or (
            # '"...," lamented Chung Jin-young': any past tense between a quotation and a name
            toks[v].lower[-2:] == "ed" and v + 1 < len(toks) and is_name(toks[v + 1])
        )
        if not inverts and v + 2 < len(toks) and toks[v + 1].lower == "back":
            after = v + 2  # round 47: '"...," shot back Chung Jin-young': past the particle
            inverts = is_name(toks[after])
        if (
            inverts
            and prev >= floor
            and toks[prev].kind == QUOTE
            and not quote_closes_relative(text, toks, prev, floor)  # round 15: "NAME, whom
            and not (prev + 1 == v and _titles_an_outlet(text, toks, prev))  # round 168
        ):  # students call "...," said': the relative clause's term, not a quotation
            # '"...," said Kim'
            after = _past_partitive_aside(toks, after)  # round 164: 'said one of them, NAME'
            mention = phrase_after(text, toks, after, open_role=True, inverted=True)
            if mention is not None and not self._opens_clause(mention):
                return mention
        if v - 3 >= floor and toks[v - 1].lower == "them" and toks[v - 2].lower == "of":
            group = self._group_of_them(v - 3, floor)
            if group is not None:
                return group  # round 10: '... lawmakers held up ... and several of them shouted'
        if v - 2 >= floor and toks[v - 1].lower == "to":
            urged = self._urged(v - 2, floor)
            if urged is not None:
                return urged  # "prompting health authorities | to warn": they warn
        if v - 2 >= floor and toks[v - 1].lower == "who" and toks[v - 2].text != ",":
            group = self._restricted_group(v - 1, floor)
            if group is not None:
                return group  # round 56: 'angered commuters who say they are "..."'
        j = skip_auxiliaries(toks, v - 1, floor)
        j = _past_placed_object(toks, j, floor)  # round 178: 'The caption beneath it read:'
        # "the potter said", but not "the plan to counter": an infinitive has no subject
        mention = phrase_before(text, toks, j, floor, open_role=toks[v - 1].lower != "to")
        if mention is not None and j == v - 1 and _bare_verb_after_indefinite(toks, v, mention):
            mention = None  # round 180: "An unsigned | note | on the door": a noun, no verb
        if mention is not None and self._relative_read(v) and _ends_in_relative(mention):
            mention = None  # round 168: 'a notice at the gate that reads:': the relative's head
        if mention is not None and mention.kind != "pronoun":
            mention = self._placed_document(mention, floor) or mention  # round 183
        if mention is not None and mention.kind == "role" and v - 2 >= floor:
            placed = self._someone_placed(v, floor)
            if placed is not None:
                return placed  # round 124: 'someone on the bank shouted': not the bank
        opening = self._free_participle_subject(v, mention, floor) if mention else None
        if opening is not None:
            return opening  # round 11: 'Kang singled out the leader, Park, calling him'
        if mention is not None and mention.kind == "name" and lowercase(mention.name) in QUANTITIES:
            return self._counted(mention)  # "Hundreds of farmers chanted": the farmers
        if mention is not None and self._one_of_plural(mention, floor):
            return _nobody(toks[bisect_right(self._offsets, mention.start) - 3])
        if mention is not None and mention.kind == "role":
            mention = self._participle_head(mention, floor) or mention
        if mention is not None and self._finding_reported(v, mention, floor):
            return None  # round 172: 'the guild said the survey confirmed "..."': the guild's
        if mention is not None and self._object_of_preposition(mention, floor):
            # round 172: 'the focus on farmers rather than officials suggested': no one; 'an
            # aide on the panel said': the aide
            return self._head_before_preposition(mention, floor)
        if mention is not None and self._document_in(mention, floor):
            # round 160: "... and in an editorial called ...": the paper's
            mention = self._coordinated_sentence_subject(mention, floor)
        if mention is not None and mention.kind != "pronoun":
            head = self._relative_head(mention, floor)
            mention = None if head is _NO_HEAD else head or mention
        if mention is not None and toks[v - 1].text == ",":
            # round 412: 'NAME, who runs BODY, a small publisher, says': NAME, not the object
            mention = self._relative_object_head(mention, floor) or mention
        plural_before = mention is not None and mention.kind == "role" and mention.plural
        if (mention is None or plural_before) and inverts and prev < v - 1:
            # '..., said Kim.'; round 133: also past a plural the phrase reader took from an
            # aside ('rarely succeed in Korean courts, which protect ..., said NAME, a lawyer')
            kept = mention
            mention = phrase_after(text, toks, v + 1, inverted=True)
            after = bisect_right(self._offsets, mention.end - 1) if mention is not None else 0
            if after < len(toks) and toks[after].kind == WORD:
                mention = None  # '..., said the president was "aware"': a complement clause
            comma_then_verb = (
                after + 1 < len(toks) and toks[after].text == "," and _verb_like(toks[after + 1])
            )
            if plural_before and comma_then_verb:
                mention = None  # 'said Lee, the mayor, was "..."': a complement clause
            if plural_before and (mention is None or mention.kind != "name"):
                mention = kept
        if mention is None and prev > floor and low[-3:] != "ing" and _aside_closed(toks, prev, v):
            mention = self._subject_past_aside(prev, floor)
        if mention is None and v - 2 >= floor:
            mention = self._someone(v - 2) or self._someone_placed(v, floor)
        if mention is None and _contact_it(toks, v, floor):
            it = toks[v - 1]  # round 196: 'a rule it said would ...': "it" says it
            mention = Mention(it.start, it.end, "pronoun", text=it.text, role=PRONOUNS["it"])
        return mention

    def _placed_document(self, mention: Mention, floor: int) -> Mention | None:
        """Round 183: the document a participle of hanging or taping follows when ``mention``
        is that participle's agent ('where a tattered banner taped up by the fishing
        cooperative reads:'): who put the banner up did not write its words for the story,
        and the corpus labels the banner (as it does when the banner opens the sentence).
        None when no document noun and placing participle stand right before "by"."""
        toks = self.toks
        k = bisect_right(self._offsets, mention.start) - 3  # the word before "by"
        if k - 1 <= floor or toks[k + 1].lower != "by":
            return None
        if toks[k].lower in _PLACING_PARTICLES:
            k -= 1  # "taped up by", "put up by"
        if k - 1 < floor or toks[k].lower not in _PLACING_PARTICIPLES or not _document(toks[k - 1]):
            return None
        document = document_phrase(self.text, toks, k - 1, floor)
        return self.mentions.setdefault(document.start, document) if document else None

    def _object_of_preposition(self, mention: Mention, floor: int) -> bool:
        """Round 172: True when the phrase before a verb is the object of a preposition that
        ends a longer subject: 'the stress on pupils rather than teachers showed', 'the talk
        about exports suggested', 'the push toward startups meant'. The subject is the noun
        before the preposition (a thing, here): the noun after it says nothing. Not "of" (a
        group of residents speaks as its members), nor "than" after "more" ("more than 100
        doctors said"), nor a preposition opening the sentence ("Among them, ...")."""
        first = bisect_right(self._offsets, mention.start) - 1
        if first - 2 < floor:
            return False
        before = self.toks[first - 1].lower
        if before == "than":
            return self.toks[first - 2].lower == "rather"
        if before == "about" and self.toks[first].lower[:1].isdigit():
            return False  # "about 200 doctors": a number, not a topic
        if before in PLACE_PREPOSITIONS and mention.kind == "name":
            # round 282: 'said the farm in Ryongsong District had "..."': where the farm is
            # (round 54's prepositions of a place that places a noun)
            last = mention.name.rsplit(" ", 1)[-1]
            return lowercase(last) in PLACE_NOUNS and self.toks[first - 2].text.islower()
        return before in _SUBJECT_PREPOSITIONS and self.toks[first - 2].kind == WORD

    def _finding_reported(self, v: int, mention: Mention, floor: int) -> bool:
        """Round 172: True when ``mention`` is a record of findings ("the survey", "the
        study") whose verb at ``v`` only bears a claim out ("confirmed", "showed"), inside
        what an earlier reporting verb of the sentence says: 'The guild said the survey
        confirmed "what tutors have long said"'. The words are the reporter's, not the
        record's: it says nothing in its own voice there."""
        if mention.kind != "role" or mention.role not in _FINDINGS:
            return False
        if self.toks[v].lower not in _BEARS_OUT:
            return False
        first = bisect_right(self._offsets, mention.start) - 1
        return any(
            self.toks[k].lower in _REPORTING_PAST for k in range(max(floor, first - 12), first)
        )

    def _participle_head(self, mention: Mention, floor: int) -> Mention | None:
        """Round 172: the phrase a participle of reach follows when ``mention`` is that
        participle's object: 'a guild representing about 900 tutors said' (the guild), 'a
        firm employing 40 welders warned' (the firm). The object counts whom the speaker
        stands for; it does not speak. None when no such participle stands before it."""
        k = bisect_right(self._offsets, mention.start) - 2
        while k > floor and self.toks[k].lower in _APPROXIMATORS:
            k -= 1
        if k - 1 < floor or self.toks[k].lower not in _REACH_PARTICIPLES:
            return None
        head = phrase_before(self.text, self.toks, k - 1, floor)
        return head if head is not None and head.kind in ("role", "name") else None

    def _document_that_reads(self, v: int) -> Mention | None:
        """Round 400: the document a relative "that" or "which" right before "read" at ``v``
        goes back to ('carried photos of workers beneath a banner that read, "..."'): its
        words are the banner's, whoever carried the photo of it (the subject reader, after
        an apposition on the sentence's subject, went back to that subject)."""
        toks = self.toks
        floor = self._floors[v]
        if v - 2 < floor or toks[v - 1].lower not in ("that", "which"):
            return None
        if singular(toks[v - 2].lower) not in DOCUMENTS or not toks[v - 2].text.islower():
            return None
        return document_phrase(self.text, toks, v - 2, floor)

    def _document_writer(self, document: Mention) -> Mention | None:
        """Round 409: the person a relative clause right after ``document`` says wrote or made
        it ('A sign he taped to the door sets the rule:', 'a sign she had made that read',
        'A sign Koh painted and hung on the gate reads,'): a letter, note or sign a named
        person wrote is that person's quotation (corpus README). "He", "she" or a personal
        name, then "had" or "has" at most, then a verb of writing, making or putting up; not
        a body ('a banner the union hung', round 183's reading keeps the banner), not a verb
        of keeping ('a letter that Maeng has framed': who keeps it did not write it), and not
        one made "for" someone ('a sign he made for a bar': the client's words)."""
        toks = self.toks
        k = bisect_left(self._offsets, document.end)
        if k + 2 >= len(toks):
            return None
        if toks[k].lower in ("that", "which"):
            k += 1
        subject = toks[k]
        found: Mention
        if subject.lower in ("he", "she"):
            found = Mention(subject.start, subject.end, "pronoun", text=subject.text, role="person")
            after = k + 1
        elif subject.capitalised:
            named = phrase_after(self.text, toks, k)
            if named is None or named.kind != "name" or named.org or _place_named(named):
                return None
            found, after = named, bisect_left(self._offsets, named.end)
        else:
            return None
        if after < len(toks) and toks[after].lower in _PERFECT_AUXILIARIES:
            after += 1
        if after + 1 >= len(toks) or toks[after].lower not in _WRITING_VERBS:
            return None
        if toks[after + 1].lower == "for":
            return None  # 'a sign he made for a bar': a maker's work carries its client's words
        return self.mentions.setdefault(found.start, found)

    def _opening_document(self, v: int) -> Mention | None:
        """Round 331: the document that opens the sentence of "reads" at ``v`` when what
        stands between them is its description ('A sign put up at the entrance after the
        lawsuit was filed reads, "..."', 'A petition taped to the door, signed by 230
        customers, reads:', 'The brief taped to the wall, for a group the agency would not
        name, reads:'): the subject reader stopped inside the description (at "the lawsuit",
        "230 customers", "the agency"), and only a document reads. The opener is "a", "an"
        or "the" and a singular noun that is no person's role or body (a document's, or one
        no list knows: "petition", "brief"), then a participle placing it ("taped", "put
        up", "posted", "hung"), and no reporting verb between."""
        toks = self.toks
        floor = self._floors[v]
        if floor + 3 >= v or toks[floor].lower not in ("a", "an", "the"):
            return None
        head = phrase_after(self.text, toks, floor, open_role=True)
        if head is None or head.kind != "role" or head.org or head.plural:
            return None
        if head.role not in DOCUMENTS and head.role in PERSON_ROLES:
            return None  # "A guard posted at the gate ... reads" is no document
        k = bisect_left(self._offsets, head.end)
        placed = [i for i in range(floor + 2, k + 1 if k < v else v) if toks[i].lower in _PLACED_BY]
        if k >= v or not placed:
            return None
        if placed[0] < k:  # "A sign put up at the gate" read as one phrase: the sign alone
            head = phrase_before(self.text, toks, placed[0] - 1, floor) or head
        between = range(k, v)
        if any(
            toks[i].lower in REPORTING_VERBS and toks[i - 1].lower not in _DETERMINERS
            for i in between
        ):
            return None  # (but "taped to the counter": a noun)
        if not any(toks[i].text == "," or toks[i].lower in _DESCRIPTION_BREAKS for i in between):
            return None  # 'A banner hung from the gate reads:': the reader has it already
        return head

    def _head_before_preposition(self, mention: Mention, floor: int) -> Mention | None:
        """Round 172: the person or body whose phrase the preposition before ``mention``
        follows ("an aide on the panel", "crowds on the bank"), or None when that head is a
        thing ("the focus on farmers") or nothing a phrase reader knows."""
        first = bisect_right(self._offsets, mention.start) - 1
        k = first - 1
        if self.toks[k].lower == "than":
            k -= 1  # 'rather than'
        head = phrase_before(self.text, self.toks, k - 1, floor)
        if head is None or head.kind not in ("role", "name"):
            return None
        if self._object_of_preposition(head, floor):  # 'the focus on workers rather than
            return self._head_before_preposition(head, floor)  # officials': the focus
        return head

    def _one_of_plural(self, mention: Mention, floor: int) -> bool:
        """Round 163: True when a plural role ``mention`` follows "one of" ('one of the
        inspectors was overheard telling a colleague, "..."'): one unnamed member speaks, not
        the group, and no reader can say which (no speaker rather than the plural)."""
        if mention.kind != "role" or not mention.plural or "," in mention.text:
            return False  # 'one of her customers, a nurse, wrote': the nurse is named
        first = bisect_right(self._offsets, mention.start) - 1
        toks = self.toks
        return (
            first - 2 >= floor and toks[first - 1].lower == "of" and toks[first - 2].lower == "one"
        )

    def _document_it(self, pronoun: Mention) -> Mention | None:
        """Round 164: the document a sentence-opening "It" means when the sentence just before
        it, in the same paragraph, opened with a document as its subject ('NAME's letter did
        not name the firm. It said the deal was "..."'): the letter says it, so its author
        speaks (a statement's words are its author's), not the last body named before. Only
        "It" opening its sentence right after a one-sentence reach, and only a document noun
        with "'s" or "the" ("The statement", "NAME's statement")."""
        if pronoun.text != "It":
            return None
        k = bisect_left(self._offsets, pronoun.start)
        if k >= len(self.toks) or self.toks[k].start != pronoun.start:
            return None
        at = self.sentence[k]
        if at == 0 or self.first[at] != k:
            return None
        lead = self.first[at - 1]
        found = self.mentions.get(self.toks[lead].start)
        if found is None or found.kind != "role" or found.role not in DOCUMENTS:
            return None
        if found.plural or not found.subject:
            return None
        return found

    def _document_in(self, mention: Mention, floor: int) -> bool:
        """True when ``mention`` is a document noun right after "in": the document the verb's
        subject spoke in, not that subject.

        Round 160: "The weekly printed the speech and in an editorial of its own called the
        plan a "..."" quotes the weekly (the coordinated verb's subject), never the editorial;
        a document opening its sentence ("The editorial called") keeps speaking.
        """
        if mention.kind != "role" or mention.role not in DOCUMENTS:
            return False
        first = bisect_right(self._offsets, mention.start) - 1
        return first > floor and self.toks[first - 1].lower == "in"

    def _coordinated_sentence_subject(self, document: Mention, floor: int) -> Mention | None:
        """The sentence's subject when "and" or "but" stands before the "in" of ``document``
        ("The weekly ran the speech and | in an editorial | called"): the verb after the
        document is coordinated with the sentence's first. A name or a body only; None
        otherwise (no one, rather than the document)."""
        first = bisect_right(self._offsets, document.start) - 1
        if first - 2 < floor or self.toks[first - 2].lower not in ("and", "but"):
            return None
        subject = self._sentence_subject(floor)
        if subject is None or subject.kind != "name":
            return None
        return subject

    def _subject_past_aside(self, last: int, floor: int) -> Mention | None:
        """The subject before an aside set off by commas that holds one quotation and ends at
        token ``last``, right before the verb: 'NAME, chief executive of the app "...", said',
        'The agency, calling the plant "...," said', 'NAME, head of the "..." campaign, said'
        (round 80). The quotation hides the subject from the phrase reader, which stops at
        it; the aside opens on a lowercase word after a comma and holds no other quotation,
        "and" or "or", and the phrase before that comma is the verb's subject. Not when a
        reporting verb stands in the aside (but the participle opening it, 'calling'): '...,
        said the board had "...," noting' is the main clause's quotation; nor when a word
        stands right before that phrase (an opening prepositional phrase, not a subject)."""
        toks = self.toks
        stop = last - _ASIDE_REACH
        quoted = False
        for k in range(last, stop if stop > floor else floor, -1):
            tok = toks[k]
            if tok.kind == QUOTE:
                if quoted:
                    return None
                quoted = True
            elif tok.lower in ("and", "or") or tok.text in ".;:":
                return None
            elif tok.text == ",":
                if not quoted or k + 1 > last or not toks[k + 1].text.islower():
                    return None
                verbs = self._verbs
                if verbs and verbs[-1] > k + 1 - (toks[k + 1].lower[-3:] != "ing"):
                    return None  # a verb of its own in the aside ('..., said "...," noting')
                mention = phrase_before(self.text, toks, k - 1, floor, open_role=True)
                if mention is None:
                    return None
                j = bisect_left(self._offsets, mention.start) - 1
                # 'Outside the Assembly, members of "...," a group ..., chanted': a phrase
                # after a preposition opens the sentence; the subject is after its comma
                return mention if j < floor or toks[j].kind != WORD else None
        return None

    def _someone_placed(self, v: int, floor: int) -> Mention | None:
        """An indefinite pronoun placed by a short phrase before a verb: 'shows someone near
        the door shouting', 'someone at the back of the room yelled' (round 11: nobody a reader
        can name, not the sentence's subject)."""
        toks = self.toks
        lo = v - _PLACED_REACH if v - _PLACED_REACH > floor else floor
        for k in range(v - 1, lo - 1, -1):
            tok = toks[k]
            if tok.kind != WORD or not tok.text.islower():
                return None
            if PRONOUNS.get(tok.lower) == "nobody" and tok.lower not in _QUANTIFIERS:
                if toks[k + 1].lower not in _PLACING:
                    return None
                return _nobody(tok)
        return None

    def _someone(self, k: int) -> Mention | None:
        """An indefinite pronoun with one word after it, before a verb: 'as someone off-camera
        shouted', 'someone nearby yelled' (nobody a reader can name; round 10: not the
        subject of the sentence before the comma)."""
        tok, after = self.toks[k], self.toks[k + 1]
        if PRONOUNS.get(tok.lower) != "nobody" or tok.lower in _QUANTIFIERS:
            return None
        if after.kind != WORD or not after.text.islower():
            return None
        return _nobody(tok)

    def _group_of_them(self, k: int, floor: int) -> Mention | None:
        """The group "several of them" at ``k`` is part of: the nearest plural role noun of
        people before it in the sentence ('PPP lawmakers held up placards ... and several of
        them shouted': the lawmakers; not "one of them", whom no reader can name)."""
        toks = self.toks
        # 'Alerts went out. One of them read: "..."': one of the documents reads its words
        document = toks[k].lower == "one" and toks[k + 3].lower in _READS
        if toks[k].lower not in _QUANTIFIERS and not document:
            return None
        if document:
            floor = self.floor(k - 1) if k > 0 else 0  # the documents may be the sentence before
        for m in range(k - 1, max(floor, k - _REACH) - 1, -1):
            tok = toks[m]
            if tok.kind != WORD or not tok.lower.endswith("s"):
                continue
            role = role_of(tok.lower)
            if not role or role == tok.lower or role in STATE_ROLES:
                continue
            if (role in DOCUMENTS) == document:
                return phrase_before(self.text, toks, m, self.floor(m))
        return None

    def _relative_head(self, mention: Mention, floor: int) -> Mention | None:
        """The subject a "who" clause describes, when the phrase before the verb is only the
        object of a preposition ending that clause: 'A former miner who left the North in
        2019 and now lives in | Seoul | said' is the miner's (not Seoul's); None otherwise."""
        toks = self.toks
        first = bisect_right(self._offsets, mention.start) - 1
        if first <= floor or toks[first - 1].lower not in PREPOSITIONS:
            return None
        for k in range(first - 2, max(floor, first - _REACH) - 1, -1):
            tok = toks[k]
            if tok.kind != WORD:
                return None  # an aside or a quotation: the clause is not one relative
            if tok.lower == "who" and k - 1 >= floor:
                head = phrase_before(self.text, toks, k - 1, floor, open_role=True)
                if head is None:
                    # round 94: 'A sergeant first class who trains snipers in | PROVINCE |
                    # said': a head the reader cannot take is still not the place
                    return _NO_HEAD if toks[k - 1].text.islower() else None
                if head.kind == "pronoun":
                    return None
                return head
        return None

    def _relative_object_head(self, mention: Mention, floor: int) -> Mention | None:
        """Round 412: the person a non-restrictive "who" clause describes when the phrase read
        before the verb is that clause's object, or the object's apposition: 'NAME, who runs
        BODY, a small publisher, says', 'NAME, who plays the cook, ROLE, said' (the
        apposition's commas close the clause as the clause's own would). Only one plain
        verb right after ", who", then words and one comma at most (no "and", no quotation,
        no second clause), and the person opening the sentence; None otherwise."""
        toks = self.toks
        first = bisect_right(self._offsets, mention.start) - 1
        if first - floor < 3:
            return None  # no room for 'NAME , who' before it (and no index below the floor)
        k = first - 1
        while k > floor and first - k <= _WHO_OBJECT_REACH and toks[k].lower != "who":
            k -= 1
        if toks[k].lower != "who" or k - 1 <= floor or toks[k - 1].text != ",":
            return None
        verb = toks[k + 1]
        if verb.kind != WORD or not verb.text.islower() or verb.lower in _NOT_OBJECT_VERBS:
            return None  # 'who, ...', 'who has ...', 'who said': no object read
        commas = 0
        for j in range(k + 2, first):
            tok = toks[j]
            if tok.text == ",":
                commas += 1
            elif tok.kind != WORD or tok.lower in _RUN_ON_STOPS:
                return None
        if commas > 1:
            return None
        head = self._antecedent(k, floor)
        if head is None or head.kind == "pronoun":
            return None
        if bisect_right(self._offsets, head.start) - 1 != floor:
            return None  # 'Like NAME, who runs BODY, Y, a baker, said': Y, the sentence's subject
        return head

    def _read_issue(self, v: int) -> None:
        """Round 68: the subject of "issued", "released", "ran" ... at ``v`` with a document
        as object ("The ministry issued a statement on Monday", "NAME delivered a report to
        the plenary") put that document out: "the statement said" later quotes it, as after
        "said in a statement" (round 60). Not a document of someone else's ("released a
        statement from the families", "a statement by the operator"), nor one that opens the
        sentence ("A statement released by ..."): the subject must stand before the verb."""
        toks = self.toks
        count = len(toks)
        if toks[v].lower == "made":
            self._read_made_remarks(v)
            return
        if v + 2 < count and toks[v + 1].lower == "by":
            self._read_issued_by(v)
            return
        if v + 2 >= count or toks[v + 1].lower not in ("a", "an"):
            return
        role = ""
        j = v + 2
        stop = v + 6 if v + 6 < count else count
        while j < stop and toks[j].kind == WORD and toks[j].text.islower():
            role = role_of(toks[j].lower)
            if role in DOCUMENTS:
                break
            j += 1
        if role not in DOCUMENTS or not role:
            return
        if j + 1 < count and toks[j + 1].lower in ("by", "from", "of"):
            return  # 'released a statement from the families': theirs, not the subject's
        subject = self._subject(v)  # (as a verb of saying's: "NAME, a secretary, delivered")
        if subject is None or subject.start >= toks[v].start or subject.role in DOCUMENTS:
            return
        if subject.kind == "pronoun":
            return
        mention = self.mentions.setdefault(subject.start, subject)
        mention.issued = mention.issued or role

    def _read_made_remarks(self, v: int) -> None:
        """Round 129: "NAME, director-general of ..., made the remarks in a statement carried
        by KCNA": the subject of "made" before remarks made in a document put that document
        out, as "said in a statement" does (round 60); a later "the statement said" is theirs,
        not the carrier's. A person or a named body only, standing before the verb."""
        toks = self.toks
        if v + 4 >= len(toks) or toks[v + 1].lower not in _REMARKS_DETERMINERS:
            return
        if toks[v + 2].lower not in _REMARKS:
            return
        role = self._issued(v)
        if not role:
            return
        subject = self._subject(v)
        if subject is None or subject.kind != "name" or subject.start >= toks[v].start:
            return
        mention = self.mentions.setdefault(subject.start, subject)
        mention.issued = mention.issued or role

    def _read_issued_by(self, v: int) -> None:
        """Round 93: a reduced passive "released by", "issued by" ... right after a document
        noun, or after it and a comma, names who put the document out ("The 82-page report,
        released by the Multilateral Sanctions Monitoring Team (MSMT), said", "a statement
        issued by the ministry"): a later "the report said" is theirs. A person or a named
        body only (no pronoun, no other document)."""
        toks = self.toks
        k = v - 2 if toks[v - 1].text == "," else v - 1
        if k < 1 or toks[k].kind != WORD or not toks[k].text.islower():
            return
        role = role_of(toks[k].lower)
        if role not in DOCUMENTS:
            return
        self._author_after_by(v + 2, role)

    def _author_after_by(self, k: int, role: str) -> None:
        """Make the person or named body read from token ``k`` (after "by") the issuer of a
        document of kind ``role`` (no pronoun, no other document)."""
        agent = phrase_after(self.text, self.toks, k, follow=False)
        if agent is None or agent.kind != "name" or agent.role in DOCUMENTS:
            return
        known = self.mentions.get(agent.start)
        if known is None:
            agent.subject = False  # (no subject "he" or "it" would mean: only the author)
            known = self.mentions.setdefault(agent.start, agent)
        known.issued = known.issued or role

    def _read_documents_by(self) -> None:
        """Round 125: "a statement by NAME" (a document noun, then "by" and a person or a
        named body, no participle between) names who put the document out, as "issued by"
        does (round 93): a later "the statement said" is theirs ('The denunciation came in a
        statement by NAME, director-general of ..., carried by KCNA.')."""
        toks = self.toks
        at = self.masked.find(" by ")
        while at >= 0:  # (str.find: the paragraph's few "by"s, not every token)
            k = bisect_left(self._offsets, at + 1)
            at = self.masked.find(" by ", at + 3)
            if not 0 < k < len(toks) - 1 or toks[k].lower != "by":
                continue
            role = toks[k - 1].lower  # (a set test, no singular: "statements by" is rare)
            if role not in DOCUMENTS or not toks[k - 1].text.islower():
                continue
            self._author_after_by(k + 1, role)

    def _issued_document(self, mention: Mention, floor: int) -> Mention | None:
        """Who speaks through a document a sentence's subject put out, when a participle
        follows it: 'The paper ran a commentary accusing Seoul of "..."' is the paper's, as
        is 'The ministry issued a statement calling it "..."' (not 'a statement' alone, which
        names no one). None when the document is no object of a verb."""
        if mention.kind != "role" or mention.role not in DOCUMENTS:
            return None
        if mention.determiner not in ("a", "an"):
            return None
        first = bisect_right(self._offsets, mention.start) - 1
        if first - 1 <= floor or not self.toks[first - 1].text.islower():
            return None  # 'A statement accusing ...' opens the sentence: nobody behind it
        subject = self._sentence_subject(floor)
        if subject is not None and subject.role in DOCUMENTS and subject.start < mention.start:
            # round 370: 'The statement came a day after NAME ran a commentary saying': the
            # clause of the verb before the document, not the sentence's
            subject = self._clause_subject(first - 1, floor)
        if subject is None or subject.start >= mention.start or subject.role in DOCUMENTS:
            return None
        return subject

    def _document_reading(self, v: int, floor: int) -> int:
        """The document noun a participle at ``v`` says the words of, right before it or
        before a short place or language phrase: "banners | reading", "signs in Chinese |
        reading", "a sign on the door | reading"; -1 when there is none."""
        toks = self.toks
        for k in range(v - 1, max(floor, v - _PLACE_PHRASE) - 1, -1):
            if _document(toks[k]):
                return k
            if toks[k].kind != WORD or (k < v - 1 and toks[k + 1].lower in _PLACE_WORDS):
                break
        return -1

    def _opens_clause(self, mention: Mention) -> bool:
        """True when a form of "be", an auxiliary or a modal follows ``mention``: it is the
        subject of what was said, not of "said" ('"the quiet wall," said the final was')."""
        after = bisect_right(self._offsets, mention.end - 1)
        if after >= len(self.toks):
            return False
        low = self.toks[after].lower
        return low in BE or low in MODALS or low in ("has", "had", "have")

    def _urged(self, j: int, floor: int) -> Mention | None:
        """The known speaker ending at ``j`` just before an infinitive, which is its subject:
        "prompting health authorities | to warn", "led the ministry | to say" (not "the plan
        | to counter", no speaker; a verb before the phrase is not part of it)."""
        toks = self.toks
        found = phrase_before(self.text, toks, j, floor)
        if found is None or found.kind == "pronoun" or found.end != toks[j].end:
            return None
        first = bisect_right(self._offsets, found.start) - 1
        if toks[first].lower.endswith(("ing", "ed")) and toks[first].text.islower():
            found = phrase_before(self.text, toks, j, first + 1)  # "prompting | authorities"
        return found if found is not None and (found.kind == "name" or found.role) else None

    def _issued(self, v: int) -> str:
        """The document a reporting verb at ``v`` says its subject spoke in: "said in a
        statement", "wrote in a Facebook post" (a later "the statement" is theirs)."""
        toks = self.toks
        stop = v + 8 if v + 8 < len(toks) else len(toks)  # (not min(): see quote_token)
        k = v + 1
        while k < stop and toks[k].kind == WORD and toks[k].lower not in ("in", "on"):
            k += 1
        if _posted_on_platform(toks, v, k):
            return "post"  # round 202: 'NAME wrote on Instagram that ...', then 'the post'
        for j in range(k + 1, k + 5 if k + 5 < stop else stop):
            if toks[j].kind != WORD:
                break
            role = role_of(toks[j].lower) if toks[j].text.islower() else ""
            if role in DOCUMENTS:
                return role
        if toks[self._floors[v]].lower == "in":
            return self._issued_before(v)
        return self._issued_aside(v) if v > 2 and toks[v - 1].text == "," else ""

    def _issued_aside(self, v: int) -> str:
        """Round 173: the document an aside between commas right before the verb at ``v``
        names: 'NAME, in a statement released by the agency, said he was "..."' (the same
        as "said in a statement": a later "the statement said" is NAME's words)."""
        toks, floor = self.toks, self.floor(v)
        k = v - 2
        while k > floor and v - k <= _ASIDE_DOCUMENT_REACH and toks[k].text != ",":
            k -= 1
        if toks[k].text != "," or k + 3 >= v or toks[k + 1].lower != "in":
            return ""
        if toks[k + 2].lower not in _ISSUED_OWNERS:
            return ""
        for j in (k + 3, k + 4):
            tok = toks[j]
            if j >= v - 1 or tok.kind != WORD or not tok.text.islower():
                return ""
            role = role_of(tok.lower)
            if role in DOCUMENTS:
                return role
        return ""

    def _issued_before(self, v: int) -> str:
        """The document a sentence opens with, before the subject of the verb at ``v``: 'In
        a commentary titled "...," the KCNA said' (round 10; "the commentary" is the KCNA's
        later, as "the statement" is after "said in a statement")."""
        toks, floor = self.toks, self.floor(v)
        if floor + 2 >= v or toks[floor].lower != "in":
            return ""
        if toks[floor + 1].lower not in ("a", "an", "its", "their"):
            return ""
        for j in (floor + 2, floor + 3):
            tok = toks[j]
            if j >= v or tok.kind != WORD or not tok.text.islower():
                return ""
            role = role_of(tok.lower)
            if role in DOCUMENTS:
                return role
        return ""

    def _quoted_passive(self, a: int, floor: int) -> Mention | None:
        """The subject of a passive "quoted" or "cited" before the "as" at ``a``: "Kim | was
        quoted by the KCNA as saying", "He has been cited in the report as saying". Whoever
        relays the words (an outlet, a document, a person after "by") does not speak them."""
        toks = self.toks
        q = a - 1
        low = a - _PASSIVE_REACH if a - _PASSIVE_REACH > floor else floor
        while q > low and _in_agent(toks[q]) and toks[q].lower not in _PASSIVE_QUOTING:
            q -= 1  # round 339: across an apposition ('by the paper, the party's daily, as')
        if q <= low or toks[q].lower not in _PASSIVE_QUOTING:
            return None
        j, be = q - 1, False
        while j >= floor and toks[j].lower in AUXILIARIES:
            be = be or toks[j].lower in BE
            j -= 1
        if j < floor:
            return None
        if not be:
            return self._with_quoted(q, floor)
        mention = phrase_before(self.text, toks, j, floor)
        if mention is None and toks[j].text == ",":
            # round 339: 'A worker at the mill, identified as NAME, was quoted': the name
            k = next((k for k in range(j - 1, floor - 1, -1) if toks[k].lower == "identified"), -1)
            mention = self._identified_as(k, j) if k >= 0 else None
        return mention

    def _with_quoted(self, q: int, floor: int) -> Mention | None:
        """Round 188: the person "with a ROLE quoted by ... as saying" names before the
        participle at ``q`` ('Pyongyang said the dam was finished, with an engineer quoted by
        state media as saying it would "hold for a century"'): the one quoted speaks, not the
        outlet that relays the words. Only "with" and "a" or "an" and one role noun (a person
        the next paragraphs may name); None otherwise."""
        toks = self.toks
        if q - 3 < floor or toks[q - 3].lower != "with" or toks[q - 2].lower not in ("a", "an"):
            return None
        mention = phrase_before(self.text, toks, q - 1, floor)
        if mention is None or mention.kind != "role" or mention.plural or mention.org:
            return None
        return mention

    def _quoted_as_saying(self, j: int, floor: int) -> Mention | None:
        """The object of "quoted" ending at ``j``: "quoted | Kim | as saying" (read from the
        verb on: "quoted | Ri, a linguist at the academy, | as saying")."""
        at = next((k for k in range(j - 1, floor - 1, -1) if self.toks[k].lower in _QUOTING), -1)
        floor = at + 1 if at >= 0 else floor
        if self._quoted_pronoun_closing(j):
            # round 185: '"...," the paper quoted her as saying.': she speaks, not the paper
            tok = self.toks[j]
            said = Mention(tok.start, tok.end, "pronoun", text=tok.text, role="person")
            return self.mentions.setdefault(tok.start, said)
        if self.toks[j].text == ",":
            # round 294: 'quoted a worker at the plant, identified as NAME, as saying': the
            # name round 178 reads before a colon, here before the comma
            k = next(
                (k for k in range(j - 1, floor - 1, -1) if self.toks[k].lower == "identified"), -1
            )
            named = self._identified_as(k, j) if k >= 0 else None
            if named is not None:
                return named
        mention = phrase_before(self.text, self.toks, j, floor) or name_phrase(
            self.text, self.toks, j, floor
        )
        if mention is None:
            return None
        first = bisect_right(self._offsets, mention.start) - 1
        verb = self.toks[first - 1].lower if first > 0 else ""
        return mention if verb in _QUOTING else None

    def _quoted_pronoun_closing(self, j: int) -> bool:
        """Round 185: True when "him" or "her" at ``j`` is the object of "quoted" or "cited"
        and "as saying" closes the sentence ('"...," the agency quoted her as saying.'): the
        quotation before is the words of the person the pronoun means, named earlier, not
        the outlet's. Not when words follow "saying" ('which quoted him as saying he
        "..."'): the clause there has its own subject."""
        toks = self.toks
        if j < 1 or j + 2 >= len(toks) or toks[j].lower not in _ANSWERER:
            return False
        if toks[j - 1].lower not in _QUOTING or toks[j + 2].lower != "saying":
            return False
        return j + 3 >= len(toks) or toks[j + 3].kind != WORD

    def _counted(self, mention: Mention) -> Mention | None:
        """The group a count names: "Hundreds | of farmers" is the farmers."""
        k = bisect_right(self._offsets, mention.start) - 1
        if k + 2 >= len(self.toks) or self.toks[k + 1].lower != "of":
            return None
        return phrase_after(self.text, self.toks, k + 2, open_role=True)

    def _tags_quotation(self, v: int) -> bool:
        """True when the past tense (an "-ed" word) at ``v`` follows a quotation and its
        subject: '"...," she laughed.', '"...," the coach shrugged.' A verb there reports the
        quotation whatever the verb is (the lists cannot hold every manner of speaking), and
        so does one between a quotation and a name: '"...," grumbled Bae'."""
        toks = self.toks
        q = v - 1 - (v > 1 and toks[v - 1].text == ",")
        if q >= 0 and toks[q].kind == QUOTE and v + 1 < len(toks) and is_name(toks[v + 1]):
            return True
        if v + 1 < len(toks) and toks[v + 1].lower == "back":
            if q >= 0 and toks[q].kind == QUOTE and v + 2 < len(toks) and is_name(toks[v + 2]):
                return True  # round 47: '"...," shot back Bae'
        elif toks[v].lower in _REJOINDERS and toks[v].lower != "spat":
            return False  # 'police shot a suspect': no rejoinder
        if v > 1 and toks[v - 1].text == ",":
            return self._tags_after_aside(v)
        first = v - 1  # first word of the subject
        while first > 0 and v - first <= _ADJACENT and _in_subject(toks[first - 1]):
            first -= 1  # 'Park Se-hun (박세훈) scoffed': a bracket stays in the subject
        q = first - 1 - (first > 1 and toks[first - 1].text == ",")
        if first >= v or q < 0 or toks[q].kind != QUOTE:
            return False
        if (
            q == first - 1
            and v + 1 < len(toks)
            and toks[v + 1].kind == WORD
            and not _closes_clause(self.text, toks[q])
        ):
            return False  # round 57: 'had "more than doubled" its output compared with'
        if self._reports_later(v):
            return False  # '"...," an auditor involved in the audit said': a description
        if (
            v + 1 < len(toks)
            and toks[v + 1].lower in _GESTURE_AIMS
            and _ends_sentence(self.text, toks[q])
        ):
            return False  # round 118: '"...!" NAME pointed at Na.': a gesture, a new sentence
        if title_cased(self.text[toks[q].start : toks[q].end]):
            return False  # '"Paper Moons," the band released in 2022': a title
        if toks[v - 1].lower in _SPANS_OF_TIME:
            return False  # round 159: '"dark shifts," hours logged after ...': a gloss
        if _named_before(toks, q):
            return False  # round 206: 'what growers call "ghost fees," the discounts granted to'
        mention = phrase_before(self.text, toks, v - 1, first, open_role=True)
        return mention is not None and mention.start == toks[first].start

    def _leads_quotation(self, v: int) -> bool:
        """True when the past tense at ``v`` (a manner of speaking or a gesture: shrugged,
        sighed, laughed, grinned) is followed by a comma and a quotation opening a sentence,
        and a person named right before it is its subject: 'NAME shrugged, "We will see."'
        (round 47). Not a passive, nor a verb in a clause a subordinator opens ('As NAME
        laughed, "..."': the main clause comes after), nor a thing's ('the talks stalled,').
        """
        toks = self.toks
        low = toks[v].lower
        if low[-2:] != "ed" and not (low in _REJOINDERS and _rejoins(toks, v)):
            return False
        q = v + 2
        if toks[v + 1].lower == "back":
            if q + 1 >= len(toks) or toks[q].text != ",":
                return False
            q += 1
        if toks[q].kind != QUOTE or self._passive(v):
            return False
        inside = self.text[toks[q].start : toks[q].end].lstrip("\"“'‘ ")
        if not inside[:1].isupper():
            return False  # a partial: 'NAME smiled, "reluctantly"' is no statement
        floor = self.floor(v)
        mention = self._subject(v)
        if mention is None or mention.org or mention.kind not in ("name", "role"):
            return False
        if mention.kind == "role" and not mention.role:
            return False  # 'the talks stalled,': no person
        first = bisect_right(self._offsets, mention.start) - 1
        return not any(toks[k].lower in _SUBORDINATORS for k in range(floor, first))

    def _tags_after_aside(self, v: int) -> bool:
        """True when the past tense at ``v`` follows a quotation, its subject and an aside
        set off by commas: '"...," NAME, the party's floor leader, sighed.', '"...," NAME, who
        heads the union, laughed.' (round 47). The subject the verb reads past the aside must
        start right after the quotation, with words only between (at most two commas)."""
        toks = self.toks
        first, commas = v - 1, 0
        while first > 0 and v - first <= _ADJACENT:
            tok = toks[first - 1]
            if tok.text == ",":
                if toks[first - 2].kind == QUOTE if first > 1 else False:
                    first -= 1  # the comma after the quotation: '"...," | NAME'
                    break
                commas += 1
                if commas > 2:
                    return False
            elif not _in_subject(tok):
                break
            first -= 1
        q = first - 1 - (first > 0 and toks[first - 1].text == ",")
        if first >= v - 2 or q < 0 or toks[q].kind != QUOTE or commas == 0:
            return False
        if toks[first].text == ",":
            first += 1
        if title_cased(self.text[toks[q].start : toks[q].end]):
            return False  # '"Paper Moons," the band released in 2022': a title
        mention = self._subject(v)
        return mention is not None and mention.start == toks[first].start

    def _reports_later(self, v: int) -> bool:
        """True when a preposition follows the past tense at ``v`` and a reporting verb
        follows in the same clause: the "-ed" word is a participle describing the subject
        ('an auditor involved | in the review | told reporters')."""
        toks = self.toks
        if v + 1 >= len(toks) or toks[v + 1].lower not in PREPOSITIONS:
            return False
        for k in range(v + 2, min(len(toks), v + 2 + _ADJACENT)):
            tok = toks[k]
            if tok.kind != WORD:
                return False
            if tok.text.islower() and tok.lower in REPORTING_VERBS:
                return True
        return False

    def _passive(self, v: int) -> bool:
        """True when the verb at ``v`` is a participle after a form of "be"."""
        toks = self.toks
        if not (toks[v].lower[-2:] == "ed" or toks[v].lower in PARTICIPLES):
            return False
        k = v - 1
        floor = self._floors[v]
        while k >= floor and toks[k].kind == WORD and toks[k].lower in _AUXILIARY_OR_BE:
            if toks[k].lower in BE:
                return True  # "was asked", "being called"
            k -= 1
        return False

    def _aside_subject(self, q: int, floor: int) -> Mention | None:
        """Round 59: the name before a participle aside that a quoted title closes, for the
        verb right after the title ('NAME, writing in the magazine "...," warned that'): the
        aside ("NAME, writing ...") is set off by a comma after the name and by the one inside
        the title's marks, so the verb after them is the name's. Only the last clause before
        the title, an "-ing" participle right after the name's comma; None otherwise."""
        toks = self.toks
        inside = self.text[toks[q].start : toks[q].end].rstrip("\"”'’ ")
        if not inside.endswith(","):
            return None
        for clause in reversed(self.clauses[-_LOOK:]):
            p = clause.verb  # (clauses are read in order: none lies past the title yet)
            mention = clause.mention
            if (
                p < floor
                or mention is None
                or mention.kind != "name"
                or not toks[p].lower.endswith("ing")
                or p < 2
                or toks[p - 1].text != ","
                or mention.end > toks[p - 1].start
            ):
                return None
            for j in range(p + 1, q):
                if toks[j].kind == QUOTE:
                    return None
            return mention
        return None

    def _inherited(self, v: int, *, main: bool = True) -> Mention | None:
        """Speaker of a verb with no subject of its own: a relative clause ("Kim, who said";
        "a joint statement, ..., which read"), a participle (", adding that"), a coordinated
        verb ("... but warned"), or a subject far from its verb ("a notice taped to the door
        read:")."""
        toks, floor = self.toks, self.floor(v)
        for k in range(self.floor_within(v, 4), v):  # (a loop: no generator per verb)
            if toks[k].lower == "what":
                return (
                    None  # 'after what both sides described as "tough" talks': not the sentence's
                )
        before = toks[v - 1] if v > floor else None
        if before is not None and before.lower in ("who", "which", "that"):
            antecedent = self._antecedent(v - 1, floor)
            if antecedent is not None and self._relative_read(v):
                poster = self._person_posted(antecedent, floor)
                if poster is not None:
                    return poster  # round 168: 'She has posted a note that reads:': hers
            if antecedent is not None and antecedent.role in DOCUMENTS:
                # round 134: 'KCNA carried a commentary titled "..." that accused Seoul of
                # "..."': an outlet's own document speaks for the outlet (not a statement
                # a person issued, nor a sign a fan held: those speak as themselves)
                outlet = self._issued_document(antecedent, floor)
                if outlet is not None and _relays(outlet):
                    return outlet
            return antecedent
        if before is not None and before.kind == QUOTE:
            aside = self._aside_subject(v - 1, floor)
            if aside is not None:
                return aside  # round 59: 'NAME, writing in the magazine "...," warned'
        if before is not None and before.lower in AUXILIARIES:
            # round 13: "met Ko, who has called ...": the relative clause's antecedent, past
            # its auxiliaries (not the sentence's subject)
            rel = skip_auxiliaries(toks, v - 1, floor)
            if rel > floor and toks[rel].lower == "who":
                return self._antecedent(rel, floor)
            if rel - 2 >= floor and toks[rel].lower == "which" and toks[rel - 1].text == ",":
                return self._named_body_before(rel - 2, floor)  # round 58: ", which has vowed"
        if before is not None and before.lower in ("and", "but"):
            relative = self._relative_coordinated(v, floor)
            if relative is not None:
                return relative  # round 197: 'met Ko Da-rim, who won ... and joked that'
        if before is not None and before.lower == "and":
            reported = self._reported_subject(v, floor)
            if reported is not None:
                return reported  # round 13: 'Lee said Son had come ... and told him': Son
        if before is not None and before.lower in ("and", ","):
            introduced = self._introduced_subject(v, floor)
            if introduced is not None:
                return introduced  # round 222: 'said a porter met her and warned her': the porter
        if main and toks[v].lower in _MAIN_PARTICIPLES and before is not None:
            whole = self._main_participle_subject(v, floor)
            if whole is not None:
                return whole  # round 55: 'NAME said Y had told her ..., adding, "..."': NAME
        if before is not None and before.lower in ("and", "but"):
            paired = self._paired_verb_subject(v - 2, floor)
            if paired is not None:
                return paired  # round 163: 'a plan the union welcomed but called "..."'
            gesture = self._gesture_subject(v - 2, floor)
            if gesture is not None:
                return gesture  # round 130: '"...?" NAME laughed and replied, "..."': NAME
        if (
            before is not None
            and before.text == ","
            and toks[floor].lower in _OPENING_SUBORDINATORS
        ):
            opened = self._subordinate_subject(v, floor)
            if opened is not None:
                return opened  # round 173: 'As a pupil stood up, asking, "...?"'
        if toks[v].lower.endswith("ing") or (before is not None and before.lower in ("and", "but")):
            for clause in reversed(self.clauses[-_LOOK:]):
                if clause.verb < floor:
                    break
                if clause.verb >= v:
                    continue  # (read again after the fact: round 55's main participle)
                if self._reads(clause):
                    # 'Nurses carried signs reading "..." and chanted': the nurses chant
                    return self._sentence_subject(floor)
                if toks[clause.verb - 1].lower == "to":
                    continue  # 'asked the government to declare ..., calling': not who declares
                if toks[clause.verb].lower in _CALL_FORMS and self._what_before(clause.verb):
                    continue  # round 79: 'pointed to what Y call the "...," and said': not Y
                if toks[clause.verb].lower not in REPORTING_VERBS or owned_word(
                    toks[clause.verb - 1]
                ):
                    continue  # round 15: 'rejected NAME's claim that ... and said': no verb
                interrupted = self._interrupted_subject(clause, floor)
                if interrupted is not None:
                    return interrupted  # 'Ri, the agency said, "stressed ..." and called for
                if clause.mention is not None:
                    return clause.mention
        introduced = self._introduced_before_aside(v, floor)
        if introduced is not None:
            return introduced  # round 222: 'A nephew, he said, had written: "..."'
        found = self._clause_subject(v, floor)
        if found is None:
            return None
        # round 11: 'Kim singled out the leader, Park, by name, calling him "..."': Kim
        return self._free_participle_subject(v, found, floor) or found

    def _relative_coordinated(self, v: int, floor: int) -> Mention | None:
        """Round 197: the antecedent of a non-restrictive "who" whose clause runs on, past its
        own past tense and that verb's object, to "and" or "but" and the verb at ``v`` ('The
        mayor thanked volunteer Bae Min-ho, who cleared the square and joked that he had "..."'):
        the second verb is the relative clause's too, so its words are the antecedent's, not
        the sentence subject's. Only plain words between (no comma, quotation or other
        clause), and a past tense at ``v`` and right after "who"; None otherwise."""
        toks = self.toks
        if not _past_verb(toks[v]):
            return None
        w = v - 2
        while w > floor and v - w <= _RELATIVE_RUN_REACH and toks[w].lower != "who":
            if toks[w].kind != WORD or toks[w].lower in _RUN_ON_STOPS:
                return None
            w -= 1
        if toks[w].lower != "who" or w - 2 < floor or toks[w - 1].text != ",":
            return None
        if w + 2 >= v or not _past_verb(toks[w + 1]):
            return None  # 'who, ...', 'who had': not one plain relative verb
        return self._antecedent(w, floor)

    def _subordinate_subject(self, v: int, floor: int) -> Mention | None:
        """Round 173: the subject of a sentence's opening subordinate clause ("When", "As",
        "After" ... a subject and its verb, no comma inside) for a participle right after
        that clause's comma: 'As a student stood up, shouting, "...!" the minister left.'
        The participle stands before the main clause's subject, so it goes with the clause
        it follows: the student shouts, not the minister. A name, a role or a pronoun,
        followed by a lowercase word (its verb); None otherwise."""
        toks = self.toks
        if not toks[v].lower.endswith("ing") or any(
            toks[k].text == "," for k in range(floor + 1, v - 1)
        ):
            return None
        mention = phrase_after(self.text, toks, floor + 1)
        if mention is None or mention.kind not in ("name", "role", "pronoun"):
            return None
        after = bisect_left(self._offsets, mention.end)
        if after >= v - 1 or not toks[after].text.islower():
            return None
        return self.mentions.setdefault(mention.start, mention)

    def _paired_verb_subject(self, k: int, floor: int) -> Mention | None:
        """Round 163: the subject read right before the past tense at ``k`` that "but" or
        "and" joins to the next verb ('a levy the guild accepted but called "..."', 'the
        union welcomed and called ...'): two verbs side by side share that subject. A name or
        a role, standing right before the first verb; None otherwise."""
        if k <= floor or not _past_verb(self.toks[k]):
            return None
        read = [c for c in self.clauses[-_LOOK:] if c.verb == k]
        # (a verb no clause reads, "accepted": the phrase before it)
        mention = read[0].mention if read else phrase_before(self.text, self.toks, k - 1, floor)
        if mention is None or not (mention.kind == "name" or mention.role):
            return None
        if bisect_right(self._offsets, mention.end - 1) != k:
            return None  # the subject must stand right before the verb
        return self.mentions.setdefault(mention.start, mention)

    def _gesture_subject(self, k: int, floor: int) -> Mention | None:
        """Round 130: the subject of a past tense at ``k`` that no clause reads, right after a
        quotation or at the sentence's start ('Another reporter asked, "...?" NAME laughed |
        and replied, "..."'): a verb coordinated after it shares that subject, not the
        asker's. A name, a role or "he"/"she"."""
        toks = self.toks
        if k - 1 <= floor or not _past_verb(toks[k]) or toks[k].lower in REPORTING_VERBS:
            return None
        subject = phrase_before(self.text, toks, k - 1, floor)
        if subject is None or subject.kind not in ("name", "role", "pronoun"):
            return None
        first = bisect_right(self._offsets, subject.start) - 1
        if first > floor and toks[first - 1].kind != QUOTE:
            return None  # 'the asker laughed and said' inside a sentence: the clauses read it
        return self.mentions.setdefault(subject.start, subject)

    def _what_before(self, v: int) -> bool:
        """Round 79: True when "what" or "which" stands up to four tokens before the naming
        verb at ``v`` in its sentence ('what fishermen call the "..."'): a relative naming one
        thing, whose subject is no subject of a verb coordinated later in the sentence."""
        toks = self.toks
        return any(toks[k].lower in ("what", "which") for k in range(self.floor_within(v, 4), v))

    def _main_participle_subject(self, v: int, floor: int) -> Mention | None:
        """The sentence's subject for "adding" or "calling" after a comma (or a quotation)
        that closes a clause reported by the sentence's own verb of saying: 'NAME said Y had
        told her the plan would "...," adding, "..."', 'He noted that firms had pledged ...,
        calling it "..."', 'NAME rejected a claim by Y that ..., calling it "..."'. A free
        participle at the end of a sentence belongs to its main clause, whose subject adds
        to or names what the sentence reports; the reported clause's subject does not."""
        toks = self.toks
        before = toks[v - 1]
        if before.text != "," and before.kind != QUOTE:
            return None
        hi = v if v < floor + _MAIN_REACH else floor + _MAIN_REACH
        for j in range(floor, hi):  # (a main verb near the start first: parsing costs more)
            if toks[j].lower in _MAIN_VERBS:
                break
        else:
            return None
        subject = self._sentence_subject(floor)
        if subject is None or subject.kind not in ("name", "pronoun"):
            return None
        k = bisect_left(self._offsets, subject.end)
        if k < v and toks[k].lower in _MAIN_ADVERBS:
            k += 1  # 'He also noted'
        if k + 2 >= v or toks[k].lower not in _MAIN_VERBS:
            return None
        # the reported clause must have a subject of its own between the verb and the comma
        if not self.clauses_between(k + 1, v - 1) and toks[k + 1].lower != "that":
            return None
        self.mained = (*self.mained, v)
        return subject

    def _reported_subject(self, v: int, floor: int) -> Mention | None:
        """The subject of the clause a reporting verb reports, when the verb at ``v`` after
        "and" is coordinated inside it: 'Lee said Son had come to his office and told him'
        (Son told him, not Lee; 'X said Y had told him "..."' is Y's). Only a name right
        after the last reporting verb (or its "that"), with an auxiliary or a past tense
        after the name, and no reporting verb between."""
        toks = self.toks
        found = self.clauses_between(floor, v - 1)
        if not found:
            return None
        said = found[-1].verb
        if toks[said].lower not in _SAYS:
            return None
        k = said + 1
        if k < v and toks[k].lower == "that":
            k += 1
        if k >= v:
            return None
        if toks[k].lower in KIN_OWNERS:  # "said his trainer, NAME, had ...": the name
            comma = next((j for j in range(k + 1, min(k + 5, v)) if toks[j].text == ","), -1)
            k = comma + 1 if comma > 0 else v
        if k >= v or not is_name(toks[k]):
            return None
        mention = phrase_after(self.text, toks, k)  # (names are read after the clauses)
        if mention is None or mention.org or not (mention.kind == "name" or _surname_role(mention)):
            return None
        after = bisect_right(self._offsets, mention.end - 1)
        if after < v and toks[after].text == "," and toks[k - 1].text == ",":
            after += 1  # the comma closing "his trainer, NAME,"
        if after >= v:
            return None
        nxt = toks[after]
        if not (nxt.lower in AUXILIARIES or _past_verb(nxt)):
            return None
        return self.mentions.setdefault(mention.start, mention)

    def _introduced_subject(self, v: int, floor: int) -> Mention | None:
        """Round 222: the person "a/an" introduces as the subject of a reported or
        subordinate clause, when the verb at ``v`` is coordinated inside that clause:
        'NAME said a hotel porter met her ... and warned her to "..."', '... when a
        neighbour heard her and, as she recalls it, said she had "..."' (the porter, the
        neighbour speak, not NAME). Only "and" (or "and," and an aside set off by commas)
        before the verb, the clause opened by a reporting verb, "that" or a subordinator
        right before "a"/"an", a singular person's description then a past tense or an
        auxiliary, and no other reporting verb between."""
        toks = self.toks
        j = v - 1
        if toks[j].text == ",":  # "and, as she recalls it, said"
            j = next((k for k in range(j - 1, max(floor, j - 8), -1) if toks[k].text == ","), -1)
            if j <= floor or toks[j - 1].lower != "and":
                return None
            j -= 1
        if toks[j].lower != "and":
            return None
        start = max(floor, j - _INTRODUCED_REACH)
        article = next((k for k in range(j - 1, start, -1) if _opens_introduced(toks, k)), -1)
        if article <= floor or self.clauses_between(article, v - 1):
            return None
        mention = phrase_after(self.text, toks, article, open_role=True)
        if mention is None or not _person_introduced(mention):
            return None
        after = bisect_right(self._offsets, mention.end - 1)
        if after >= j or not (toks[after].lower in AUXILIARIES or _past_verb(toks[after])):
            return None
        return self.mentions.setdefault(mention.start, mention)

    def _introduced_before_aside(self, v: int, floor: int) -> Mention | None:
        """Round 222: the person "a/an" introduces at the head of the sentence when a
        reporting aside set off by commas stands between it and the verb at ``v``: 'A
        nephew of the owner, he said, had written to him: "..."' (the nephew writes,
        not "she"). Only a singular person's description opening the sentence, one comma
        after it, the aside's reporting verb right before the second comma, and nothing
        but auxiliaries between that comma and ``v``."""
        toks = self.toks
        if toks[floor].lower not in ("a", "an"):
            return None
        j = skip_auxiliaries(toks, v - 1, floor)
        if j - 2 <= floor or toks[j].text != "," or toks[j - 1].lower not in _SAYS:
            return None
        aside = self.clauses_between(floor, v - 1)
        if len(aside) != 1 or aside[0].verb != j - 1:
            return None
        mention = phrase_after(self.text, toks, floor, open_role=True)
        if mention is None or not _person_introduced(mention):
            return None
        comma = bisect_right(self._offsets, mention.end - 1)
        if comma >= j or toks[comma].text != ",":
            return None
        said = aside[0].mention
        if said is None or said.start <= toks[comma].start:
            return None
        return self.mentions.setdefault(mention.start, mention)

    def _interrupted_subject(self, clause: Clause, floor: int) -> Mention | None:
        """The sentence's subject when ``clause`` is set off by commas right after it, between
        the subject and its verb: 'Ri, the agency said, "stressed ..." and called for' (the
        verbs after the aside are Ri's; round 10). Not '..., its chief said, stressing',
        a reporting clause after what it reports."""
        mention, toks = clause.mention, self.toks
        if mention is None or clause.verb + 1 >= len(toks) or toks[clause.verb + 1].text != ",":
            return None
        k = bisect_left(self._offsets, mention.start)
        if k - 1 <= floor or toks[k - 1].text != ",":
            return None
        subject = self._sentence_subject(floor)
        if subject is None or subject is mention or subject.end > toks[k - 1].start:
            return None
        between = self.text[subject.end : toks[k - 1].start]
        return subject if not between.strip() else None

    def _joint_document(self, v: int) -> Mention | None:
        """Round 167: the joint document a pair speaks through, when the subject of the verb
        at ``v`` is a pair no one names ("the two sides", "both countries") and the sentence
        opens on "In a joint statement ..." or the verb goes on "in a joint statement": wire
        copy credits the document, as when it 'said' itself (invented: 'In a joint
        communique, the two sides said they would "..."'). None otherwise."""
        toks, floor = self.toks, self.floor(v)
        k = v - 1
        if k - 1 < floor or not toks[k].text.islower() or singular(toks[k].lower) == toks[k].lower:
            return None  # a plural noun: 'sides', 'countries', 'leaders'
        if toks[k - 1].lower == "two" and k - 2 >= floor and toks[k - 2].lower == "the":
            k -= 2
        elif toks[k - 1].lower == "both":
            k -= 1
        else:
            return None
        if k - 1 > floor and toks[k - 1].text == "," and toks[floor].lower == "in":
            start = floor + 1  # 'In a joint press statement issued ..., the two sides said'
        elif k == floor and v + 2 < len(toks) and toks[v + 1].lower == "in":
            start = v + 2  # 'The two sides said in a joint statement that ...'
        else:
            return None
        document = phrase_after(self.text, toks, start)
        if document is None or document.role not in DOCUMENTS or "joint" not in document.text:
            return None
        return document

    def _named_pair(self, v: int) -> Mention | None:
        """Round 191: the second of two names joined by "and" that the paragraph's last
        reading clause has as its subject, when the subject of the verb at ``v`` is "the two",
        "the two sides" or "both sides" opening its sentence or right after a quotation
        (invented: 'The Hanbit Guild and the Hanbit Club signed the pact. "It is fair," the
        two said.'): the pair speaks as one (see ``_joint`` in the package). None when any
        other subject came between, or the phrase before "and" is no name."""
        toks, floor = self.toks, self._floors[v]
        k = v - 1 - (toks[v - 1].lower == "sides")
        if k - 1 < floor - 1:
            return None
        if k - 1 >= floor and toks[k].lower == "two" and toks[k - 1].lower == "the":
            first = k - 1  # "the two", "the two sides"
        elif toks[k].lower == "both" and k < v - 1:
            first = k  # "both sides"
        else:
            return None
        if first != floor and toks[first - 1].kind != QUOTE and toks[first - 1].text != ",":
            return None
        start = toks[first].start
        last = None
        for clause in self.clauses:
            if clause.mention is not None and clause.mention.start < start:
                last = clause.mention
        if last is None or last.kind != "name" or not self.masked.endswith(" and ", 0, last.start):
            return None
        a = bisect_left(self._offsets, last.start) - 2  # the word before "and"
        partner = phrase_before(self.text, toks, a, self._floors[a]) if a >= 0 else None
        if partner is None or partner.kind != "name" or partner.end != last.start - 5:
            return None
        return last

    def _reads(self, clause: Clause) -> bool:
        """True for a document's participle ('banners reading "..."'): it describes a noun
        of the clause, so a verb coordinated after it ('... and chanted') is not the
        document's but the sentence subject's."""
        mention = clause.mention
        if mention is None or mention.role not in DOCUMENTS:
            return False
        verb = self.toks[clause.verb].lower
        return verb.endswith("ing") or self._relative_read(clause.verb)

    def _person_posted(self, document: Mention, floor: int) -> Mention | None:
        """Round 168: the person who put up the document a relative "that read(s)" quotes,
        when the sentence's subject is "he" or "she" and its verb posts or writes the
        document right before its article ('She has pinned a note on the door that reads:
        "..."'): a notice one named person put up is that person's words, as a letter is.
        None for a body or a group ('The club hung a banner that reads', 'Fans held up a
        sign that read': the banner or sign speaks as itself) and for any other verb."""
        toks = self.toks
        if document.kind != "role" or document.role not in DOCUMENTS:
            return None
        first = bisect_right(self._offsets, document.start) - 1
        if first - 2 < floor or toks[first].lower not in ("a", "an"):
            return None
        verb = toks[first - 1]
        if verb.lower not in _POSTS or not verb.text.islower():
            return None
        k = first - 2
        while k > floor and toks[k].lower in ("has", "had", "also", "since", "then"):
            k -= 1
        if k != floor or toks[k].lower not in ("he", "she"):
            return None
        tok = toks[k]
        subject = Mention(tok.start, tok.end, "pronoun", text=tok.text, role="person")
        return self.mentions.setdefault(tok.start, subject)

    def _relative_read(self, v: int) -> bool:
        """Round 167: True when the verb at ``v`` is "read(s)" opening a relative clause on a
        document ('a banner that read "..." and chanting "..."'): the clause describes the
        noun as 'reading' does, so a verb coordinated after it is the sentence subject's, not
        the banner's (invented: 'Fans lined the road with a sign that read "..." and sang
        "...!"')."""
        toks = self.toks
        return toks[v].lower in ("read", "reads") and v > 0 and toks[v - 1].lower in _WHICH_THAT

    def _restricted_group(self, k: int, floor: int) -> Mention | None:
        """The plural noun a restrictive "who" right after it picks out, when the clause's
        verb is a plural "say" or "said" ('anger from residents who say they are "..."',
        'parents who said the test was "..."'): the group speaks (round 56). Not a name,
        not a singular ('the man who said'): a plural noun of people in lower case only."""
        toks = self.toks
        noun = toks[k - 1]
        if (
            k - 1 < floor
            or k + 1 >= len(toks)
            or toks[k + 1].lower not in ("say", "said")
            or k + 2 >= len(toks)
            or toks[k + 2].lower not in _CLAUSE_OPENERS  # 'voters who said yes ... were "..."'
            or noun.kind != WORD
            or not noun.text.islower()
            or not noun.lower.endswith("s")
        ):
            return None
        role = role_of(noun.lower)
        if not role or role == noun.lower or role in STATE_ROLES or role in DOCUMENTS:
            return None  # a known noun of people in the plural only
        return phrase_before(self.text, toks, k - 1, k - 1)  # the noun alone

    def _antecedent(self, k: int, floor: int) -> Mention | None:
        """What the relative pronoun at ``k`` stands for: the person before its comma ("Kim,
        who said"), or the document a "which" or "that" refers back to ("a joint statement,
        issued ..., which read")."""
        toks = self.toks
        if toks[k].lower == "who":
            if toks[k - 1].text != ",":
                # round 55: 'Savers who', 'many from owners who said'; round 56: an object,
                # 'angered commuters who say they are'. Only when the relative clause reports
                # words: in 'Reporters who asked about the delay were told it was "..."' the
                # quotation is the main clause's, and no comma closes the relative clause.
                if not self._relative_reports(k + 1):
                    return None
                return self._restrictive_head(k, floor) or self._restricted_group(k, floor)
            end = k - 2
            if toks[end].text.isdigit() and end - 2 >= floor and toks[end - 1].text == ",":
                end -= 2  # round 354: "Jo Un-hyang, 34, | who said": the name before the age
            head = phrase_before(self.text, toks, end, floor)
            if head is None:
                # round 13: a name as an object ("met Rep. Ko, who called ...") is the
                # relative clause's subject too, not the sentence's subject
                named = name_phrase(self.text, toks, end, floor) or self._long_appositive(k, floor)
            else:
                named = described_name(self.text, toks, head, end, floor)
            if named is not None and named.kind != "pronoun":
                return self._placed_person(named, floor) or named
            return named
        for j in range(k - 1, max(floor, k - _ANTECEDENT) - 1, -1):
            if toks[j].kind == WORD and role_of(toks[j].lower) in DOCUMENTS:
                author = self._author_before_which(j, k, floor)
                if author is not None:
                    return author
                nearer = self._body_nearer(j, k, floor)
                if nearer is not None:
                    return nearer
                # the noun with its modifiers, not the verb before: 'carried | placards that'
                return document_phrase(self.text, toks, j, floor)
        if toks[k].lower == "which" and k - 2 >= floor and toks[k - 1].text == ",":
            return self._named_body_before(k - 2, floor) or self._body_role_before(k - 2, floor)
        return None

    def _body_role_before(self, j: int, floor: int) -> Mention | None:
        """Round 199: the body a non-restrictive "which" describes when a body's role phrase
        ends right before its comma: 'drew fire from the ruling party, which called the plan a
        "..."' is the party's (as a named body's ", which" is the body's). Only "the" and a
        singular noun of an organisation ("party", "union", "ministry"), with no quotation in
        the phrase; the resolver then finds which party or union it is."""
        toks = self.toks
        if toks[j].kind != WORD or not toks[j].text.islower():
            return None
        head = phrase_before(self.text, toks, j, floor)
        if head is None or head.kind != "role" or head.plural or head.role not in ORG_ROLES:
            return None
        if head.determiner != "the" or head.role in DOCUMENTS:
            return None
        return head

    def _long_appositive(self, k: int, floor: int) -> Mention | None:
        """Round 139: the person named before a description too long for a phrase, whom the
        relative "who" at ``k`` follows: 'was joined by NAME, | head of the bureau's unit for
        tax and customs fraud |, who said ...' (its "and" stops the phrase reader). Only a
        description opening with a person's role noun, or "a"/"the" and one in the next
        three words, and a person's name before its comma; no comma or quotation inside."""
        toks = self.toks
        j = k - 2
        while j > floor and k - j <= _APPOSITIVE_REACH and toks[j].kind != QUOTE:
            if toks[j].text in (",", ";", ":", "(", ")"):
                break
            j -= 1
        if j <= floor or toks[j].text != "," or j + 1 >= k - 1:
            return None
        opener = j + 1 + (toks[j + 1].lower in ("a", "an", "the"))
        if not any(_person_noun(toks[m]) for m in range(opener, min(opener + 3, k - 1))):
            return None
        named = name_phrase(self.text, toks, j - 1, floor)
        if named is None or named.org or named.kind != "name" or " " not in named.name:
            return None
        return named

    def _placed_person(self, named: Mention, floor: int) -> Mention | None:
        """Round 94: the person an appositive places at the body ``named`` ends, when a
        ", who" follows: 'NAME, a 44-year-old lathe operator at the | Sinpo Machine Complex |,
        who wrote' is NAME's clause (the works is only where he works). The body must follow
        "at" (past "the"), the appositive open on "a" or "an" after a comma, with no other
        comma, quotation or verb of saying between, and a person's name (no body) close it."""
        toks = self.toks
        j = bisect_right(self._offsets, named.start) - 1
        if j - 1 > floor and toks[j - 1].lower == "the":
            j -= 1
        if j - 1 <= floor or toks[j - 1].lower != "at":
            return None
        for c in range(j - 2, max(floor, j - _REACH) - 1, -1):
            tok = toks[c]
            if tok.text == ",":
                if c + 1 >= j or toks[c + 1].lower not in ("a", "an") or c - 1 < floor:
                    return None
                person = name_phrase(self.text, toks, c - 1, floor)
                if person is None or person.org or person.kind != "name":
                    return None
                return person
            if tok.kind != WORD or tok.lower in REPORTING_VERBS:
                return None
        return None

    def _relative_reports(self, v: int) -> bool:
        """True when the verb at ``v`` (a restrictive relative clause's) is followed by what it
        reports: a quotation or a word opening a clause ('who said | the device', 'who asked
        | whether'), not a phrase of its own ('who asked | about the delay')."""
        toks = self.toks
        if v + 1 >= len(toks):
            return False
        after = toks[v + 1]
        return (
            after.kind == QUOTE
            or after.lower in _CLAUSE_OPENERS
            or after.lower in _QUESTION_OPENERS
        )

    def _body_nearer(self, j: int, k: int, floor: int) -> Mention | None:
        """Round 196: the named body right before the ", which" at ``k`` when a document noun
        stands further back at ``j`` ('showed signs of fatigue, according to the Hanbit
        Sleep Institute, which called ...'): a non-restrictive "which" takes the nearest
        noun, and the body's name ends right before its comma; the document noun ("signs")
        is only the sentence's earlier object. None when no body's name ends there."""
        toks = self.toks
        if toks[k].lower != "which" or toks[k - 1].text != "," or k - 2 <= j:
            return None
        body = self._named_body_before(k - 2, floor)
        if body is None or body.start < toks[j].end:
            return None
        return body

    def _author_before_which(self, j: int, k: int, floor: int) -> Mention | None:
        """Round 166: the named body a ", which" at ``k`` follows when the document noun at
        ``j`` is "by" that body ('according to a report by the Hanbit Policy Institute, which
        said ...'): the relative pronoun takes the nearest noun, the author, not the report
        (the author speaks through it either way). None when no body's name ends right before
        the comma."""
        toks = self.toks
        if j + 1 >= k - 2 or toks[j + 1].lower != "by" or toks[k].lower != "which":
            return None
        if toks[k - 1].text != ",":
            return None
        body = self._named_body_before(k - 2, floor)
        if body is None or body.start < toks[j + 1].end:
            return None
        return body

    def _named_body_before(self, j: int, floor: int) -> Mention | None:
        """Round 58: the body a non-restrictive "which" describes when a body's name ends right
        before its comma, past its bracketed short name: 'angering the Korea Landlords
        Federation (KLF), which vowed "..."' is the federation's (as 'Kim, who vowed' is
        Kim's); a place or a person's name ("Busan, which") is no such body."""
        toks = self.toks
        if toks[j].text == ")" and j - 3 >= floor and toks[j - 2].text == "(":
            j -= 3
        head = name_phrase(self.text, toks, j, floor)
        if head is None or not head.org:
            return None
        start = bisect_left(self._offsets, head.start)
        if start - 2 >= floor and toks[start - 1].lower == "in":
            # round 318: 'the National Folk Museum of Korea in | Seoul, which described':
            # the place only says where the body is; the body before it is the antecedent
            body = name_phrase(self.text, toks, start - 2, floor)
            if body is not None and body.org:
                return body
        return head

    def _restrictive_head(self, k: int, floor: int) -> Mention | None:
        """The plural noun a restrictive "who" at ``k`` follows: 'many from owners who
        said', 'Savers who gathered' (round 55). A plural of people is who the relative
        clause's verb has as subject; a name or a singular noun before a "who" with no
        comma is no such head (a run-on, or an object: 'told Kim who had won')."""
        toks = self.toks
        prev = toks[k - 1] if k > floor else None
        if prev is None or prev.kind != WORD:
            return None
        if not plural_word(prev.lower):
            return self._singular_head(k, floor)
        head = phrase_before(self.text, toks, k - 1, floor)
        if head is None or head.kind == "pronoun":
            return None
        if head.kind == "name":  # only a one-word capitalised plural opening the sentence
            return head if k - 1 == floor and prev.capitalised else None
        if head.kind != "role" or head.org:
            return None
        # a subject, not an object: 'told reporters who asked ... that': the teller's words
        start = bisect_left(self._offsets, head.start)
        if start <= floor or toks[start - 1].lower in PREPOSITIONS:
            return head  # 'Savers who', 'many from owners who'
        if start - 1 == floor and toks[floor].lower in QUANTITIES:
            return head  # 'Some savers who'
        return None

    def _singular_head(self, k: int, floor: int) -> Mention | None:
        """Round 86: the person a restrictive "who" at ``k`` follows when an article opens
        the sentence on that person's role ('A ministry official who asked not to be named
        said', 'A nurse who treated the boy said'): the sentence's subject, whom the relative
        clause only picks out. Not a body, a name or a phrase after a preposition."""
        toks = self.toks
        if toks[floor].lower not in _INDEFINITE_OPENERS:
            return None
        head = phrase_before(self.text, toks, k - 1, floor)
        if head is None or head.kind != "role" or head.org:
            return None
        start = bisect_left(self._offsets, head.start)
        return head if start <= floor + 1 else None

    def _who_opener(self, v: int) -> Mention | None:
        """Round 166: the role opening the sentence when a "who" follows it at once and the
        verb at ``v`` comes right after the comma closing the relative clauses ('A farmer
        who grows both rice and pears, and who asked not to be named, said ...'): the clauses
        are too long for the subject reader, and the verb after them is the opener's. None for
        a name (read elsewhere), a body or a plural, or no comma before the verb."""
        toks, floor = self.toks, self._floors[v]
        if v < 2 or toks[v - 1].text != "," or toks[floor].lower not in ("a", "an"):
            return None
        head = phrase_after(self.text, toks, floor, open_role=True)
        if head is None or head.kind != "role" or head.org or head.plural:
            return None
        k = bisect_left(self._offsets, head.end)
        if k >= v or toks[k].lower != "who":
            return None
        return head

    def _subject_past_who(self, v: int) -> Mention | None:
        """:meth:`_subject`, or the plural heading a restrictive relative clause the phrase
        found lies in: 'Savers who gathered outside the bank's office chanted': the savers,
        not the relative clause's object (round 55)."""
        mention = self._subject(v)
        if mention is None:
            return self._who_ran_on(v)  # round 164: 'after a nurse who saw it told her'
        if mention.kind == "pronoun":
            return mention
        return self._past_restrictive(v, mention) or mention

    def _who_ran_on(self, v: int) -> Mention | None:
        """Round 164: the one a restrictive "who" clause describes when that clause runs on
        into the past tense at ``v`` inside the sentence ('NAME said she cut the scene after a
        nurse who saw an early draft told her it was "..."'): the relative clause's own verb
        right after "who", then only lowercase words (its object), then ``v``, whose subject is
        the noun before "who", not the sentence's subject. A person's name or role right
        before "who"; no comma, quotation, "and" or other clause between."""
        toks, floor = self.toks, self._floors[v]
        if not _past_verb(toks[v]):
            return None
        w = v - 1
        while w > floor and v - w <= _RUN_ON_REACH and toks[w].lower != "who":
            tok = toks[w]
            if tok.kind != WORD or tok.lower in _RUN_ON_STOPS:
                return None
            if not (tok.text.islower() or tok.text[0].isdigit()):
                return None  # (a number is no name: "served on a 1,200-ton boat told")
            w -= 1
        if toks[w].lower != "who" or w + 2 >= v or w - 1 <= floor:
            return None
        if not _past_verb(toks[w + 1]) or toks[w - 1].kind != WORD:
            return None  # 'a nurse who, ...', 'who had': not one plain relative verb
        head = phrase_before(self.text, toks, w - 1, floor)
        if head is None or head.kind not in ("name", "role") or head.org or head.plural:
            return None
        return head

    def _past_restrictive(self, v: int, mention: Mention) -> Mention | None:
        """The sentence's opening plural, when the phrase found before the verb at ``v`` lies
        inside a restrictive relative clause it heads: 'Savers who gathered outside the
        bank's office chanted' (the savers chant; round 55). No comma may stand between
        the "who" and the verb (the clause runs on into the main verb)."""
        toks, floor = self.toks, self._floors[v]
        w = floor + 1
        while w < v and w <= floor + _RESTRICTIVE_REACH and toks[w].lower != "who":
            w += 1
        if w >= v or w > floor + _RESTRICTIVE_REACH:
            return self._counted_restrictive(v, mention)
        if toks[w].start >= mention.start:
            return None
        for j in range(w + 1, v):
            if toks[j].kind != WORD and toks[j].text not in ("'", "'s"):
                return None  # a comma, a quotation: not one run-on clause
        if self._verb_between(w + 2, bisect_left(self._offsets, mention.start)):
            return None  # 'Reporters who gathered outside heard | the minister call': the main
            # verb came before the phrase, which is no longer inside the relative clause
        head = self._restrictive_head(w, floor)
        if head is None:
            return self._counted_restrictive(v, mention)  # 'About 60 members who'
        return head if head.end <= toks[w].start else None

    def _counted_restrictive(self, v: int, mention: Mention) -> Mention | None:
        """Round 117: a counted plural of people heading a restrictive "who" that opens the
        sentence, or its clause after an opening place phrase: 'Outside the party office,
        about 60 members who back NAME chanted "..."' (the members chant, not "back NAME",
        the relative clause's object). The count ("about 60", "60", "Hundreds of") stands
        right before the plural, "who" right after it, and the relative clause runs on into
        the verb at ``v`` with no comma or quotation."""
        toks, floor = self.toks, self._floors[v]
        k = floor
        if toks[k].lower in _PLACE_WORDS:  # 'Outside the ministry in Sejong, | about 60 ...'
            stop = floor + _OPENING_REACH if floor + _OPENING_REACH < v else v
            k = next((c + 1 for c in range(floor + 1, stop) if toks[c].text == ","), v)
        if k + 3 >= v:
            return None
        opens = toks[k].start  # where the counted phrase starts
        if toks[k].lower in _ABOUT:
            k += 1
        if not _count(toks[k]):
            return None
        k += 1
        if toks[k].lower == "of" and toks[k - 1].lower in QUANTITIES:
            k += 1  # 'Dozens of drivers who'
        w = k + 1
        while w < v and w <= k + 2 and toks[w].lower != "who":
            w += 1  # 'about 60 union members who'
        if w >= v or toks[w].lower != "who" or toks[w].start >= mention.start:
            return None
        for j in range(w + 1, v):
            if toks[j].kind != WORD and toks[j].text not in ("'", "'s"):
                return None  # a comma, a quotation: not one run-on clause
        if self._verb_between(w + 2, bisect_left(self._offsets, mention.start)):
            return None
        head = phrase_before(self.text, toks, w - 1, floor)
        if head is not None and head.kind == "name" and lowercase(head.name) in QUANTITIES:
            head = self._counted(head)  # 'Dozens of drivers who'
        noun = toks[w - 1].lower
        if head is None or head.kind != "role" or head.org:
            return None
        if not plural_word(noun) and noun[-3:] != "men":  # "fishermen", "women"
            return None
        return head if head.start >= opens and head.end <= toks[w].start else None

    def _verb_between(self, lo: int, hi: int) -> bool:
        """True when a past tense stands among the tokens ``lo`` to ``hi - 1``: a lowercase
        "-ed" word or an irregular past ("heard", "saw")."""
        for t in self.toks[lo:hi]:
            low = t.lower
            if t.text.islower() and (low in _MAIN_PAST or (low[-2:] == "ed" and len(low) > 4)):
                return True
        return False

    def _clause_subject(self, v: int, floor: int) -> Mention | None:
        """The phrase opening the clause of the verb at ``v``: after a comma, or the sentence's
        first phrase, nearest first."""
        tried = 0
        k = v - 1
        reach = floor if floor > v - _REACH else v - _REACH  # (not max(): a builtin call)
        while k >= reach and tried < _LOOK:
            if self.toks[k].kind == QUOTE:
                if k + 2 < v and self.toks[k + 1].lower in _OPENS_CLAUSE and self._comma_at(k):
                    # round 74: 'Makers say it lasts "a thousand years," and NAME likes to
                    # say': the comma inside the marks ends the first clause, as one outside
                    # them does; the second clause's own subject speaks (none read: as before)
                    second = phrase_after(self.text, self.toks, k + 2, open_role=True)
                    if second is not None:
                        return second
                if k + 2 == v and _named_complement(self.toks, k, reach):
                    k -= 1  # round 164: 'referred to Y as "..." and said': one subject
                    continue
                if _titles_a_noun(self.text, self.toks, k):
                    k -= 1  # round 164: 'spoke on a radio show, "...," on Monday, saying'
                    continue
                if _titled_work(self.text, self.toks, k, v):
                    k -= 1  # round 402: 'carried an editorial titled "...," urging': a title
                    continue
                if _what_called(self.toks, k, reach) and not _relative_between(self.toks, k, v):
                    k -= 1  # round 193: 'pointed to what traders call the "..." and said'
                    continue
                if (
                    k + 1 == v
                    and _work_title_before_verb(self.text, self.toks, k)
                    and self._aside_after_subject(floor, k)
                ):
                    k -= 1  # round 186: 'NAME, who worked on the drama "...," said': NAME
                    continue
                if k + 1 == v and _titles_an_outlet(self.text, self.toks, k):
                    k -= 1  # round 168: 'A critic for the weekly "Seoul Lens" called ...'
                    continue
                if _second_report(self.toks, floor, k, v, self._comma_at(k)):
                    k -= 1  # round 309: 'said X was "..." but that Y had agreed to "..."': one
                    continue  # sayer's two reported clauses, the second as the first
                aside = _relative_aside(self.toks, k, reach)  # 'The ministry, which funds its
                if aside < 0 and _names_a_noun(self.toks, k):  # "..." program, vowed'
                    k -= 1  # round 157: 'backed it through its "..." grant, saying': a name
                    continue  # in the object, the sentence's subject still the one to say
                k = aside
                if k < 0:  # the quotation is inside an aside (or ends a clause)
                    return None
                continue
            if self.toks[k].text == "," and k + 1 < v:
                tried += 1
                if _auxiliaries_only(self.toks, k + 1, v):
                    # round 170: 'NAME has built ..., and has described it as': a second
                    # predicate of the sentence's own subject (not an appositive's, ', a
                    # plan Y dropped,'); with a clause of saying before it, no one
                    if self.clauses_between(floor, v - 1):
                        return None
                    return self._sentence_subject(floor)
                if self.toks[k + 1].lower in _OPENS_CLAUSE and k + 2 < v:
                    # '..., as a crowd of about 6,000 chanted': that clause has its own subject,
                    # read it or give no one (not the sentence's subject)
                    return phrase_after(self.text, self.toks, k + 2, open_role=True)
                after = self.toks[k + 1]
                if after.text.islower() and after.lower in IRREGULAR_PAST:
                    # round 13: 'NAME, who took charge in March, left captain NAME out ...,
                    # then told': a predicate after the aside, no subject ("left captain")
                    k -= 1
                    continue
                mention = phrase_after(self.text, self.toks, self._past_about(k + 1))
                if mention is not None and self._object_apposed(k, mention, v):
                    k -= 1  # round 15: 'spoke through an interpreter, NAME, and thanked'
                    continue
                if mention is not None and self._placing_apposed(k, mention):
                    k -= 1  # round 282: 'visited a market in Uiseong, | North Gyeongsang
                    continue  # Province, on Monday and urged': where, not who urged
                if mention is not None:
                    return mention
            k -= 1
        if k >= floor:
            return None
        return self._sentence_subject(floor) or self._unknown_who_subject(floor, v)

    def _unknown_who_subject(self, floor: int, v: int) -> Mention | None:
        """Round 298: 'A camper who was treated in January said': a sentence opening on
        "a" or "an" and a noun no list knows, described by a "who" clause before the verb
        of saying at ``v``, is that verb's subject, as "A camper said" is (the noun is read
        next to the verb only: round 22). Called only when no clause subject was read, so
        whatever the clause holds up to the verb (a bracket, an aside) is the relative's."""
        toks = self.toks
        if toks[floor].lower not in ("a", "an") or floor + 3 >= v:
            return None
        who = floor + 2  # the noun, then up to a place after it ("a camper in Gapyeong who")
        stop = min(v, floor + _WHO_REACH + 1)
        while who < stop and toks[who].kind == WORD and toks[who].lower != "who":
            who += 1
        if who >= stop or toks[who].lower != "who" or not toks[floor + 1].text.islower():
            return None
        return phrase_after(self.text, toks, floor, open_role=True)

    def _aside_after_subject(self, floor: int, q: int) -> bool:
        """Round 186: True when a comma right after the sentence's opening subject opens an
        aside before the quotation at ``q`` ('NAME, a technician on three series, including
        the thriller "...," said'): the title's comma closes that aside. Not 'NAME praised
        the film "...," warned' (round 59: no aside, the verb after the title has no
        subject of its own)."""
        subject = self._sentence_subject(floor)
        if subject is None:
            return False
        if "," in subject.text:
            return True  # the appositive read with the name ('NAME, a 29-year-old editor')
        j = bisect_left(self._offsets, subject.end)
        return j < q and self.toks[j].text == ","

    def _object_apposed(self, comma: int, mention: Mention, v: int) -> bool:
        """True when ``mention``, after the comma at ``comma``, names the lowercase noun before
        the comma and closes with another comma before "and" and the verb at ``v``: 'spoke
        through an interpreter, NAME, and thanked' (an object's appositive, no subject)."""
        toks = self.toks
        before = toks[comma - 1] if comma > 0 else None
        if before is None or before.kind != WORD or not before.text.islower():
            return False
        after = bisect_right(self._offsets, mention.end - 1)
        if after + 1 >= v or toks[after].text != "," or toks[v - 1].lower not in ("and", "but"):
            return False
        # round 375: a place or a day may stand between ('his Peruvian counterpart, NAME, in
        # Seoul on Tuesday and asked'): where and when the sentence's subject met them
        return after + 2 == v or _place_or_day(toks, after + 1, v - 1)

    def _placing_apposed(self, comma: int, mention: Mention) -> bool:
        """Round 282: True when ``mention``, after the comma at ``comma`` and closed by
        another, places the place before the comma ("in Uiseong, North Gyeongsang
        Province,"): see :func:`._phrases.place_continues`."""
        after = bisect_right(self._offsets, mention.end - 1)
        if after >= len(self.toks) or self.toks[after].text != ",":
            return False
        return place_continues(self.toks, comma, self.toks[comma + 1 : after])

    def _past_about(self, k: int) -> int:
        """``k``, or the count after an "about" there: ', about 80 members cheered and
        chanted' has the members as subject (round 10, as a sentence's "About 200 fans")."""
        toks = self.toks
        if k + 2 < len(toks) and toks[k].lower in _ABOUT and _count(toks[k + 1]):
            return k + 1
        return k

    def _free_participle_subject(self, v: int, mention: Mention, floor: int) -> Mention | None:
        """The sentence's subject, for an "-ing" verb at ``v`` right after a comma (or a
        quotation closing on one, round 208) whose nearest phrase ``mention`` is an object of
        the sentence ('Kang singled out the leader, Park, calling him "..."': Kang), when a
        name or a role opens the sentence and a verb (after one adverb at most) follows it."""
        toks = self.toks
        if v <= floor or not self._comma_at(v - 1) or toks[v].lower[-3:] != "ing":
            return None  # not a free participle
        # round 208: the comma may close a quotation ('profiled a potter, whom neighbours
        # call "the clay queen," saying she ...': the paper says it, not the potter)
        if mention.kind == "pronoun" or mention.start <= toks[floor].start:
            return None
        subject = self._sentence_subject(floor)
        if subject is None or subject.kind == "pronoun" or subject.end > mention.start:
            return None
        k = bisect_left(self._offsets, subject.end)
        if k + 1 < len(toks) and toks[k].lower in _ADVERBS:
            k += 1  # round 208: 'The paper also profiled ...': an adverb before the verb
        return subject if k < len(toks) and _verb_shaped(toks[k]) else None

    def characterised_by_subject(self, q: int, source: Mention) -> Mention | None:
        """Round 145: the sentence's subject when it characterises something with the
        quotation ('The district dismissed the idea as "...," according to the minutes', 'The
        judge described him as "...," according to court records'): the record an "according
        to" names only relays the subject's words (an active verb of characterising before
        "as"; a passive one's agent is read by "by"). ``source`` is the phrase after
        "according to"; None when the shape is not this one."""
        toks, start = self.toks, source.start
        if not self.text.endswith("according to ", 0, start):
            return None
        k = q - 1
        if k > 0 and toks[k].lower in ("a", "an"):
            k -= 1
        floor = self.floor(q)
        if k - 2 < floor or toks[k].lower != "as":
            return None
        for v in range(k - 1, max(floor, k - 6), -1):
            if toks[v].lower in CHARACTERISED_AS:
                if toks[v - 1].lower in BE:
                    return None  # 'was described as "..."': no subject says it
                # (a noun no list knows may head it right before the verb: "The district")
                subject = self._sentence_subject(floor) or phrase_after(
                    self.text, toks, floor, open_role=True
                )
                if subject is None or subject.kind not in ("name", "role"):
                    return None
                if subject.end > toks[v].start or subject.role in DOCUMENTS:
                    return None
                between = self.text[subject.end : toks[v].start].strip()
                if subject.kind == "role" and between and not _participle_aside(between):
                    return None  # an open role must stand right before its verb
                return self.mentions.setdefault(subject.start, subject)
        return None

    def _sentence_subject(self, k: int) -> Mention | None:
        """The phrase opening the sentence that starts at token ``k``, after an introduction
        ("But", "On Tuesday,", "Speaking at a meeting,")."""
        toks = self.toks
        while k < len(toks) and toks[k].kind == WORD and toks[k].lower in _INTRO_WORDS:
            k += 1
        k = _past_time_opener(toks, k)  # round 191: "In the evening about 150 fans ..."
        counted = k
        if k + 2 < len(toks) and toks[k].lower in QUANTITIES and toks[k + 1].lower == "of":
            k += 2  # "Dozens of merchants rallied"
        if k + 2 < len(toks) and toks[k].lower in _ABOUT and _count(toks[k + 1]):
            k += 2  # "About 200 fans followed": the fans
        if k >= len(toks) or toks[k].kind != WORD:
            return None
        if k > counted and _counted_people(toks[k]):
            # round 191: "Thousands of dentists marched ...": a counted crowd of a person
            # noun kept singular-only as a role is still the clause's subject
            tok = toks[k]
            return Mention(
                tok.start, tok.end, "role", text=tok.text, role=singular(tok.lower), plural=True
            )
        # round 10: 'Known to fans as "...", Choi'
        opening = toks[k].lower in _PARTICIPLE_OPENERS and _opening_participle(toks, k)
        opener = toks[k].lower in SENTENCE_OPENERS and self._sentence_opener(k)
        if opener or (toks[k].lower in _SCENE_OPENERS and self._sentence_opener(k)):
            opening = True  # round 79: "Nine months ago, NAME", "Back in the hall, NAME"
        if toks[k].lower in _PLACE_ADVERBS and self._set_off_opener(k):
            opening = True  # round 185: "Overseas, the ..."; an adverb set off, never a name
        mention = None if opening else phrase_after(self.text, toks, k)
        if mention is not None and mention.kind == "name" and mention.text.endswith(OWNED):
            mention = self._owned_apposition(mention) or mention
        if mention is not None and mention.kind == "role" and self._ends_sentence(mention):
            mention = self._subject_before_verb(mention, k) or mention
        if (
            mention is None
            and toks[k].lower == "that"
            and k + 1 < len(toks)
            and is_head_noun(toks[k + 1])
        ):  # round 64: 'That notice, still taped up, reads:': a determiner, not a pronoun
            return phrase_after(self.text, toks, k + 1)
        intro = opening or toks[k].lower in NOT_NAME or toks[k].lower in PHRASE_BOUNDARIES
        if mention is None and (intro or toks[k].text.endswith("ing")):
            # an opening clause may be long: "Asked what she wants audiences to feel when
            # they leave the theater, Ha paused." (a sentence ends before any reach)
            stop = k + _INTRO_REACH if k + _INTRO_REACH < len(toks) else len(toks)
            comma = next((c for c in range(k, stop) if toks[c].text == ","), -1)
            comma = _past_set_off_adverbs(toks, comma, stop)  # round 168: 'whether it, too,'
            if opener and comma > 0 and self._floors[comma] != self._floors[k]:
                # round 79: 'Does she miss it? NAME, a former clerk, said': a comma of the
                # next sentence, whose appositive is no subject of this one
                comma = -1
            if comma > 0 and toks[k].lower in _PLACE_WORDS:
                comma = self._past_place(comma, stop)
            if comma > 0 and comma + 1 < len(toks) and toks[comma + 1].kind == WORD:
                mention = phrase_after(self.text, toks, comma + 1)
                if mention is not None and self._ends_sentence(mention):
                    # round 51: 'The plan was drafted by NAME, a former minister.': the
                    # phrase after the comma closes the sentence, an appositive of the
                    # clause's last noun, no subject (a subject has its verb after it)
                    mention = None
        return mention

    def _subject_before_verb(self, mention: Mention, k: int) -> Mention | None:
        """Round 136: a role phrase read to the sentence's end holds the sentence's verb
        ("Bong's mother | cooked in the canteen for 20 years.", "A prosecutor involved in
        the case | declined."): the sentence needs one, so the subject is the phrase before
        the last past tense in it (within a few words)."""
        toks = self.toks
        end = bisect_left(self._offsets, mention.end)
        stop = end - _SUBJECT_REACH if end - _SUBJECT_REACH > k else k
        for p in range(end - 1, stop, -1):  # the last: "A prosecutor involved in X | declined"
            if toks[p].kind == WORD and _past_verb(toks[p]):
                shorter = phrase_before(self.text, toks, p - 1, k)
                return shorter if shorter is not None and shorter.start == mention.start else None
        return None

    def _owned_apposition(self, owner: Mention) -> Mention | None:
        """Round 129: the person named after "NAME's <noun>," opening a sentence ("Seok's
        brakeman, Ahn Ji-hwan, is a former sprinter"): the sentence is about the brakeman,
        whom a later "he" or "the 27-year-old" means, not about Seok. A noun no list knows
        too (one or two lowercase words), and only a name closed by a comma."""
        toks = self.toks
        j = bisect_left(self._offsets, owner.end)
        comma = j
        while comma < len(toks) and comma - j < 2 and toks[comma].kind == WORD:
            if not toks[comma].text.islower():
                return None
            comma += 1
        if comma == j or comma + 2 >= len(toks) or toks[comma].text != ",":
            return None
        named = phrase_after(self.text, toks, comma + 1, follow=False)
        if named is None or named.kind != "name" or named.org:
            return None
        after = bisect_left(self._offsets, named.end)
        if after >= len(toks) or toks[after].text != ",":
            return None
        named.role = named.role or singular(toks[comma - 1].lower)
        return named

    def _past_place(self, comma: int, stop: int) -> int:
        """Round 94: the comma closing an opening place phrase, past the province that places
        its town: 'In Hwasun County, | South Jeolla Province, | NAME still farms' opens on
        NAME, not on the province, and past a "where" clause describing the place ('In
        Yanggu County, where ..., NAME'). The comma at ``comma`` follows the town; a comma
        of the next sentence, or none within ``stop``, leaves it."""
        toks = self.toks
        for c in range(comma + 1, stop):
            if toks[c].text == ",":
                inner = toks[comma + 1 : c]
                if self._floors[c] == self._floors[comma] and place_continues(toks, comma, inner):
                    comma = c
                break
            if toks[c].kind != WORD:
                break
        if comma + 1 < stop and toks[comma + 1].lower == "where":
            # 'In Yanggu County, where one in every 900 residents is a soldier, NAME': the
            # clause describes the place; the subject follows its closing comma
            for c in range(comma + 2, stop):
                if self._floors[c] != self._floors[comma] or toks[c].kind == QUOTE:
                    break
                if toks[c].text == ",":
                    return c
        return comma

    def _ends_sentence(self, mention: Mention) -> bool:
        """True when nothing but the sentence's closing mark follows ``mention``."""
        toks = self.toks
        after = bisect_left(self._offsets, mention.end)
        if after >= len(toks):
            return True
        return self._floors[after] != self._floors[after - 1] or toks[after].text in ".!?"

    def _read_subjects(self) -> None:
        """The phrase opening each sentence: it sets who a following "he" or "she" means."""
        toks = self.toks
        for k in self.first:
            if toks and toks[k].start in self.mentions and toks[k].lower not in _INTRO_WORDS:
                continue  # a clause already read the phrase opening the sentence
            topic = self._topic(k)
            if topic is not None:
                self.mentions[topic.start] = topic
                continue
            mention = self._sentence_subject(k)
            if mention is not None and mention.kind == "role" and mention.determiner == "the":
                mention = self._named_by_be(mention) or mention  # round 128
            possessive = self._possessive(k)
            if possessive is not None and (mention is None or mention.determiner):
                # round 11: "Her father was less sure." is about her father, whom "he" means
                mention = mention if _kin_or_person(mention) else possessive
            if mention is None:
                mention = self._owner_opening(k)
            if mention is not None and mention.kind == "name" and self._noun_adjunct(mention):
                continue  # 'Satellite imagery showed ...': the imagery, no one "she" means
            if mention is not None and mention.kind == "name" and _gerund_opening(mention):
                continue  # round 162: 'Hauling nets by hand is hard, he said': no one
            if mention is not None and mention.kind == "name" and self._lone_word(mention):
                mention.bare = True  # round 106: 'Not everyone is pleased.', 'Gimhae named him'
            if mention is not None:
                self.mentions.setdefault(mention.start, mention)

    def _named_by_be(self, role: Mention) -> Mention | None:
        """Round 128: the person a sentence opening on "the <role>" names with "was" or "is":
        'The spokesperson at the briefing was NAME, who ...', 'The chief negotiator, who ...,
        is NAME.' The role and the name are one person: the name, given the role as its
        predicate, is the sentence's subject (a later "the spokesperson" or "she" is NAME),
        not a second, unnamed holder of the role. Only a name that ends its clause (a comma,
        a bracket or the sentence's end after it): not 'was NAME's daughter', nor 'was asked
        about NAME'."""
        toks, floors = self.toks, self._floors
        k = bisect_left(self._offsets, role.end)
        if role.org or role.plural or not role.role or k + 1 >= len(toks):
            return None
        if toks[k].text == "," and toks[k + 1].lower == "who":
            # the relative aside after the role, to its closing comma in the same sentence
            c = k + 2
            while c < len(toks) and c - k < _ASIDE_REACH and floors[c] == floors[k]:
                if toks[c].text == "," or toks[c].kind == QUOTE:
                    break
                c += 1
            if c >= len(toks) or toks[c].text != "," or floors[c] != floors[k]:
                return None
            k = c + 1
        if k + 1 >= len(toks) or toks[k].text not in ("was", "is") or floors[k] != floors[k - 1]:
            return None
        named = phrase_after(self.text, toks, k + 1, follow=False)
        if named is None or named.kind != "name" or named.org or named.plural:
            return None
        after = bisect_left(self._offsets, named.end)
        if after < len(toks) and floors[after] == floors[k] and toks[after].text not in ",(.":
            return None  # the name goes on into more ('was NAME's daughter', 'is NAME and')
        named.predicate = role
        return named

    def _read_coordinated(self) -> None:
        """The subject of a clause coordinated after a finished one: "the manager shrugged
        and Ok grinned", "The inspector frowned, and Seo laughed" (round 15). It is the
        newest subject of its sentence, so a following "he" means Ok, not the manager. Not a
        name coordinated with another in one subject ("Kim and Lee agreed"), nor one with a
        reporting verb (its clause reads it)."""
        toks, at = self.toks, self.masked.find(" and ")
        both = "oth " in self.masked  # round 61 (most paragraphs: no "both")
        while at >= 0:  # str.find: most paragraphs have few "and"s, most of them no clause
            a = bisect_left(self._offsets, at + 1)
            at = self.masked.find(" and ", at + 4)
            if a >= 1 and (toks[a - 1].capitalised or (a >= 2 and toks[a - 2].text.isdigit())):
                # round 41: "Rep. Ahn and ...", "Oh, 45, and ...": may pair; round 162: the
                # paragraph's first word too ("Min and Jo both signed ...")
                self.joined = True
            if both and a >= 2 and self._both_before(toks[a].start):
                self._read_both(a)
            if a < 2 or a + 2 >= len(toks) or not toks[a + 1].capitalised:
                continue
            before = toks[a - 1] if toks[a - 1].text != "," else toks[a - 2]
            if before.kind == QUOTE and self._quote_ends_clause(a - 1):
                self._read_clause_name(a + 1, _past_finite)  # round 208: see the method
                continue
            if before.kind != WORD or not before.text.islower() or not _past_verb(before):
                continue  # "Kim and Lee", "the mayor and Lee": one subject of two
            self._read_clause_name(a + 1, _past_verb)  # a subject, as a sentence's opener is

    def _quote_ends_clause(self, k: int) -> bool:
        """Round 208: True when the token at ``k``, right before "and", is a quotation closing
        on a comma inside its marks, in the middle of its sentence ('Gu said Ra had been "the
        slowest in the class," and Ra laughed. "...," she said'): the quotation ends the first
        clause as a past tense would, and the name after "and" opens a clause of its own,
        whom a following "she" means (as in round 15's "The inspector frowned, and Seo
        laughed")."""
        toks = self.toks
        if toks[k].kind != QUOTE or k < 1 or not self._comma_at(k):
            return False
        return self.sentence[k - 1] == self.sentence[k] and toks[k - 1].kind == WORD

    def _read_contrasted(self) -> None:
        """Round 136: the subject of a clause after ", while" ("Jin expects ..., while Tak
        sees room for more"): the newest subject of its sentence, whom a following "she"
        means, as a coordinated clause's (round 15). A name and a present or past verb that
        reports nothing (its clause reads it) only."""
        toks, at = self.toks, self.masked.find(" while ")
        while at >= 0:
            a = bisect_left(self._offsets, at + 1)
            at = self.masked.find(" while ", at + 6)
            if a < 2 or a + 2 >= len(toks) or toks[a - 1].text != ",":
                continue
            if toks[a + 1].capitalised:
                self._read_clause_name(a + 1, _verb_like)

    def _read_clause_name(self, k: int, verb_shaped: Callable[[Token], bool]) -> None:
        """Register the name at token ``k`` as the subject of the clause it opens when a
        lowercase verb ``verb_shaped`` accepts follows it and reports nothing (a reporting
        verb's clause reads its subject itself); a name read before stays as it was."""
        toks = self.toks
        mention = phrase_after(self.text, toks, k)
        if mention is None or mention.kind != "name" or mention.start in self.mentions:
            return
        after = bisect_right(self._offsets, mention.end - 1)
        verb = toks[after] if after < len(toks) else None
        if verb is None or verb.kind != WORD or not verb.text.islower():
            return
        if verb_shaped(verb) and verb.lower not in REPORTING_VERBS:
            self.mentions[mention.start] = mention

    def _both_before(self, at: int) -> bool:
        """True when "both" may stand a few words before the "and" at ``at`` (a bounded
        search: no slice is made)."""
        return self.masked.find("oth ", at - 48 if at > 48 else 0, at) >= 0

    def _read_both(self, a: int) -> None:
        """Round 61: the first of two subjects joined by "both ... and" ("Both the county and
        the police said") is read as a phrase of its own, so that the two can speak as one
        (see ``_joint`` in the package): a role no list knows may head it, as it may right
        before a verb of saying."""
        toks = self.toks
        k = a - 2
        while k > 0 and a - k < 6 and toks[k].lower != "both":
            k -= 1
        if toks[k].lower != "both":
            return
        if k != self.first[self.sentence[k]] and toks[k - 1].text not in (",", ":"):
            return  # 'said both the bridge and the path were': an object, not the subject
        if toks[k + 1].start in self.mentions:
            return
        mention = phrase_before(self.text, toks, a - 1, k + 1, 0, True)
        if mention is not None and mention.start == toks[k + 1].start:
            self.mentions[mention.start] = mention

    def _lone_word(self, mention: Mention) -> bool:
        """Round 106: True when a lone capitalised word opening a sentence (no title, no
        appositive, no age, no hyphen, no Korean surname) may be no one "he" or "she" can
        mean, unless the table knows it as a person named in full before: no verb follows it
        ('Not everyone is pleased', 'Now, he says, ...', 'Hanwoo wholesale prices dropped'),
        or its verb acts on "him" ('Gimhae named him a master craftsman': the pronoun after
        it goes on meaning him). 'Jennie released a new single' keeps its subject, and so
        does "Lee", a person the copy names by surname only."""
        if mention.title or mention.determiner or mention.appositive or mention.age:
            return False
        text = mention.text
        if " " in text or "-" in text or lowercase(text) in KOREAN_SURNAMES:
            return False
        toks = self.toks
        k = bisect_right(self._offsets, mention.end - 1)
        if k >= len(toks):
            return False
        after = toks[k]
        if after.kind == WORD and (after.text[:1].isupper() or _verb_like(after)):
            # a verb follows: the word is its subject, unless that verb acts on "him"
            return k + 1 < len(toks) and toks[k + 1].lower == "him" and _past_verb(after)
        return True

    def _noun_adjunct(self, mention: Mention) -> bool:
        """True when a bare capitalised word opening a sentence modifies the lowercase noun
        after it, which a verb then follows: 'Satellite imagery showed', 'Samsung shares fell'
        (not 'Kim also said', 'Kim quietly left', 'Kim herself wrote'; round 10)."""
        if mention.kind != "name" or mention.title or mention.determiner or " " in mention.text:
            return False
        toks = self.toks
        k = bisect_right(self._offsets, mention.end - 1)
        if k + 1 >= len(toks):
            return False
        noun, verb = toks[k], toks[k + 1]
        if noun.kind != WORD or not noun.text.islower() or not noun.text.isalpha():
            return False
        low = noun.lower
        if low.endswith(("ed", "ly")) or low in _NOT_ADJUNCT_NOUNS:
            return False
        if verb.text == "," and k + 3 < len(toks) and toks[k + 2].lower in PRONOUNS:
            # round 11: 'Rice money, he said, had ...': a reporting aside before the verb
            return toks[k + 3].lower in REPORTING_VERBS
        return verb.kind == WORD and verb.text.islower() and _finite(verb.lower)

    def _topic(self, k: int) -> Mention | None:
        """A person named in a phrase that opens the sentence at ``k`` with "For": 'For
        Lee, 58, the weekly visit has become a routine.' is about Lee, whom a following
        "he" means (the grammatical subject is no person)."""
        toks = self.toks
        if k + 2 >= len(toks) or toks[k].lower != "for" or not is_name(toks[k + 1]):
            return None
        mention = phrase_after(self.text, toks, k + 1)
        if mention is None or mention.kind != "name" or mention.org:
            return None
        after = bisect_right(self._offsets, mention.end - 1)
        if after >= len(toks) or toks[after].text != ",":
            return None
        return mention

    def _owner_opening(self, k: int) -> Mention | None:
        """A body owning what opens the sentence at ``k``: "The culture ministry's program
        was cut" introduces the ministry a later "the ministry said" means (not the
        sentence's subject: it speaks for no "it" that follows)."""
        toks = self.toks
        for j in range(k, k + 5 if k + 5 < len(toks) else len(toks)):  # (not min(): a call)
            if toks[j].kind != WORD:
                return None
            if toks[j].lower.endswith(("'s", "’s")):
                role = role_of(toks[j].lower[:-2])
                if role not in STATE_ROLES or toks[k].lower != "the" or j == k:
                    return None  # "The culture ministry's", not "Kim's" nor "The firm's"
                end = toks[j].end - 2
                return Mention(
                    toks[k].start,
                    end,
                    "role",
                    text=self.text[toks[k].start : end],
                    role=role,
                    modifiers=tuple(t.lower for t in toks[k + 1 : j]),
                    determiner="the",
                    org=True,
                )
        return None

    def _read_agents(self) -> None:
        """The agent of a passive is who acted: "a plan announced by the ministry" makes the
        ministry who a following "it" means, as if it were the subject ("The new ones will be
        '...,' it said."). Not a news outlet: "a statement carried by the KCNA" relays; and
        not when someone speaks later in the sentence: "The task force, led by the ministry,
        said ..." is the task force's."""
        toks, at = self.toks, self.masked.find(" by ")
        while at >= 0:  # str.find: most paragraphs have no "by" at all
            k = bisect_left(self._offsets, at + 1)
            at = self.masked.find(" by ", at + 3)
            if k < 1 or k + 1 >= len(toks):
                continue
            verb = toks[k - 1].lower
            if not (verb.endswith("ed") or verb in PARTICIPLES) or toks[k + 1].kind != WORD:
                continue
            if verb in _TOLD_BY:
                continue  # round 40: "Gil was asked by Bang to stay.": Gil is who "he" means
            if k > 2 and toks[k - 2].lower in _PASSIVE_AUX and self._person_before(k - 2):
                continue  # round 51: "Gil was pressed by Bang.": Gil, the subject, still is
            if any(
                self.sentence[c.verb] == self.sentence[k]
                for c in self.clauses_between(k, k + _REACH)
            ):
                continue
            if self._reported_agent(k):
                continue
            agent = phrase_after(self.text, toks, k + 1)
            if agent is None or agent.kind == "pronoun" or _relays(agent):
                continue
            known = self.mentions.setdefault(agent.start, agent)
            known.subject = True

    def _reported_agent(self, k: int) -> bool:
        """True when the "by" at ``k`` stands inside what someone named earlier in its
        sentence says (round 52): 'Lee said the convoy was commanded by Capt. Song. "...,"
        he said', 'Kim said they met at a dinner hosted by the head of a bank. "...," she
        said', 'a term which she said was used by Joseon-era craftsmen': the agent is part
        of the reported clause, and the reporter, the sentence's subject, stays who a
        following "he" or "she" means."""
        start = self.toks[k].start
        for clause in self.clauses_between(self.floor(k), k - 1):
            mention = clause.mention
            if mention is None or clause.label or mention.end >= start:
                continue
            if self.toks[clause.verb].lower != "according":  # 'according to data compiled by
                return True  # the institute': the institute compiled it, and "it" is its
        return False

    def _person_before(self, aux: int) -> bool:
        """True when a person read as a sentence's subject ends right before the auxiliary
        at ``aux`` ("Gil | was pressed by", "Gil, 58, | was"), or "he"/"she" stands there."""
        toks = self.toks
        if toks[aux - 1].lower in ("he", "she"):
            return True
        ends = {aux}
        if toks[aux - 1].text == ",":  # an aside closes before the auxiliary: ", 58,"
            ends.update(j for j in range(max(aux - 8, 0), aux - 1) if toks[j].text == ",")
        for mention in self.mentions.values():
            if not mention.subject or mention.org or mention.kind not in ("name", "role"):
                continue
            after = bisect_left(self._offsets, mention.end)
            if after in ends or (after + 1 in ends and toks[after].text == ","):
                return mention.kind == "name" or mention.role != "place"
        return False

    def _possessive(self, k: int) -> Mention | None:
        """ "His" or "Her" opening a sentence, as a pronoun: "His answer was short:" means the
        man "he" would."""
        tok = self.toks[k] if k < len(self.toks) else None
        if tok is None or not tok.capitalised or tok.lower not in ("his", "her"):
            return None
        return Mention(tok.start, tok.end, "pronoun", text=tok.text, role="person")

    def _read_names(self) -> None:
        """Register every other name (with its title, appositive, bracketed acronym), so a
        later "Kim" or "the agency" finds its full form; these do not set who "he" is."""
        toks = self.toks
        if not self._capitals:
            return  # no capital, no name (and no set of names read to build)
        # names a clause already read in full need no second reading (the parse is the same);
        # but a name read with its appositive may end on a body's name, read again as a body
        # only (round 224: "led by NAME, a researcher at the National Institute of Ecology."
        # registers the institute in full, as it does when a comma follows, not clipped
        # before "of"; a place or a person there is left as before: "a farmer in Yeoju.")
        read: set[int] = set()
        described_ends: set[int] = set()
        for m in self.mentions.values():
            if m.kind == "name":
                (described_ends if m.appositive else read).add(m.end)
        owners: list[int] = []  # round 51: "his" or "her" beside a name's appositive comma
        years = ""  # round 69: an age read from "NAME (Hangul) was 14 years old"
        for j in self._capitals:
            tok = toks[j]
            national: Mention | None = None  # round 120: "his Malaysian counterpart, | NAME"
            if tok.lower in NOT_NAME_WORDS:  # is_name (capitalised: noted by _read_clauses)
                if tok.text == "The" and j + 2 < len(toks) and "year-old" in toks[j + 1].text:
                    self._read_aged_subject(j)
                continue
            if j + 1 < len(toks) and toks[j + 1].capitalised:
                continue
            if self.text.startswith("$", tok.end):
                continue  # round 173: "won (HK$20)": a currency's sign, no one named "HK"
            if tok.lower in _SCENE_OPENERS and self._floors[j] == j:
                continue  # round 147: "Above the door hangs a sign": no one named "Above"
            if tok.lower in _PLACE_ADVERBS and self._set_off_opener(j):
                continue  # round 185: "Online, the clip spread": no one named "Online"
            if tok.end in read and (j + 1 == len(toks) or toks[j + 1].text not in _NAME_TAILS):
                continue
            floor = self._floors[j]
            mention = phrase_before(self.text, toks, j, floor)
            if mention is None or mention.kind != "name":
                # an object ("elected | Lee"), or inside another phrase ("workers at | Hanul
                # Motors"): still a name the article introduces
                mention = name_phrase(self.text, toks, j, floor)
            if mention is None or (mention.determiner == "the" and self._modifier_name(mention, j)):
                continue
            if (
                tok.end in described_ends
                and not mention.org
                and tok.end not in read
                and (j + 1 == len(toks) or toks[j + 1].text not in _NAME_TAILS)
            ):
                continue  # round 224: only a body's name is read again inside an appositive
            if mention.text == tok.text and _nationality_on_noun(toks, j):
                continue  # round 220: "which Peruvian | exporters have called": an adjective
            # (tested once: most names have no bracket after them, and the age and alias
            # rules below need one)
            bracketed = j + 3 < len(toks) and toks[j + 1].text == "(" and toks[j + 3].text == ")"
            relative = False  # round 41: "NAME, who owns ...": an agent noun to read later
            if j + 1 < len(toks) and toks[j + 1].text in (",", "by", "who"):
                relative = j + 3 < len(toks) and toks[j + 2].lower == "who"
                first = bisect_right(self._offsets, mention.start) - 1
                if j + 2 < len(toks) and toks[j + 2].text in _HIS_HER:
                    owners.append(j + 2)  # "met Dokgo, | his counterpart,"
                elif first > 3 and toks[first - 1].text == ",":
                    if toks[first - 3].text in _HIS_HER:
                        owners.append(first - 3)  # "met | her successor, Dokgo,"
                    elif first > 4 and toks[first - 4].text in _HIS_HER:
                        owners.append(first - 4)
                        national = _national_before(toks, first)
                fuller = phrase_after(self.text, toks, first)
                if (
                    fuller is not None
                    and fuller.start == mention.start
                    and (fuller.end > mention.end or fuller.age)
                ):
                    mention = fuller
            elif bracketed and not mention.age and _aged_after_bracket(toks, j):
                # round 15: "NAME (Hangul), 71, has written": the age only (the bracket's
                # phrase reader may take a description's noun for the role)
                mention.age = toks[j + 5].text
            elif bracketed and not mention.age and _now_aged_after_bracket(toks, j):
                mention.age = toks[j + 6].text  # round 144: "NAME (Hangul), now 64, started"
            elif bracketed and not mention.age and _years_old_after_bracket(toks, j):
                # round 69: "NAME (Hangul) was 14 years, two months and six days old when"
                # (the clause of "was" may have read the name first: its mention, below)
                mention.age = years = toks[j + 5].text
            if bracketed and not mention.appositive:
                # (a phrase stretched past its head, "Rep. NAME (Hangul) of the Democratic
                # Party | (DP)": the acronym is the party's, not the person's)
                mention.alias = _alias(mention, toks[j + 2])
            elif bracketed and toks[j + 2].text.isupper() and not mention.org:
                self._served_body(mention, j)  # round 134: the party's, named on its own
            if self._located(mention, j):
                mention.role = "place"  # "a fire in Hadong and Sancheong": no "he" or "she"
            elif not mention.role and self.text.startswith(", ", mention.start - 2):
                self._kin_before(mention)  # (a comma before the name: most names have none)
            known = self.mentions.get(mention.start)
            if known is not None and self._apart(known, mention):
                continue
            if known is None:
                mention.subject = False
                self.mentions[mention.start] = mention
            elif mention.end > known.end and known.kind != "pronoun" and not self._set(known):
                _take_fuller(known, mention)
            elif known.kind == "pronoun" and known.role == "person" and mention.kind == "name":
                # round 65: "His colleague NAME, no relation, stayed.": the sentence's
                # subject is the named person, not the "His" that opens it (as before "said")
                mention.subject = known.subject
                self.mentions[mention.start] = mention
                known = None
            if known is not None and mention.alias:
                known.alias = mention.alias
            if years:
                if known is not None and not known.age:
                    known.age = years
                years = ""
            if relative and toks[j + 1].text == ",":
                role_by_relative(known or mention, toks, j + 2)  # round 41: "NAME, who owns"
            predicate = self._predicate(j, mention.start)
            if known is None or predicate is not None:  # round 23: not "Her father, | Yoon"
                (known or mention).predicate = predicate
            if national is not None and (known or mention).predicate is None:
                (known or mention).predicate = national
        if owners:  # (most paragraphs: none, and no call)
            self._read_owner_gender(owners)

    def _served_body(self, person: Mention, j: int) -> None:
        """Round 134: the body a person's description names right before a bracketed acronym
        ("Rep. NAME of the Democratic Party | (DP)"), registered under its name and acronym
        as if named on its own, so that "The DP says" later is the party. Only "of the"
        and a capitalised name of two words or more ending at token ``j``."""
        toks = self.toks
        k = j
        while k > 0 and toks[k].start > person.start and toks[k].capitalised:
            k -= 1
        if toks[k].lower != "the" or toks[k - 1].lower != "of" or j - k < 2:
            return
        body = phrase_after(self.text, toks, k + 1, follow=False)
        if body is None or body.kind != "name" or body.end != toks[j].end:
            return
        body.org, body.subject, body.alias = True, False, toks[j + 2].text
        self.mentions.setdefault(body.start, body)

    def _set_off_opener(self, j: int) -> bool:
        """Round 185: True when the word at ``j`` opens its sentence and a comma follows it
        ("Overseas, ..."): a word set off before the sentence's subject."""
        return self._floors[j] == j and j + 1 < len(self.toks) and self.toks[j + 1].text == ","

    def _sentence_opener(self, j: int) -> bool:
        """Round 79: the capitalised word ``j`` opens its sentence only to carry the capital, a
        number, a question's auxiliary or an adverb ("Nine months ago, NAME", "Does she miss
        it?", "Back in the hall, NAME"): no name when the next word is lowercase and no verb
        of saying (not "Back Ji-hoon", "Do, asked about it, said" nor "Ok said": surnames)."""
        toks = self.toks
        if self._floors[j] != j or j + 1 >= len(toks):
            return False
        after = toks[j + 1]
        if toks[j].lower in NUMBER_WORDS:
            return after.lower in SPANS_OF_TIME  # not "Nine workers walked out", a subject
        return (  # not "Do Yoon-seok", "Do, asked about it, said", "Ok said"
            after.kind == WORD
            and not after.capitalised
            and after.lower not in REPORTING_VERBS
            # nor "Do has kept ...", "Do kept ...": a finite verb follows a subject, never a
            # question's auxiliary or an adverb of scene
            and after.lower not in FINITE
            and not _past_verb(after)
        )

    def _read_aged_subject(self, j: int) -> None:
        """Round 65: "The 26-year-old joined the program in 2023." opening a sentence with no
        verb of saying: the age of whom the phrase means (the person the copy was about), noted
        in ``aged`` so that "the younger Nam" can later tell two people of one surname apart.
        Only the age is learned (no mention: "the 26-year-old" as a role would make a later
        "the writer" someone new)."""
        toks = self.toks
        if self._floors[j] != j or toks[j].start in self.mentions:
            return  # (a clause read it: "The 61-year-old said")
        word = toks[j + 1].lower
        if word.endswith("year-old's"):
            # round 69: "The 17-year-old's debut ..." (the possessive heads its own phrase)
            word = word[:-2]
        else:
            after = toks[j + 2]
            if after.text != "," and not (after.kind == WORD and after.text.islower()):
                return  # "The 65-year-old Gwangju native": the phrase goes on
        aged = AGE.match(word)
        if aged is not None:
            self.aged = (*self.aged, (toks[j].start, aged[1]))

    def _modifier_name(self, mention: Mention, j: int) -> bool:
        """True when a one-word name after "the" modifies the lowercase noun after it: 'during
        the Chuseok holiday rush', 'the Nuri rocket' (a holiday, a vehicle: no body that a
        later "the company" may mean; round 10)."""
        if mention.determiner != "the" or mention.title or " " in mention.name:
            return False
        toks = self.toks
        if j + 1 >= len(toks) or self.mentions.get(mention.start) is not None:
            return False
        after = toks[j + 1]
        return after.kind == WORD and after.text.islower() and is_head_noun(after)

    def _located(self, mention: Mention, j: int) -> bool:
        """True when the bare name ending at ``toks[j]`` is where something happens: the
        object of "in" or "near", alone or after other such names ("in Hadong and
        Sancheong"). A place is nobody a pronoun means; a person is rarely written there
        but in the possessive ("in Kim's view"), which this leaves alone."""
        if mention.kind != "name" or mention.title or mention.org or mention.appositive:
            return False
        toks, floor = self.toks, self._floors[j]
        if toks[j].lower[-2:] in ("'s", "’s"):
            return False
        k = bisect_right(self._offsets, mention.start) - 2  # the word before the name
        while k > floor and toks[k].lower in _LIST_WORDS and toks[k - 1].capitalised:
            k -= 1
            while k > floor and toks[k].capitalised:
                k -= 1  # back over the name listed before: "Hadong | and Sancheong"
        if k >= floor and toks[k].lower in _LOCATIVES:
            return True
        return k > floor and toks[k].lower == "of" and _landscape_of(toks[k - 1], mention)

    def _set(self, known: Mention) -> bool:
        """True when a phrase of place or manner follows the name ``known`` ends with ("said
        Kim | at a press conference in Busan"): the inverted verb's reader stopped there, and
        the longer reading of the same words is no fuller name."""
        k = bisect_right(self._offsets, known.end - 1)
        toks = self.toks
        return known.kind == "name" and k < len(toks) and setting_after(toks, k)

    def _apart(self, known: Mention, mention: Mention) -> bool:
        """Keep apart an organisation given with its acronym and the person whose title it
        opens, both read from the same start: "Rail Agency (KRSIA) Commissioner Han Bo-ra".
        The shorter phrase is filed under its last word. False when they are not such a pair."""
        if known.kind != "name" or known.org == mention.org or not (known.alias or mention.alias):
            return False
        inner, outer = (mention, known) if known.end > mention.end else (known, mention)
        key = self.toks[bisect_right(self._offsets, inner.end - 1) - 1].start
        if key == outer.start:
            return False
        inner.subject = False
        self.mentions[outer.start] = outer
        self.mentions[key] = inner
        return True

    def _predicate(self, j: int, start: int = -1) -> Mention | None:
        """The role a name at ``j`` is given with "as": "elected Noh Seung-ah as its new
        chair", "hired Kim Min-ji as head coach"; or (round 49) that a relative clause right
        after it says the person took: "NAME, who became ambassador to Chile in March,",
        "NAME, who was appointed police chief last year," ("the ambassador" later is NAME)."""
        toks = self.toks
        if j + 2 >= len(toks):
            return None
        if toks[j + 1].lower != "as":
            if toks[j + 1].text != "," or toks[j + 2].lower != "who":
                return None
            k = _acquired_role(toks, j + 3)
            if k < 0:
                return None
        else:
            k = j + 2
            before = bisect_left(self._offsets, start) - 1 if start >= 0 else -1
            if before >= 0 and toks[before].lower in _SUCCEEDED:
                return None  # round 49: "who replaced NAME as mayor": NAME was the mayor
        role = phrase_after(self.text, toks, k, open_role=True)
        return role if role is not None and role.kind == "role" and not role.org else None

    # --- a quotation's place in the paragraph -----------------------------------------------

    def quote_token(self, span: Span) -> int:
        """Index of the masked-quotation token of ``span``."""
        at = span.start - 1 if span.opened and span.start else span.start
        k = bisect_right(self._offsets, at) - 1
        return k if k > 0 else 0  # (not max(): a builtin with two arguments costs far more)

    def asked_before(self, q: int) -> Mention | None:
        """Round 81: the subject of "asked" right before the quotation at token ``q``, a
        comma or a colon between them ('A reporter asked, "...?"', 'Another reporter asked:
        "...?"'): the question is the asker's, and a name after its closing mark opens the
        answer's sentence ('"...?" NAME, director of ..., answered.'), not its tag."""
        if q < 2 or self.toks[q - 1].text not in (",", ":"):
            return None
        v = q - 2
        if self.toks[v].lower not in _ASKS_BEFORE:
            return self._asked_by_before(q)
        for clause in self.clauses_between(v, v):
            if clause.mention is not None and clause.mention.kind != "pronoun":
                return clause.mention
        return None

    def _asked_by_before(self, q: int) -> Mention | None:
        """Round 241: the agent of a sentence opening "Asked by AGENT," right before the
        quotation at token ``q`` ('Asked by a reporter, "...?" she replied ...'): the
        question is the agent's, put to the one who answers after it."""
        toks = self.toks
        floor = self._floors[q]
        if floor + 3 >= q or toks[floor].lower != "asked" or toks[floor + 1].lower != "by":
            return None
        agent = phrase_after(self.text, toks, floor + 2)
        if (
            agent is None
            or agent.kind == "pronoun"
            or bisect_left(self._offsets, agent.end) != q - 1
        ):
            return None
        if agent.start not in self.mentions:
            agent.subject = False  # (an asker is no subject "he" means)
        return self.mentions.setdefault(agent.start, agent)

    def asked_just_before(self, q: int) -> Mention | None:
        """Round 241: who asked in the sentence right before the question at token ``q``,
        when that sentence ends on its asking clause ('a Thai reporter asked about the
        team's tactics. "...?" "...," NAME answered.', 'Another reporter pressed for a
        timeline. "...?"'): at a briefing the question is the asker's, not the words of
        whoever answers after it. None unless "asked" (or "pressed for"/"pressed on") is
        the last verb of that sentence and its subject is read."""
        toks = self.toks
        if q < 3 or toks[q - 1].text != "." or self.sentence[q - 1] == self.sentence[q]:
            return None
        floor = self._floors[q - 1]
        clauses = self.clauses_between(floor, q - 2)
        if clauses:
            last = clauses[-1]
            if toks[last.verb].lower not in _ASKS or last.mention is None:
                return None
            return last.mention if last.mention.kind != "pronoun" or last.mention.asked else None
        for v in range(floor + 1, q - 2):
            if toks[v].lower == "pressed" and toks[v + 1].lower in ("for", "on"):
                mention = self.mentions.get(toks[floor].start)
                if mention is not None and bisect_left(self._offsets, mention.end) == v:
                    return mention
                return None
        return None

    def token_at(self, offset: int) -> int:
        """Index of the token starting at ``offset`` (or the first one after it)."""
        return bisect_left(self._offsets, offset)

    def clauses_between(self, lo: int, hi: int) -> list[Clause]:
        """Clauses whose verb lies in tokens ``lo..hi`` (inclusive), in order."""
        return self.clauses[bisect_left(self._verbs, lo) : bisect_right(self._verbs, hi)]

    def after(self, q: int) -> Mention | None:
        """The clause right after the quotation at token ``q``: '"...," he said' / 'said Kim'."""
        for clause in self.clauses_between(q - 1, q - 1):  # (a loop: no generator)
            if self._reads(clause):
                return None  # 'placards reading "...," chanting': the placards' words
        toks = self.toks
        a = q + 1
        while a < len(toks) and toks[a].text in (",", "—", "–", "--"):
            a += 1
        if a >= len(toks) or toks[a].kind != WORD or self.sentence[a] != self.sentence[q]:
            return None
        unmarked = a == q + 1 and not self._closed_by_mark(q)
        if self._opens_next_sentence(q, a):
            return None  # round 200: '..., shouted, "...!" The chair called for order.'
        for clause in self.clauses_between(a, a + _ADJACENT):
            if self.sentence[clause.verb] != self.sentence[q] or clause.mention is None:
                continue
            if self._leads_next(clause.verb) and self._closed_by_mark(q, _SENTENCE_MARKS):
                # round 129: 'was asked by a student, "...?" He replied, "..."': a clause
                # leading the next quotation answers this one; it does not tag it
                return None
            if unmarked and toks[clause.verb].lower[-1] == "s":
                # round 129: 'accused Seoul of "eagerly echoing" the American claims': a
                # present tense right after a quotation with no mark of its own is a plural
                # noun of the sentence going on, not a tag ('"...," the plan says' has one)
                continue
            if unmarked and clause.verb == a and clause.mention.start > toks[a].start:
                # round 166: 'said it had "quickly" noted its error': a verb and its object
                # right after a quotation with no mark of its own go on with the sentence;
                # an inverted tag ('"...," said Kim') always follows a mark
                continue
            if unmarked and clause.mention.start == toks[a].start:
                # round 176: 'said it was "the best offer" the union had made': a subject and
                # verb right after a quotation with no mark of its own make a clause about
                # the quoted noun (the thing the union made), no tag naming who said it
                continue
            if a == q + 1 and clause.verb == a and a in self.mained:
                # round 55: 'Y had told her the plan would "...," adding': the quotation
                # closes the reported clause (Y's words), the participle is the main clause's
                reported = self._inherited(a, main=False)
                if reported is not None and reported.start != clause.mention.start:
                    return reported
            if clause.verb == a and toks[a].lower == "according":
                if self._in_apposition(q):
                    # round 133: 'workers said they ..., a figure "...," according to a survey
                    # by X': the words describe the finding, X's, not the workers'
                    return clause.mention
                # '..., Kim said the test was "a success," according to the KCNA': the agency
                # relays what the sentence's speaker said (round 134: as does a copy of a
                # ruling its subject made: 'X ruled that ... "...," according to a copy of
                # the ruling')
                relays = _relays(clause.mention) or _copy_of_record(clause.mention)
                return self._relayed(q, person=relays) or clause.mention
            if _relays(clause.mention):
                # 'Kim denounced the drills as a "rehearsal," the KCNA reported': Kim's words
                return self._relayed(q, person=True) or clause.mention
            if clause.mention.org and (person := self._person_relayed(q)) is not None:
                return person  # 'Yoo urged ... "...," the ministry said': Yoo's own words
            if clause.verb == a or clause.mention.start == toks[a].start:
                return clause.mention
            if toks[a].lower in _QUANTIFIERS and clause.mention.start == toks[a + 1].start:
                return clause.mention  # '"...," some lawmakers said': the lawmakers
            as_said = toks[a].lower == "as" and toks[clause.verb].lower in _REPORTS
            if as_said and clause.mention.start == toks[a + 1].start:
                return clause.mention  # round 10: 'not "..." as the company had argued'
            if self._body_before(a, clause.mention):
                return clause.mention  # '"...," Joint Chiefs of Staff (JCS) spokesperson Nam'
            if toks[clause.verb].lower in _QUOTING:
                return clause.mention  # '"...," the KCNA quoted Kim as saying': Kim
        return None

    def _opens_next_sentence(self, q: int, a: int) -> bool:
        """Round 200: True when the quotation at token ``q`` ends its sentence inside its marks
        ("!", "?" or ".") and token ``a`` right after it is a capitalised word that is only
        capitalised to open a sentence ("The", "A", "He"): 'A man in the gallery yelled, "Sit
        down!" The speaker banged his gavel.' is a new sentence about someone else, no
        inverted tag (a tag after such a mark goes on in lower case: '"Sit down!" the man
        yelled'). A name after the mark ('"Sit down!" Moon yelled') may still tag it."""
        tok = self.toks[a]
        if a != q + 1 or not tok.capitalised or tok.lower not in _OPENING_CAPITALS:
            return False
        return self._closed_by_mark(q, _SENTENCE_MARKS)

    def _closed_by_mark(self, q: int, marks: tuple[str, ...] = (",", "?", "!")) -> bool:
        """True when the quotation at token ``q`` ends with one of ``marks`` inside its marks
        (by default a comma, a question or an exclamation mark: '"...,"', '"...?"', after
        which a tag may follow)."""
        tok = self.toks[q]
        return self.text[tok.start : tok.end].rstrip("\"”’' ")[-1:] in marks

    def _leads_next(self, v: int) -> bool:
        """True when the verb at ``v`` is followed by a comma and a quotation ('He replied,
        "..."'): it introduces that quotation."""
        toks = self.toks
        return v + 2 < len(toks) and toks[v + 1].text == "," and toks[v + 2].kind == QUOTE

    def _body_before(self, a: int, mention: Mention) -> bool:
        """True when only a body's name stands between token ``a`` and ``mention``: the body
        the titled speaker serves ("Joint Chiefs of Staff (JCS) | spokesperson Nam")."""
        toks = self.toks
        k = a
        while k < len(toks) and toks[k].start < mention.start:
            tok = toks[k]
            if not (tok.capitalised or tok.text in ("(", ")") or tok.lower in _NAME_JOINS):
                return False
            k += 1
        return k > a and (toks[k - 1].capitalised or toks[k - 1].text == ")")

    def called_for(self, q: int) -> Mention | None:
        """Round 40: the owner of a call, pledge or warning whose words the quotation at
        ``q`` gives right after "for", "to" or "of": 'Eom responded to Gong's call for
        "restraint"' quotes Gong, not Eom. Only that quotation: a later one in the sentence
        ('... was "too little, too late"') is still the sentence's speaker's."""
        toks = self.toks
        floor = self._floors[q]
        # round 176: after "of", an article may stand before the words ("Moon's warning of
        # a "long winter""): what was warned of, in the warner's words (but "Yeon's call for
        # a "ceasefire"" names the thing called for, in the sentence's speaker's words)
        if q > 2 and toks[q - 1].lower in CALL_ARTICLES and toks[q - 2].lower == "of":
            q -= 1
        if q - 3 < floor or toks[q - 1].lower not in CALL_LINKS:
            return None
        if toks[q - 2].lower not in _CALLS or not toks[q - 3].lower.endswith(OWNED):
            return None
        owner = name_phrase(self.text, toks, q - 3, floor) or phrase_before(
            self.text, toks, q - 3, floor
        )
        if owner is None or owner.kind == "pronoun" or owner.end != toks[q - 3].end:
            return None
        if owner.start not in self.mentions:
            owner.subject = False  # (as a claim's owner: no subject "he" means)
        return self.mentions.setdefault(owner.start, owner)

    def asked_by_opener(self, q: int, after: Mention) -> Mention | None:
        """Round 200: the asker when the partial quotation at ``q`` lies inside the question
        of a sentence opening "Asked by NAME whether ..." and the tag after it is another
        speaker's ('Asked by a reporter whether the plan was "dead on arrival," Minister NAME
        said ...': the reporter's words, put to the minister). Only when the question runs
        unbroken from its "whether" (or "if", "why", ...) to the quotation, the quotation
        closes it with a comma, and the tag follows it; None otherwise."""
        toks = self.toks
        floor = self.floor(q)
        if q + 1 >= len(toks) or after.start <= toks[q].start or floor + 3 >= q:
            return None
        if toks[floor].lower != "asked" or toks[floor + 1].lower != "by":
            return None
        inside = self.text[toks[q].start : toks[q].end].rstrip("\"”'’ ")
        if toks[q + 1].text != "," and not inside.endswith(","):
            return None  # the comma closing the question, inside the marks or after them
        agent = phrase_after(self.text, toks, floor + 2)
        if agent is None or agent.kind == "pronoun":
            return None
        k = bisect_left(self._offsets, agent.end)
        if k >= q or toks[k].lower not in _QUESTION_LEADS:
            return None
        if any(toks[j].kind == QUOTE or toks[j].text == "," for j in range(k, q)):
            return None  # another quotation, or the question closed before this one
        if agent.start not in self.mentions:
            agent.subject = False  # (an asker is no subject "he" means)
        return self.mentions.setdefault(agent.start, agent)

    def told_by(self, q: int) -> Mention | None:
        """Round 40: the teller when the nearest clause before the quotation at ``q`` is a
        verb of telling with "by" ('Gil was told by Bang that the deal was "off the table"',
        'Ha, asked by Yeo "why now," said'): the one told or asked did not say it. The clause
        itself is unchanged (its subject is still who "he" may mean)."""
        found = self.clauses_between(self.floor_within(q, _REACH), q - 1)
        if not found:
            return None
        toks, v = self.toks, found[-1].verb
        if toks[v].lower not in _TOLD_BY or v + 2 >= q or toks[v + 1].lower != "by":
            return None
        agent = phrase_after(self.text, toks, v + 2)
        if agent is None:
            return None
        if agent.start not in self.mentions:
            agent.subject = False  # (an agent is no subject "he" means)
        return self.mentions.setdefault(agent.start, agent)

    def shouter(self, q: int) -> tuple[bool, Mention | None]:
        """Round 203: who shouts the exclamation at ``q`` after a verb of shouting when a verb
        of saying before it in its sentence reports the shouting: 'Ahn said her nephew ran
        along the pier yelling "Crab!"' (invented) is the nephew's cry, the subject of the
        reported clause, not Ahn's words. (True, the subject), (True, None) when that
        subject is not read (no speaker rather than the teller), or (False, None) when no
        verb of saying comes before (the sentence's own subject shouts)."""
        toks, floor = self.toks, self.floor(q)
        for v in range(q - 2, floor - 1, -1):
            tok = toks[v]
            if tok.kind == QUOTE:
                break
            if tok.kind != WORD or tok.lower not in _TELLING or not tok.text.islower():
                continue
            k = v + 1 if v + 1 < q and toks[v + 1].lower != "that" else v + 2
            mention = phrase_after(self.text, toks, k) if k < q - 1 else None
            if mention is None or mention.kind == "pronoun" or mention.end > toks[q].start:
                return True, None
            mention.subject = False
            return True, self.mentions.setdefault(mention.start, mention)
        return False, None

    def quoted_verb(self, q: int, text: str) -> Mention | None:
        """The subject opening the sentence right before a partial quotation whose first word
        is a reporting verb: 'The minister also "stressed the need for ..."' quotes the
        minister. Not 'Kim "inspected the site,"': who quotes an action is the reporter."""
        first = _WORDS.match(text.lstrip())
        if first is None or lowercase(first.group()) not in _SAYING:
            return None
        floor = self.floor(q)
        j = skip_auxiliaries(self.toks, q - 1, floor)
        while j >= floor and self.toks[j].lower in _ADVERBS:
            j -= 1
        if j > floor and self.toks[j].lower in _MADE and self.toks[j + 1].lower in FINITE:
            return None  # round 46: 'The plan Y announced would "cut ...": the plan, not Y
        mention = phrase_before(self.text, self.toks, j, floor) if j >= floor else None
        if mention is None or mention.start != self.toks[floor].start:
            return None
        return self.mentions.setdefault(mention.start, mention)

    def relative_label(self, q: int) -> Mention | None:
        """The subject of a relative clause that characterises with the quotation at ``q``:
        'Kim, whom critics have called "reckless," said ...' quotes the critics, not Kim; 'The
        plan, which the opposition dubbed "a giveaway," passed' the opposition."""
        v = q - 1
        if v < 2 or self.toks[v].lower not in LABEL_VERBS:
            return None
        floor = self.floor_within(q, _GOVERNS + 4)
        rel = next(
            (k for k in range(v - 1, floor - 1, -1) if self.toks[k].lower in ("whom", "which")),
            -1,
        )
        if rel < 0 or rel + 1 >= v:
            return None
        j = skip_auxiliaries(self.toks, v - 1, rel + 1)
        mention = phrase_before(self.text, self.toks, j, rel + 1, open_role=True)
        if mention is None or mention.start != self.toks[rel + 1].start:
            return None
        return self.mentions.setdefault(mention.start, mention)

    def passive_label(self, q: int) -> bool:
        """True when a participle characterises the quotation at ``q`` with nobody saying it:
        'Dubbed "the iron lady" by fans, Ahn won' (a nickname, not the sentence's words)."""
        v = q - 1
        if v < 0 or self.toks[v].lower[-2:] != "ed" or self.toks[v].lower not in LABEL_VERBS:
            return False
        return not any(c.verb == v and c.mention is not None for c in self.clauses_between(v, v))

    def named_by_habit(self, q: int) -> bool:
        """True when the quotation at ``q`` is what something is known as or habitually
        called, a name no one in particular says: 'a pattern known as "..."', 'what critics
        have long called "..."', 'foreign media have taken to calling it a "..."' (not 'what
        he called "..."', one speaker's words)."""
        toks = self.toks
        floor = self.floor_within(q, _HABIT_REACH)
        verb = -1
        for k in range(q - 1, floor - 1, -1):  # (a loop: no generator per quotation)
            if toks[k].lower in _HABIT_VERBS:
                verb = k
                break
        if verb < 0:
            return self._labelled_by_habit(q, floor)
        if toks[verb].lower in ("known", "referred"):
            return toks[verb + 1].lower in ("as", "to") and verb + 3 >= q
        if self._present_call(verb, floor, q):
            return True
        return any(toks[k].lower in _HABITS for k in range(max(floor, verb - 3), verb))

    def _labelled_by_habit(self, q: int, floor: int) -> bool:
        """Round 63: a label a group has long given a thing with "as" and an article: 'Advocates
        have long criticized the screening as a "lottery"' (a plural "have" and a habit word
        before the verb; not 'Kim has long criticized the plan as a "..."', one person's words,
        nor 'critics criticized it as a "..."' on one occasion)."""
        toks = self.toks
        if q < 3 or toks[q - 1].lower not in ARTICLES or toks[q - 2].lower != "as":
            return False
        for k in range(q - 3, floor, -1):
            if toks[k].lower in _AS_HABITS:
                start = self.floor(k)
                lo = k - 3 if k - 3 > start else start
                habit = plural = False
                for j in range(lo, k):
                    low = toks[j].lower
                    habit = habit or low in _HABITS
                    plural = plural or low in ("have", "had")
                return habit and plural
        return False

    def _present_call(self, verb: int, floor: int, q: int) -> bool:
        """True for a name given in the present by a group or a body (round 13): 'whom
        parents online call "the ..."' (a relative "whom", "call", and a name with an article),
        'what it calls an "..."' ("it" and "calls", an article before the name)."""
        toks = self.toks
        low = toks[verb].lower
        if low == "call":  # a nickname for a person: "the ...", not 'which critics call "reckless"'
            lo = verb - _WHOM_REACH if verb - _WHOM_REACH > floor else floor
            if not any(toks[k].lower == "whom" for k in range(lo, verb)):
                return False
            quoted = self.text[toks[q].start : toks[q].end].strip("\"“”'‘’ ")
            return lowercase(quoted.split(" ", 1)[0]) in ("the", "a", "an")
        if low == "calls" and subject_kind(toks, verb, floor) == IT:
            return q == verb + 2 and toks[verb + 1].lower in ARTICLES
        return False

    def named_passively(self, q: int) -> bool:
        """True when a naming participle no one is the subject of stands right before the
        quotation at ``q``: 'a trend dubbed "revenge buying"', 'nicknamed "the Wall"'."""
        if q > 1 and self.toks[q - 1].lower == "as":
            return self._named_by_group_as(q)
        return q > 1 and self._names_thing(q - 1) and self.passive_label(q)

    def _named_by_group_as(self, q: int) -> bool:
        """Round 70: an apposed naming participle, an agent of lower-case words and "as"
        before the quotation at ``q``: 'The law, dubbed by the media as "the ... act,"' (a
        name a group gives, as 'dubbed "..." by fans'; not 'branded by Kim as "...,"' one
        speaker's words, nor 'was dubbed by critics as', a passive)."""
        toks = self.toks
        lo = q - _AGENT_WORDS - 2 if q - _AGENT_WORDS - 2 > 1 else 1
        for k in range(q - 3, lo - 1, -1):
            tok = toks[k]
            if tok.lower == "by":
                v = k - 1
                return toks[v].lower in _NAMING_PARTICIPLES and toks[v - 1].text == ","
            if tok.kind != WORD or not tok.text.islower():
                return False  # a name, a number or a mark in the agent: someone's words
        return False

    def called_passively(self, q: int) -> bool:
        """True when a form of "be" and a label verb stand right before the quotation at
        ``q``: 'being called "the ice queen"', 'was once dubbed "..."' (not 'what he
        called')."""
        return q > 1 and self.passive_label(q) and self._passive(q - 1)

    def _person_relayed(self, q: int) -> Mention | None:
        """The named person (or "he", "she") whose reporting verb governs the quotation at
        ``q`` before it, when a body after it only reports the sentence: 'Yoo urged all sides
        to avoid "any ...," the ministry said' (not 'The two sides agreed to draft a "...,"
        the ministry said': no one's reporting verb there)."""
        found = self._relayed(q, person=True)
        if found is None or found.org:
            return None
        # 'He told investigators he was "...," police said': "he" is a person too
        return found if found.kind == "name" or lowercase(found.text) in ("he", "she") else None

    def _relayed(self, q: int, *, person: bool = False) -> Mention | None:
        """Who says the quotation at ``q`` before it in its sentence ("Kim said ...", or with
        ``person`` any reporting verb: "Kim denounced ... as", "the ministry, calling ..."),
        when "according to" or a news agency after it names only who relayed it."""
        floor = self.floor_within(q, _REACH)
        for clause in reversed(self.clauses_between(floor, q - 1)[-_LOOK:]):
            mention, verb = clause.mention, self.toks[clause.verb].lower
            if mention is None or _relays(mention):
                continue
            named_call = verb in _CALL_FORMS and mention.kind == "name"
            if verb in _SAYS or named_call or (person and verb not in ("reported", "according")):
                # (round 130: 'Cairo has called the talks "...," according to the ministry':
                # a named subject's label, which the ministry relays)
                return None if self.reduced_relative(clause) else mention  # round 46
        return None

    def before(self, q: int, full: bool) -> Mention | None:
        """The nearest clause before the quotation at token ``q`` in its sentence; none
        when a passive label governs it ('Kim said she hated being called "the ice queen"':
        whoever called her that, it is not Kim)."""
        if self.called_passively(q):
            return None
        carried = self._carried_words(q) if full else None
        if carried is not None:
            return carried  # round 139: 'according to KCNA, which carried his words: "..."'
        floor = self.floor_within(q, _REACH)
        found = [c for c in self.clauses_between(floor, q - 1) if not (full and c.label)]
        unread = q  # the nearest clause whose subject could not be read
        for clause in reversed(found[-_LOOK:]):
            if clause.mention is None and self.toks[clause.verb - 1].lower == "to":
                continue  # 'its ability to respond to "..."': an infinitive has no subject
            if clause.mention is not None and self._urged_to(clause):
                continue  # round 316: 'urged buyers to insist on "..."': the urger's words
            if clause.mention is None and self._gerund_subject(clause.verb):
                continue  # round 208: 'and that cooking was "..."': a subject, not a verb
            if clause.mention is None:
                unread = clause.verb
            elif self._closed_aside(clause.verb, q):
                continue  # 'Dokdo, which Japan calls "Takeshima," as "...": not Japan's words
            elif self._in_opening_asked(clause.verb, q):
                continue  # round 157: 'Asked what he tells ..., NAME wrote: "...": NAME's
            elif self.toks[clause.verb].lower in _THINKS and self._reported_thought(clause, found):
                continue  # round 86: 'Ahn told exporters the government expects ... "...":
                # what a speaker reports another to think is in the speaker's words
            elif clause.verb + 1 < q and self._named_in_relative(clause, q):
                continue  # round 164: 'said those Y calls rebels had "...": not Y's words
            elif clause.verb + 1 < q and self.reduced_relative(clause):
                continue  # round 46: 'said the plan Y announced would "...": not Y's words
            elif self._names_next_only(clause.verb, q):
                continue  # round 56: 'what players call a "..." and that Yeom was "...": not theirs
            elif self._claim_predicate(clause.verb, q):
                continue  # round 58: 'said Y's claim that it would "..." was "...": not Y's
            elif self._labelling_subject(clause, q):
                continue  # round 159: 'said posts calling it a "..." were "...": not theirs
            elif self._inside_first_that(clause.verb, q, found):
                continue  # round 79: 'said that A after Y complained, and that "...": not Y's
            elif self._place_reported(clause, found):
                continue  # round 194: 'NAME said Seoul had asked ... "...": NAME's words
            elif self.toks[clause.verb].lower in _AGREES and self._agreed_inside(clause, found):
                continue  # round 133: 'Gu told reporters X had agreed to cover "...": Gu's
            elif (
                unread < q
                and self._quote_between(clause.verb, unread)
                and (self._passive(unread) or self._words_between(clause.verb, unread))
                and not self._reported_again(clause.verb, unread)
            ):
                # 'banners reading "...," and a crowd by the gate chanted "..."': the
                # chanting has a subject of its own, unread; the banners did not chant
                # (round 213: a quoted name inside a phrase ends no clause, 'said it would
                # start a "..." system, under which any address reported twice ..., to
                # "...": the reporter's; an agentless "was told" still gives no one)
                return None
            elif (
                clause.mention.role == "nobody"
                and not clause.label
                and self.toks[clause.verb].lower in _REQUESTS
            ):
                # round 146: 'According to NAME, some buyers now ask for "...": the source
                # the sentence opens on, when the clause's subject is only part of a group
                return self._according_opener(clause, found) or clause.mention
            else:
                return self._pair_source(clause, q) or clause.mention
        return None

    def _urged_to(self, clause: Clause) -> bool:
        """Round 316: True when ``clause`` is an infinitive ("to insist") whose subject was
        read from the object of a verb of urging right before it ('urged buyers | to insist
        on "..."', 'asked residents | to report'): what the object is urged to say is the
        urger's wording, and the urger's clause before it speaks."""
        toks, mention = self.toks, clause.mention
        if mention is None or toks[clause.verb - 1].lower != "to":
            return False
        k = bisect_right(self._offsets, mention.start) - 2  # the word before the object
        if k < 0:
            return False
        before = toks[k].lower
        if before == "on" and k > 0:
            before = toks[k - 1].lower  # "called on people to"
        return before in _URGING

    def _pair_source(self, clause: Clause, q: int) -> Mention | None:
        """Round 197: the first of two people joined by "and" when the clause before the
        quotation at ``q`` read the second as its subject and the sentence closes on the first
        as its source ('Mayor Ro Han-sol and her Czech counterpart, Jan Dvorak, vowed to "..."
        the exchange, Ro said.'): the pair's words come from the one the closing names, who is
        no part of the clause's subject the phrase reader kept. None otherwise."""
        toks, mention = self.toks, clause.mention
        if mention is None or mention.kind != "name":
            return None
        floor = self.floor(clause.verb)
        k = bisect_right(self._offsets, mention.start) - 2
        while (
            k > floor and toks[k].lower != "and" and (toks[k].kind == WORD or toks[k].text == ",")
        ):
            k -= 1
        if toks[k].lower != "and" or k - 1 <= floor or k + _PAIR_REACH < clause.verb:
            return None
        closing = next((c for c in self.clauses if c.verb > q), None)
        if closing is None or closing.mention is None or closing.mention.kind != "name":
            return None
        end = closing.verb + 1
        if self.sentence[closing.verb] != self.sentence[q] or end >= len(toks):
            return None
        if (
            toks[end].text != "."
            or toks[bisect_right(self._offsets, closing.mention.start) - 2].text != ","
        ):
            return None  # only a closing ', NAME said.'
        first = phrase_before(self.text, toks, k - 1, floor)
        if first is None or first.kind != "name":
            return None
        if not set(closing.mention.name.split()) <= set(first.name.split()):
            return None  # the closing names the first of the pair, not another
        return closing.mention

    def asked_subject(self, pronoun: Mention) -> int | None:
        """Round 377: where the subject of the main clause starts, for a "he" or "she"
        inside the participle phrase "Asked ..." that opens its sentence ('Asked what she
        tells students, NAME said ...'): the question is put to that subject, whom the
        pronoun means ahead of its name (round 157 reads no clause of the phrase as the
        quotation's). The subject is the one :meth:`_sentence_subject` reads past the
        phrase's comma. None for any other pronoun, and when that subject is no name
        ('Asked whether he would resign, his spokesman said': the spokesman is not "he")."""
        if pronoun.role != "person":
            return None
        k = bisect_left(self._offsets, pronoun.start)
        if k >= len(self.toks) or self.toks[self._floors[k]].text != "Asked":
            return None
        subject = self._sentence_subject(self._floors[k])
        if subject is None or subject.kind != "name" or subject.start <= pronoun.start:
            return None  # (a pronoun after the comma is the main clause's own)
        return subject.start if subject.start in self.mentions else None

    def _in_opening_asked(self, v: int, q: int) -> bool:
        """Round 157: True when the verb at ``v`` lies in the participle phrase "Asked ..."
        that opens its sentence, closed by a comma before the quotation at ``q`` ('Asked what
        she says to rookies, Oh pointed to a sign on the wall: "..."'): the question put to
        the main clause's subject, whose words the quotation is, not a clause reporting them."""
        floor, toks = self.floor_within(v, _REACH), self.toks
        if (
            q - v > _REACH
            or toks[floor].lower != "asked"
            or any(toks[k].text == "," for k in range(floor, v))
        ):
            return False  # (a verb after the phrase's comma is the main clause's)
        return any(toks[k].text == "," for k in range(v + 1, q))

    def _according_opener(self, clause: Clause, found: list[Clause]) -> Mention | None:
        """Round 146: the source of an "According to X," that opens the sentence of
        ``clause``, a clause whose subject is a part of a group ("some", "many"): 'According
        to NAME, an analyst, some lenders have begun asking for "..."' gives the words to the
        analyst the sentence relies on (the lenders are nobody a reader could name). None when
        the sentence opens otherwise."""
        floor = self.floor(clause.verb)
        if self.toks[floor].lower != "according":
            return None
        for other in found:
            if other.verb == floor and other.mention is not None:
                return other.mention if other.mention.role != "nobody" else None
        return None

    def _agreed_inside(self, clause: Clause, found: list[Clause]) -> bool:
        """Round 133: True when ``clause`` is "agreed to" (an act, not words) reported by an
        earlier clause of the sentence with a subject of its own ('Gu told reporters the
        developer, NAME, had agreed to cover "..."'): the words are the reporter's."""
        toks, v = self.toks, clause.verb  # (its verb is one of _AGREES: the caller tests it)
        if v + 1 >= len(toks) or toks[v + 1].lower != "to":
            return False
        sentence = self.sentence[v]
        return any(
            c.verb < v
            and self.sentence[c.verb] == sentence
            and c.mention is not None
            and toks[c.verb].lower in _SAYS
            for c in found
        )

    def _place_reported(self, clause: Clause, found: list[Clause]) -> bool:
        """Round 194: True when the subject of ``clause`` is a capital or a country opening
        the clause an earlier verb of saying reports, whose own subject is no place ('Ms.
        Dorn said Valdavia had asked Borduria to grant its growers "equal terms"', invented:
        "said" then the place, or "said that" then the place). A government named by its
        capital inside what a person reports is what the person says it did; the words
        around it are the person's account, not the government's own quoted words."""
        mention, toks = clause.mention, self.toks
        if mention is None or mention.kind != "name" or not _place_name(mention):
            return False
        k = bisect_left(self._offsets, mention.start) - 1
        if k > 0 and toks[k].lower == "that":
            k -= 1
        if k < 0 or toks[k].lower not in _SAYS:
            return False
        return any(
            c.verb == k and c.mention is not None and not _place_name(c.mention) for c in found
        )

    def _reported_thought(self, clause: Clause, found: list[Clause]) -> bool:
        """Round 86: True when an earlier clause of the sentence with a subject of its own
        reports the verb of thinking of ``clause`` ('NAME told a meeting that the government
        expects ...'): the quotation is the reporter's words, not the thinker's."""
        for other in found:
            if other.verb >= clause.verb:
                return False
            if other.mention is not None and self.toks[other.verb].lower not in _THINKS:
                return True
        return False

    def _inside_first_that(self, v: int, q: int, found: list[Clause]) -> bool:
        """Round 79: True when the verb at ``v`` stands inside the first "that" clause of an
        earlier reporting verb and the quotation at ``q`` in a second one coordinated with it
        ('The court said that the firm had ignored the leak after tenants complained in 2021,
        and that the damage was "..."'): "and that" (or "but that") takes up the earlier verb's
        complement, so the quotation is that verb's speaker's. Not when the verb at ``v`` has
        a "that" of its own before the coordinator ('Tenants complained that the roof leaked
        and that the damage was "..."': both its clauses)."""
        toks = self.toks
        joined = -1  # the "that" after "and" or "but" between the verb and the quotation
        for k in range(v + 2, q - 1):
            if toks[k].lower == "that" and toks[k - 1].lower in ("and", "but"):
                joined = k
                break
        if joined < 0:
            return False
        if any(toks[k].lower == "that" for k in range(v + 1, joined - 1)):
            return False  # the verb's own "that": the second one may be its too
        for clause in found:
            if clause.verb >= v:
                return False
            if clause.mention is not None and any(
                toks[k].lower == "that" for k in range(clause.verb + 1, v)
            ):
                return True
        return False

    def _names_next_only(self, v: int, q: int) -> bool:
        """True when the verb at ``v`` is a naming "call" after "what" or "which" ('what
        players call a "golden cage"') and another quotation stands between it and the one at
        ``q``: the relative names the one thing right after it, and a later quotation in the
        sentence ('... and that Yeom had been "one of dozens"') is the sentence speaker's."""
        toks = self.toks
        if toks[v].lower not in _LABEL_FORMS or not self._quote_between(v, q):
            return False
        if toks[q - 1].kind == QUOTE or toks[q - 1].lower in ("and", "or", ","):
            return False  # 'what critics called "a tax" and "a trap"': both named by them
        return any(toks[k].lower in ("what", "which") for k in range(max(v - 4, 0), v))

    def _claim_predicate(self, v: int, q: int) -> bool:
        """True when the claim noun at ``v`` ("Y's claim that ...", "a claim by Y that ...")
        reported a clause that closed on a quotation right before "is" or "was" and the
        quotation at ``q`` after it: 'NAME said Y's claim that the bill would "..." was "..."'.
        The claim is that verb's subject, so the later quotation is what the sentence's
        speaker says of the claim, not the claim's owner's words (round 58; 'that it would
        "..." and was "..."' stays in the claim's clause)."""
        toks = self.toks
        if q - 2 <= v + 2 or toks[q - 1].lower not in BE_FINITE:
            return False
        if toks[q - 2].kind != QUOTE or toks[v].lower not in _CLAIMS:
            return False
        return toks[v + 1].lower in ("that", "by")

    def _labelling_subject(self, clause: Clause, q: int) -> bool:
        """Round 159: True when the clause is a labelling participle right after its noun
        ('posts calling it a "..."', 'reports describing the deal as "..."'), the quotation
        it labels closes right before "is" or "was" and the quotation at ``q`` follows: 'NAME
        said some posts calling it a "rescue" were "wrong"'. The participle's phrase is the
        subject of "were", so the later quotation is what the sentence's speaker says of it,
        not the posts' words."""
        v, toks = clause.verb, self.toks
        if not clause.label or clause.mention is None or not toks[v].lower.endswith("ing"):
            return False
        if q - 2 <= v or toks[q - 1].lower not in BE_FINITE or toks[q - 2].kind != QUOTE:
            return False
        noun = toks[v - 1] if v > 0 else None
        return noun is not None and noun.kind == WORD and noun.text.islower()

    def _closed_aside(self, v: int, q: int) -> bool:
        """True when the verb at ``v`` is in a relative clause set off by commas (", which
        Japan calls ...,") that closes before the quotation at ``q``: the aside's subject
        says nothing after it."""
        toks = self.toks
        stop = v - _INTRODUCES - 4
        for k in range(v - 1, stop if stop > -1 else -1, -1):  # (not max(): a builtin call)
            if toks[k].kind != WORD:
                if toks[k].text != "," or not (
                    toks[k + 1].lower in ("which", "who", "whose")
                    or -1 < self._subordinate(k + 1) < v - 1  # a subject of its own
                ):
                    return False
                if v + 2 == q and toks[v + 1].text in (",", ":"):
                    return False  # '..., which said, "...': the aside introduces it
                return "," in self.text[toks[v].end : toks[q].start]
        return False

    def _subordinate(self, k: int) -> int:
        """The index of the word opening a subordinate clause at ``k`` (after a comma):
        "although", "after", "since", "a day after", "even as" (round 46; not a bare "as": ',
        as Lee put it, "..."' quotes Lee), or -1. A subject of its own after that word governs
        no quotation after the comma that closes the clause (but 'NAME, when asked by
        reporters, said' has none: the sentence's subject)."""
        toks = self.toks
        low = toks[k].lower
        if low in _SUBORDINATORS:
            return -1 if low == "as" else k
        for j in range(k, min(k + 3, len(toks) - 1)):  # 'a day after', 'even as', 'hours before'
            if toks[j].lower not in _LEAD_INS:
                return -1
            after = toks[j + 1].lower
            if after in _SUBORDINATORS:
                return j + 1 if after != "as" or toks[j].lower == "even" else -1  # 'just as'
        return -1

    def _named_in_relative(self, clause: Clause, q: int) -> bool:
        """Round 164: True when ``clause`` is a naming verb ("call", "calls", "called") in a
        relative clause without "that" whose name is given unquoted right after it, before a
        finite verb ahead of the quotation at ``q`` ('said those Y calls rebels had "...",
        'the men Y called traitors were "..."'): the clause names the head noun, whose
        predicate the quotation is; the words are the main clause's, not Y's. Only a name of
        one or two lowercase words and a lowercase head or "those" right before the subject."""
        toks, v = self.toks, clause.verb
        if toks[v].lower not in _CALL_FORMS or clause.mention is None:
            return False
        k = v + 1
        while k < q and k - v <= 2 and toks[k].kind == WORD and toks[k].text.islower():
            if toks[k].lower in FINITE:
                break
            k += 1
        if k == v + 1 or k >= q or toks[k].lower not in FINITE:
            return False
        before = bisect_left(self._offsets, clause.mention.start) - 1
        if before < 0 or toks[before].kind != WORD or not toks[before].text.islower():
            return False
        head = toks[before].lower
        if head in REPORTING_VERBS or head in BE:
            return False  # 'said Y calls them ...': Y's own clause, no relative
        return head == "those" or head not in _NOT_HEADS_OR_DETERMINERS

    def reduced_relative(self, clause: Clause) -> bool:
        """True when the clause's verb is followed at once by a finite verb ('the plan Y
        announced would "...", 'the letter Y wrote was "..."'):
        a relative clause without "that" inside a noun phrase, whose subject governs nothing
        after it (round 46), when the verb takes the noun as its object (wrote, issued, made:
        not "said", 'a move the office said was aimed at "..."'). Not after "what" or "all",
        nor with "thing" or "words" as the head, nor when a comma or colon follows the finite
        verb ('the note Y posted was: "...": a statement)."""
        v = clause.verb
        toks = self.toks
        if v + 2 >= len(toks) or toks[v + 1].lower not in FINITE:
            return False
        if toks[v].lower not in _MADE:
            return False  # 'a move the office said was aimed at "...": the office's words
        mention = clause.mention
        if mention is None or toks[v + 2].text in (",", ":"):
            return False
        k = bisect_left(self._offsets, mention.start) - 1
        if k >= 0 and toks[k].kind == WORD and toks[k].lower not in _DETERMINERS:
            return toks[k].text.islower() and toks[k].lower not in _NOT_HEADS  # 'plan | Y'
        first = mention.text.split(" ", 2)  # 'the | plan Y', 'The plan Y': the noun it holds
        if len(first) > 2 and lowercase(first[0]) in _DETERMINERS:
            return first[1].islower() and first[1] not in _NOT_HEADS and first[2][:1].isupper()
        head = first[0]
        return len(first) > 1 and head.islower() and head not in _NOT_HEADS_OR_DETERMINERS

    def _gerund_subject(self, verb: int) -> bool:
        """Round 208: True when the word at ``verb``, read as a clause's verb with no subject,
        is an "-ing" word right after "that" and before a form of "be": a gerund opening the
        that-clause as its subject ('Roh said the work was "...," and that farming was the
        only way to "..."': farming did not speak, and the "said" before still governs)."""
        toks = self.toks
        word = toks[verb]
        if verb < 1 or verb + 1 >= len(toks) or word.kind != WORD or word.lower[-3:] != "ing":
            return False
        return toks[verb - 1].lower == "that" and toks[verb + 1].lower in _GERUND_BE

    def _words_between(self, lo: int, hi: int) -> bool:
        """Round 213: True when a quotation between tokens ``lo`` and ``hi`` may be someone's
        words, ending a clause of its own ('banners reading "...," and a crowd chanted'); not
        a quoted name inside a noun phrase, after a determiner, a possessive, a hyphened
        modifier or a naming cue ('a "red flag" system', 'the state-run "..." app', 'a
        voice it named "...,"'): it ends nothing, so the reporter before it still speaks
        (after a title's cue, 'titled the "...",' the quotation still ends the clause)."""
        toks = self.toks
        for k in range(lo + 1, hi):
            if toks[k].kind == QUOTE and not self._inside_noun_phrase(k, lo):
                return True
        return False

    def _inside_noun_phrase(self, k: int, lo: int) -> bool:
        """Round 213: True when the quotation at ``k`` opens after a word that starts or
        modifies a noun phrase, with no title cue right before it (see ``_words_between``)."""
        toks = self.toks
        if k - 1 <= lo:
            return False
        before = toks[k - 1]
        if before.kind != WORD or not before.text.islower():
            return False
        low = before.lower
        if not (
            low in _NAME_DETERMINERS
            or low in _NAMING_CUES
            or _possessive_word(before)
            or ("-" in low and low[-1] != "-")
        ):
            return False
        return not any(toks[j].lower in _TITLE_WORDS for j in range(max(lo + 1, k - 3), k))

    def _reported_again(self, v: int, unread: int) -> bool:
        """Round 310: True when the unread clause at ``unread`` opens a second "that" clause of
        the plain "said" or "told" at ``v``, after the quotation of its first ('said lifelines
        would add "...", and that rules should be written "..."'), or a second predicate
        opened by a modal (round 320): the sayer's report, as round 309 reads it, not a
        clause with a speaker of its own."""
        toks = self.toks
        if toks[v].lower not in ("said", "told"):
            return False
        q = max(k for k in range(v + 1, unread) if toks[k].kind == QUOTE)
        return _second_report(toks, v, q, unread, self._comma_at(q))

    def _quote_between(self, lo: int, hi: int) -> bool:
        """True when a quotation stands between tokens ``lo`` and ``hi``."""
        return any(self.toks[k].kind == QUOTE for k in range(lo + 1, hi))

    def later(self, q: int, full: bool) -> Mention | None:
        """A clause later in the sentence, with only quotations and "and" between; not one
        with a subject of its own when a verb of saying just before the quotation governs it
        ('with the sponsor calling the change "..." and the party vowing': round 11)."""
        toks = self.toks
        governed = bool(self.clauses_between(self.floor_within(q, _GOVERNS), q - 1))
        for clause in self.clauses_between(q + 1, q + _FOLLOWS):
            if self.sentence[clause.verb] != self.sentence[q]:
                return None
            if clause.mention is None or (full and clause.label):
                continue
            if governed and clause.mention.start > toks[q].start:
                return None  # a subject of its own after the quotation: another clause
            k = q + 1
            while k < len(toks) and toks[k].start < clause.mention.start:
                if toks[k].kind == WORD and toks[k].lower not in ("and", "or"):
                    return None
                k += 1
            return clause.mention
        return None

    def closing(self, q: int) -> Mention | None:
        """The clause that closes the sentence of the quotation at ``q`` after a comma, which
        attributes the whole sentence: '"Nothing" in the deal is final, the minister said.',
        '..., the pitch was "too soft," according to the coach.'"""
        sentence = self.sentence[q]
        last = q
        stop = q + _REACH if q + _REACH < len(self.toks) else len(self.toks)  # bounded: a
        # sentence may be a megabyte (not min(): a builtin call with two arguments is slow)
        while last + 1 < stop and self.sentence[last + 1] == sentence:
            last += 1
        if last + 1 < len(self.toks) and self.sentence[last + 1] == sentence:
            return None
        found = self.clauses_between(q + 1, last)
        while len(found) > 1 and found[-1].mention is None and self._noun_read(found[-1].verb):
            found = found[:-1]  # '..., in a first report': a noun read as a verb, no clause
        mention = found[-1].mention if found and not found[-1].label else None
        if mention is None:
            return None
        clause = found[-1]
        first = min(clause.verb, bisect_right(self._offsets, mention.start) - 1)
        if first < 1 or not self._comma(first - 1) or self._tail(clause.verb, last) > _TAIL:
            return None
        if any(t.kind == QUOTE for t in self.toks[first:last]):
            return None  # '"...," she said, "..."': the next quotation's clause
        return mention

    def _noun_read(self, v: int) -> bool:
        """True when the verb-shaped word at ``v`` has an article one or two words before it:
        "in a first report", "the report" (a noun; not "quoted Ri ... as saying")."""
        toks = self.toks
        return toks[v - 1].lower in _ARTICLES or (v > 1 and toks[v - 2].lower in _ARTICLES)

    def _tail(self, verb: int, last: int) -> int:
        """Words after a closing reporting verb up to the sentence's end, or to a comma that
        sets off a phrase of its own (', government investigators said Wednesday, in a
        preliminary finding that ...': the finding does not make the clause any less the
        sentence's attribution)."""
        toks = self.toks
        for k in range(verb + 1, last + 1):
            if toks[k].text == ",":
                return k - verb
        return last - verb

    def _comma(self, k: int) -> bool:
        """True when token ``k`` is a comma or a quotation ending with one ('"quiet,"')
        (:meth:`_closed_by_mark`'s test, inline: this one runs for many tokens)."""
        tok = self.toks[k]
        return tok.text == "," or (
            tok.kind == QUOTE and self.text[tok.start : tok.end].rstrip("\"”’' ")[-1:] == ","
        )

    def cued(self, q: int) -> bool:
        """True when a noun that names a title or a word stands before the quotation at ``q``
        ('the film "...', 'the words "...'), or before the quotation it is listed with ('the
        words "unification" and "peace"'); not when the quotation is the noun's predicate
        (round 31: 'said the concert "went better than we hoped"')."""
        first = q
        for _ in range(4):  # a list of a few terms
            prev = self.word_before(q)
            if prev is None:
                return False
            if prev.lower in TITLE_CUES:
                if self._verb_form(q - 1) or self._named_subject(q - 1):
                    return False
                if q == first and self._verb_object(q):
                    return False
                return q != first or not self._opens_predicate(first)
            if prev.kind == QUOTE:  # '"compatriots," "reunification"'
                q -= 1
                continue
            if prev.lower not in _LIST_WORDS or q < 2 or self.toks[q - 2].kind != QUOTE:
                return False
            q -= 2
        return False

    def _opens_predicate(self, q: int) -> bool:
        """True when the quotation at ``q`` is the predicate of the noun before it (see
        :func:`opens_predicate`)."""
        tok = self.toks[q]
        return opens_predicate(self.text[tok.start : tok.end])

    def _named_subject(self, k: int) -> bool:
        """True when the capitalised cue word at ``k`` follows a reporting verb: a surname
        opening the reported clause ('His lawyer said Song "regrets everything"'), not a
        title's cue ('the song "..."')."""
        return k > 0 and self.toks[k].capitalised and self.toks[k - 1].lower in REPORTING_VERBS

    def _verb_object(self, q: int) -> bool:
        """Round 174: True when the cue word before the quotation at ``q`` is a verb ("play",
        "show") and the quotation a lower-case phrase opening with "a" or "an": 'the bees play
        "a small but vital part" in it', 'the figures show "an alarming slide"' (the object of
        the verb, the speaker's words; a title is capitalised, 'the play "A Quiet Room"')."""
        if self.toks[q - 1].lower not in _VERB_CUES:
            return False
        tok = self.toks[q]
        text = self.text[tok.start : tok.end].strip(_QUOTE_MARKS)
        return text.startswith(("a ", "an ")) and not title_cased(text)

    def _verb_form(self, k: int) -> bool:
        """True when the cue word at ``k`` is a verb after "to" or a modal: 'urged the union
        to show "more flexibility"', 'will play "a bigger role"' (not 'the show "..."')."""
        return k > 0 and (self.toks[k - 1].lower == "to" or self.toks[k - 1].lower in MODALS)

    def modifies_noun(self, q: int, text: str) -> bool:
        """True when the quotation at ``q`` stands before a noun as its modifier with no
        reporting verb just before it: the name of a kind of thing ('pilot "social
        prescribing" programs'), not words someone is quoted saying ('urging a "swift"
        response')."""
        found = words(text)
        if not text.rstrip()[-1:].isalnum() or q + 1 >= len(self.toks):
            return False
        if found[0] in _ARTICLES or found[-1].endswith("ly"):
            return False  # 'was "a warning shot" ahead', '"overwhelmingly" people'
        if len(found) == 1 and found[0].endswith(ADJECTIVE_ENDINGS):
            return False  # '"merciless" strikes': how the speaker describes them, no name
        if q > 0 and self.toks[q - 1].lower in MODALS:
            # round 150: 'said it would "carefully review" complaints': after a modal the
            # quotation is a verb phrase, the speaker's pledge, never a kind's name
            return False
        if q > 0 and self.toks[q - 1].lower == "to" and _phrasal_verb(text, found):
            return False  # round 174: 'built to "shut out" rivals': a verb and its object
        after = self.toks[q + 1]
        if after.kind != WORD or not is_head_noun(after) or after.lower in NOT_NAME:
            return False
        # only before a plural or a word naming a kind: 'a "routine" test' is often the
        # speaker's adjective, and without a parser it cannot be told from a term
        plural = after.lower.endswith("s") and after.lower != singular(after.lower)
        kind = after.lower in KINDS or plural
        return kind and not self.governed(q)  # "programs", "policy"; not "next", "rather"

    def own_name(self, q: int, text: str) -> bool:
        """True when the quotation at ``q`` is the name its owner gives a kind of thing: 'a
        new scheme it calls "risk-based warning"', 'a program they dub "Green Desk"' (not a
        characterisation: 'a plan critics call "reckless"', 'a plan it calls "a bridge"')."""
        toks = self.toks
        if q < 3 or toks[q - 1].lower not in _NAMING_VERBS:  # the cheap test first
            return False
        if words(text)[:1] in ([], ["a"], ["an"]):
            return False
        k = q - 2
        if toks[k].lower not in _OWNERS:
            return False
        if toks[k - 1].lower in ("that", "which") and k > 3:
            k -= 1
        return singular(toks[k - 1].lower) in KINDS

    def named_status(self, q: int, text: str) -> bool:
        """True when the quotation at ``q`` follows "to a" or "as a" with no
        characterising verb before: the name of a status or a relationship ('raise ties to a
        "strategic partnership"'), not words someone is quoted saying ('described it as a
        "betrayal"')."""
        if q < 2 or self.toks[q - 1].lower not in ("a", "an"):
            return False
        if self.toks[q - 2].lower not in ("to", "as"):
            return False
        if self.toks[q - 2].lower == "as" and self._labels_as(q - 2):
            return False  # round 10: 'denounced the arrival of ... in Busan as a "..."'
        return not self.labels(q - 1, text, reach=_GOVERNS + 4)

    def regarded_as(self, k: int) -> bool:
        """Round 199: True when the "as" at ``k`` is that of a verb of regarding ("treat",
        "view", "see", "eye") within a few words before it, in a clause a verb of saying
        opens earlier in the sentence: 'Lim said buyers now treat the resort as a "safe
        bet"' (how the speaker sees it, the speaker's words; not 'upgraded ties to a "..."',
        a status, nor a regarding verb in narration with no one saying it)."""
        toks = self.toks
        if toks[k].lower != "as":
            return False
        floor = self.floor(k)
        for m in range(k - 1, max(floor, k - _REGARD_OBJECT) - 1, -1):
            tok = toks[m]
            if tok.kind != WORD:
                return False
            if tok.lower in _REGARDING:
                return any(
                    toks[j].lower in REPORTING_VERBS and toks[j].text.islower()
                    for j in range(floor, m)
                )
        return False

    def _labels_as(self, k: int) -> bool:
        """True when a characterising verb governs the "as" at ``k`` across a long object
        with no quotation and no comma between but a list's: 'denounced the arrival of a
        U.S. aircraft carrier in Busan | as', 'denounced a drill by South Korea, the United
        States and Japan | as' (the words after "as a" are the subject's)."""
        toks = self.toks
        for m in range(k - 1, max(self.floor(k), k - _LABEL_OBJECT) - 1, -1):
            tok = toks[m]
            if tok.text == "," and m > 0 and toks[m - 1].capitalised:
                continue  # a list of names in the object: "by South Korea, the United States"
            if tok.text in ("(", ")"):
                continue  # round 199: a bracketed short name in the object: 'a report by
                # the Hanbit Energy Agency (HEA) on its reactors as a "..."'
            if tok.kind != WORD:
                return False
            if tok.lower in LABEL_VERBS and tok.text.islower():
                return True
        return False

    def labels(self, q: int, text: str, reach: int = 4) -> bool:
        """True when a characterising verb just before the noun before the quotation at
        ``q`` says what someone calls it: 'calling the project "a lifeline"' (but not a
        title: 'called the film "Blue Moon"')."""
        if title_cased(text):
            return False
        floor = self.floor_within(q, reach)
        return any(self.toks[k].lower in LABEL_VERBS for k in range(floor, q - 1))

    def governed(self, q: int) -> bool:
        """True when a reporting verb stands just before the quotation at ``q``, even without
        a speaker: 'has been derided online as "a formula"'."""
        floor = self.floor(q)
        if self.clauses_between(max(floor, q - _GOVERNS), q - 1):
            return True
        return self._governs_that(floor, q)

    def _governs_that(self, floor: int, q: int) -> bool:
        """True when the quotation at ``q`` is in a "that" clause a reporting verb governs:
        'said that the firm had "badly misled" investors', 'warned in a statement that
        prices would "spiral"' (the verb's reach starts again at "that")."""
        toks = self.toks
        for t in range(q - 1, max(floor, q - _GOVERNS - 1) - 1, -1):
            if toks[t].lower == "that":
                return bool(self.clauses_between(max(floor, t - _GOVERNS), t - 1))
        return False

    def named_as_term(self, q: int) -> bool:
        """True when an appositive after the quotation at ``q`` calls it a word: '"third
        neighbors," a term the government uses', '"Blue Wave," the name of the plan'."""
        toks = self.toks
        k = q + 1 + (q + 1 < len(toks) and toks[q + 1].text == ",")
        if k < len(toks) and toks[k].kind == QUOTE:
            return False
        if not self._comma(q) and (k == q + 1):
            return False
        if k + 1 >= len(toks) or toks[k].lower not in ("a", "an", "the"):
            return False
        if negated(self.text[toks[q].start : toks[q].end]):
            return False  # round 150: a predicate, not a name (see negated)
        k += 1
        while (
            k < len(toks) and k < q + 5 and toks[k].text.islower() and role_of(toks[k].lower) == ""
        ):
            if singular(toks[k].lower) in TERM_NOUNS:
                return True
            k += 1
        return False

    def ends_sentence(self, q: int) -> bool:
        """True when nothing but punctuation follows the quotation at ``q`` in its sentence."""
        k = q + 1
        while k < len(self.toks) and self.sentence[k] == self.sentence[q]:
            if self.toks[k].kind != PUNCT:
                return False
            k += 1
        return True

    def reported(self, q: int) -> bool:
        """True when a reporting verb stands anywhere in the sentence of the quotation at
        ``q``, even one whose speaker could not be read ('one of them told the crowd')."""
        sentence = self.sentence[q]
        clauses = self.clauses_between(self.floor_within(q, _REACH), q + _ADJACENT)
        return any(self.sentence[c.verb] == sentence for c in clauses)

    def word_before(self, q: int) -> Token | None:
        """The token before the quotation at ``q`` in its sentence, if any."""
        k = q - 1
        return self.toks[k] if k >= self._floors[q] and q > 0 else None

    def introduced(self, q: int) -> Mention | None:
        """The person a sentence opens with, when that sentence introduces the quotation at
        ``q`` with a colon and no reporting verb: 'Kim was blunt: "..."'. A sentence that
        opens with no one ('A verdict made the rounds: "..."') gives no one."""
        prev = self.word_before(q)
        if prev is None or (prev.text != ":" and not self._read_comma(q)):
            return None
        owner = self._words_of(q - 1)
        if owner is not None:
            return owner  # round 85: 'the paper ran the words of a teacher, NAME: "..."'
        if prev.text == ":":
            owner = self._quoted_before(q - 1)
            if owner is not None:
                return owner  # round 122: 'The caption quoted NAME, a pupil in X: "..."'
        document = self._document_before(q - 1) or self._with_document(q - 1)
        document = document or self._appeared_document(q - 1)  # round 183
        writer = self._handwriting_of(q - 1)
        if writer is not None:
            return writer  # round 183: 'a note in the handwriting of her aunt, NAME:'
        if document is not None:  # 'a recorded announcement repeated: "..."'
            return self._document_writer(document) or document  # round 409: 'A sign he taped'
        passive = self._spoken_to(q - 1)
        if passive >= 0:
            # round 40: 'Kim was asked by Lee: "..."': who is told or asked is spoken to;
            # the agent after "by" speaks, and with none no one the sentence names does
            return self._agent(passive)
        floor = self.floor(q)
        if self._second_subject(floor, q - 1):
            return None  # round 129: 'Fans have nicknamed it "...," and one line reads: "..."'
        floor = self._past_lead_word(floor, q)
        found = self.mentions.get(self.toks[floor].start)
        if found is None:
            found = self._apposed_opener(floor)  # round 130: 'An engineer, NAME, was blunt:'
        opener = self.toks[floor]
        if found is None and opener.lower in _OPENING_CLAUSES:
            # round 178: 'As the bell rang, NAME summed it up: "..."', 'At a town hall, a nurse
            # put the question to NAME:': the subject after the comma closing the opening
            # clause or phrase speaks, as after an opening participle
            found = self._after_opening(floor, q)
        if opener.lower.endswith(("ed", "ing")) and (found is None or found.start == opener.start):
            # round 15: 'Asked whether ..., NAME chose her words carefully: "..."': the name
            # after the opening clause's comma (not "Asked" read as a name)
            found = self._after_opening(floor, q)
        if found is None and opener.lower == "the":
            found = self._owned_answer(floor)  # round 191: "The coach's reply was short:"
        if found is not None and found.text.endswith(OWNED) and not self._owns_words(found):
            return None  # round 15: "NAME's agent was curt:": the agent, not NAME
        if (
            found is not None
            and found.org
            and found.kind == "name"
            and _on_platform(self.toks, q - 1)
        ):
            return found  # round 198: 'The Korean Embassy in Lima cheered her on X: "..."'
        if found is None or found.org or found.role in DOCUMENTS:
            return None
        return found if found.kind != "pronoun" or found.role == "person" else None

    def _past_lead_word(self, floor: int, q: int) -> int:
        """Round 178: the token after a sentence's opening "Then", "And" or "But" (one
        word before its subject: 'Then she turned to the class: "..."', 'And as the bell
        rang, NAME ...'), or ``floor`` when the sentence opens otherwise."""
        toks = self.toks
        lead = toks[floor].lower in _LEAD_WORDS and toks[floor].capitalised
        return floor + 1 if lead and floor + 2 < q and toks[floor + 1].kind == WORD else floor

    def _apposed_opener(self, floor: int) -> Mention | None:
        """Round 130: the name a sentence's opening role phrase gives after a comma ('A
        regimental engineer, Sr. Col. NAME, was more matter-of-fact: "..."'), filed where
        the name stands; None when the sentence opens otherwise."""
        toks = self.toks
        if floor + 3 >= len(toks) or toks[floor].lower not in _OPENING_ROLE_WORDS:
            return None
        comma = floor + 1
        while comma < len(toks) and comma - floor <= _OPENING_ROLE and toks[comma].kind == WORD:
            if _past_verb(toks[comma]):
                return None  # 'A photo carried by KCNA showed a couple, NAME': no role phrase
            comma += 1
        if comma >= len(toks) - 1 or toks[comma].text != ",":
            return None
        subject = self._sentence_subject(floor)
        if subject is None or subject.kind != "name" or subject.org:
            return None
        if bisect_left(self._offsets, subject.start) > comma + 3:
            return None  # the name must follow the comma ("Sr. Col." at most before it)
        return self.mentions.setdefault(subject.start, subject)

    def _second_subject(self, floor: int, colon: int) -> bool:
        """Round 129: True when ", and" or ", but" opens a clause with a subject of its own
        (an article or a quantifier after it) between the sentence's start at ``floor`` and
        the colon at ``colon``: 'Fans nicknamed the drones "...," and one line making the
        rounds reads: "..."' is the line's, not the fans' (and ', and the mayor was blunt:'
        gives no one rather than the wrong one)."""
        toks = self.toks
        for k in range(floor + 1, colon - 2):
            if toks[k].lower not in ("and", "but") or not self._comma(k - 1):
                continue
            if toks[k + 1].lower in _NEW_SUBJECT_OPENERS:
                return True
        return False

    def _words_of(self, colon: int) -> Mention | None:
        """Round 85: the person named after "the words of" or "a remark from" in the clause
        ending at ``colon`` ('the paper ran the words of a teacher at the school, NAME:',
        'carried a remark from NAME, under a photo of him:'): the quotation is theirs, though
        no verb of saying stands before it. Only a person (no body, document or pronoun; the
        words of an anthem, a law or a song are no one's), and only when nothing but a place
        phrase or a relative clause stands between that person and the colon (after 'After
        ... ran the words of NAME, NAME2 added:' NAME2 speaks); a clause opener ("and", "but",
        "when", ...) or a quotation between ends the search."""
        toks = self.toks
        floor = self.floor_within(colon, _WORDS_REACH)
        if colon - 1 > floor and toks[colon - 1].lower == "words":
            owner = self._words_owner(colon - 2)
            if owner is not None:
                return owner  # round 122: 'the paper printed her words: "..."'
        for k in range(colon - 2, floor, -1):
            tok = toks[k]
            if tok.lower == "and" and toks[k - 1].capitalised and toks[k + 1].capitalised:
                continue  # round 111: a name's "and" ("the Hwanghae Iron and Steel Complex")
            if tok.lower == "as" and toks[k - 1].lower in _IDENTIFIED:
                continue  # round 178: 'identified only as NAME' opens no clause
            if tok.kind == QUOTE or tok.lower in _OPENS_CLAUSE:
                return None
            if tok.lower == "words" and (owner := self._words_owner(k - 1)) is not None:
                return owner  # round 122: 'with her words printed beneath: "..."'
            if tok.lower not in _OF_FROM or toks[k - 1].lower not in _WORDS_NOUNS:
                continue
            # (any head noun, as after a reporting verb: 'the farm's chief agronomist, NAME'
            # is NAME; but a head no list knows as a person's, 'the national anthem', is none)
            owner = phrase_after(self.text, toks, k + 1, open_role=True)
            if (
                owner is None
                or owner.org
                or owner.plural
                or owner.kind not in _PERSON_KINDS
                or (owner.kind == "role" and not _person_role(owner.role))
            ):
                return None
            after = bisect_right(self._offsets, owner.end - 1)
            named = self._identified_as(after, colon)
            if named is not None:
                return named  # round 178: 'the words of a soldier identified only as NAME:'
            if after < colon and toks[after].text == ",":
                after += 1  # 'NAME, under a photo of him:'
            if after < colon and toks[after].lower not in _AFTER_OWNER:
                return None
            return self.mentions.setdefault(owner.start, owner)
        return None

    def _identified_as(self, k: int, colon: int) -> Mention | None:
        """Round 178: the name "identified (only) as" gives at ``k`` for the person just
        named by a role, when that name runs to the colon at ``colon`` ('the words of a
        young miner identified only as NAME: "..."'; round 294: or to the comma before "as
        saying"): the person the role means, by the only name the report gives; None
        otherwise."""
        toks = self.toks
        if k + 2 >= colon or toks[k].lower != "identified":
            return None
        k += 1
        if toks[k].lower == "only":
            k += 1
        if toks[k].lower != "as" or not is_name(toks[k + 1]):
            return None
        name = phrase_after(self.text, toks, k + 1)
        if name is None or name.kind != "name" or name.org:
            return None
        if bisect_right(self._offsets, name.end - 1) != colon:
            return None
        return self.mentions.setdefault(name.start, name)

    def _quoted_before(self, colon: int) -> Mention | None:
        """Round 122: the person "quoted" or "cited" names right before the colon at
        ``colon`` ('The caption quoted NAME, an 11-year-old pupil in X: "..."'): the object
        speaks, not the caption or paper that quotes. Only a person, read from the verb to
        the colon."""
        toks = self.toks
        floor = self.floor_within(colon, _QUOTED_AS_REACH)
        v = next((k for k in range(colon - 2, floor - 1, -1) if toks[k].lower in _QUOTING), -1)
        if v < 0 or not toks[v].text.islower():
            return None
        mention = phrase_after(self.text, toks, _past_partitive(toks, v + 1, colon), open_role=True)
        if mention is None or mention.org or mention.kind not in _PERSON_KINDS:
            return None
        if bisect_right(self._offsets, mention.end - 1) != colon:
            return None  # the phrase must run to the colon: 'quoted NAME, a pupil in X:'
        return self.mentions.setdefault(mention.start, mention)

    def _carried_words(self, q: int) -> Mention | None:
        """Round 139: the owner of the words a relaying verb puts before the colon of the
        quotation at ``q`` ('the agency, which carried his words without comment: "..."',
        'the paper printed NAME's words in full:'): the owner speaks, not the outlet or
        the "according to" that relays them. Only "his", "her" or a name's possessive right
        after the verb, and a few lowercase words at most between "words" and the colon."""
        toks = self.toks
        if q < 4 or toks[q - 1].text != ":":
            return None
        for k in range(q - 2, max(self._floors[q], q - 6), -1):
            tok = toks[k]
            if tok.lower == "words":
                if toks[k - 2].lower not in _RELAYING_VERBS or not toks[k - 2].text.islower():
                    return None
                return self._words_owner(k - 1)
            if tok.kind != WORD or not tok.text.islower():
                return None
        return None

    def _words_owner(self, k: int) -> Mention | None:
        """Round 122: the owner at token ``k`` of "words" a colon follows: "her" or "his"
        (who the pronoun means: 'ran a photo of NAME, a weaver, ... with her words printed
        beneath: "..."') or a name's possessive ("NAME's words:"), never a body's."""
        tok = self.toks[k]
        if tok.lower in _OWNER_PRONOUNS:
            first = self.toks[self.floor(k)].start
            named = [
                m
                for m in self.mentions.values()
                if first <= m.start < tok.start and m.kind == "name" and not (m.org or m.plural)
            ]
            if named:  # the person the sentence named last: 'a passenger, NAME, ... her words'
                return max(named, key=_start)
            mention = Mention(tok.start, tok.end, "pronoun", text=tok.text, role="person")
            return self.mentions.setdefault(tok.start, mention)
        if not tok.capitalised or tok.lower[-2:] not in ("'s", "’s"):
            return None
        owner = phrase_before(self.text, self.toks, k, self.floor(k), open_role=True)
        if owner is None or owner.org or owner.kind != "name":
            return None
        return self.mentions.setdefault(owner.start, owner)

    def _spoken_to(self, colon: int) -> int:
        """Round 40: the passive speech verb ("was told", "were asked", "had been warned")
        of the clause ending at ``colon``, or -1: its subject is who the words were spoken
        to. The clause ends where another opens ("and", "but", "when"...) or at a quotation."""
        toks = self.toks
        for k in range(colon - 1, self.floor_within(colon, _GOVERNS + 8) - 1, -1):
            tok = toks[k]
            if tok.kind == QUOTE or tok.lower in _OPENS_CLAUSE:
                return -1
            if tok.kind == WORD and tok.lower in SPEECH_VERBS and self._passive(k):
                return k
        return -1

    def _agent(self, v: int) -> Mention | None:
        """Round 40: the agent of the passive verb at ``v`` ("was asked | by Lee"), or None."""
        toks = self.toks
        if v + 2 >= len(toks) or toks[v + 1].lower != "by":
            return None
        agent = phrase_after(self.text, toks, v + 2)
        if agent is None:
            return None
        return self.mentions.setdefault(agent.start, agent)

    def _owned_answer(self, floor: int) -> Mention | None:
        """Round 191: the role in the possessive opening a sentence before a noun of what was
        said ('The visiting envoy's answer was brief: "..."', invented): the answer is the
        role holder's, as a name's is ("NAME's answer was short:"). None when the phrase is no
        role in the possessive or the noun after it names no words."""
        toks = self.toks
        for k in range(floor + 1, floor + 4 if floor + 4 < len(toks) else len(toks) - 1):
            tok = toks[k]
            if tok.kind != WORD:
                return None
            if tok.lower[-2:] not in ("'s", "’s"):
                continue  # a modifier: "The visiting | envoy's"
            role = role_of(tok.lower[:-2])
            if not role or role in DOCUMENTS or toks[k + 1].lower not in _SAID_NOUNS:
                return None
            text = self.text[toks[floor].start : tok.end - 2]
            owner = Mention(toks[floor].start, tok.end - 2, "role", text=text, role=role)
            owner.determiner = "the"
            return self.mentions.setdefault(owner.start, owner)
        return None

    def _owns_words(self, owner: Mention) -> bool:
        """True when the noun after the possessive ``owner`` is what it said ("Do's answer",
        "Kim's statement"), not a person of theirs ("Min's agent")."""
        after = bisect_right(self._offsets, owner.end - 1)
        if after >= len(self.toks):
            return False
        low = self.toks[after].lower
        return low in _SAID_NOUNS or low in DOCUMENTS or low in REPORTING_VERBS

    def _after_opening(self, floor: int, q: int) -> Mention | None:
        """The name that follows the comma closing a sentence's opening participle clause,
        before the quotation at ``q``, if the paragraph read one there."""
        toks = self.toks
        for c in range(floor + 1, q - 1):
            if toks[c].kind == QUOTE:
                return None
            if toks[c].text == ",":
                found = self.mentions.get(toks[c + 1].start)
                if found is None or found.plural or not _opening_person(found):
                    return None  # (a role may be a person's: "the Busan native laughed:")
                if any(toks[k].lower in DOCUMENTS for k in range(c + 2, q)):
                    return None  # 'NAME pointed to a sign on the door:': the sign's words
                after = bisect_right(self._offsets, found.end - 1)
                if after < q and toks[after].lower in ("and", "or"):
                    return None  # "NAME and NAME had one answer:": no one of them
                return found
        return None

    def _read_comma(self, q: int) -> bool:
        """True when a comma after "read" introduces the quotation at ``q``, as a colon
        would: 'A note taped to the door read, "..."'."""
        return q > 1 and self.toks[q - 1].text == "," and self.toks[q - 2].lower in _READS

    def _document_before(self, colon: int) -> Mention | None:
        """A document that is the subject of the clause ending at ``colon``: "a recorded
        announcement | repeated:" (not the object of a verb or a preposition)."""
        floor = self.floor_within(colon, _GOVERNS + 8)  # "A note taped to the ... door read:"
        k = colon
        while k > floor:
            k -= 1
            tok = self.toks[k]
            if tok.text == "," and k + 1 < colon:
                opened = self._document_aside(k)
                if opened > 0:  # round 168: 'The report, a copy of which ..., gives ...:'
                    k, floor = opened, self.floor_within(opened, _GOVERNS)
                    continue
            if tok.kind != WORD or tok.lower in BE:
                return None  # 'One slogan was everywhere:' describes, nobody speaks
            if _document(tok):
                mention = document_phrase(self.text, self.toks, k, self.floor(colon))
                first = bisect_right(self._offsets, mention.start) - 1 if mention else k
                opener = self.toks[first - 1] if first > 0 else None
                if mention is None or (opener is not None and opener.lower in _OBJECT_CUES):
                    return None
                return self.mentions.setdefault(mention.start, mention)
        return None

    def signed_under(self, q: int) -> Mention | None:
        """Round 183: the named person whose signature the words quoted at ``q`` stand
        written above ('the form bore the line "seal intact, no leaks" written above NAME's
        signature'): who signs under an entry wrote or vouched for it, so the words are
        theirs, as a letter's are its signer's. Only "written" and a preposition of place
        right after the quotation, then a capitalised name's possessive and "signature"."""
        toks = self.toks
        if q + 4 >= len(toks) or toks[q + 1].lower != "written":
            return None
        if toks[q + 2].lower not in _SIGNED_PLACES or toks[q + 4].lower != "signature":
            return None
        owner = self.mentions.get(toks[q + 3].start)
        return owner if owner is not None and owner.kind == "name" else None

    def reported_document(self, q: int, speaker: Mention) -> Mention | None:
        """Round 183: the document whose words a colon at ``q - 1`` introduces inside what
        ``speaker`` reports ('NAME said a recorded voice message played from the kiosk: "..."'):
        the document is the subject of the reported clause that leads into the colon, so its
        words are the ones quoted, not the reporter's. Only with "said" or "says" right after
        the speaker's phrase (an optional "that"), and the document right after that; None
        otherwise."""
        toks = self.toks
        verb = bisect_right(self._offsets, speaker.end - 1)  # first token past the speaker
        if verb < q and toks[verb].text == ",":
            verb += 1  # 'The driver, NAME, said'
        if q < 2 or toks[q - 1].text != ":" or verb + 2 >= q or toks[verb].lower not in _SAID_SAYS:
            return None
        if self.sentence[verb] != self.sentence[q - 1]:
            return None
        k = verb + 2 if toks[verb + 1].lower == "that" else verb + 1
        if not any(_document(toks[j]) for j in range(k, min(q - 1, k + 4))):
            return None  # (before the readers below, which file the document they find)
        document = self._document_before(q - 1) or self._appeared_document(q - 1)
        if document is None or bisect_right(self._offsets, document.start) - 1 < k:
            return None
        whole = phrase_after(self.text, toks, k)  # 'a recorded | message' (not "message")
        if whole is None or whole.end != document.end:
            return None
        return self.mentions.setdefault(whole.start, whole)

    def _handwriting_of(self, colon: int) -> Mention | None:
        """Round 183: the named person a document noun says wrote it by hand, in the clause
        before the colon at ``colon`` ('On the wall hangs a card in the handwriting of his
        teacher, NAME, dated 1979: "..."'): a document a named person wrote is that person's
        quotation (the corpus convention). None when no document noun stands right before
        "in (the) handwriting of", or when no name follows (the document keeps its words)."""
        toks = self.toks
        floor = self.floor_within(colon, _APPEARED_REACH)
        for k in range(colon - 2, floor + 1, -1):
            if toks[k].lower != "handwriting" or toks[k + 1].lower != "of":
                continue
            j = k - 1 if toks[k - 1].lower in ("the", "his", "her", "their") else k
            if toks[j - 1].lower != "in" or j - 2 < floor or not _document(toks[j - 2]):
                return None
            writer = phrase_after(self.text, toks, k + 2, open_role=True)
            if writer is None or writer.kind != "name":
                return None
            return self.mentions.setdefault(writer.start, writer)
        return None

    def _appeared_document(self, colon: int) -> Mention | None:
        """Round 183: a document that a verb of appearing or hanging places before the colon
        at ``colon``, past a place phrase too long for :meth:`_document_before`: 'By noon, a
        chalk sign had appeared on the shutter of a shuttered noodle shop by the port: "..."'
        (the sign's words, as 'a banner hangs from the gate:' gives). Only words (no comma,
        no quotation) from a preposition of place right after the verb to the colon, and the
        document noun right before the verb or its auxiliaries; None otherwise."""
        toks = self.toks
        floor = self.floor_within(colon, _APPEARED_REACH)
        for k in range(colon - 2, floor, -1):
            tok = toks[k]
            if tok.kind != WORD:
                return None
            if tok.lower in _APPEARING and toks[k + 1].lower in _PLACE_WORDS:
                j = skip_auxiliaries(toks, k - 1, floor)
                if j < floor or not _document(toks[j]):
                    return None
                document = document_phrase(self.text, toks, j, self.floor(colon))
                return self.mentions.setdefault(document.start, document) if document else None
        return None

    def _document_aside(self, comma: int) -> int:
        """Round 168: the comma opening an aside that the comma at ``comma`` closes, when a
        document noun stands right before it and a present tense right after the closing
        comma ('The audit, a copy of which was seen by reporters, lists the causes in one
        line:'): the document is still the subject of the verb that leads into the colon.
        -1 otherwise (no quotation, colon or other comma inside; a short aside only)."""
        toks = self.toks
        verb = toks[comma + 1]
        if verb.kind != WORD or not verb.text.islower() or not _present_s(verb.lower):
            return -1
        floor = self._floors[comma]
        for c in range(comma - 1, max(floor, comma - _ASIDE_REACH) - 1, -1):
            tok = toks[c]
            if tok.text == ",":
                return c if c > floor and _document(toks[c - 1]) else -1
            if tok.kind != WORD:
                return -1
        return -1

    def _with_document(self, colon: int) -> Mention | None:
        """Round 163: the document noun ending a "with a ..." or "with the ..." phrase right
        before the colon at ``colon`` ('The weekly ran a photo of the pier with the caption:
        "..."', 'a parcel arrived with a note:'): the caption or note carries the words that
        follow, as 'the caption read:' would (a slogan is no one's; "his"/"her" before the
        noun leaves it to the owner's rules)."""
        toks = self.toks
        noun = toks[colon - 1] if colon > 0 else None
        if noun is None or noun.kind != WORD or not noun.text.islower():
            return None
        if noun.lower not in _WITH_DOCUMENTS and not _document(noun):
            return None
        if role_of(noun.lower) == "slogan":
            return None
        floor = self.floor(colon)
        for k in range(colon - 2, max(floor, colon - 4) - 1, -1):
            low = toks[k].lower
            if low in ("a", "an", "the"):
                if k - 1 < floor or toks[k - 1].lower != "with":
                    return None
                mention = phrase_after(self.text, toks, k, open_role=True)
                if mention is None or bisect_right(self._offsets, mention.end - 1) != colon:
                    return None
                return self.mentions.setdefault(mention.start, mention)
            if toks[k].kind != WORD or not toks[k].text.islower():
                return None
        return None

    def opens_statement(self, q: int) -> bool:
        """True when the quotation at ``q`` stands as a statement: it starts its sentence or
        follows a colon, a reporting verb, or a comma after one ('He added, "...'")."""
        prev = self.word_before(q)
        if prev is None or prev.text == ":":
            return True
        if prev.kind == QUOTE:  # '"Why?" "Because."', but not '"costly" and "late"'
            return prev.text.rstrip('"').endswith(("?", "!"))
        if prev.kind == WORD and prev.lower in SPEECH_VERBS:
            return not _speech_noun(self.toks, q - 1, self.floor(q))
        if prev.text != ",":
            return False
        floor = self.floor_within(q, _INTRODUCES)
        return any(self.toks[k].lower in REPORTING_VERBS for k in range(floor, q))

    def saying(self, q1: int, q2: int) -> Mention | None:
        """Round 118: a "nobody" mention when the quotation from ``q1`` to ``q2`` is a saying
        nobody owns: an old saying, a proverb or an adage introduces it ('Guides have an old
        saying about the mountain: "..."', 'As an old market saying goes, "..."', 'There is a
        saying that "..."') or follows it ('"...," goes the saying'). Whoever keeps or repeats
        a saying ('that the younger Kwon repeats to visitors', ', Jang said,') does not speak
        it; the corpus labels every saying with no speaker. None otherwise."""
        toks = self.toks
        prev = self.word_before(q1)
        if prev is not None and prev.lower in SAYING_LINKS:
            floor = self.floor_within(q1, _SAYING_REACH)
            for k in range(q1 - 2, floor - 1, -1):
                tok = toks[k]
                if tok.lower in _SAYING_NOUNS:  # (a set test first: most words are no saying)
                    if _saying_noun(toks, k, floor):
                        return _nobody(tok)
                elif tok.kind == QUOTE:
                    break
        if q2 + 2 < len(toks) and toks[q2 + 1].lower in SAYING_VERBS:
            stop = min(len(toks), q2 + _SAYING_AFTER)
            for k in range(q2 + 2, stop):
                tok = toks[k]
                if self.sentence[k] != self.sentence[q2] or tok.kind == QUOTE:
                    break
                if tok.lower in _SAYING_NOUNS and _saying_noun(toks, k, q2 + 1):
                    return _nobody(tok)
        return None


_SIGNED_PLACES = wordset("above over below under beside")
"""Round 183: where a quoted entry stands from the signature that vouches for it."""
_APPEARING = wordset("appeared appears hung hangs hang")
"""Round 183: verbs that place a document where the story finds it ("a sign had appeared in
the window")."""
_APPEARED_REACH = 24  # tokens from the document to the colon: "... in the window of a ...:"
_PLACING_PARTICIPLES = wordset("hung taped pinned stuck nailed glued plastered put erected")
"""Round 183: participles of putting a document up ("a sign hung by the club"): their agent
placed the words, the document carries them."""
_PLACING_PARTICLES = wordset("up")
_WITH_DOCUMENTS = wordset("caption captions headline subtitle inscription")
"""Round 163: nouns of words printed with a thing ('a photo with the caption:'), beside the
document roles :func:`_document` reads."""
_SAYINGS = wordset("saying proverb adage maxim aphorism")
_JOKES = wordset("joke jokes quip quips wisecrack")
"""Round 271: words that go around with no one's name, as a saying does ('a grim joke has it
that "..."', 'a quip making the rounds was that "..."'); a noun only after a determiner or an
adjective, as "saying" is ("residents joke that" is the residents' verb)."""
_SAYING_NOUNS = _SAYINGS | _JOKES
_GOING_AROUND = _SAYING_NOUNS | wordset("line lines")
"""Round 376: round 118's sayings and jokes and "a line", words that go around ('as a line
popular online puts it', 'as an old saying puts it'): what they put is no one's, not their
subject's (:func:`_as_put_it`)."""
SAYING_LINKS = frozenset((":", ",", "that"))
"""Round 118: what stands right before a saying's quotation ('a saying: "', 'as the saying
goes, "', 'a saying that "')."""
SAYING_VERBS = wordset("goes went runs as")  # '"...," goes the saying', '" as the saying goes'
_SAYING_ADJECTIVES = wordset(
    "old local popular common famous familiar ancient traditional age-old well-known favorite"
) | wordset(
    # round 147: a saying's tone, plain or compared with one just quoted ('The guides have a
    # blunter saying: "..."', 'a darker saying'): adjectives, never a person's noun
    """
    blunt blunter bluntest grim grimmer grimmest dark darker bleak bleaker harsh harsher
    wry wryer simple simpler short shorter sharp sharper plain plainer older oldest
    """
)
_SAYING_DETERMINERS = wordset("a an the this that another one")
_SAYING_REACH = 16  # tokens back from a quotation to its saying: 'an old saying that ... :'
_SAYING_AFTER = 6  # tokens after it: '"...," goes an old Jeju saying'


def _saying_noun(toks: Sequence[Token], k: int, floor: int) -> bool:
    """Round 118: True when token ``k`` is the noun "saying" (or "proverb", "adage"; round 271:
    "joke", "quip"): "saying", "joke" and "quip" only after a determiner or an adjective ("an
    old saying", "a grim joke"), a possessive ("an old rowers' saying") or a noun that one
    follows ("an old market saying", "an old Jeju saying"), not the participle or the verb
    ("quoted as saying", "officials saying", ", saying", "residents joke that")."""
    low = toks[k].lower
    if low not in _SAYING_NOUNS:
        return False
    if low != "saying" and low not in _JOKES:
        return True
    if k <= floor:
        return False
    before = toks[k - 1].lower
    if before in _SAYING_DETERMINERS or before in _SAYING_ADJECTIVES or before[-1:] == "'":
        return True
    return k - 2 >= floor and toks[k - 1].kind == WORD and toks[k - 2].lower in _SAYING_ADJECTIVES


def _nobody(tok: Token) -> Mention:
    """A mention of no one at ``tok``: its quotation has no speaker, and none is carried."""
    return Mention(tok.start, tok.end, "pronoun", text=tok.text, role="nobody")


_PAST_BARE = wordset("said told wrote read put")
_CONTRASTS = wordset("while whereas but")
"""Conjunctions after a comma that open a clause of their own: "Jo said ..., while Yeon
said" (Yeon speaks; she is not inside what Jo says)."""
_WORDS_REACH = 40  # round 85: tokens back from a colon to "the words of"
_OWNER_PRONOUNS = frozenset(("her", "his"))  # round 122: "her words:", a person's
_RELAYING_VERBS = wordset("carried printed ran published relayed quoted broadcast aired")
"""Round 139: verbs of an outlet passing on a person's words ("carried his words:")."""

_start = attrgetter("start")  # a key called in C, as in :mod:`._phrases`


_OF_FROM = frozenset(("of", "from"))
_WORDS_NOUNS = frozenset(("words", "remark", "remarks", "comment", "comments", "quote"))
"""Nouns of someone's words before "of"/"from" (round 85; round 134: "carried a brief comment
from NAME, a grower: "..."", "a quote from NAME:")."""
_PERSON_KINDS = frozenset(("name", "role"))
_ANYONE = frozenset(("man", "woman", "person"))


def _past_partitive(toks: list[Token], k: int, colon: int) -> int:
    """Round 152: the token after a partitive "one of them," (or "one of the workers,") at
    ``k`` that a name set beside it follows before ``colon``: 'a caption quoting one of
    them, NAME: "..."' (the name is who is quoted); ``k`` itself when there is none."""
    if k + 3 >= colon or toks[k].lower != "one" or toks[k + 1].lower != "of":
        return k
    for j in range(k + 2, min(colon, k + 7)):
        tok = toks[j]
        if tok.text == ",":
            return j + 1 if j + 1 < colon and is_name(toks[j + 1]) else k
        if tok.kind != WORD or not tok.text.islower():
            return k
    return k


_APPOSITIVE_LEADS = frozenset(("a", "an"))


def _past_partitive_aside(toks: list[Token], k: int) -> int:
    """Round 164: the token after a partitive "one of them," (or "one of the workers,") at
    ``k`` right after an inverted verb of saying, when a name or a description opening with
    "a"/"an" follows its comma: '"...," said one of them, a cook surnamed NAME.' names who
    of the group speaks (as round 152's "quoting one of them, NAME:"); ``k`` itself when
    there is none ('said one of them, who ...': no one named)."""
    if k + 4 >= len(toks) or toks[k].lower != "one" or toks[k + 1].lower != "of":
        return k
    end = k + 7 if k + 7 < len(toks) - 1 else len(toks) - 1
    for j in range(k + 2, end):
        tok = toks[j]
        if tok.text == ",":
            lead = toks[j + 1]
            return j + 1 if is_name(lead) or lead.lower in _APPOSITIVE_LEADS else k
        if tok.kind != WORD or not tok.text.islower():
            return k
    return k


def _person_role(role: str | None) -> bool:
    """Round 85: True when ``role`` is a person's ("a nurse", "a woman"), not a document's."""
    return role is not None and (role in _ANYONE or role in ROLE_NOUNS) and role not in DOCUMENTS


_AFTER_OWNER = wordset("under beneath below beside next above alongside in on at with who")
"""Round 85: what may follow the owner of "the words of" before the colon: a place phrase
('under a photo of him') or a relative clause ('a woman ... who bought one')."""
_SAID_NOUNS = wordset("answer reply response verdict words view comment message reaction advice")
"""Nouns of what someone said: "Do's answer was shorter:" is Do's."""


_CLAUSE_OPENERS = wordset("that they it he she we the a an their its his her this these")
"""Words that open the clause a group's "say" reports ('residents who say | they are "..."');
after anything else ('voters who said yes in March were "..."') the quotation may be the
main clause's. Also what round 146's `_with_saying` reads after "saying" (round 146 bound its
own, narrower set under this name, which this binding shadowed: measured with this one)."""
_QUESTION_OPENERS = wordset("whether if how why what when where who")
"""Words opening the question an asking verb reports ('who asked | whether')."""


def _disagrees(verb: str, mention: Mention) -> bool:
    """True when a reporting verb in its bare form ("post", "report", "state") has a one-word
    name for its subject: a singular name takes "posts" or "posted", so the bare form is a
    noun after an adjective read as a name ("Rural post offices"). A rejoinder ("shot",
    "hit", "spat") is read only as a past tense of speech, so it agrees with a surname."""
    if verb[-1:] == "s" or verb[-2:] == "ed" or verb[-3:] == "ing" or verb in _PAST_BARE:
        return False
    if verb in _REJOINDERS:
        return False  # round 139: '"...," Ahn shot back.': a rejoinder's past tense, no noun
    return mention.kind == "name" and " " not in mention.name and not mention.org


def _indefinite_noun(toks: list[Token], v: int, mention: Mention) -> bool:
    """Round 169: True when a bare "report" or "claim" stands right after a singular role
    phrase with "a" or "an" ('rejected as "groundless" a U.S. army report that ...'):
    "a ... outlet" takes "reports", so the bare form is a noun the phrase modifies, and the
    phrase (the object of "rejected") says nothing. Not across a modal or "did not" (the
    verb must follow the phrase), nor after "a group of ..." (a plural may agree), nor a
    past tense spelt as its bare form ("read", "put")."""
    low = toks[v].lower
    if not _bare(low) or low in _PAST_BARE or mention.kind != "role" or mention.plural:
        return False  # ('A banner at the gate read: "..."': a past tense)
    if mention.determiner not in ("a", "an") or toks[v - 1].end != mention.end:
        return False
    return " of " not in mention.text


_RANKING = wordset("first last only best worst main biggest real next")


_BECOME = wordset("became becomes")
_SUCCEEDED = wordset("replaced replaces succeeded succeeds")
"""Verbs whose object held the role "as" names before the subject: "replaced Yang as mayor"."""
_ACQUIRE = wordset("appointed named elected promoted installed")
_TAKE = wordset("took takes")
_BE = wordset("was is has been had been newly")


def _acquired_role(toks: list[Token], k: int) -> int:
    """Round 49: where the role starts in a relative clause at ``toks[k]`` (after "NAME, who")
    that gives the person an office: "became | ambassador", "was (newly) appointed | police
    chief", "was named | head coach", "was promoted to | general", "was sworn in as | justice
    minister", "took over as | chairman"; -1 for any other clause (not "worked under the
    ambassador", nor a past office, "served as ambassador": "the ambassador" need not mean
    them)."""
    end = len(toks)
    if k >= end:
        return -1
    low = toks[k].lower
    if low in _BECOME:
        k += 1
    elif low in _TAKE:
        if k + 2 >= end or toks[k + 1].lower != "over" or toks[k + 2].lower != "as":
            return -1
        k += 3
    else:
        while k < end and toks[k].lower in _BE:
            k += 1  # "was", "has been", "was newly"
        if k >= end or k == end - 1:
            return -1
        low = toks[k].lower
        if low == "sworn" and k + 2 < end and toks[k + 1].lower == "in":
            k += 2
            if toks[k].lower != "as":
                return -1
            k += 1
        elif low in _ACQUIRE:
            k += 1
            if k < end and toks[k].lower in ("as", "to"):
                k += 1
        else:
            return -1
    if k < end and toks[k].lower in ("the", "a", "an"):
        k += 1  # "became the ruling party's floor leader"
    return k if k < end and toks[k].kind == WORD and toks[k].text.islower() else -1


def _national_before(toks: list[Token], first: int) -> Mention | None:
    """Round 120: the role a name right after "his <Demonym> <noun>," or "her ..." holds in
    its nationality: "his Malaysian counterpart, NAME" (the words before the comma were read
    as a phrase of their own, "his Malaysian", so NAME was left with no nationality and a
    later "the Malaysian minister" went to the Korean minister named first). The role is
    given as a predicate ("Malaysian counterpart"): it is learned, not shown."""
    nation, noun = toks[first - 3], toks[first - 2]
    if not demonym_shaped(nation.text) or noun.kind != WORD or not noun.text.isalpha():
        return None
    if not noun.text.islower():
        return None
    role = Mention(nation.start, noun.end, "role", f"{nation.text} {noun.text}")
    role.role = singular(noun.lower)
    role.modifiers = (nation.lower,)
    return role


def _predicate_gerund(toks: list[Token], v: int, mention: Mention) -> bool:
    """True when the "-ing" form at ``v`` after a form of "be" says what a ranked thing was,
    not who spoke: 'the hardest part was telling her regulars', 'the first step is asking'
    (a noun no role list holds, ranked by a superlative or an ordinal; 'the oldest resident
    was telling reporters' keeps its speaker; round 10)."""
    if v == 0 or toks[v - 1].lower not in BE:  # (the caller saw the "-ing")
        return False
    if mention.kind != "role" or mention.role in ROLE_NOUNS or mention.plural:
        return False
    return any(m.endswith("est") or m in _RANKING for m in mention.modifiers)


_NOT_ADJUNCT_NOUNS = (
    AUXILIARIES
    | IRREGULAR_PAST
    | PARTICIPLES
    | REPORTING_VERBS
    | _ADVERBS
    | wordset("itself himself herself themselves alone too now still never always just")
)
"""Words after a name that are no noun it modifies: a verb, an adverb, a reflexive."""


_PARTICIPLE_OPENERS = wordset(
    "known born based dubbed nicknamed called raised trained named seen regarded considered"
)
"""Participles that open a sentence's first clause: 'Known to fans as "...", Choi batted'."""


def _kin_or_person(mention: Mention | None) -> bool:
    """True for a role phrase naming one person after "His" or "Her": "Her father", "His
    lawyer" (not "His answer", which no list reads as a role, nor "Her ministry")."""
    if mention is None or mention.kind != "role" or mention.org or mention.plural:
        return False
    return mention.role in ROLE_NOUNS and mention.role not in DOCUMENTS


_DISTRIBUTIVES = wordset("each every per")
_INDEFINITE_OPENERS = wordset("a an")
_SAID_TOLD = wordset("said told")
_SAID_SAYS = wordset("said says added adding")
_RELAYS = wordset("told tells said says")
"""Round 117: a reported subject's verbs that relay its words ('said the mayor had told her
that'; not 'had asked for buses', after which the words are the reporter's)."""
_THINKS = wordset("expects estimates believes")
"""Round 86: verbs of thinking, estimating or expecting read as reporting a partial."""


def _noun_after(toks: Sequence[Token], v: int) -> bool:
    """Round 86: True when the bare verb-shaped word at ``v`` is a noun by what stands before
    it: a distributive ("at each post", "on every route") or a short quotation right after an
    article, which modifies it ('under the "two strikes" rule would'). Read as a verb with no
    subject, it cut the sentence's speaker off from a second fragment after it."""
    before = toks[v - 1]
    if before.kind == QUOTE:
        return toks[v - 2].lower in _ARTICLES
    return before.lower in _DISTRIBUTIVES


def _demonstrated_noun(toks: list[Token], v: int) -> bool:
    """Round 191: True when a bare verb of saying at ``v`` follows "that" or "this" right after
    a lowercase past tense ('The guild head called that pledge "hollow"', invented): a
    relative "that" follows a noun, never a verb, so "that" is a determiner and the bare
    word its noun, the object of the verb before it, with no clause of its own."""
    if v < 2 or not _bare(toks[v].lower) or toks[v - 1].lower not in ("that", "this"):
        return False
    before = toks[v - 2]
    return before.kind == WORD and before.text.islower() and before.lower[-2:] == "ed"


def _place_name(mention: Mention) -> bool:
    """Round 194: True when ``mention`` is a capital or a country ("Seoul", "the United
    States"), a government named by where it sits."""
    return names_a_state(lowercase(mention.text).removeprefix("the "))


_INFINITIVE_REACH = 4  # round 194: "to | ease | its visa | rules": the verb and its object


def _infinitive_object(toks: list[Token], v: int) -> bool:
    """Round 194: True when the "-s" word at ``v`` ends the object of an infinitive whose
    own subject, a name or an object pronoun, follows a lowercase verb ('Ruritania urged
    Borduria to relax export rules for "..."', 'pressed them to drop the claims', invented):
    "to" and a bare verb, then only lowercase words up to it. A verb of saying never stands
    there ("urged X to ease visa | rules" has no subject "X to ease visa"); read as one, its
    clause took the asked party as the speaker of what the asker said."""
    to = -1
    for k in range(v - 1, max(v - 1 - _INFINITIVE_REACH, 1), -1):
        tok = toks[k]
        if tok.kind != WORD or not tok.text.islower():
            return False
        if tok.lower == "to":
            to = k
            break
    if to < 2 or to + 1 >= v or not _bare(toks[to + 1].lower) or toks[to + 1].lower in _ARTICLES:
        return False
    k = to - 1
    if toks[k].lower in OBJECT_PRONOUNS:
        return _verb_shaped(toks[k - 1])
    if not toks[k].capitalised:
        return False
    while k > 0 and toks[k].kind == WORD and toks[k].capitalised:
        k -= 1  # the name asked: "Borduria", "South Korea"
    if k > 0 and toks[k].lower in ("the", "on"):
        k -= 1  # "urged the United States to", "called on Borduria to"
    return _verb_shaped(toks[k])


def _reports_that(toks: list[Token], v: int) -> bool:
    """Round 315: True when "that" before the bare word at ``v`` opens a reported clause, so
    that the word is its subject: "said that | demand", "a statement that | demand" (a
    relative "that" after a singular document takes "demands" or a past: "a banner that
    read", whose "read" is both)."""
    before = toks[v - 2].lower
    if before in DOCUMENTS:
        return toks[v].lower != "read"
    return before in REPORTING_VERBS


def _attributive_plural(toks: list[Token], v: int, floor: int) -> bool:
    """Round 328: True when the "-s" word at ``v`` follows a capitalised word opening its
    sentence and comes before a finite verb ("Burned | notes | accounted for ...", "Hangul
    | crosswords | are"): the capital modifies the plural noun, the sentence's subject; no
    one "notes" anything. Not after a Korean surname ("Park notes ...")."""
    opener = toks[v - 1]
    if v - 1 != floor or not opener.capitalised or opener.lower in KOREAN_SURNAMES:
        return False
    after = toks[v + 1]
    if after.kind != WORD or not after.text.islower():
        return False
    return after.lower in FINITE or (
        after.lower[-2:] == "ed" and v + 2 < len(toks) and toks[v + 2].lower in PREPOSITIONS
    )


def _bare(low: str) -> bool:
    """A verb's bare form: no "-s", "-ed" or "-ing" ("demand", "answer", "report")."""
    return (
        low[-1:] != "s"
        and low[-2:] != "ed"
        and low[-3:] != "ing"
        and low not in IRREGULAR_PAST
        and low not in _SAID_TOLD  # round 86: 'who asked not to be named said': a past tense
    )


_LONE_ADVERBS = wordset("also never still then later too once soon already often just even")
"""Adverbs between a subject and its verb ("Jennie also released"; round 106)."""


def _verb_like(tok: Token) -> bool:
    """Round 106: a lowercase word that may follow a subject: a finite verb, an auxiliary,
    a reflexive or an adverb ("released", "says", "will", "herself", "quietly")."""
    low = tok.lower
    if not tok.text.islower():
        return False
    if low in AUXILIARIES or low in BE or low in _LONE_ADVERBS or low[-2:] == "ly":
        return True
    return low in ("herself", "himself") or _verb_shaped(tok)


def _past_verb(tok: Token) -> bool:
    """A lowercase past tense right before a word: "said", "drove", "warned" (no bare verb
    follows one: "said demand was" is a noun)."""
    low = tok.lower
    if tok.kind != WORD or not tok.text.islower():
        return False
    return low[-2:] == "ed" or low in IRREGULAR_PAST or low in ("said", "told")


def _past_finite(tok: Token) -> bool:
    """Round 208: a past tense or a past auxiliary after a clause's subject ("and Ra laughed",
    "and Ra did not argue", "and Ra was quiet")."""
    return _past_verb(tok) or tok.lower in _PAST_AUXILIARIES


def _verb_shaped(tok: Token) -> bool:
    """True for a lowercase word that may be a finite verb after a subject: "singled",
    "marched", "criticized", "says" (not "and", "of", a comma)."""
    low = tok.lower
    if tok.kind != WORD or not tok.text.islower() or low in PHRASE_BOUNDARIES:
        return False
    return low[-2:] == "ed" or low[-1:] == "s" or low in IRREGULAR_PAST or low in REPORTING_VERBS


def _ends_in_relative(mention: Mention) -> bool:
    """Round 168: True when a phrase read back from a verb ends in a relative "that" or
    "which" ('a notice at the gate that | reads:'): the pronoun opens the verb's clause and
    belongs to no speaker's phrase; its head noun is found as a relative's antecedent."""
    last = lowercase(mention.text.rpartition(" ")[2])
    return last in _WHICH_THAT


def _present_s(low: str) -> bool:
    """Round 168: a third-person present tense in form ("gives", "lists"; not "press")."""
    return len(low) > 3 and low[-1] == "s" and low[-2] != "s" and low[-2:] != "'s"


_POSTING_VERBS = wordset("wrote posted")
"""Round 202: verbs that put a post on a platform ('wrote on Facebook that')."""


def _posted_on_platform(toks: list[Token], v: int, k: int) -> bool:
    """Round 202: True when the verb at ``v`` writes or posts right "on" a social platform
    (at ``k``: 'NAME wrote on Instagram last week that ...'): what NAME put there is a post,
    and a later '"...," the post read' is NAME's words (invented: 'Ma Seon-ho posted on X
    that ...', then '"...," the post ended'). Only "wrote" or "posted" right before "on"."""
    if k != v + 1 or k + 1 >= len(toks) or toks[v].lower not in _POSTING_VERBS:
        return False
    return toks[k].lower == "on" and toks[k + 1].text in _PLATFORMS


_OPENING_CLAUSES = _SUBORDINATORS | wordset("at in on during")
"""Round 178: words opening a clause or phrase a comma closes before a sentence's subject."""
_LEAD_WORDS = wordset("then and but")
"""Round 178: words that may open a sentence before its subject or opening clause."""
_PLATFORMS = frozenset(
    ("X", "Instagram", "Facebook", "Twitter", "Threads", "YouTube", "Weibo", "LinkedIn", "Telegram")
)
"""Round 198: social platforms a post is put "on", spelt as their names (case kept: "X")."""


def _on_platform(toks: list[Token], colon: int) -> bool:
    """Round 198: True when "on" and a social platform's name stand right before the colon
    at ``colon`` ('The Korean Embassy in Lima cheered her on Instagram: "..."'): the words
    after the colon are the post, the named body's own, though its verb ("congratulated",
    "cheered", "thanked") is no verb of saying. A person there speaks already (round 15's
    colon rule); a body was left with no one."""
    return (
        colon > 1
        and toks[colon].text == ":"
        and toks[colon - 1].text in _PLATFORMS
        and toks[colon - 2].lower == "on"
    )


def _past_placed_object(toks: list[Token], j: int, floor: int) -> int:
    """Round 178: the token before a place phrase "beneath it", "under them" or "around him"
    that ends at ``j`` right before a verb, or ``j``: the pronoun is the object of the
    preposition, and the noun before it is the verb's subject ('A sign above it read: "..."'
    is the sign's, 'The crowd around him chanted:' the crowd's, not "it" or "him")."""
    if j - 2 < floor or toks[j].lower not in _PLACED_OBJECTS:
        return j
    noun = toks[j - 2]
    if toks[j - 1].lower not in _PLACE_PREPOSITIONS or noun.kind != WORD:
        return j
    if not noun.text.isalpha() or noun.lower.endswith(("ing", "ed")):
        return j  # 'the fans counting on him said': a participle's object, no subject
    return j - 2


_PLACED_OBJECTS = wordset("it him them")
_PLACE_PREPOSITIONS = wordset(
    "beneath under underneath below above over beside behind around near inside outside on"
)
"""Round 178: prepositions of place whose object pronoun stands between a subject and its
verb ('The caption beneath it read:')."""


_IDENTIFIED = wordset("identified only")
"""Round 178: words before "as" that give a person's name ('identified only as NAME'; "known
only as" is left out: the phrase reader takes "known" into the role)."""


def _place_named(found: Mention) -> bool:
    """Round 409: True when a name's last word is a place's ("Gangjin County", "Mokpo City"):
    a local government, no person who wrote a sign. (A body's name, "Hanbit Bank", is
    already ``org``: the phrase reader's organisation words hold every ``ORG_HEADS`` noun.)"""
    last = lowercase(found.text.split()[-1])
    return last in PLACE_NOUNS or last in _TOWN_HEADS


_TOWN_HEADS = wordset("city state country island town")
"""Round 409: heads of a place's name that :data:`PLACE_NOUNS` leaves out."""


def _opening_person(found: Mention) -> bool:
    """Round 178: True when the subject after an opening participle clause may speak: a
    name or role, or "he" or "she" ('Asked what she would do next, she paused: "..."' is
    hers, as 'Asked ..., NAME paused:' is NAME's); not "it" or "they"."""
    if found.kind != "pronoun":
        return True
    return found.role == "person" and found.text in ("he", "she", "He", "She")


def _read_colon(toks: list[Token], v: int) -> bool:
    """Round 168: True for "read" right before a colon and a quotation ('One of the
    most-liked read: "..."'): a verb after an "-ed" adjective, no noun a past tense takes
    as its object ("drove demand")."""
    return (
        toks[v].lower == "read"
        and v + 2 < len(toks)
        and toks[v + 1].text == ":"
        and toks[v + 2].kind == QUOTE
    )


def _future_read(toks: list[Token], v: int) -> bool:
    """Round 198: True for "read" after "will" or "would" and right before a comma or a
    colon that opens a quotation ('Placards at each gate will read, "Mind the gap."'): what
    a sign or a form is to say, its words given in full, not a modal's hedge on a report.
    Only the forward shape: an inverted '"...," the text will read' (round 171's miss) is
    often the words of the body that sends it."""
    return (
        toks[v].lower == "read"
        and toks[v - 1].lower in ("will", "would")
        and v + 2 < len(toks)
        and toks[v + 1].text in (",", ":")
        and toks[v + 2].kind == QUOTE
    )


_POSTS = wordset("posted put pinned taped wrote scrawled left")
"""Round 168: verbs by which one person puts up a document ('posted a notice that reads')."""
_SET_OFF_ADVERBS = wordset("too also again though however instead then still")
"""Round 168: one-word adverbs that commas set off inside a clause ('whether it, too,')."""


def _past_set_off_adverbs(toks: list[Token], comma: int, stop: int) -> int:
    """Round 168: the comma that closes a sentence's opening clause, past a one-word adverb
    two commas set off inside it ('Asked whether the sequel, too, would be sad, she
    smiled.'): the adverb's commas are no end of the clause, so the subject after the next
    comma is the sentence's. ``comma`` itself (or -1) when no such adverb follows it."""
    while (
        comma > 0
        and comma + 2 < stop
        and toks[comma + 1].lower in _SET_OFF_ADVERBS
        and toks[comma + 1].text.islower()
        and toks[comma + 2].text == ","
    ):
        comma = next((c for c in range(comma + 3, stop) if toks[c].text == ","), -1)
    return comma


def _opening_participle(toks: list[Token], k: int) -> bool:
    """True when the sentence at ``k`` opens with a participial clause ("Known to fans as",
    "Born in Busan,"): its capitalised first word is no name."""
    return (
        toks[k].lower in _PARTICIPLE_OPENERS
        and k + 1 < len(toks)
        and toks[k + 1].kind == WORD
        and toks[k + 1].text.islower()
    )


def _negated(mention: Mention) -> bool:
    """Round 196: True for a role phrase opened by "no" ("no grey seals", "no officials"):
    it says nobody was there, so it is never who speaks; the verb is someone else's, and no
    speaker is better than the phrase shown as one."""
    return mention.kind == "role" and lowercase(mention.text[:3]) == "no "


def _contact_it(toks: list[Token], v: int, floor: int) -> bool:
    """Round 196: True when "it" right before the reporting verb at ``v`` opens a relative
    clause with no "that" after a lowercase noun, and a finite verb follows the reporting
    verb ('in a move it said would ease rents', 'a fee it says is fair'): "it" is that
    clause's subject, the body that says so. The phrase reader takes no "it" after a noun
    (it is an object as often), so the verb fell back on the sentence's opening words,
    even a capitalised adjective ("Young adults will ..., the bureau said, in a move it
    said would ...")."""
    if v - 2 < floor or v + 1 >= len(toks) or toks[v - 1].lower != "it":
        return False
    noun = toks[v - 2]
    return (
        noun.kind == WORD
        and noun.text.isalpha()
        and noun.text.islower()
        and noun.lower not in _NOT_ADJUNCT_NOUNS
        and noun.lower not in PREPOSITIONS
        and toks[v + 1].lower in FINITE
    )


def _finite(low: str) -> bool:
    """A word shaped like a finite verb in the past or a modal: "showed", "fell", "will"."""
    return low.endswith("ed") or low in IRREGULAR_PAST or low in MODALS or low in _SAYS


_DECLARES = wordset("declare declares declared")
_NOUN_ENDS = frozenset((".", ",", ";", ")", ":"))
"""Marks after a plural noun ending its phrase: 'to simpler visa rules.'"""
_VERB_LEADS = (
    _OPENS_CLAUSE
    | _ADVERBS
    | _RELATIVES
    | AUXILIARIES
    | wordset("or nor now still often always never already even just too so yet")
    | wordset("it he she one this that there")
)
"""Words a verb in "-s" may follow with no subject read: a conjunction, a relative, an
adverb, a pronoun ("and warns", "who claims", "also notes", 'a plan it calls "..."')."""


_NAME_OWNERS = wordset("its their his her our")
"""Round 157: possessives before a quotation that names a thing the owner runs ("its ...
grant")."""


_TITLE_WORDS = wordset("titled entitled headlined headline caption")
"""Round 213: cues that make the quotation after them a title, which still ends the clause
before a later quotation (the shape rounds 64, 170, 186, 193, 202 and 210 read and the
held-out text refused)."""
_NAMING_CUES = wordset("like named nicknamed dubbed so-called")
"""Round 213: words after which a quotation is a name inside the clause, not words."""


def _possessive_word(tok: Token) -> bool:
    """Round 213: True when ``tok`` is a noun in the possessive ("the allies'", "Seoul's")."""
    low = tok.lower
    return tok.kind == WORD and len(low) > 3 and low.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def _names_a_noun(toks: list[Token], q: int) -> bool:
    """Round 157: True when the quotation at ``q`` stands between a possessive pronoun and a
    lowercase noun it names ('through its "Green Start" loan for farmers'): the name of a
    programme, a grant or a campaign in a phrase of the clause, nobody's words and no end of
    the clause (a verb after it, 'its "plan" was', is no noun)."""
    if q < 1 or q + 1 >= len(toks) or toks[q - 1].lower not in _NAME_OWNERS:
        return False
    after = toks[q + 1]
    return (
        after.kind == WORD
        and after.text.isalpha()
        and after.text.islower()
        and after.lower not in _OPENS_CLAUSE
        and after.lower not in PHRASE_BOUNDARIES
        and not _verb_like(after)
    )


_REFERRING = wordset("referred refers referring") | CHARACTERISED_AS
"""Round 164: verbs whose object "as" names: 'referred to Y as "..."', 'described Y as'."""
_COMPLEMENT_REACH = 6  # tokens from "as" back to its verb ("referred to the party as")


def _named_complement(toks: list[Token], q: int, reach: int) -> bool:
    """Round 164: True when the quotation at ``q`` names the object of a verb of referring
    or characterising through "as" ('referred to the agency as "..."', 'described the plan
    as a "..."') and "and" or "but" follows it: the quotation is the verb's complement, no
    end of a clause, so a verb coordinated after it has the sentence's subject ('NAME
    referred to Y as "..." and said ...': NAME says it). Not after a passive ('was
    described as'), whose subject says nothing."""
    if q + 1 >= len(toks) or toks[q + 1].lower not in ("and", "but"):
        return False
    k = q - 1
    if k > reach and toks[k].lower in _APPOSITIVE_LEADS:
        k -= 1
    if k <= reach or toks[k].lower != "as":
        return False
    stop = k - _COMPLEMENT_REACH if k - _COMPLEMENT_REACH > reach else reach
    for j in range(k - 1, stop - 1, -1):
        tok = toks[j]
        if tok.kind != WORD:
            return False  # a quotation or a comma between: not one verb's object
        if tok.lower in _REFERRING:
            return j > reach and toks[j - 1].lower not in BE
    return False


_RUN_ON_REACH = 8  # round 164: tokens from a restrictive "who" to the verb it runs on to
_PAIR_REACH = 10  # round 197: tokens from "and" in "A and B" to the verb they share
_WHO_OBJECT_REACH = 10  # round 412: tokens from ", who" to the phrase before the verb
_NOT_OBJECT_VERBS = AUXILIARIES | REPORTING_VERBS
_RELATIVE_RUN_REACH = 12  # round 197: tokens from ", who" to a verb "and" joins to its own
_RUN_ON_STOPS = wordset("and but or that which who whom whose when if because as while")
"""Round 164: words that open another clause inside a run-on relative clause."""


_TITLED_NOUNS = WRITTEN_WORK_NOUNS | wordset(
    """
    film movie drama series song album book novel memoir show program programme exhibition
    play musical documentary webtoon single track episode column magazine newspaper
    """
)
"""Round 164: nouns of a work whose title a comma sets beside them ('a radio show, "..."')."""


def _titles_a_noun(text: str, toks: list[Token], q: int) -> bool:
    """Round 164: True when the quotation at ``q`` is the title a comma sets beside the
    lowercase noun of a work before it ('told a talk show, "Night Desk," on Friday that',
    'wrote in her book, "Salt Roads," that'): an appositive of the clause's object, no end of
    the clause and nobody's words, so the clause's subject is still the one a later verb
    reads. Only a title opening with a capital and closed by a comma inside or after the
    marks (the appositive goes on)."""
    if q < 2 or q + 1 >= len(toks) or toks[q - 1].text != "," or not _work_noun(toks[q - 2]):
        return False
    opening = text[toks[q].start + 1 : toks[q].start + 2]
    if not opening.isupper():
        return False
    closed = text[toks[q].start : toks[q].end].rstrip()[:-1].rstrip().endswith(",")
    return closed or toks[q + 1].text == ","


def _titled_work(text: str, toks: list[Token], q: int, v: int) -> bool:
    """Round 402: True when the quotation at ``q`` is the title a participle of titling gives
    right before it ('an editorial titled "...," urging', 'a column headlined "..." and'), or
    (round 404) the lowercase noun of the work ('says the series "...," about ..., is',
    'based her album "..." on ... and called'): a name in the clause's object, no end of the
    clause and nobody's words, so the clause's subject is still the one the verb at ``v``
    reads. Only a title opening with a capital; after a work's noun, not right before the
    verb (round 186 reads that title as the end of an aside, or not)."""
    if q < 1:
        return False
    before = toks[q - 1]
    if before.lower not in _TITLING and not (q + 1 < v and _work_noun(before)):
        return False  # (a work's title right before the verb: round 186's to read)
    return text[toks[q].start + 1 : toks[q].start + 2].isupper()


def _work_noun(tok: Token) -> bool:
    """True when ``tok`` is the lowercase noun of a work whose title may follow it ('the
    legal series "..."', 'her album "..."'; rounds 164, 186 and 404)."""
    return tok.kind == WORD and tok.text.islower() and tok.lower in _TITLED_NOUNS


_TITLING = wordset("titled entitled headlined")


def _what_called(toks: list[Token], q: int, reach: int) -> bool:
    """Round 193: True when the quotation at ``q`` is named by a relative "what Y call"
    right before it ('pointed to what traders call the "..." and said'): a term Y use, in the
    object of the clause, no end of it (round 79 keeps Y from the later verb; the
    sentence's subject says what follows)."""
    k = q - 1
    if k > reach and toks[k].lower in ("the", "a", "an"):
        k -= 1
    if k <= reach or toks[k].lower not in _CALL_FORMS:
        return False
    return any(toks[j].lower == "what" for j in range(k - 3 if k - 3 > reach else reach, k))


def _relative_between(toks: list[Token], q: int, v: int) -> bool:
    """Round 193: True when a relative pronoun stands between the quotation at ``q`` and
    the verb at ``v`` ('the so-called "..." belt, says the institute, which in a memo called
    it'): the verb is the relative clause's, not coordinated with the sentence's own."""
    return any(toks[k].lower in _TITLE_RELATIVES for k in range(q + 1, v))


_TITLE_RELATIVES = wordset("which who whom whose")


def _work_title_before_verb(text: str, toks: list[Token], q: int) -> bool:
    """Round 186: True when the quotation at ``q`` is a work's title right after the
    lowercase noun of that work ('including the drama "Blue Harbor,"', 'the thriller "..."')
    and closes with a comma inside its marks, the verb coming right after: the title ends an
    aside about the subject ('NAME, an editor who worked on the drama "Blue Harbor," said'),
    nobody's words and no end of the clause, so the verb is the subject's. Only a title
    opening with a capital, no sentence punctuation before its closing comma."""
    if q < 1 or q + 1 >= len(toks) or not _work_noun(toks[q - 1]):
        return False
    inner = text[toks[q].start + 1 : toks[q].end - 1].strip()
    if not inner[:1].isupper() or not inner.endswith(","):
        return False
    return not any(mark in inner[:-1] for mark in (".", "?", "!", ";"))


_OUTLET_NOUNS = wordset(
    """
    monthly weekly daily quarterly magazine newspaper paper journal newsletter tabloid
    website blog broadsheet gazette review
    """
)
"""Round 168: nouns of a periodical whose quoted title may follow them ('the weekly "..."')."""


def _titles_an_outlet(text: str, toks: list[Token], q: int) -> bool:
    """Round 168: True when the quotation at ``q`` is the title of a periodical right after
    its lowercase noun ('A critic for the weekly "Seoul Lens" called the show "..."'): the
    outlet the subject writes for, inside the subject phrase, no end of a clause and nobody's
    words, so the verb right after the marks is the subject's. Only a short title-cased span
    with no closing punctuation inside the marks (a title, not a sentence)."""
    if q < 1 or toks[q - 1].kind != WORD or not toks[q - 1].text.islower():
        return False
    if toks[q - 1].lower not in _OUTLET_NOUNS:
        return False
    inner = text[toks[q].start + 1 : toks[q].end - 1].strip()
    return bool(inner) and inner[-1].isalnum() and title_cased(inner)


_COORDINATED_AUXILIARIES = wordset("has have had will would also")
"""Round 170: auxiliaries that may stand between "and" and a verb sharing the subject."""


def _auxiliaries_only(toks: list[Token], j: int, v: int) -> bool:
    """Round 170: True when "and" or "but" at ``j`` is followed only by lowercase auxiliaries
    of tense ("has", "had", "will", "also") up to the verb at ``v`` ('The ministry has built
    ten depots, and has described the plan as "..."', ', and will call it'): a second
    predicate of the sentence's subject, no clause with a subject of its own. Not a passive
    ('and was described as': someone else describes), nor 'and he has said'."""
    if j + 1 >= v or toks[j].lower not in ("and", "but"):
        return False
    return all(
        toks[k].kind == WORD
        and toks[k].text.islower()
        and toks[k].lower in _COORDINATED_AUXILIARIES
        for k in range(j + 1, v)
    )


def _second_report(toks: list[Token], floor: int, q: int, v: int, comma: bool) -> bool:
    """Round 309: True when the quotation at ``q`` is in the first "that" clause of a plain
    "said" or "told" and plain words after it open a second one before the verb at ``v``
    ('said bunks were linked to "..." every year | and that soldiers ... complained',
    'said its members "...," | that delays were'), or (round 320) a second predicate opened by
    a modal ('and would be announced'): one sayer's reports, not a new clause with a speaker
    of its own. ``comma``: the quotation ends on one inside its marks."""
    return _second_that(toks, q, v, comma) and _said_before(toks, floor, q)


def _second_that(toks: list[Token], q: int, v: int, comma: bool) -> bool:
    """The words after the quotation at ``q`` open a second report (see ``_second_report``)."""
    if comma and toks[q + 1].lower == "that":
        return True
    for k in range(q + 1, v - 1):
        tok = toks[k]
        if tok.kind == QUOTE or tok.text in (".", ";", ":"):
            return False
        if tok.lower in ("and", "but") and toks[k + 1].lower in _SECOND_REPORT_OPENERS:
            return True  # round 320: 'and would be announced "..."', a second predicate
    return False


_SECOND_REPORT_OPENERS = wordset("that would will could should might may must")
"""Round 309: "that" opening a second reported clause; round 320: a modal opening a second
predicate of the first one's subject ('said the details were "..." and would be announced
"..."'), with no subject of its own (not "was", which may open a passive of saying: 'but was
told he was "..."' is the teller's words)."""


def _said_before(toks: list[Token], floor: int, q: int) -> bool:
    """A plain "said" or "told" opens the sentence's report before the quotation at ``q``."""
    for k in range(floor, q):
        tok = toks[k]
        if tok.kind == QUOTE:
            return False  # (a sentence opening on a quotation reports it another way)
        if tok.lower in ("said", "told"):
            return True
    return False


def _relative_aside(toks: list[Token], q: int, reach: int) -> int:
    """The token before a relative clause set off by commas that holds the quotation at
    ``q`` (", which funds it under its "..." program,"), or -1 when the quotation is in no
    such aside."""
    for k in range(q - 1, reach, -1):
        if toks[k].kind == QUOTE or toks[k].text in (".", ";", ":"):
            return -1
        if toks[k].text == "," and toks[k + 1].lower in ("which", "who", "whose"):
            return k - 1
    return -1


def _landscape_of(before: Token, mention: Mention) -> bool:
    """True when a one-word name of five letters or more follows "of" and a lowercase plural
    noun: "the salt marshes of | Sinan", "the tidal flats of | Seocheon" (round 15: a place,
    no person "the 71-year-old" may mean; not "the words of | Kim", a surname, nor "the
    remarks of | Ahn")."""
    name = mention.name
    low = before.lower
    return (
        " " not in name
        and "-" not in name
        and len(name) >= 5
        and before.kind == WORD
        and before.text.islower()
        and low.endswith("s")
        and not low.endswith(("'s", "’s"))
        and low not in _SPOKEN_PLURALS
    )


_SPOKEN_PLURALS = wordset(
    "words remarks comments views thoughts memories letters poems books songs films works"
    " lyrics writings papers diaries claims"
)
"""Plural nouns whose "of" names an author, not a place: "the poems of Kwon"."""


_PLACING_AFTER = wordset("on in by at to online")


def _noun_form(low: str) -> bool:
    """Round 312: True for a word no participle ends: not "-ing", not "-ed" (nor a past
    like "told", "wrote", "said" a noun never is)."""
    return not low.endswith(("ing", "ed")) and low not in IRREGULAR_PAST


def _issued_saying(toks: list[Token], v: int) -> bool:
    """Round 311: True when "saying" at ``v`` follows a document its sentence's subject puts
    out ('The ministry issued a statement saying', 'Rodong Sinmun ran an editorial saying'):
    a participle whose words are the issuer's, as 'issued a statement, saying' is read, not
    the noun of "an old saying". Not after a document someone received or cited."""
    return v > 2 and toks[v - 1].lower in DOCUMENTS and toks[v - 3].lower in _ISSUING


def _document_participle(toks: list[Token], v: int) -> bool:
    """True when the past participle at ``v`` describes the document noun before it: "a
    statement posted on Facebook", "the letter released by the ministry" (a reduced passive
    relative, no clause whose subject speaks)."""
    low = toks[v].lower
    return (
        low.endswith("ed")
        and toks[v - 1].lower in DOCUMENTS
        and toks[v - 2].lower in _ARTICLES
        and v + 1 < len(toks)
        and toks[v + 1].lower in _PLACING_AFTER
    )


def _years_old_after_bracket(toks: list[Token], j: int) -> bool:
    """Round 69: True when the name ending at ``j`` is followed by its Hangul or initials in
    brackets and a predicate of age: "Kim Ha-yoon (김하윤) was 15 years old when", "... is 16
    years and three months old" ("old" within the next eight words, no sentence end
    read past: "was 15 years in prison." gives no age)."""
    if not (
        j + 7 < len(toks)
        and toks[j + 3].text == ")"
        and toks[j + 4].lower in ("is", "was")
        and toks[j + 5].text.isdigit()
        and toks[j + 6].lower == "years"
    ):
        return False
    for tok in toks[j + 7 : j + 15]:
        if tok.lower == "old":
            return True
        if tok.text in (".", ";", ":"):
            return False
    return False


def _aged_after_bracket(toks: list[Token], j: int) -> bool:
    """True when the name ending at ``j`` is followed by its Hangul or initials in brackets and
    an age between commas: "Moon Ae-ri (문애리), 71, has written"."""
    return (
        j + 6 < len(toks)
        and toks[j + 1].text == "("
        and toks[j + 3].text == ")"
        and toks[j + 4].text == ","
        and toks[j + 5].text.isdigit()
        and toks[j + 6].text == ","
    )


def _now_aged_after_bracket(toks: list[Token], j: int) -> bool:
    """Round 144: True when the name ending at ``j`` is followed by its Hangul in brackets and
    "now" and an age between commas: "Moon Ae-ri (문애리), now 71, started sweeping floors in
    1979" (a feature gives the age today of someone it first meets in the past): "the
    71-year-old" later is Moon, as after "Moon Ae-ri (문애리), 71,"."""
    return (
        j + 7 < len(toks)
        and toks[j + 1].text == "("
        and toks[j + 3].text == ")"
        and toks[j + 4].text == ","
        and toks[j + 5].lower == "now"
        and toks[j + 6].text.isdigit()
        and toks[j + 7].text == ","
    )


def _nationality_on_noun(toks: list[Token], j: int) -> bool:
    """Round 220: True when the lone capitalised word at ``j`` is shaped like a nationality and
    a lowercase noun follows it ("Peruvian | exporters"): the word describes that noun and
    names no one ("the Peruvian said" does: a verb follows)."""
    return (
        j + 1 < len(toks)
        and demonym_shaped(toks[j].text)
        and toks[j + 1].kind == WORD
        and is_head_noun(toks[j + 1])
    )


_PAST_AS_BARE = wordset("read cut quit")
"""Pasts spelt as their bare form that :data:`_PAST_FORMS` lacks ("put", "set", "let" and "hit"
are there): "One comment | read:" is a verb after its subject."""
_ONE_OF_MANY = wordset("one another each every")
"""Round 220: singular determiners no verb's bare form can follow with its subject between ("one
popular | post sums up": a subject would take "posts"), unlike "the riders report"."""


_ING_NOUNS = wordset("warning ruling briefing greeting")
"""Round 235: "-ing" words of speech that are nouns after an article and a describing word
("The current warning ... reads:", "the final ruling"), not verbs with that subject."""


def _described_noun(toks: list[Token], v: int) -> bool:
    """True when the verb-shaped word at ``v`` is a document noun an article and a
    describing word stand before: "a handwritten note", "the interim report" (not "the
    ministry notes", "the riders report": a subject before its verb). Round 220: after "one",
    "another", "each" or "every", any verb's bare form ("one popular | post sums up")."""
    word, describing = toks[v].lower, toks[v - 1]
    determiner = toks[v - 2].lower
    if determiner in _ONE_OF_MANY:
        if not _bare(word) or word in _PAST_FORMS or word in _PAST_AS_BARE:
            return False  # round 220: "one | popular | post": a singular noun's bare form
    elif determiner not in _ARTICLES or (
        word not in DOCUMENTS and word not in _ING_NOUNS and not _noun_shaped(word)
    ):
        return False
    low = describing.lower
    return (
        describing.kind == WORD
        and describing.text.islower()
        and low not in ROLE_NOUNS
        and not low.endswith("s")
    )


def _speech_noun(toks: list[Token], k: int, floor: int) -> bool:
    """True when the word of speech at ``k`` is a noun after its determiner, "the old rules",
    "his claims": the object of a verb before it, not a verb that opens a statement (round 15:
    'and called the old rules "..."' is a partial, labelled by "called")."""
    if k - 1 < floor or toks[k].lower.endswith("ed") or toks[k].lower in _PAST_FORMS:
        return False  # "the crowd by the gate chanted": a past tense is the verb
    before = toks[k - 1]
    if before.lower in _ARTICLES:
        return True
    return (
        k - 2 >= floor
        and toks[k - 2].lower in _ARTICLES
        and before.kind == WORD
        and before.text.islower()
        and before.lower not in ROLE_NOUNS
        and not before.lower.endswith(("ed", "s"))
    )


def _noun_shaped(word: str) -> bool:
    """A reporting word in the one form a singular noun of speech shares with it: "joke",
    "boast", "claim" (not "jokes", "joked", "told", a verb after a plural or in the past)."""
    return not word.endswith(("s", "ed", "ing")) and word not in _PAST_FORMS


def _place_or_day(toks: list[Token], start: int, end: int) -> bool:
    """Round 375: True when ``toks[start:end]`` is a short phrase of place or time and
    nothing else: it opens on a preposition of place (:data:`_PLACE_WORDS`: "in", "on", "at"
    ...), takes no more than a place phrase may (:data:`_PLACE_PHRASE`) and holds only words
    (no comma, no mark), none of them a verb's past in "-ed" ('in Seoul on Tuesday')."""
    if not 1 < end - start <= _PLACE_PHRASE or toks[start].lower not in _PLACE_WORDS:
        return False
    return all(t.kind == WORD and not t.lower.endswith("ed") for t in toks[start:end])


def _relays(mention: Mention) -> bool:
    """True for a news outlet, which relays others' words: "the state media", "the Korean
    Central News Agency", "the KCNA", "the newspaper"; or for someone's own office, which
    relays theirs: "The president praised the crew for their '...,' his office said"."""
    if mention.role in ("media", "newspaper", "broadcaster"):
        return True
    if mention.determiner in ("his", "her") and mention.role in RELAYING_ROLES:
        return True
    named = lowercase(mention.text)
    return (mention.org and ("news" in named or mention.name == "KCNA")) or "yonhap" in named


def _participle_aside(between: str) -> bool:
    """Round 166: True when ``between`` (the text between a subject and its verb) is one
    aside set off by commas and opened by an "-ing" participle ('The envoy, speaking at a
    lunch for exporters, described the deal as "..."'): the role before it is still the
    verb's subject, so an "according to" after the quotation names a witness who relays it."""
    if len(between) < 3 or between[0] != "," or between[-1] != ",":
        return False
    inner = between[1:-1]
    first = inner.split(maxsplit=1)[0] if inner.strip() else ""
    return first.endswith("ing") and first.isalpha() and first.islower() and "," not in inner


def _copy_of_record(mention: Mention) -> bool:
    """Round 134: True for "a copy of the ruling", "the ruling", "a transcript of the
    speech": a record of what the sentence's subject decided or said, which relays it."""
    words = lowercase(mention.text).split()
    return bool(words) and words[-1] in _RECORDED and (len(words) <= 2 or "of" in words)


_RECORDED = wordset("ruling verdict decision transcript judgment")


_COUNT_WORDS = NUMBER_WORDS | wordset("dozen dozens hundred hundreds thousand thousands million")


def _a_count(word: str) -> bool:
    """Round 186: True for a word that counts: a numeral ("2,000", "1.5") or a number
    spelled out ("two", "dozen"). A quotation of several words ending in one ('"at least
    two" ships', '"more than 300" drones', '"some 40" boats') in a sentence that names a
    speaker is a figure the speaker gave for the noun after it, never the name of a kind of
    thing (names like '"three strikes" rule' end in the noun they count, not the count)."""
    return word.replace(",", "").replace(".", "").isdigit() or word in _COUNT_WORDS


_TIME_OPENERS = wordset("in on at by")
_TIMES_OF_DAY = wordset("morning afternoon evening night")


def _past_time_opener(toks: Sequence[Token], k: int) -> int:
    """Round 191: past a short phrase of time opening a sentence with no comma after it ("In
    the evening", "On Saturday") when a counted crowd follows it ("about 150 fans", "dozens
    of vendors"): the crowd is the subject ('In the evening about 90 tenants marched to the
    hall, chanting "..."'). ``k`` itself for any other opening."""
    if k + 4 >= len(toks) or toks[k].lower not in _TIME_OPENERS:
        return k
    j = k + 1
    if toks[j].lower == "the" and toks[j + 1].lower in _TIMES_OF_DAY:
        j += 2
    elif toks[j].kind == WORD and toks[j].capitalised and toks[j].lower in CALENDAR:
        j += 1
    else:
        return k
    nxt, after = toks[j], toks[j + 1]
    if nxt.lower in _ABOUT and _count(after) and after.text[0].isdigit():
        return j  # "about 150 protesters"
    if nxt.lower in QUANTITIES and after.lower == "of":
        return j  # "dozens of vendors"
    return k


def _counted_people(tok: Token) -> bool:
    """Round 191: a lowercase plural of a noun for a person that names no role in the plural
    ("pharmacists", "dentists" after "Hundreds of" or "about 300"): a crowd of them."""
    low = tok.lower
    if not tok.text.islower() or not low.endswith("s") or role_of(low):
        return False
    return singular(low) in PERSON_ROLES


def _count(tok: Token) -> bool:
    """A number of people: "200", "1,500", "hundreds"."""
    return tok.text.replace(",", "").isdigit() or tok.lower in QUANTITIES


def _rejoins(toks: Sequence[Token], v: int) -> bool:
    """True when the rejoinder at ``v`` is a verb of speech: "spat", or "shot" and "hit"
    right before "back" ('NAME shot back', not 'police shot a suspect')."""
    if toks[v].lower == "spat":
        return True
    return v + 1 < len(toks) and toks[v + 1].lower == "back"


def _in_subject(tok: Token) -> bool:
    """A token a subject between a quotation and its verb may hold: a word or a bracket."""
    return tok.kind == WORD or tok.text in ("(", ")")


def _document(tok: Token) -> bool:
    """True for a lowercase noun naming a document that may speak: "banners", "an
    announcement" (slogans excepted: they are quoted as words, by no one)."""
    role = role_of(tok.lower)
    return tok.kind == WORD and tok.text.islower() and role in DOCUMENTS and role != "slogan"


def _alias(mention: Mention, tok: Token) -> str:
    """The short form a bracket gives a name: an acronym ("Korea Coast Guard (KCG)"), or for
    a body one capitalised word ("Daeyang Transit Corp. (Daetran)"), not a person's Hangul."""
    if tok.text.isupper() or (mention.org and tok.kind == WORD and is_name(tok)):
        return tok.text
    if _short_form(mention, tok):
        mention.org = True  # a person's bracket holds Hangul: one that holds a word is a body's
        return tok.text
    return ""


def _short_form(mention: Mention, tok: Token) -> bool:
    """True when the bracket after a name of several words holds one capitalised word of
    its own, the short form wire copy gives a body whatever its name's words ("Korea
    National Railway (Korail)"); a romanised Korean name ("Kim Min-ji") is a person's."""
    if mention.kind != "name" or tok.kind != WORD or not is_name(tok) or not tok.text.isascii():
        return False
    names = mention.name.split()
    if len(names) < 2 or "-" in names[-1] or tok.text in names:
        return False
    # Made of the name's own letters, in order, from more than one of its words ("Korea
    # Coastal Shipping (Kosship)"): a person's nickname is made from one ("Grace Lim
    # (Gracie)", "Daniel Carter (Danny)").
    short, words = lowercase(tok.text), [lowercase(name) for name in names]
    return (
        short[0] == words[0][0]
        and _within(short, "".join(words))
        and not any(_within(short, word) for word in words)
    )


def _within(letters: str, text: str) -> bool:
    """True when ``letters`` appear in ``text`` in order (not necessarily together)."""
    rest = iter(text)
    return all(letter in rest for letter in letters)


def _take_fuller(known: Mention, fuller: Mention) -> None:
    """Give ``known`` (already tied to clauses) the fuller reading of the same phrase."""
    for name in ("end", "kind", "text", "name", "title", "appositive", "role", "org", "age"):
        setattr(known, name, getattr(fuller, name))


def words(text: str) -> list[str]:
    """Lowercase words of ``text``, apostrophes unified."""
    return list(_words(text))


# The rules ask for the words of one quotation several times (kind, terms, headline match):
# the regex costs far more than a lookup. Bounded: a few articles' quotations.
@lru_cache(maxsize=256)
def _words(text: str) -> tuple[str, ...]:
    if text.isascii():
        # lowercasing ASCII moves no word's bounds: the words as written (read once, for
        # title_cased too) lowered in one call, joined and split again (no word holds a space)
        found = _written(text)
        return tuple(lowercase(" ".join(found)).split(" ")) if found else ()
    return tuple(_find_words(lowercase(text).replace("’", "'")))


@lru_cache(maxsize=256)
def _written(text: str) -> tuple[str, ...]:
    """The words of ``text`` as written: ``_WORDS.findall(text)``."""
    return tuple(_find_words(text))


def _find_words(text: str) -> list[str]:
    """``_WORDS.findall(text)``, piece by piece between spaces (no word holds a space): a
    piece of letters and digits alone is one word without the regex, whose cost is per
    match."""
    found: list[str] = []
    for piece in text.split(" "):
        if piece.isalnum():
            found.append(piece)
        elif piece[:-1].isalnum():  # a word and one mark ("said," "it."): no word after it
            found.append(piece[:-1])
        elif piece:
            found += _WORDS.findall(piece)
    return found


@lru_cache(maxsize=256)
def title_cased(text: str) -> bool:
    """True for a short title or name: "The Salt Road", "Freedom Edge", "Hwasong-11"."""
    found = _written(text)
    if not found or len(found) > 6:
        return False
    big = [w for w in found if lowercase(w) not in _SMALL_WORDS]
    if len(found) == 1 and lowercase(found[0]) in _PRONOUN_WORDS:
        return False  # '"Nothing" in the deal is final': a capital for the sentence, no title
    return bool(big) and all(w[0].isupper() or w[0].isdigit() for w in big)


def _expressed(nar: Narration, q: int, prev: Token, text: str) -> bool:
    """True when a possessive before the fragment ``text`` at ``q`` makes it what its owner
    voices: 'conveyed its "serious concern"', 'expressed their "deep regret"' (not a name:
    'its "Three Axis" system', 'its "sunshine policy"', 'its "smart farm" zones'), or "the"
    right after a speech verb or a form of "be": 'highlighted the "younger faces"', 'will be
    the "coldest in a decade"'."""
    if title_cased(text):
        return False
    if prev.lower == "the":
        # 'highlighted the "younger faces"': "the" right after a reporting verb, a phrase the
        # speaker stresses (not 'praised the "Busan Declaration"', a name, or a kind)
        before = nar.toks[q - 2] if q > 1 else None
        if before is None or len(words(text)) < 2:
            return False
        if _judged_or_sought(nar.toks, q - 2, nar.floor(q)):
            return True  # round 156
        if before.lower not in SPEECH_VERBS and before.lower not in BE:
            return False  # 'to be the "coldest in a decade"': what the speaker says it is
    elif prev.lower not in _POSSESSIVES:
        return False
    found = words(text)
    after = nar.toks[q + 1] if q + 1 < len(nar.toks) else None
    if after is not None and after.kind == WORD and after.text.islower() and is_head_noun(after):
        return False  # the fragment modifies the noun after it: a kind of thing
    return bool(found) and singular(found[-1]) not in KINDS


_ONE_PERSON = wordset("he she")
_ASKING = wordset("ask asks asked asking appeal appeals appealed appealing press pressed")


def _judged_or_sought(toks: list[Token], k: int, floor: int) -> bool:
    """Round 156: True when "the" before a quotation follows 'what he/she/NAME called' (one
    person's judgement of a thing: 'mocked what she called the "yearly farce"') or "for"
    after a verb of asking ('asked Seoul for the "prompt return" of the ship', 'called for
    the "full disclosure" of ...': what the asker seeks, in the asker's words)."""
    low = toks[k].lower
    if low == "called":
        if k - 2 < floor or toks[k - 2].lower != "what":
            return False
        who = toks[k - 1]
        return who.lower in _ONE_PERSON or (who.kind == WORD and who.text[:1].isupper())
    if low != "for" or k - 1 < floor:
        return False
    if toks[k - 1].lower in ("called", "calling", "calls"):
        return True
    lo = k - 5 if k - 5 > floor else floor
    return any(toks[j].lower in _ASKING for j in range(lo, k))


_ADVERBIAL_STARTS = wordset(
    "with without by from in on at after before into through during because despite until"
)
"""Prepositions that open a phrase of manner, means, time or place: a quotation opening
with one after a title noun says how the thing was done ('made the film "with borrowed
cameras"'), it does not name the thing."""


def _adverbial(text: str, found: list[str]) -> bool:
    """True when ``text`` opens with a lowercase preposition of :data:`_ADVERBIAL_STARTS` and
    runs three words or more: a phrase of the sentence, not a title (round 10)."""
    if len(found) < 3 or not text[:1].islower():
        return False
    return found[0] in _ADVERBIAL_STARTS or _as_as(found)


def _as_as(found: list[str]) -> bool:
    """Round 204: True for a comparison "as ... as" opening a phrase of three words or more
    ('start the production "as soon as next May"', invented): a time or an amount the speaker
    gives, no title's words, whatever title noun stands before it."""
    return found[0] == "as" and found[2] == "as"


_DEGREES = wordset("most more very extremely highly utterly deeply so too least less")


def _graded(nar: Narration, q: int, text: str, found: list[str]) -> bool:
    """True for an adjective graded by an adverb of degree, in lowercase, before the noun it
    describes: 'in the "most resolute" manner' (how the speaker describes it; round 10). Not
    'the "most hostile state,"', which quotes a designation whole, noun and all."""
    if not 2 <= len(found) <= 3 or found[0] not in _DEGREES or not text[:1].islower():
        return False
    after = nar.toks[q + 1] if q + 1 < len(nar.toks) else None
    return after is not None and after.kind == WORD and after.text.islower() and is_head_noun(after)


_CONTENT_NOUNS = wordset(
    "belief notion idea impression perception assumption misconception misperception myth fear"
)
"""Round 167: nouns that take a "that" clause saying what is believed: 'the belief that ...'."""


def _belief_that(nar: Narration, q: int, text: str, found: list[str]) -> bool:
    """Round 167: True for a lowercase phrase of two or three words ending in a noun of belief
    right before "that" and its clause: 'voters held the "false impression" that the fund was
    safe' (a speaker's judgement of what others believe, not a name of anything)."""
    if not 2 <= len(found) <= 3 or not text[:1].islower() or text[-1:] in ",.":
        return False
    toks = nar.toks
    return q + 1 < len(toks) and toks[q + 1].lower == "that" and found[-1] in _CONTENT_NOUNS


def _superlative(text: str, found: list[str]) -> bool:
    """Round 129: True for a lowercase phrase of four words or more opening with a
    superlative: 'the "lowest level for early December in a decade"', 'the "worst of the
    spring so far"' (a measure the speaker gives; not 'the "most hostile state"', a
    designation, whose "most" is no superlative of its own)."""
    if len(found) < 4 or not text[:1].islower():
        return False
    first = found[0]
    if first in _IRREGULAR_SUPERLATIVES:
        return True
    return len(first) > 5 and first[-3:] == "est" and first not in _NOT_SUPERLATIVES


_IRREGULAR_SUPERLATIVES = wordset("best worst least")
_NOT_SUPERLATIVES = wordset(
    "interest honest modest forest protest request harvest contest manifest suggest invest"
    " arrest digest conquest behest"
)
"""Words in "-est" that grade nothing ("the "interest rate ..."")."""
_THAT_REACH = 10  # tokens a "that" may stand before the quotation its clause holds


def _reported_of(nar: Narration, q: int, text: str, found: list[str]) -> bool:
    """True for a lowercase phrase after "the" and before "of", inside what a reporting verb
    says with "that": 'told reporters that the government was aware of the "side effects" of
    the cap', 'said ... that the station showed the "indomitable spirit" of the soldiers' (the
    speaker's own words for it; round 10). Not a name: a title-cased one, or one with no
    reporting "that" before it."""
    toks = nar.toks
    if not 2 <= len(found) <= 3 or not text[:1].islower() or title_cased(text):
        return False
    if q + 1 >= len(toks) or toks[q + 1].lower != "of":
        return False
    floor = nar.floor(q)
    for t in range(q - 2, max(floor, q - _THAT_REACH) - 1, -1):
        tok = toks[t]
        if tok.kind == QUOTE or tok.text in (",", ";", ":"):
            return False
        if tok.lower == "that":
            clauses = nar.clauses_between(max(floor, t - _THAT_REACH), t - 1)
            return any(not c.label and c.mention is not None for c in clauses)
    return False


_DESCRIBED_AS = wordset("described describes characterized characterised portrayed depicted")


def _described_as_the(nar: Narration, q: int, text: str, found: list[str]) -> bool:
    """Round 150: True for a lowercase phrase of two words or more after "described as the"
    with a subject before the verb: 'what the ministry described as the "gravest lapse" of
    the decade' (its judgement; not title-cased 'the "Green Port Pact"', a name, nor a passive
    'was described as the "..."' or 'a plan, described as the "...,"' with no one's voice)."""
    if len(found) < 2 or not text[:1].islower() or title_cased(text) or q < 4:
        return False
    toks = nar.toks
    if toks[q - 2].lower != "as" or toks[q - 3].lower not in _DESCRIBED_AS:
        return False
    subject = toks[q - 4]
    return subject.kind == WORD and subject.lower not in BE and q - 4 >= nar.floor(q)


def negated(text: str) -> bool:
    """Round 150: True when the quoted ``text`` opens with "not" or "never" and a determiner: a
    predicate (what a thing is not), never a name, even with a word noun named after it ('the
    fleet was "not a paper navy," a phrase the admiral repeated' quotes the admiral; but 'the
    "not in my street" camp' may name a stance)."""
    found = words(text)
    return len(found) > 2 and found[0] in ("not", "never") and found[1] in _ARTICLES


_TELLING = wordset("said says told tells added adds recalled recalls wrote writes")
"""Round 203: verbs of saying whose reported clause's subject may shout (a "railing" or
"screaming" of the clause itself is no report of it)."""
_SHOUTING = wordset("shouting yelling crying screaming shouted yelled cried screamed")


def shouted(toks: list[Token], q: int, text: str) -> bool:
    """Round 203: True when the quotation at ``q`` is an exclamation right after a verb of
    shouting: 'the boy ran along the pier yelling "Crab!"' (invented) is the boy's cry, not a
    name or a term, even where the word was quoted as a word before ('the word "crab"')."""
    return q > 0 and toks[q - 1].lower in _SHOUTING and text.rstrip(' "”,')[-1:] == "!"


_CLAUSE_AFTER_THAT = 4  # round 271: words after "that" that make a saying's clause, not a name


def not_a_quotation(
    nar: Narration,
    q: int,
    text: str,
    *,
    full: bool,
    speaker: bool,
    adjacent: bool,
    saying: bool = False,
) -> bool:
    """True for marks around a title, a name, a nickname or a scare term, not someone's words.

    Titles and names are cued by the word before ("the film", "so-called", "titled", a definite
    article: 'the "Busan Declaration"', 'its "Three Axis" system') or are title-cased; a scare
    quote is one or two words no reporting verb governs; a name is also a speakerless fragment
    after "a" ('upgraded to a "comprehensive global strategic alliance"').
    """
    found = words(text)
    if not found or nar.named_as_term(q):
        return True
    prev = nar.word_before(q)
    if nar.own_name(q, text):
        return True  # 'a new scheme it calls "risk-based warning"': the scheme's name
    if not full and nar.named_by_habit(q):
        return True  # 'a pattern known as "...', 'what critics have long called "..."'
    if nar.cued(q) and not nar.labels(q, text) and not _adverbial(text, found):
        return True  # 'the film "...', 'so-called "...', 'the words "unification" and "peace"'
    if not full and nar.named_passively(q):
        return True  # 'a trend dubbed "revenge buying"': the name it goes by, no one's words
    if found[0] == "the" and nar.called_passively(q) and not full:
        return True  # 'being called "the ice queen"', 'was dubbed "the glass tower"'
    if prev is not None and prev.lower in _DEFINITE and not full:
        # 'the "Busan Declaration"' (but 'in the "most resolute" manner' is a description)
        described = (
            _graded(nar, q, text, found)
            or _reported_of(nar, q, text, found)
            or _superlative(text, found)
            or _described_as_the(nar, q, text, found)
            or _belief_that(nar, q, text, found)
        )
        return not (speaker and (_expressed(nar, q, prev, text) or described))
    if (
        not full
        and len(found) <= 3
        and nar.named_status(q, text)
        and not (speaker and nar.regarded_as(q - 2))  # round 199
    ):
        return True  # 'upgrade ties to a "strategic partnership"': what the ties are called
    if (
        not full
        and len(found) <= 3
        and not (speaker and len(found) > 1 and _a_count(found[-1]))
        and nar.modifies_noun(q, text)
    ):
        # (round 186: 'NAME said radar had seen "at least two" tankers': a figure the
        # speaker gave, no kind's name)
        return True  # 'would pilot "social prescribing" programs': the name of a kind
    if shouted(nar.toks, q, text):
        return False  # round 203: 'yelling "Crab!"', a cry, though one word and capitalised
    if title_cased(text) and not (full and (adjacent or text.endswith((".", "?", "!")))):
        return True
    if full or speaker:
        return False
    if len(found) <= 2 and not nar.governed(q):
        return True
    if saying and prev is not None and prev.lower == "that" and len(found) >= _CLAUSE_AFTER_THAT:
        return False  # round 271: 'a saying holds that "..."': its words (round 118), no name
    return prev is not None and prev.lower in _NAME_DETERMINERS


def _surname_role(mention: Mention) -> bool:
    """Round 189: True for a role mention that is one capitalised word standing alone and a
    Korean surname ("Son", "Ha"): mid-sentence with no determiner, a reported clause's
    subject so written is a person's surname, not the role noun ('Coach Baek said Son had
    come to him and told him, "..."' quotes Son; the speaker table finds the Son named in
    full, see ``SpeakerTable._surname_as_role``). Why: "son" read as a kinship role left
    the reported clause without a subject, and the words went to the one reporting them."""
    text = mention.text
    return (
        mention.kind == "role"
        and not (mention.determiner or mention.modifiers or mention.plural)
        and text[:1].isupper()
        and text.isalpha()
        and lowercase(text) in KOREAN_SURNAMES
    )


def _named_before(toks: list[Token], q: int) -> bool:
    """Round 206: True when the quotation at ``q`` is the complement of a naming verb right
    before its marks ('what growers call "ghost fees," the discounts granted to buyers',
    'a practice dubbed "night carting," the loads hauled after dark'): the words after its
    comma gloss the name in apposition, and an "-ed" word there is a participle of that
    gloss, not a verb of speaking whose subject is the speaker (who is the namer, if anyone).
    """
    return q > 0 and (
        toks[q - 1].lower in _NAMING_VERBS or toks[q - 1].lower in _NAMING_PARTICIPLES
    )
