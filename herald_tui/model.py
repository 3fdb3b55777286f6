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

if TYPE_CHECKING:
    from collections.abc import Callable

    Convert = Callable[[Any], Any]


def to_dict(obj: Model) -> dict[str, Any]:
    """Return a JSON-ready dict of a model object (datetimes become ISO 8601 strings)."""
    return _codec(type(obj)).encode(obj)


def from_dict(cls: type[M], data: dict[str, Any]) -> M:
    """Build a ``cls`` from :func:`to_dict` output. Missing optional fields take defaults;
    unknown keys raise ``ValueError`` (a sign of a mismatched format)."""
    return _codec(cls).decode(data)  # type: ignore[no-any-return]


class _Codec:
    """How one model class goes to and from JSON-ready dicts, worked out once from its type
    hints: which fields need converting (datetimes, tuples, nested model objects) and how.

    Opening an article decodes one of these from the cache on the app's loop; looking at
    each field's type hint again for every value was most of the time (docs/PERFORMANCE.md).
    """

    __slots__ = ("cls", "decoders", "encoders", "plain")

    def __init__(self, cls: type[Any]) -> None:
        import typing

        self.cls = cls
        hints = typing.get_type_hints(cls)
        names = [f.name for f in dataclasses.fields(cls)]
        converters = {name: _converters(hints[name]) for name in names}
        self.encoders = tuple((name, converters[name][0]) for name in names)
        """Each field in order (the order of the JSON's keys) with its encoder."""
        self.decoders = {name: converters[name][1] for name in names}
        self.plain = all(decode is None for decode in self.decoders.values())
        """True when no field needs converting: a dict of the right keys is the arguments."""

    def encode(self, obj: Any) -> dict[str, Any]:
        return {
            name: value if encode is None or value is None else encode(value)
            for name, encode in self.encoders
            for value in (getattr(obj, name),)
        }

    def decode(self, data: Any) -> Any:
        if not isinstance(data, dict):
            raise ValueError(f"{self.cls.__name__}: expected a JSON object")
        decoders = self.decoders
        if not decoders.keys() >= data.keys():
            unknown = sorted(set(data) - set(decoders))
            raise ValueError(f"{self.cls.__name__}: unknown field(s) {unknown}")
        if self.plain:
            return self.cls(**data)
        return self.cls(
            **{
                name: value
                if (decode := decoders[name]) is None or value is None
                else decode(value)
                for name, value in data.items()
            }
        )


def _codec(cls: type[Any]) -> _Codec:
    codec = _CODECS.get(cls)
    if codec is None:
        codec = _CODECS[cls] = _Codec(cls)
    return codec


_CODECS: dict[type[Any], _Codec] = {}


def _converters(hint: Any) -> tuple[Convert | None, Convert | None]:
    """``(encode, decode)`` for a field of type ``hint``; None where the JSON value is the
    value itself (strings, numbers, booleans). Neither is called for None."""
    import typing

    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _converters(inner[0])
    if origin is tuple:
        (item, _ellipsis) = typing.get_args(hint)
        encode, decode = _converters(item)
        if encode is None and decode is None:
            return list, tuple
        return _each(encode, list), _each(decode, tuple)
    if hint is datetime:
        return datetime.isoformat, _datetime
    if isinstance(hint, type) and hint.__name__ in _CLASSES:
        codec = _codec(hint)
        return codec.encode, codec.decode
    return None, None


def _each(convert: Convert | None, collect: Convert) -> Convert:
    """A converter of a sequence, item by item (None items are kept as None)."""

    def each(values: Any) -> Any:
        return collect(None if v is None or convert is None else convert(v) for v in values)

    return each


def _datetime(value: Any) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"datetime without a UTC offset: {value!r}")
    return parsed


def to_json(obj: Model, *, indent: int | None = None) -> str:
    """Serialise a model object to JSON text (UTF-8, not ASCII-escaped)."""
    import json

    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(cls: type[M], text: str | bytes) -> M:
    """Parse :func:`to_json` output back into a ``cls``."""
    import json

    return from_dict(cls, json.loads(text))  # from_dict refuses anything but an object
