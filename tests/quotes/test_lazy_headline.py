"""A headline's reading is deferred until a quotation there asks for its clauses (speed,
round 12): read later, it must be the reading an eager `Narration` makes."""

from __future__ import annotations

import pytest

from herald_tui.quotes._attribute import Narration
from herald_tui.quotes._phrases import Mention
from herald_tui.quotes._scan import paragraph_spans
from tests.quotes.scoring import load

HEADLINES = [a["headline"] for split in ("dev", "tuning2", "tuning3") for a in load(split)]


def _mention(m: Mention | None) -> tuple[object, ...] | None:
    if m is None:
        return None
    return (m.start, m.end, m.kind, m.text, m.name, m.title, m.role, m.subject, m.spoke, m.org)


def _reading(nar: Narration) -> tuple[object, ...]:
    clauses = [(c.verb, _mention(c.mention), c.label) for c in nar.clauses]
    mentions = sorted((k, _mention(m), m.paragraph) for k, m in nar.mentions.items())
    return clauses, mentions


@pytest.mark.parametrize("headline", [h for h in HEADLINES if "'" in h or '"' in h])
def test_a_headline_read_later_reads_as_one_read_at_once(headline: str) -> None:
    spans = [s for s in paragraph_spans(headline, headline=True) if s.opened and s.closed]
    eager = Narration(None, headline, spans)
    lazy = Narration(None, headline, spans, read=False)
    assert lazy.clauses == [] and lazy.mentions == {}  # nothing read yet
    assert lazy.read() is lazy.read()  # read once, the narration itself returned
    assert _reading(lazy) == _reading(eager)
