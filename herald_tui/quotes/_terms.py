"""Words mentioned as words: frames in which a quoted span is a term, a name or a title, never
someone's quotation, whoever speaks in the sentence.

:func:`not_a_quotation <herald_tui.quotes._attribute.not_a_quotation>` reads most of these
frames; this module adds the ones it misses when a speaker stands nearby, where the cost of a
miss is a term given a speaker (the worst error the panel can make):

* a cue that names what follows whatever verb governs it: 'criticized the so-called "fast
  lane"', 'rejected the term "fake news"' (a characterising verb does not make a term words);
* a naming verb: 'code-named "iron shield"', 'was renamed "care ring"', 'rebranded its app
  as "daily pay"', 'a report titled "..."';
* an appositive to a noun naming a word or a work: 'her favourite phrase, "step by step,"',
  'The union's slogan for the year, "bread and roses," ...', 'A novel by Kim, "...," ...';
* a modifier of a kind of thing after a determiner: 'the city's "people-first" housing policy',
  'the "no work, no pay" rule';
* a level on a named scale: 'raised the alert to "serious"', 'if levels stay at "quite poor"',
  '"caution," the second-lowest level';
* the new form of a term replaced or changed: 'stopped using the term "a", replacing it with
  "b"', 'changed the album's title to "b"'.

Each test is bounded by a few tokens around the quotation. A frame that cannot be told from a
quotation is left to the other rules: no speaker rather than a wrong one, and a span left out
rather than a term with a speaker.
"""

from __future__ import annotations

from herald_tui.quotes._attribute import (
    ADJECTIVE_ENDINGS,
    KINDS,
    Narration,
    not_a_quotation,
    opens_predicate,
    title_cased,
    words,
)
from herald_tui.quotes._calls import BODY, GROUP, IT, PRESENT_CALLS, kind_of, opened_by
from herald_tui.quotes._frames import term_frame
from herald_tui.quotes._glosses import glossed
from herald_tui.quotes._lexicon import (
    BE,
    BE_FINITE,
    LABEL_VERBS,
    LABELLED_FORMS,
    LABELLING_INGS,
    PERFECT,
    REPORTING_VERBS,
    TERM_NOUNS,
    WRITTEN_NAMING_VERBS,
    WRITTEN_WORK_NOUNS,
    lowercase,
    wordset,
)
from herald_tui.quotes._mentions import PLEDGES, all_nouns, named_noun, titled_work
from herald_tui.quotes._things import labelled_by_nobody, names_a_thing, relative_name
from herald_tui.quotes._tokens import QUOTE, WORD, Token, is_head_noun, singular

_WINDOW = 6  # tokens a cue may stand from the quotation it names
_RENAMING = WRITTEN_NAMING_VERBS | wordset(  # round 31: the written verbs
    """
    rename renames renamed renaming rebrand rebrands rebranded rebranding retitle retitled
    christen christened code-named codenamed code-name titled entitled named nicknamed
    """
)
"""Verbs that give a thing its name: what they quote is the name, whoever chose it."""
_WORK_NOUNS = (
    TERM_NOUNS
    | WRITTEN_WORK_NOUNS
    | wordset(  # round 31: the written works
        """
    film movie drama series song album book novel memoir poem essay show program programme
    exhibition play musical campaign hashtag motto theme webtoon documentary single track
    episode column magazine brand operation project initiative doctrine podcast anthology
    caption headline tagline inscription subtitle chant refrain catchphrase sequel prequel
    remake feature app mascot
    """
    )
)
"""Nouns whose appositive is their name or title: 'the slogan, "...,"'."""
_LEVELS = wordset("level alert warning grade rating stage tier category index status")
"""Nouns of a graded scale whose steps have names: 'the alert was raised to "serious"'."""
_CHANGES = wordset(
    """
    raise raised raises raising lower lowered lowers lowering upgrade upgraded upgrades
    downgrade downgraded downgrades elevate elevated lift lifted cut moved set
    """
)
_STATES = wordset("stay stays stayed remain remains remained stand stands stood kept held")
_REPLACES = wordset(
    """
    replace replaces replaced replacing change changes changed changing switch switched
    switching swap swapped substitute substituted
    """
)
_DETERMINERS = wordset("the a an its their his her our this that")
_MODALS = wordset("to will would can could may might should must shall")
_CLAUSE_STARTS = wordset("and but or so he she they it we i you who which that")


def mentioned_as_word(nar: Narration, q: int, text: str, *, full: bool, adjacent: bool) -> bool:
    """True when the quotation ``text`` at token ``q`` of ``nar`` is a term, a name or a title
    by one of the frames this module reads (see its docstring), not someone's words."""
    if not full and _judged_object(nar, q, text):
        return False  # round 226: 'She called the apps "fine for young people."'
    if full and adjacent:
        # '"Safety first," Kim said.': a statement with its reporting clause (round 11: but
        # not 'Kim, who wrote "Salt and Iron," said', a title the main clause follows)
        return titled_work(nar, q, text)
    if _framed(nar, q, text, full=full, adjacent=adjacent) or _listed(nar, q, full=full):
        return True
    if _name_announced(nar, q, text):
        return True  # round 174: 'crews have a name for the night shift: "the graveyard."'
    if not full and _nickname_for(nar, q, text):
        return True  # round 174: 'teammates called him "the wall" for the way he defended'
    if named_noun(nar, q, text, full=full):  # round 11: what the span is, where it sits
        return True
    if names_a_thing(nar, q, text, full=full):  # round 14: 'grow "sun melons"'
        return True
    if not full and _unit_named(nar, q, text):
        return True  # round 156: 'its "night patrol squad"', 'what it called a "... room"'
    if not full and _owned_policy(nar, q, text):
        return True  # round 159: 'Tokyo's "quiet pressure policy"': the owner's policy name
    if not full and relative_name(nar, q, text):
        return True  # round 334: 'archers, whom she calls "..."': a relative clause's name
    if not full and _perfect_label(nar, q):
        return True  # round 159: 'what the agency has dubbed "..."': a label it keeps
    if not full and _label_disputed(nar, q):
        return True  # round 159: 'posts calling it a "..." were wrong': a label cited
    if not full and _campaign_by_length(text):
        return True  # round 182: 'as part of a "90-day battle"': a campaign named by its length
    if not full and _by_definition(nar, q, text):
        return True  # round 182: 'a "crowded city" by the ministry's definition': a class
    if not full and _free_label(text):
        return True  # round 182: 'prove the beans are "slavery-free"': a label's claim
    if not full and _brought_in(nar, q, text):
        return True  # round 206: 'will appoint a "harbor warden" to': a post's name
    if not full and _named_kind_of(nar, q, text):
        return True  # round 206: 'what it termed "pay as you go" clinics': a kind's name
    return not full and labelled_by_nobody(nar, q, text)  # 'the team described as a "..."'


_CAMPAIGN_HEADS = wordset(
    "battle battles campaign campaigns drive drives march offensive rush blitz struggle"
)
"""Round 182: nouns a campaign of mass mobilisation is named by: 'a "100-day campaign"'."""
_SPANS_OF_TIME = ("-day", "-week", "-month", "-year")


def _campaign_by_length(text: str) -> bool:
    """Round 182: True when a quotation of two or three words opens with a length of time
    ('90-day', 'hundred-day') and ends in a noun of a campaign: 'built in five months as part
    of a "90-day battle"', 'urged workers on in a "200-day drive"' (a campaign of mass
    mobilisation is named by how long it runs: its name, whoever reports it, not anyone's
    words; 'a "reckless" drive' or 'a "smear campaign"', with no length, stay judgements)."""
    found = words(text)
    if not 2 <= len(found) <= 3 or found[-1] not in _CAMPAIGN_HEADS:
        return False
    return found[0].endswith(_SPANS_OF_TIME) and found[0][:1].isalnum()


_APPOINTS = wordset("appoint appoints appointed appointing")
"""Round 206: verbs that put a person in a post: what they quote after "a" is the post's name.
Not the wider "introduce / add / adopt / launch a ...", round 100's dropped rule (it lost a
held-out quotation, and 'add a "new chapter"', 'adopted a "hostile stance"' are judgements)."""


def _brought_in(nar: Narration, q: int, text: str) -> bool:
    """Round 206: True when one to three lower-case words in marks, with no punctuation of
    their own, follow "a" or "an" right after "appoint" ('each school will appoint a "lunch
    steward" to ...', 'appointed a "night mayor" for the district'): the name of the post a
    person is put in, whoever announces it, not a quotation. Not after another verb ('add a
    "new chapter"', 'launch a "thorough" probe': judgements), nor a span with a comma or a
    capital of its own ('appointed a "Green Envoy,"')."""
    if q < 2:
        return False
    toks = nar.toks
    if toks[q - 1].lower not in ("a", "an") or toks[q - 2].lower not in _APPOINTS:
        return False
    if nar.floor(q - 2) != nar.floor(q):
        return False
    found = words(text)
    bare = text.strip(_MARKS)
    if not 1 <= len(found) <= 3 or not bare.islower():
        return False
    if not bare[-1:].isalnum() or any(w in _FIRST_PERSON for w in found):
        return False
    return all(c.isalnum() or c in " -" for c in bare)


_WHAT_NAMES = wordset("call calls called term terms termed dub dubs dubbed")
_WHAT_REACH = 5  # round 206: tokens from "what" to the naming verb ('what the two agencies call')


def _named_kind_of(nar: Narration, q: int, text: str) -> bool:
    """Round 206: True when two to four lower-case words in marks, with no punctuation of
    their own, follow "what X calls/termed/dubbed" and run straight into a plural noun they
    modify: 'counted what it termed "pay as you go" clinics', 'what planners call "walk to
    work" towns' (the name of a kind of thing, the noun after it the thing: a term, whoever
    names it). Not an adjective's phrase ('what it called "highly provocative" drills': an
    "-ly", "-ous" or "-ive" word is a judgement), nor a span ending in its own comma ('what
    he called "small weddings," with ...'), nor words before a singular noun or a verb."""
    toks = nar.toks
    if q < 3 or q + 1 >= len(toks) or toks[q - 1].lower not in _WHAT_NAMES:
        return False
    floor = nar.floor(q)
    if opened_by(toks, q - 1, floor, "what", _WHAT_REACH) < 0:
        return False
    found = words(text)
    bare = text.strip(_MARKS)
    if not 2 <= len(found) <= 4 or not bare.islower() or not bare[-1:].isalnum():
        return False
    if any(w.endswith(("ly", "est", *ADJECTIVE_ENDINGS)) or w in _FIRST_PERSON for w in found):
        return False
    nxt = toks[q + 1]
    if nxt.kind != WORD or nar.floor(q + 1) != floor or nxt.lower in REPORTING_VERBS:
        return False
    return _plural(nxt.lower) and is_head_noun(nxt)


