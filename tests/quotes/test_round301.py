"""Round 301: a quotation that lost its closing mark ends at its attribution, not at ", but".

Invented sentences only. '"I had been turning her, but not often enough at night, he told
Yonhap. "..."' was cut after "her,": a quotation still open at the next opening mark lost its
closing mark at the first comma before narration (", but not ..."), which the quotation itself
may hold, before the attribution (", he told Yonhap") that cannot be inside it. The
attribution, when one stands there, ends it now; the narration cut serves when none does.
"""

from __future__ import annotations

from herald_tui.quotes import extract_quotes


def _texts(paragraph: str) -> list[str]:
    return [q.text for q in extract_quotes("", [paragraph])]


def test_the_attribution_ends_it() -> None:
    paragraph = (
        'Ha Do-yeon said the clinic called twice. "We kept the heater low, but not low enough'
        ' for the baby, she told reporters. "Now we keep a thermometer by the cot."'
    )
    texts = _texts(paragraph)
    assert "We kept the heater low, but not low enough for the baby," in texts


def test_narration_still_cuts_without_an_attribution() -> None:
    # near miss (round 129): with no attribution, the comma before narration ends it
    paragraph = (
        'Ha Do-yeon called the rule "a half measure, and called the delay "a scandal" on Monday.'
    )
    texts = _texts(paragraph)
    assert "a half measure," in texts and "a scandal" in texts
