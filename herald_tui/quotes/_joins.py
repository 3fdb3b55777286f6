"""Roles joined to the names they belong to, after the phrase reader has read a paragraph.

* A role after a body's long name: Korean ministries have names that are lists ("Ministry of
  Trade, Industry and Energy"), and wire copy puts the whole name before a role noun ("A
  Ministry of ... official said"). The phrase reader reads the name as one body and, from the
  reporting verb back to the comma, the role as "Energy official": a speaker who is neither.
* A document that reads its words: '"...," read the notice', 'a banner hung by merchants
  read: "..."' (see :func:`document_reading`).
* A role set before a name by commas: 'a reporter asked the captain, Ko Min-jae, at ...'
  names the captain, so '"...," the captain said' is Ko.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from herald_tui.quotes._lexicon import (
    DOCUMENTS,
    ORDINALS,
    REPORTING_VERBS,
    WRITTEN_WORDS,
    wordset,
)
from herald_tui.quotes._phrases import Mention, document_phrase, phrase_after
from herald_tui.quotes._tokens import QUOTE, WORD, Token, role_of

_start = attrgetter("start")  # a bisection key called in C


def join_roles(mentions: dict[int, Mention], text: str, toks: list[Token]) -> dict[int, Mention]:
    """The joins of the module's docstring, on one paragraph's phrases; returns the bodies
    that took the place of names read inside them, by ``id`` of the name (see
    :func:`join_body_parts`)."""
    if not mentions:
        return {}  # (no phrase: no join has anything to read)
    join_body_roles(mentions, text)
    name_apposed_roles(mentions, toks)
    return join_body_parts(mentions, text)


def join_body_parts(mentions: dict[int, Mention], text: str) -> dict[int, Mention]:
    """A name read inside a body's long name is that body: a verb's subject reader stops at
    the comma of "The Ministry of Culture, | Sports and Tourism said", and "Sports" would be
    a speaker of its own, whom a later "it" means. The inner name leaves ``mentions``; the
    body keeps its clause. Returns the body for each removed name, by ``id`` of the name."""
    bodies = [m for m in mentions.values() if m.kind == "name" and m.org and "," in m.name]
    if not bodies:
        return {}  # (most paragraphs: no body's name holds a comma)
    moved: dict[int, Mention] = {}
    for inner in [m for m in mentions.values() if m.kind == "name" and not m.org]:
        # (within the name itself: "the French Alps, | the elder Yang" is an appositive)
        body = next(
            (b for b in bodies if b.start < inner.start and inner.end <= _name_end(b, text)),
            None,
        )
        if body is None or mentions.get(body.start) is not body:
            continue
        del mentions[inner.start]
        body.subject = body.subject or inner.subject
        body.spoke = body.spoke or inner.spoke
        moved[id(inner)] = body
    return moved


def name_apposed_roles(mentions: dict[int, Mention], toks: list[Token]) -> None:
    """Give a person's name the role set before it by a comma: 'the captain, Ko Min-jae,'
    (a definite role noun, a comma, then the name)."""
    for mention in mentions.values():
        if mention.kind != "name" or mention.org or mention.role:
            continue
        # the token the name starts at, by bisection (token starts increase): most
        # paragraphs have few names, and no table of every token is built for them
        k = bisect_left(toks, mention.start, key=_start)
        if k < 3 or k == len(toks) or toks[k].start != mention.start:
            continue
        if toks[k - 1].text != "," or toks[k - 2].kind != WORD:
            continue
        noun = toks[k - 2]
        if toks[k - 3].lower == "the":
            role = role_of(noun.lower) if noun.text.islower() else ""
            if role and not noun.lower.endswith("s"):
                mention.role = role
        elif _owned_role(toks, k - 2):
            mention.role = role_of(noun.lower) or noun.lower  # round 10


def _owned_role(toks: list[Token], j: int) -> bool:
    """True when the lowercase singular noun at ``j``, before a comma and a name, closes a
    phrase an owner opens with at most three describing words between: "the team's 29-year-old
    mid laner, Jang ..." (a role the name then holds, whatever the noun)."""
    noun = toks[j]
    if not noun.text.islower() or not noun.text.isalpha() or noun.lower.endswith("s"):
        return False
    for m in range(j - 1, max(-1, j - 5), -1):
        tok = toks[m]
        if tok.kind != WORD:
            return False
        if tok.lower.endswith(("'s", "’s")):
            return m < j - 1  # "the team's | mid laner": a describing word at least
        if not tok.text.islower():
            return False
    return False