_DEFINITIONS = wordset("definition definitions classification classifications criteria")
_DEFINITION_REACH = 6  # tokens from "by"/"under" to the noun of definition


def _by_definition(nar: Narration, q: int, text: str) -> bool:
    """Round 182: True when a short lower-case quotation is followed by "by" or "under" and,
    within a few words, a noun of definition: 'making the town a "crowded city" by the
    ministry's definition', 'counted as "low income" under the agency's criteria' (the class
    a definition puts a thing in, a term of that definition, nobody's words; not '"...," by
    the way, she said', which has no such noun)."""
    found = words(text)
    stripped = text.strip().rstrip(",.")
    if not 1 <= len(found) <= 4 or stripped != lowercase(stripped):
        return False
    toks = nar.toks
    k = q + 1
    if k >= len(toks) or toks[k].lower not in ("by", "under"):
        return False
    for j in range(k + 1, min(len(toks), k + 1 + _DEFINITION_REACH)):
        tok = toks[j]
        if tok.kind == QUOTE or tok.text in (".", ";", ":"):
            return False
        if tok.lower in _DEFINITIONS:
            return True
    return False


_FELT = wordset(
    """
    hassle worry risk trouble stress care pain problem error fuss glitch scandal debt fear
    accident incident injury violence crime casualty death fault blame drama
    """
)
"""Round 182: what a "-free" judgement says is absent ('a "hassle-free" launch'), not a
standard's label: 'risk-free' and 'trouble-free' are someone's words."""


def _free_label(text: str) -> bool:
    """Round 182: True when the quotation is one hyphenated word "<thing>-free", the claim a
    label or a standard makes for goods: 'must prove the beans are "slavery-free,"', 'sold
    as "palm-free"', 'a "cage-free" egg rule' (a certification's term, quoted as
    the label's wording, not the words of whoever speaks nearby). Not a judgement of how
    something went: '"hassle-free,"', '"risk-free"' (:data:`_FELT`)."""
    found = words(text)
    if len(found) != 1 or not found[0].endswith("-free") or found[0].count("-") != 1:
        return False
    thing = found[0][: -len("-free")]
    return thing.isalpha() and thing not in _FELT


_NAME_NOUNS = wordset("name names nickname nicknames term terms label labels")
_NAME_REACH = 14  # tokens from the colon back to "a name for"
_ANNOUNCED_WORDS = 4  # a name is short: 'a name for it: "the long goodbye"'


def _name_announced(nar: Narration, q: int, text: str) -> bool:
    """Round 174: True when a short quotation follows a colon whose clause announces a name:
    'Nurses have a name for the last two hours of a night on the ward: "the slump."' (the name
    itself, a nickname, nobody's statement; the colon rule of ``_mentions`` reads only eight
    tokens back, and a long object after "for" puts the noun beyond it; not 'had a word for
    critics: "..."' nor 'had a message for fans: "..."', which bring what was said)."""
    if q < 3 or nar.toks[q - 1].text != ":" or not 1 <= len(words(text)) <= _ANNOUNCED_WORDS:
        return False
    toks, lo = nar.toks, nar.floor_within(q - 1, _NAME_REACH)
    for k in range(q - 3, lo - 1, -1):
        tok = toks[k]
        if tok.kind == QUOTE:
            return False
        if tok.lower in _NAME_NOUNS and toks[k + 1].lower == "for":
            return True
    return False


_NICKNAMED = wordset("him her them")
_NICKNAMING = wordset("called call calls dubbed nicknamed")
_JUDGING_WORDS = wordset(
    "best worst most least greatest biggest worst-ever only real true last first finest"
)


def _nickname_for(nar: Narration, q: int, text: str) -> bool:
    """Round 174: True when "called him/her/them" puts a lower-case "the ..." name before a
    reason given with "for": 'Teammates called him "the wall" for the way he defended' (a
    nickname and why it stuck, nobody's statement; not 'called him "the worst coach in the
    league" for ...', a judgement opening with a superlative, nor 'called her "a liar"')."""
    found = words(text)
    toks = nar.toks
    if len(found) < 2 or found[0] != "the" or found[1] in _JUDGING_WORDS or q < 2:
        return False
    if text.strip()[:1] != lowercase(text.strip()[:1]) or q + 1 >= len(toks):
        return False
    if toks[q - 1].lower not in _NICKNAMED or toks[q - 2].lower not in _NICKNAMING:
        return False
    return toks[q + 1].lower == "for" and not text.rstrip().endswith((",", ".", "!", "?"))


def _listed(nar: Narration, q: int, *, full: bool) -> bool:
    """A quotation joined by "or" or "and" to a term just before it is another name for the
    same thing: 'known as the "study pill" or "exam candy,"', 'called "nunchi-bap," or
    "mood rice"' (round 9a; not 'was "realistic" and "long overdue"', whose first is no
    term). One step back only: a long list costs no recursion."""
    prev = nar.word_before(q)
    if full or prev is None or q < 2:
        return False
    back = 2
    if prev.lower in _SWAPS and q > 2 and nar.toks[q - 2].lower == _SWAPS[prev.lower]:
        back = 3  # round 155: 'used the term "..." rather than "...," a choice ...'
    elif prev.lower not in ("or", "and"):
        return False
    earlier = nar.toks[q - back]
    if earlier.kind != QUOTE or nar.floor(q - back) != nar.floor(q):
        return False
    text = nar.text[earlier.start : earlier.end].strip(_MARKS)
    if not words(text) or title_cased(text):
        return False  # 'chanting "Min-ho, Min-ho" and "Answer us"': a name, then words
    # not every frame: 'was "fair," or "at least balanced,"' reads the first as a word the
    # second glosses (round 6), and the second is still the speaker's
    if not_a_quotation(nar, q - back, text, full=False, speaker=True, adjacent=False):
        return True
    return glossed(nar, q - back, text, full=False)


_UNITS = wordset(
    """
    team teams squad squads unit units room rooms center centers centre centres desk office
    campaign campaigns program programs programme task force corps brigade zone zones
    """
)
_SCHEMES = wordset("campaign campaigns program programs programme")
_OWNERS = wordset("its their")
_BODY_CALLED = wordset("called calls")


def _unit_named(nar: Narration, q: int, text: str) -> bool:
    """Round 156: True when a lower-case quotation of two to four words ends in a noun of a
    unit, a room or a campaign and is a body's own ('set up its "night patrol squad"') or
    what "it" called a place or unit ('sent them to what it called a "quiet work room"'): the
    name of the body's unit or scheme, not a judgement (a person's 'what he called a "..."'
    stays his, and so does a body's 'what it called a "smear campaign"', a scheme it decries)."""
    found = words(text)
    stripped = text.strip().rstrip(",.")
    if not 2 <= len(found) <= 4 or found[-1] not in _UNITS or stripped != lowercase(stripped):
        return False
    toks, floor = nar.toks, nar.floor(q)
    if q - 1 < floor:
        return False
    prev = toks[q - 1].lower
    if prev in _OWNERS:
        return True
    if prev not in ("a", "an") or q - 4 < floor:
        return False
    if found[-1] in _SCHEMES and not _scheme_setting(toks, q - 4, floor):
        return False  # 'what it called a "smear campaign"': a body's scheme word may judge
    return (
        toks[q - 2].lower in _BODY_CALLED
        and toks[q - 3].lower == "it"
        and toks[q - 4].lower == "what"
    )


_SETTINGS = wordset("in under through during")


def _scheme_setting(toks: list[Token], what: int, floor: int) -> bool:
    """Round 159: True when a preposition of setting stands before the "what" at ``what``:
    'the dam was built in what it called a "dawn campaign"', 'trained under what it called a
    "winter program"' (the scheme the body's own work was done in, its name; a scheme it
    decries is an object instead, 'protested against what it called a "smear campaign"')."""
    return what - 1 >= floor and toks[what - 1].lower in _SETTINGS


_POLICIES = wordset("policy policies doctrine doctrines strategy strategies")
"""Round 159: nouns of a government's or a body's standing line of action."""


def _owned_policy(nar: Narration, q: int, text: str) -> bool:
    """Round 159: True when a lower-case quotation of two or three words ending in a noun of
    policy follows a possessive: 'blamed Tokyo's "quiet pressure policy"', 'the party's
    "open door strategy"' (the name the owner's line goes by, a term, not the words of the
    sentence's speaker; 'called it "a bad policy"' opens with an article and is no name)."""
    found = words(text)
    stripped = text.strip().rstrip(",.")
    if not 2 <= len(found) <= 3 or found[-1] not in _POLICIES or found[0] in _DETERMINERS:
        return False
    if stripped != lowercase(stripped) or q < 1 or q - 1 < nar.floor(q):
        return False
    prev = nar.toks[q - 1]
    return prev.kind == WORD and prev.lower.endswith(("'s", "s'"))


_LABEL_KINDS = frozenset((IT, BODY, GROUP))


def _perfect_label(nar: Narration, q: int) -> bool:
    """Round 159: True when the quotation follows "what", a subject that is "it", a body or a
    group, and a perfect naming verb: 'what the agency has dubbed "blue Mondays,"', 'what
    critics have labeled a "..."' (a label given and kept, its name for a thing, not words
    said once; 'what Kim has labeled "..."' is one person's and stays his)."""
    toks, floor = nar.toks, nar.floor(q)
    verb = q - 1
    if verb > floor and toks[verb].lower in _ARTICLES:
        verb -= 1
    if (
        verb - 3 < floor
        or toks[verb].lower not in LABELLED_FORMS
        or toks[verb - 1].lower not in PERFECT
    ):
        return False
    if kind_of(toks[verb - 2]) not in _LABEL_KINDS:
        return False
    return opened_by(toks, verb - 1, floor, "what", 4) >= 0


_LABEL_OBJECTS = wordset("it them this that")


def _label_disputed(nar: Narration, q: int) -> bool:
    """Round 159: True when the quotation is the label a participle gives right after its
    noun and the phrase is the subject of "is" or "was" after the quotation: 'said some posts
    calling it a "miracle" were "unfounded"', 'reports describing it as "routine" are wrong'.
    The sentence's speaker cites the label to judge it: the term of the posts or reports,
    which none of them is named to have said (not 'posts calling it a "miracle" spread', nor
    'Kim, calling it a "...," said': a label with no "be" after it)."""
    toks, floor = nar.toks, nar.floor(q)
    if q + 1 >= len(toks) or toks[q + 1].lower not in BE_FINITE:
        return False
    k = q - 1
    if k > floor and toks[k].lower in ("a", "an"):
        k -= 1
    if k > floor and toks[k].lower == "as":
        k -= 1
    if k > floor and toks[k].lower in _LABEL_OBJECTS:
        k -= 1
    if k - 1 < floor or toks[k].lower not in LABELLING_INGS:
        return False
    noun = toks[k - 1]
    return noun.kind == WORD and noun.text.islower() and noun.lower not in _PRONOUNS


