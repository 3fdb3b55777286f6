"""Round 274: a reading written and measured, not merged (below the bar).

Invented sentences only (no name or sentence from a corpus article). Verbs that give goods or
papers the class they pass under, right before "as" ('a shipment declared as "..."', 'sold as
"..."', 'filed as "..."'), would join round 6's verbs of classing, so the quoted class is a
term no one speaks. It took one term's speaker away in one tuning article (tuning101-004) and
moved nothing else (docs/PERFORMANCE.md, round 274): fewer than three articles. The shape stays
here as a strict xfail: a later change that reads it passes this, and must then be measured and
this turned into a test. Branch `rules274` keeps the code.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes


@pytest.mark.xfail(strict=True, reason="round 274: not merged, below the bar")
def test_a_declared_class_is_no_quotation() -> None:
    paragraph = (
        "Customs officers at Gwangyang port opened a container declared as"
        ' "garden furniture" and found 400 counterfeit handbags, the agency said.'
    )
    assert not [q for q in extract_quotes("", [paragraph]) if q.speaker is not None]