def join_body_roles(mentions: dict[int, Mention], text: str) -> None:
    """Give each role phrase that starts inside a body's name the whole name: the role
    "Energy official" inside "A Ministry of Trade, Industry and Energy" becomes "A Ministry
    of Trade, Industry and Energy official", at the body's place (the body is no speaker
    there: the official is)."""
    bodies = [m for m in mentions.values() if m.kind == "name" and m.org]
    if not bodies:
        return
    for role in [m for m in mentions.values() if m.kind == "role" and m.modifiers]:
        body = next((b for b in bodies if b.start < role.start < b.end <= role.end), None)
        if body is None or mentions.get(body.start) is not body:
            continue
        del mentions[role.start]
        if role.start >= _name_end(body, text):
            _become(role, body)  # "The Rail Watch Network, | a civic group,": the body speaks
            mentions[body.start] = role
            continue
        role.start = body.start
        role.text = text[body.start : role.end]
        role.determiner = body.determiner or role.determiner
        role.subject = role.subject or body.subject
        role.spoke = role.spoke or body.spoke
        mentions[body.start] = role


def _become(role: Mention, body: Mention) -> None:
    """Make ``role`` (tied to its clauses) read as ``body``, whose appositive it is."""
    spoke, subject = role.spoke or body.spoke, role.subject or body.subject
    for name in ("start", "end", "kind", "text", "name", "title", "appositive", "role"):
        setattr(role, name, getattr(body, name))
    role.determiner, role.org, role.alias, role.age = body.determiner, True, body.alias, body.age
    role.modifiers, role.spoke, role.subject = body.modifiers, spoke, subject


def _name_end(body: Mention, text: str) -> int:
    """Where a body's name ends: before its appositive ("The Rail Watch Network, | a civic
    group" is no "group" inside a name)."""
    if not body.appositive:
        return body.end
    found = text.find(body.appositive, body.start, body.end)
    return found if found > 0 else body.end


def document_reading(
    text: str,
    toks: list[Token],
    mentions: dict[int, Mention],
    v: int,
    mention: Mention | None,
    floor: int,
) -> Mention | None:
    """The document a "read"/"reads" at token ``v`` gives its words to, registered among
    ``mentions`` and made the speaker (``mention``, the phrase read before, stops being one):
    '"...," read the notice, signed by ...' (inverted, the document after the verb) and 'a
    banner hung by merchants read: "..."' (the document heads the subject; the nearest noun,
    "merchants", only hung it). None for any other verb, or when nothing changes."""
    if toks[v].lower not in ("read", "reads"):
        return None
    found = (
        _inverted_document(text, toks, v)
        or _document_subject(text, toks, mentions, mention, floor)
        or _elided_document(text, toks, v, floor)
        or _one_of_the_replies(toks, v, floor)
        or (_bare_document(text, toks, v, floor) if mention is None else None)
        or _conjoined_elided(text, toks, v, floor)
    )
    if found is None or found is mention:
        return None
    found = mentions.setdefault(found.start, found)
    if mention is not None:
        mention.subject = mention.spoke = False
    found.subject = found.spoke = True
    return found


_ELIDED = frozenset(("it", "one", "another"))
_AUTHORING = wordset("wrote posted sent issued released published signed penned drafted shared")
_ELIDED_REACH = 30  # tokens back the document an "It read:" means may stand


def _conjoined_elided(text: str, toks: list[Token], v: int, floor: int) -> Mention | None:
    """Round 171: "one" or "another" as the subject of a "read" in a clause that "while",
    "whereas" or ", and"/", but" opens mid-sentence: 'One note praised the chef, while
    another read: "..."' (another note), read as :func:`_elided_document` reads the pronoun
    opening a sentence, from the clause's first word back."""
    k = v - 1
    if k - 1 <= floor or toks[k].lower not in ("one", "another"):
        return None
    joint = toks[k - 1].lower
    if joint in ("while", "whereas") or (
        joint in ("and", "but") and _comma_before(text, toks[k - 2])
    ):
        return _elided_document(text, toks, v, k)
    return None


