"""Plain data shared by every part of herald-tui.

Everything here is a frozen, slotted dataclass holding only strings, numbers, timezone-aware
datetimes, tuples and other model objects, so values can be hashed, cached and sent across
threads freely. :func:`to_json` / :func:`from_json` (and the ``to_dict`` / ``from_dict`` pair
underneath) serialise any model object and round-trip exactly; datetimes are ISO 8601 strings
with their UTC offset.

Strings in these objects come from the network. Parsers sanitise them
(:func:`herald_tui.text.clean`) before building a model object, but they are still untrusted
text: never feed them to a markup parser or a shell.
"""

from __future__ import annotations

import dataclasses
import types
from dataclasses import dataclass
from datetime import datetime

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing is what this avoids
if TYPE_CHECKING:
    # typing and json load only when a model object is decoded or serialised: the quotation
    # panel imports this module with every article parser, and typing alone costs milliseconds
    from typing import Any, Literal, TypeVar

__all__ = [
    "Article",
    "Headline",
    "Link",
    "Photo",
    "Quote",
    "QuoteKind",
    "Section",
    "Source",
    "Video",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]

if TYPE_CHECKING:
    QuoteKind = Literal["full", "partial"]
else:
    QuoteKind = str  # what a type checker reads above; at run time a kind is a plain str
"""``full``: a quoted sentence or more; ``partial``: a fragment quoted inside narration."""


@dataclass(frozen=True, slots=True)
class Source:
    """A news site served by one fetcher plugin."""

    name: str
    """Stable identifier, the plugin's name (``yonhap``, ``koreaherald``)."""
    title: str
    """Display name (``Yonhap News Agency``)."""
    home: str
    """Canonical home page URL."""


@dataclass(frozen=True, slots=True)
class Section:
    """One section of a source: a headline list reachable by feed or list page."""

    source: str
    """The owning source's :attr:`Source.name`."""
    id: str
    """Identifier unique within the source (``national``, ``nk``)."""
    title: str
    """Display name (``North Korea``)."""
    feeds: tuple[str, ...] = ()
    """Feed URLs to try in order; empty when the section has no feed."""
    list_url: str = ""
    """The section's list page, used when no feed answers."""

    @property
    def key(self) -> str:
        """``source/id``: unique across all sources."""
        return f"{self.source}/{self.id}"


