"""Round 14: a quoted lower-case name of a kind of thing, used as a noun phrase by a verb that
is no verb of saying, is a term, not a speaker's words, even inside a reported clause: 'said
farmers now grow "sun melons" on terraces', 'said the bakery began selling "cloud buns"',
'said retirees flock to "silver gyms"'. :func:`mentioned_as_word
<herald_tui.quotes._terms.mentioned_as_word>` asks :func:`names_a_thing` and
:func:`labelled_by_nobody` after its frames.

A speaker's short partial has the same place in a sentence ('said prices had reached "grave
levels"', 'warned of "serious consequences"', 'urged "calm heads"'), so the span itself must
read as a name of a thing and nothing in it as a judgement (:func:`thing_shaped`):

* two to four words, no article, quantifier or negation first, no function word, pronoun or
  common verb, nothing a speaker weighs with (an adverb, a participle, an adjective by its
  ending or a common one of degree or judgement: 'grave', 'real', 'deep', 'fair');
* the last word a concrete head, not an abstract noun of a state, a feeling or an act ('-tion',
  '-ment', '-ness', 'fear', 'risk', 'relief'): a description of how things are is what a
  speaker says, a kind of thing one grows, sells, books or builds is a name.

Where it stands decides the rest (:func:`names_a_thing`):

* after an ordinary verb, or a preposition hanging from one: not a verb of saying, of
  characterising or of becoming ('urged them to "..."', 'warned of "..."', 'would turn schools
  into "..."': the speech act or the judgement governs), not "be", "that", "as" or an article,
  not a pronoun object ('had done it "..."'), and no gerund after the preposition ('aimed at
  "restoring ..."', a clause of the speaker's);
* after a possessive ('praised its "lantern nights"'), the owner's thing;
* after a present "call(s)" (or "calls a/an") whose subject is a body, "it" or a group of
  people, a habitual name, "the ..." included ('the band calls "sea glass"', 'what it calls an
  "..."', 'critics call her "the ..."'; not 'what Kim calls', 'what the mayor calls' or 'he
  calls': one person's label);
* a statement's shape: right after "said" with a modal or "be" after it, the reported clause's
  subject ('said "sky benches" would be built'); opening its sentence in sentence case with an
  ordinary verb after it, the sentence's subject ('"Moon bread" sells out by noon, Kim said').

:func:`labelled_by_nobody` reads a reduced passive with no agent: 'hearing the team described
as a "pushover" in foreign media' (the team is described, nobody in the sentence says it).

Each test reads the span and a few tokens around it; a span that fails any of them is left to
the other rules (a missed term is rarer there than a partial lost).
"""

from __future__ import annotations

from herald_tui.quotes._attribute import Narration, words
from herald_tui.quotes._calls import (
    BODY,
    GROUP,
    IT,
    OTHER,
    PERSON,
    PRESENT_CALLS,
    SELF,
    naming_verb,
    subject_kind,
)
from herald_tui.quotes._lexicon import (
    BE,
    CHARACTERISED_AS,
    MODALS,
    NUMBER_WORDS,
    ORG_ROLES,
    PERFECT,
    PHRASE_BOUNDARIES,
    QUANTITIES,
    REPORTING_VERBS,
    SPANS_OF_TIME,
    lowercase,
    wordset,
)
from herald_tui.quotes._tokens import ROLES, WORD, Token, is_head_noun, singular