def _elided_document(text: str, toks: list[Token], v: int, floor: int) -> Mention | None:
    """Round 68: the document a sentence's "It", "One" or "Another" before "read" means, the
    last document noun before it: 'a small sign by the door. It read: "..."' (the sign),
    'merchants hung banners ... One reads, "..."' (one banner), 'One note read, "..."
    Another, in crayon, read "..."' (another note). The pronoun must be the whole subject
    (the verb next, or after an aside between commas), "It" must not reach back over a
    quotation, and a document someone wrote, posted or sent ('Kim wrote a letter. It read')
    is its author's, not read here."""
    first = toks[floor]
    low = first.lower
    ranked = _ranked_subject(toks, floor, v)
    if ranked:  # round 152: 'The largest reads:' (one of the documents named before)
        low = f"the {toks[floor + 1].lower}"
    if not ranked and (low not in _ELIDED or floor < 1 or first.kind != WORD):
        return None
    if not ranked and v != floor + 1 and toks[floor + 1].text != ",":
        return None  # the pronoun alone, or with an aside between commas
    if not ranked and v != floor + 1 and toks[v - 1].text != ",":
        return None
    stop = floor - _ELIDED_REACH if floor > _ELIDED_REACH else -1
    for k in range(floor - 1, stop, -1):
        tok = toks[k]
        if tok.kind == QUOTE and low == "it":
            return None
        if tok.kind != WORD or not tok.text.islower():
            continue
        role = role_of(tok.lower)
        if role not in DOCUMENTS:
            if low == "it" and tok.lower in _WRITTEN_THINGS:
                return _written_thing(text, toks, k)
            continue
        if low == "it" and _placed_on(toks, k, stop):
            continue  # round 152: 'taped a card to one of the posts. It read:': the card's
        after = toks[k + 1] if k + 1 < floor else None
        if after is not None and (
            after.lower in ("from", "of")
            or (after.lower == "by" and k + 2 < floor and toks[k + 2].capitalised)
        ):
            return None  # 'a letter from a student': the student's, if anyone's
        if low != "it":  # "one banner", "another note": the noun the pronoun leaves out
            text = f"{low} {role}"
            head = toks[v - 1]  # "The largest": the word the reader may have read as a phrase
            if low.startswith("the "):
                return Mention(head.start, head.end, "role", text=text, role=role)
            return Mention(first.start, first.end, "role", text=text, role=role, determiner=low)
        lower = k
        while lower > 0 and lower > k - 6 and toks[lower - 1].kind == WORD:
            lower -= 1
            if toks[lower].lower in _AUTHORING:
                return None  # 'Kim wrote a letter to the school. It read:': Kim's
        return document_phrase(text, toks, k, lower)
    return None


_SUBJECT_OPENERS = wordset("a an the one another each")
_SUBJECT_MODIFIERS = 3  # lowercase words between the opener and the noun ("widely shared")
_SUBJECT_TAIL = 30  # tokens of aside between the noun and "read"
_AFTER_NOUN = wordset("on at in for to under near outside inside beside along")
_SENDERS = wordset("he she they we i you")


def _bare_document(text: str, toks: list[Token], v: int, floor: int) -> Mention | None:
    """Round 171: the document heading a "read" whose subject no phrase was read for, with a
    quantifier or an aside before the verb: 'One widely liked tweet read: "..."', '...,
    and one such notice read, "..."', 'One of the petitions, filed in May, read:', 'A post
    on a fan forum, by a user who said she was a nurse, read:', 'The transcript, later shown
    to the court, read in part:'. The subject opens the sentence (or a clause after ", and"
    or ", but"); the noun is a document's or one of :data:`WRITTEN_WORDS`; what stands
    between it and the verb is an aside between commas or a place after a preposition. None
    when a sender is named there ('by Kim', 'from the Ministry', 'which she wrote'): the
    words are then that person's, as the corpus labels them."""
    starts = [floor]
    for k in range(floor + 2, v - 1):
        if toks[k].lower in ("and", "but") and _comma_before(text, toks[k - 1]):
            starts.append(k + 1)
    for start in starts:
        found = _document_head(text, toks, start, v)
        if found is not None:
            return found
    return None