_PRONOUNS = wordset("he she they we i you it who which that")


_MARKS = "\"“”‘’' \t"
_SWAPS = {"than": "rather", "of": "instead"}
"""Round 155: a word chosen over another: 'the term "a" rather than "b"', '"a" instead of
"b"' (the word not chosen is as much a word as the one chosen: no one says either)."""


def _framed(nar: Narration, q: int, text: str, *, full: bool, adjacent: bool) -> bool:
    """The frames of :func:`mentioned_as_word` that read the quotation's own surroundings."""
    if term_frame(nar, q, text, full=full):
        return True  # round 6: glosses, classes, '"..." as its slogan', '"..." diplomacy'
    if glossed(nar, q, text, full=full):
        return True  # round 9a: '"ddaemiri," or scrubbing attendant', 'designated ... "..."'
    prev = nar.word_before(q)
    if prev is not None and prev.kind == WORD:
        if _cue(nar, q, prev, text) or _renamed(nar, q) or _replaced(nar, q, prev):
            return True
        if _names_level(nar, q, prev, text) or _modifies_kind(nar, q, prev, text):
            return True
        if _nicknamed_thing(nar, q, prev, text) or _defined(nar, q, prev, text):
            return True
        if _named_kind(nar, q, prev, text) or _styled_as(nar, q, prev, text):
            return True
        if prev.lower in _ARTICLES and q > 1 and nar.toks[q - 2].lower in _OBSERVING:
            return True  # round 63: 'members observe a "quiet period"': a practice kept
        if prev.lower == "into" and _converted(nar, q, text):
            return True  # round 63: 'convert 170 branches into "contracted offices"'
        if prev.lower == "as" and _example_given(nar, q, text):
            return True  # round 410: 'English loanwords such as "roadmap"'
    if not full and _compound_modifier(nar, q, text):
        return True  # round 155: 'a 48-hour "cooling-off" hold', 'the "three no's" rule'
    if not full and _subject_term(nar, q, text):
        return True  # round 155: 'the ensuing "heat debt" is not repaid'
    if not full and _names_object(nar, q, text):
        return True  # round 63: 'The guild calls the drones, which ..., "sky drones"'
    if prev is not None and prev.text == "," and not adjacent:
        return _apposed(nar, q, text)
    return not full and _level_apposed(nar, q, text)


_EXAMPLE_WORDS = 3
"""Round 410: the longest quotation read as an example after "such as" (longer ones are
sayings: 'folk tests such as "checking whether insects have eaten it"')."""


def _example_given(nar: Narration, q: int, text: str) -> bool:
    """Round 410: True when "such as" right before the quotation at ``q`` gives a short
    example of a class the sentence names ('loanwords such as "roadmap,"', 'new terms, such
    as "long COVID"', 'a code phrase, such as "blue umbrella."'): a word mentioned as a word,
    a name or a title, not someone's words. At most :data:`_EXAMPLE_WORDS` words."""
    return q > 1 and nar.toks[q - 2].lower == "such" and len(words(text)) <= _EXAMPLE_WORDS


_OBJECT_REACH = 16  # tokens from the quotation back to its object's noun
_OBJECT_WORDS = 3  # words from the naming verb to the object's noun ('calls the port's cranes')


def _names_object(nar: Narration, q: int, text: str) -> bool:
    """Round 63: a name that repeats the noun of the object a present "call" governs, across
    the object's relative clause: 'The guild calls the drones, which are flown from Ulsan,
    "sky drones"', 'Farmers call the orchards "glass orchards"' (a name for the thing, given out
    of habit; not 'calls the plan "a bad plan"' or "the worst plan", a characterisation after
    an article, nor the past 'called the drills "dangerous drills"', what was said once)."""
    toks, floor = nar.toks, nar.floor(q)
    lo = floor if floor > q - _OBJECT_REACH else q - _OBJECT_REACH
    # (most quotations: one search in C over the few words before it, no token read; never
    # the whole paragraph, which made a long paragraph of many quotations quadratic)
    para, start, end = nar.text, toks[lo].start - 1 if toks[lo].start else 0, toks[q].start
    if para.find("call", start, end) < 0 and para.find(" dub", start, end) < 0:
        return False
    verb = -1
    for v in range(q - 2, lo - 1, -1):  # the verb first: a set look-up a token, most find none
        kind = toks[v].kind
        if kind == QUOTE:
            return False
        if kind == WORD and toks[v].lower in _CALLING:
            verb = v
            break
    if verb < 0 or toks[verb + 1].kind != WORD or not toks[verb + 1].text.islower():
        return False  # 'calls "..."' itself, or no object of lower-case words after it
    found = words(text)
    if len(found) < 2 or found[0] in _DETERMINERS or text.rstrip()[-1:] in ("?", "!", "."):
        return False
    head = singular(found[-1])
    # the object's noun within a few lower-case words of the verb ('calls the port's cranes')
    last = verb + 1 + _OBJECT_WORDS if verb + 1 + _OBJECT_WORDS < q else q
    for k in range(verb + 2, last):
        tok = toks[k]
        if tok.kind != WORD or not tok.text.islower():
            return False
        if singular(tok.lower) == head:
            return True
    return False


_CALLING = wordset("call calls dub dubs")
"""The present of a naming verb: habitual, a name ("she calls"); the past is what was said
about it once ('a step he called "the real bottleneck"')."""
_SUBJECTS = wordset("he she they we i")


def _nicknamed_thing(nar: Narration, q: int, prev: Token, text: str) -> bool:
    """A name someone habitually gives the thing just named, in a clause with no "that": 'a
    manuscript of 900 pages she calls "the mountain"' (a name: it opens with "the"; 'a plan
    she calls "reckless"' and 'a step he called "the real bottleneck"' stay their words)."""
    if prev.lower not in _CALLING or q < 3 or words(text)[:1] != ["the"]:
        return False
    subject, thing = nar.toks[q - 2], nar.toks[q - 3]
    if subject.lower not in _SUBJECTS and not (subject.kind == WORD and subject.capitalised):
        return False
    return thing.kind == WORD and thing.text.islower() and is_head_noun(thing)


_DEFINING = wordset("when where whereby")
_WHICH_PREPOSITIONS = wordset("in during under")
_GOVERNING = _DETERMINERS | _CALLING | wordset("with of for and or")


def _defined(nar: Narration, q: int, prev: Token, text: str) -> bool:
    """A term the clause after its comma defines: 'with "tropical nights," when the
    temperature stays above 25 C, expected', 'a rise in "blue days," in which the sky ...',
    'what the army calls "rapid rotation," under which units ...' (a short lowercase noun
    phrase after a preposition, a determiner or a present "calls", then ", when", ", where"
    or ", in which" and the subject of a clause; round 63: after a past "called" too, 'a dare
    they called "ghosting", in which one child ...', the comma inside the marks or out)."""
    found = words(text)
    low = prev.lower
    if (low not in _GOVERNING and low != "called") or not 0 < len(found) <= 3:
        return False
    if found[0] in _DETERMINERS:
        return False  # 'warning of "a long winter," when ...': a description, the speaker's
    if not all(w.isalpha() and w.islower() for w in found):
        return False
    if low == "called" and found[-1].endswith(("ly", "ed", *ADJECTIVE_ENDINGS)):
        return False  # round 63: 'a plan she called "reckless," in which': her adjective
    toks = nar.toks
    k = q + 1
    if not text.rstrip().endswith(","):
        # round 63: the comma outside the marks, 'a dare they called "ghosting", in which'
        if k >= len(toks) or toks[k].text != ",":
            return False
        k += 1
    if k + 1 < len(toks) and toks[k].lower in _WHICH_PREPOSITIONS and toks[k + 1].lower == "which":
        return True  # ", under which units are moved": the clause says what the term means
    if k >= len(toks) or toks[k].lower not in _DEFINING:
        return False
    return k + 1 < len(toks) and toks[k + 1].lower in ("the", "a", "an")


_STYLING = wordset(
    """
    campaign campaigns campaigned campaigning run runs ran running bill bills billed billing
    style styles styled styling brand brands branded branding market markets marketed pose
    poses posed posing masquerade masquerades masqueraded position positions positioned
    """
)
"""Round 63: verbs a person or a thing goes by a name with, 'campaigns as "the ..."'."""
_REFLEXIVES = wordset("himself herself itself themselves")
_OBSERVING = wordset("observe observes observed observing")
"""Round 63: "observe" before an article keeps a practice ('observe a "quiet period"'); it
says something only before a clause or a quotation ('observed that', 'observed, "..."')."""
_ARTICLES = wordset("a an the")
_CONVERTING = wordset(
    """
    convert converts converted converting turn turns turned turning transform transforms
    transformed transforming reorganize reorganizes reorganized reorganizing restructure
    restructures restructured restructuring
    """
)


_DEFINING_NEXT = wordset("run built kept held made owned that which where whose")


def _converted(nar: Narration, q: int, text: str) -> bool:
    """Round 63: the new kind a thing is made into, a bare plural or compound noun phrase in
    lower case, that a participle or a relative clause after it defines: 'will convert 170
    branches into "contracted offices" run by ...' (not 'turn the city into "a ghost town"',
    after an article, a description, nor 'into "total chaos" overnight', with nothing that
    defines it, nor 'into "chaos"', one word that may be the speaker's)."""
    found = words(text)
    if len(found) < 2 or found[0] in _DETERMINERS or text.rstrip()[-1:] in (".", "!", "?"):
        return False
    if not all(w.islower() for w in found) or found[-1].endswith(("ly", *ADJECTIVE_ENDINGS)):
        return False
    toks, floor = nar.toks, nar.floor(q)
    nxt = toks[q + 1] if q + 1 < len(toks) else None
    if nxt is None or nxt.kind != WORD or not nxt.text.islower():
        return False
    if not (nxt.lower.endswith("ed") or nxt.lower in _DEFINING_NEXT):
        return False  # 'turned the market into "total chaos" overnight': the speaker's
    lo = floor if floor > q - _WINDOW - 1 else q - _WINDOW - 1
    for k in range(q - 2, lo - 1, -1):
        tok = toks[k]
        if tok.kind != WORD or tok.lower in REPORTING_VERBS:
            return False
        if tok.lower in _CONVERTING:
            return True
    return False


