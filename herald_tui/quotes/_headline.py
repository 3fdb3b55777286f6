"""Headline quotations: single marks, the speaker after or before a colon.

A headline quotes words the body quotes again, so a headline quotation takes the speaker of
the body quotation that shares most of its words. Otherwise its speaker is the phrase after the
colon (``'...' will be 'difficult': minister``), before it (``Minister: 'We will not back
down'``) or the subject of a verb (``BOK chief says rate cut 'premature'``), looked up among the
people the body introduces: the headline comes first but refers forward.

A short headline quotation the body does not quote is a scare quote or a name (``K-pop's 'retro
wave'``) and is left out.

Round 17: the headline also says who spoke when the body could not. A body quotation given to a
description ("...," the teenager said) takes the named person the headline means
(:func:`_named_for`); one the body gave to a pronoun it read as someone else takes the person
the headline's colon names (:func:`_colon_over`); one given to Y in "X on Y: '...'" takes X
(:func:`_on_whom`). Each declines when two could fit.

Round 112: a body quotation with no speaker, or with the object after it for one ('ruling that
the city had "ignored" a crack'), takes the entity the headline's subject or colon names
("Court says ...", "N. Korea calls ...") when the body names it (:func:`_headline_names`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from herald_tui.model import Quote, QuoteKind
from herald_tui.quotes._attribute import Narration, title_cased, words
from herald_tui.quotes._lexicon import ROLE_NOUNS
from herald_tui.quotes._phrases import Mention, phrase_after, phrase_before
from herald_tui.quotes._scan import Span, paragraph_spans
from herald_tui.quotes._speakers import KIND_NOUNS, KINDS, Entity, SpeakerTable, one_line
from herald_tui.quotes._tokens import QUOTE

_MATCH = 0.5  # share of a headline quotation's words a body quotation must hold
_MAX_SPANS = 8  # a headline with more quotation marks than this is garbage
_PRONOUN_AFTER = re.compile(r"""[\s,.!?'"\u2019\u201d]*(?:she|he|they)\s""", re.IGNORECASE)
_DETERMINERS = frozenset(("a", "an", "the", "some", "any", "these", "those", "this", "that"))
_SPEAKER_NOUNS = frozenset(ROLE_NOUNS).union(KIND_NOUNS, *KINDS.values())
"""Round 112: nouns a speaker is called by ("official", "media", "court", "team")."""


def headline_quotes(
    headline: str, body: list[Quote], table: SpeakerTable, paragraphs: Sequence[str] = ()
) -> list[Quote]:
    """Quotations of ``headline``, speakers taken from ``body`` and ``table`` (``paragraphs``
    the body's text, which says how a body quotation was attributed)."""
    spans = [s for s in paragraph_spans(headline, headline=True) if s.opened and s.closed]
    if not spans:
        return []
    spans = spans[:_MAX_SPANS]
    body_words = [(quote, _with_numerals(words(quote.text))) for quote in body]
    nar = Narration(None, headline, spans, read=False)  # _quote reads it if it needs clauses
    colon = _colon_speaker(nar)
    out: list[Quote] = []
    for span in spans:
        quote = _quote(nar, span, body_words, table, colon, paragraphs)
        if quote is not None:
            out.append(quote)
    return out


def _quote(
    nar: Narration,
    span: Span,
    body: list[tuple[Quote, set[str]]],
    table: SpeakerTable,
    colon: Mention | None,
    paragraphs: Sequence[str] = (),
) -> Quote | None:
    start, end = _trimmed(nar.text, span)
    text = nar.text[start:end]
    if not words(text):
        return None  # marks around nothing ('""'): no quotation, as in the body
    q = nar.quote_token(span)
    full = _stands_alone(nar, q)
    if colon is None:
        nar.read()  # the clauses around the quotation name its speaker (and say if any does)
    mention = colon or nar.after(q) or nar.before(q, full) or nar.later(q, full)
    match = _matching(text, body, attributed=mention is not None or nar.reported(q))
    if match is None and mention is not None and len(words(text)) <= 2:
        match = _own_word(text, body, table, mention)
    if match is None and mention is not None and len(words(text)) == 2 and nar.reported(q):
        match = _held_phrase(text, body)
    remark = match is None and _before_remark(nar, q)
    if remark:
        # round 165: "fined over 'robbery' remark": the words of whoever said them in the
        # body, never of the headline's subject (the one fining)
        match = _held_phrase(text, body)
    if match is None and (len(words(text)) <= 2 or title_cased(text)):
        return None
    speaker = short = None
    if match is not None:
        speaker, short = match.speaker, match.speaker_short
        # round 17: the person the headline says spoke, over a body's description ("the
        # singer" a headline calls "Singer Tae Yu-ri"), pronoun or topic
        named = (
            None
            if remark
            else (
                _named_for(match.speaker, nar.text, table, mention)
                or _colon_over(nar, match, table, colon, paragraphs)
                or _on_whom(nar, match, table, colon)
                or _headline_names(nar.text, match.speaker, table, mention)
            )
        )
        if named is not None:
            speaker, short = one_line(named.full), one_line(named.short)
    else:
        entity = table.find(mention) if mention is not None else None
        if entity is not None:
            speaker, short = one_line(entity.full), one_line(entity.short)
    kind: QuoteKind = "full" if full else "partial"
    return Quote(text, speaker, None, kind, start, end, short)


def _named_for(
    speaker: str | None, headline: str, table: SpeakerTable, mention: Mention | None
) -> Entity | None:
    """The named person a body's unnamed description ("the teenager", "the master") means,
    when the headline repeating its quotation says who: the headline's own speaker phrase
    names a person ('15-year-old Moon Ga-eun ... calls it '...''), or the headline holds the
    description's noun ("Glassblower names her heir: '...'") and the body names
    one person with that role, or else names one person in full before anyone else (the
    profile's subject). Declines when the description has more than one noun, when two named
    people hold its role, or when the headline names a person who is not the one found, or
    when the headline's speaker phrase is the description itself and that is indefinite
    (round 62: "'...': official" after "with a senior official at the office saying")."""
    if speaker is None or speaker[:1].isupper():
        return None
    described = next((e for e in table.entities if not e.name and speaker in e.phrases), None)
    if described is None or not described.person or len(described.roles) != 1:
        return None
    people = [e for e in table.entities if e.person and e.name and " " in e.name]
    if not people:
        return None
    (role,) = described.roles
    if mention is not None:
        found = table.find(mention)
        if found is described and speaker.startswith(("a ", "an ")):
            # round 62: "'...': official" means the body's own "a senior official at the
            # office", an indefinite that brings in someone unnamed, not the first person the
            # body names in full (a minister); "the plant chief" may be that person
            return None
        if found is not None and found.name and found.person:
            fits = mention.role in ("", role) or found is people[0]  # not "Coach Jin: ..."
            return found if fits and found in people else None
    said = words(headline)
    if not any(len(w) >= 4 and role.startswith(w) for w in said):
        return None
    holders = [e for e in people if role in e.roles]
    if len(holders) > 1:
        return None
    pick = holders[0] if holders else people[0]
    named = [e for e in people if e.names() and e.names()[0] in said]
    return pick if all(e is pick for e in named) else None


def _headline_names(
    headline: str, speaker: str | None, table: SpeakerTable, mention: Mention | None
) -> Entity | None:
    """Round 112: the named speaker the headline gives ("Court says ... 'neglected'", "N.
    Korea calls ... '...'") when the body quotation it repeats has no speaker, or one that is
    no speaker at all: a phrase in lower case with no noun a speaker is called by, the object
    after the quotation ('ruling that the county had "neglected" a hazard' read as "a
    hazard"'s). A description that does name a speaker ("state media", "a BOK deputy
    governor", "the government") stays: it may be the agency or the person the body names
    next, not the country or bank of the headline. Only an entity the body names, and only a
    headline phrase without lower-case words ("Poland signs second K2" is not one)."""
    if mention is None or (speaker is not None and speaker[:1].isupper()):
        return None
    if speaker is not None and any(w in _SPEAKER_NOUNS for w in words(speaker)):
        return None
    if any(w[:1].islower() for w in headline[mention.start : mention.end].split()):
        return None
    found = table.find(mention)
    return found if found is not None and found.name else None


def _colon_over(
    nar: Narration,
    match: Quote,
    table: SpeakerTable,
    colon: Mention | None,
    paragraphs: Sequence[str],
) -> Entity | None:
    """The person a headline's colon names ("Composer Ahn: '...'", "'...': director Goh") over
    the speaker of the body quotation it repeats, when that speaker is someone else: the
    headline says outright who spoke, the body's attribution is a guess ('..., she said' after
    a paragraph about two women). Only a name, not a bare role ("Minister: '...'", which a
    spokesperson's words may carry), only a person the body names in full, and only when the
    body gave its quotation to a pronoun (", she said"): a name there is as explicit."""
    if colon is None or colon.kind != "name" or not _by_pronoun(match, paragraphs):
        return None
    before = nar.text[: colon.start].rstrip()
    if before and not before.endswith((")", "]", ":")):
        return None  # "Skater Noh on coach Pyo: '...'": the colon's phrase is who is spoken of
    found = table.find(colon)
    if found is None or not found.person or not found.name or " " not in found.name:
        return None
    if match.speaker is not None and found.name in match.speaker:
        return None
    return found


def _on_whom(
    nar: Narration, match: Quote, table: SpeakerTable, colon: Mention | None
) -> Entity | None:
    """The speaker of "Skater Noh on coach Pyo: '...'" when the body quotation the headline
    repeats went to the one spoken of (Pyo): the person before "on", if the body names both
    and they differ."""
    if colon is None or match.speaker is None:
        return None
    toks = nar.toks
    k = next((i for i, t in enumerate(toks) if t.start >= colon.start), 0) - 1
    if k < 1 or toks[k].lower != "on":
        return None
    about, said = table.find(colon), phrase_before(nar.text, toks, k - 1)
    who = table.find(said) if said is not None else None
    if about is None or who is None or about is who or not (about.name and who.name):
        return None
    if not (about.person and who.person) or about.name not in match.speaker:
        return None
    return who


def _by_pronoun(quote: Quote, paragraphs: Sequence[str]) -> bool:
    """True when the words right after ``quote`` in its paragraph are a pronoun's
    attribution: '"...," she said'."""
    at = quote.paragraph
    if at is None or not 0 <= at < len(paragraphs) or quote.last_paragraph is not None:
        return False
    return _PRONOUN_AFTER.match(paragraphs[at], quote.end) is not None


def _trimmed(text: str, span: Span) -> tuple[int, int]:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _matching(
    text: str, body: list[tuple[Quote, set[str]]], *, attributed: bool = True
) -> Quote | None:
    """The body quotation holding most of the words of ``text`` (the first on a tie). A
    noun the body quotes with its determiner ("some loans") and the headline alone ('over
    'loans'') is a scare term there, unless the headline is ``attributed`` (has a reporting
    verb); an adjective it grades ("surprisingly quiet") stays the speaker's."""
    wanted = set(words(text))
    if not wanted:
        return None
    best: Quote | None = None
    best_share = 0.0
    for quote, found in body:
        share = len(wanted & found) / len(wanted)
        if len(wanted) <= 2 and len(wanted & found) * 2 < len(found):
            continue  # 'quiet' is not the body's "a quiet masterpiece": a word, not a quote
        if len(wanted) == 1 and not attributed and found - wanted <= _DETERMINERS:
            continue  # 'charged over 'loans'' is not the body's "some loans": a scare term
        if share > best_share or (share == best_share and _fuller(quote, best, text)):
            best, best_share = quote, share
    needed = 1.0 if len(wanted) <= 2 else _MATCH
    if best_share >= needed or len(wanted) < 2:
        return best if best_share >= needed else None
    # round 62: a headline puts its verbs in the present ('cases 'climb steeply'') where the
    # body quotes them inflected ("The curve is climbing steeply"): a word the body holds
    # with an ending counts, when no quotation holds the words as written (only a quotation
    # sharing a word as written is asked; the forms are built once)
    forms: dict[str, frozenset[str]] | None = None
    for quote, found in body:
        same = len(wanted & found)
        if not same:
            continue
        if forms is None:
            forms = {w: _inflections(w) for w in wanted}
        held = same + sum(1 for w in wanted if w not in found and not forms[w].isdisjoint(found))
        if held > same and held / len(wanted) >= needed:
            return quote
    return None


def _fuller(quote: Quote, best: Quote | None, text: str) -> bool:
    """Round 153: True when ``quote``, a full quotation holding the headline's words ``text``
    one after another, ties with ``best``, a partial one: the lede's partial ('said they were
    on call "18 hours a shift"') sums up what a full quotation later says ('"We were on call
    eighteen hours a shift," said NAME'), the headline's source (not a full quotation that
    holds the words scattered)."""
    if best is None or best.kind != "partial" or quote.kind != "full":
        return False
    return says_again(quote.text, text)


def says_again(text: str, part: str) -> bool:
    """True when the quoted ``text`` holds the words of ``part`` one after another, its
    number words read as numerals ("We were on call eighteen hours a shift" holds "18 hours a
    shift"): a summary's words found in the full quotation they sum up (rounds 151, 153)."""
    said = tuple(_NUMBER_WORDS.get(w, w) for w in words(text))
    return _holds_run(said, tuple(words(part)))


_NUMBER_NAMES = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred"
)
_NUMBER_WORDS = dict(
    zip(
        _NUMBER_NAMES.split(),
        [*map(str, range(1, 21)), *map(str, range(30, 100, 10)), "100"],
        strict=True,
    )
)