def _comma_before(text: str, tok: Token) -> bool:
    """Round 171: True when ``tok`` is a comma, or a quotation closing on one inside its
    marks ('dubbed it the "ghost fee," and one such post read')."""
    if tok.kind == QUOTE:
        return text[tok.start : tok.end].rstrip("\"'“”‘’ ").endswith(",")
    return tok.text == ","


def _document_head(text: str, toks: list[Token], start: int, v: int) -> Mention | None:
    """Round 171: the document phrase opening at ``start`` as the subject of the "read" at
    ``v`` (see :func:`_bare_document`), or None."""
    noun = _head_noun(toks, start, v)
    if noun is None:
        return None
    tail = toks[noun + 1 : v]
    if len(tail) > _SUBJECT_TAIL or not _aside(tail):
        return None
    return _head_mention(text, toks, start, noun)


def _head_noun(toks: list[Token], start: int, limit: int) -> int | None:
    """Round 171: the document noun of a phrase opening at ``start`` with a quantifier or an
    article and at most :data:`_SUBJECT_MODIFIERS` lowercase words before it ('one widely
    shared review', 'one of the petitions'), before token ``limit``; None when there is none."""
    if start >= limit or toks[start].lower not in _SUBJECT_OPENERS:
        return None
    k = start + 1
    if [t.lower for t in toks[k : k + 2]] == ["of", "the"]:
        k += 2  # 'One of the complaints': one of them
    for j in range(k, min(k + _SUBJECT_MODIFIERS + 1, limit)):
        tok = toks[j]
        if tok.kind != WORD or not tok.text.islower():
            return None
        if role_of(tok.lower) in DOCUMENTS or tok.lower in WRITTEN_WORDS:
            return j
    return None


def _head_mention(text: str, toks: list[Token], start: int, noun: int) -> Mention:
    """Round 171: the phrase from ``start`` to the document noun at ``noun``."""
    start_at, end = toks[start].start, toks[noun].end
    role = role_of(toks[noun].lower) or toks[noun].lower.removesuffix("s")
    return Mention(start_at, end, "role", text=text[start_at:end], role=role)


def _aside(tail: list[Token]) -> bool:
    """Round 171: True when ``tail`` (between a document noun and its "read") is nothing, an
    aside between commas, or a place after a preposition (no verb of saying before a comma),
    with no quotation, no sentence's end, no "while" and no sender named ('by Kim', 'from the
    Ministry', 'she wrote')."""
    if not tail:
        return True
    if tail[0].text != "," and tail[0].lower not in _AFTER_NOUN and not _described_by(tail):
        return False
    if tail[0].text == "," and tail[-1].text != ",":
        return False
    if any(tok.kind == QUOTE or tok.text in _CLAUSE_ENDS for tok in tail):
        return False
    place = next((i for i, tok in enumerate(tail) if tok.text == ","), len(tail))
    if any(tok.lower in REPORTING_VERBS for tok in tail[:place]):
        return False  # 'One note on the board praised the cook, while ...': a clause, no place
    return not _sender_named(tail)


_CLAUSE_ENDS = frozenset((".", "!", "?", ";", "while", "whereas"))
_PLACED_DOCUMENT = wordset(
    "put posted taped pinned hung stuck attached seen shared handed displayed left"
)
"""Round 242: participles that say where a document was put or who saw it, not who wrote it."""


def _described_by(tail: list[Token]) -> bool:
    """Round 242: True when ``tail`` opens with a relative clause or a placing participle
    that describes the document ('One post that drew hundreds of likes read', 'A sign put
    up at the entrance ... reads', 'One broker's ad seen by Yonhap read'), with no comma in
    it (a clause that ends at a comma goes on with the sentence, not the noun)."""
    first = tail[0].lower
    if first not in ("that", "which") and first not in _PLACED_DOCUMENT:
        return False
    return all(tok.text != "," for tok in tail)


