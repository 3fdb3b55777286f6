"""A speaker named in a prepositional phrase, with no reporting verb (issue 13, round 13).

Wire copy often gives a quotation no "said" at all and names its speaker in a phrase instead:

* 'For NAME, the answer is simple: "..."', 'To NAME, the plan is "too little"', 'In the words of
  NAME, the shelter "cannot survive"' (the phrase opens the sentence);
* 'The message from NAME was clear: "..."', 'The advice of NAME, ..., was short: "..."' (a noun
  of what someone says, owned by the name, is the subject of "be" before a colon);
* '"...," came the reply from NAME.', '"...," was the answer from NAME.' (after the quotation);
* 'In NAME's words, the club "..."' (the phrase opens the sentence, the quotation later in it);
* 'The plan was described as "..." by NAME' (a passive of characterising, its agent right after
  the quotation: who described it so).

Each reads a few tokens of one sentence around the quotation (bounded: no rescan of the
paragraph), and gives the name only when it is one person or body named by a name (not "the
city", not "NAME and NAME") and no reporting verb of the sentence names anyone else before the
quotation.
"""

from __future__ import annotations

from herald_tui.quotes._lexicon import (
    BE,
    CHARACTERISED_AS,
    OBJECT_PRONOUNS,
    OWNED,
    lowercase,
    wordset,
)
from herald_tui.quotes._phrases import Mention
from herald_tui.quotes._tokens import QUOTE, WORD, Token, is_name, skip_auxiliaries

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing is what this avoids
if TYPE_CHECKING:
    from herald_tui.quotes._attribute import Clause, Narration

WORDING = wordset(
    """
    message answer reply response verdict advice request plea warning reaction words view
    comment assessment explanation retort appeal instruction instructions
    """
)
"""Nouns of what someone says: "the message from NAME", "came the reply from NAME"."""

_OWNING = wordset("from of by")
_OPENERS = wordset("for to")  # "For NAME, the answer is ...", "To NAME, the plan is ..."
_CAME = wordset("came was")  # '"...," came the reply from NAME'
_REACH = 24  # tokens a phrase and its clause may take before the quotation


def held_by(nar: Narration, q: int) -> Mention | None:
    """The speaker a phrase before the quotation at token ``q`` names (see the module)."""
    floor = nar.floor(q)
    if floor >= q:
        return None
    words = _in_words(nar, q, floor) or _in_the_words_of(nar, q, floor)
    if words is not None:
        return words
    if q - floor > _REACH:
        return None
    if nar.clauses_between(floor, q - 1):
        return None  # a reporting verb of its own in the sentence: the rules before decide
    toks = nar.toks
    first = toks[floor]
    if first.kind != WORD:
        return None
    if first.lower in _OPENERS:
        return _opening(nar, floor + 1, q)
    if first.lower == "in" and _words(nar, floor + 1, ("the", "words", "of")):
        return _opening(nar, floor + 4, q)
    if first.lower == "in":
        return _owned_words(nar, floor + 1, q)
    if first.lower == "the" and floor + 1 < q and toks[floor + 1].lower in WORDING:
        return _owned_wording(nar, floor + 2, q)
    return None


def _in_words(nar: Narration, q: int, floor: int) -> Mention | None:
    """'..., in NAME's words, "..."': the name, right before the quotation."""
    toks = nar.toks
    j = q - 1
    if j > floor and toks[j].text == ",":
        j -= 1
    if j - 2 < floor or toks[j].lower != "words" or not toks[j - 1].lower.endswith(OWNED):
        return None
    k = j - 1
    while k - 1 > floor and toks[k - 1].capitalised and j - k < 5:
        k -= 1  # back to the name's first word: "in Ko Eun-bi's words"
    if toks[k - 1].lower != "in":
        return None
    mention = _name_at(nar, k)
    return mention if mention is not None and not mention.org else None


_NOT_TITLE = wordset("a an the by of from for to in on at with and or his her their its")
"""Words no title holds: 'in the words of a song by NAME' gives the song's words."""