_NOT_FIRST = wordset(
    """
    a an the this that these those its their his her our my your no not never nothing none
    all any every each some such more most less much many few very so too quite rather own
    other another only just even still also than as more first last next
    """
)
"""Words that make a quoted phrase a description or a claim, not a name, when they open it."""
_NOT_NOUNS = _NOT_FIRST | wordset(
    """
    and or but nor of to in on at for with by from without within across like before after
    against between beyond under over into onto than via per i we you he she it they me us him
    them nobody everyone anyone someone has have had is are was were be do does did can will
    would may might could should must well think cannot alone enough again together ahead
    away instead literally maybe perhaps twice once
    keep get make take give go come use put let stop stay start break stand hold carry lead
    """
)
"""Words a name of a thing does not hold: a function word, a pronoun or a common verb (a verb
phrase, 'keep pressing', 'break unions', is what someone vowed, not a name)."""
_JUDGING = wordset(
    """
    grave dark real deep full great fair swift calm serious severe dire huge vast strong weak
    bad good best worst true false clear firm harsh hard total complete utter sheer pure
    zero big major minor key vital urgent rapid slow high low heavy light extreme constant
    grim bleak rare separate ordinary regular usual common bright brave bold clean frank open
    broad long short wrong right proper
    record frozen solid absolute genuine deep-rooted unprecedented historic important
    political social new old
    """
)
"""Common adjectives of degree or judgement, a speaker's weighing ('"grave risks"')."""
_ENDINGS = ("ly", "ed", "al", "ic", "ful", "ous", "ive", "ible", "able", "less", "ish", "est")
"""Endings of an adverb, a participle or an adjective ('deeply', 'failed', 'fatal', 'greatest')."""
_PHRASE_PREPOSITIONS = wordset("until till during since amid amidst among upon throughout")
"""Round 199: prepositions (beyond those of :data:`_NOT_NOUNS`) that open a phrase of time or
place, never a thing's name: 'would stay shut "until further notice"' is the speaker's phrase,
not a thing the baths stay."""
_PARTICLES = wordset("out up off down away back behind ahead apart ago")
"""Particles that end a phrasal verb ("shutting out", "give up"), and adverbs of place or time
that end a measure ("decades behind", "years ahead": round 145): no thing's name ends so."""
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ence", "ance", "ity", "ism", "ship", "cy")
_ABSTRACT = wordset(
    """
    measure fear risk relief regret hope hopes anger concern concerns damage harm spirit
    courage trust support pressure chaos crisis help progress mandate change changes interest
    target targets level levels day days time times step steps blow blows threat threats
    danger dangers loss losses pain shame shock respect faith doubt doubts need needs trouble
    mess disaster failure success victory defeat cost costs price prices burden gap gaps
    problem problems issue issues question questions answer answers reform reforms war peace
    truth lie lies mistake mistakes error errors excuse excuses warning warnings promise
    promises care heads hands rights duty debt sense mood tone signal signals message
    """
)
"""Abstract heads: what a speaker judges a state of affairs to be, not a thing one sells."""
_GOVERNING = (
    REPORTING_VERBS
    | BE
    | wordset(
        """
    that as than like a an the its their his her our this these those such what become
    becomes became becoming remain remains remained seem seems seemed resemble resembles
    resembled
    """
    )
)
"""Words right before the span that make it a speaker's predicate or their words: a verb of
saying, "be" or a verb of becoming (what a thing is or turns into is a judgement), a
determiner (left to the frames that read 'the "..." policy')."""
_BECOMING = wordset("turn turns turned turning transform transformed descend descended")
"""Verbs whose "into" gives what a thing becomes: 'would turn into "..."', a judgement."""
_MODIFIER_ENDINGS = ("ent", "ant")
"""Adjective endings of a word before the head ('independent', 'constant'), not of a head."""
_PREPOSITIONS = wordset("for about to of at in on into from with by over through")
_VERB_REACH = 3  # tokens before a preposition's span in which a speech act governs it
_INTRODUCES = wordset("said says told tells added adds noted notes explained")
"""Verbs that introduce a reported clause with a subject of its own: 'said demand for "..."'
is the demand's; a speech act ('urged them to "..."') governs its words."""
_LY_NOUNS = wordset("family families rally rallies supply supplies jelly assembly ally allies")
"""Nouns that end like an adverb."""
_POSSESSIVES = wordset("its their his her")
_HAVE = wordset("has have had having")
_IRREGULAR_PARTICIPLES = wordset(
    """
    begun been done gone seen taken given made become chosen broken spoken written drawn grown
    known shown thrown fallen risen driven eaten forgotten hidden stolen frozen run won lost
    kept held left brought bought sought thought taught caught found built sent spent put set
    cut hit shut struck stood understood
    """
)


_COMPARATIVES = wordset(
    """
    better tighter stricter wider safer cheaper faster closer larger smaller tougher smarter
    greener fairer
    """
)
"""Round 163: comparatives whose plain form :data:`_JUDGING` does not hold."""


