"""Score :func:`herald_tui.quotes.extract_quotes` against the labelled corpus.

``tests/quotes/corpus/<split>/*.json`` hold invented articles with every quotation labelled
(see the corpus README). :data:`TUNING_SPLITS` names the splits the rules were tuned on
(``dev``, ``tuning2``, ...); :data:`HELD_OUT` the held-out splits, scored
only by whoever reviews a change; :data:`DEMO` the demo site's hand labels. Each split is
scored on its own: pooling would let the tuned splits hide the held-out one. A labelled
quotation and an extracted one *match* when they sit in the same paragraph (or both in the
headline) and their words overlap by at least 80%:
``|shared words| / max(|gold words|, |extracted words|)``, words being lowercase runs of letters
and digits (a quotation over several paragraphs compares its joined text). Matching is one to
one, best overlap first.

* spans: precision, recall and F1 of matches;
* speaker accuracy: share of matches whose speaker is right. A gold speaker is right when it
  equals the extracted ``speaker_short`` or is contained in the extracted ``speaker``
  (case-insensitively, spaces and curly apostrophes normalised); a gold ``null`` is right only
  against ``None``;
* end to end: precision, recall and F1 counting only matches with the right speaker;
* terms: extracted spans that are a labelled negative (a title, name, scare quote or
  nickname), and how many of them were given a speaker (the worst error the panel can make).

:func:`score` returns the figures and every mismatch, for the benchmark and the test.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from herald_tui.model import Quote
from herald_tui.quotes import extract_quotes

CORPUS = Path(__file__).resolve().parent / "corpus"
TUNING_SPLITS = ("dev", *(f"tuning{n}" for n in range(2, 213)))  # dev, tuning2 ... tuning212
"""Splits that were read while changing the rules: their scores are tuning figures."""
HELD_OUT = (
    *(f"blind{n}" for n in (7, 8, 9, 11)),
    "blind16",
    "blind17",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
    "blind42",
    "blind43",
    "blind44",
    "blind45",
    "blind46",
    "blind47",
    "blind48",
    "blind49",
    "blind50",
    "blind51",
    "blind52",
    "blind53",
    "blind54",
    "blind55",
    "blind56",
    "blind57",
    "blind58",
    "blind59",
    "blind60",
    "blind61",
    "blind62",
)
"""The held-out splits: never read while changing the extractor, scored only to report, each by
its own author, all representative wire copy. (``blind2`` and ``blind4`` were held out for
rounds 2-7 and became ``tuning9`` and ``tuning10`` when round 8 read them; ``blind3``, held
out for rounds 4-8, became ``tuning12`` for round 9; ``blind5`` and ``blind13`` became
``tuning19`` and ``tuning20`` when round 15's follow-up read them; ``blind18``, held out for
rounds 31 to 52, became ``tuning21`` for round 53, and ``blind10``, held out for rounds 12 to
53, ``tuning22`` for round 54; ``blind12``, held out for rounds 13 to 54, and
``blind15``, held out for rounds 15 to 54, became ``tuning23`` and ``tuning24`` for rounds 55
and 56; ``blind6``, held out for rounds 7 to 56, and ``blind14``, held out for rounds 15 to
56, became ``tuning25`` and ``tuning26`` for rounds 57 and 58.)"""
DEMO = "demo"
"""The demo site's articles, labelled by hand in ``tests/quotes/demo_labels/`` (a tuning set:
they were read while fixing what the demo showed)."""
DEMO_LABELS = CORPUS.parent / "demo_labels"
OVERLAP = 0.8
_WORD = re.compile(r"\w+")

Extractor = Callable[[str, Sequence[str]], Sequence[Quote]]


@dataclass(frozen=True)
class Mismatch:
    """One disagreement between the labels and the extractor."""

    article: str
    what: str
    """``missed`` (labelled, not extracted), ``spurious`` (extracted, not labelled) or
    ``speaker`` (matched, wrong speaker) or ``term`` (a labelled negative given a speaker)."""
    paragraph: int | None
    text: str
    expected: str | None = None
    got: str | None = None

    def __str__(self) -> str:
        where = "headline" if self.paragraph is None else f"p{self.paragraph}"
        line = f"{self.article} {where} {self.what}: {self.text[:70]!r}"
        if self.what == "speaker":
            line += f" expected {self.expected!r} got {self.got!r}"
        elif self.what == "term":
            line += f" given speaker {self.got!r}"
        return line


@dataclass
class Score:
    """Counts over a set of articles, and the figures they give."""

    gold: int = 0
    extracted: int = 0
    matched: int = 0
    speaker_right: int = 0
    articles: int = 0
    terms: int = 0
    """Extracted spans that are a labelled negative (title, name, scare quote, nickname)."""
    terms_with_speaker: int = 0
    """Of :attr:`terms`, those given a speaker."""
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.extracted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.speaker_right, self.matched)

    @property
    def end_to_end_f1(self) -> float:
        return _f1(
            _ratio(self.speaker_right, self.extracted), _ratio(self.speaker_right, self.gold)
        )

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.extracted += other.extracted
        self.matched += other.matched
        self.speaker_right += other.speaker_right
        self.articles += other.articles
        self.terms += other.terms
        self.terms_with_speaker += other.terms_with_speaker
        self.mismatches += other.mismatches

    def summary(self) -> str:
        return (
            f"{self.articles} articles, {self.gold} labelled, {self.extracted} extracted: "
            f"spans P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f}; "
            f"speaker {self.speaker_accuracy:.3f}; end-to-end F1 {self.end_to_end_f1:.3f}; "
            f"terms extracted {self.terms}, given a speaker {self.terms_with_speaker}"
        )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def words(text: str) -> list[str]:
    """Lowercase words, apostrophes unified."""
    return _WORD.findall(text.lower().replace("’", "'"))


def overlap(a: str, b: str) -> float:
    """Shared words over the larger word count of ``a`` and ``b``."""
    wa, wb = Counter(words(a)), Counter(words(b))
    size = max(sum(wa.values()), sum(wb.values()))
    return sum((wa & wb).values()) / size if size else 0.0


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def speaker_right(gold: str | None, quote: Quote) -> bool:
    """True when the extracted speaker agrees with the label (see the module docstring)."""
    if gold is None:
        return quote.speaker is None
    if quote.speaker is None:
        return False
    return _norm(gold) == _norm(quote.speaker_short or "") or _norm(gold) in _norm(quote.speaker)


def _folder(split: str) -> Path:
    return DEMO_LABELS if split == DEMO else CORPUS / split


def has_split(split: str) -> bool:
    """True when the corpus holds ``split`` (the blind split may not be there); ``demo`` is
    the demo site's labels."""
    return _folder(split).is_dir()