def _sender_named(tail: list[Token]) -> bool:
    """Round 171: True when ``tail``, the words after a document noun, names who wrote or
    sent it: 'by Kim', 'from the Ministry' (not 'obtained by'), 'which she wrote'."""
    for i, tok in enumerate(tail):
        if tok.lower in ("by", "from") and i + 1 < len(tail) and not _obtained(tail, i):
            after = tail[i + 2] if tail[i + 1].lower == "the" and i + 2 < len(tail) else tail[i + 1]
            if after.capitalised:
                return True
        if tok.lower in _AUTHORING and i > 0:
            before = tail[i - 1]
            if before.lower in _SENDERS or before.capitalised:
                return True
    return False


_OBTAINING = wordset("obtained seen reviewed received acquired viewed")


def _obtained(tail: list[Token], i: int) -> bool:
    """Round 171: True when the "by" at ``i`` names who obtained or saw a document ('obtained
    by the newspaper'), not who wrote it."""
    return i > 0 and tail[i - 1].lower in _OBTAINING


_REPLIES = wordset("replies comments responses")
"""Round 168: plural nouns of readers' written answers online ('drew hundreds of replies')."""
_PARTITIVE_MODIFIERS = 2  # lowercase words after 'One of the' before "read" ('most-liked')


def _one_of_the_replies(toks: list[Token], v: int, floor: int) -> Mention | None:
    """Round 168: the reply a 'One of the <modifier> read:' subject picks out of the replies
    or comments the sentence before named ('The post drew dozens of comments. One of the
    most-liked read: "..."'): the partitive leaves its noun out, as "One read:" does, and
    the corpus credits the reply itself. Only lowercase modifiers (no noun of their own)
    and a plural of replies within the sentence before, with no quotation between."""
    if floor < 1 or v - floor < 4 or v - floor > 3 + _PARTITIVE_MODIFIERS:
        return None
    if [t.lower for t in toks[floor : floor + 3]] != ["one", "of", "the"]:
        return None
    if any(t.kind != WORD or not t.text.islower() for t in toks[floor + 3 : v]):
        return None
    if any(role_of(t.lower) or t.lower in _REPLIES for t in toks[floor + 3 : v]):
        return None  # 'One of the banners read:': the noun is there, other rules read it
    stop = floor - _ELIDED_REACH if floor > _ELIDED_REACH else -1
    for k in range(floor - 1, stop, -1):
        tok = toks[k]
        if tok.kind == QUOTE and k < floor - 1:
            return None
        if tok.text in (".", "!", "?") and k < floor - 1:
            return None  # only the sentence just before
        if tok.kind == WORD and tok.text.islower() and tok.lower in _REPLIES:
            noun = "reply" if tok.lower == "replies" else tok.lower[:-1]
            first = toks[floor]
            return Mention(
                first.start, first.end, "role", text=f"one {noun}", role="post", determiner="one"
            )
    return None


_WRITTEN_THINGS = wordset(
    """
    card cards postcard plaque plaques billboard whiteboard blackboard chalkboard label
    headstone gravestone tombstone t-shirt shirt
    """
)
"""Round 152: things that bear writing but are no role noun ("card" heads company names,
"Hana Card"): an "It read:" right after one gives them its words."""


def _ranked_subject(toks: list[Token], floor: int, v: int) -> bool:
    """Round 152: True for a subject of "the" and a superlative or an ordinal alone before
    "read(s)": 'Banners line the road. The biggest reads: "..."', 'The first read, "..."'
    (one of the documents named before, whose noun it leaves out)."""
    if v != floor + 2 or floor < 1 or toks[floor].lower != "the":
        return False
    word = toks[floor + 1]
    if word.kind != WORD or not word.text.islower():
        return False
    return word.lower in ORDINALS or (word.lower.endswith("est") and len(word.lower) > 5)