def _in_the_words_of(nar: Narration, q: int, floor: int) -> Mention | None:
    """'..., in the words of [title] NAME, "..."' inside a sentence (round 15): the name the
    aside gives, right before the quotation, when a comma opens the aside and closes it."""
    toks = nar.toks
    j = q - 1
    if j <= floor or toks[j].text != ",":
        return None
    stop = j - 12 if j - 12 > floor else floor
    for k in range(j - 1, stop, -1):
        if toks[k].lower == "in" and _words(nar, k + 1, ("the", "words", "of")):
            if k > floor and toks[k - 1].text != ",":
                return None  # the aside must open on a comma (or the sentence)
            for m in range(k + 4, j):
                mention = _name_at(nar, m)
                if mention is not None and not mention.org:
                    end = _after(nar, mention, m)
                    return mention if end >= j or toks[end].text == "," else None
                if (
                    toks[m].kind != WORD
                    or not toks[m].text.islower()
                    or toks[m].lower in _NOT_TITLE
                ):
                    return None  # only a lowercase title before the name: "jury president"
            return None
    return None


def held_after(nar: Narration, q: int) -> Mention | None:
    """The speaker '"...," came the reply from NAME.' names after the quotation at ``q``."""
    toks = nar.toks
    agent = _described_by(nar, q)
    if agent is not None:
        return agent
    k = q + 1
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if k + 3 >= len(toks) or nar.sentence[k] != nar.sentence[q]:
        return None
    if toks[k].lower not in _CAME or toks[k + 1].lower != "the":
        return None
    if toks[k + 2].lower in _REPLIES and toks[k + 3].text == "." and toks[k].lower == "came":
        return _asked_before(nar, nar.floor(q))  # round 154: '"...," came the reply.'
    if k + 4 >= len(toks) or toks[k + 2].lower not in WORDING or toks[k + 3].lower not in _OWNING:
        return None
    return _name_at(nar, k + 4)


_REPLIES = wordset("reply answer response")
_ASKED_BACK_REACH = 40  # tokens back from the quotation's sentence to "asked NAME"


def _asked_before(nar: Narration, floor: int) -> Mention | None:
    """Round 154: '"...," came the reply.' names no one, and answers the question just put:
    the person "asked" names in the sentence before ('A reporter asked Bae Min-ho whether he
    would run. He smiled. "Not this year," came the reply.' is Bae's). Only one "asked NAME"
    in reach, a person's name (not a body), and no quotation between it and this sentence
    (another quotation would be the answer already given)."""
    toks = nar.toks
    found: Mention | None = None
    stop = floor - _ASKED_BACK_REACH if floor > _ASKED_BACK_REACH else 0
    for j in range(floor - 1, stop - 1, -1):
        tok = toks[j]
        if tok.kind == QUOTE:
            return None
        if tok.lower != "asked" or j + 1 >= floor:
            continue
        mention = _name_at(nar, j + 1)
        if mention is None or mention.org or found is not None:
            return None  # 'asked the ministry', 'asked whether', two questions: no one sure
        found = mention
    return found


def _described_by(nar: Narration, q: int) -> Mention | None:
    """'The plan was described as "a disaster" by NAME': the name after "by" right after the
    quotation at ``q``, when "as" (or "as a/an") after a participle of characterising stands
    right before it (not 'a film described as "..." and directed by NAME', nor 'described as
    "..." in a report by NAME')."""
    toks = nar.toks
    if q + 2 >= len(toks) or toks[q + 1].lower != "by" or nar.sentence[q + 2] != nar.sentence[q]:
        return None
    k = q - 1
    if k >= 0 and toks[k].lower in ("a", "an"):
        k -= 1
    if k < 1 or toks[k].lower != "as" or toks[k - 1].lower not in CHARACTERISED_AS:
        return None
    if nar.floor(q) > k - 1:
        return None
    mention = _name_at(nar, q + 2)
    return mention if mention is not None and not mention.org else None


