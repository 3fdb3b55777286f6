"""When the article pane shows a page's summary above the text: only when it adds something."""

from __future__ import annotations

import pytest

from herald_tui.tui.widgets.article import _adds_to

LEAD = (
    "Health Minister Choi Min-jae (최민재) on Monday asked the Korea Medical Association "
    "(KMA) to return to talks, a day after trainee doctors walked out."
)


@pytest.mark.parametrize(
    "summary",
    [
        LEAD,
        # the page's description without the Hangul name and the acronym the text gives
        "Health Minister Choi Min-jae on Monday asked the Korea Medical Association to return "
        "to talks, a day after trainee doctors walked out.",
        # the first sentence only, in other quotation marks and spacing
        "Health  Minister Choi Min-jae (최민재) on Monday asked the Korea Medical Association",
    ],
)
def test_a_summary_that_repeats_the_lead_is_not_shown(summary: str) -> None:
    assert not _adds_to(summary, (LEAD, "Second paragraph."))


@pytest.mark.parametrize(
    "summary",
    [
        "Trainee doctors walked out for a second week as talks stalled.",
        # the same words but a different name: an aside is dropped, not what surrounds it
        "Health Minister Kang Tae-ho on Monday asked the Korea Medical Association to return "
        "to talks, a day after trainee doctors walked out.",
    ],
)
def test_a_summary_that_says_something_else_is_shown(summary: str) -> None:
    assert _adds_to(summary, (LEAD, "Second paragraph."))


def test_a_summary_without_paragraphs_is_shown() -> None:
    assert _adds_to("A summary.", ())
    assert not _adds_to("", (LEAD,))