def _comparative(word: str) -> bool:
    """Round 163: True when ``word`` is the comparative of an adjective of degree or judgement
    ('"stronger oversight"', '"bigger budgets"', '"tighter rules"'): a modifier that weighs a
    thing against what there is, the speaker's call for more of it, not part of a thing's
    name."""
    if word[-2:] != "er" or len(word) < 5:
        return False
    stem = word[:-2]
    if stem in _JUDGING or word[:-1] in _JUDGING or word in _COMPARATIVES:
        return True
    return stem[-1] == stem[-2] and stem[:-1] in _JUDGING  # "bigger"


def _participle(word: str) -> bool:
    """True when ``word`` is shaped as a past participle: a regular "-ed" or a common irregular
    one ("begun", "taken")."""
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


_PRONOUNS = wordset("it them him us me")
_FOLLOWS_SUBJECT = wordset(
    """
    would will could can may might should must has have had is are was were be been
    """
)
"""Words after a reported clause's subject: 'said "sky benches" would be built'."""


def thing_shaped(found: list[str]) -> bool:
    """True when the lowercase words ``found`` read as the name of a kind of thing: two to four
    words, none a function word, a pronoun, a common verb or a word of judgement, the last a
    concrete noun (the module docstring). The callers pass the quotation's own ``words(text)``
    (cached since the quotation was first read), or its tail after "the": the words of a slice
    of the span would be read again by the regex, and would push the quotations' words out of
    the cache (speed round 13)."""
    if not 2 <= len(found) <= 4 or found[0] in _NOT_FIRST or found[0] in _PHRASE_PREPOSITIONS:
        return False
    for word in found:
        if word in _NOT_NOUNS or not word.replace("-", "").isalpha():
            return False
        if word.endswith(_ENDINGS) and word not in _LY_NOUNS:
            return False
        if "'" in word or "’" in word or singular(word) in _JUDGING:
            return False  # "can't", "record highs"
        for part in word.split("-"):
            if part in _JUDGING:
                return False
    for word in found[:-1]:
        if word.endswith(_MODIFIER_ENDINGS) or _comparative(word):
            return False
    head = singular(found[-1])
    return head not in _ABSTRACT and not head.endswith(_ABSTRACT_ENDINGS)


