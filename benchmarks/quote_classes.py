"""Wrong speakers of a corpus split by structural class, as counts: no text is printed.

``python -m benchmarks.quote_classes SPLIT [SPLIT ...]`` sorts each quotation whose speaker
the extractor got wrong by the shape of its paragraph and by whether the labelled and the
given speaker are named in it, which tells the classes apart ("which of two names in the
paragraph speaks", "a name in the paragraph taken over a pronoun's antecedent", "a quote-only
paragraph continuing an earlier speaker") without reading a sentence. So it is safe to run on a
held-out split: what it prints says which class of case is left, never which article or words.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from typing import Any

from tests.quotes.scoring import Mismatch, load, score

_WORD = re.compile(r"[A-Za-z][\w'-]*")
_DESCRIPTION = re.compile(r"(?:the|a|an|her|his|their|its) [a-z0-9]", re.IGNORECASE)
"""A speaker given as a description ("the former prosecutor", "Her father", "the 45-year-old")
rather than a name: a role noun the rules did not tie to the person it means."""


def named_in(name: str | None, text: str) -> bool:
    """True when ``text`` names ``name`` by its first word (a Korean surname) or its last (the
    head of a body's name, a Western surname)."""
    found = _WORD.findall(name or "")
    if not found:
        return False
    return any(
        re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE) for w in {found[0], found[-1]}
    )


def quote_only(paragraph: str, quote: str) -> bool:
    """True when the paragraph holds little beside the quotation (at most two words)."""
    return len(_WORD.findall(paragraph.replace(quote, " "))) <= 2


def wrong_speaker_class(mismatch: Mismatch, article: dict[str, Any]) -> str:
    """The structural class of a wrong-speaker mismatch: the paragraph's shape, and whether
    the labelled and the given speaker are named in that paragraph."""
    if mismatch.paragraph is None:
        return "headline quotation"
    paragraph = article["paragraphs"][mismatch.paragraph]
    shape = "quote-only paragraph" if quote_only(paragraph, mismatch.text) else "with narration"
    if mismatch.expected is None:
        return f"a name given where a reader could not tell; {shape}"
    label = "label named" if named_in(mismatch.expected, paragraph) else "label not named"
    if mismatch.got is None:
        return f"no name given; {shape}; {label}"
    if _DESCRIPTION.match(mismatch.got):
        return f"a description given, not resolved to its holder; {shape}; {label}"
    given = "given named" if named_in(mismatch.got, paragraph) else "given not named"
    return f"wrong name; {shape}; {label}; {given}"


def classes(split: str) -> Counter[str]:
    """Counts of the wrong speakers of ``split`` by class."""
    articles = {article.get("id"): article for article in load(split)}
    result = score(list(articles.values()))
    return Counter(
        wrong_speaker_class(m, articles[m.article])
        for m in result.mismatches
        if m.what == "speaker"
    )


def main(splits: list[str]) -> int:
    total: Counter[str] = Counter()
    for split in splits:
        found = classes(split)
        print(f"{split}: {sum(found.values())} wrong speakers")
        total.update(found)
    for name, count in total.most_common():
        print(f"  {count:3d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
