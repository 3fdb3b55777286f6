"""Round 123's battery: invented descriptions of a body of its kind, and near misses.

On s24 (3fa70a6) 5 of the 10 fail (every description named before); after the round, none.
The snippets are those of :mod:`tests.quotes.test_round123`.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import shorts
from tests.quotes.test_round123 import NAMED_BEFORE, NEAR_MISSES


@pytest.mark.parametrize(("paragraphs", "speakers"), NAMED_BEFORE + NEAR_MISSES)
def test_battery(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers
