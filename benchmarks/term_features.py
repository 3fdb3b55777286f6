"""Round 209: can features of a short quoted span tell a term from a partial quotation?

``python -m benchmarks.term_features`` collects, over the tuning splits only, every span of up
to five words the extractor returns that matches a labelled quotation or a labelled negative
(term, title, name, scare quote), computes features a general rule could read from the span
and its sentence, and prints:

* each feature's rate among terms and among quotations, on ``dev``..``tuning40`` and on
  ``tuning41`` onward;
* the best conjunctions of up to three features (or their negations) fitted on one half,
  with what they remove on the other half;
* a naive Bayes score (Laplace-smoothed log odds of each feature) fitted on one half, and what
  its top-scoring spans are on both halves.

Counts are ``(terms, terms with a speaker, quotations with the right speaker)`` removed: a rule
is worth keeping only when the first exceeds three times the last on the half it was not fitted
on. No held-out split is read.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from herald_tui.model import Quote
from herald_tui.quotes import extract_quotes
from herald_tui.quotes._attribute import ADJECTIVE_ENDINGS
from herald_tui.quotes._lexicon import AUXILIARIES, BE, LABEL_VERBS, SPEECH_VERBS, wordset
from tests.quotes.scoring import OVERLAP, TUNING_SPLITS, load, overlap, speaker_right, words

SHORT = 5
FIRST_HALF = frozenset(TUNING_SPLITS[: TUNING_SPLITS.index("tuning40") + 1])
_WORD = re.compile(r"[\w'’-]+")
_PRONOUNS = wordset("i we our us you your my me i'm we're we've we'll i've i'll")
_FINITE_WORDS = wordset("is are was were will would can could should must have has had do does did")
_NAMING_WORDS = wordset(
    "called dubbed termed so-called known labelled labeled branded word term phrase slogan coined"
    " nicknamed"
)
_PREPOSITIONS = wordset("""
    of for to in on with by from at among between toward towards without over under into
    about against through during like as
    """)
_CONJUNCTIONS = wordset("and but or")
_NOT_CONTENT = _PREPOSITIONS | _CONJUNCTIONS | wordset("the a an that which who he she they")
_OWNERS = wordset("the its their his her our")
_ADJECTIVE_SHAPES = (*ADJECTIVE_ENDINGS, "al", "ic", "ent", "ant", "ed", "ing", "ary", "ish")


@dataclass
class Row:
    split: str
    article: str
    term: bool
    speaker: bool
    right: bool
    """A quotation given its right speaker (dropping it is a wrong)."""
    features: dict[str, bool]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    right = [i for i in (text.find(". ", end), text.find("? ", end)) if i >= 0]
    return left + 1, (min(right) + 1 if right else len(text))


def features(text: str, body: str, q: Quote) -> dict[str, bool]:
    """What a general rule could read of the span ``q`` in ``text`` (its paragraph)."""
    span = q.text
    count = len(words(span))
    ws = [w.lower() for w in _WORD.findall(span)]
    before = [w.lower() for w in _WORD.findall(text[max(0, q.start - 60) : max(0, q.start - 1)])]
    prev = before[-1] if before else ""
    prev2 = before[-2] if len(before) > 1 else ""
    rest = text[q.end : q.end + 30].lstrip("\"”’' ")
    found = _WORD.match(rest)
    following = found.group(0) if found else ""
    nxt = following.lower()
    left, right = _sentence_bounds(text, q.start, q.end)
    sentence = [w.lower() for w in _WORD.findall(text[left:right])]
    opening = [w.lower() for w in _WORD.findall(text[left : q.start])]
    return {
        "one word": count == 1,
        "two words": count == 2,
        "three words": count == 3,
        "four or five words": count >= 4,
        "punctuation inside the marks": span.rstrip()[-1:] in ",.?!;:",
        "capitalised": span[:1].isupper(),
        "opens with a/an/the": bool(ws) and ws[0] in ("a", "an", "the"),
        "pronoun I/we/you inside": any(w in _PRONOUNS for w in ws),
        "finite verb inside": any(w in _FINITE_WORDS or w.endswith("n't") for w in ws),
        "hyphenated": "-" in span,
        "adjective-shaped word": any(w.endswith(_ADJECTIVE_SHAPES) for w in ws),
        "after a/an": prev in ("a", "an"),
        "after the/its/their": prev in _OWNERS,
        "after a preposition": prev in _PREPOSITIONS,
        "after a naming word": prev in _NAMING_WORDS,
        "after a verb of saying": prev in SPEECH_VERBS,
        "after a labelling verb": prev in LABEL_VERBS,
        "after be": prev in BE,
        "after an auxiliary": prev in AUXILIARIES,
        "saying verb two back": prev2 in SPEECH_VERBS,
        "preposition next": nxt in _PREPOSITIONS,
        "conjunction next": nxt in _CONJUNCTIONS,
        "lower-case content word next": following[:1].islower() and nxt not in _NOT_CONTENT,
        "punctuation next": not following or rest[:1] in ",.;:)?!",
        "saying verb next": nxt in SPEECH_VERBS,
        "saying verb in sentence": any(w in SPEECH_VERBS for w in sentence),
        "saying verb before it": any(w in SPEECH_VERBS for w in opening),
        "labelling verb in sentence": any(w in LABEL_VERBS for w in sentence),
        "'that' before it": "that" in opening,
        "recurs unquoted": count > 1 and body.count(" ".join(words(span))) > 1,
        "in the headline": q.paragraph is None,
    }


def collect() -> list[Row]:
    """Every short span matching a labelled quotation or negative, over the tuning splits."""
    rows = []
    for split in TUNING_SPLITS:
        for a in load(split):
            body = " ".join(a["paragraphs"]).lower()
            for q in extract_quotes(a["headline"], a["paragraphs"]):
                if len(words(q.text)) > SHORT:
                    continue
                gold = [
                    g
                    for g in a["quotes"]
                    if g["paragraph"] == q.paragraph and overlap(g["text"], q.text) >= OVERLAP
                ]
                term = not gold and any(
                    n["paragraph"] == q.paragraph and overlap(n["text"], q.text) >= OVERLAP
                    for n in a.get("negatives", [])
                )
                if not gold and not term:
                    continue
                right = bool(gold) and speaker_right(gold[-1]["speaker"], q)
                text = a["headline"] if q.paragraph is None else a["paragraphs"][q.paragraph]
                rows.append(
                    Row(
                        split,
                        a["id"],
                        term,
                        q.speaker is not None,
                        right and q.speaker is not None,
                        features(text, body, q),
                    )
                )
    return rows


Tally = tuple[int, int, int]


def tally(rows: Sequence[Row], chosen: Sequence[bool]) -> Tally:
    """(terms, terms with a speaker, right-speaker quotations) among the chosen rows."""
    terms = sum(1 for r, c in zip(rows, chosen, strict=True) if c and r.term)
    spoken = sum(1 for r, c in zip(rows, chosen, strict=True) if c and r.term and r.speaker)
    lost = sum(1 for r, c in zip(rows, chosen, strict=True) if c and r.right)
    return terms, spoken, lost


def conjunctions(fit: Sequence[Row], check: Sequence[Row], top: int = 8) -> None:
    """The conjunctions of up to three literals with the best ratio on ``fit``."""
    names = list(fit[0].features)
    literals = [(k, v) for k in names for v in (True, False)]
    found = []
    for size in (1, 2, 3):
        for conj in itertools.combinations(literals, size):
            if len({k for k, _ in conj}) < size:
                continue
            chosen = [all(r.features[k] == v for k, v in conj) for r in fit]
            on_fit = tally(fit, chosen)
            if on_fit[1] < 2:
                continue
            found.append((on_fit[1] / (on_fit[2] + 1), conj, on_fit))
    found.sort(key=lambda x: -x[0])
    for _, conj, on_fit in found[:top]:
        chosen = [all(r.features[k] == v for k, v in conj) for r in check]
        shown = " & ".join(k if v else f"not {k}" for k, v in conj)
        print(f"    {shown}: fit {on_fit}, check {tally(check, chosen)}")


def naive_bayes(fit: Sequence[Row], check: Sequence[Row]) -> None:
    """Log-odds weights fitted on ``fit``; what the top-scoring spans are on both halves."""
    names = list(fit[0].features)
    terms = [r for r in fit if r.term]
    quotes = [r for r in fit if not r.term]
    weights = {}
    for k in names:
        pt = (sum(r.features[k] for r in terms) + 1) / (len(terms) + 2)
        pq = (sum(r.features[k] for r in quotes) + 1) / (len(quotes) + 2)
        weights[k] = (math.log(pt / pq), math.log((1 - pt) / (1 - pq)))
    for rows, label in ((fit, "fit"), (check, "check")):
        scores = [sum(weights[k][0 if r.features[k] else 1] for k in names) for r in rows]
        ranked = sorted(scores, reverse=True)
        shown = []
        for top in (5, 10, 20, 40):
            shown.append(f"top {top}: {tally(rows, [s >= ranked[top - 1] for s in scores])}")
        print(f"    {label}: " + ", ".join(shown))


def main() -> int:
    rows = collect()
    first = [r for r in rows if r.split in FIRST_HALF]
    second = [r for r in rows if r.split not in FIRST_HALF]
    for part, name in ((first, "dev..tuning40"), (second, "tuning41..")):
        terms = [r for r in part if r.term]
        quotes = [r for r in part if not r.term]
        spoken = sum(r.speaker for r in terms)
        print(f"{name}: {len(part)} spans, {len(terms)} terms ({spoken} with a speaker)")
        for k in part[0].features:
            t = sum(r.features[k] for r in terms)
            q = sum(r.features[k] for r in quotes)
            print(f"  {k:32} terms {t:3}/{len(terms)}  quotations {q:4}/{len(quotes)}")
    for fit, check, name in ((first, second, "dev..tuning40"), (second, first, "tuning41..")):
        print(f"fitted on {name} (terms, terms with a speaker, right quotations lost):")
        conjunctions(fit, check)
        naive_bayes(fit, check)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