def names_a_thing(nar: Narration, q: int, text: str, *, full: bool) -> bool:
    """True when the quotation ``text`` at token ``q`` is a lower-case name of a kind of thing
    used as a noun phrase: the object of an ordinary verb or preposition, the subject of a
    reported clause, or a thing its owner has (see the module docstring)."""
    found = words(text)  # (cached: the quotation's words were read before this rule)
    if len(found) == 1 and "-" in found[0] and not full:
        # round 141: 'a scheme officials call "rent-to-own"'
        return _name_like(found) and (_group_habit(nar, q) or _hyphen_subject(nar, q, text))
    if not 2 <= len(found) <= 5:
        # every test below needs two to four words, after a "the" in a nickname's case: most
        # quotations are longer, and this one lookup rules them out (speed round 13)
        return False
    stripped = text.strip()
    if full and stripped[:1].isupper() and nar.word_before(q) is None:
        return _sentence_subject(nar, q, stripped, found)
    the = stripped[:4] == "the "
    if the and (_nicknamed(nar, q, stripped, found[1:]) or _typed(nar, q, stripped, found[1:])):
        return True
    if the and _which_one_calls(nar, q, stripped, found[1:]):
        return True  # round 167: 'a bench, which Kim calls "the lookout"': a thing's name
    if not full and _name_like(found) and _began_calling(nar, q):
        return True  # round 167: 'Fans soon began calling them "glass boots"': a nickname
    named = stripped[4:] if the else stripped
    if not full and _name_like(found) and (_group_habit(nar, q) or _what_calls(nar, q)):
        return True  # round 141: 'farmers call the blight "red rot"', whatever its words
    # (after "the", its words are the span's less the first: "the " opens the stripped span)
    if stripped != lowercase(stripped) or not thing_shaped(found[1:] if the else found):
        return False
    if found[-1] in _PARTICLES:
        return False  # round 129: 'risks "shutting out" older people': a verb and its particle
    if found[0] in _MEASURES:
        return False  # round 388: 'took "almost two hours"', '"three times faster"': a measure
    if found[0] in _SUBORDINATORS:
        return False  # round 389: 'supply liquidity "if necessary"': a clause, no thing
    toks, floor = nar.toks, nar.floor(q)
    k = q - 1
    if k > floor and toks[k].lower[-2:] == "ly":
        k -= 1  # 'was literally "..."': the word the adverb stands after governs
    if k < floor or toks[k].kind != WORD or not toks[k].text.islower():
        return False
    prev = toks[k].lower
    verb = naming_verb(toks, k, floor, PRESENT_CALLS, article=True)
    if verb >= 0:
        # round 14: a habitual name, whoever gives it: 'a blue swirl the band calls "sea
        # glass"', 'whom parents online call "the ..."', 'what it calls an "energy highway"'
        # (the shape test keeps 'calls it "a disaster"' a characterisation)
        return _habit(toks, verb, floor)
    if named is not stripped:
        return False  # "the ..." is a name after a present "call" only
    if full:
        return _reported_subject(nar, q, prev)
    if prev in MODALS:
        # round 387: 'said it would "restrict off-trail access"': a verb's words (as round 150
        # reads a modifier after a modal, `Narration.modifies_noun`)
        return False
    if prev in _PRONOUNS:
        return False  # 'had done it "..."', 'called it "..."': a complement, not a name
    if prev in _HAVE and _participle(found[0]):
        return False  # round 140: 'had "begun discussing"': a verb's own tense, no name
    if prev in _POSSESSIVES:
        # 'praised its "lantern nights"': the owner's thing, a name (not 'praised its "bold
        # vision"', an abstract head, nor 'its "quiet courage"', a judgement: the shape test)
        return k > floor and toks[k - 1].kind == WORD
    if prev in _GOVERNING:
        return False
    if prev not in _PREPOSITIONS and _reported_act(toks, k, floor):
        return False  # round 204: 'warned it would take "..."': the warning's own words
    if prev not in _PREPOSITIONS:
        return True  # 'grow "sun melons"', 'launched "family seats"'
    # a preposition needs a word it hangs from that is no verb of saying or becoming: 'flock
    # to "..."', 'demand for "..."' (not 'warned of "..."', 'would turn into "..."')
    if k - 1 < floor or toks[k - 1].kind != WORD or stripped.split()[0][-3:] == "ing":
        return False  # (nor a gerund's clause: 'aimed at "restoring ..."', the speaker's words)
    lo = k - _VERB_REACH if k - _VERB_REACH > floor else floor
    for j in range(k - 1, lo - 1, -1):
        low = toks[j].lower
        if low in _BECOMING:
            return False  # 'would turn schools into "..."': what they become, a judgement
        if low in REPORTING_VERBS and low not in _INTRODUCES and not _noun_use(toks, j, floor):
            return False  # 'urged them to "..."', 'warned of "..."'
    return True


_MEASURES = (
    NUMBER_WORDS
    | SPANS_OF_TIME
    | QUANTITIES
    | wordset(
        "about almost nearly roughly around approximately hundred thousand dozen double triple"
        " half times"
    )
)
"""Round 388: words that open a measure, an amount or a count, never a kind of thing's name
('paid back "almost double"', '"about half" of what', '"hours faster" than'): the lexicon's
number words, spans of time and counts of people, and the approximators and multiples only a
measure opens with ("over", "twice" and a figure are already no word of a thing's name,
:data:`_NOT_NOUNS`)."""


_SUBORDINATORS = wordset(
    "if unless where wherever when whenever because although though until while whether"
)
"""Round 389: words that open a subordinate clause, never a kind of thing's name ('would release
stockpiled fruit "if prices rise further"'; "once" is already no word of a name,
:data:`_NOT_NOUNS`). Not the package's ``CLAUSE_OPENERS`` (words after which a subject may
start: "and", "that", "now" among them), a wider list for another question."""


_ACT_MODALS = wordset("would will to")
"""Round 204: words before the verb of a step a speaker warns of ('would take "..."')."""
_ACT_REACH = 3  # tokens from the modal back to the verb of saying ('warned | it | would')


def _reported_act(toks: list[Token], k: int, floor: int) -> bool:
    """Round 204: True when the verb "take" at ``k`` follows "would", "will" or "to" and a
    verb of saying stands a few words before that ('threatened it would take "stern steps"',
    'vowed to take "firm action"', invented): the step a speaker warns or promises of, in the
    speaker's words, not a thing's name ("grow "sun melons""); the object is what was said."""
    m = k - 1
    # (only "take": 'would send "..."' may have a thing's name the sentence mentions)
    if toks[k].lower != "take" or m <= floor or toks[m].lower not in _ACT_MODALS:
        return False
    lo = m - _ACT_REACH if m - _ACT_REACH > floor else floor
    return any(toks[j].lower in REPORTING_VERBS for j in range(m - 1, lo - 1, -1))


