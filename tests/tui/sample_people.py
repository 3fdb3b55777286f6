"""Invented articles quoting the same people over two months, for People (issue 18): who is
quoted most depends on the period (Park Ji-won leads today, Kim Yeong-ho over 7 days), a
name and a quotation are in Hangul, one speaker is anonymous and one article is hostile.
Quotations are written out by hand (not extracted), so the tests do not follow the
extractor's rules. Times are relative to :data:`~tests.tui.sample_news.NOW` (July 10, 2024,
15:00 KST)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from herald_tui.model import Article, Quote
from tests.tui.sample_news import KH, KST, YNA, at, quoted
from tests.tui.sample_site import SampleNews, sample_news_library

__all__ = ["ARTICLES", "HOSTILE_NAME", "KIM", "PARK", "people_library"]

KIM = "Unification Minister Kim Yeong-ho"
PARK = "Park Ji-won, a professor at Seoul National University"
HOSTILE_NAME = "[b]Mallory[/b] Han"


def _article(url: str, source: str, when: datetime, headline: str, *paragraphs: str) -> Article:
    return Article(
        url=url,
        source=source,
        section="North Korea",
        headline=headline,
        published=when,
        paragraphs=paragraphs,
    )


def _with(article: Article, *quotes: Quote) -> Article:
    return dataclasses.replace(article, quotes=quotes)


_TODAY = _article(
    YNA + "AEN20240710009900315",
    "yonhap",
    at(10, 0),
    "Minister Kim: '대화' is the only way to peace",
    "SEOUL, July 10 (Yonhap) -- Unification Minister Kim Yeong-ho (김영호) said Wednesday that "
    'dialogue remains "the only way" to peace.',
    '"We will keep the door open, whatever the North says," Kim told reporters.',
    '"The only question is when," said Park Ji-won, a professor at Seoul National University.',
    '"Talks are not a reward," Park added.',
    'Park said the talks "cannot wait for another crisis."',
    '"Peace first," read a banner outside the ministry.',
)
TODAY = _with(
    _TODAY,
    quoted(_TODAY, 0, "the only way", KIM, "Kim Yeong-ho", "partial"),
    quoted(_TODAY, 1, "We will keep the door open, whatever the North says,", KIM, "Kim Yeong-ho"),
    quoted(_TODAY, 2, "The only question is when,", PARK, "Park Ji-won"),
    quoted(_TODAY, 3, "Talks are not a reward,", PARK, "Park Ji-won"),
    quoted(_TODAY, 4, "cannot wait for another crisis.", PARK, "Park Ji-won", "partial"),
    quoted(_TODAY, 5, "Peace first,", None),
)

_SUNDAY = _article(
    KH + "10002001",
    "koreaherald",
    at(9, 0, day=7),
    "Sanctions stay until talks resume, Kim says",
    "Kim Yeong-ho said on Sunday that sanctions would stay until the North returned to talks.",
    "“Pressure and dialogue go together,” Kim said. “Neither works alone.”",
    "“정 is what keeps families together,” said Lee Hyo-jin (이효진), 91, who was separated "
    "from her brother in 1951.",
)
SUNDAY = _with(
    _SUNDAY,
    quoted(_SUNDAY, 1, "Pressure and dialogue go together,", "Kim Yeong-ho", "Kim Yeong-ho"),
    quoted(_SUNDAY, 1, "Neither works alone.", "Kim Yeong-ho", "Kim Yeong-ho"),
    quoted(_SUNDAY, 2, "정 is what keeps families together,", "Lee Hyo-jin", "Lee Hyo-jin"),
)

_JUNE = _article(
    YNA + "AEN20240620004400315",
    "yonhap",
    datetime(2024, 6, 20, 11, 0, tzinfo=KST),
    "Unification ministry to rename itself, minister says",
    "SEOUL, June 20 (Yonhap) -- The unification ministry will get a new name next year.",
    '"A name is a promise," Unification Minister Kim Yeong-ho said.',
    '"Nothing is decided yet," a senior official said.',
)
JUNE = _with(
    _JUNE,
    quoted(_JUNE, 1, "A name is a promise,", KIM, "Kim Yeong-ho"),
    quoted(_JUNE, 2, "Nothing is decided yet,", "a senior official", "senior official"),
)

_MAY = _article(
    KH + "10001001",
    "koreaherald",
    datetime(2024, 5, 11, 16, 0, tzinfo=KST),
    "Lawmaker Kim to lead unification ministry",
    "Lawmaker Kim Yeong-ho was named unification minister on Saturday.",
    "“I will listen before I speak,” lawmaker Kim Yeong-ho said.",
)
MAY = _with(
    _MAY,
    quoted(_MAY, 1, "I will listen before I speak,", "lawmaker Kim Yeong-ho", "Kim Yeong-ho"),
)

_HOSTILE = _article(
    YNA + "AEN20240710009800315",
    "yonhap",
    at(12, 0),
    "A story whose speaker and quotation look like markup",
    '"[@click=app.quit]Quit[/] now," said [b]Mallory[/b] Han, a [red]tester[/red].',
)
HOSTILE = _with(
    _HOSTILE,
    quoted(
        _HOSTILE,
        0,
        "[@click=app.quit]Quit[/] now,",
        f"{HOSTILE_NAME}, a [red]tester[/red]",
        HOSTILE_NAME,
    ),
)

ARTICLES = (TODAY, SUNDAY, JUNE, MAY, HOSTILE)
"""Kim Yeong-ho: 2 today, 4 in 7 days, 5 in 30 days, 6 in all; Park Ji-won: 3, all today."""


def people_library(*, articles: tuple[Article, ...] = ARTICLES) -> SampleNews:
    """The real library, offline, over an in-memory store holding ``articles`` (and the
    sample news's lists, whose articles are not cached: only these are quoted)."""
    return sample_news_library(offline=True, articles=articles)
