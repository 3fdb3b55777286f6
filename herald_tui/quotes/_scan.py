"""Finding quotation spans: which marks open a quote, which close it, which are apostrophes.

Body text quotes with double marks and nests single marks inside them; headlines quote with
single marks. Straight marks (``"`` and ``'``) carry no direction, so a mark's neighbours
decide: a mark after a space and before a word opens, a mark after a word and before a space
or punctuation closes. Curly marks say their direction, but some copy gets them wrong, so clear
context wins over the glyph. An apostrophe sits between letters (``Korea's``, ``they're``) or
after a plural ``s`` before a word (``the allies' views``).

A quote still open at the end of its paragraph continues into the next one when that opens
with a mark; if the open quote runs into its own attribution (", said Jang Mi-ok"), its
closing mark was forgotten there. Marks around no letter or digit quote nothing.

Everything here is one pass over the marks of a paragraph: linear in its length whatever the
marks are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from herald_tui.quotes._lexicon import INVERTIBLE_VERBS, wordset

_DOUBLE_MARKS = '"“”„'
_SINGLE_MARKS = "'‘’"
_YEAR = re.compile(r"\d\ds?\b")
_LOWER_WORD = re.compile(r"[a-z]+")
# Words that cannot follow a plural possessive: after "roads'" they end a quotation.
_FUNCTION_WORDS = wordset(
    """
    in on at to for with from by and or but as of the a an is are was were says said into over
    after before amid despite than
    against about toward towards under between through during without within across
    """
)
"""Round 201 added the prepositions a noun phrase never starts with ("warns of 'armed
countermeasures' against drills"): after "-s'" they end a quotation as the others do."""
_WORDY = re.compile(r"[^\W_]")  # marks around no letter or digit quote nothing

# What may stand before an opening mark or after a closing one, besides spaces.
_BEFORE_OPEN = "([{—–-/‘“'\"\n"
_AFTER_CLOSE = ",.;:!?)]}—–-’”'\"\n…"

OPEN, CLOSE, EITHER, APOSTROPHE = range(4)


class Span:
    """Quoted text ``paragraph[start:end]`` of one paragraph, without its marks."""

    __slots__ = ("closed", "end", "opened", "start")

    def __init__(self, start: int, end: int, *, opened: bool = True, closed: bool = True) -> None:
        self.start = start
        self.end = end
        self.opened = opened
        """False when no opening mark starts it: the end of a quote carried over from the
        previous paragraph that forgot to reopen it."""
        self.closed = closed
        """False when the paragraph ends with the quote still open."""

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end}, opened={self.opened}, closed={self.closed})"


class Quoted:
    """One quotation, possibly over several paragraphs: ``pieces`` are ``(paragraph, Span)``."""

    __slots__ = ("pieces",)

    def __init__(self, pieces: list[tuple[int, Span]]) -> None:
        self.pieces = pieces

    @property
    def first(self) -> tuple[int, Span]:
        return self.pieces[0]

    @property
    def last(self) -> tuple[int, Span]:
        return self.pieces[-1]

    @property
    def closed(self) -> bool:
        return self.pieces[-1][1].closed


def _neighbours(text: str, i: int) -> tuple[str, str]:
    return (text[i - 1] if i else "", text[i + 1] if i + 1 < len(text) else "")


def _context(prev: str, nxt: str) -> int:
    """Direction the neighbours suggest for a mark between ``prev`` and ``nxt``."""
    opens = (not prev or prev.isspace() or prev in _BEFORE_OPEN) and bool(nxt) and not nxt.isspace()
    closes = bool(prev) and not prev.isspace() and (not nxt or nxt.isspace() or nxt in _AFTER_CLOSE)
    if opens == closes:
        return EITHER
    return OPEN if opens else CLOSE


_CURLY_ROLES = {"“": OPEN, "„": OPEN, "”": CLOSE}