def _noun_use(toks: list[Token], j: int, floor: int) -> bool:
    """A verb of saying used as the noun that opens a reported clause: 'said demand for "..."'
    (not 'the warning to "..."', 'the call for "..."': a noun of saying governs its words)."""
    return j > floor and toks[j - 1].lower in _INTRODUCES


def _hyphen_subject(nar: Narration, q: int, text: str) -> bool:
    """Round 186: True when a lowercase hyphenated word, quoted alone with no punctuation
    inside the marks, is the subject of a modal right after it: 'worried how fast
    "near-shoring" could spread', 'said "re-zoning" would come first' (a coined word named
    as a thing, the subject of its clause, not a fragment of what anyone said)."""
    toks = nar.toks
    inner = text.strip()
    if q + 1 >= len(toks) or not inner[-1:].isalpha() or inner != lowercase(inner):
        return False
    return toks[q + 1].kind == WORD and toks[q + 1].lower in MODALS


def _reported_subject(nar: Narration, q: int, prev: str) -> bool:
    """A thing-shaped quotation right after "said" or "said that", and a modal or "be" after
    it: the subject of the reported clause, 'said "sky benches" would be built'."""
    toks = nar.toks
    if prev not in ("said", "says", "that") or q + 1 >= len(toks):
        return False
    return toks[q + 1].lower in _FOLLOWS_SUBJECT


_RELATIVES = wordset("that which whom what")
_NOT_PASSIVE = BE | wordset("has have had having i we you he she they it who that which")
"""Words before the participle that make it active ('Kim has described as') or a clause."""


def labelled_by_nobody(nar: Narration, q: int, text: str) -> bool:
    """True when a short quotation is what something was 'described as' in a reduced passive
    with no agent: 'tired of hearing the team described as a "pushover" in foreign media' (the
    team is described, not speaking; nobody in the sentence says the word). Not 'was described
    as "reckless" by Kim' (an agent), nor 'Kim described the plan as "..."' (an object between
    the verb and "as"), nor a form of "be" before the participle (left to the other rules)."""
    if len(words(text)) > 3:
        return False
    toks, floor = nar.toks, nar.floor(q)
    k = q - 1
    if k >= floor and toks[k].lower in ("a", "an", "the"):
        k -= 1
    if k - 2 < floor or toks[k].lower != "as" or toks[k - 1].lower not in CHARACTERISED_AS:
        return False
    before = toks[k - 2]
    if before.kind != WORD or not before.text.islower() or before.lower in _NOT_PASSIVE:
        return False  # 'the team described as': a noun the participle follows
    lo = k - 6 if k - 6 > floor else floor
    if any(toks[j].lower in _RELATIVES for j in range(lo, k - 1)):
        return False  # 'a fault that the company described as "minor"': the company's word
    end = q + 4 if q + 4 < len(toks) else len(toks)
    return not any(toks[j].lower == "by" for j in range(q + 1, end))  # no agent


_HABITUAL = frozenset((IT, BODY, GROUP, OTHER))
"""Subjects that give a habitual name (:func:`kind_of <herald_tui.quotes._calls.kind_of>`): a
body, "it", a group of people, a lower-case word of no person's role ('the band'); not "I",
"we", "you" (the speaker's own coinage), "he", "she", a person's role or a name (one person's
label)."""


def _habit(toks: list[Token], verb: int, floor: int) -> bool:
    """True when the subject before a present "call(s)" at ``verb`` gives a habitual name: a
    body, "it", a group of people ('critics call'), not a capitalised name or "he", "she", "I",
    "we" or a singular person's role ('what the mayor calls "..."': one person's label)."""
    # (and in lower case: round 14 reads every capitalised subject as a name, 'It' opening a
    # sentence included, where round 11's body rule takes it as "it")
    return subject_kind(toks, verb, floor) in _HABITUAL and toks[verb - 1].text.islower()