def _written_thing(text: str, toks: list[Token], k: int) -> Mention | None:
    """Round 152: the thing at ``k`` (with its modifiers back to a determiner) an "It read:"
    means: 'Ahn held up a folded card. It read: "..."' (the card, not Ahn or a body named
    before: an "It" that reads is written, and no person or office is). None for a thing
    someone wrote or sent, its author's as a letter is."""
    lower = k
    while lower > 0 and lower > k - 4 and toks[lower - 1].kind == WORD:
        word = toks[lower - 1].lower
        if word in _AUTHORING:
            return None  # 'Kim wrote a card to the school. It read:': Kim's, as a letter is
        if not toks[lower - 1].text.islower() or word in _PLACING:
            break
        lower -= 1
        if word in ("a", "an", "the", "one", "another", "this", "that"):
            break
    if lower > 0 and toks[lower - 1].lower in _AUTHORING:
        return None
    start, end = toks[lower].start, toks[k].end
    return Mention(start, end, "role", text=text[start:end], role="note")


_PLACING = wordset("up out held hung taped put pinned stuck raised carried wore to on")


def _placed_on(toks: list[Token], k: int, stop: int) -> bool:
    """Round 152: True when the document noun at ``k`` is where another thing was put, the
    object of "to", "on" or "onto" ('taped a card to one of the posts'), and a thing bearing
    writing stands before it in its sentence: that thing is the one an "It read:" means."""
    j = k - 1
    while j > stop and toks[j].kind == WORD and toks[j].lower not in ("to", "on", "onto"):
        if toks[j].lower in _AUTHORING or j < k - 6:
            return False
        j -= 1
    if j <= stop or toks[j].kind != WORD:
        return False
    for i in range(j - 1, max(stop, j - 8), -1):
        if toks[i].kind != WORD:
            return False
        if toks[i].text.islower() and (
            toks[i].lower in _WRITTEN_THINGS or role_of(toks[i].lower) in DOCUMENTS
        ):
            return True
    return False


def _inverted_document(text: str, toks: list[Token], v: int) -> Mention | None:
    """The document after an inverted "read": '"...," read the notice'; and (round 242)
    one no phrase is read for, its noun a verb of saying too ('"...," read one anonymous
    post', 'read one of the most liked comments', 'read a reply that drew ...')."""
    before = v - 1 if v > 0 and toks[v - 1].text == "," else v
    if before < 1 or toks[before - 1].kind != QUOTE or v + 1 >= len(toks):
        return None
    found = phrase_after(text, toks, v + 1, follow=False)
    if found is not None and found.kind == "name" and found.start > toks[v + 1].start:
        return found  # round 78: '"...," read a statement | Oh released': Oh put it out
    if found is not None:
        return found if found.role in DOCUMENTS else None
    noun = _head_noun(toks, v + 1, len(toks))
    if noun is None:
        return None
    end = noun + 1
    while end < len(toks) and toks[end].text not in _CLAUSE_ENDS and toks[end].kind != QUOTE:
        end += 1
    if _sender_named(toks[noun + 1 : end]):
        return None  # 'read one widely shared post by NAME': the poster's, if anyone's
    return _head_mention(text, toks, v + 1, noun)


def _document_subject(
    text: str,
    toks: list[Token],
    mentions: dict[int, Mention],
    mention: Mention | None,
    floor: int,
) -> Mention | None:
    """A document heading the subject of "read", before the nearer noun the reader took:
    'a banner hung by merchants read:', 'A sign by the counter at the inn reads:', and
    (round 119) one no phrase was read for, opening the sentence: 'A note taped inside a
    fridge in NAME District last month read, "..."' (the note, not the district)."""
    if mention is None or mention.role in DOCUMENTS:
        return None
    start, first = mention.start, toks[floor].start
    documents = [m for m in mentions.values() if m.role in DOCUMENTS and first <= m.start < start]
    if documents:
        return max(documents, key=lambda m: m.start)
    if toks[floor].lower not in _DOCUMENT_OPENERS:
        return None
    for k in range(floor + 1, min(floor + _OPENING_HEAD, len(toks))):
        tok = toks[k]
        if tok.kind != WORD or tok.start >= start:
            return None
        if tok.text.islower() and role_of(tok.lower) in DOCUMENTS and tok.lower != "slogan":
            return document_phrase(text, toks, k, floor)
        if tok.lower in WRITTEN_WORDS:  # round 242: "One broker's ad seen by NAME read:"
            return _head_mention(text, toks, floor, k)
    return None


_DOCUMENT_OPENERS = wordset("a an the one another")
_OPENING_HEAD = 4  # round 119: "A | handwritten | note": the head within three words