def _styled_as(nar: Narration, q: int, prev: Token, text: str) -> bool:
    """Round 63: the name someone goes by: 'Ryu, who campaigns as "the plumber"', 'bills
    herself as "the people's chef"' (a name: "the" or title-cased; not 'described himself as
    "the only adult in the room"', a verb of saying, his words)."""
    if prev.lower != "as" or q < 3:
        return False
    if words(text)[:1] != ["the"] and not title_cased(text):
        return False
    verb = nar.toks[q - 2]
    if verb.lower in _REFLEXIVES:
        verb = nar.toks[q - 3]
    return verb.kind == WORD and verb.lower in _STYLING


_FORMAL = wordset("official formal")


_JUDGEMENT_ENDINGS = ("less", "ful", "ous")
"""Round 186: endings of an adjective that judges ("reckless", "shameful", "dangerous")."""


def _named_kind(nar: Narration, q: int, prev: Token, text: str) -> bool:
    """A name of a kind of thing, quoted whole after its article where no verb of saying
    or calling governs it: 'has proposed an "automatic adjustment mechanism" that would
    ...', 'introduced a "three-strikes rule"' (not 'called the system a "Ponzi scheme"',
    a speaker's label, nor 'warned of a "lost decade"', no kind of thing)."""
    found = words(text)
    if prev.lower in _FORMAL and q > 1 and nar.toks[q - 2].lower in _DETERMINERS:
        prev = nar.toks[q - 2]  # 'for an official "guidance period"': a formal name
    if prev.lower not in ("a", "an") or not 2 <= len(found) <= 4:
        return False
    if not text.rstrip().rstrip(",")[-1:].isalpha() or not all(w.islower() for w in found):
        return False
    if singular(found[-1]) not in KINDS:
        return False
    if _characterised_as(nar, q):
        return False  # round 199: 'denounced the talks ... as a "..."': the subject's label
    if found[0].endswith(_JUDGEMENT_ENDINGS):
        # round 186: 'said the drills were part of a "reckless scheme" to ...': a judgement
        # ("reckless", "shameful", "dangerous") that opens the span describes the thing,
        # it does not name its kind: the speaker's words (not "-ive" or "-able": 'a
        # "comprehensive package"', 'a "sustainable growth" plan' name kinds)
        return False
    toks, floor = nar.toks, nar.floor(q)
    return not any(toks[k].lower in _GOVERNS_WORDS for k in range(max(floor, q - _WINDOW), q))


_CHARACTERISING = LABEL_VERBS - wordset("call calls called calling dub dubbed dubs dubbing")
"""Round 199: verbs of evaluation that take 'X as Y' (naming verbs take no "as")."""


def _characterised_as(nar: Narration, q: int) -> bool:
    """Round 199: True when the quotation at ``q`` follows "as a" or "as an" and an active verb
    of evaluation stands earlier in its sentence, however long its object: 'Pyongyang
    denounced a drill held by three navies off its coast as a "reckless provocation"' (the
    subject's characterisation, its words; the verb may stand past any fixed window, since
    the object of "denounce ... as" runs as long as it likes). Not a passive ('was
    described as a "..."': who described it is read elsewhere), and no quotation between."""
    toks = nar.toks
    if q < 3 or toks[q - 2].lower != "as":
        return False
    for k in range(q - 3, nar.floor(q) - 1, -1):
        tok = toks[k]
        if tok.kind == QUOTE or tok.text == ";":
            return False
        if tok.kind == WORD and tok.lower in _CHARACTERISING:
            return not (k > 0 and toks[k - 1].lower in BE)
    return False


_GOVERNS_WORDS = REPORTING_VERBS - wordset("propose proposed proposes announce announced announces")
"""Verbs that make a quotation after them the subject's words; proposing or announcing a
thing names it."""


def _cue(nar: Narration, q: int, prev: Token, text: str) -> bool:
    """A noun naming a word right before the quotation, or "so-called": 'criticized the term
    "..."' (not a verb: 'refused to label "..."', nor round 31's predicate of the noun: 'the
    slang "was never meant to hurt"', nor round 48's noun named by the quotation before it:
    'called the "Jobs First" slogan "tired"')."""
    if prev.lower in ("so-called", "so-dubbed"):
        return True
    if prev.lower == "called" and q > 1 and nar.toks[q - 2].lower == "so":
        return True
    if not prev.text.islower() or singular(prev.lower) not in TERM_NOUNS:
        return False
    if q > 1 and nar.toks[q - 2].kind == QUOTE:
        return False  # round 48: 'called the "Jobs First" slogan "tired"': named already
    if _placed_after_plural(prev, text):
        return False  # round 150
    if _complement_of_call(nar, q, text):
        return False  # round 156
    return (q < 2 or nar.toks[q - 2].lower not in _MODALS) and not opens_predicate(text)


_CALLED_OBJECT = wordset("called calls call calling")
_OBJECT_DETERMINERS = wordset("the these those its their his her such")


def _complement_of_call(nar: Narration, q: int, text: str) -> bool:
    """Round 156: True when the noun of a word before the quotation is the object of "call"
    and the quotation, opening with "a" or "an", is what the object is called: 'Ryu called
    the slogans "a cheap trick"' judges the slogans (the speaker's words), it does not quote
    one (a slogan quoted after its noun has no article first: 'the slogan "Sky First"')."""
    if q < 3 or not lowercase(text.lstrip()).startswith(("a ", "an ")):
        return False
    toks = nar.toks
    return toks[q - 2].lower in _OBJECT_DETERMINERS and toks[q - 3].lower in _CALLED_OBJECT


_JUDGING_CALLS = wordset("called calling")
_OBJECT_OPENERS = _OBJECT_DETERMINERS | wordset("this that our")
_OBJECT_WORDS_MAX = 3


def _judged_object(nar: Narration, q: int, text: str) -> bool:
    """Round 226: True when the lowercase quotation ``text`` at ``q`` is what a past "called"
    (or "calling") calls its object, a determiner and one to three lowercase words: 'She
    called the apps "fine for young people"', 'called the result "ten years late"', 'has
    long called the sport "the cradle of ..."' judge the object in the subject's words,
    whatever the object's noun ("apps", "prize" and "terms" read as a title's or a term's
    noun otherwise). Not a present "calls" (a habitual name: 'farmers call the blight "red
    rot"'), nor a name that repeats the object's noun ('called the drones "sky drones"') or
    is a short bare plural for a plural object ('called the teams "flying hospitals"'), nor a
    quotation after "the" ('called the upper bunk the "penthouse"')."""
    if not text.lstrip()[:1].islower():
        return False
    toks, floor = nar.toks, nar.floor(q)
    k = q - 1
    while k > floor and q - k <= _OBJECT_WORDS_MAX:
        tok = toks[k]
        if tok.kind != WORD or not tok.text.islower() or tok.lower in _OBJECT_OPENERS:
            break
        k -= 1
    if k == q - 1 or k - 1 < floor or toks[k].lower not in _OBJECT_OPENERS:
        return False
    if toks[k - 1].lower not in _JUDGING_CALLS:
        return False
    said = [lowercase(w) for w in words(text)]
    if not said or singular(said[-1]) == singular(toks[q - 1].lower):
        return False
    # a bare plural for a plural object is a name for it: 'called the teams "flying hospitals"'
    return not (len(said) <= _OBJECT_WORDS_MAX and _plural(said[-1]) and _plural(toks[q - 1].lower))


_PLACES_WORDS = wordset("in on at from across within throughout")


def _placed_after_plural(prev: Token, text: str) -> bool:
    """Round 150: True when a plural word noun other than "words" stands before a quotation
    of three words or more opening with a lowercase preposition of place: 'found the same
    phrases "in nine of the essays, line by line"' says where the phrases were, it does
    not quote them (one quotation is no plural's words; 'the words "in good faith"' is)."""
    low = prev.lower
    if low == "words" or low == singular(low):
        return False
    found = words(text)
    return len(found) >= 3 and text[:1].islower() and found[0] in _PLACES_WORDS


def _renamed(nar: Narration, q: int) -> bool:
    """A verb of naming a few words before the quotation, with only its object and "as"
    between: 'renamed the square "..."', 'rebranded its app as "..."', 'code-named "..."'."""
    toks, floor = nar.toks, nar.floor(q)
    lo = floor if floor > q - _WINDOW + 1 else q - _WINDOW + 1  # (not max(): a builtin call)
    for k in range(q - 1, lo - 1, -1):
        if toks[k].kind != WORD or toks[k].lower in REPORTING_VERBS:
            return False  # 'renamed the firm and said it was "...": the saying governs
        if toks[k].lower in _NEW_VERB_PHRASE:
            # round 153: 'had closed the two plants named and would "..."': a modal opens a
            # verb phrase of its own, and a naming verb's object holds none
            return False
        if toks[k].lower in _RENAMING and not _naming_noun(toks, k, floor):
            return toks[k + 1].lower != "to"  # not 'entitled to "a fair share"', a right
    return False


_NEW_VERB_PHRASE = wordset("will would can could may might should must shall")
"""Round 153: modals, which open a verb phrase a naming verb's object cannot hold."""


def _naming_noun(toks: list[Token], k: int, floor: int) -> bool:
    """Round 150: True when the naming word at ``k`` is a noun after a determiner, not a
    verb: 'Pyo called the rebrand "a fresh coat of varnish on a sinking boat"' judges the
    renaming and names nothing (a participle after one, 'the renamed "Harbor Line"', still
    gives a name)."""
    low = toks[k].lower
    if low.endswith("ed") or k <= floor:
        return False
    return toks[k - 1].lower in _DETERMINERS


def _replaced(nar: Narration, q: int, prev: Token) -> bool:
    """The new form of a term a sentence says was replaced or changed: 'the term "a" ...,
    replacing it with "b"', 'changed the title to "b"' (a word noun earlier in the sentence
    says the swap is of words)."""
    if prev.lower not in ("with", "to", "into", "as", "by", "from"):
        return False
    toks, floor = nar.toks, nar.floor(q)
    lo = max(floor, q - _WINDOW)
    if not any(toks[k].lower in _REPLACES for k in range(lo, q - 1)):
        return False
    return any(
        toks[k].kind == WORD and singular(toks[k].lower) in TERM_NOUNS for k in range(floor, q)
    )