def double_role(text: str, i: int) -> int:
    """OPEN, CLOSE or EITHER for the double mark at ``text[i]``."""
    prev, nxt = _neighbours(text, i)  # (unpacked: a call with ``*`` takes the slow path)
    role = _context(prev, nxt)
    if role != EITHER:
        return role
    return _CURLY_ROLES.get(text[i], EITHER)


def single_role(text: str, i: int) -> int:
    """OPEN, CLOSE or APOSTROPHE for the single mark at ``text[i]``."""
    prev, nxt = _neighbours(text, i)
    if prev.isalnum() and nxt.isalnum():
        return APOSTROPHE  # South Korea's, they're, rock'n'roll
    role = _context(prev, nxt)
    if role == OPEN and _YEAR.match(text, i + 1) and not _number_quoted(text, i):
        return APOSTROPHE  # the '90s, class of '24
    if (
        role == CLOSE
        and prev in "sS"
        and text[i + 1 : i + 2] == " "
        and text[i + 2 : i + 3].islower()
        and _word_at(text, i + 2) not in _FUNCTION_WORDS
        and not _singular_ss(text, i)
        and not _adjective_ous(text, i)
    ):
        return APOSTROPHE  # the allies' views (but 'rebuilt more than roads' in Sudan)
    if role == EITHER:
        role = OPEN if text[i] == "‘" else APOSTROPHE
    return role


def _adjective_ous(text: str, i: int) -> bool:
    """Round 201: True when the lower-case word before the mark at ``text[i]`` ends in "ous"
    ('hails 'glorious' harvest', 'a 'dangerous' game'): an adjective, never a plural noun
    taking a possessive, so the mark closes a quotation."""
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i]
    return len(word) > 4 and word.islower() and word.endswith("ous")


def _singular_ss(text: str, i: int) -> bool:
    """Round 158: True when the lower-case word before the mark at ``text[i]`` ends in "ss"
    ('vows 'ruthless' action', 'an 'endless' wait'): no plural (plurals end in "-sses'") and
    no possessive in wire style (a singular noun takes "'s": "the witness's car"), so the
    mark closes a quotation."""
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i]
    return len(word) > 3 and word.islower() and word.endswith("ss")


def _number_quoted(text: str, i: int) -> bool:
    """Round 153: True when the opening mark at ``text[i]`` before two digits opens a
    quotation that starts with a number ("say they waited '40 minutes a call'"), not a year's
    apostrophe ("the '90s", "the '97 crisis"): the next single mark that is no apostrophe
    between letters closes, after more words than the number."""
    j = i
    while True:
        j = min((k for k in (text.find(m, j + 1) for m in _SINGLE_MARKS) if k >= 0), default=-1)
        if j < 0:
            return False
        prev, nxt = _neighbours(text, j)
        if not (prev.isalnum() and nxt.isalnum()):
            break
    if _context(*_neighbours(text, j)) != CLOSE:
        return False
    return " " in text[i + 1 : j].strip()


def _word_at(text: str, i: int) -> str:
    found = _LOWER_WORD.match(text, i)
    return found.group() if found else ""


def positions(text: str, chars: str) -> list[int]:
    """Offsets of every character of ``chars`` (distinct) in ``text``, in order. ``str.find``
    skips to each one: a regex class tests every character of the paragraph in turn, several
    times slower, and most paragraphs hold only a few marks."""
    found: list[int] = []
    for char in chars:
        if char not in text:
            continue  # most characters: ``in`` is cheaper than a find that fails
        i = text.find(char)
        while i >= 0:
            found.append(i)
            i = text.find(char, i + 1)
    found.sort()  # sorted runs, one per character: a merge
    return found


