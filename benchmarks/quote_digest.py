"""``python -m benchmarks.quote_digest``: one SHA-256 digest of the extractor's output.

A performance change to :mod:`herald_tui.quotes` must leave its output identical on every
input. This runs :func:`herald_tui.quotes.extract_quotes` over every article of every corpus
split (held-out ones included), the demo site's articles (their hand-label files hold each
page's headline and paragraphs) and the speed benchmark's synthetic article, and prints a
digest per split and one over all of them: every field of every quotation, repr'd in order.
It prints no text and no figure, only digests, so it may run on the held-out splits without
anyone reading them. Compare the output before and after a change.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from herald_tui.model import Quote
from herald_tui.quotes import extract_quotes
from tests.quotes.scoring import CORPUS, DEMO, load

FIELDS: tuple[str, ...] = Quote.__match_args__
"""Every field of :class:`Quote`, in order (read by name, so that the digest does not depend
on how the model prints itself)."""


def quote_fields(quote: Quote) -> tuple[Any, ...]:
    """Every field of ``quote``, in order."""
    return tuple(getattr(quote, name) for name in FIELDS)


def _articles(split: str) -> Iterable[tuple[str, Sequence[str]]]:
    if split == "synthetic":
        from benchmarks.bench_quotes import _TEMPLATE

        yield "Budget talks 'difficult but necessary': minister", _TEMPLATE * 40
        return
    for article in load(split):
        yield article["headline"], article["paragraphs"]


def splits() -> list[str]:
    """Every corpus split on disk, the demo's labels and the synthetic article."""
    return [*sorted(p.name for p in CORPUS.iterdir() if p.is_dir()), DEMO, "synthetic"]


def digest(split: str) -> str:
    """SHA-256 of every quotation the extractor finds in ``split``, fields repr'd in order."""
    sha = hashlib.sha256()
    for number, (headline, paragraphs) in enumerate(_articles(split)):
        sha.update(f"article {number}\n".encode())
        for quote in extract_quotes(headline, paragraphs):
            sha.update(repr(quote_fields(quote)).encode("utf-8", "surrogatepass") + b"\n")
    return sha.hexdigest()


def main() -> int:
    total = hashlib.sha256()
    for split in splits():
        value = digest(split)
        total.update(f"{split} {value}\n".encode())
        print(f"{split:10} {value}")
    print(f"{'all':10} {total.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