def _with_numerals(found: list[str]) -> set[str]:
    """Round 153: the words of a body quotation, with the numerals of its number words: a
    headline writes '18 hours' where the body's speaker says "eighteen hours"."""
    held = set(found)
    held.update(_NUMBER_WORDS[w] for w in found if w in _NUMBER_WORDS)
    return held


_ENDINGS = ("s", "es", "ed", "d", "ing")


def _inflections(word: str) -> frozenset[str]:
    """``word`` (four letters or more, a final "e", or "s" after four, dropped) with a verb's
    ending: "climb" as "climbing", "climbs" as "climbed", "rise" as "rising"."""
    if len(word) < 4:
        return frozenset()
    stem = word[:-1] if word.endswith("e") or (word.endswith("s") and len(word) > 4) else word
    return frozenset(stem + ending for ending in _ENDINGS) - {word}


def _own_word(
    text: str, body: list[tuple[Quote, set[str]]], table: SpeakerTable, mention: Mention
) -> Quote | None:
    """The body quotation whose words hold a short headline quotation that the headline
    gives to the same speaker: "union chief warns of 'longer' walkout" after '"..., the next
    strike will be longer," Ha said' (the speaker's own word, not a scare term), as written or
    in another form of the word (round 82: 'silent' in "spreading silently")."""
    entity = table.find(mention)
    if entity is None:
        return None
    wanted = set(words(text))
    forms: dict[str, frozenset[str]] | None = None
    for quote, found in body:
        if quote.speaker is None or quote.speaker != entity.full:
            continue
        if wanted <= found:
            return quote
        # round 82: the speaker's word in another form ("warns of 'silent' spread" after
        # '"... is spreading silently ...," Seo said'): an adverb's "-ly" or a verb's ending
        if forms is None:
            forms = {w: _inflections(w) | _adverbs(w) for w in wanted}
        if all(w in found or not forms[w].isdisjoint(found) for w in wanted):
            return quote
    return None


