"""Round three of issue 13: classes of newswire shapes read on the tuning splits and in the
issue's list, each pinned by invented examples (no sentence or name comes from the corpus)
and by near misses that must keep their reading. No speaker rather than a wrong one; a term
never has a speaker."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from herald_tui.model import Quote
from herald_tui.quotes import extract_quotes


def quotes(*paragraphs: str, headline: str = "Headline") -> tuple[Quote, ...]:
    return extract_quotes(headline, paragraphs)


def speakers(found: Sequence[Quote]) -> dict[str, str | None]:
    return {q.text: q.speaker_short for q in found}


# --- a long run of descriptors before a titled name --------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "South Korea's under-19 women's volleyball head coach",
        "South Korea's women's volleyball head coach",
        "the national under-19 women's volleyball head coach",
    ],
)
def test_a_long_descriptor_run_still_titles_the_name(title: str) -> None:
    lede = (
        f"SEOUL, Nov. 3 (Yonhap) -- {title} Ahn Soo-bin (안수빈) said Monday her team was "
        '"ready for anyone" at the tournament.'
    )
    found = quotes(lede, headline="Coach Ahn says team 'ready for anyone'")
    assert [q.speaker_short for q in found] == ["Ahn Soo-bin", "Ahn Soo-bin"]


def test_a_long_titled_object_is_not_the_speaker() -> None:
    paragraph = (
        "Kim Ye-rin said she had met South Korea's under-19 women's volleyball head coach "
        'Ahn Soo-bin and found her "ready for anyone."'
    )
    assert speakers(quotes(paragraph)) == {"ready for anyone.": "Kim Ye-rin"}