def _owned_words(nar: Narration, k: int, q: int) -> Mention | None:
    """'In NAME's words, the club "..."': the name whose words the opening phrase (from token
    ``k``, after "In") says they are, when a comma closes it and no other name or quotation
    stands between it and the quotation (not 'In NAME's view,': an opinion, not words)."""
    toks = nar.toks
    j = k
    while j < q and j - k < 5 and toks[j].capitalised and not toks[j].lower.endswith(OWNED):
        j += 1
    if j + 2 >= q or not toks[j].lower.endswith(OWNED):
        return None
    if toks[j + 1].lower != "words" or toks[j + 2].text != ",":
        return None
    mention = _name_at(nar, k)
    if mention is None or mention.org or _other_name(nar, mention, j + 3, q):
        return None
    return mention


def _words(nar: Narration, k: int, words: tuple[str, ...]) -> bool:
    toks = nar.toks
    if k + len(words) > len(toks):
        return False
    return all(toks[k + i].lower == word for i, word in enumerate(words))


def _name_at(nar: Narration, k: int) -> Mention | None:
    """A name (not a role: "the city", "the ministry") that starts at token ``k``."""
    if k >= len(nar.toks):
        return None
    mention = nar.mentions.get(nar.toks[k].start)
    if mention is None or mention.kind != "name":
        return None
    return mention


def _after(nar: Narration, mention: Mention, k: int) -> int:
    """The first token at or after ``k`` past the end of ``mention``."""
    toks = nar.toks
    while k < len(toks) and toks[k].start < mention.end:
        k += 1
    return k


def _after_name(nar: Narration, mention: Mention, k: int) -> int:
    """The token of the comma between a name and its description, or ``k`` past the text."""
    comma = mention.text.find(",")
    if comma < 0:
        return len(nar.toks)
    at = mention.start + comma
    toks = nar.toks
    while k < len(toks) and toks[k].start < at:
        k += 1
    return k


def _opening(nar: Narration, k: int, q: int) -> Mention | None:
    """'For NAME[, who ...], the answer is simple: "..."': the name, when a comma closes the
    phrase and no other name stands between it and the quotation."""
    mention = _name_at(nar, k)
    if mention is None:
        return None
    after = _after(nar, mention, k)
    if after >= q and mention.appositive:
        # 'In the words of NAME, the shelter "...": the phrase read "the shelter" as NAME's
        # description; the comma after the name closes the phrase
        after = _after_name(nar, mention, k)
    if after >= q or nar.toks[after].text != ",":
        return None  # "For NAME and NAME,", "For NAME the ...": not one speaker
    if _other_name(nar, mention, after, q):
        return None  # 'For NAME, Mayor NAME had one answer:' is the mayor's, if anyone's
    return mention


def _owned_wording(nar: Narration, k: int, q: int) -> Mention | None:
    """'The message from NAME[, ...] was clear: "..."': the name, when "be" joins the noun
    to what describes it and a colon introduces the quotation."""
    toks = nar.toks
    if k >= q or toks[k].lower not in _OWNING:
        return None
    mention = _name_at(nar, k + 1)
    if mention is None:
        return None
    if toks[q - 1].text != ":":
        return None
    after = _after(nar, mention, k + 1)
    if not any(toks[j].lower in BE for j in range(after, q)):
        return None  # 'The message from NAME reached ...': no "be", no description
    return mention


def _other_name(nar: Narration, mention: Mention, lo: int, q: int) -> bool:
    """True when a name or a pronoun other than ``mention`` stands in tokens ``lo..q``."""
    toks = nar.toks
    for j in range(lo, q):
        tok = toks[j]
        if tok.kind == QUOTE:
            return True
        other = nar.mentions.get(tok.start)
        if other is not None and other is not mention and other.start >= mention.end:
            return True
    return False