def _names_level(nar: Narration, q: int, prev: Token, text: str) -> bool:
    """A step of a graded scale after "to" or "at": 'raised the alert to "serious"', 'if
    river levels stay at "quite poor"' (a verb of change or state and a scale noun just before;
    not 'rose to "historic highs"', a description)."""
    found = words(text)
    if prev.lower not in ("to", "at") or not 0 < len(found) <= 2 or found[0] in _DETERMINERS:
        return False
    last = found[-1]
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return False  # a plural is a description ('stayed at "record lows"'), not a step
    toks, floor = nar.toks, nar.floor(q)
    lo = max(floor, q - _WINDOW - 1)
    verbs = _CHANGES if prev.lower == "to" else _STATES
    near = range(lo, q - 1)
    return any(toks[k].lower in verbs for k in near) and any(
        singular(toks[k].lower) in _LEVELS for k in near
    )


def _level_apposed(nar: Narration, q: int, text: str) -> bool:
    """A step named by the appositive after it: '"caution," the second-lowest level'."""
    toks = nar.toks
    k = q + 1 + (q + 1 < len(toks) and toks[q + 1].text == ",")
    if k == q + 1 and not text.rstrip().endswith(","):
        return False
    if k >= len(toks) or toks[k].lower not in ("the", "a", "an"):
        return False
    for j in range(k + 1, min(len(toks), k + _WINDOW + 1)):
        if toks[j].kind != WORD or toks[j].capitalised:
            return False
        if singular(toks[j].lower) in _LEVELS:
            return True
    return False


def _apposed(nar: Narration, q: int, text: str) -> bool:
    """A quotation set off by commas after a noun phrase headed by a word or a work: 'Her
    favourite phrase, "step by step," came up', 'A novel by Kim, "...," came out' (not 'a
    plan, "a lifeline for farmers," ...', a description, nor 'Of the slogan, Kim said, "..."'
    or 'Kim said of the motto, "...," and left', a statement after its reporting verb)."""
    found = words(text)
    if found[:1] in (["a"], ["an"]) and not title_cased(text) and not text[:1].isupper():
        return False
    toks, floor = nar.toks, nar.floor(q)
    after = q + 1 + (q + 1 < len(toks) and toks[q + 1].text == ",")
    closed = text.rstrip()[-1:] == "," or (text.rstrip()[-1:] == "." and nar.ends_sentence(q))
    if after == q + 1 and not closed:
        return False  # no appositive without its closing comma (round 14: or sentence end)
    saying = [c for c in nar.clauses_between(floor, q - 1) if not c.label]
    if saying and not _continues(toks, after) and not _titled_noun(toks, q, text, found):
        return False  # 'Kim said of the motto, "We will win."': his statement (round 14: a
        # characterising verb is no statement: 'call it by its nickname, "the owls."')
    for k in range(q - 2, max(floor, q - 2 - _WINDOW) - 1, -1):
        tok = toks[k]
        if tok.kind != WORD or tok.lower in REPORTING_VERBS:
            return False
        if tok.lower == "words":
            return False  # 'in Kim's words, "..."': what someone said
        if tok.text.islower() and singular(tok.lower) in _WORK_NOUNS:
            return k == floor or toks[k - 1].lower not in _MODALS
    return False


_TOPIC = wordset("of about")  # 'said of the motto, "..."': the motto is what was said


def _titled_noun(toks: list[Token], q: int, text: str, found: list[str]) -> bool:
    """Round 63: a title-cased name of two words or more right after a work noun and its
    comma ends a saying clause as the noun's name, not a statement: 'she said on the
    network's morning show, "Sunrise Seoul."', 'fans chanted his campaign slogan, "Yeosu
    Forward."' (not 'Kim said of the motto, "We Will Win."', the motto a topic, nor one word,
    '..., "Never."', nor a sentence, '"We will win."', which is not title-cased)."""
    if len(found) < 2 or q < 3 or not title_cased(text):
        return False
    noun = toks[q - 2]
    if noun.kind != WORD or not noun.text.islower() or singular(noun.lower) not in _WORK_NOUNS:
        return False
    # 'of the club motto', 'about his show': the noun a topic of the saying
    lo = q - 6 if q > 6 else 0
    return not any(toks[k].lower in _TOPIC for k in range(lo, q - 2))


def _continues(toks: list[Token], k: int) -> bool:
    """True when the word at ``k``, after an appositive, goes on with its noun phrase's verb
    ('..., "step by step," came up'), not a new clause ('and left', 'he said')."""
    if k >= len(toks) or toks[k].kind != WORD or not toks[k].text.islower():
        return False
    return toks[k].lower not in _CLAUSE_STARTS


_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


_PARTICLES = wordset("off out up down over in on back away")
"""Round 155: the last part of a gerund's compound that names a measure before a noun:
'cooling-off', 'winding-down', 'phasing-in' (a name's shape, not a judgement's: 'all-out',
'hands-on' and 'far-off' weigh things, and are left alone)."""


def _compound_modifier(nar: Narration, q: int, text: str) -> bool:
    """Round 155: True when the quotation at ``q`` is a compound that names the kind of thing
    the noun right after it is: a gerund's compound with a particle ('a 48-hour
    "cooling-off" hold', 'an "opt-out" clause') or words ending in a plural noun ('Seoul's
    "three no's" policy', 'the "two open doors" line'): the name of a measure or a line, not
    anyone's words. Not an adjective or an evaluation ('a "swift" response', 'a "broadly
    shared" concern', 'an "all-out" effort'), nor a span with its own punctuation ('a
    "sell-off," he said')."""
    found = words(text)
    if not found or len(found) > 4 or not text.rstrip(_MARKS)[-1:].isalnum():
        return False
    last = found[-1]
    if len(found) == 1:
        head, _, tail = last.rpartition("-")
        if tail not in _PARTICLES or not head.isalpha() or head[-3:] != "ing":
            return False  # a gerund's compound, not a degree's: 'an "all-out" effort'
    elif not _plural(last) or any(w.endswith(("ly", "est")) for w in found):
        return False
    toks = nar.toks
    if q < 1 or q + 1 >= len(toks) or nar.floor(q + 1) != nar.floor(q):
        return False
    low = toks[q - 1].lower  # a noun phrase opens before the marks: 'a 48-hour', 'Seoul's'
    opens = low in _DETERMINERS or low.endswith(_POSSESSIVE_ENDINGS)
    if not opens and not (low[:1].isdigit() and "-" in low):
        return False  # not 'trying to "bend the rules" ahead of', a verb's phrase
    nxt = toks[q + 1]
    if nxt.kind != WORD or nxt.lower in _NOT_HEADS or nxt.lower in REPORTING_VERBS:
        return False
    return is_head_noun(nxt)


_SUBJECT_DETERMINERS = wordset("the its their this these those")
_FINITE = wordset(
    """
    is was are were has had have will would can could may might must should does did remains
    remained
    """
)
"""Round 155: the verb or auxiliary right after a quoted noun phrase that is its subject."""


def _subject_term(nar: Narration, q: int, text: str) -> bool:
    """Round 155: True when the quotation at ``q`` is a short lower-case noun phrase after
    "the" (or "its", "their", and at most a participle between: 'the ensuing') and right before
    a finite verb: the subject of its clause, a thing named in the narration ('warn that the
    ensuing "heat debt" is not repaid', 'the "quiet hours" were set'), not an evaluation,
    which is a predicate or an object ('called the plan "reckless"'). Not after "a" ('a
    "collective refusal" was not responsible': a speaker's phrase), nor with punctuation of
    its own inside the marks ('"wrong," was his verdict')."""
    found = words(text)
    if not 1 <= len(found) <= 4 or not text.rstrip(_MARKS)[-1:].isalnum():
        return False
    if not text.strip(_MARKS).islower() or any(w in _FIRST_PERSON for w in found):
        return False
    toks, floor = nar.toks, nar.floor(q)
    if q + 1 >= len(toks) or toks[q + 1].lower not in _FINITE:
        return False
    k = q - 1
    low = toks[k].lower
    if k > floor and toks[k].kind == WORD and low[-3:] == "ing" and low.isalpha():
        k -= 1  # one participle between: 'the ensuing' (not 'the North's', 'called the plan')
    return k >= floor and toks[k].lower in _SUBJECT_DETERMINERS


_NOT_HEADS = wordset("next last this ahead later earlier again instead together too also yet")
"""Round 155: words after a quotation that may pass for a noun but open no noun phrase."""


def _modifies_kind(nar: Narration, q: int, prev: Token, text: str) -> bool:
    """A compound after a determiner that modifies a kind of thing a word or two later: 'the
    city's "people-first" housing policy', 'the "no work, no pay" rule' (not 'a "phased"
    approach', one word that may be the speaker's adjective)."""
    if not (prev.lower in _DETERMINERS or prev.lower.endswith(_POSSESSIVE_ENDINGS)):
        return False  # "the city's", and a plural's "the platforms'"
    found = words(text)
    if not text.rstrip()[-1:].isalnum() or not found or found[0] in _DETERMINERS:
        return False
    if len(found) > 4 or (len(found) == 1 and "-" not in found[0]):
        return False
    if found[-1].endswith(("ly", *ADJECTIVE_ENDINGS)):
        return False
    toks = nar.toks
    if len(found) == 1 and prev.lower in ("a", "an") and q > 1 and toks[q - 2].lower in PLEDGES:
        return False  # round 204: 'vowed a "no-mercy" crackdown': how the pledger puts it
    if len(found) > 1 and found[0].endswith(_POSSESSIVE_ENDINGS) and q + 1 < len(toks):
        # round 63: a compound with its owner inside the marks, 'a "director's cut" concert
        # version': a name modifying the noun after it (an adjective has no owner; 'a
        # "nation's worst" crisis' ranks it, the speaker's judgement)
        if found[-1] in _RANKS or found[-1].endswith("est"):
            return False
        nxt = toks[q + 1]
        return nxt.kind == WORD and nxt.text.islower() and is_head_noun(nxt)
    for k in range(q + 1, min(len(toks), q + 4)):
        tok = toks[k]
        if tok.kind == QUOTE or (not is_head_noun(tok) and tok.lower not in KINDS):
            return False
        if singular(tok.lower) in KINDS:
            return True
    return False


# Round 20: a span the rules gave a speaker that is still a term by its shape or by who names it.
# Read only for a short partial quotation that has a speaker (``_quotes`` in the package).

_GROUP_CALLS = wordset("call dub dubbed called")
"""A naming verb of a plural subject ('critics call', 'users dubbed', 'staff called'): the name
a group gives a thing, not a quotation ('what he called', 'Seo calls' stay a speaker's words)."""
_RANKS = wordset("most least worst best only first last real true biggest greatest")
"""Words that make 'the ...' a judgement, not a name: 'the worst ...', 'the real ...'."""
_GROUP_NOUNS = wordset("staff people media press public police locals")
"""Subjects that are groups without a plural ending."""
_GROUP_ADVERBS = wordset("have had also often still now sometimes long commonly widely already")
_NAMED_OBJECTS = wordset("it them him her")
THING_DETERMINERS = wordset("the its their this such these those")
THING_CALLS = wordset("call dub dubbed")
"""Round 70: the naming verbs of a group before an object 'the unit' ('call the unit "..."')."""