@dataclass(frozen=True, slots=True)
class Headline:
    """One entry of a headline list (from a feed or a section page)."""

    url: str
    """Canonical article URL (the cache key)."""
    title: str
    source: str
    """:attr:`Source.name` of the site."""
    section: str = ""
    """:attr:`Section.id` the headline was listed under, when known."""
    published: datetime | None = None
    summary: str = ""
    thumbnail: str = ""
    """Image URL, or empty."""
    story_id: str = ""
    """Identity of the story across revisions: two headlines with the same non-empty
    ``story_id`` are versions of one story (Yonhap's ``(LEAD)``, ``(2nd LD)``...)."""
    revision: int = 0
    """Higher is newer among headlines sharing a ``story_id``."""


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo of an article: where it is, what it shows, who took it."""

    url: str
    caption: str = ""
    """Caption without the credit; empty when the page has none."""
    credit: str = ""
    """The trailing credit as printed, brackets included: ``(Yonhap)``,
    ``(PHOTO NOT FOR SALE) (Yonhap)``; empty when there is none."""
    paragraph: int = 0
    """Index of the paragraph the photo stands before (``len(paragraphs)`` = after the last)."""


@dataclass(frozen=True, slots=True)
class Video:
    """An embedded video; shown as a titled link, never played."""

    url: str
    title: str = ""
    paragraph: int = 0
    """Index of the paragraph the video stands before."""


@dataclass(frozen=True, slots=True)
class Link:
    """A link with its text, e.g. a related story."""

    url: str
    title: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in an article, with who said it (see :mod:`herald_tui.quotes`)."""

    text: str
    """The quoted words, without the quote marks."""
    speaker: str | None
    """Fullest form of the speaker ("Kim Min-ji, a professor at Korea University"), or None
    when the article does not make the speaker clear."""
    paragraph: int | None
    """Index into :attr:`Article.paragraphs`; None for a quote in the headline."""
    kind: QuoteKind
    start: int
    """Offset of the first quoted character in the paragraph (or headline) text."""
    end: int
    """Offset just past the last quoted character, in the last paragraph of the quote:
    ``text == paragraphs[paragraph][start:end]`` for a quote within one paragraph."""
    speaker_short: str | None = None
    """Short form of the speaker for compact display (the name alone)."""
    last_paragraph: int | None = None
    """For a quote running over several paragraphs, the index of its last paragraph (``end``
    is an offset in that one); None when the quote sits in one paragraph. ``text`` then joins
    the pieces with single spaces."""


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article, as a reader expects to see it."""

    url: str
    """Canonical URL (the cache key)."""
    source: str
    """:attr:`Source.name`."""
    section: str
    """The desk or section named by the page ("Politics"), or empty."""
    headline: str
    subheadline: str = ""
    byline: str = ""
    """As it should be displayed: "By Kim Min-ji", "Yonhap"; empty when unknown."""
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    updated: datetime | None = None
    summary: str = ""
    photos: tuple[Photo, ...] = ()
    paragraphs: tuple[str, ...] = ()
    """Body text; a paragraph may hold ``\\n`` for tables kept as rows."""
    tags: tuple[str, ...] = ()
    related: tuple[Link, ...] = ()
    quotes: tuple[Quote, ...] = ()
    videos: tuple[Video, ...] = ()
    story_id: str = ""
    """See :attr:`Headline.story_id`."""
    revision: int = 0
    email: str = ""
    """The reporter's address from the sign-off, when printed."""
    fallback: bool = False
    """True when the page's layout was not recognised and a generic parse was used."""
    parser: str = ""
    """``plugin@version`` of the parser that produced this article."""
    warnings: tuple[str, ...] = ()
    """Short phrases saying what looks wrong with this parse ("generic fallback used", "no
    published time"...; see :mod:`herald_tui.fetchers.quality`); empty for a clean parse.
    Articles cached before warnings existed read back with none."""

    @property
    def word_count(self) -> int:
        """Words in the body."""
        return sum(len(p.split()) for p in self.paragraphs)


Model = Source | Section | Headline | Photo | Video | Link | Quote | Article
if TYPE_CHECKING:
    M = TypeVar("M", bound=Model)

_CLASSES: dict[str, type[Any]] = {
    cls.__name__: cls for cls in (Source, Section, Headline, Photo, Video, Link, Quote, Article)
}


def to_dict(obj: Model) -> dict[str, Any]:
    """Return a JSON-ready dict of a model object (datetimes become ISO 8601 strings)."""
    return {f.name: _encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def from_dict(cls: type[M], data: dict[str, Any]) -> M:
    """Build a ``cls`` from :func:`to_dict` output. Missing optional fields take defaults;
    unknown keys raise ``ValueError`` (a sign of a mismatched format)."""
    hints = _hints(cls)
    unknown = set(data) - set(hints)
    if unknown:
        raise ValueError(f"{cls.__name__}: unknown field(s) {sorted(unknown)}")
    return cls(**{name: _decode(hints[name], value) for name, value in data.items()})


def _hints(cls: type[Any]) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        import typing

        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _decode(hint: Any, value: Any) -> Any:
    import typing  # loaded already by _hints: a dictionary lookup

    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _decode(inner[0], value)
    if origin is tuple:
        (item, _ellipsis) = typing.get_args(hint)
        return tuple(_decode(item, v) for v in value)
    if hint is datetime:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError(f"datetime without a UTC offset: {value!r}")
        return parsed
    if isinstance(hint, type) and hint.__name__ in _CLASSES:
        return from_dict(hint, value)
    return value


def to_json(obj: Model, *, indent: int | None = None) -> str:
    """Serialise a model object to JSON text (UTF-8, not ASCII-escaped)."""
    import json

    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(cls: type[M], text: str | bytes) -> M:
    """Parse :func:`to_json` output back into a ``cls``."""
    import json

    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"{cls.__name__}: expected a JSON object")
    return from_dict(cls, data)