def scan(
    text: str,
    marks: str,
    role_of: Callable[[str, int], int],
    skip: Sequence[Span] = (),
    *,
    repair: bool = False,
) -> list[Span]:
    """Spans quoted with the characters ``marks``, ignoring marks inside ``skip`` spans.

    A closing mark before any opening one becomes a span from the start of the paragraph
    (``opened=False``); an opening mark never closed becomes a span to its end
    (``closed=False``). An opening mark met while a quote is open restarts it: the earlier
    mark was the stray one, unless (``repair``) the earlier quote runs into narration after a
    comma (', and called it', ', she said'): then it lost its closing mark at that comma.
    """
    spans: list[Span] = []
    open_at = -1
    last_close = -1
    first = True
    # the first span of ``skip`` that may still hold a mark (marks come in increasing order:
    # amortised O(1) a mark; tested here, not by a callable object, a call per mark)
    k, skipped = 0, len(skip)
    for i in positions(text, marks):
        while k < skipped and skip[k].end < i:
            k += 1
        if k < skipped and skip[k].start - 1 <= i <= skip[k].end:
            continue
        role = role_of(text, i)
        if role == APOSTROPHE:
            continue
        if open_at < 0:
            if role != CLOSE:
                open_at = i
            elif first:
                spans.append(Span(0, i, opened=False))
            elif repair and (_closes_paragraph(text, i) or _attributed_after(text, i)):
                spans.append(Span(last_close + 1, i, opened=False))
        elif role == OPEN:
            cut = _lost_close(text, open_at + 1, i) if repair else -1
            if cut > 0:  # '"a betrayal, and called it "a disgrace"': the first lost its close
                spans.append(Span(open_at + 1, cut))
            open_at = i
        else:
            spans.append(Span(open_at + 1, i))
            open_at, last_close = -1, i
        first = False
    if open_at >= 0:
        spans.append(Span(open_at + 1, len(text), closed=False))
    return spans


def paragraph_spans(text: str, *, headline: bool = False) -> list[Span]:
    """Quoted spans of one paragraph, outer level only, in order.

    Body text: double marks, then single marks outside them (some copy quotes with single
    marks). Headlines: the other way round. A span never crosses a line break: the lines of a
    paragraph are the rows of a table, and marks in two rows do not make a quotation.
    """
    outer, inner = (_SINGLE_MARKS, _DOUBLE_MARKS) if headline else (_DOUBLE_MARKS, _SINGLE_MARKS)
    outer_role, inner_role = (single_role, double_role) if headline else (double_role, single_role)
    found = scan(text, outer, outer_role, repair=not headline)
    spans = (
        [  # (most paragraphs: nothing found, no comprehension run)
            s
            for s in found
            if _WORDY.search(text, s.start, s.end) and text.find("\n", s.start, s.end) < 0
        ]
        if found
        else found
    )
    if spans and not spans[-1].closed and not headline:
        spans[-1] = _repaired(text, spans[-1])
        if not spans[-1].closed and _fragment_opened(text, spans[-1]):
            spans[-1] = Span(spans[-1].start, len(text.rstrip()))
    found = scan(text, inner, inner_role, spans)
    singles = (
        [s for s in found if s.opened and s.closed and text.find("\n", s.start, s.end) < 0]
        if found
        else found
    )
    if not singles:
        return spans
    return sorted(spans + singles, key=lambda s: s.start)


def _attribution() -> re.Pattern[str]:
    """ ", she said" / ", said Jang Mi-ok" / ", Kim told": attribution that cannot be inside
    a quotation, so a quote still open before it lost its closing mark there."""
    global _ATTRIBUTION
    if _ATTRIBUTION is None:
        verbs = _speaking_verbs()
        _ATTRIBUTION = re.compile(
            rf",\s+(?:(?:he|she|they)\s+(?:{verbs})\b"
            rf"|(?:{verbs})\s+(?:[A-Z]|the\s|an?\s|his\s|her\s|their\s)"
            rf"|(?:the\s+[a-z]+|{_NAMED_SUBJECT})\s+(?:{verbs})\b)"
        )
    return _ATTRIBUTION


def _speaking_verbs() -> str:
    """The verbs of an attribution after a comma, as one alternation of a pattern."""
    return "|".join(sorted(INVERTIBLE_VERBS | {"told", "wrote", "replied", "added"}))