def group_named(nar: Narration, q: int, text: str) -> bool:
    """True when the quotation at ``q`` is what a group of people call a thing or a person,
    in a frame with no speaker of its own: 'a decision critics call "..."', 'what older
    residents call "..."', 'where neighbors call Pak "..."', 'an event users dubbed "..."'
    (not 'what she calls', 'a step he called': one speaker's words; nor 'to call the probe
    "..."', nor what a group calls a thing that is no name: 'which critics call "reckless"',
    'what the two sides call "a new era"', 'what officials called "an ..."', 'what fans call
    "the best ..."')."""
    toks, floor = nar.toks, nar.floor(q)
    k = q - 1
    obj = toks[k]
    called = k > floor and obj.kind == WORD and toks[k - 1].lower == "call" and _object(obj)
    if called:
        k -= 1  # 'call Pak "..."', 'call it "..."'
    # round 70: a thing the object names by a determiner and a lower-case noun, after "call"
    # or "dub" ('officers call the unit "..."', 'critics have dubbed the project "..."'; not
    # the past "called", one occasion's words)
    thing = k - 2 > floor and toks[k - 1].lower in THING_DETERMINERS and obj.text.islower()
    if thing and toks[k - 2].lower in THING_CALLS:
        k -= 2
    else:
        thing = False
        # round 83: a thing the copy names with a capital or a number after "call the"
        # ('drivers call the N26 "..."'): the quotation is its other name, as after 'call Pak'
        if (
            not called
            and k - 2 > floor
            and (obj.capitalised or obj.text[:1].isdigit())
            and toks[k - 1].lower == "the"
            and toks[k - 2].lower in THING_CALLS
        ):
            called = True
            k -= 2
    if k <= floor or toks[k].lower not in _GROUP_CALLS or not _group_subject(toks, k, floor):
        return False
    found = words(text)
    if not found or found[0] in ("a", "an"):
        return False  # 'which critics call "a giveaway"': a description, theirs
    if found[0] == "the" and len(found) > 1:
        rank = found[1]
        return rank not in _RANKS and not rank.endswith("est")  # not 'the worst ...'
    # a name: 'Hallim green', or 'call Pak "tea auntie"' (not 'call it "hasty"'); but 'which
    # critics call "reckless"' is a characterisation and stays theirs, and so does 'call the
    # plan "deeply flawed"' (round 70: only "the ..." or a capital names a thing so called)
    if thing and len(found) == 1 and _plural(found[0]) and _plural(obj.lower):
        return text.islower()  # round 87: 'Students call their shares "seeds."', a name
    return not text.islower() or (called and not thing and len(found) > 1)


def _group_subject(toks: list[Token], k: int, floor: int) -> bool:
    """True when a group of people is the subject of the naming verb at ``k`` ('critics
    call', 'locals still call', 'they dub'), not one speaker (read before the span: cheap)."""
    k -= 1
    while k > floor and (toks[k].lower in _GROUP_ADVERBS or _manner(toks[k])):
        k -= 1  # 'critics have long dubbed', 'locals still call', 'its crew fondly call'
    low = toks[k].lower
    if low in _GROUP_NOUNS or low == "they":
        return True
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    return toks[k].kind == WORD and low.replace("-", "").isalpha()  # "co-workers"


_ACROSS_REACH = 20
"""Round 245: tokens from a group's "call" to the name, across a long object."""


def group_named_across(nar: Narration, q: int, text: str) -> bool:
    """Round 245: True when the quotation at ``q`` is a group's name for a thing given across
    an object longer than :func:`group_named` reads, with an "of" phrase, a possessive or a
    relative clause between commas ('Researchers call such lapses, which can last several
    seconds, "microsleeps."', 'Students call a mix of an energy drink and coffee "the bomb,"',
    'Merchants there call the lenders' nightly rounds "the evening visit."'): "call" in the
    present, a plural subject, nothing between it and the quotation but words and commas (no
    other quotation, no verb of saying), and the shape of a name: "the ..." with no rank or
    superlative, or one lower-case plural noun for a plural object. A judgement stays the
    group's ('call the plan "reckless"', '... "a giveaway"', 'the new subsidy "peanuts"')."""
    toks, floor = nar.toks, nar.floor(q)
    lo = max(floor, q - _ACROSS_REACH)
    k = q - 1
    while k > lo and toks[k].lower not in PRESENT_CALLS:
        tok = toks[k]
        if (tok.kind != WORD and tok.text != ",") or tok.lower in REPORTING_VERBS:
            return False
        k -= 1
    if k <= lo or k >= q - 3 or toks[k].lower not in PRESENT_CALLS:
        return False  # an object of two words or fewer: group_named reads those
    if not _group_subject(toks, k if toks[k - 1].lower not in _PLACE_ADVERBS else k - 1, floor):
        return False
    found = words(text)
    if not found or not text.islower() or len(found) > _ACROSS_WORDS:
        return False
    if found[0] == "the":
        return len(found) > 1 and found[1] not in _RANKS and not found[1].endswith("est")
    # one plural noun names a plural thing ('such lapses ... "microsleeps"'), as round 87
    # reads 'Students call their shares "seeds."'; 'the new subsidy "peanuts"' judges one
    head = toks[k + 1 : k + 4]
    return len(found) == 1 and _plural(found[0]) and any(_plural(t.lower) for t in head)


_ACROSS_WORDS = 4  # a name's words at most: 'the evening visit'; longer is a description


def calls_before(nar: Narration, q: int) -> bool:
    """Round 245: True when a present "call" stands before the quotation at ``q`` within
    :data:`_ACROSS_REACH` tokens of its sentence, no other quotation between: the cue to read
    :func:`group_named_across` (a few token looks)."""
    toks, floor = nar.toks, nar.floor(q)
    for k in range(q - 2, max(floor, q - _ACROSS_REACH), -1):
        tok = toks[k]
        if tok.kind == QUOTE:
            return False
        if tok.lower in PRESENT_CALLS:
            return True
    return False


_PLACE_ADVERBS = wordset("there here")
"""Round 245: 'Merchants there call ...': a place word between the group and its verb."""


def _plural(low: str) -> bool:
    """Round 87: a word shaped like a plural noun ("seeds", "riders"; not "reckless",
    "dangerous", "basis")."""
    return len(low) > 3 and low[-1:] == "s" and low[-2:] not in ("ss", "us", "is") and low.isalpha()


_OUTSIDE = wordset("a an its their")
"""Round 82: a determiner the copy keeps outside the marks of a name ('its "winter action"')."""
NAMING_FORMS = wordset("called calling dubbed nicknamed labeled labelled termed as")
"""Round 82: the word before such a determiner that :func:`named_as_usual` reads (a naming
verb's participle, or the "as" of 'described ... as')."""
_DESCRIBES = wordset("described describe describing referred branded")
_AS_REACH = 6  # round 82: tokens from "as" back to its verb ('described their attacks as')
_BY_GROUPS = wordset("media press critics fans locals residents users netizens observers")


def named_as_usual(nar: Narration, q: int) -> bool:
    """Round 82: True when the quotation at ``q`` is a name a group uses, told by the naming
    verb's form and the determiner outside the marks, not one occasion's words: a perfect
    ('which the union has called its "..."', 'The Houthis have described their attacks as a
    "..."'), a progressive ('what traders are calling a "..."') or a passive whose agent is
    a lower-case group ('dubbed a "..." by local media'). Not the simple past of one
    statement ('Kim dubbed the plan a "..."', 'branded the deployment a "..."'), a participle
    of the lede's speaker ('calling the command a "..."'), a named person's or a pronoun's
    perfect ('Kim has called the plan a "..."', 'she has called it a "..."') or an agent
    with a capital ('dubbed a "..." by Rep. NAME')."""
    toks, floor = nar.toks, nar.floor(q)
    k = q - 2  # the word before the determiner
    if k <= floor:
        return False
    if toks[k].lower == "as":
        lo = max(floor, k - _AS_REACH)
        k -= 1
        while k > lo and toks[k].lower not in _DESCRIBES:
            if toks[k].kind != WORD:
                return False
            k -= 1
        if k <= lo:
            return False
    verb = toks[k].lower
    after = toks[q + 1] if q + 1 < len(toks) else None
    if verb != "calling" and after is not None and after.lower == "by" and q + 2 < len(toks):
        # a passive whose agent is a group: 'by local media', 'by critics'
        agent = toks[q + 2]
        if agent.kind == WORD and agent.text.islower():
            nxt = toks[q + 3] if q + 3 < len(toks) else None
            head = nxt.lower if nxt is not None and nxt.kind == WORD else agent.lower
            return agent.lower in _BY_GROUPS or head in _BY_GROUPS
        return False
    aux = toks[k - 1].lower if k - 1 > floor else ""
    if verb == "calling":
        if aux not in ("are", "is", "were", "was"):
            return False
    elif aux not in ("has", "have"):
        return False
    subject = toks[k - 2] if k - 2 >= floor else None
    if subject is None or subject.kind != WORD or subject.lower in _PERSONS:
        return False
    # 'Kim has called': one named speaker ('The Houthis have' is a group)
    return not subject.capitalised or (k - 3 >= floor and toks[k - 3].lower == "the")


_PERSONS = wordset("he she i we you who")


_DUB_REACH = 16
"""Round 77: tokens from the article before the quotation back to "dubbed", across a long
object ('the North's growing network of ties with Russia, Belarus and Iran')."""
_DUBS = wordset("dub dubbed nicknamed")


def dub_cue(text: str) -> bool:
    """Round 77: the shape :func:`dubbed_across` reads, two or three lower-case nouns: the
    draft's cue after an article (its words only, no token read)."""
    found = words(text)
    return 2 <= len(found) <= 3 and text.islower() and all_nouns(found)


def _back_to(toks: list[Token], k: int, lo: int, wanted: frozenset[str]) -> int:
    """The nearest token from ``k`` back to just after ``lo`` whose word is in ``wanted``
    (a naming verb), or -1: none there, or another quotation between (not one frame)."""
    while k > lo and toks[k].lower not in wanted:
        if toks[k].kind == QUOTE:
            return -1
        k -= 1
    return k if k > lo else -1


