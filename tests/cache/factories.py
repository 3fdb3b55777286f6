"""Invented articles and headlines for the store's tests (no real reporting)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from herald_tui.model import Article, Headline, Photo, Quote, Video

KST = timezone(timedelta(hours=9))
WHEN = datetime(2024, 7, 10, 9, 28, tzinfo=KST)

SENTENCES = (
    "The Ministry of Economy and Finance said exports rose 8.2 percent from a year earlier.",
    "Officials in Sejong said they would review the figures with the central bank next week.",
    "Analysts expect chip shipments to remain strong through the second half of the year.",
    "The opposition party called the budget plan premature and demanded a hearing.",
    "More than 3,000 people gathered in central Seoul on Saturday to watch the parade.",
)


def body(words: int, topic: str = "") -> tuple[str, ...]:
    """Paragraphs of newswire sentences holding exactly ``words`` words (0 gives none)."""
    pool = (f"{topic} " if topic else "").split() + " ".join(SENTENCES * (words // 60 + 1)).split()
    chosen = pool[:words]
    return tuple(" ".join(chosen[i : i + 40]) for i in range(0, len(chosen), 40))


def article(
    n: int = 1,
    *,
    words: int = 120,
    headline: str = "",
    topic: str = "",
    source: str = "yonhap",
    parser: str = "yonhap@1",
    published: datetime | None = WHEN,
    **changes: object,
) -> Article:
    """Article number ``n`` with a body of about ``words`` words."""
    paragraphs = body(words, topic)
    quotes: tuple[Quote, ...] = ()
    if paragraphs:
        paragraphs = (*paragraphs, '"We are watching the market closely," Kim Min-ji said.')
        quotes = (
            Quote(
                "We are watching the market closely",
                "Kim Min-ji",
                len(paragraphs) - 1,
                "full",
                1,
                35,
                "Kim",
            ),
        )
    fields: dict[str, object] = {
        "url": f"https://en.yna.co.kr/view/AEN20240710{n:06d}315",
        "source": source,
        "section": "Economy",
        "headline": headline or f"Exports rise for 9th month, article {n}",
        "published": published,
        "paragraphs": paragraphs,
        "photos": (
            Photo(
                f"https://img.yna.co.kr/{n}.jpg", "Containers stacked at Busan port.", "(Yonhap)", 0
            ),
        ),
        "videos": (Video(f"https://www.youtube.com/watch?v={n}", "Port footage", 1),),
        "quotes": quotes,
        "parser": parser,
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def headline(
    n: int,
    *,
    published: datetime | None = WHEN,
    story_id: str = "",
    revision: int = 0,
    section: str = "economy",
) -> Headline:
    """Headline number ``n`` (same URL scheme as :func:`article`)."""
    return Headline(
        url=f"https://en.yna.co.kr/view/AEN20240710{n:06d}315",
        title=f"Headline {n}",
        source="yonhap",
        section=section,
        published=published,
        story_id=story_id,
        revision=revision,
    )
