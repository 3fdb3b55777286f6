"""Quotation extraction and speaker attribution for newswire articles.

Public API, stable for the rest of the code:

* :func:`extract_quotes` ``(headline, paragraphs) -> tuple[Quote, ...]``
* :func:`attach_quotes` ``(article) -> Article`` with :attr:`Article.quotes` filled.

The work happens in four steps:

1. :mod:`._scan` finds the quoted spans: which marks open and close a quote, which are
   apostrophes, which quotes run over several paragraphs, and where a quote that lost its
   closing mark ends (at its own attribution: '"We have been here, said Jang').
2. :mod:`._attribute` reads the narration around each span (:mod:`._narration` masks the
   quoted words and finds sentences, :mod:`._tokens` and :mod:`._phrases` read speaker
   phrases) for a reporting clause ("Kim said", "said Lee, a senior official", "according to
   the ministry"), decides whether the span is a full or partial quotation, and drops titles,
   names and scare quotes. :mod:`._headline` does the same for the headline, whose speaker
   is found in the body.
3. :mod:`._speakers` resolves every speaker phrase in reading order ("he", "the official",
   "Kim") to the person or body it means.
4. Here, each quotation gets its speaker's fullest description and its name alone; a
   quotation standing alone after an attributed one keeps that speaker (not one that
   narration introduces: 'A verdict made the rounds: "..."'), across narration paragraphs
   too unless someone else speaks or is a sentence's subject there ('Ahn said the talks
   would go on.' then '"Tariffs are not on the table."' is Ahn's).

When the speaker is unclear there is none rather than a wrong one, and words quoted as words
(titles, names, terms: 'the words "unification" and "peace"') never get one.

The word lists live in :mod:`._lexicon`. They hold closed classes (reporting verbs,
function words, qualifiers) and common titles, roles and kinds of organisation; titles and
roles no list holds are read from where they stand and how they are shaped (see
:mod:`._phrases`). Standard library only, no model. Every step is linear
in the length of the text, whatever the marks (unbalanced, curly, garbage): nothing raises on
odd input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from herald_tui.model import Article, Quote, QuoteKind
from herald_tui.quotes._attribute import (
    CALL_ARTICLES,
    CALL_LINKS,
    SAYING_LINKS,
    SAYING_VERBS,
    Clause,
    Narration,
    not_a_quotation,
    shouted,
    withheld_comment,
    words,
)
from herald_tui.quotes._bodies import name_described_bodies, name_kind_bodies
from herald_tui.quotes._glosses import named_thing
from herald_tui.quotes._headline import headline_quotes, says_again
from herald_tui.quotes._holders import (
    SENDS,
    SENT,
    gestured_after_quote,
    governed_before,
    held_after,
    held_by,
    message_of,
    sent_message,
    told_after,
    took_the_floor,
)
from herald_tui.quotes._lexicon import (
    BE,
    COUNTRY_SPELLINGS,
    DOCUMENTS,
    KIN_NOUNS,
    KIN_OWNERS,
    KOREAN_SURNAMES,
    NAMED_CAPITALS,
    ORG_ROLES,
    RELATIVE_PRONOUNS,
    RELATIVE_WORDS,
    ends_before,
    lowercase,
    wordset,
)
from herald_tui.quotes._phrases import AGE, Mention
from herald_tui.quotes._scan import Quoted, Span, quotations
from herald_tui.quotes._speakers import (
    DESCRIBED_NOUNS,
    Entity,
    SpeakerTable,
    firm_described,
    firm_role,
    firm_unnamed,
    media_body,
    news_agency,
    one_line,
    one_word_firm,
    pronoun_gender,
    same_owner,
    state_body,
    typed_firm,
    works_in,
)
from herald_tui.quotes._terms import (
    MANNER_LEADS,
    NAMING_FORMS,
    NAMING_MANNERS,
    TERM_CUES,
    TERM_LEADS,
    THING_CALLS,
    THING_DETERMINERS,
    calls_before,
    dub_cue,
    manner_cue,
    mentioned_as_word,
    term_given_speaker,
)
from herald_tui.quotes._tokens import QUOTE, WORD, Token, singular

__all__ = ["attach_quotes", "extract_quotes"]

_CARRY = 2  # narration paragraphs a quotation standing alone may look back across
_LEDE_REACH = 2  # paragraphs after the lede that may name the speaker it describes
_ORDINALS = frozenset(("first", "second", "third"))
"""Round 72: an ordinal in a lede's description ("its first director") names the holder of
that role only: the next paragraph's speaker must hold it too."""
_OUTSIDE_NAMES = frozenset(("a", "an", "its", "their"))  # round 82: before a name's marks


class _Draft:
    """A quotation found in the body, before its speaker is resolved."""

    __slots__ = ("alone", "closed", "cue", "kind", "mention", "quoted")

    def __init__(
        self, quoted: Quoted, kind: QuoteKind, mention: Mention | None, alone: bool
    ) -> None:
        self.quoted = quoted
        self.kind = kind
        self.mention = mention
        self.alone = alone
        """The quotation is a sentence of its own with no reporting verb: a statement that
        goes on from the quotation before (not '"...," is a saying' or '"...," one of them
        said', and not 'A verdict made the rounds: "..."', where narration introduces it)."""
        self.closed = False
        """A rule ruled any speaker out ('called the operation "the farm"'): no backoff."""
        self.cue = False
        """Round 20: the word before the quotation may open a term's frame (``TERM_CUES``, a
        capitalised word, a number): only then is a partial quotation with a speaker read."""


def extract_quotes(headline: str, paragraphs: Sequence[str]) -> tuple[Quote, ...]:
    """Every quotation in the headline and paragraphs, in reading order."""
    texts = [p if isinstance(p, str) else "" for p in paragraphs]
    found = list(quotations(texts))
    narrations = _narrations(texts, found)
    drafts: list[_Draft] = []  # (a loop: a generator's every step is a call from C)
    terms: set[tuple[str, ...]] = set()  # round 14: terms met so far, by their words
    for quoted in found:
        draft = _draft(quoted, narrations, terms)
        if draft is not None:
            drafts.append(draft)
    table = SpeakerTable(headline if isinstance(headline, str) else "", texts)
    resolved = _resolve(narrations, table)
    _kin_named_before(narrations, resolved, table)
    _name_the_lede(narrations, resolved, table)
    _statement_author(narrations, resolved)
    _statement_it(narrations, resolved)
    _outlet_document(narrations, resolved, table.entities)
    _letter_writer(narrations, resolved, drafts)
    # round 10: "South Korea's unification ministry" is the "Ministry of Unification" named later
    name_described_bodies((m for nar in narrations for m in nar.mentions.values()), table.entities)
    name_kind_bodies(narrations, resolved, table.described)  # round 76: "the federation"
    body = _quotes(drafts, texts, resolved, narrations)
    head = headline_quotes(headline if isinstance(headline, str) else "", body, table, texts)
    if terms and head:  # round 14: the headline quotes a term the body shows is one
        head = [q for q in head if tuple(words(q.text)) not in terms or _spoken(q, body)]
    return (*head, *body)


def attach_quotes(article: Article) -> Article:
    """``article`` with its quotations extracted from its headline and paragraphs."""
    import dataclasses  # not at import: extraction alone needs none of it (issue 13)

    return dataclasses.replace(article, quotes=extract_quotes(article.headline, article.paragraphs))


def _narrations(texts: list[str], found: list[Quoted]) -> list[Narration]:
    spans: list[list[Span]] = [[] for _ in texts]
    for quoted in found:
        for index, span in quoted.pieces:
            spans[index].append(span)
    return [Narration(i, text, spans[i]) for i, text in enumerate(texts)]


def _asks(text: str) -> bool:
    """True when the quoted ``text`` ends in a question mark (closing marks aside)."""
    return text.rstrip(' "”')[-1:] == "?"


def _draft(
    quoted: Quoted, narrations: list[Narration], terms: set[tuple[str, ...]]
) -> _Draft | None:
    """Attribution, kind and the not-a-quotation test for one body quotation. ``terms`` holds
    the words of the spans of two words or more read as terms so far: the same words quoted
    again are the same term, without the frame that first showed it (round 14: 'a scheme
    known as "rent relay"', then '..., she said of "rent relay."'), unless a reporting clause
    stands right after them."""
    (p1, first), (p2, last) = quoted.first, quoted.last
    start, end = narrations[p1], narrations[p2]
    q1, q2 = start.quote_token(first), end.quote_token(last)
    multi = len(quoted.pieces) > 1
    full = multi or (first.opened and start.opens_statement(q1))
    relative = start.relative_label(q1)  # 'Kim, whom critics called "reckless," said'
    adjacent = None if relative else end.after(q2)
    asks = not multi and first.opened and _asks(end.text[last.start : last.end])
    asker = None
    if adjacent is not None and asks:
        # round 81: 'A reporter asked, "...?" NAME answered.': the asker's question
        asker = start.asked_before(q1)
        adjacent = adjacent if asker is None or asker.start == adjacent.start else None
    if adjacent is None and asks and p1 == p2:
        # round 241: 'A reporter asked about the plan. "...?" "...," NAME answered.'
        asker = asker or start.asked_just_before(q1)
    if adjacent is not None and not full and p1 == p2:
        # round 13: 'Asked about NAME's claim that it was "...," NAME said': the first name
        adjacent = governed_before(start, q1, adjacent) or adjacent
        # round 200: 'Asked by a reporter whether it was "...," NAME said': the reporter's
        adjacent = start.asked_by_opener(q1, adjacent) or adjacent
    if adjacent is not None and not full and p1 == p2 and adjacent.start > first.end:
        # round 145: 'dismissed the idea as "...," according to the minutes': the subject's
        adjacent = start.characterised_by_subject(q1, adjacent) or adjacent
    if adjacent is not None:
        adjacent = told_after(end, q2, adjacent) or adjacent  # round 15: '"...," he said NAME
        # had told him': NAME's words
    # round 13: 'Cho read aloud a message NAME allegedly sent ...: "..."' is NAME's
    written = message_of(start, q1) if full and adjacent is None else None
    # round 40: 'responded to Gong's call for "restraint"': Gong's words
    called = None
    if adjacent is None and q1 > 2 and start.toks[q1 - 1].lower in _CALL_OPENERS:
        called = start.called_for(q1)
    if adjacent is None and called is None and start.told:
        called = start.told_by(q1)  # round 40: 'Gil was told by Bang that it was "..."'
    mention = relative or adjacent or asker or written or called or start.before(q1, full)
    if full and mention is not None and mention is not relative and mention is not adjacent:
        # round 183: 'NAME said a recorded message played: "..."': the message's words
        mention = start.reported_document(q1, mention) or mention
    mention = mention or end.later(q2, full) or end.signed_under(q2)  # round 183
    if mention is None and not start.passive_label(q1):
        mention = end.closing(q2)  # but 'Dubbed "the iron lady" by fans, ...': no one's words
    before = start.word_before(q1)
    after = end.toks[q2 + 1] if q2 + 1 < len(end.toks) else None
    saying = None
    if not multi and (
        (before is not None and before.lower in SAYING_LINKS)
        or (after is not None and after.lower in SAYING_VERBS)
    ):
        saying = start.saying(q1, q2)  # round 118: 'an old saying: "..."': no one's
        mention = saying or mention
    text = _text(quoted, narrations)
    if not full and (mention is None or _document(mention) or _body(mention)):
        # 'The minister also "stressed the need ...," according to a statement' (or "the
        # ministry said"): the minister's words, which the statement or body only carries
        mention = start.quoted_verb(q1, text) or mention
    if not words(text):
        return None  # marks around nothing, or around punctuation only
    if not multi and q1 > 1 and start.toks[q1 - 1].lower == "of" and _cried(start.toks, q1 - 2):
        # round 145: 'A cry of "Shame!" came from the gallery': words shouted by someone the
        # sentence does not name (never a term, and nobody nearby said them)
        draft = _Draft(quoted, "full" if full else "partial", None, False)
        draft.closed = True
        return draft
    # 'Some say it is "panic buying"': a part of a group names no speaker for a scare term
    speaker = mention is not None and mention.role != "nobody"
    if not multi and not_a_quotation(
        start,
        q1,
        text,
        full=full,
        speaker=speaker,
        adjacent=adjacent is not None,
        saying=saying is not None,
    ):
        if not full:
            _remember(terms, text)
        return None
    unread = False  # round 203: a reported cry whose shouter is not read: no one's
    if not multi and not full and shouted(start.toks, q1, text):
        reported, shouter = start.shouter(q1)  # round 203: 'said her son ran yelling "X!"'
        mention = shouter if reported else mention
        unread = reported and shouter is None
    if (
        not multi
        and terms
        and adjacent is None
        and tuple(words(text)) in terms
        and not shouted(start.toks, q1, text)  # round 203: 'yelling "Crab!"' is a cry
    ):
        return None  # round 14: a term met before, quoted again
    if not multi and mentioned_as_word(start, q1, text, full=full, adjacent=adjacent is not None):
        _remember(terms, text)
        return None  # 'criticized the so-called "fast lane"': a term, whoever speaks nearby
    closed = unread
    if not full and start.passive_label(q1) and _passive(start, q1):
        closed = True  # round 16: 'called "..." by some fans': nobody's words, no backoff
    if not (multi or full) and named_thing(start, q1, text):
        mention = None  # round 9a: 'called the operation "the farm"', a name or words: no one's
        closed = True
    if mention is None and full:
        # round 40: 'Seol sent Han a message: "..."' is Seol's, not the message's (a letter
        # or post by a person is that person's), before 'Kim was blunt: "..."'
        # round 45: and 'NAME had a message for NAME: "..."' (the noun's addressee before ":")
        if q1 > 2 and (start.toks[q1 - 2].lower in SENT or start.toks[q1 - 1].text == ":"):
            mention = sent_message(start, q1)
        if mention is None:
            mention = start.introduced(q1)
    if mention is None:  # round 13: 'For NAME, the answer is simple: "..."'
        mention = held_by(start, q1) or held_after(end, q2)
    if mention is None and full:
        mention = sent_message(start, q1)  # 'he sent his brother a photo with a message:'
    opens = before is None or before.kind == QUOTE  # no narration before it in its sentence
    alone = opens and end.ends_sentence(q2) and not end.reported(q2)
    named = mention is not None and mention.kind == "name"  # a name's words stay its own
    if not multi and not named and _left_open(start.text, first.start, last.end):
        mention = None  # round 214: '"...," ... Neither side has established who spoke.'
        closed = True
    draft = _Draft(quoted, "full" if full else "partial", mention, alone)
    draft.closed = closed
    # round 20: read later only if it gets a speaker ("0" <= x < ":": a number, no new string)
    if before is not None and not full:
        low = before.lower
        draft.cue = low in TERM_CUES or "0" <= low < ":"
        if not draft.cue and (before.capitalised or low in TERM_LEADS) and q1 > 1:
            draft.cue = start.toks[q1 - 2].lower in TERM_CUES  # 'call Pak "', 'talk of a "'
        if not draft.cue and q1 > 2 and start.toks[q1 - 2].lower in THING_DETERMINERS:
            draft.cue = start.toks[q1 - 3].lower in THING_CALLS  # round 70: 'call the unit "'
        if not draft.cue and low in ("a", "an"):
            draft.cue = dub_cue(text)  # round 77: 'dubbed ... a "sanctions club"': its shape
        if not draft.cue and text[:4] == "the ":
            draft.cue = True  # round 87: 'who calls the booths "the ..."', read in its frame
        if not draft.cue and low in _OUTSIDE_NAMES and q1 > 1:
            draft.cue = start.toks[q1 - 2].lower in NAMING_FORMS  # round 82: 'has called its "'
    if before is not None and not draft.cue and len(text) < _ACROSS_CHARS:
        draft.cue = calls_before(start, q1)  # round 245: 'call such lapses, which ..., "'
    if before is not None and not draft.cue:
        # round 127: 'jokingly call ... a "', 'calls them, a little grandly, "Team ..."' (a
        # capitalised name may stand as a sentence of its own: whole quotations read too)
        low = before.lower
        if low in MANNER_LEADS or low in NAMING_MANNERS:
            draft.cue = manner_cue(start.toks, q1)
    return draft