def _name_like(found: list[str]) -> bool:
    """Round 141: True when no word of a quotation weighs anything: no "a"/"an" first ('call
    the plan "a giveaway"'), no adverb ('"deeply unfair"', '"barely adequate"') and no word of
    judgement: a group's name for a thing, not its verdict on one."""
    if found[0] in ("a", "an"):
        return False
    for word in found:
        if (word.endswith("ly") and word not in _LY_NOUNS) or singular(word) in _JUDGING:
            return False
    return True


def _what_calls(nar: Narration, q: int) -> bool:
    """Round 148: True when "what" and a present "call(s)" frame the quotation ('what
    Pyongyang calls "..."', 'what the Pentagon calls a "..."'): the name a government, a body
    or a person habitually gives a thing, whoever the subject (a past 'what he called "..."'
    is his judgement of one event, and stays his words)."""
    toks, floor = nar.toks, nar.floor(q)
    verb = naming_verb(
        toks, _own_determiner(toks, q - 1, floor), floor, PRESENT_CALLS, article=True
    )
    if verb <= floor or subject_kind(toks, verb, floor) in (PERSON, SELF):
        return False  # 'what he calls "..."': one person's coinage may be his words
    for k in range(verb - 1, max(floor, verb - 6) - 1, -1):
        tok = toks[k]
        if tok.lower == "what":
            return k < verb - 1
        if tok.kind != WORD:
            return False
    return False


_RELATIVE_THINGS = wordset("which that")


def _which_one_calls(nar: Narration, q: int, text: str, rest_words: list[str]) -> bool:
    """Round 167: True when "which" (or "that") and a person's present "calls" frame a "the ..."
    name: 'a low stool, which Kim calls "the pulpit"' (the name one person habitually gives a
    thing, a nickname per the corpus README; its words after "the" name-shaped, so not 'which
    Kim calls "the worst idea in years"', a judgement, and not a past "called")."""
    toks, floor = nar.toks, nar.floor(q)
    verb = naming_verb(toks, q - 1, floor, PRESENT_CALLS)
    if verb - 1 <= floor or toks[verb].lower != "calls":
        return False
    k = verb - 1
    if toks[k].lower not in ("he", "she"):
        if toks[k].kind != WORD or toks[k].text.islower():
            return False  # the ministry's, a group's habit: round 14's and 141's rules
        while k - 1 > floor and toks[k - 1].kind == WORD and toks[k - 1].text[:1].isupper():
            k -= 1  # 'which Park Min-ho calls': the whole name
    return toks[k - 1].lower in _RELATIVE_THINGS and _named_after_the(
        text[4:].rstrip(",."), rest_words
    )


_NAMED_RELATIVES = wordset("which whom")
"""Round 334: the relative pronouns that stand for the thing a relative clause's naming verb
names: 'the rule, which the Army calls "..."', 'archers, whom she calls "..."'."""
_HABIT_ADVERBS = wordset(
    "still simply just also now often usually sometimes affectionately fondly long already"
)
"""Round 334: adverbs of habit between a subject and its present "call(s)" ('whom he still
calls "..."')."""
_RELATIVE_NAMING = PRESENT_CALLS | wordset("dub dubs dubbed nickname nicknames nicknamed")
"""Round 334: a relative clause's verbs of naming: "call" in the present (a habit), and
"dub" or "nickname" in any tense (a name whenever it was given)."""
_DEGREE = wordset("too very so quite rather more most less least far much")
"""Round 334: words of degree, which weigh what they modify (round 141's test has no list of
them: a group's name never holds one either way)."""
_RELATIVE_WORDS = 6  # round 334: the longest name read (longer is how the speaker sees it)
_SUBJECT_REACH = 5  # round 334: words of a relative clause's subject ('insurers and plumbers')