def dubbed_across(nar: Narration, q: int, text: str) -> bool:
    """Round 77: a bare compound of lower-case nouns after an article outside the marks, the
    complement of a group's "dubbed" across a long object: 'Some analysts in Seoul have
    dubbed the North's growing network of ties with ... a "sanctions club."' (a nickname the
    group gave; round 70's :func:`group_named` reads an object of two words only). Not one
    speaker's 'Kim dubbed the plan a "slow-motion mistake"', nor a judgement of the group's,
    'a "costly gamble"' (an adjective: no compound of nouns) or 'a "giveaway"' (one word)."""
    if not dub_cue(text):
        return False
    toks, floor = nar.toks, nar.floor(q)
    lo = max(floor, q - 1 - _DUB_REACH)
    k = _back_to(toks, q - 2, lo, _DUBS)
    if k < 0:
        return False
    k -= 1
    while k > floor and toks[k].lower in _GROUP_ADVERBS:
        k -= 1  # 'have dubbed', 'have long dubbed'
    if k - 2 >= floor and toks[k].capitalised and toks[k - 1].lower == "in":
        k -= 2  # 'analysts in Seoul': a group of a place
    low = toks[k].lower
    if toks[k].kind != WORD or not toks[k].text.islower() or not low.isalpha():
        return False
    return low in _GROUP_NOUNS or (low.endswith("s") and not low.endswith(("ss", "us", "is")))


def _manner(tok: Token) -> bool:
    """Round 87: an adverb of manner between a group and its naming verb ('which its crew
    fondly call', 'staff jokingly call', 'affectionately'): a lower-case word in "-ly" (not
    "only", which restricts the verb rather than colours it)."""
    low = tok.lower
    return low[-2:] == "ly" and len(low) > 4 and tok.kind == WORD and tok.text.islower()


def _object(tok: Token) -> bool:
    """A one-word object of "call": a pronoun or a name ('call it', 'call Pak')."""
    return tok.lower in _NAMED_OBJECTS or (tok.capitalised and tok.lower != "i")


def hashtag(text: str) -> bool:
    """True when the quotation is a hashtag: '"#NotAFight."' (a sign or a post names it; the
    label of a chant or a placard in words stays a quotation)."""
    found = text.strip(_MARKS + ".,;:!?")
    return found[:1] == "#" and len(found) > 1 and " " not in found


def counted(nar: Narration, q: int, text: str) -> bool:
    """True when a number counts the things the quotation names: 'keep 75 "warm rooms"
    open', 'some 900 "smart" kiosks' (a count of things, not of words; a year is not a
    count: 'in 2019 "..."')."""
    prev = nar.word_before(q)
    if prev is None or prev.kind != WORD or not prev.text[:1].isdigit():
        return False
    digits = prev.text.replace(",", "")
    if not digits.isdigit() or (len(prev.text) == 4 and prev.text[:2] in ("19", "20")):
        return False
    found = words(text)
    return 0 < len(found) <= 3 and text.rstrip()[-1:].isalnum()


_TALK = wordset("talk speculation rumors rumours rumor rumour chatter")
"""Nouns of what people say in general: 'dismissed talk of an "..."' quotes the talk, not the
one who dismisses it."""


def talked_of(nar: Narration, q: int, text: str) -> bool:
    """True when the quotation at ``q`` names what is talked of: 'dismissed talk of an "ice
    age"', 'reviving talk of a "rice shock"' (a few words after "talk of" or "speculation
    about", and at most an article between)."""
    toks, floor = nar.toks, nar.floor(q)
    k = q - 1
    if k > floor and toks[k].lower in ("a", "an", "the"):
        k -= 1
    if k <= floor or toks[k].lower not in ("of", "about"):
        return False
    return toks[k - 1].lower in _TALK and len(words(text)) <= 4


_PRACTICES = wordset("concept notion custom tradition ritual rite practice art craft virtue ethos")
"""Round 43: nouns of an idea, a custom or a practice, whose "of" names it: 'the custom of
"..."' quotes the name of the custom, not the words of whoever speaks in the sentence."""
_PRACTICE_WORDS = 2  # the longest name of a practice read: longer is a speaker's phrase


def practice_named(nar: Narration, q: int, text: str) -> bool:
    """Round 43: True when the quotation at ``q`` right after "of" names the idea, custom or
    practice before it: 'the concept of "nunchi"', 'the old custom of "dano"', 'the ritual of
    "gimjang," making kimchi' (one or two words, no article between; not 'the legacy of "a
    generation taught ..."', a speaker's phrase, nor 'the importance of "..."')."""
    if q < 2 or nar.toks[q - 1].lower != "of":
        return False
    noun = nar.toks[q - 2]
    if noun.kind != WORD or not noun.text.islower() or singular(noun.lower) not in _PRACTICES:
        return False
    found = words(text)
    return 0 < len(found) <= _PRACTICE_WORDS and found[0] not in _DETERMINERS


_TALK_BEFORE = wordset("of about a an the")
"""The word right before a quotation that :func:`talked_of` reads."""


_SELVES = wordset("himself herself themselves itself")
_SELF_CALLS = wordset("calls call dubs")
"""Round 70: the present of a naming verb before a reflexive, a name one goes by ('who calls
himself "the last ..."'; the past 'called himself "a failure"' is one occasion's words)."""


def self_named(nar: Narration, q: int, text: str) -> bool:
    """Round 70: True when the quotation at ``q`` is the name its subject goes by: 'NAME, who
    calls himself "the last projectionist," said' (a name: "the ..." not a rank, or
    capitalised; not 'calls herself "lucky"', nor 'calls himself "a realist"')."""
    if nar.toks[q - 2].lower not in _SELF_CALLS:
        return False
    found = words(text)
    if not found or found[0] in ("a", "an"):
        return False
    if found[0] == "the" and len(found) > 1:
        return found[1] not in _RANKS and not found[1].endswith("est")
    return not text.islower()


_OWN_DETERMINERS = wordset("the its their his her this these those such")
_CALLED_REACH = 3  # round 87: words of the object between "calls" and the quotation
_NAME_WORDS = 5  # round 87: the longest "the ..." read as a name one calls a thing
_FIRST_PERSON = wordset("i me my we us our")
_PRONOUN_SUBJECTS = wordset("he she they i we you")


def _short_the_name(text: str) -> bool:
    """True when ``text`` is shaped as a short "the ..." name (rounds 87 and 100): two to
    five words opening with "the", no rank or superlative ('the first law', 'the largest
    party'), no comma inside ('the slowest apprentice I ever had, and the best'), no first
    person."""
    found = words(text)
    if not 2 <= len(found) <= _NAME_WORDS or found[0] != "the":
        return False
    rank = found[1]
    if rank in _RANKS or rank.endswith("est") or "," in text.rstrip(_MARKS + ".,;:!? "):
        return False
    return not any(w in _FIRST_PERSON for w in found)


def habitually_called(nar: Narration, q: int, text: str) -> bool:
    """Round 87: True when the quotation at ``q`` is the name its subject habitually uses for
    a thing, told by the present "calls" before a determiner and an object: 'NAME, who calls
    the booths "the glass coffins," said', 'Gil, who calls his old cart "the little radio
    station,"', 'NAME calls the rival players "the generals"', or before "it" or "them" ('She
    calls them "the ..."', round 407). As round 70's 'who calls himself "the ..."', only a
    short "the ..." is a name: not a rank or a superlative ('who calls the bill "the first
    law ..."', 'the largest party ...'), not a contrast or a clause with a comma inside
    ('"the slowest apprentice I ever had, and the best"'), not the speaker's own "I"/"our",
    not a description with "a" ('calls the course "a speed bump"'), and not the past "called"
    of one occasion. A pronoun subject names a thing only in a paragraph that has quoted
    nobody before it (round 407): after a quotation, 'He calls the index "the ..."' goes on
    with that speaker's turn, whose words the reporter relays."""
    if not _short_the_name(text):
        return False
    toks, floor = nar.toks, nar.floor(q)
    k = _called_object(toks, q, floor)
    if k - 1 <= floor or toks[k - 1].lower != "calls":
        return False
    if toks[k - 2].lower not in _PRONOUN_SUBJECTS:
        return True  # a name or 'who' names someone described
    return not any(toks[j].kind == QUOTE for j in range(k - 2))


_CALLED_PRONOUNS = wordset("it them")
"""Round 407: an object of one word before a name ('calls it "the ..."')."""


def _called_object(toks: list[Token], q: int, floor: int) -> int:
    """Where the object of a naming verb opens right before the quotation at ``q``: "it" or
    "them", or a determiner and up to :data:`_CALLED_REACH` words ('the booths', 'his old
    cart'); -1 when the words before the quotation are no such object."""
    k = q - 1
    if k > floor and toks[k].lower in _CALLED_PRONOUNS:
        return k
    lo = max(floor, q - 1 - _CALLED_REACH)
    while k > lo and toks[k].kind == WORD and toks[k].lower not in _OWN_DETERMINERS:
        k -= 1  # the object's words: 'booths', 'old cart', 'Boseong players'
    if k == q - 1 or toks[k].lower not in _OWN_DETERMINERS:
        return -1
    return k


_USED_REACH = 8
"""Round 408: tokens from a quotation back to "used to call" across its object ('used to
call the molten glass for the old bottles "..."')."""
_USED_WORDS = 6  # round 408: the longest name read after "used to call"


def used_to_call(nar: Narration, q: int, text: str) -> bool:
    """Round 408: True when "used to call" and an object of words only frame the quotation at
    ``q``: 'workers used to call the kiln "the ..."', 'his father used to call his first rods
    "..."'. "Used to" is a habit of the past: the name someone gave a thing then, a nickname
    per the corpus README, whoever gave it, not the words of one occasion ('called it "..."')."""
    if len(words(text)) > _USED_WORDS:
        return False
    toks, floor = nar.toks, nar.floor(q)
    lo = max(floor + 2, q - 1 - _USED_REACH)
    for k in range(q - 1, lo - 1, -1):
        tok = toks[k]
        if tok.kind != WORD:
            return False
        if tok.lower == "call":
            if k + 1 < q and toks[k + 1].lower in _CALL_PARTICLES:
                return False  # 'used to call for "..."': a demand, no name
            return toks[k - 1].lower == "to" and toks[k - 2].lower == "used"
    return False


_CALL_PARTICLES = wordset("for on upon out up off in back")
"""Round 408: words after "call" that make it a verb of asking or shouting ('used to call
for "fair pay"', 'used to call on "every citizen"'), not of naming."""


_GROUP_REACH = 16
"""Round 100: tokens from a "the ..." name back to a group's naming verb, across an object
with a relative clause ('the county, which sits more than 400 meters above sea level,')."""
_GROUP_NAMINGS = wordset("call called calling")
_HABIT_STEPS = wordset("have has started begun taken simply")
"""Round 100: words between a group and its naming verb that make the name a habit ('have
long called', 'have started calling', 'have taken to calling', 'simply call')."""