_ACROSS_CHARS = 40  # round 245: a name's length at most, read after a long object


_OPEN_WHO = re.compile(
    r"\b(?:not|never|neither|nor|unclear|unknown|no\s+one|nobody)\b[^.;:\"“”]{0,40}?"
    r"\bwho\s+(?:(?:had|has)\s+)?(?:(?:spoke|spoken|said|shouted|yelled)(?=\s*[.,;]|\s+(?:it|what)\b)"
    r"|it\s+was\b|(?:gave|issued|sent|wrote|made|posted)\s+the\s+"
    r"(?:instruction|order|remark|message|note)\b)",
    re.IGNORECASE,
)
"""Round 214: a clause that says who spoke is not known ("Neither side has established who
spoke", "did not say who gave the instruction", "it was not clear who had shouted")."""
_ONE_OF_TWO = re.compile(
    r"\beither\s+by\s+[A-Z][^.;:\"“”]{0,40}?\s+or\s+by\s+[A-Z]"
    r"|\b(?i:one\s+of\s+(?:them|the\s+two)\s+(?:told|said|asked|wrote|shouted|yelled|replied))\b"
    r"[^.;:\"“”]{0,20}[,:]\s*$"
)
"""Round 214: an author given as one of two, before the quotation ("sent either by NAME or by
NAME", "One of them told her, "...""): the article does not say which."""
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")
_WHO = ("who", "Who", "WHO")
_EITHER_OR_ONE = ("either", "one of", "One of", "ONE OF")
"""Words :data:`_OPEN_WHO` and :data:`_ONE_OF_TWO` cannot match without (in the cases and the
single spaces copy is written in): looked for in place first, so that most quotations, which
have neither, cost a few substring searches instead of the slicing and the patterns."""


def _has(text: str, words: tuple[str, ...], lo: int, hi: int) -> bool:
    """True when one of ``words`` stands in ``text[lo:hi]`` (found in place, not sliced)."""
    return any(text.find(word, lo, hi) >= 0 for word in words)


def _left_open(text: str, start: int, end: int) -> bool:
    """Round 214: True when the article leaves the speaker of the quotation at ``start`` to
    ``end`` of ``text`` open: the rest of its sentence or the next sentence (up to another
    quotation) says who spoke is not known, or its sentence before it gives the author as one
    of two ("A message sent either by NAME or by NAME read: "...""). The labels give such
    words no speaker, whoever the sentence names (the one who played the recording, the two
    people who relayed it)."""
    if _has(text, _WHO, end, end + 400) and _open_after(text[end : end + 400]):
        return True
    low = max(0, start - 300)
    return _has(text, _EITHER_OR_ONE, low, start) and _one_of_two_before(text[low:start])


def _open_after(after: str) -> bool:
    """Round 214: True when ``after``, the text after a quotation, says in the rest of its
    sentence or the next one (up to another quotation) that who spoke is not known."""
    if after[:1] in ('"', "”"):
        after = after[1:]  # the quotation's own closing mark
    cut = min((after.find(mark) for mark in ('"', "“") if mark in after), default=len(after))
    after = after[:cut]
    ends = [m.end() for m in _SENTENCE_END.finditer(after)]
    if len(ends) >= 2:
        after = after[: ends[1]]
    return _OPEN_WHO.search(after) is not None


def _one_of_two_before(before: str) -> bool:
    """Round 214: True when ``before``, the text before a quotation, gives its author as one
    of two in the quotation's own sentence."""
    if before[-1:] in ('"', "“"):
        before = before[:-1]  # its opening mark
    cut = max(before.rfind('"'), before.rfind("”"))
    before = before[cut + 1 :]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    if ends:
        before = before[ends[-1] :]
    return _ONE_OF_TWO.search(before) is not None


_CRIES = wordset("cry shout yell scream chant roar")
_CRIES_PLURAL = wordset("cries shouts yells screams chants roars")


def _cried(toks: list[Token], k: int) -> bool:
    """Round 145: True when the token at ``k`` is a noun of shouting before "of" and a
    quotation: "a cry", "another shout", plural "chants" (with "of" after it: no "a cry for
    help", no verb "shouts")."""
    low = toks[k].lower
    if low in _CRIES_PLURAL:
        return True
    return low in _CRIES and k > 0 and toks[k - 1].lower in ("a", "an", "another")


def _passive(nar: Narration, q: int) -> bool:
    """True when the label verb before the quotation at ``q`` is a passive: '"..." by fans',
    'was called "..."', or it opens the sentence ('Dubbed "...", NAME won')."""
    toks, v = nar.toks, q - 1
    after = toks[q + 1].lower if q + 1 < len(toks) else ""
    return after == "by" or v == nar.floor(v) or (v > 0 and toks[v - 1].lower in BE)


def _spoken(head: Quote, body: Sequence[Quote]) -> bool:
    """Round 158: the body quotes the headline's words as someone's speech as well as a term
    ('Paper hails dam as 'gift of the people'' over "the paper called it a "gift of the
    people"" and, later, "the phrase "gift of the people" has appeared before"): the
    headline repeats the speech, whose speaker it takes, not the later mention of a phrase."""
    said = words(head.text)
    return head.speaker is not None and any(
        q.speaker is not None and words(q.text) == said for q in body
    )


def _remember(terms: set[tuple[str, ...]], text: str) -> None:
    """Add a term of two words or more to ``terms`` (one word may be anyone's word later)."""
    found = words(text)
    if len(found) > 1:
        terms.add(tuple(found))


def _body(mention: Mention) -> bool:
    """A body that reports ("the ministry said", "according to the KCNA"), not a person."""
    return mention.org or (mention.kind == "role" and mention.role in ORG_ROLES)


def _document(mention: Mention) -> bool:
    """A document with nobody named behind it: "a statement from the committee"."""
    return mention.kind == "role" and mention.role in DOCUMENTS


def _text(quoted: Quoted, narrations: list[Narration]) -> str:
    if len(quoted.pieces) == 1:  # most quotations: no generator to join
        (i, s) = quoted.pieces[0]
        return narrations[i].text[s.start : s.end].strip()
    return " ".join(narrations[i].text[s.start : s.end].strip() for i, s in quoted.pieces)


def _resolve(narrations: list[Narration], table: SpeakerTable) -> dict[int, Entity]:
    """Resolve every mention of the body in reading order; map ``id(mention)`` to its entity."""
    resolved: dict[int, Entity] = {}
    for n, nar in enumerate(narrations):
        masked = nar.masked if nar.joined else ""  # (most paragraphs: no "A and B")
        aged = nar.aged  # round 65: "The 26-year-old joined ..." (most paragraphs: none)
        outer: Mention | None = None  # the last name read with its description
        nameless: tuple[Entity, int] | None = None  # the paragraph's last person not named
        speaker: Mention | None = None  # the paragraph's last named or described speaker
        last: Mention | None = None  # the mention read just before
        before: Mention | None = None  # the one read before that
        asked = "Asked " in nar.masked  # round 377 (most paragraphs: no "Asked")
        ahead: dict[int, list[Mention]] = {}  # round 377: pronouns waiting for their subject
        for start, mention in sorted(nar.mentions.items()):
            before = last  # (two statements: mypyc typed a tuple of both as never None)
            last = mention
            if asked and mention.kind == "pronoun":
                subject = nar.asked_subject(mention)
                if subject is not None:
                    # round 377: 'Asked what she tells students, NAME said': NAME, read next
                    ahead.setdefault(subject, []).append(mention)
                    continue
            while aged and aged[0][0] < start:
                table.learn_age(aged[0][1])
                aged = aged[1:]
            if outer is not None and _described_inside(outer, mention):
                # round 107: "Kwon, a former labor activist, said": the description read again
                # on its own is Kwon, not a second person a later "he" could mean
                resolved[id(mention)] = resolved[id(outer)]
                continue
            entity = (
                _in_dock(narrations, n, mention, resolved, table)
                if mention.role in _DOCK_GENDER  # (a dict look-up: most mentions, no call)
                else None
            ) or (
                _identified_as(nar, mention, nameless, table)
                if nameless is not None and mention.kind == "name"
                else None
            )
            entity = entity or table.resolve(mention)
            if entity is None:
                continue
            resolved[id(mention)] = entity
            for pronoun in ahead.pop(start, ()):
                resolved[id(pronoun)] = entity
            if mention.spoke and mention.kind == "pronoun" and speaker is not None:
                _pronoun_after_speaker(nar, speaker, mention, resolved, table)
            if mention.spoke and mention.kind == "pronoun" and before is not None:
                _interrupting_pronoun(nar, before, speaker, mention, resolved)
            if mention.spoke:
                speaker = mention if mention.kind != "pronoun" else None
            if mention.kind == "role" and entity.person and not entity.name:
                nameless = (entity, start)  # round 143: "The nurse, who gave her surname, Ha,"
            if mention.kind == "name" and mention.appositive and entity.person:
                outer = mention  # (a person: "KCNA, a spokesman for ..." is two speakers)
            if masked and start > 5 and masked.startswith(" and ", start - 5):
                first = _joined_before(nar, start - 5, resolved)
                if first is not None:
                    table.pair(first, entity)  # round 41: "Rep. Ahn and Rep. Yoo"
        for _, age in aged:
            table.learn_age(age)
    return resolved


def _pronoun_after_speaker(
    nar: Narration,
    speaker: Mention,
    pronoun: Mention,
    resolved: dict[int, Entity],
    table: SpeakerTable,
) -> None:
    """Round 176: "NAME, who ... as OTHER, said ... '...,' she said": the pronoun that
    speaks after a paragraph's named or described speaker is that speaker, whoever else the
    sentence named. When the speaker was taken for someone of the other gender (a relative
    sharing the surname, "the coach" read as another coach), the one the same words could
    mean who has the pronoun's gender (or, failing one, no known gender) is who both are,
    if there is one such; else the pronoun means no one when the one it was read as stands
    inside the speaker's relative clause ("Kim Ji-ho, who trained with Yoon, said ...": a
    "he" after it is never Yoon)."""
    gender = pronoun_gender(pronoun.text)
    taken = resolved.get(id(speaker))
    if not gender or taken is None or not taken.person or taken.gender in ("", gender):
        return
    pick = resolved.get(id(pronoun))
    if any(resolved.get(id(m)) is pick for s, m in nar.mentions.items() if s < speaker.start):
        return  # "Oh asked. '...,' Pyo answered. '...,' she said": the asker, named first
    called = [e for e in table.entities if e is not taken and e.person and _called_so(e, speaker)]
    fits = [e for e in called if e.gender == gender] or [e for e in called if not e.gender]
    if len(fits) == 1:
        resolved[id(speaker)] = resolved[id(pronoun)] = fits[0]
    elif pick is not None and _named_in_subject(nar, speaker, pick, resolved):
        resolved.pop(id(pronoun), None)


def _named_in_subject(
    nar: Narration, speaker: Mention, pick: Entity, resolved: dict[int, Entity]
) -> bool:
    """Round 176: True when ``pick`` is named between ``speaker`` and its own verb (in its
    relative clause or description: "Kwon, who sells to the same buyer as Seol, said"), where
    a later pronoun could not mean it; not an object after the verb ("Moon thanked Seol")."""
    verbs = [nar.toks[c.verb].start for c in nar.clauses if c.mention is speaker]
    until = min(verbs) if verbs else speaker.end
    return any(
        resolved.get(id(m)) is pick for s, m in nar.mentions.items() if speaker.end <= s < until
    )