def relative_name(nar: Narration, q: int, text: str) -> bool:
    """Round 334: True when a relative clause whose naming verb (a present "call(s)", or "dub"
    or "nickname" in any tense) has no object of its own frames the quotation: 'the rule, which
    the Army calls "..."', 'archers, whom she calls "..."', 'a master he still calls "..."' (the
    relative pronoun, or the noun a reduced relative hangs from, is what is named: the name the
    subject habitually gives a thing or a person, a nickname per the corpus README, whoever the
    subject; not a past 'which he called "..."', a judgement of one event, nor a quotation that
    weighs, round 141's test)."""
    toks, floor = nar.toks, nar.floor(q)
    k = q - 1
    if k > floor and toks[k].lower in _POSSESSIVES:
        k -= 1  # 'which the agency calls its "..."'
    if k - 1 <= floor or toks[k].lower not in _RELATIVE_NAMING:
        return False  # (the token test first: most partial quotations stop here)
    found = words(text)
    if not found or len(found) > _RELATIVE_WORDS or not _name_like(found):
        return False
    if any(word in _DEGREE for word in found):
        return False  # 'which he calls "far too small"': a measure of the thing, his view
    head = found[-1]
    if len(head) > 4 and head.endswith(_ENDINGS) and head not in _LY_NOUNS:
        return False  # 'which critics call "reckless"': a judgement, not a name
    k -= 1
    while k > floor and (toks[k].lower in _HABIT_ADVERBS or toks[k].lower in PERFECT):
        k -= 1  # 'which critics have long dubbed "..."'
    lo = k - _SUBJECT_REACH if k - _SUBJECT_REACH > floor else floor
    j = k
    while j > lo and toks[j].kind == WORD and toks[j].lower not in _NAMED_RELATIVES:
        j -= 1
    if j < k and toks[j].lower in _NAMED_RELATIVES:
        return True
    return _reduced_relative(toks, k, floor)


_REDUCED_SUBJECTS = wordset("he she they")
_SUBJECT_DETERMINERS = _POSSESSIVES | wordset("the")


def _reduced_relative(toks: list[Token], k: int, floor: int) -> bool:
    """Round 334: True when the subject ending at ``k`` follows a noun it describes, a relative
    clause with no pronoun: 'a master he still calls', 'a device its founder calls'."""
    s = k
    if toks[k].lower not in _REDUCED_SUBJECTS:
        while s > floor and s > k - 3 and toks[s].kind == WORD and toks[s].text.islower():
            if toks[s].lower in _SUBJECT_DETERMINERS:
                break
            s -= 1
        if toks[s].lower not in _SUBJECT_DETERMINERS:
            return False
    prev = toks[s - 1] if s > floor else None
    return (
        prev is not None
        and prev.kind == WORD
        and is_head_noun(prev)
        and (prev.lower not in PHRASE_BOUNDARIES)
    )


_BEGAN = wordset("began begun begin begins started start starts")
_TOOK = wordset("took taken take takes")


def _began_calling(nar: Narration, q: int) -> bool:
    """Round 167: True when a habit of naming begins right before the quotation: 'began calling
    them "..."', 'started calling it "..."', 'took to calling them "..."' (a name people come to
    use for a thing, a nickname, whoever they are; the caller keeps out words that weigh)."""
    toks, floor = nar.toks, nar.floor(q)
    k = q - 1
    if k - 2 < floor or toks[k].lower not in ("it", "them") or toks[k - 1].lower != "calling":
        return False
    if toks[k - 2].lower in _BEGAN:
        return True
    return toks[k - 2].lower == "to" and k - 3 >= floor and toks[k - 3].lower in _TOOK


_OWN_DETERMINERS = wordset("its their")
"""Round 163: the subject's own possessive between a present "calls" and its name ('what the
agency calls its "..."')."""


def _own_determiner(toks: list[Token], last: int, floor: int) -> int:
    """Round 163: the token before ``last`` when ``last`` is "its" or "their" right after a
    word ('what the agency calls its "blue-sky charter"': a body names its own plan, as with
    "a" before the marks), else ``last``."""
    if last - 1 > floor and toks[last].lower in _OWN_DETERMINERS:
        return last - 1
    return last


def _group_habit(nar: Narration, q: int) -> bool:
    """Round 141: True when a present "call(s)" whose subject is a group of people ('security
    experts call the tactic "..."', 'a scheme officials call "..."') names the quotation right
    after it or after a short object: the name a group habitually uses, a term whatever its
    words (a phrase with a comma, a hyphenated coinage), not the group's judgement of one event.
    A body's or one person's label is left to the shape tests."""
    toks, floor = nar.toks, nar.floor(q)
    verb = naming_verb(toks, q - 1, floor, PRESENT_CALLS, objects=True)
    if verb <= floor:
        return False
    subject = toks[verb - 1]
    if subject.text.islower():
        return subject_kind(toks, verb, floor) == GROUP
    # a plural role opening the sentence ('Farmers call ...'), read as a name by its capital
    low = subject.lower
    role = ROLES.get(low, "")
    return verb - 1 == floor and singular(low) != low and bool(role) and role not in ORG_ROLES