def _held_phrase(text: str, body: list[tuple[Quote, set[str]]]) -> Quote | None:
    """Round 153: the body quotation holding a two-word headline quotation as a run of its
    words, when a reporting verb in the headline gives it to a speaker the body names
    otherwise: "Navy vows 'full accountability' for ..." after '"There will be full
    accountability for every sailor," Vice Adm. Pyo Ju-won said' (the speaker's own words, not a
    term the body only holds scattered). Declines when quotations of two speakers, or one
    with no speaker, hold the run."""
    wanted = words(text)
    held = [
        quote for quote, found in body if found.issuperset(wanted) and says_again(quote.text, text)
    ]
    if not held or any(q.speaker is None or q.speaker != held[0].speaker for q in held):
        return None
    return held[0]


def _before_remark(nar: Narration, q: int) -> bool:
    """Round 165: True when a noun of something said follows the headline's quotation
    ("Coach fined over 'traitor' remark", "Minister sorry for 'lazy' comments"): the
    quoted word is what someone said, a piece of the body quotation that holds it, not a
    scare term (a two-speaker or unspoken word still finds no one)."""
    k = q + 1
    return k < len(nar.toks) and nar.toks[k].lower in _REMARK_NOUNS


_REMARK_NOUNS = frozenset(
    ("remark", "remarks", "comment", "comments", "jibe", "jibes", "quip", "slur", "gaffe")
)
"""Nouns of something said, which a quoted word in a headline may stand before."""