_NAMED_SUBJECT = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,6}"
"""A capitalised subject of one to seven words ("Jang Mi-ok", "The Korea Herald")."""


_ATTRIBUTION: re.Pattern[str] | None = None


def _repaired(text: str, span: Span) -> Span:
    """An unclosed quote that runs into its own attribution ('"We have been here since the
    '70s, said Jang') ends at the comma before it."""
    ends = [
        found.start()
        for found in (
            _attribution().search(text, span.start),
            _PARTICIPLE_AFTER.search(text, span.start),
        )
        if found is not None
    ]
    if _partial_opened(text, span):
        later = _NARRATOR_GOES_ON.search(text, span.start)
        if later is not None:
            ends.append(later.start() - 1)  # (the comma or space before "and" left out)
    if _fragment_opened(text, span):
        ends.extend(_narrator_resumes(text, span.start))
    if not ends:
        return span
    return Span(span.start, min(ends) + 1, opened=span.opened, closed=True)


def _narrator_resumes(text: str, start: int) -> list[int]:
    """Round 207: where an unclosed fragment opened in lower case ends (the offset of its
    last character): at the first full stop whose next sentence is the narrator's, with no
    "I", "we", "you" or their forms ('faced "a long winter of repairs. The county has asked
    for aid.'), or at the comma before another speaker's clause (', while Ahn said ...')."""
    ends: list[int] = []
    stop = _FRAGMENT_STOP.search(text, start)
    if stop is not None:
        after = _SENTENCE_END.search(text, stop.end())
        following = text[stop.end() : after.start() if after is not None else len(text)]
        if not _FIRST_OR_SECOND.search(following):
            ends.append(stop.start())
    other = _other_speaker().search(text, start)
    if other is not None:
        ends.append(other.start() - 1)
    return ends


_FRAGMENT_STOP = re.compile(r"(?<=[a-z0-9]{3})[.!?](?=\s+[A-Z])")
"""A full stop after a lower-case word or a number ("business.", "2024."), not after an
initial or a capitalised abbreviation ("U.S. Army", "Dr. Seo"), before a new sentence."""

_FIRST_OR_SECOND = re.compile(r"\b(?:I|I'm|I’m|we|We|our|Our|us|my|My|me|you|You|your|Your)\b")


def _other_speaker() -> re.Pattern[str]:
    """Round 207: ', while Ahn said', ', whereas the union said': a second speaker's clause,
    which cannot be inside the first speaker's fragment."""
    global _OTHER_SPEAKER_RE
    if _OTHER_SPEAKER_RE is None:
        _OTHER_SPEAKER_RE = re.compile(
            rf",(?=\s+(?:while|whereas)\s+(?:he|she|they|the\s+[a-z]+|{_NAMED_SUBJECT})"
            rf"\s+(?:{_speaking_verbs()})\b)"
        )
    return _OTHER_SPEAKER_RE


_OTHER_SPEAKER_RE: re.Pattern[str] | None = None


_NARRATOR_GOES_ON = re.compile(
    r",?\s+and\s+(?:that\s+[a-z]|(?:added|called(?:\s+for)?|urged|noted|stressed|told)\s+[a-z])"
)
"""Round 150: the narrator's sentence going on after a partial quotation that lost its
closing mark: a second complement clause ('said the fee was "a small mercy, and that rents
mattered more'), or a second verb of the subject ('said the board had "sat on the files for
weeks and called for an inquiry'): words the speaker did not say of himself."""


def _fragment_opened(text: str, span: Span) -> bool:
    """Round 207: True when an unclosed ``span`` opens inside a sentence with a lower-case
    word ('said the town had become "a ghost of itself by winter.'): a fragment woven into
    the narrator's sentence, which ends with its paragraph (a quotation running on into the
    next paragraph opens as a statement, not after "became"). Without this, the next
    paragraph's own quotation, by another speaker, was read as its continuation."""
    return _partial_opened(text, span) and text[span.start : span.start + 1].islower()