def load(split: str) -> list[dict[str, Any]]:
    """The articles of one corpus split (or ``demo``), in file order."""
    return [json.loads(p.read_text("utf-8")) for p in sorted(_folder(split).glob("*.json"))]


def match(gold: Sequence[dict[str, Any]], found: Sequence[Quote]) -> list[tuple[int, int]]:
    """The one-to-one matching of labels to extracted quotations: pairs of indexes (label,
    quotation) in the same paragraph, best word overlap first, each at least ``OVERLAP``."""
    scored = sorted(
        (
            (overlap(g["text"], q.text), gi, qi)
            for gi, g in enumerate(gold)
            for qi, q in enumerate(found)
            if g["paragraph"] == q.paragraph
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for share, gi, qi in scored:
        if share < OVERLAP or gi in used_gold or qi in used_found:
            continue
        used_gold.add(gi)
        used_found.add(qi)
        pairs.append((gi, qi))
    return pairs


def score_article(article: dict[str, Any], extract: Extractor = extract_quotes) -> Score:
    """Match one article's labels against what ``extract`` finds in it."""
    found = list(extract(article["headline"], article["paragraphs"]))
    gold: list[dict[str, Any]] = article["quotes"]
    result = Score(gold=len(gold), extracted=len(found), articles=1)
    pairs = match(gold, found)
    used_gold = {gi for gi, _ in pairs}
    used_found = {qi for _, qi in pairs}
    name = article.get("id", "?")
    for gi, qi in pairs:
        result.matched += 1
        g, q = gold[gi], found[qi]
        if speaker_right(g["speaker"], q):
            result.speaker_right += 1
        else:
            result.mismatches.append(
                Mismatch(name, "speaker", q.paragraph, q.text, g["speaker"], q.speaker)
            )
    for gi, g in enumerate(gold):
        if gi not in used_gold:
            result.mismatches.append(
                Mismatch(name, "missed", g["paragraph"], g["text"], g["speaker"])
            )
    negatives: list[dict[str, Any]] = article.get("negatives", [])
    for qi, q in enumerate(found):
        if qi in used_found:
            continue
        if any(_is_term(n, q) for n in negatives):
            result.terms += 1
            if q.speaker is not None:
                result.terms_with_speaker += 1
                result.mismatches.append(Mismatch(name, "term", q.paragraph, q.text, got=q.speaker))
        result.mismatches.append(Mismatch(name, "spurious", q.paragraph, q.text, got=q.speaker))
    return result


def _is_term(negative: dict[str, Any], quote: Quote) -> bool:
    return (
        negative["paragraph"] == quote.paragraph
        and overlap(negative["text"], quote.text) >= OVERLAP
    )


def score(articles: Iterable[dict[str, Any]], extract: Extractor = extract_quotes) -> Score:
    """Figures and mismatches over ``articles``."""
    total = Score()
    for article in articles:
        total.add(score_article(article, extract))
    return total