def _holds_run(said: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """True when the words ``said`` hold the words ``run`` one after another."""
    n = len(run)
    return any(said[i : i + n] == run for i in range(len(said) - n + 1))


def _adverbs(word: str) -> frozenset[str]:
    """Round 82: ``word`` (four letters or more) as an adverb: "silent" as "silently",
    "steady" as "steadily"."""
    if len(word) < 4:
        return frozenset()
    if word.endswith("y"):
        return frozenset((word[:-1] + "ily",))
    return frozenset((word + "ly",))


def _stands_alone(nar: Narration, q: int) -> bool:
    """True when the quotation follows a colon or opens the headline (after a "(LEAD)")."""
    k = q - 1
    if k >= 0 and nar.toks[k].text == ":":
        return True
    if k >= 0 and nar.toks[k].text == ")":
        k = next((i for i in range(k, -1, -1) if nar.toks[i].text == "("), 0) - 1
    return k < 0


def _colon_speaker(nar: Narration) -> Mention | None:
    """The phrase a colon sets against the quotations: ``...': minister`` or ``Minister: '...``."""
    toks = nar.toks
    colons = [k for k, t in enumerate(toks) if t.text == ":"]
    quotes = [k for k, t in enumerate(toks) if t.kind == QUOTE]
    if not colons or not quotes:
        return None
    if colons[-1] > quotes[-1] and colons[-1] + 1 < len(toks):
        return phrase_after(nar.text, toks, colons[-1] + 1)
    if colons[0] < quotes[0] and colons[0] > 0:
        return phrase_before(nar.text, toks, colons[0] - 1)
    return None