def _partial_opened(text: str, span: Span) -> bool:
    """Round 150: True when ``span`` opens inside a sentence, after a lowercase word ('was
    "', 'called it "'): a partial quotation, which never runs on to the next paragraph."""
    mark = span.start - 1
    if not span.opened or mark < 2 or text[mark - 1] != " ":
        return False
    return text[mark - 2].islower()


_PARTICIPLE_AFTER = re.compile(r",(?=\s+(?:adding|saying|noting)\s+(?:that\s+)?[a-z])")
"""Round 129: a participle of saying after a comma ('would be finished "within the first half
of next year, adding that the ministry would ...'): narration that cannot be inside the
quotation, so an unclosed quote before it lost its closing mark there (a quotation that runs
on into the next paragraph does not add, say or note)."""


def _lost_close(text: str, start: int, stop: int) -> int:
    """Where a quote opened at ``start`` and still open at the next opening mark ``stop``
    lost its closing mark: just after the comma before narration (", and called it", ", she
    said"), or -1."""
    # round 301: an attribution (", he told Yonhap") before the next mark ends it, not an
    # earlier ", but not ..." the quotation itself may hold ('"I had been turning her, but
    # not often enough at night, he told Yonhap. "...'); narration cuts when none stands there
    found = _attribution().search(text, start, stop) or _NARRATION_AFTER.search(text, start, stop)
    if found is None and _partial_opened(text, Span(start, stop)):
        # round 207: no comma either ('would "cut the queue and called the plan "a relief"'),
        # a second verb of the subject only ("and that" may end a longer quotation)
        later = _SUBJECT_GOES_ON.search(text, start, stop)
        return later.start() if later is not None else -1
    return found.start() + 1 if found is not None else -1


_SUBJECT_GOES_ON = re.compile(r"\s+and\s+(?:added|called|urged|noted|stressed|told)\s+[a-z]")
"""Round 207: the subject's second verb of saying after a partial quotation still open at the
next opening mark ('said the port would "stay open and called the strike "a mistake"')."""

_NARRATION_AFTER = re.compile(r",(?=\s+(?:and|but|adding|saying|while|before)\s+[a-z])")


def _reopened(text: str, span: Span) -> Span | None:
    """A quote that lost its opening mark ('... had not decided. Tonight I just want to rest,"
    she said.') starts with the sentence its closing mark ends, when an attribution follows
    the mark; otherwise None (a stray mark)."""
    if span.start > 0 and _closes_paragraph(text, span.end):
        return _after_attribution(text, span)
    if not _attributed_after(text, span.end):
        return None
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, span.end)]
    if not starts and _opens_paragraph(text, span):
        return Span(span.start, span.end)
    if not starts or starts[-1] >= span.end:
        return None
    return Span(_quoted_back(text, span.start, starts), span.end)


def _attributed_after(text: str, i: int) -> bool:
    """True when an attribution follows the closing mark at ``text[i]`` (', she said')."""
    return _attribution().match("," + text[i + 1 : i + 80]) is not None


def _quoted_back(text: str, floor: int, starts: list[int]) -> int:
    """Round 244: where a quotation that lost its opening mark begins, given the starts of
    the sentences before its closing mark (``starts``, the last one its own): it takes the
    sentences before its own that speak in the first or second person, back to one that
    narrates (a verb of saying, a quotation mark, "according"): 'Mo said the union would
    strike. We do not want the families to suffer. That is why we wait," he said.' quotes
    two sentences; 'The payout came to 4 million won. It is not a fortune," he said.' one.
    (Before the sentences' starts, ``floor``: the last closing mark, or 0.)"""
    begin = starts[-1]
    for start in [*reversed(starts[:-1]), floor]:
        if start < floor or start >= begin:
            break
        if _narrates(text, start, begin) or not _spoken(text, start, begin):
            break
        begin = start
    return begin