def _sentence_subject(nar: Narration, q: int, text: str, found: list[str]) -> bool:
    """A thing-shaped quotation in sentence case that opens its sentence and is followed by an
    ordinary lower-case verb: the subject of the narration's clause, '"Moon bread" sells out
    by noon, Kim said' (not '"Vote them out" rang out', words; nor '"Safe," she said')."""
    rest = text[1:]
    if rest != lowercase(rest) or text[-1:] in ",.!?" or not thing_shaped(found):
        return False
    toks = nar.toks
    if q + 1 >= len(toks):
        return False
    nxt = toks[q + 1]
    if nxt.kind != WORD or not nxt.text.islower() or nxt.lower in REPORTING_VERBS:
        return False
    return nxt.lower not in _NOT_NOUNS or nxt.lower in _FOLLOWS_SUBJECT


_TYPES = wordset("character role persona figure stereotype archetype trope")
"""Nouns a quoted "the ..." can modify as the name of a type of person in a story: 'loved "the
bus driver" character', 'played "the new girl" role'."""


def _typed(nar: Narration, q: int, text: str, rest_words: list[str]) -> bool:
    """A lower-case "the ..." used as the modifier of a noun of a type of person right after
    it: '"the bus driver" character' names a character (the words after "the" thing-shaped or
    one word, so not '"the worst mayor in memory" figure', a judgement; no comma or stop
    inside the marks, so not a sentence that ends there)."""
    toks = nar.toks
    if q + 1 >= len(toks) or toks[q + 1].lower not in _TYPES or not text[-1:].isalnum():
        return False
    return _named_after_the(text[4:], rest_words)


def _named_after_the(rest: str, rest_words: list[str]) -> bool:
    """True when ``rest``, a quotation's text after its "the", reads as a name: lower case, and
    one word or thing-shaped (not 'the worst mayor in memory', a judgement)."""
    return rest == lowercase(rest) and (len(rest_words) == 1 or thing_shaped(rest_words))


_PEOPLE = wordset("him her")
"""The objects of a nickname (:func:`_nicknamed`'s own, the ``pronouns`` it gives
:func:`naming_verb <herald_tui.quotes._calls.naming_verb>`): a person, 'call him "the ..."'; a
thing's object, 'calls it "..."', is round 11's."""


def _nicknamed(nar: Narration, q: int, text: str, rest_words: list[str]) -> bool:
    """A nickname after a present "call(s)" and a person: 'Rivals call him "the night owl"',
    'Her critics call her "the lantern lady"' (a habit, a name, whoever the subject is; the words
    after "the" thing-shaped, so not 'call him "the worst mayor in memory"', a judgement)."""
    toks = nar.toks
    k = q - 1
    if k < 1 or toks[k].lower not in _PEOPLE:  # the cheap test first
        return False
    if naming_verb(toks, k, nar.floor(q), PRESENT_CALLS, pronouns=_PEOPLE) < 0:
        return False
    rest = text[4:].rstrip(",.")
    return _named_after_the(rest, rest_words) or _relative_epithet(rest, rest_words)


_EPITHET_RELATIVES = wordset("who that")


def _relative_epithet(rest: str, rest_words: list[str]) -> bool:
    """Round 203: a person's nickname made of a plain noun and a short relative clause, after
    "the": 'Her brother calls her "the kid who bit me"' (invented) is a name the subject
    uses for her, not a statement, though it says "me". Not a superlative or rank ('the best
    boss who ever ...'), a comma ('the oldest ..., and the kindest') or capitals ("I"), which
    judge or speak rather than name."""
    if len(rest_words) not in (3, 4) or rest_words[1] not in _EPITHET_RELATIVES:
        return False
    noun = rest_words[0]
    if noun.endswith("est") or noun in _EPITHET_RANKS or "," in rest:
        return False
    return rest == lowercase(rest)


_EPITHET_RANKS = wordset("most least worst best only first last real true")
"""Round 203: words that make a "the ... who" a judgement, not a nickname."""