def _interrupting_pronoun(
    nar: Narration,
    before: Mention,
    speaker: Mention | None,
    pronoun: Mention,
    resolved: dict[int, Entity],
) -> None:
    """Round 176: "Kang, she said, was 'the last of the old guard'": a pronoun tag set
    between commas right after a name is not that name, the subject of the words it reports,
    but the paragraph's speaker (named before: "Nam Su-ho said ... Kang, she said, was"),
    if the pronoun fits that speaker; else no one."""
    if nar.text[before.end : pronoun.start] != ", ":
        return
    pick = resolved.get(id(pronoun))
    if pick is None or resolved.get(id(before)) is not pick:
        return
    gender = pronoun_gender(pronoun.text)
    said = resolved.get(id(speaker)) if speaker is not None else None
    if said is not None and said is not pick and said.person and said.gender in ("", gender):
        resolved[id(pronoun)] = said
    else:
        resolved.pop(id(pronoun), None)


def _called_so(entity: Entity, mention: Mention) -> bool:
    """Round 176: True when ``mention``'s words could name ``entity`` again: its surname or
    name ("Jang" for Jang Min-a), or its role noun with no word against it ("the coach")."""
    if mention.kind == "name":
        key = lowercase(mention.name).split()
        return bool(key) and all(w in entity.names() for w in key)
    return bool(mention.role) and mention.role in entity.roles and entity.fits(mention)


_CALL_OPENERS = CALL_LINKS | CALL_ARTICLES
"""The words right before a quotation that may end a call's frame: "Gong's call for", and
(round 176) "Moon's warning of a"."""


_IDENTIFIED_BY = re.compile(
    r"(?:\bidentified\b[^.;]{0,40}?\b(?:by\s+(?:her|his|their|the|a)\s+"
    r"(?:surname|family\s+name|first\s+name|last\s+name|given\s+name|pseudonym))"
    r"|\bidentified\s+(?:only\s+)?as"
    r"|\b(?:gave|giving)\s+(?:only\s+)?(?:her|his|their)\s+(?:surname|family\s+name|first"
    r"\s+name|last\s+name))(?:\s+only)?,?\s*$"
).search
"""Round 143: words that end right before the name a story gives a person it keeps unnamed
("identified only by her surname, Ha", "identified by the pseudonym Ryu", "identified only as
Kim", "who gave only his first name, Joon")."""


def _identified_as(
    nar: Narration, mention: Mention, nameless: tuple[Entity, int], table: SpeakerTable
) -> Entity | None:
    """Round 143: the person a role phrase introduced whom the same sentence then names only
    by a surname or a pseudonym ("The plaintiff, a teacher identified in court papers only by
    her surname, Ha, lost ..."; "The man, who asked to be identified by the pseudonym Bok,
    ..."): the name is that person's, not a second one's, and "Ha said" later quotes them.
    None when the name follows no such words, or a sentence ends between the two."""
    entity, start = nameless
    text = nar.text
    at = text.find(mention.name, mention.start)
    if at < 0 or not entity.person or entity.name:
        return None
    between = text[start:at]
    if ". " in between or "; " in between or not _IDENTIFIED_BY(between):
        return None
    return table.described_again(entity, mention)


def _described_inside(outer: Mention, mention: Mention) -> bool:
    """True when ``mention`` is the description inside the name mention ``outer`` ("Kwon, | a
    former labor activist |, said"), read a second time as a phrase of its own."""
    return (
        mention.kind == "role"
        and outer.start < mention.start
        and mention.end <= outer.end
        and (mention.text == outer.appositive or _cut_short(mention.text, outer.appositive))
    )


def _cut_short(text: str, appositive: str) -> bool:
    """Round 143: True when ``text`` is the name's description read again only up to a word
    inside it ("Noh, a professor of physics | and chemistry at ...", the phrase reader stopping
    at "and"): the same person's description, not a second person a later "the professor"
    would then mean."""
    return appositive.startswith(text) and appositive[len(text) : len(text) + 1] in (" ", ",")


_ACCUSED_AFTER = re.compile(
    r"(?:, \d{1,3})?,? (?:who )?(?:(?:is|was|has been|had been|were) )?"
    r"(?:accused|charged|indicted|arrested|detained)\b"
).match
"""What follows a name the copy puts in the dock: "NAME was charged with", "NAME, 51, was
charged", "NAME, who is accused of"."""
_ACCUSED_BEFORE = ("charged ", "indicted ", "arrested ", "detained ", "trial of ")
"""What precedes one: "Police charged NAME with", "the trial of NAME"."""
_DOCK = (" accused", " charged", " indicted", " suspected")
_DOCK_GENDER = {"man": "m", "woman": "f", "person": ""}


def _in_dock(
    narrations: list[Narration],
    n: int,
    mention: Mention,
    resolved: dict[int, Entity],
    table: SpeakerTable,
) -> Entity | None:
    """Round 49: who "the man accused of fraud" means (a bare "the man", "the woman" or "the
    person" with "accused", "charged", "indicted" or "suspected" right after it, in paragraph
    ``n``): the person named in full whom the copy, up to there, last put in the dock ("Police
    charged NAME with fraud", "NAME, 51, was charged with", "NAME, who is accused of", "the
    trial of NAME"), of that gender when one is known; None (the rules as before) when there
    is none. Read only when such a phrase is met (few articles hold one)."""
    if mention.kind != "role" or mention.determiner != "the" or mention.modifiers:
        return None
    if not narrations[n].masked.startswith(_DOCK, mention.end):
        return None
    gender = _DOCK_GENDER[mention.role]
    for k in range(n, -1, -1):
        masked = narrations[k].masked
        for start, named in sorted(narrations[k].mentions.items(), reverse=True):
            if named.kind != "name" or (k == n and start >= mention.start):
                continue
            entity = resolved.get(id(named))
            if entity is None or not entity.person or len(entity.names()) < 2:
                continue
            if gender and entity.gender not in ("", gender):
                continue
            if masked.endswith(_ACCUSED_BEFORE, 0, start) or _ACCUSED_AFTER(masked, named.end):
                return table.described_again(entity, mention)
    return None


_AGE_GAP = re.compile(r"(?:, \d{1,3},)?").fullmatch
"""Nothing, or an age, between a name and the "and" after it: "Oh, 45, and"."""


def _joined_before(nar: Narration, at: int, resolved: dict[int, Entity]) -> Entity | None:
    """Round 41: who the mention before the " and " at ``at`` means, when only "and" (or an
    age and "and": "Oh, 45, and") stands between it and the mention after ("Rep. Ahn and Rep.
    Yoo"); the outermost such mention (not a body named inside its description)."""
    masked = nar.masked
    firsts = [
        m
        for m in nar.mentions.values()
        if 0 <= at - m.end < 7 and _AGE_GAP(masked, m.end, at) is not None
    ]
    if not firsts:
        return None
    return resolved.get(id(min(firsts, key=_start_of)))


def _start_of(mention: Mention) -> int:
    return mention.start


def _kin_named_before(
    narrations: list[Narration], resolved: dict[int, Entity], table: SpeakerTable
) -> None:
    """Round 406: "her father" that an earlier paragraph named in apposition ('took over the
    boat from her father, NAME, 68,') is that person when named again so ('Her father said
    ...'): the reader was told who "her father" is. Only a relative no name was read for
    and one person so named before (two fathers, or none: the description stays)."""
    if all(entity.name or KIN_NOUNS.isdisjoint(entity.roles) for entity in table.entities):
        return  # (most articles: no relative known by a possessive alone)
    for n, nar in enumerate(narrations):
        for start, mention in nar.mentions.items():  # (any order: each is read on its own)
            if (
                mention.role not in KIN_NOUNS
                or mention.kind != "role"
                or mention.determiner not in KIN_OWNERS
            ):
                continue
            entity = resolved.get(id(mention))
            if entity is None or entity.name:
                continue
            named = _kin_apposed(narrations, n, start, mention, resolved)
            if named is not None and named is not entity:
                _merge_resolved(table, resolved, entity, named)


def _kin_apposed(
    narrations: list[Narration], n: int, start: int, mention: Mention, resolved: dict[int, Entity]
) -> Entity | None:
    """Round 406: the one named person set in apposition after the words of ``mention``
    ("her father, NAME") before it in the copy, or None. (A pattern over the text as written:
    a lowercased copy may be longer than the text, and its offsets no mention's.)"""
    apposed = re.compile(r"(?<![\w])" + re.escape(mention.text) + ", ", re.IGNORECASE)
    found: set[int] = set()
    person = None
    for p, nar in enumerate(narrations[: n + 1]):
        for match in apposed.finditer(nar.text, 0, start if p == n else len(nar.text)):
            named = nar.mentions.get(match.end())
            if named is None or named.kind != "name":
                continue  # (the look-behind: "another father, NAME" is no "her father")
            entity = resolved.get(id(named))
            if entity is not None and entity.person and entity.name:
                found.add(id(entity))
                person = entity
    return person if len(found) == 1 else None


def _name_the_lede(
    narrations: list[Narration], resolved: dict[int, Entity], table: SpeakerTable
) -> None:
    """Wire copy describes the speaker in the lede and names them just after: 'the head of the
    state weather agency said Tuesday.' then '"...," Weather Agency Administrator Han said'.
    A lede speaker known only by a definite description ('the ...', 'the country's spy
    agency') is the first speaker named in the next two paragraphs, when that one is not in
    the lede itself and is the same kind of speaker; never a guess past another speaker."""
    if len(narrations) < 2:
        return
    lede = narrations[0].mentions.values()
    in_lede = {resolved.get(id(m)) for m in lede}
    # 'ending what its head called "..."', '..., with its director declaring ...': the
    # subject of a clause speaks, even inside what another speaker of the sentence says
    lede_nar = narrations[0]
    clauses = (c for c in lede_nar.clauses if lede_nar.toks[c.verb].lower not in ("asked", "asks"))
    speaking = {id(c.mention) for c in clauses}  # not who asked: a reporter is not named next
    merged_body = False
    for mention in lede:
        described = resolved.get(id(mention))
        speaks = mention.spoke or id(mention) in speaking
        if described is None or described.name:
            continue
        echoed = _indefinite_named_again(mention, described, table)
        if echoed is not None:  # round 177: "a regimental commander", later "A regimental
            _merge_resolved(table, resolved, described, echoed)  # commander, Maj. NAME, said"
            continue
        if not speaks:
            _name_silent_firm(narrations[1], resolved, described, in_lede, table)
            continue
        definite = _described(mention)
        apposed = None if definite else _apposed_next(narrations[1], resolved, in_lede, mention)
        if apposed is not None:  # round 240: "one executive", then "That executive, NAME,"
            if described.org:
                apposed.org = True  # "The company, NAME,": a firm, whatever its name's shape
            _merge_resolved(table, resolved, described, apposed)
            continue
        again = _possessed_named_again(mention, described, table)
        if again is not None:  # round 147: the lede's "her lawyer", later "Her lawyer, NAME,"
            _merge_resolved(table, resolved, described, again)
            continue
        if not definite and not _indefinite(mention) and not _a_named_body_s(mention, lede_nar):
            continue
        found = None
        if not definite and described.org:
            found = _firm_opening_next(narrations[1], resolved, described, in_lede)
        opened = found is not None  # round 230: the firm the next paragraph opens with
        if found is None:
            found = _first_named_speaker(
                narrations[1 : 1 + _LEDE_REACH], resolved, described, in_lede
            )
        introduced = found is None and described.person
        if introduced:
            found = _introduced_next(narrations[1], resolved, in_lede)
        if found is None and definite and described.person and len(narrations) > 1 + _LEDE_REACH:
            # round 15: one paragraph further, when the speaker named there is introduced
            # with the lede's description again ("the union's leader" / "who heads the union")
            later = narrations[1 + _LEDE_REACH]
            found = _first_named_speaker([later], resolved, described, in_lede)
            if found is not None and not _restated(described, later.text):
                found = None
            introduced = False  # (what it restates is the test, not the job)
        if found is not None and table.paper_unlike(described, found[0]):
            found = None  # round 378: "the ruling party's newspaper" is no news agency named next
        if found is None and not described.person:
            paper = table.named_paper(described)  # round 378: the one paper the story names
            if paper is not None and paper not in in_lede:
                _merge_resolved(table, resolved, described, paper)
                continue
        if found is None or found[0] in in_lede:
            continue
        if not definite and described.person and not described.roles & found[0].roles:
            holder = _role_holder_next(narrations[1 : 1 + _LEDE_REACH], resolved, described)
            if holder is not None and holder[0] not in in_lede:
                found, introduced = holder, False  # round 177: "A Seoul judge", "Judge NAME"
        if _state_media(mention) and not news_agency(found[0]):
            continue  # round 72: "state media" is the agency, not a ministry named next
        if not _ORDINALS.isdisjoint(mention.modifiers) and not described.roles & found[0].roles:
            continue  # round 72: "its first director" is no minister named next
        # round 66: "A local kitchenware maker said" named next as "Sobaek Home said"
        firm = opened or (not definite and not introduced and firm_described(described, found[0]))
        served_by = found[0].person and _body_described(mention)  # round 172, below
        if not firm and not served_by and not _same_kind(described, *found):
            continue
        if found[0].org and _body_described(mention) and _other_kind(found[0]):
            continue  # round 212: "the antitrust regulator" is no court named next
        if not firm and _job_for_firm(mention, described, found[0]):
            continue  # round 208: "the deckhand" is no firm named next as "her employer"
        if _ministry_unnamed(described, found[0]):
            continue  # round 173: "the health ministry" is no disease agency named next
        if described.phrases and not same_owner(described.phrases[0], lowercase(found[0].full)):
            continue  # "North Korea's foreign ministry" is not "South Korea's ..." named next
        if (
            introduced
            and _jobs(found[0])
            and not described.roles & found[0].roles
            and not _restated(described, narrations[1].text)
        ):
            continue  # introduced as something else: "a nurse" is no "retired general"
        if (
            not introduced
            and not definite
            and not firm
            and not _body_named_next(described, found[0])
            and not described.roles & found[0].roles
            and not _described_as(found[0], mention.role)
            and not _introduced_restating(narrations[1], resolved, in_lede, found[0], mention)
            and not _senior_official(mention, described, found[0])
            and not _official_described_alike(mention, described, found[0])
            and not _introduced_jobless(narrations, resolved, in_lede, found[0], described)
            and not _pseudonym_next(narrations[1].text, found[0], described)
        ):
            continue  # "a spokesperson" is the one named next as a spokesperson, no one else
        named = found[0]
        if named.person and _body_described(mention):
            # round 172: "the top financial regulator said" then "NAME, deputy governor at
            # the FSS, said": the regulator is the body the person serves, or no one named
            served = _served_body(named, table)
            if served is None:
                continue
            named = served
        if firm:
            named.org = True  # a firm, whatever its name's shape
        _merge_resolved(table, resolved, described, named)
        if named.person or merged_body:
            return  # (a body first, "state media", leaves a person the lede describes)
        merged_body = True