def _narrates(text: str, start: int, end: int) -> bool:
    """Round 244: True when the sentence ``text[start:end]`` holds a quotation mark or a verb
    of saying: narration around a quotation, not a sentence of it."""
    sentence = text[start:end]
    if any(mark in sentence for mark in _DOUBLE_MARKS):
        return True
    for i in range(start, end):
        if text[i] in "‘’" and single_role(text, i) != APOSTROPHE:
            return True  # a single mark that quotes ("‘...’"), not a "don’t" or a "Kim’s"
    return any(word in _NARRATING for word in _LOWER_WORD.findall(sentence))


def _spoken(text: str, start: int, end: int) -> bool:
    """Round 244: True when the sentence ``text[start:end]`` speaks in the first or second
    person ("We do not want ...", "I yelled at him"): a speaker's words, not narration
    about the speaker ("The payout came to about 4 million won.")."""
    return any(word in _PERSONS for word in _WORD.findall(text, start, end))


_PERSONS = frozenset(
    ("I", "we", "We", "my", "My", "our", "Our", "me", "us", "you", "You", "your", "Your")
)
_WORD = re.compile(r"[A-Za-z]+")
_NARRATING = INVERTIBLE_VERBS | wordset("told tells says according spoke speaks asked")
"""Words of a sentence that narrates (round 244): "Kim said ...", "according to ..."."""


def _closes_paragraph(text: str, i: int) -> bool:
    """Round 207: True when the closing mark at ``text[i]`` ends the paragraph, right after a
    sentence's full stop, question or exclamation mark."""
    return text[i - 1 : i] in (".", "!", "?") and _ONLY_SPACE_LEFT.match(text, i + 1) is not None


_ONLY_SPACE_LEFT = re.compile(r"\s*\Z")
"""Nothing but spaces to the paragraph's end (matched in place: a copy of the rest of the
paragraph at every stray mark would make a long paragraph quadratic)."""


def _after_attribution(text: str, span: Span) -> Span | None:
    """Round 207: a lone closing mark ending a paragraph after a closed quotation and its
    attribution ('"We waited," Ma said on Monday. It took three years."'): the writer dropped
    the mark that reopened the quotation after the attribution's sentence, so the quotation
    starts with the next sentence; None when no sentence ends in between."""
    stop = _SENTENCE_END.search(text, span.start, span.end)
    if stop is None or stop.end() >= span.end:
        return None
    return Span(stop.end(), span.end)


def _opens_paragraph(text: str, span: Span) -> bool:
    """Round 207: True when the lone closing mark's span runs from the paragraph's start, in
    one sentence, to a comma before its attribution ('The talks have stalled for a year," said
    Bae Ho-rim.'): the writer dropped the mark that opened the paragraph, so the quotation is
    that whole sentence (the attribution after it is proof it was quoted)."""
    return span.start == 0 and text[span.end - 1 : span.end] == ","


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z])")


def _starts_with_open(text: str, span: Span) -> bool:
    """True when ``span`` opens at the very start of the paragraph (a continuation)."""
    return span.opened and not text[: span.start - 1].strip()


def quotations(paragraphs: Sequence[str]) -> Iterator[Quoted]:
    """Every quotation of the body, joining quotes that run over several paragraphs.

    A quote left open at the end of a paragraph continues when the next paragraph starts with
    an opening mark (newswire style), or when the next paragraph's first mark closes it (copy
    that forgot to reopen). Otherwise it ends with its paragraph.
    """
    pending: Quoted | None = None
    for index, text in enumerate(paragraphs):
        spans = paragraph_spans(text)
        if pending is not None:
            head = spans[0] if spans else None
            if head is not None and (not head.opened or _starts_with_open(text, head)):
                pending.pieces.append((index, head))
                spans = spans[1:]
                if head.closed:
                    yield pending
                    pending = None
            else:
                yield pending
                pending = None
        for found in spans:
            span = found if found.opened else _reopened(text, found)
            if span is None:
                continue  # a closing mark with nothing to close
            if span.closed:
                yield Quoted([(index, span)])
            else:
                pending = Quoted([(index, span)])
    if pending is not None:
        yield pending