_FLOOR_VERBS = wordset("spoke speaks addressed addresses rose")
"""Verbs of taking the floor: 'NAME spoke first.' leads into the quote-only paragraph after."""
_FLOOR_NOUNS = wordset("microphone mic floor podium stage lectern")
_FLOOR_ADVERBS = wordset("then next first later also briefly finally")
_GESTURES = wordset(
    """
    paused nodded smiled shrugged sighed laughed chuckled grinned frowned winced hesitated
    leaned looked glanced shook gestured pointed waved
    """
)
"""Round 47: gestures of one about to speak ('NAME paused and looked at the crowd.', 'NAME
shook her head.'): like taking the floor, they lead into the quote-only paragraph after
(not 'NAME sat in the front row.', 'NAME arrived at the court.')."""


def took_the_floor(nar: Narration) -> Mention | None:
    """The one person a paragraph with no quotation says took the floor in its last sentence
    ('NAME, the director, spoke first.', 'NAME took the microphone next.'), or made a gesture
    of one about to speak ('NAME paused and looked at the crowd.'): who speaks in the
    quote-only paragraph after it. None when the paragraph names anyone else ('NAME spoke
    first, then NAME.') or the verb is no speaking ('NAME sat in the front row.')."""
    toks = nar.toks
    if not toks or any(t.kind == QUOTE for t in toks):
        return None
    names = [m for m in nar.mentions.values() if m.kind == "name"]
    if len(names) != 1 or names[0].org or len(nar.mentions) > 2:
        return _gestured(nar)
    mention = names[0]
    floor = nar.first[-1]
    if _gestured(nar) is mention:
        return mention  # (round 198: first, for 'Asked ..., NAME shrugged.')
    if mention.start != toks[floor].start:
        return None
    k = _after(nar, mention, floor)
    while k < len(toks) and (toks[k].text == "," or toks[k].lower in _FLOOR_ADVERBS):
        k += 1
    if k >= len(toks):
        return None
    if not mention.subject:
        return None
    if toks[k].lower in _FLOOR_VERBS:
        return mention
    took = toks[k].lower == "took" and k + 2 < len(toks) and toks[k + 1].lower == "the"
    return mention if took and toks[k + 2].lower in _FLOOR_NOUNS else None


def _gestured(nar: Narration) -> Mention | None:
    """The one person the last sentence of a paragraph with no quotation (checked by the
    caller) opens with, when the verb is a gesture ('NAME paused and looked at the crowd.',
    'NAME, who heads the union, leaned toward the microphone.', 'The spokesperson shook her
    head.'): nobody else named anywhere in the paragraph (a body inside the person's own
    description may be), the verb right after the name, its description and adverbs, and no
    clause with a subject of its own after it ('NAME paused, and the mayor stood up.';
    round 47)."""
    toks = nar.toks
    floor = nar.first[-1]
    person: Mention | None = None
    for m in nar.mentions.values():
        if m.kind == "pronoun":
            continue
        if person is not None and m.org and person.start <= m.start < person.end:
            continue  # 'NAME, a researcher at the Hanbit Institute,': her own description
        if person is not None or m.org or m.kind not in ("name", "role") or m.plural:
            return None
        if m.kind == "role" and not m.role:
            return None
        person = m
    if person is not None and person.start != toks[floor].start:
        floor = _past_asked(nar, floor)  # round 198: 'Asked whether ..., NAME shook her head.'
    if person is None or person.start != toks[floor].start:
        return None
    k = _after(nar, person, floor)
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower in _ASIDE_LEADS:
        stop = min(len(toks), k + 16)
        k = next((j for j in range(k + 2, stop) if toks[j].text == ","), stop)
    while k < len(toks) and (toks[k].text == "," or toks[k].lower in _FLOOR_ADVERBS):
        k += 1
    if k >= len(toks) or not toks[k].text.islower() or toks[k].lower not in _GESTURES:
        return None
    for j in range(k + 1, len(toks) - 1):
        if toks[j].lower in _JOINS and (
            toks[j + 1].lower in _SUBJECT_LEADS or toks[j + 1].capitalised
        ):
            return None  # 'NAME paused, and the mayor stood up.': another subject
    return person


_ASKED_REACH = 30
"""Round 198: the most tokens an opening 'Asked whether ...,' clause spans before its comma."""


def _past_asked(nar: Narration, floor: int) -> int:
    """Round 198: the token after the comma closing a sentence's opening "Asked ..." clause
    ('Asked whether the rain worried him, NAME shrugged.': the question put to the subject
    that follows, who answers by the gesture), or ``floor`` when the sentence at ``floor``
    opens otherwise. The clause holds no quotation (the caller checks the paragraph has
    none) and its first comma closes it."""
    toks = nar.toks
    if toks[floor].text != "Asked":
        return floor
    stop = min(len(toks) - 1, floor + _ASKED_REACH)
    comma = next((j for j in range(floor + 1, stop) if toks[j].text == ","), -1)
    return comma + 1 if comma > 0 else floor


_ASIDE_LEADS = wordset("who whose a an the")
"""First words of an aside a comma opens after a person's name: 'NAME, who heads the union,',
'NAME, a former broadcaster,' (skipped to the comma closing it)."""
_JOINS = wordset("and but while as before then after until when")
_SUBJECT_LEADS = wordset("the a an his her their its he she they another one two")


def governed_before(nar: Narration, q: int, after: Mention) -> Mention | None:
    """The name whose clause before a partial quotation governs it, when the clause that
    follows the quotation is another person's main clause: 'Responding to Rep. NAME, who
    called the levy "...," Minister NAME said ...' and 'Asked about NAME's claim that the levy
    was "...," NAME said ...' quote the first name. Only a relative "who" clause after a name
    or a possessive's noun of speech with "that", the last clause before the quotation, with
    the quotation closing it with a comma; None otherwise (the rules before decide)."""
    toks = nar.toks
    if q + 1 >= len(toks) or after.start <= toks[q].start:
        return None
    inside = nar.text[toks[q].start : toks[q].end].rstrip("\"”'’ ")
    if toks[q + 1].text != "," and not inside.endswith(","):
        return None  # the comma closing the clause, outside the marks or inside them
    floor = nar.floor(q)
    found = nar.clauses_between(floor, q - 1)
    if not found:
        return None
    clause = found[-1]
    mention = clause.mention
    if mention is None or mention is after:
        return None
    v = clause.verb
    if mention.kind != "name":
        # round 59: 'The prime minister told a meeting that ... "...," NAME said' as below
        return _reported_opener(nar, found, floor, q, mention)
    claim = v + 1 < q and toks[v - 1].lower.endswith(OWNED) and toks[v + 1].lower == "that"
    if claim:
        return mention
    rel = skip_auxiliaries(toks, v - 1, floor)
    if rel > floor and toks[rel].lower == "who" and toks[rel - 1].text == ",":
        return mention if mention.start < toks[rel].start else None
    return _reported_opener(nar, found, floor, q, mention)


def _reported_opener(
    nar: Narration, found: list[Clause], floor: int, q: int, mention: Mention
) -> Mention | None:
    """Round 59: the sentence's opening subject when its verb of saying is the only clause
    before the quotation and reports the clause the quotation closes: 'NAME told officials
    in May that the county was "...," Yoo said' (the tag reports the whole sentence, whose
    own subject said the words it quotes); None otherwise."""
    toks = nar.toks
    v = found[-1].verb
    if toks[v].lower in _REPORTS and len(found) == 1 and mention.start == toks[floor].start:
        return mention if _reports_clause(toks, v, q) else None
    return None


_REPORTS = wordset("told said")
"""Round 59: a sentence's opening verb of saying whose reported clause a later tag reports."""


def _reports_clause(toks: list[Token], v: int, q: int) -> bool:
    """True when the quotation at ``q`` lies in a clause the verb at ``v`` reports: "that"
    after the verb or its hearer's words ('told ministry officials in May that'), with no
    other quotation between (a one-word hearer with no "that", 'told officials the plan')."""
    k = v + 1
    while k < q and toks[k].kind == WORD and toks[k].lower != "that":
        k += 1
    if k < q and toks[k].lower == "that":
        return all(toks[j].kind != QUOTE for j in range(k + 1, q))
    return False


SENDS = wordset("sent wrote posted left texted emailed")
"""Verbs of sending or writing a message, a note or a letter (a person's words)."""
SENT = wordset("message note text letter email post")
"""What one person sends or writes: its words are the sender's."""
_HAD = wordset("had has have")
"""Round 45: 'NAME had a message for NAME: "..."' (the one who has a message to give is the
one who gives it: the subject of "had", as of "sent")."""
_SENDS_HAD = SENDS | _HAD
_ADDRESSED = wordset("for to")


def addressed_noun(nar: Narration, q: int) -> int:
    """Round 45: the token of the noun of "a message for NAME:" (or "to NAME", "to him") right
    before the colon at ``q``, or -1: the one addressed is one name or pronoun, nothing else."""
    toks = nar.toks
    if q < 6:
        return -1
    k = q - 2
    mention = nar.mentions.get(toks[k].start)
    if toks[k].lower in OBJECT_PRONOUNS:
        k -= 1
    else:  # a name of several tokens ends right before the colon: find where it starts
        while k > q - 6 and mention is None:
            k -= 1
            mention = nar.mentions.get(toks[k].start)
        if mention is None or mention.org or mention.kind != "name":
            return -1
        if _after(nar, mention, k) != q - 1:
            return -1
        k -= 1
    if k < 2 or toks[k].lower not in _ADDRESSED:
        return -1
    if toks[k - 1].lower not in SENT or toks[k - 2].lower not in ("a", "an"):
        return -1
    return k - 1


def sent_message(nar: Narration, q: int) -> Mention | None:
    """The person who sent the message a colon gives: 'At 1 p.m. he sent his brother a photo
    with a message: "..."', 'NAME left a note: "..."' (a letter or post by a person is that
    person's quotation). Only a person named or "he"/"she" as the sentence's first phrase, a
    verb of sending after it and "a message" (or note, text, letter) right before the colon.
    Round 45: also 'NAME had a message for NAME: "..."' and 'NAME sent a note to him:', the
    noun's one addressed right before the colon, and "had" (or "has") as the verb."""
    toks = nar.toks
    if q < 3 or toks[q - 1].text != ":":
        return None
    floor = nar.floor(q)
    noun, sends = q - 2, SENDS
    if toks[noun].lower not in SENT:
        noun, sends = addressed_noun(nar, q), _SENDS_HAD
        if noun < 0:
            return None
    if toks[noun - 1].lower not in ("a", "an"):
        return None
    if nar.clauses_between(floor, q - 1):
        return None
    subject = None
    for k in range(floor, q - 3):
        mention = nar.mentions.get(toks[k].start)
        if mention is None and toks[k].lower in ("he", "she"):  # "At 2 p.m. she sent"
            mention = Mention(toks[k].start, toks[k].end, "pronoun", text=toks[k].text)
            mention.role, mention.subject = "person", True
            mention = nar.mentions.setdefault(mention.start, mention)
        if mention is not None:  # the first phrase naming anyone ("At noon he sent")
            subject = mention
            break
    if subject is None or subject.org or subject.plural:
        return None
    if subject.kind == "pronoun" and lowercase(subject.text) not in ("he", "she"):
        return None
    if subject.kind == "role":
        return None
    lo = _after(nar, subject, floor)
    for j in range(lo, noun - 1):
        if sends is _SENDS_HAD and j > lo + 1:
            return None  # round 45: "had" right after its subject (or one adverb) only
        if toks[j].lower in sends:
            return subject
        if toks[j].start in nar.mentions or toks[j].lower == "and":
            return None  # "NAME and NAME sent": not one sender
    return None


_ALLEGEDLY = wordset("allegedly reportedly had once later")


