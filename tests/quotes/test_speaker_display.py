"""The speaker the quote panel shows holds no verb a phrase was read past.

Invented sentences only (no name or sentence from a corpus article). A subject read up to the
verb after it ("The trade ministry in Sejong declined to give a figure, saying ...") showed that
verb in the panel; a final lowercase "-ed" word after a noun is dropped from what is shown,
while a relative clause keeps its verb and a noun after "the" stays ("the bereaved").
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_LEAD = "Officials in Seoul and Pyongyang traded statements on Monday."

CASES: list[tuple[str, str, str]] = [
    (
        "The trade ministry in Sejong declined to give a figure on Tuesday, saying only that "
        'pear exports were "recovering slowly" after the frost.',
        "recovering slowly",
        "The trade ministry in Sejong",
    ),
    (
        "About 60 owners of small noodle shops rallied outside the county hall on Monday and "
        'chanted, "Flour prices down now!"',
        "Flour prices down now",
        "owners of small noodle shops",
    ),
    (
        "Rep. Ko Ha-neul of the minor opposition party confronted the minister with a chart, "
        'saying the ferry had sailed late. "You knew that."',
        "You knew that",
        "Rep. Ko Ha-neul of the minor opposition party",
    ),
    (
        "Ha Seon-mi, a cook at a canteen in Mokpo where a dozen sailors dined, told us the "
        'stew was "salty but honest."',
        "salty but honest",
        "Ha Seon-mi, a cook at a canteen in Mokpo where a dozen sailors dined",
    ),
]


@pytest.mark.parametrize(("paragraph", "piece", "shown"), CASES)
def test_the_panel_shows_no_verb_read_past_the_phrase(
    paragraph: str, piece: str, shown: str
) -> None:
    found = [q for q in extract_quotes("Statements", [_LEAD, paragraph]) if piece in q.text]
    assert len(found) == 1
    assert found[0].speaker == shown