def _statement_author(narrations: list[Narration], resolved: dict[int, Entity]) -> None:
    """A lede that gives a body's or a country's words 'in a statement' and a next paragraph
    that names the person who made 'the statement' ('The statement by Vice Minister Ko
    said', 'Vice Minister Ko said in the statement'): the lede's words are that person's.
    Only the lede's mentions change: the body may still speak for itself later."""
    if len(narrations) < 2 or _answers_statement(narrations[0]):
        return
    byline = _statement_byline(narrations[1], resolved, _has_document(narrations[0], "a"))
    if byline is None:
        byline = _words_came_from(narrations[1], resolved)
    if byline is not None and _speaks_in(narrations[1 : 2 + _LEDE_REACH], resolved, byline):
        # (round 411: one paragraph more, for a quotation that runs over two paragraphs
        # before its speaker is named: 'by NAME ...' / '"...' / '"...," NAME said')
        # round 401: 'The statement, issued by NAME, came ...' names its author, whoever
        # else speaks first there ('The report described ...', 'It followed reports citing')
        _give_lede_to(narrations[0], resolved, byline)
        return
    if not (_has_document(narrations[0], "a") or _statement_by(narrations[1])):
        _give_lede_to(narrations[0], resolved, _said_in_statement(narrations[1], resolved))
        return
    author, named = None, False
    for where in narrations[1 : 1 + _LEDE_REACH]:
        # round 92: 'The statement by Vice Minister Ko was carried by KCNA.' then '"...," Ko
        # said': "the statement" may stand in a paragraph before the one where its person
        # first speaks (and the lede keeps its body when no such paragraph names it)
        named = named or _has_document(where, "the")
        author = _first_speaker(where, resolved)
        if author is not None:
            break
    if author is None or not author.person or not author.name:
        return
    if not (author.issued & DOCUMENTS or named):
        return  # the next speaker says nothing of a statement: the lede keeps its body
    _give_lede_to(narrations[0], resolved, author)


_STATEMENT_IT_REACH = 1  # paragraphs back "it" may look for "the statement" it goes on from


def _statement_it(narrations: list[Narration], resolved: dict[int, Entity]) -> None:
    """Round 188: "it" that goes on from "the statement" of one named person speaks for that
    person: 'The statement by Vice Minister Ko Tae-sun called the drill "reckless."' then
    '"...," it said.' ("it" is the statement, not the country or the body last named). Only an
    "it" that is the first phrase of its paragraph, when "the statement" (resolved to a
    person) opens a sentence or speaks in that paragraph or the one before, and nothing named
    between them speaks or opens a sentence."""
    last: Mention | None = None  # the newest phrase that spoke or opened a sentence
    for n, nar in enumerate(narrations):
        first = True
        for _, mention in sorted(nar.mentions.items()):
            if first and mention.kind == "pronoun" and mention.spoke and last is not None:
                author = resolved.get(id(last))
                if (
                    lowercase(mention.text) == "it"
                    and last.paragraph is not None
                    and n - last.paragraph <= _STATEMENT_IT_REACH
                    and _the_statement(last)
                    and author is not None
                    and author.person
                    and author.name
                ):
                    resolved[id(mention)] = author
            first = False
            if mention.spoke or _opens_sentence(nar.text, mention.start):
                last = mention


_OUTLET_DOCUMENTS = wordset("commentary editorial")
"""Round 405: a news outlet's own writing, whose words are the outlet's when nobody signs it."""
_OUTLET_REACH = 1  # paragraphs back "the commentary" may look for the outlet that carried one
_INTRODUCING = wordset("a an its")
_DOCUMENT_WORDS = 3  # words between "a" and the document's noun at most ("a long front-page")


def _describing(tok: Token) -> bool:
    """Round 405: a lowercase word that may describe a document between "a" and its noun."""
    return tok.kind == WORD and tok.text.islower() and tok.lower not in _INTRODUCING


def _outlet_document(
    narrations: list[Narration], resolved: dict[int, Entity], entities: Sequence[Entity]
) -> None:
    """Round 405: "the commentary" (or "the editorial") that speaks, right after a sentence in
    which a news outlet carried "a commentary" ('The Rodong Sinmun ... carried a commentary
    titled "...". The commentary said ...', 'The newspaper devoted a front-page commentary
    to the plant'), speaks for that outlet: the corpus gives an unsigned commentary's words
    to the paper that ran it. Only when the outlet is the nearest named body before the
    document's introduction, in that sentence, and "the commentary" is no named writer's ('a
    commentary by NAME' already resolves to NAME)."""
    if all(entity.name or _OUTLET_DOCUMENTS.isdisjoint(entity.roles) for entity in entities):
        return  # (most articles: no commentary or editorial speaks)
    for n, nar in enumerate(narrations):
        for mention in nar.mentions.values():  # (any order: each is read on its own)
            if not (
                mention.role in _OUTLET_DOCUMENTS
                and mention.spoke
                and mention.kind == "role"
                and mention.determiner == "the"
            ):
                continue
            entity = resolved.get(id(mention))
            if entity is None or entity.name:
                continue
            outlet = _outlet_before(narrations, n, mention, resolved)
            if outlet is not None:
                resolved[id(mention)] = outlet


def _outlet_before(
    narrations: list[Narration], n: int, document: Mention, resolved: dict[int, Entity]
) -> Entity | None:
    """Round 405: the news outlet that carried the "a ... <document>" nearest before
    ``document`` (in its paragraph or the one before), or None."""
    for p in range(n, max(-1, n - 1 - _OUTLET_REACH), -1):
        nar = narrations[p]
        toks = nar.toks
        end = nar.token_at(document.start) if p == n else len(toks)
        for k in range(end - 1, 0, -1):
            if toks[k].lower != document.role:
                continue
            j = k - 1
            while j > 0 and k - j < _DOCUMENT_WORDS and _describing(toks[j]):
                j -= 1  # 'a front-page commentary'
            if toks[j].lower not in _INTRODUCING:
                return None  # the nearest one is no introduction ('the commentary' again)
            return _outlet_in_sentence(nar, toks[j].start, resolved)
    return None


def _outlet_in_sentence(nar: Narration, at: int, resolved: dict[int, Entity]) -> Entity | None:
    """Round 405: the nearest body named before offset ``at`` in its sentence, when it is a
    news outlet (a newspaper, state media or a news agency)."""
    k = nar.token_at(at)
    floor = nar.toks[nar.floor(k)].start if k < len(nar.toks) else 0
    best = None
    for start, mention in sorted(nar.mentions.items()):
        if start >= at:
            break
        if start >= floor:
            best = mention
    if best is None:
        return None
    entity = resolved.get(id(best))
    if entity is None or not entity.org:
        return None
    return entity if media_body(entity) or news_agency(entity) else None