def message_of(nar: Narration, q: int) -> Mention | None:
    """The writer of the message a colon gives, named right after its noun: 'Cho read aloud
    a message Nam allegedly sent to his deputy in May: "..."' is Nam's (a reduced relative
    clause says who sent it; the one reading it out only quotes it)."""
    toks = nar.toks
    if q < 4 or toks[q - 1].text != ":":
        return None
    floor = nar.floor(q)
    for k in range(q - 3, floor, -1):
        if toks[k].lower not in SENT or toks[k - 1].lower not in ("a", "an", "the"):
            continue
        # the phrase reader may have read "a message NAME" as one name: its name is NAME's
        mention = _name_at(nar, k + 1) or _name_at(nar, k - 1)
        if mention is None or mention.org or not is_name(toks[k + 1]):
            return None
        j = _after(nar, mention, k + 1)
        while j < q and toks[j].lower in _ALLEGEDLY:
            j += 1
        return mention if j < q and toks[j].lower in SENDS else None
    return None


_TELLS = wordset("told asked warned assured promised")
_RECALLS = wordset("recalled remembered recalls")
"""Round 40: verbs of memory whose object says the words: '"...," Pyo recalled
Yeon saying.' (the object is the one remembered speaking)."""


def told_after(nar: Narration, q: int, after: Mention) -> Mention | None:
    """The person a reporting clause after the quotation says told the words to its speaker
    (round 15): '"...," he said NAME had told him.' quotes NAME, not "he". Only a name right
    after the verb of ``after``'s clause, "had" or nothing, a verb of telling and a pronoun
    that hears it ("him", "her"), or (round 40) after a verb of memory, "saying"
    or "telling" and a hearer ('"...," she recalled NAME saying'); None otherwise."""
    toks = nar.toks
    for clause in nar.clauses_between(q + 1, q + 4):
        if clause.mention is not after:
            continue
        k = clause.verb + 1
        if k >= len(toks) or toks[k].kind != WORD:
            return None
        teller = nar.mentions.get(toks[k].start)
        if teller is None or teller is after or teller.kind != "name" or teller.org:
            return None  # (the clause's own subject, '"...," said NAME': NAME already)
        k = _after(nar, teller, k)
        if k < len(toks) and toks[clause.verb].lower in _RECALLS:
            # round 40: '"...," she recalled NAME saying' / 'recalled NAME telling her'
            low = toks[k].lower
            if low == "saying" or (
                low == "telling" and k + 1 < len(toks) and toks[k + 1].lower in OBJECT_PRONOUNS
            ):
                return teller
            return None
        if k < len(toks) and toks[k].lower == "had":
            k += 1
        if k + 1 < len(toks) and toks[k].lower in _TELLS and toks[k + 1].lower in OBJECT_PRONOUNS:
            return teller
        return None
    return None


_GESTURE_ADVERB_END = "ly"  # 'NAME nodded slowly.', 'NAME smiled faintly.'


def gestured_after_quote(nar: Narration, lead: int, floor: int) -> Mention | None:
    """Round 164: the one person whose gesture ends the sentence from ``lead`` to ``floor``
    right after a quotation in it ('When a reporter asked, "Is it over?" NAME nodded.',
    'Asked "Why now?" the coach smiled.'): the quotation standing alone after that sentence
    answers, so it is the gesturer's, not the asker's. Only a person's name, role or
    pronoun right after the sentence's last quotation, then a gesture (an adverb in "-ly"
    may follow) and the sentence's end; nothing else ('"...?" NAME nodded at Lee.', 'and
    NAME nodded, then Lee spoke.': no one sure)."""
    toks = nar.toks
    last = -1
    for k in range(lead, floor):
        if toks[k].kind == QUOTE:
            last = k
    if last < 0 or last + 2 >= floor:
        return None
    person = nar.mentions.get(toks[last + 1].start)
    if person is None or person.org or person.plural or not person.subject:
        return None
    if person.kind not in ("name", "role", "pronoun"):
        return None
    k = _after(nar, person, last + 1)
    if k >= floor or toks[k].lower not in _GESTURES or not toks[k].text.islower():
        return None
    k += 1
    if k < floor and toks[k].lower.endswith(_GESTURE_ADVERB_END) and toks[k].text.islower():
        k += 1
    if k != floor - 1 or toks[k].text != ".":
        return None
    return person
