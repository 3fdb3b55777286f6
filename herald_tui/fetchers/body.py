"""Building an article body in reading order, and the byline and sign-off conventions of
news copy that both sites share.

A plugin walks its story container once, calling :meth:`Body.paragraph`, :meth:`Body.photo`
and :meth:`Body.video` in document order; photos and videos are placed by the number of
paragraphs before them. Removing a paragraph afterwards (a byline, a sign-off) with
:meth:`Body.drop` keeps those places right.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import TypeVar

from herald_tui.model import Photo, Video
from herald_tui.text import clean_line, split_credit

__all__ = ["Body", "byline", "split_names"]

# A reporter's name as printed: "Kim Hyo-jin", "Lee Haye-ah", "Ock Hyun-ju", "홍길동".
_NAME = re.compile(r"^(?:[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,4}|[\uac00-\ud7a3]{2,5})$")
P = TypeVar("P", Photo, Video)
_NAMES_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


@dataclass
class Body:
    """Paragraphs, photos and videos of one article, collected in document order."""

    paragraphs: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    videos: list[Video] = field(default_factory=list)

    def paragraph(self, text: str) -> None:
        """Append a cleaned paragraph; empty text is no paragraph."""
        if text:
            self.paragraphs.append(text)

    def photo(self, url: str, caption: str) -> None:
        """Place a photo here; ``caption`` (credit included) is split with
        :func:`~herald_tui.text.split_credit`. A photo without a URL is dropped."""
        if url:
            text, credit = split_credit(clean_line(caption))
            self.photos.append(Photo(url, text, credit, len(self.paragraphs)))

    def video(self, url: str, title: str) -> None:
        """Place a video here; one without a URL is dropped."""
        if url:
            self.videos.append(Video(url, clean_line(title), len(self.paragraphs)))

    def drop(self, index: int) -> str:
        """Remove and return paragraph ``index``, moving later photos and videos up one."""
        text = self.paragraphs.pop(index)
        self.photos = [_shift(p, index) for p in self.photos]
        self.videos = [_shift(v, index) for v in self.videos]
        return text


def _shift(item: P, index: int) -> P:
    return (
        item if item.paragraph <= index else dataclasses.replace(item, paragraph=item.paragraph - 1)
    )


def split_names(text: str) -> list[str]:
    """Reporter names from a byline without its "By " (``"Kim A and Lee B"``), or ``[]``
    if any part does not read like a name (so "By the end of the year, ..." is no byline)."""
    names = [n.strip() for n in _NAMES_SEPARATOR.split(clean_line(text))]
    if not names or not all(_NAME.match(n) for n in names):
        return []
    return names


def byline(authors: tuple[str, ...] | list[str]) -> str:
    """``"By A and B"``, or ``""`` without authors."""
    return "By " + " and ".join(authors) if authors else ""
