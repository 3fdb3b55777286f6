"""Sync: fetch section lists and the articles behind them into the cache for offline reading.

The work is shared by ``herald-tui sync`` and the app. Sections are refreshed together, their
articles fetched together (the HTTP client keeps each host to its connection limit), and every
article is stored as soon as it arrives, so an interrupted sync keeps what it fetched. With
``photos``, each article's lead photo is fetched into the photo cache too (checked by decoding
it, like any photo), so that it can be shown offline.

One section or article that fails, even with an exception nobody foresaw (a bug, a value
no check expected), is reported as failed with a one-line reason and the sync goes on: one
hostile response must not cost every other section.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from herald_tui.errors import HeraldError
from herald_tui.library import Library, ProgressEvent
from herald_tui.model import Article, Section
from herald_tui.text import clean_line

__all__ = ["LEAD_PHOTO_BOX", "SyncReport", "sync"]

LEAD_PHOTO_BOX = (320, 320)
"""Pixels a synced lead photo is decoded to: only to check it is a photo worth caching."""


@dataclass
class SyncReport:
    """What a sync did so far; filled in as it goes, so it is complete even if interrupted."""

    sections: list[str] = field(default_factory=list)
    """Keys of the sections whose lists were updated."""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    """(section key or article URL, one-line reason)."""
    interrupted: bool = False
    photos: int | None = None
    """Lead photos fetched (or already cached); None when photos were not asked for."""

    @property
    def fetched_anything(self) -> bool:
        """False when every section and every article failed."""
        return bool(self.sections or self.new or self.updated or self.unchanged)

    def summary(self) -> str:
        """One line: ``3 sections; 12 new, 2 updated, 30 unchanged, 1 failed``."""
        head = "interrupted: " if self.interrupted else ""
        return (
            f"{head}{len(self.sections)} section{'s' if len(self.sections) != 1 else ''}; "
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed"
            + (
                f"; {self.photos} lead photo{'s' if self.photos != 1 else ''}"
                if self.photos is not None
                else ""
            )
        )


async def sync(
    library: Library,
    sections: Sequence[Section],
    limit: int,
    report: SyncReport,
    progress: Callable[[ProgressEvent], None] | None = None,
    *,
    photos: bool = False,
) -> SyncReport:
    """Refresh ``sections`` and fetch up to ``limit`` newest articles of each into the cache;
    with ``photos``, each article's lead photo into the photo cache."""
    if photos:
        report.photos = report.photos or 0
    urls: dict[str, None] = {}  # ordered set: a story listed in two sections is fetched once
    lists = await asyncio.gather(*(_refresh(library, s, report, progress) for s in sections))
    for listed in lists:
        urls.update(dict.fromkeys(listed[:limit]))
    total = len(urls)
    done = 0

    async def one(url: str) -> None:
        nonlocal done
        try:
            article, status = await library.fetch_article(url)
        except Exception as e:  # any one article: see the module docstring
            report.failed.append((url, _reason(e)))
        else:
            setattr(report, status, getattr(report, status) + 1)
            if photos and article.photos:
                await _lead_photo(library, article, report)
        done += 1
        if progress is not None:
            progress(ProgressEvent(f"{done}/{total} articles", done, total))

    await asyncio.gather(*(one(url) for url in urls))
    return report


async def _lead_photo(library: Library, article: Article, report: SyncReport) -> None:
    """Fetch (unless cached) and check the article's first photo; a failure is reported."""
    url = article.photos[0].url
    try:
        if not library.photo_cached(url):
            await library.photo(url, article.source, LEAD_PHOTO_BOX)
    except Exception as e:  # any one photo: see the module docstring
        report.failed.append((url, _reason(e)))
    else:
        report.photos = (report.photos or 0) + 1


async def _refresh(
    library: Library,
    section: Section,
    report: SyncReport,
    progress: Callable[[ProgressEvent], None] | None,
) -> list[str]:
    """The section's article URLs, newest first, or [] when its list could not be fetched."""
    try:
        listed = await library.refresh(section.key, progress)
    except Exception as e:  # any one section: see the module docstring
        report.failed.append((section.key, _reason(e)))
        return []
    report.sections.append(section.key)
    return [row.headline.url for row in listed]


def _reason(error: Exception) -> str:
    """One clean line: a HeraldError's own message, else the exception named."""
    if isinstance(error, HeraldError):
        return clean_line(str(error))
    return clean_line(f"internal error: {type(error).__name__}: {error}")