def _the_statement(mention: Mention) -> bool:
    """Round 188: "the statement" with no other word (not "a statement", "the joint
    statement", "Kim's statement")."""
    return (
        mention.kind == "role"
        and mention.role == "statement"
        and mention.determiner == "the"
        and not mention.modifiers
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Round 188: True when a phrase at ``start`` opens a sentence of ``text``."""
    return start == 0 or ends_before(text, start, (".", '."', ".\u201d"))


def _give_lede_to(lede: Narration, resolved: dict[int, Entity], author: Entity | None) -> None:
    """The bodies (and countries) that speak in the lede speak through ``author`` (round 411:
    one known by its description too, "North Korea's main youth organization")."""
    if author is None:
        return
    spoken: list[Entity] = []
    for mention in lede.mentions.values():
        body = resolved.get(id(mention))
        if body is not None and body.org and mention.spoke:
            resolved[id(mention)] = author
            spoken.append(body)
    for mention in lede.mentions.values():
        # round 337: 'North Korea said ..., vowing "..." of what it calls ... and "..."': a
        # pronoun for that body is the body, so its words are the author's too
        if mention.kind == "pronoun" and any(resolved.get(id(mention)) is b for b in spoken):
            resolved[id(mention)] = author


def _said_in_statement(nar: Narration, resolved: dict[int, Entity]) -> Entity | None:
    """Round 169: the person the paragraph after the lede opens with, when that person gave
    words "in a statement" ('Vice Minister Ahn Mu-sol said in a statement carried by the
    agency that ...', 'Ahn made the remarks in a statement'), the lede itself naming no
    statement: 'Pyongyang warned of "..." ...' gave that statement's words, which are its
    author's (the corpus convention). A paragraph that opens with a fresh quotation
    ('"...," NAME said in a statement') names the author too (round 215,
    :func:`_quoted_in_statement`). None when a body opens the paragraph, or the person named
    gave no statement."""
    narrated = _opens_narration(nar.text)
    if not narrated:
        return _quoted_in_statement(nar, resolved)
    for _, mention in sorted(nar.mentions.items()):
        entity = resolved.get(id(mention))
        if entity is None:
            continue
        if narrated and not entity.person and not mention.spoke and mention.start < narrated:
            continue  # round 172: 'The test, held in Gangwon Province, ..., NAME said in a
            # statement': a place or thing the narration names before its speaker
        if not entity.person or (
            mention.start > 0 and (mention.start >= narrated or not mention.spoke)
        ):
            return None  # 'The agency said ...', or '"...," NAME said': not the opening name
            # (round 172: nor 'The statement by NAME was carried ...': NAME says nothing)
        if mention.issued != "statement" or not entity.name:
            return None
        return entity
    return None


def _quoted_in_statement(nar: Narration, resolved: dict[int, Entity]) -> Entity | None:
    """Round 215: the person a paragraph that opens with a quotation credits with it "in a
    statement" ('"...," NAME, a spokesman for ..., said in a statement carried by KCNA'): the
    statement the lede summarised is that person's, so its words in the lede are too (the
    corpus convention, to which the two old splits that gave the country were relabelled).
    Only the quotation's own speaker (the first phrase that speaks), a named person who gave
    the words in a statement."""
    for _, mention in sorted(nar.mentions.items()):
        if not mention.spoke:
            continue
        entity = resolved.get(id(mention))
        if entity is None or not entity.person or not entity.name:
            return None
        return entity if mention.issued == "statement" else None
    return None


def _opens_narration(text: str) -> int:
    """Round 172: where the first sentence of ``text`` ends when it opens with narration ('The
    launch, held in Gangwon Province, proved the design, NAME said in a statement.'); 0 when
    it opens with a quotation ('"...," NAME said in a statement': new words)."""
    if text[:1] in "\"“”'‘":
        return 0
    end = text.find(". ")
    return len(text) if end < 0 else end + 1


_WROTE = SENDS | wordset("penned published")
"""Round 45: verbs of writing a letter (:data:`SENT`): '"...," the letter read' after 'NAME
wrote a letter' gives the words of its writer, as 'her letter' does."""


def _letter_writer(
    narrations: list[Narration], resolved: dict[int, Entity], drafts: list[_Draft]
) -> None:
    """Round 45: 'Singer NAME posted a letter on Sunday.' then '"...," the letter read': the
    letter speaks for the one who wrote it. Only "the" and the same noun the writer's
    sentence gave with "a" (or "an"), in the same paragraph or the one before, after a verb of
    writing that follows its subject, one person named (no "and", no second name between).
    Read from the quotations' own speakers (no pass over paragraphs)."""
    for draft in drafts:
        mention = draft.mention
        if mention is None or mention.role not in SENT or mention.kind != "role":
            continue
        i = mention.paragraph
        if i is None or mention.determiner != "the" or resolved.get(id(mention)) is None:
            continue
        nar = narrations[i]
        writer = _writer_of(nar, mention.role, mention.start, resolved)
        if writer is None and i > 0:
            writer = _writer_of(narrations[i - 1], mention.role, len(nar.text), resolved)
        if writer is not None:
            resolved[id(mention)] = writer


def _writer_of(
    nar: Narration, noun: str, before: int, resolved: dict[int, Entity]
) -> Entity | None:
    """The one person who wrote "a ``noun``" in ``nar`` before offset ``before``, or None
    when no sentence says so, or two do."""
    toks, found = nar.toks, None
    for k in range(1, len(toks) - 2):
        if toks[k].start >= before:
            break
        if toks[k].lower not in _WROTE or toks[k + 1].lower not in ("a", "an"):
            continue
        n = k + 2  # 'a letter', 'a handwritten letter', 'a two-page letter'
        while n < k + 4 and n < len(toks) - 1 and toks[n].lower != noun:
            n += 1
        if toks[n].lower != noun:
            continue
        writer = None
        for j in range(nar.floor(k), k):
            if toks[j].lower == "and":
                return None
            named = nar.mentions.get(toks[j].start)
            entity = resolved.get(id(named)) if named is not None else None
            if entity is not None:
                if writer is not None or not entity.person or not entity.name:
                    return None  # two phrases, or no person: not read
                writer = entity
        if writer is None or (found is not None and found is not writer):
            return None
        found = writer
    return found


def _has_document(nar: Narration, determiner: str) -> bool:
    """True when the paragraph names a statement with ``determiner``: "in a statement", "The
    statement by ... said"."""
    toks = nar.toks
    for k in range(1, len(toks)):
        if toks[k].lower == "statement" and toks[k - 1].lower == determiner:
            return True
    return False


def _statement_by(nar: Narration) -> bool:
    """Round 140: True when the paragraph after the lede says whose statement gave the lede's
    words: 'North Korea warned it would take "..."' then 'The warning came in a statement by
    NAME, a spokesman for ...' (the lede itself names no statement)."""
    toks = nar.toks
    for k in range(1, len(toks) - 1):
        if toks[k].lower == "statement" and toks[k - 1].lower == "a":
            return toks[k + 1].lower in ("by", "from")
    return False


_ISSUING_WORDS = wordset("issued released")
_PASSIVE = wordset("was were")


def _statement_byline(
    nar: Narration, resolved: dict[int, Entity], lede_named: bool
) -> Entity | None:
    """Round 401: the person the paragraph after the lede names as a statement's author right
    after "by" ('came in a statement by NAME', 'a statement issued by NAME', and, when the
    lede named "a statement" (``lede_named``), 'The statement, issued by NAME, ...'); None
    when no such phrase, or no named person after "by". (Round 92: "The statement by NAME was
    carried by KCNA" after a lede that names no statement leaves the lede its country.)"""
    toks = nar.toks
    for k in range(1, len(toks) - 2):
        article = toks[k - 1].lower
        if toks[k].lower != "statement" or article not in ("a", "the"):
            continue
        n = k + 1
        if toks[n].text == ",":
            n += 1
        elif toks[n].lower in _PASSIVE:
            n += 1  # round 411: 'The statement was issued by NAME'
        issued = n < len(toks) and toks[n].lower in _ISSUING_WORDS
        if article == "the" and not (lede_named or (k == 1 and issued)):
            continue  # round 411: the paragraph that opens 'The statement, issued by NAME'
            # names the author of the words the lede gave, whether or not it said "statement"
        n += issued
        if n + 1 >= len(toks) or toks[n].lower != "by":
            continue
        named = nar.mentions.get(toks[n + 1].start)
        entity = resolved.get(id(named)) if named is not None else None
        return entity if entity is not None and entity.person and entity.name else None
    return None


_THROUGH = wordset("in through via")
_STATEMENT_WORDS = 3  # words from a preposition to "statement" at most ("in a joint statement")


def _answers_statement(lede: Narration) -> bool:
    """Round 411: True when the lede names a statement its speaker answers rather than gives
    words in ('The unification ministry called a statement from North Korea "..."', 'in
    response to the statement'): the author a later paragraph names for "the statement" is
    not the lede speaker's voice. A statement the lede's words come "in" (or "through") is."""
    toks = lede.toks
    for k in range(1, len(toks)):
        if toks[k].lower != "statement":
            continue
        if not any(toks[j].lower in _THROUGH for j in range(max(0, k - _STATEMENT_WORDS), k)):
            return True
    return False


_CAME_WORDS = wordset("words remarks comments")
"""Round 411: what 'The words came from NAME' says came from a person (the lede's words)."""


def _words_came_from(nar: Narration, resolved: dict[int, Entity]) -> Entity | None:
    """Round 411: the named person a paragraph after the lede opens by crediting with the
    lede's words ('The words came from NAME, director general of ..., who spoke at ...');
    None for any other opening."""
    toks = nar.toks
    if len(toks) < 5 or toks[0].lower != "the" or toks[1].lower not in _CAME_WORDS:
        return None
    if toks[2].lower != "came" or toks[3].lower != "from":
        return None
    named = nar.mentions.get(toks[4].start)
    entity = resolved.get(id(named)) if named is not None else None
    return entity if entity is not None and entity.person and entity.name else None


def _speaks_in(narrations: list[Narration], resolved: dict[int, Entity], who: Entity) -> bool:
    """Round 401: True when ``who`` speaks in one of ``narrations``."""
    return any(
        mention.spoke and resolved.get(id(mention)) is who
        for nar in narrations
        for mention in nar.mentions.values()
    )


def _first_speaker(nar: Narration, resolved: dict[int, Entity]) -> Entity | None:
    """Who speaks first in the paragraph, if anyone."""
    for _, mention in sorted(nar.mentions.items()):
        entity = resolved.get(id(mention))
        if entity is not None and mention.spoke:
            return entity
    return None


def _described(mention: Mention) -> bool:
    """A speaker phrase that describes one known speaker: 'the ...' or '...'s ...'."""
    if mention.kind != "role":
        return False
    if mention.plural:  # "government investigators said", named next as their board
        return mention.determiner in ("", "the")
    if mention.determiner in ("the", "its", "their"):
        return True  # "the head of ...", and "its chief" of the body the lede is about
    if _state_media(mention):
        return True  # round 72: "state media said", a mass noun with no article: one outlet
    return any(m.endswith(("'s", "’s")) for m in mention.modifiers)


def _state_media(mention: Mention) -> bool:
    """Round 72: "state media" with no article ("..., state media said Tuesday, calling it
    "..."'), which the next paragraph names as the news agency that speaks ("The Korean
    Central News Agency (KCNA) said"), and only as that (not a ministry or a person)."""
    return not mention.determiner and mention.role == "media" and "state" in mention.modifiers


def _indefinite(mention: Mention) -> bool:
    """A lede speaker described by a role with "a" ('A North Korean military spokesperson
    warned ...'): the person the next paragraph names with that role, if it does."""
    return mention.kind == "role" and not mention.plural and mention.determiner in ("a", "an")


_A_NAMED_BODY_S = re.compile(
    r"\b[Aa]n? (?:[A-Z][\w&'.-]*|of|and|for|on) (?:(?:[A-Z][\w&'.-]*|of|and|for|on) )*"
    r"(?:\([A-Z][A-Za-z]+\) )?$"
)
"""Round 177: "a" and a body's capitalised name right before a role ("a Hanbit Motors (HM)
"."""


def _a_named_body_s(mention: Mention, nar: Narration) -> bool:
    """Round 177: True when a lede's role with no article of its own takes the "a" of a
    body's name before it ('a Hanbit Motors (HM) vice president said'): one unnamed
    person of that body, a role with "a" (see :func:`_indefinite`) that the next
    paragraphs may name ("Vice President NAME told ..."), not the body itself."""
    if mention.kind != "role" or mention.plural or mention.determiner:
        return False
    before = nar.text[max(0, mention.start - 80) : mention.start]
    return _A_NAMED_BODY_S.search(before) is not None


def _indefinite_named_again(
    mention: Mention, described: Entity, table: SpeakerTable
) -> Entity | None:
    """Round 177: the person a lede's "a" and a described role ("with a regimental commander
    quoted as saying ...") means when the story later gives someone that very phrase as
    their description ('A regimental commander, Maj. NAME, told ...'): wire copy repeats
    the lede's words when it names the person. Only a role with a word that narrows it
    ("a commander" alone may be any), the one person named in full so described; None for
    none or two (as round 147's possessed roles)."""
    if not _indefinite(mention) or not described.person:
        return None
    if not [m for m in mention.modifiers if m not in _ANYONES]:
        return None
    return _the_one_described(table, described, lowercase(mention.text), titles=False)


def _role_holder_next(
    narrations: list[Narration], resolved: dict[int, Entity], described: Entity
) -> tuple[Entity, Mention] | None:
    """Round 177: the one person named in ``narrations`` who speaks and holds a role of the
    lede's "a ..." description ('A district judge on Monday jailed a broker ..., calling
    it "..."' then 'Kim Bo-ra, 51, ran ...' and '"...," Presiding Judge NAME said'): wire
    copy names the person it described by the same job, though the one the sentence acted on
    opens the next paragraph. Only the role as a word of the title before the name (a
    "director general" is no general); None when two people named there hold it."""
    found: tuple[Entity, Mention] | None = None
    for nar in narrations:
        for _, mention in sorted(nar.mentions.items()):
            entity = resolved.get(id(mention))
            if entity is None or entity is described or not mention.spoke:
                continue
            if not entity.person or not entity.name:
                continue
            if described.roles.isdisjoint(lowercase(entity.title).split()):
                continue  # the role in the title before the name: no "director general"
            if found is not None and found[0] is not entity:
                return None
            found = found or (entity, mention)
    return found


def _first_named_speaker(
    narrations: list[Narration],
    resolved: dict[int, Entity],
    described: Entity,
    in_lede: set[Entity | None],
) -> tuple[Entity, Mention] | None:
    """The first named speaker of ``narrations``, unless another unnamed one speaks first. A
    body of the lede speaking again is passed over when the description is of the other
    kind: 'Nexdo said ..., its chief said.' then 'The company posted ...' leaves "its chief"
    to be named next."""
    for nar in narrations:
        for _, mention in sorted(nar.mentions.items()):
            entity = resolved.get(id(mention))
            if entity is None or not mention.spoke or entity is described:
                continue
            if entity in in_lede and entity.org != described.org:
                continue
            if entity.org and not described.org and not described.plural:
                continue  # round 13: "according to the ministry" is no minister named next
            return (entity, mention) if entity.name else None
    return None


_CIVIL_HEADS = wordset(
    "federation association union confederation party league club court university school"
    " college foundation church order"
)
"""Head words of a body's name outside the state and business (round 230)."""


def _body_named_next(described: Entity, named: Entity) -> bool:
    """Round 230: True when the lede's body ``described`` ("a state agency", "a state think
    tank") may be the body ``named`` next though no role word is shared, as wire copy names
    it ("Korea Agro-Fisheries & Food Trade Corp.", "Korea Rural Economic Institute"): not a
    body whose name says another kind the description does not ("a state-run research
    institute" is no "Korea Federation of Small Businesses")."""
    if not described.org or not named.org or described.plural:
        return False
    heads = {w for w in named.names() if w in _CIVIL_HEADS}
    return not heads or bool(heads & described.roles)


def _name_silent_firm(
    nar: Narration,
    resolved: dict[int, Entity],
    described: Entity,
    in_lede: set[Entity | None],
    table: SpeakerTable,
) -> None:
    """Round 363: the lede's unnamed firm that does not speak there ('A Daegu-based maker of
    robots has signed ...') is the firm the next paragraph opens with, as round 230 reads one
    that speaks: "the company said" later means the firm named."""
    if not firm_unnamed(described):
        return
    found = _firm_opening_next(nar, resolved, described, in_lede)
    if found is not None:
        found[0].org = True  # a firm, whatever its name's shape
        _merge_resolved(table, resolved, described, found[0])


def _firm_opening_next(
    nar: Narration, resolved: dict[int, Entity], described: Entity, in_lede: set[Entity | None]
) -> tuple[Entity, Mention] | None:
    """Round 230: the firm the paragraph after the lede opens with, as its subject, when the
    lede describes a firm it does not name and nobody named speaks next ('A Daejeon-based
    startup said ...' then 'Soritrace Inc. attached 900 sensors ...'): wire copy describes
    the firm in the lede and names it right after, as round 15 reads a person introduced so.
    Only a name that opens the paragraph, a firm's or one nothing types yet (round 66's
    test), never a person's or a body of another kind."""
    mention = _opening_name(nar)
    entity = resolved.get(id(mention)) if mention is not None else None
    if mention is None or entity is None or entity in in_lede or not entity.name:
        return None
    if firm_unnamed(described) and one_word_firm(entity):
        return entity, mention  # "Boxtory, founded in 2022, has installed ...": first named here
    if entity.person:
        return None
    return (entity, mention) if firm_described(described, entity) else None


_APPOSED_OPENING = re.compile(r"(?:The|That|This) ([a-z][a-z-]+), ")
"""A paragraph opening with a definite noun a name is set beside: "That executive, "."""


def _apposed_next(
    nar: Narration, resolved: dict[int, Entity], in_lede: set[Entity | None], mention: Mention
) -> Entity | None:
    """Round 240: who the lede's indefinite ``mention`` ("one executive", "A Seoul startup")
    is, when the paragraph after the lede opens by setting a name beside the same noun
    ("That executive, Yeom Dong-hwi, head of ...", "The company, Pumjil Labs, trained ..."):
    the copy says outright that the one it described is the one it names, whether or not
    the name speaks there. A firm's noun may differ ("startup", then "The company")."""
    first = _first_mention(nar)
    if first is None:
        return None
    start, named = first
    match = _APPOSED_OPENING.fullmatch(nar.text, 0, start)
    entity = resolved.get(id(named))
    if match is None or named.kind != "name" or entity is None or entity in in_lede:
        return None
    noun = singular(match.group(1))
    if noun == mention.role or (firm_role(noun) and firm_role(mention.role)):
        return entity if entity.name else None
    return None


def _merge_resolved(
    table: SpeakerTable, resolved: dict[int, Entity], gone: Entity, into: Entity
) -> None:
    """Merge ``gone`` into ``into`` and point every mention resolved to ``gone`` at ``into``."""
    table.merge(gone, into)
    for key, entity in resolved.items():
        if entity is gone:
            resolved[key] = into


def _first_mention(nar: Narration) -> tuple[int, Mention] | None:
    """The first mention of the paragraph ``nar`` with its offset, or None when it has none."""
    return min(nar.mentions.items()) if nar.mentions else None


def _opening_name(nar: Narration) -> Mention | None:
    """The name the paragraph ``nar`` opens with, or None (a role, or no mention at its start):
    the subject wire copy introduces right after the lede (rounds 15 and 230)."""
    first = _first_mention(nar)
    if first is None or first[0] != 0 or first[1].kind != "name":
        return None
    return first[1]


def _introduced_next(
    nar: Narration, resolved: dict[int, Entity], in_lede: set[Entity | None]
) -> tuple[Entity, Mention] | None:
    """The person the paragraph after the lede opens with, introduced in full with their
    Hangul or age ('A retired general testified ...' then 'Baek Seung-cheol (백승철), 68, who
    led ..., appeared as a witness'), when nobody named speaks first (round 15): wire copy
    describes its subject in the lede and introduces them by name right after."""
    mention = _opening_name(nar)
    if mention is None or not (mention.alias or mention.age or _with_hangul(nar.text, mention)):
        return None
    entity = resolved.get(id(mention))
    if entity is None or entity in in_lede or not entity.person or " " not in entity.name:
        return None
    return entity, mention


_HANGUL_AFTER = re.compile(r" \([\uac00-\ud7a3]")
"""A name's Hangul right after it: "Shin Dong-hyuk (신동혁)"."""
_CONTENT = re.compile(r"[a-z][a-z-]{3,}")
_NOT_CONTENT = frozenset(("former", "retired", "veteran", "prominent", "senior", "with", "from"))


def _with_hangul(text: str, mention: Mention) -> bool:
    """True when the name of ``mention`` is followed by its Hangul: "Shin Dong-hyuk (신동혁)"."""
    at = text.find(mention.name, mention.start) if mention.name else -1
    return at >= 0 and _HANGUL_AFTER.match(text, at + len(mention.name)) is not None


def _restated(described: Entity, text: str) -> bool:
    """True when the paragraph that introduces a person repeats a content word of the lede's
    description ("A former member of the bank's rate-setting board" and "who sat on the
    central bank's monetary policy board"): the same person, whatever job it gives first."""
    if not described.phrases:
        return False
    low = lowercase(text)
    return any(
        word not in _NOT_CONTENT and re.search(rf"\b{re.escape(word)}\b", low) is not None
        for word in _CONTENT.findall(lowercase(described.phrases[0]))
    )


_ANYONES = frozenset(("local", "young", "elderly", "foreign", "unnamed", "anonymous", "ordinary"))
"""Modifiers that describe anyone: "a local nurse" is not "a local doctor" named next."""


_POSSESSIVES = frozenset(("his", "her", "their", "its"))


def _possessed_named_again(
    mention: Mention, described: Entity, table: SpeakerTable
) -> Entity | None:
    """Round 147: the person a lede's possessed role ("in a ruling her lawyer called "..."")
    means when the story later names someone with that very phrase as their description
    ('Her lawyer, NAME, said ...'): wire copy repeats the lede's phrase when it names its
    holder. The one person named in full so described; None for none or two."""
    if mention.kind != "role" or mention.determiner not in _POSSESSIVES or not described.person:
        return None
    return _the_one_described(table, described, lowercase(mention.text), titles=True)


def _the_one_described(
    table: SpeakerTable, described: Entity, phrase: str, *, titles: bool
) -> Entity | None:
    """The one person named in full, other than ``described``, whose description (or, with
    ``titles``, whose title) is ``phrase``; None for none or two."""
    found = [
        e
        for e in table.entities
        if e is not described
        and e.person
        and len(e.names()) >= 2
        and (phrase == lowercase(e.appositive) or (titles and phrase == lowercase(e.title)))
    ]
    return found[0] if len(found) == 1 else None


_PSEUDONYM = re.compile(
    r"\b(?:pseudonym|alias|assumed name|false name|identified (?:only )?as|"
    r"identified (?:only )?by (?:the|a|his|her) (?:pseudonym|name))\s+$"
)
"""Round 147: words right before a name that make it a pseudonym the story gives someone."""


def _pseudonym_next(text: str, named: Entity, described: Entity) -> bool:
    """Round 147: True when the paragraph after the lede gives ``named``, a person, as a
    pseudonym ('The man, who asked to be identified by the pseudonym NAME to protect his
    family, ...'): wire copy names the person its lede describes that way ('A former
    North Korean soldier says ...'), so the lede's unnamed person is that one."""
    if not (named.person and described.person) or len(named.names()) < 2:
        return False
    at = text.find(named.name)
    return at > 0 and _PSEUDONYM.search(text[max(0, at - 60) : at]) is not None


def _introduced_restating(
    nar: Narration,
    resolved: dict[int, Entity],
    in_lede: set[Entity | None],
    named: Entity,
    mention: Mention,
) -> bool:
    """Round 66: True when ``named`` opens the paragraph after the lede, introduced in full
    (see :func:`_introduced_next`), and the paragraph repeats the lede description's role
    noun or a content word before it ("A former senior customs officer ... denied" then
    "Gye Hyun-seo (계현서), 59, who retired as head of the Incheon customs office, told"):
    the person the lede described, though the description gives no role the name holds."""
    introduced = _introduced_next(nar, resolved, in_lede)
    if introduced is None or introduced[0] is not named:
        return False
    low = lowercase(nar.text)
    return any(
        len(word) >= 4
        and word.isalpha()
        and word not in _NOT_CONTENT
        and word not in _ANYONES
        and re.search(rf"\b{re.escape(word)}s?\b", low) is not None
        for word in (*mention.modifiers, mention.role)
    )


def _introduced_jobless(
    narrations: list[Narration],
    resolved: dict[int, Entity],
    in_lede: set[Entity | None],
    named: Entity,
    described: Entity,
) -> bool:
    """Round 142: True when the lede's one described person ("A former welder ... told a
    court") is ``named``, who opens the paragraph after the lede introduced in full (see
    :func:`_introduced_next`) with no job of their own: no title, no description, no role
    ("Jin Seok-ho, 52, took the stand ... Jin told the court"): wire copy gives the job in the
    lede and the name and age next. Not when a second person described in the lede is a
    subject too ("A singer ... is being sued by a fellow singer, who says"): either may be
    the one named next; nor one introduced as something else (round 66's test)."""
    if not described.person or not named.person:
        return False
    if named.title or named.appositive or _jobs(named):
        return False
    for other in narrations[0].mentions.values():
        if other.kind != "role" or not (other.subject or other.spoke):
            continue  # (an object, "his supervisor ordered him": no second subject)
        entity = resolved.get(id(other))
        if entity is not None and entity is not described and entity.person:
            return False
    introduced = _introduced_next(narrations[1], resolved, in_lede)
    return introduced is not None and introduced[0] is named


_ENVOYS = frozenset(("ambassador", "envoy", "consul"))
"""Jobs a lede's "a senior diplomat" stands for besides a foreign minister's."""
_OFFICIAL_JOBS = wordset(
    "director minister chief head commissioner secretary administrator premier chairman chair"
)
"""Round 80: the jobs "a senior official" of a lede stands for when the next paragraphs name
the person ('a senior weapons official declaring ...', then 'overseen by NAME, vice director
of the Missile Administration')."""


def _senior_official(mention: Mention, described: Entity, named: Entity) -> bool:
    """Round 80: a lede's "a senior ... official" is the first speaker named next when that
    person holds an official's job (a director, a minister, a chief): the description is the
    job's kind. Only "senior" (a rank the named job shows), never "an official" (often one
    who asked not to be named), not one placed at a body ('a senior official at the
    governor's office' is no minister named next), and only a person with no other job."""
    if mention.determiner not in ("a", "an") or "senior" not in mention.modifiers:
        return False
    if mention.text.endswith("diplomat") and described.roles == {"diplomat"}:
        # "a senior North Korean diplomat" is the vice foreign minister or envoy named next
        return named.person and (
            "foreign" in lowercase(named.title).split() or bool(named.roles & _ENVOYS)
        )
    if not mention.text.endswith("official"):
        return False  # 'a senior official at the governor's office': that office's, no other
    if described.roles != {"official"} or not named.person:
        return False
    jobs = _jobs(named)
    return bool(jobs) and jobs <= _OFFICIAL_JOBS


def _official_described_alike(mention: Mention, described: Entity, named: Entity) -> bool:
    """Round 110: a lede's "a civil defense official" is the first speaker named next when that
    person's own description names the same body ("NAME, a department director at the civil
    defense headquarters"): every content word before "official" is a word of it, and the
    person holds an official's job (as round 80's "a senior official")."""
    if mention.determiner not in ("a", "an") or not mention.text.endswith("official"):
        return False
    if described.roles != {"official"} or not named.person:
        return False
    words = [m for m in mention.modifiers if len(m) >= 4 and m.isalpha() and m not in _NOT_CONTENT]
    known = lowercase(f" {named.title} {named.appositive} ")
    if not words or not all(f" {w} " in known for w in words if w != "senior"):
        return False
    jobs = _jobs(named)
    return bool(jobs) and jobs <= _OFFICIAL_JOBS


def _described_as(named: Entity, role: str) -> bool:
    """True when the words that describe ``named`` hold ``role`` as a word: the lede's "a
    fleet commander" is "Rear Adm. NAME, commander of the navy's East Sea Fleet" named next,
    whose roles hold only the rank."""
    if not role or not named.person:
        return False
    words = lowercase(f"{named.title} {named.appositive}").split()
    return role in words


def _jobs(entity: Entity) -> set[str]:
    """The roles of a person that say what they do, not an age or a birthplace ("the
    68-year-old", "the Mokpo native" describe anyone)."""
    return {r for r in entity.roles if r != "native" and AGE.match(r) is None}


_BODY_NOUNS = frozenset(("regulator", "watchdog", "agency", "authority"))
"""Round 172: nouns a lede uses for a state body by what it does ("the financial
regulator"), one body, not one of its officials."""


def _other_kind(body: Entity) -> bool:
    """Round 212: True when the words of a body's name say a kind (:data:`DESCRIBED_NOUNS`)
    and none is a public body's: "Seoul High Court" is a court, no regulator or agency (a
    "Commission", "Service" or "Institute" may be; a name with no such word may be too)."""
    kinds = {DESCRIBED_NOUNS[w] for w in body.names() if w in DESCRIBED_NOUNS}
    return bool(kinds) and "public" not in kinds


def _body_described(mention: Mention) -> bool:
    """Round 172: True when the lede's ``mention`` is one body by what it does ("the top
    financial regulator", "the state weather agency"), not a person ("the head of ...")."""
    return mention.kind == "role" and mention.role in _BODY_NOUNS and not mention.plural


def _served_body(person: Entity, table: SpeakerTable) -> Entity | None:
    """Round 172: the one named body whose name or initials the description of ``person``
    holds ("deputy governor at the FSS": the Financial Supervisory Service), or None."""
    described = lowercase(person.full)
    words = set(re.findall(r"[\w'’-]+", described))
    found = {
        e
        for e in table.entities
        if e.org and e.name and (e.aliases & words or " ".join(e.names()) in described)
    }
    return found.pop() if len(found) == 1 else None


def _job_for_firm(mention: Mention, described: Entity, named: Entity) -> bool:
    """Round 208: True when the lede describes one person by a job ("the foreman told her
    ...") and the speaker named next is a company ("..., according to her employer, Hanul
    Marine"): a firm is not the foreman, whatever shape its name has (no firm noun, "the
    carrier", "the operator", describes a person here)."""
    if mention.kind != "role" or mention.plural or mention.org or described.org:
        return False
    if firm_role(mention.role) or any(firm_role(role) for role in described.roles):
        return False
    return typed_firm(named)


def _same_kind(described: Entity, named: Entity, mention: Mention) -> bool:
    """A person for a person, a body for a body ('the Rodong Sinmun' is a body: a name that
    takes 'the' is no person's)."""
    if described.plural and named.org and not named.plural:
        return _staffed_by(described, named)
    if described.plural != named.plural:
        return False
    return described.org == named.org or (described.org and mention.determiner == "the")


def _ministry_unnamed(described: Entity, named: Entity) -> bool:
    """Round 173: True when the lede's body is a ministry ("the labor ministry said") and the
    body named next is none (no "Ministry" in its name, no ministry's role): 'the labor
    ministry said Monday.' then '..., according to the Korea Employment Agency.' names an
    agency the ministry cites, not the ministry. A ministry's name always says it is one."""
    if not described.org or "ministry" not in described.roles:
        return False
    return "ministry" not in named.roles and "ministry" not in named.names()


def _staffed_by(described: Entity, named: Entity) -> bool:
    """True when the body ``named`` is the one the lede's plural ``described`` works in: its
    name holds the stem of what they are ("investigators", "... Investigation Board";
    "prosecutors", "... Prosecutors' Office"), not any body that speaks next."""
    return any(works_in(role, named) for role in described.roles) or (
        not _STAFFED_BY_STATE.isdisjoint(described.roles) and state_body(named)
    )  # "health authorities warned" in the lede, the disease agency that speaks next


_STAFFED_BY_STATE = frozenset(("authority", "regulator"))
"""Plural roles a lede gives a state body by (round 158: "regulators" as "authorities":
'Banking regulators warned ...' then 'The Deposit Oversight Agency said'), whose name need
not hold the role's stem."""


def _quotes(
    drafts: list[_Draft],
    texts: list[str],
    resolved: dict[int, Entity],
    narrations: list[Narration],
) -> list[Quote]:
    """Build the body's quotations, a speakerless statement taking the speaker of the quotation
    just before it ('"...," Choi said. "Every week of delay has a cost."'), or of the
    narration between them ('Choi said the plan would pass.' then a paragraph '"It must."').
    In an exchange, a follow-up question standing alone is the asker's and the reply after it
    the answerer's ('"Where is it?" asked Han.', '"Safe," Seok replied.', '"Why cut?"', '"We
    did not."': Han, Seok, Han, Seok)."""
    out: list[Quote] = []
    previous: tuple[int, Entity | None] = (-2, None)
    asker: tuple[int, Entity | None] = (-9, None)  # the last question: draft, questioner
    answerer: tuple[int, Entity | None] = (-9, None)  # who answered before a follow-up
    asked: Entity | None = None  # who spoke before the last question: the one it is put to
    put_to: Entity | None = None  # the same, whatever verb put the question (round 190)
    spoke: list[tuple[_Draft, Entity | None]] = []  # each quotation's draft and speaker
    for number, draft in enumerate(drafts):
        entity = resolved.get(id(draft.mention)) if draft.mention is not None else None
        p1 = draft.quoted.first[0]
        text = _text(draft.quoted, narrations)
        question = _asks(text)
        if entity is None and draft.mention is None and draft.kind == "full" and draft.alone:
            entity = _introduced_before(narrations[p1], draft.quoted, resolved)
        if entity is None and draft.mention is None and draft.kind == "full" and draft.alone:
            follow_up = question and p1 > previous[0] and asker[0] == number - 2
            if follow_up and asker[1] is not None and asker[1] is not previous[1]:
                entity = asker[1]  # question, answer, then a question of its own: the asker's
                answerer = (number, previous[1])
            elif answerer[0] == number - 1 and p1 > previous[0] and not question:
                entity = answerer[1]  # and the reply to that follow-up: the answerer's
            elif _answers(asker, asked, number, question) and p1 > previous[0]:
                entity = asked  # '"...," Yoon said.' '"And the final?" a reporter asked.' '"..."'
            elif p1 - previous[0] <= 1:
                entity = previous[1]
            else:
                entity = _carried(narrations, resolved, previous, p1, text)
        if entity is not None and _told_of(draft, texts):
            entity = None  # round 190: 'A joke, she said, goes: "..."': nobody is named
            draft.closed = True
        if entity is not None and entity is asker[1] and asker[0] == number - 1:
            entity = _replier(draft, texts, entity, put_to)  # round 190: "he replied"
        if entity is None:
            entity = _backoff(draft, narrations[p1], resolved)  # round 16
        read = entity is not None and (draft.cue or "#" in text)
        if read and _named_term(draft, text, narrations):
            continue  # round 20: 'a ruling critics call "..."', a hashtag: a term, no one's
        if question:
            # put to the one who spoke before it when someone "asked" it (a speaker's own
            # rhetorical question, '"Who will pay?" Bang said.', is no question to anyone)
            asks = draft.mention is not None and not draft.mention.spoke
            asker, asked = (number, entity), previous[1] if asks else None
            put_to = previous[1]  # round 190: who spoke before the question ('he replied')
            if asks and asked is None and p1 > previous[0]:
                # round 42: put to whoever the narration since the last quotation has speak
                # ('Jeon took questions.' then '"Why now?" a reporter asked.'): the answer
                # after it is theirs, not the asker's
                asked = _carried(narrations, resolved, (previous[0], None), p1, text)
        joint = None  # round 61: "Both A and B said", "A and B said": see _joint
        said = draft.mention
        if (
            entity is not None
            and said is not None
            and said.paragraph is not None
            and narrations[said.paragraph].masked.endswith(" and ", 0, said.start)
        ):
            joint = _joint(said, entity, narrations, resolved)
        if joint is None and entity is not None and said is not None:
            joint = _kind_introduced(said, entity, texts)  # round 183: "the message"
        out.append(_quote(draft, texts, entity, joint))
        spoke.append((draft, entity))
        previous = (draft.quoted.last[0], entity)
    _lede_echoes(out, spoke, texts)
    return out


def _kind_introduced(mention: Mention, entity: Entity, texts: list[str]) -> str | None:
    """Round 183: the compound a bare "the message" or "the alerts" was introduced by earlier
    in the story ('the council warned residents in a voice message on Monday ... The message
    said: "..."'): wire copy names a document by its kind once ("voice message", "text
    alert") and then by its head noun, and the corpus labels it as introduced. Only a
    document that speaks as itself (not resolved to a person or body), and a kind word of
    :data:`_DOCUMENT_KINDS` right before the same noun (singular or plural) earlier in the
    story; None otherwise."""
    if mention.kind != "role" or mention.role not in DOCUMENTS or mention.modifiers:
        return None
    if mention.determiner != "the" or mention.paragraph is None or entity.person or entity.org:
        return None
    noun = lowercase(mention.text.split()[-1])
    if lowercase(entity.short) != noun:
        return None  # (resolved to someone or something else)
    stem = noun[:-1] if noun.endswith("s") else noun
    pattern = re.compile(rf"\b({'|'.join(_DOCUMENT_KINDS)}) {re.escape(stem)}s?\b")
    for text in (*texts[: mention.paragraph], texts[mention.paragraph][: mention.start]):
        found = pattern.search(text)
        if found is not None:
            return f"{found.group(1)} {noun}"
    return None


_DOCUMENT_KINDS = ("text", "voice", "video", "email", "push")
"""Round 183: words that make a document noun a kind of its own ("text message", "push
alert", "voice message"), which wire copy drops when it names the document again."""


_ECHO_REACH = 5  # round 151 (3; round 380: 5): paragraphs after the lede where the person's
# own words may stand (a feature's lede may be followed by four of background first)
_ECHO_QUOTES = 12  # the quotations looked at, from the lede's first: a lede holds a few, and a
# bound keeps a paragraph of thousands of quotations linear (each would scan all the others)


def _lede_echoes(
    out: list[Quote], spoke: list[tuple[_Draft, Entity | None]], texts: list[str]
) -> None:
    """Round 151: a lede's partial quotation credited to a group or an unnamed person
    ('surgeons warned of "a one-way ticket"') whose words one named person says in a full
    quotation of the next paragraphs ('"That is why I call it a one-way ticket," NAME said'):
    wire copy gives the group the words of the one it quotes next, so they are that person's.
    A body's or a country's words only when that person spoke in a statement (a company's
    word said again by its spokesperson at a briefing stays the company's). Not when two
    people say them, nor when the group speaks them in full itself."""
    near = out[:_ECHO_QUOTES]
    linked: dict[int, Entity] = {}  # round 188: id(group) -> the person its lede words echo
    for i, quote in enumerate(near):
        if quote.paragraph != 0:
            break
        draft, group = spoke[i]
        if quote.kind != "partial" or group is None or (group.person and group.name):
            continue  # (a named person's words stay theirs; "Five fishermen" has no name)
        echo = None
        for j in range(i + 1, len(near)):
            later = near[j]
            if later.paragraph is None or later.paragraph > _ECHO_REACH:
                break
            if later.kind != "full" and not _same_words(later.text, quote.text):
                continue  # round 173: a partial only when it is the lede's words exactly
            if not says_again(later.text, quote.text):
                continue
            person = spoke[j][1]
            if person is None or not person.person or person.plural or not person.name:
                echo = None
                break  # the group's own words, or no one's: the lede keeps its speaker
            if echo is not None and echo is not person:
                echo = None
                break
            echo = person
        if echo is not None and (
            group.person or group.plural or echo.issued & DOCUMENTS or _party_described(group)
        ):
            out[i] = _quote(draft, texts, echo)
            if group.org and linked.get(id(group), echo) is echo:
                linked[id(group)] = echo
    if linked:
        _lede_siblings(out, spoke, texts, linked)


def _party_described(group: Entity) -> bool:
    """Round 381: True for a party the lede describes and does not name ("with the main
    opposition party calling it "..."'): its words are those of the lawmaker it quotes next,
    as a group's are, not a statement of the party's own (round 151's bodies)."""
    return not group.name and "party" in group.roles


def _lede_siblings(
    out: list[Quote],
    spoke: list[tuple[_Draft, Entity | None]],
    texts: list[str],
    linked: dict[int, Entity],
) -> None:
    """Round 188: the lede's other partial quotations of a body whose one partial the next
    paragraphs showed to be a named person's statement (see :func:`_lede_echoes`): 'Pyongyang
    warned of "grave steps", calling the sale "a knife at our throat"' then '"We will take
    grave steps," NAME said in a statement': the lede gives the body that one statement, so
    its other words are the same person's. Only partials of the lede's first paragraph still
    credited to that body."""
    for i, quote in enumerate(out[:_ECHO_QUOTES]):
        if quote.paragraph != 0:
            break
        draft, group = spoke[i]
        if quote.kind != "partial" or group is None:
            continue
        person = linked.get(id(group))
        if person is not None:
            out[i] = _quote(draft, texts, person)


def _same_words(one: str, other: str) -> bool:
    """Round 173: True when two quotations hold the same words (case and marks aside): the
    lede's 'argued ..., in the words of one senator, "a blank cheque"', then 'Sen. NAME said
    the bill was "a blank cheque"' is that senator quoted twice, the second time by name."""
    return words(one) == words(other)


def _joint(
    mention: Mention,
    entity: Entity,
    narrations: list[Narration],
    resolved: dict[int, Entity],
) -> str | None:
    """Round 61: "Both A and B said" makes A and B one speaker, the two joined by "and" as a
    reader would write them ("Both the county and the police said": the county's and the
    police's names), not B alone; so does "A and B said" opening its sentence or following
    an opening adverbial ("In a joint statement, A and B said"), not "NAME met reporters and
    B said" (two clauses). With A or B unresolved, or one entity twice, None."""
    if mention.paragraph is None or resolved.get(id(mention)) is not entity:
        return None
    masked = narrations[mention.paragraph].masked
    for other in narrations[mention.paragraph].mentions.values():
        if other.end != mention.start - 5:
            continue
        lead = masked[: other.start].rstrip()
        both = lead.endswith(("Both", "both")) and not lead[-5:-4].isalnum()
        if not both and lead and not lead.endswith((",", ".", ":")):
            return None
        first = resolved.get(id(other))
        if first is None or first is entity or not first.short or not entity.short:
            return None
        return f"{first.short} and {entity.short}"
    return None


_TERM_CHARS = 60  # round 20: the longest span read as a term given a speaker


def _named_term(draft: _Draft, text: str, narrations: list[Narration]) -> bool:
    """Round 20: True when a short quotation with a speaker is a term by its frame (see
    :func:`term_given_speaker <herald_tui.quotes._terms.term_given_speaker>`): any hashtag,
    and a partial quotation in one piece; a few tokens read each."""
    if len(draft.quoted.pieces) > 1 or len(text) > _TERM_CHARS:
        return False
    nar = narrations[draft.quoted.first[0]]
    q = nar.quote_token(draft.quoted.first[1])
    return term_given_speaker(nar, q, text, partial=draft.kind == "partial")


_SIGNS = frozenset(("read", "reads"))


def _backoff(draft: _Draft, nar: Narration, resolved: dict[int, Entity]) -> Entity | None:
    """Round 16, the last resort for a quotation the rules left with no speaker: the one
    person or body that is the subject of a reporting verb in the sentence holding it ('The
    agency said it would act by May, to "end the guesswork."'; '"...," Institute of X (IX)
    senior fellow NAME told reporters.'). None when a rule ruled the speaker out (a term, a
    name), and whenever the sentence holds two reporting verbs whose subjects differ, one whose
    subject cannot be read or resolved ('One said "..." and the crew could not tell'), a sign
    that reads, or a reporting verb in a relative clause ('goes the saying, which he said')."""
    if draft.closed or (draft.mention is not None and draft.mention.role == "nobody"):
        return None
    q = nar.quote_token(draft.quoted.first[1])
    sentence, toks = nar.sentence[q], nar.toks
    pick: Entity | None = None
    for clause in nar.clauses:
        if nar.sentence[clause.verb] != sentence:
            continue
        mention = clause.mention
        if clause.label and _pronoun_labels(nar, clause):
            continue  # 'a figure it called "..."': the pronoun means the sentence's subject
        if mention is None or toks[clause.verb].lower in _SIGNS:
            return None
        entity = resolved.get(id(mention))
        if entity is None or (pick is not None and entity is not pick):
            return None  # two subjects, or one nobody can name: decline
        if not (mention.spoke or clause.label):
            return None
        at = nar.token_at(mention.start)
        if at > 0 and toks[at - 1].lower in RELATIVE_PRONOUNS:
            return None
        if nar.reduced_relative(clause):
            return None  # round 46: 'The plan Y announced would "...": a noun's relative clause
        pick = entity
    if pick is None:
        return None
    for mention in nar.mentions.values():  # '"...," Ra and Minister NAME said': two people
        if mention.kind != "name" or mention.org:
            continue
        if nar.sentence[nar.token_at(mention.start)] != sentence:
            continue
        if resolved.get(id(mention)) not in (None, pick):
            return None
    return pick


_PRONOUNS = frozenset(("it", "he", "she", "they", "we"))


def _pronoun_labels(nar: Narration, clause: Clause) -> bool:
    """True when a pronoun is the subject of a label verb ('a sum it called'), read or not
    (not 'its backers calling', whose subject nobody resolves)."""
    if clause.mention is not None:
        return clause.mention.kind == "pronoun"
    return clause.verb > 0 and nar.toks[clause.verb - 1].lower in _PRONOUNS


def _told_of(draft: _Draft, texts: list[str]) -> bool:
    """Round 190: True when the one named speaking only tells of words someone else put: a
    saying whose subject a parenthetical "she said" interrupts ('A rumour going round the
    depot, he said, runs: "..."': the rumour's words, whose author nobody names), or words
    someone wrote with a teller's clause after them ('a student scrawled "..." on the door,
    the janitor recalled': the writer's, not the janitor's). No speaker rather than the
    teller."""
    said = draft.mention
    p, span = draft.quoted.first
    if said is None or said.paragraph != p or draft.kind != "full":
        return False
    # a window, not the text up to the quotation: per quotation, that copy was quadratic
    before = texts[p][max(0, span.start - 80) : span.start].rstrip(_OPENING_MARKS).rstrip()
    if said.end <= span.start:
        return _SAYING_GOES.search(before[-40:]) is not None
    return _WRITTEN.search(before[-20:]) is not None


_OPENING_MARKS = "\"\u201c'\u2018 "
_SAYING_GOES = re.compile(r"\b(?:said|says|recalled),\s+(?:goes|went|runs|ran)\s*[:,]?$")
"""Round 190: 'A joke ..., she said, goes:': a parenthetical inside the subject of "goes"."""
_WRITTEN = re.compile(r"\b[a-z]+\s+(?:wrote|scrawled|scribbled|chalked|painted)$")
"""Round 190: 'one of them wrote "..."': a lowercase subject word, then a writing verb, before
the quotation (a named writer, "Kim wrote", is a speaker the parser reads itself)."""


def _replier(
    draft: _Draft, texts: list[str], entity: Entity, put_to: Entity | None
) -> Entity | None:
    """Round 190: who "he replied" or "she answered" means right after a question: the one
    the question was put to, not the one who asked it ('"...?" a reporter asked.' then
    '"...," he replied' is the answer of the official who spoke before the question: one
    does not reply to one's own question). ``entity`` is the asker the pronoun resolved to;
    ``put_to``, who spoke before the question, when the pronoun fits them; else no speaker."""
    said = draft.mention
    if said is None or said.kind != "pronoun" or said.paragraph is None:
        return entity
    after = texts[said.paragraph][said.end : said.end + 12].lstrip()
    if not after.startswith(_REPLYING):
        return entity
    word = lowercase(said.text)
    fits = put_to is not None and put_to is not entity and put_to.person
    if fits and put_to is not None and put_to.gender in ("", pronoun_gender(word)):
        return put_to
    return None


_REPLYING = ("replied", "answered", "responded", "shot back", "retorted")
"""Round 190: the verbs by which a pronoun answers the question just before it."""


def _answers(
    asker: tuple[int, Entity | None], asked: Entity | None, number: int, question: bool
) -> bool:
    """True when a statement standing alone right after a question answers it: the speaker
    before the question is not the one who asked ("a reporter asked" does not answer)."""
    just_asked = asker[0] == number - 1 and asker[1] is not None
    return just_asked and not question and asked is not None and asked is not asker[1]


def _introduced_before(
    nar: Narration, quoted: Quoted, resolved: dict[int, Entity]
) -> Entity | None:
    """The subject of the sentence just before a quotation standing alone in its paragraph,
    when that sentence holds no quotation: 'Asked about the harvest, Oh shrugged. "Ask the
    rain."' is Oh's; the narration that leads into a quotation names its speaker
    (not the speaker of an earlier quotation across it)."""
    q = nar.quote_token(quoted.first[1])
    floor = nar.floor(q)
    if floor == 0 or nar.toks[q].kind != QUOTE:
        return None  # the quotation opens its paragraph: nothing leads into it
    lead = nar.floor(floor - 1)
    carried = _words_carried(nar, lead, floor)
    if carried is not None:  # (a term quoted in that sentence leaves them theirs)
        return resolved.get(id(carried))
    gestured = gestured_after_quote(nar, lead, floor)
    if gestured is not None:
        return resolved.get(id(gestured))  # round 164: '"...?" NAME nodded. "..."': NAME
    if any(nar.toks[k].kind == QUOTE for k in range(lead, floor)):
        return None  # '"...," Kim said. "..."': the quotation before leads, continuity decides
    start, end = nar.toks[lead].start, nar.toks[floor - 1].end
    subjects = [m for m in nar.mentions.values() if m.subject and start <= m.start < end]
    if not subjects or withheld_comment(nar.toks, lead, floor):
        return None  # round 42: 'Hanul declined to comment. "..."' is not Hanul's
    first = min(subjects, key=lambda m: m.start)
    tag = _closing_tag(nar, first, subjects)
    return resolved.get(id(tag if tag is not None else first))


def _closing_tag(nar: Narration, first: Mention, subjects: list[Mention]) -> Mention | None:
    """Round 205: the one who speaks in a tag after a comma closing the sentence that leads
    into a quotation, when the sentence's first subject does not speak ('Tourists often take
    her shop for a bank, she said. "..."'): the sentence is that speaker's paraphrase, and
    the quotation after it goes on in their words, not in the words of the subject of the
    clause they reported. None when the first subject speaks or no single tag follows."""
    if first.spoke:
        return None
    tags = [m for m in subjects if m.spoke and m.start > first.start]
    if len(tags) != 1:
        return None
    at = nar.token_at(tags[0].start)
    return tags[0] if at > 0 and nar.toks[at - 1].text == "," else None


_WORDS_OF = frozenset(("remarks", "comments", "statement", "message", "speech", "interview"))
"""Nouns of someone's words that a sentence may carry, with their owner after "by", "from"
(or "with" for an interview): 'KCNA carried remarks by NAME.'"""
_CARRYING = frozenset(
    ("carried", "aired", "published", "ran", "broadcast", "released", "posted", "printed")
)
"""Verbs of a medium passing someone's words on (not 'dismissed remarks by NAME', which
answers them)."""


def _words_carried(nar: Narration, lead: int, floor: int) -> Mention | None:
    """Round 53: the one whose words the sentence from ``lead`` to ``floor`` carries
    without a clause of saying, 'State media carried remarks by NAME, a vice minister.' or
    'KBS aired an interview with NAME.': a quotation standing alone after it is theirs, not
    the words of the subject that carried them. None when the sentence has someone speak
    ('In an interview with KBS, NAME said ...': NAME's clause decides), when no verb of
    carrying governs the noun, and when no name (a person's or a body's) follows it."""
    toks = nar.toks
    lines = nar.masked[toks[lead].start : toks[floor - 1].end]
    if " by " not in lines and " from " not in lines and " with " not in lines:
        return None  # (a few searches in C: most sentences carry no one's words)
    for k in range(lead, floor - 2):
        low = toks[k].lower
        if low not in _WORDS_OF:
            continue
        link = toks[k + 1].lower
        if link not in ("by", "from") and not (low == "interview" and link == "with"):
            continue
        if not any(toks[j].lower in _CARRYING for j in range(max(lead, k - 3), k)):
            return None  # 'Kim dismissed remarks by Lee.': Kim answers them, Lee is not heard
        owner = nar.mentions.get(toks[k + 2].start)
        if owner is None or owner.kind != "name":
            return None
        for clause in nar.clauses:  # (a verb naming a thing, "which X calls", says nothing)
            said = clause.mention
            if lead <= clause.verb < floor and said is not None and said.spoke and not clause.label:
                return None
        return owner
    return None


def _carried(
    narrations: list[Narration],
    resolved: dict[int, Entity],
    previous: tuple[int, Entity | None],
    p1: int,
    text: str,
) -> Entity | None:
    """The speaker a quotation standing alone at paragraph ``p1`` continues, across the
    narration paragraphs since the last quotation: the newest reporting clause there ('Ahn said
    the talks would go on.'), else the last quotation's speaker if nobody else was the subject
    of a sentence in between; None when anyone else was, or when it is too far back. Round 39:
    a body's clause gives no speaker to a ``text`` that speaks as one person ('..., the
    statistics agency said.' then '"I cannot raise prices."': no agency says "I")."""
    last, speaker = previous
    stop = max(last, p1 - _CARRY - 1, -1)  # -1: never wrap round to the last paragraph
    for k in range(p1 - 1, stop, -1):
        nar = narrations[k]
        for clause in reversed(nar.clauses):
            if clause.mention is None or not clause.mention.spoke:
                continue  # 'A reporter asked whether ...': the asker does not answer
            said = resolved.get(id(clause.mention))
            if said is not None:
                return None if said.org and _speaks_as_one(text) else said
        took = took_the_floor(nar) if k == p1 - 1 else None
        if took is not None:
            return resolved.get(id(took))  # round 13: 'NAME spoke first.' then '"..."'
        subjects = {resolved.get(id(m)) for m in nar.mentions.values() if m.subject}
        if subjects - {None, speaker}:
            return None
    return speaker if last == stop else None


_FIRST_SINGULAR = frozenset(("i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"))


def _speaks_as_one(text: str) -> bool:
    """True when the quotation ``text`` speaks as one person: "I", "me", "my" among its words."""
    return any(w in _FIRST_SINGULAR for w in words(text))


def _quote(
    draft: _Draft, texts: list[str], entity: Entity | None, joint: str | None = None
) -> Quote:
    pieces = draft.quoted.pieces
    (p1, first), (p2, last) = pieces[0], pieces[-1]
    start = _trim_start(texts[p1], first.start, first.end)
    end = _trim_end(texts[p2], last.start if len(pieces) == 1 else 0, last.end)
    if len(pieces) == 1:
        end = end if end >= start else start  # (not max(): a builtin call costs far more)
    text = texts[p1][start:end] if len(pieces) == 1 else _joined(pieces, texts)
    speaker, short = (_shown(entity.full), one_line(entity.short)) if entity else (None, None)
    if entity is not None and entity.name and not entity.title:
        named = _country_spoken(entity, texts)
        if named is None and entity.org and " " in entity.name:
            named = _branch_only(entity.name, texts)
        if named is None and " " not in entity.name and not entity.appositive:
            named = _firm_in_full(entity.name, texts)  # round 190: "Genra" for "Genra Pharma"
        if named is not None:
            speaker = short = named
        elif entity.name in _STATE_MEDIA:  # the initials kept beside it, and as its short form
            speaker = f"{_STATE_MEDIA[entity.name]} ({entity.name})"
    if joint is not None:
        speaker = short = one_line(joint)
    through = p2 if len(pieces) > 1 else None
    # positional: a class called with keywords builds a dict of them first
    return Quote(text, speaker, p1, draft.kind, start, end, short, through)


def _country_spoken(entity: Entity, texts: list[str]) -> str | None:
    """Round 187: the country a capital speaking stands for, in the article's own words. A
    capital that is also a given name ("Santiago") is its country only in a story that names
    the country ('Chile ... Santiago has said the mines must "..."'); one ``CAPITALS`` maps
    ("Ankara") is shown as the story spells the country ("Turkiye", not "Turkey")."""
    country = NAMED_CAPITALS.get(lowercase(entity.name))
    if country is not None:  # (a person's name has no appositive of its own here)
        return country if not entity.appositive and _names_word(texts, country) else None
    for spelt in COUNTRY_SPELLINGS.get(entity.short, ()):
        if _names_word(texts, spelt):
            return spelt
    return None


_STATE_MEDIA = {"KCNA": "Korean Central News Agency"}
"""Round 187: the North's news agency named only by its initials ("KCNA said ...") is shown
in full, its initials after it ("Korean Central News Agency (KCNA)"; the short form keeps
the initials), as where the story spells it out: wire copy takes the initials for granted."""


_BRANCH_NAME = r"(?:(?!(?:The|A|An)\b)[A-Z][\w&'’.-]* )*[A-Z][\w-]+"
"""Round 224: a branch's name, its capitalised words without an opening article ("the
Sunkwang Fasteners branch of ...", not "Fasteners branch of ...")."""


def _branch_only(name: str, texts: list[str]) -> str | None:
    """Round 187: the branch a body's name stands for when the story names the body only as
    what one branch belongs to: "the Wonju branch of the Chuncheon District Court" ruled,
    then "the court said": the branch spoke, and wire copy labels it so. None when the body is
    named alone anywhere, or with two branches."""
    if not any("branch of" in text for text in texts):
        return None  # (most stories name no branch: one pass, no regex, per quotation)
    if not any(name in text for text in texts):
        return None  # (a name the story never writes so)
    every = re.compile(rf"\b{re.escape(name)}\b")
    branch = re.compile(rf"\b({_BRANCH_NAME} branch of (?:the )?){re.escape(name)}\b")
    alone = sum(len(every.findall(text)) for text in texts)
    found = {m[1] for text in texts for m in branch.finditer(text)}
    held = sum(len(branch.findall(text)) for text in texts)
    if len(found) != 1 or held != alone:
        return None
    return f"{found.pop()}{name}"


def _firm_in_full(name: str, texts: list[str]) -> str | None:
    """Round 190: the firm a one-word name speaking stands for, when the story spells it out
    once as that word and a firm's last word ("Genra said in a statement ..." after "former
    CEO of Genra Pharmaceuticals"): wire copy names a company in full once and by its first
    word after, and a label gives the full name. Only one such fuller name in the story (not
    "Daeil Motors" and "Daeil Securities"), and no Korean surname standing alone ("Kim
    Electronics" is no Kim)."""
    if lowercase(name) in KOREAN_SURNAMES or not any(f"{name} " in text for text in texts):
        return None
    pattern = re.compile(rf"\b{re.escape(name)} ((?:[A-Z][\w&-]* ){{0,2}}[A-Z][\w.&-]*)")
    found = {m[1].rstrip(".") for text in texts for m in pattern.finditer(text)}
    firms = {f for f in found if lowercase(f.split()[-1]) in _FIRM_ENDS}
    if len(firms) != 1 or len(found) != 1:
        return None
    return f"{name} {firms.pop()}"


_FIRM_ENDS = wordset(
    """
    therapeutics pharmaceuticals pharma biologics biosciences bio motors electronics
    holdings industries co corp inc ltd group chemical chemicals steel shipping airlines
    securities logistics foods semiconductor systems technologies
    """
)
"""Round 190: last words of a firm's full name (the one-word name after it is the firm)."""


def _names_word(texts: list[str], word: str) -> bool:
    """True when some paragraph holds ``word`` as a whole word."""
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    return any(pattern.search(text) for text in texts)


def _shown(full: str) -> str:
    """The speaker as the panel shows it (:func:`one_line`), without a verb a phrase was read
    past: "The trade office in Busan refused" (before "to give"), "Rep. NAME of the party
    questioned" (before an object), "the forward nicknamed" (before a nickname). Only a final
    lowercase "-ed" word after a noun, in a phrase of three words or more with no relative
    clause ("a canteen where sailors dined" keeps its verb, "families of the bereaved" its
    noun)."""
    line = one_line(full)
    if line[-2:] != "ed":
        return line  # (most speakers: one slice, no search)
    cut = line.rfind(" ")
    last = line[cut + 1 :]
    if cut < 0 or len(last) < 5 or not last.isalpha() or not last.islower():
        return line
    words = line[:cut].split()
    if len(words) < 2 or lowercase(words[-1]) in _BEFORE_A_NOUN or RELATIVE_WORDS & set(words):
        return line
    return line[:cut].rstrip(" ,")


_BEFORE_A_NOUN = frozenset(("the", "a", "an", "of", "in", "at", "for", "and", "as", "by"))


def _joined(pieces: list[tuple[int, Span]], texts: list[str]) -> str:
    return " ".join(texts[i][s.start : s.end].strip() for i, s in pieces)


def _trim_start(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
