"""The narration around quotations: masked text and sentence boundaries.

Attribution reads the reporter's words, never the quoted ones, so each paragraph gets a
*masked* copy of the same length (offsets stay valid): quoted words become ``\\x00``, quote
marks become ``"`` and curly apostrophes ``'``. A quote's final ``.``, ``?`` or ``!`` is kept
so the sentence splitter sees where a quoted sentence ends the reporter's sentence too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from herald_tui.quotes._lexicon import ABBREVIATIONS, SPEECH_VERBS, lowercase
from herald_tui.quotes._scan import Span, positions

MASK = "\x00"

# Sentence-final punctuation, closing marks, space, and something that can start a sentence.
_BOUNDARY = re.compile(r"([.!?])([\"')\]]*)\s+(?=[\"'(\[A-Z0-9])|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
# "SEOUL, Nov. 26 (Yonhap) -- ": a dateline ends where the first sentence starts.
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:,[^-—]{1,30}?)?\s*(?:--|—|–)\s*")


def mask(text: str, spans: Sequence[Span]) -> str:
    """``text`` with quoted words masked and marks normalised, same length."""
    # str.replace, not str.translate: translate looks up every character in a dict
    plain = text.replace("’", "'").replace("‘", "'")
    if not spans:
        return plain  # most paragraphs quote nothing
    pieces: list[str] = []  # joined once: no list of every character
    at = 0
    for span in spans:
        start, end = span.start, span.end
        mark = start - 1 if span.opened and start else start
        if mark < at or end < start:
            return _mask_each(text, plain, spans)  # marks shared with the span before
        pieces.append(plain[at:mark])
        if mark < start:
            pieces.append('"')
        if span.closed and end > start and text[end - 1] in ".?!":
            pieces.append(MASK * (end - start - 1) + text[end - 1])
        else:
            pieces.append(MASK * (end - start))
        at = end
        if span.closed and end < len(text):
            pieces.append('"')
            at = end + 1
    pieces.append(plain[at:])
    return "".join(pieces)


def _mask_each(text: str, plain: str, spans: Sequence[Span]) -> str:
    """:func:`mask` one span after the other over a list of characters, when spans touch."""
    out = list(plain)
    for span in spans:
        if span.opened and span.start:
            out[span.start - 1] = '"'
        if span.closed and span.end < len(out):
            out[span.end] = '"'
        last = (
            span.end - 1 if span.closed and text[span.end - 1 : span.end] in (".", "?", "!") else -1
        )
        out[span.start : span.end] = MASK * (span.end - span.start)
        if last >= span.start:
            out[last] = text[last]
    return "".join(out)


def blank_dateline(masked: str) -> str:
    """``masked`` with a leading dateline ("SEOUL, Nov. 26 (Yonhap) -- ") blanked out: it
    names a place and an agency, not a speaker."""
    dateline = _DATELINE.match(masked, 0, 80)
    if not dateline:
        return masked
    return " " * dateline.end() + masked[dateline.end() :]


_INTRODUCED_REACH = 400
"""Round 117: characters back from a quotation's "!" or "?" to its opening mark."""


def _introduced(masked: str, punct: int) -> bool:
    """Round 117: True when the quotation whose final "!" or "?" is at ``masked[punct]`` is
    the object of a verb of saying or follows a colon: 'about 300 members chanted "...!" One
    placard read "..."', 'Another reporter asked: "...?" NAME said'. Its sentence has its
    speaker before it, so a capital after the marks opens the next sentence, whose verb does
    not reach back to the chant ('"Why now?" Kim asked.' still goes on: no verb before)."""
    lo = punct - _INTRODUCED_REACH if punct > _INTRODUCED_REACH else 0
    mark = masked.rfind('"', lo, punct)
    if mark <= 0:
        return False
    k = mark - 1
    if masked[k] == " ":
        k -= 1
    if masked[k] == ":":
        return True
    match = _WORD_BEFORE.search(masked, k - 12 if k > 12 else 0, k + 1)
    return match is not None and lowercase(match.group(1)) in SPEECH_VERBS


def _is_abbreviation(masked: str, dot: int) -> bool:
    """True when the period at ``masked[dot]`` ends an abbreviation (Mr., U.S., Rep.)."""
    match = _WORD_BEFORE.search(masked, dot - 12 if dot > 12 else 0, dot)  # (not max(): slow)
    if not match:
        return False
    word = match.group(1)
    return lowercase(word) in ABBREVIATIONS or len(word) == 1 or "." in word


_TIMES = ("a.m", "p.m")
_NAME_THEN_SAID = re.compile(r"(?:[A-Z][a-z]+(?:-[a-z]+)? ){1,3}(?:said|says|told|added)\b")


def _time_then_speaker(masked: str, dot: int, after: int) -> bool:
    """Round 185: True when the period at ``masked[dot]`` closes "a.m." or "p.m." and the
    next sentence opens with a capitalised word and "said", "says", "told" or "added"
    ('open until 2 a.m. Baek said the hours ...'): a time ends its sentence there, as no
    day, month or zone ("2 a.m. Monday", "9 p.m. Seoul time") is followed by a verb of
    saying. Any other capital after a time goes on as before."""
    if not masked.startswith(_TIMES, dot - 3):
        return False
    return _NAME_THEN_SAID.match(masked, after) is not None


def sentence_starts(masked: str) -> list[int]:
    """Offsets where the sentences of a masked paragraph start (always begins with 0)."""
    starts = [0]
    at = 0  # as finditer would: a boundary's text is not searched again
    for i in positions(masked, ".!?\n"):  # where a boundary may start: far cheaper to find
        match = _BOUNDARY.match(masked, i) if i >= at else None
        if match is None:
            continue
        at = match.end()
        punct, closers = match.group(1), match.group(2)
        if punct in ("?", "!") and closers and not _introduced(masked, match.start()):
            continue  # '"Why now?" Kim asked.' goes on after the quote
        if (
            punct == "."
            and not closers
            and _is_abbreviation(masked, match.start())
            and not _time_then_speaker(masked, match.start(), match.end())
        ):
            continue
        starts.append(match.end())
    return starts