def group_calls_the(nar: Narration, q: int, text: str) -> bool:
    """Round 100: True when the quotation at ``q`` is a short "the ..." name a group of people
    habitually use for a thing, its object: 'Traders in Seoul simply call the NPS "the
    whale."', 'workers in Asan call the new line "the runway."', 'Executives in Ulsan have
    started calling the upper end of the range "the ..."', 'Locals have long called the
    county, which ..., "the roof of ..."'. The subject is a lower-case plural (or "staff",
    "locals", ...) with at most a place after it ('in Seoul', 'in Ulsan and Pohang'); the
    verb is the present "call" or a habit's perfect or inception ('have long called', 'have
    started calling'), never the simple past "called" of one occasion. As round 87's
    :func:`habitually_called`, only a short "the ..." with no rank, superlative, comma or
    first person is a name: 'Critics call the plan "the worst idea in years"' stays theirs,
    and so do one speaker's 'Kim calls the bill "the ..."' (round 87's frame) and a singular
    body's 'which the institute calls "the ..."'."""
    if not _short_the_name(text):
        return False
    toks, floor = nar.toks, nar.floor(q)
    lo = max(floor, q - 1 - _GROUP_REACH)
    k = _back_to(toks, q - 1, lo, _GROUP_NAMINGS)
    if k < 0 or k + 1 > q - 1:
        return False
    opens = k + 1 < q - 1 and toks[k + 1].lower in THING_DETERMINERS
    if not opens and not _named_one(toks, k + 1, q - 1):
        # the object opens with a determiner: 'call the NPS', 'called the county'; or (round
        # 336) it is one person or thing named: 'called Noh', 'called her'
        return False
    verb = toks[k].lower
    k -= 1
    habit = False
    if k - 1 > floor and toks[k].lower == "to" and toks[k - 1].lower == "taken":
        k -= 1  # 'have taken to calling' (not 'plans to call': a plan, no habit)
    while k > floor and (toks[k].lower in _HABIT_STEPS or toks[k].lower in _GROUP_ADVERBS):
        habit = habit or toks[k].lower in ("have", "started", "begun", "taken")
        k -= 1  # 'have long', 'have started', 'simply'
    if verb != "call" and not habit and (verb != "called" or not _plain_the_name(text)):
        return False  # 'are calling' now; 'called the bill "the end of ..."', a judgement
    k = _past_group_tail(toks, k, floor) if verb == "called" else k
    if k - 2 >= floor and toks[k].capitalised and toks[k - 1].lower == "and":
        k -= 2  # 'in Ulsan and Pohang'
    if k - 2 >= floor and toks[k].capitalised and toks[k - 1].lower == "in":
        k -= 2  # 'traders in Seoul': a group of a place
    subject = toks[k]
    low = subject.lower
    if subject.kind != WORD or not low.isalpha():
        return False
    if not subject.text.islower() and not (subject.capitalised and k == floor):
        return False  # a lower-case group, or one opening the sentence ('Locals have')
    return low in _GROUP_NOUNS or _plural(low) or (low[-3:] == "men" and len(low) > 5)


def _plain_the_name(text: str) -> bool:
    """Round 336: True when ``text`` is "the" and one to three words with no "of": a nickname
    one occasion gave ('the sardine can'), not a judgement of it ('the end of free speech',
    'the deal of the year')."""
    found = words(text)
    return len(found) <= 4 and "of" not in found


def _named_one(toks: list[Token], first: int, last: int) -> bool:
    """Round 336: True when the tokens ``first`` to ``last`` are one person or thing named
    without a determiner: "him", "her", "them", or one to three capitalised words ('called
    Noh "the ..."')."""
    if first == last and toks[first].lower in _NAMED_PEOPLE:
        return True
    return last - first < 3 and all(
        toks[j].kind == WORD and toks[j].capitalised for j in range(first, last + 1)
    )


_NAMED_PEOPLE = wordset("him her them")
_TIME_TAILS = (("at", "the", "time"), ("at", "first"))


def _past_group_tail(toks: list[Token], k: int, floor: int) -> int:
    """Round 336: the index of a group subject's last word before a past "called" at ``k +
    1``, past a phrase of time ('Villagers at the time called') or a relative clause naming
    whom they knew ('Neighbors who remember NAME called'); ``k`` when there is none."""
    for tail in _TIME_TAILS:
        n = len(tail)
        if k - n >= floor and tuple(t.lower for t in toks[k - n + 1 : k + 1]) == tail:
            return k - n
    j = k
    while j > floor and toks[j].kind == WORD and toks[j].capitalised and j > k - 3:
        j -= 1
    if j < k and j - 1 > floor and toks[j].lower in _REMEMBER and toks[j - 1].lower == "who":
        return j - 2
    return k


_REMEMBER = wordset("remember remembered knew know")


NAMING_MANNERS = wordset(
    "simply jokingly half-jokingly affectionately fondly wryly grandly playfully teasingly"
    " lovingly mockingly"
)
"""Round 127: adverbs of the manner in which a name is used, not of a judgement ('calls his
garage simply "..."', 'jokingly call the grant a "..."', 'calls them, a little grandly,
"..."'); not 'routinely', 'repeatedly', 'publicly' (a speaker's evaluation, said again)."""
_PLAIN_MANNERS = wordset("simply grandly")
"""Round 127: the manners that make no nickname of a description after "a" ('simply calls the
plan a "disaster"' is a judgement; 'jokingly call the grant a "farewell gift"' a nickname)."""
_MANNER_REACH = 8  # round 127: tokens from the quotation back to "call"/"calls"
MANNER_LEADS = wordset(", a an")
"""Round 127: words right before a quotation that a naming manner's frame may end with."""


def manner_cue(toks: list[Token], q: int) -> bool:
    """Round 127: True when a naming adverb of manner stands a few tokens before the quotation
    at ``q`` (the cheap cue for :func:`named_in_manner`: a slice and a lookup a token)."""
    return any(t.lower in NAMING_MANNERS for t in toks[max(0, q - _MANNER_REACH) : q])


def named_in_manner(nar: Narration, q: int, text: str) -> bool:
    """Round 127: True when the quotation at ``q`` is a name its subject uses for a thing or a
    person, told by the present "call" and a naming adverb of manner (:data:`NAMING_MANNERS`)
    before the verb or between its object and the quotation: 'He calls his garage simply "the
    clinic,"', 'Some members jokingly call the grant a "farewell gift," he added.', 'The ward
    office calls the festival, a bit grandly, "Gangseo Light Week."' (a speaker's turn around
    it does not make the name theirs). Only a name's shape: a short "the ..." (four words at
    most, no rank, comma or first person), a capitalised name, or, after a joking or fond
    manner, two or three lower-case words after "a" outside the marks. Not the past "called"
    of one occasion ('jokingly called the merger a "..." at a briefing'), an evaluation
    ('simply calls the plan "unworkable"', '... a "disaster"', '"a matter of survival"'), nor
    an adverb that is no manner of naming ('has routinely called the bill "..."')."""
    found = words(text)
    if not found or len(found) > 4 or any(w in _FIRST_PERSON for w in found):
        return False
    toks, floor = nar.toks, nar.floor(q)
    lo = max(floor, q - 1 - _MANNER_REACH)
    k = q - 1
    article = toks[k].lower in ("a", "an")
    if article:
        k -= 1
    manner = ""
    while k > lo and toks[k].lower not in PRESENT_CALLS:
        tok = toks[k]
        if tok.lower in NAMING_MANNERS:
            manner = tok.lower  # 'calls his garage simply', 'calls them, a little grandly,'
        elif tok.kind != WORD and tok.text != ",":
            return False  # another quotation, a clause's end: not one frame
        k -= 1
    if k <= lo or toks[k].lower not in PRESENT_CALLS:
        return False
    if not manner and k - 1 >= floor and toks[k - 1].lower in NAMING_MANNERS:
        manner = toks[k - 1].lower  # 'jokingly call the grant'
    if not manner:
        return False
    if article:
        return manner not in _PLAIN_MANNERS and 2 <= len(found) <= 3 and text.islower()
    if found[0] == "the":
        return _short_the_name(text)
    return text[:1].isupper() and found[0] != "i"


TERM_CUES = _GROUP_CALLS | _SELVES | wordset("of about")
"""Words right before a partial quotation that open a frame :func:`term_given_speaker` reads
(and a number: 'keep 75 "..."'), or the word before one of :data:`TERM_LEADS` or a capitalised
word ('call Pak "..."', 'talk of a "..."')."""
TERM_LEADS = _NAMED_OBJECTS | wordset("a an the")


def term_given_speaker(nar: Narration, q: int, text: str, *, partial: bool) -> bool:
    """Round 20: True when a short quotation the rules gave a speaker is a term by a frame they
    do not read: a hashtag, or (a partial quotation only) a count of things, what is talked
    of, or a group's name for a thing. The word before the quotation picks the one frame read
    (a lookup or two for most quotations)."""
    if "#" in text and hashtag(text):
        return True
    if q < 2:
        return False
    toks = nar.toks
    low = toks[q - 1].lower
    if (low in MANNER_LEADS or low in NAMING_MANNERS) and named_in_manner(nar, q, text):
        return True  # round 127: 'calls his garage simply "..."', 'jokingly call ... a "..."'
    if low not in TERM_LEADS and group_named_across(nar, q, text):
        return True  # round 245: 'Researchers call such lapses, which ..., "microsleeps."'
    if not partial:
        return False
    if used_to_call(nar, q, text):
        return True  # round 408: 'workers used to call the kiln "..."'
    if low in _GROUP_CALLS or toks[q - 2].lower == "call":
        return group_named(nar, q, text)
    if q > 2 and toks[q - 3].lower in THING_CALLS and toks[q - 2].lower in THING_DETERMINERS:
        if group_named(nar, q, text):
            return True  # round 70: 'officers call the unit "..."'
        return text[:4] == "the " and group_calls_the(nar, q, text)
    if low in _SELVES:
        return self_named(nar, q, text)
    if low in _OUTSIDE and toks[q - 2].lower in NAMING_FORMS and named_as_usual(nar, q):
        return True  # round 82: 'has called its "..."', 'dubbed a "..." by local media'
    if low in ("a", "an") and dubbed_across(nar, q, text):
        return True  # round 77: 'analysts have dubbed the ... ties with Iran a "..."'
    if text[:4] == "the " and (habitually_called(nar, q, text) or group_calls_the(nar, q, text)):
        return True  # round 87: 'who calls the booths "the ..."'; 100: 'workers call the line'
    if low in _TALK_BEFORE:
        return talked_of(nar, q, text) or practice_named(nar, q, text)
    return low[:1].isdigit() and counted(nar, q, text)
