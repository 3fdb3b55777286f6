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

__all__ = [
    "Body",
    "byline",
    "is_date_line",
    "person_names",
    "split_names",
    "take_leading_byline",
]

# A reporter's name as printed: "Kim Hyo-jin", "Lee Haye-ah", "Ock Hyun-ju", "홍길동".
_NAME = re.compile(r"^(?:[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,4}|[\uac00-\ud7a3]{2,5})$")
# A person's name in Latin script: what structured data must hold to be shown as a byline.
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){1,4}$")
# Words that make a "name" an outlet or a desk rather than a person ("The Korea Herald",
# "Yonhap News Agency", "Digital Desk", "Staff Reporter").
_NOT_PERSON = re.compile(
    r"\b(?:the|herald|yonhap|news|newsroom|agency|desk|staff|editor(?:ial|s)?|team|corp|"
    r"press|media|reporters?|online|digital|wire|service|times)\b",
    re.I,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_STAMP = (
    rf"(?:(?:\d{{1,2}}:\d{{2}}\s+)?{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}})"
    r"(?:\s*[-,T]?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?(?:\s*\(?KST\)?)?"
)
_LABEL = r"(?:published|updated|posted|modified|last\s+updated|date|input|edited)\s*:?\s*"
# "Published : March 3, 2024 - 14:05", "Updated : Aug 26, 2020 - 20:36", "2024.03.03 14:05".
_DATE_LINE = re.compile(rf"^(?:\|?\s*(?:{_LABEL})?{_STAMP}\s*)+$", re.I)
_BY_LINE = re.compile(r"^By\s+(.+)$")
P = TypeVar("P", Photo, Video)
_NAMES_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


@dataclass
class Body:
    """Paragraphs, photos and videos of one article, collected in document order."""

    paragraphs: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    videos: list[Video] = field(default_factory=list)

    def paragraph(self, text: str) -> None:
        """Append a cleaned paragraph; empty text is no paragraph, and neither is a line that
        only repeats the date (``Published : March 3, 2024 - 14:05``)."""
        if text and not is_date_line(text):
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


def person_names(names: list[str]) -> list[str]:
    """The names from structured data (JSON-LD ``author``) that can be shown as a byline:
    all of them when every one is a person's name in Latin script, else ``[]``. A desk, a
    URL, the outlet or a name in Hangul (Yonhap's ``meta author`` is an editor's or a desk's,
    never the page's byline) is no byline."""
    if names and all(_LATIN_NAME.match(n) and not _NOT_PERSON.search(n) for n in names):
        return list(names)
    return []


def is_date_line(text: str) -> bool:
    """True for text that only repeats the article's date or times, with or without labels
    (``Published : Aug 26, 2020 - 15:44 Updated : Aug 26, 2020 - 20:36``)."""
    if "\n" not in text:  # one line (most paragraphs): no list to build
        line = text.strip()
        return 0 < len(line) < 120 and _DATE_LINE.match(line) is not None
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return bool(lines) and all(len(line) < 120 and _DATE_LINE.match(line) for line in lines)


def take_leading_byline(body: Body, limit: int = 2) -> list[str]:
    """Remove a ``By Name`` paragraph among the first ``limit`` paragraphs; return the names
    (``[]`` and the body untouched when there is none)."""
    for index, text in enumerate(body.paragraphs[:limit]):
        match = _BY_LINE.match(text.replace("\n", " "))
        names = split_names(match[1]) if match else []
        if names:
            body.drop(index)
            return names
    return []
