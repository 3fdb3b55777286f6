"""Plain data shared by every part of herald-tui.

Everything here is a frozen, slotted dataclass (to a type checker; at run time a
:class:`herald_tui._frozen.Frozen` that behaves as one and is cheaper to import) holding only
strings, numbers, timezone-aware datetimes, tuples and other model objects, so values can be
hashed, cached and sent across threads freely. :func:`to_json` / :func:`from_json` (and the
``to_dict`` / ``from_dict`` pair underneath) serialise any model object and round-trip
exactly; datetimes are ISO 8601 strings with their UTC offset.

Strings in these objects come from the network. Parsers sanitise them
(:func:`herald_tui.text.clean`) before building a model object, but they are still untrusted
text: never feed them to a markup parser or a shell.
"""

from __future__ import annotations

import types
from datetime import datetime

from herald_tui._frozen import Frozen
from herald_tui._frozen import value_class as _model

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing is what this avoids
if TYPE_CHECKING:
    # typing and json load only when a model object is decoded or serialised: the quotation
    # panel imports this module with every article parser, and typing alone costs milliseconds
    from typing import Any, Literal, TypeVar


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with

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


@_model(frozen=True)
class Source(Frozen):
    """A news site served by one fetcher plugin."""

    __match_args__ = ("name", "title", "home")  # the fields, in order
    __slots__ = __match_args__

    name: str
    """Stable identifier, the plugin's name (``yonhap``, ``koreaherald``)."""
    title: str
    """Display name (``Yonhap News Agency``)."""
    home: str
    """Canonical home page URL."""

    def __init__(self, name: str, title: str, home: str) -> None:
        _set(self, "name", name)
        _set(self, "title", title)
        _set(self, "home", home)


@_model(frozen=True)
class Section(Frozen):
    """One section of a source: a headline list reachable by feed or list page."""

    __match_args__ = ("source", "id", "title", "feeds", "list_url")  # the fields, in order
    __slots__ = __match_args__

    source: str
    """The owning source's :attr:`Source.name`."""
    id: str
    """Identifier unique within the source (``national``, ``nk``)."""
    title: str
    """Display name (``North Korea``)."""
    feeds: tuple[str, ...]
    """Feed URLs to try in order; empty when the section has no feed."""
    list_url: str
    """The section's list page, used when no feed answers."""

    def __init__(
        self, source: str, id: str, title: str, feeds: tuple[str, ...] = (), list_url: str = ""
    ) -> None:
        _set(self, "source", source)
        _set(self, "id", id)
        _set(self, "title", title)
        _set(self, "feeds", feeds)
        _set(self, "list_url", list_url)

    @property
    def key(self) -> str:
        """``source/id``: unique across all sources."""
        return f"{self.source}/{self.id}"


@_model(frozen=True)
class Headline(Frozen):
    """One entry of a headline list (from a feed or a section page)."""

    __match_args__ = (
        "url",
        "title",
        "source",
        "section",
        "published",
        "summary",
        "thumbnail",
        "story_id",
        "revision",
    )  # the fields, in order
    __slots__ = __match_args__

    url: str
    """Canonical article URL (the cache key)."""
    title: str
    source: str
    """:attr:`Source.name` of the site."""
    section: str
    """:attr:`Section.id` the headline was listed under, when known."""
    published: datetime | None
    summary: str
    thumbnail: str
    """Image URL, or empty."""
    story_id: str
    """Identity of the story across revisions: two headlines with the same non-empty
    ``story_id`` are versions of one story (Yonhap's ``(LEAD)``, ``(2nd LD)``...)."""
    revision: int
    """Higher is newer among headlines sharing a ``story_id``."""

    def __init__(
        self,
        url: str,
        title: str,
        source: str,
        section: str = "",
        published: datetime | None = None,
        summary: str = "",
        thumbnail: str = "",
        story_id: str = "",
        revision: int = 0,
    ) -> None:
        _set(self, "url", url)
        _set(self, "title", title)
        _set(self, "source", source)
        _set(self, "section", section)
        _set(self, "published", published)
        _set(self, "summary", summary)
        _set(self, "thumbnail", thumbnail)
        _set(self, "story_id", story_id)
        _set(self, "revision", revision)


@_model(frozen=True)
class Photo(Frozen):
    """A photo of an article: where it is, what it shows, who took it."""

    __match_args__ = ("url", "caption", "credit", "paragraph")  # the fields, in order
    __slots__ = __match_args__

    url: str
    caption: str
    """Caption without the credit; empty when the page has none."""
    credit: str
    """The trailing credit as printed, brackets included: ``(Yonhap)``,
    ``(PHOTO NOT FOR SALE) (Yonhap)``; empty when there is none."""
    paragraph: int
    """Index of the paragraph the photo stands before (``len(paragraphs)`` = after the last)."""

    def __init__(self, url: str, caption: str = "", credit: str = "", paragraph: int = 0) -> None:
        _set(self, "url", url)
        _set(self, "caption", caption)
        _set(self, "credit", credit)
        _set(self, "paragraph", paragraph)


@_model(frozen=True)
class Video(Frozen):
    """An embedded video; shown as a titled link, never played."""

    __match_args__ = ("url", "title", "paragraph")  # the fields, in order
    __slots__ = __match_args__

    url: str
    title: str
    paragraph: int
    """Index of the paragraph the video stands before."""

    def __init__(self, url: str, title: str = "", paragraph: int = 0) -> None:
        _set(self, "url", url)
        _set(self, "title", title)
        _set(self, "paragraph", paragraph)


@_model(frozen=True)
class Link(Frozen):
    """A link with its text, e.g. a related story."""

    __match_args__ = ("url", "title")  # the fields, in order
    __slots__ = __match_args__

    url: str
    title: str

    def __init__(self, url: str, title: str) -> None:
        _set(self, "url", url)
        _set(self, "title", title)


@_model(frozen=True)
class Quote(Frozen):
    """A quotation in an article, with who said it (see :mod:`herald_tui.quotes`)."""

    __match_args__ = (
        "text",
        "speaker",
        "paragraph",
        "kind",
        "start",
        "end",
        "speaker_short",
        "last_paragraph",
    )  # the fields, in order
    __slots__ = __match_args__

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
    speaker_short: str | None
    """Short form of the speaker for compact display (the name alone)."""
    last_paragraph: int | None
    """For a quote running over several paragraphs, the index of its last paragraph (``end``
    is an offset in that one); None when the quote sits in one paragraph. ``text`` then joins
    the pieces with single spaces."""

    def __init__(
        self,
        text: str,
        speaker: str | None,
        paragraph: int | None,
        kind: QuoteKind,
        start: int,
        end: int,
        speaker_short: str | None = None,
        last_paragraph: int | None = None,
    ) -> None:
        _set(self, "text", text)
        _set(self, "speaker", speaker)
        _set(self, "paragraph", paragraph)
        _set(self, "kind", kind)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "speaker_short", speaker_short)
        _set(self, "last_paragraph", last_paragraph)


@_model(frozen=True)
class Article(Frozen):
    """A parsed article, as a reader expects to see it."""

    __match_args__ = (
        "url",
        "source",
        "section",
        "headline",
        "subheadline",
        "byline",
        "authors",
        "published",
        "updated",
        "summary",
        "photos",
        "paragraphs",
        "tags",
        "related",
        "quotes",
        "videos",
        "story_id",
        "revision",
        "email",
        "fallback",
        "parser",
        "warnings",
    )  # the fields, in order
    __slots__ = __match_args__

    url: str
    """Canonical URL (the cache key)."""
    source: str
    """:attr:`Source.name`."""
    section: str
    """The desk or section named by the page ("Politics"), or empty."""
    headline: str
    subheadline: str
    byline: str
    """As it should be displayed: "By Kim Min-ji", "Yonhap"; empty when unknown."""
    authors: tuple[str, ...]
    published: datetime | None
    updated: datetime | None
    summary: str
    photos: tuple[Photo, ...]
    paragraphs: tuple[str, ...]
    """Body text; a paragraph may hold ``\\n`` for tables kept as rows."""
    tags: tuple[str, ...]
    related: tuple[Link, ...]
    quotes: tuple[Quote, ...]
    videos: tuple[Video, ...]
    story_id: str
    """See :attr:`Headline.story_id`."""
    revision: int
    email: str
    """The reporter's address from the sign-off, when printed."""
    fallback: bool
    """True when the page's layout was not recognised and a generic parse was used."""
    parser: str
    """``plugin@version`` of the parser that produced this article."""
    warnings: tuple[str, ...]
    """Short phrases saying what looks wrong with this parse ("generic fallback used", "no
    published time"...; see :mod:`herald_tui.fetchers.quality`); empty for a clean parse.
    Articles cached before warnings existed read back with none."""

    def __init__(
        self,
        url: str,
        source: str,
        section: str,
        headline: str,
        subheadline: str = "",
        byline: str = "",
        authors: tuple[str, ...] = (),
        published: datetime | None = None,
        updated: datetime | None = None,
        summary: str = "",
        photos: tuple[Photo, ...] = (),
        paragraphs: tuple[str, ...] = (),
        tags: tuple[str, ...] = (),
        related: tuple[Link, ...] = (),
        quotes: tuple[Quote, ...] = (),
        videos: tuple[Video, ...] = (),
        story_id: str = "",
        revision: int = 0,
        email: str = "",
        fallback: bool = False,
        parser: str = "",
        warnings: tuple[str, ...] = (),
    ) -> None:
        _set(self, "url", url)
        _set(self, "source", source)
        _set(self, "section", section)
        _set(self, "headline", headline)
        _set(self, "subheadline", subheadline)
        _set(self, "byline", byline)
        _set(self, "authors", authors)
        _set(self, "published", published)
        _set(self, "updated", updated)
        _set(self, "summary", summary)
        _set(self, "photos", photos)
        _set(self, "paragraphs", paragraphs)
        _set(self, "tags", tags)
        _set(self, "related", related)
        _set(self, "quotes", quotes)
        _set(self, "videos", videos)
        _set(self, "story_id", story_id)
        _set(self, "revision", revision)
        _set(self, "email", email)
        _set(self, "fallback", fallback)
        _set(self, "parser", parser)
        _set(self, "warnings", warnings)

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
        # The fields in order: what dataclasses.fields() would give, without making the
        # class's dataclass twin (generated and compiled: _frozen.py) for it.
        names: tuple[str, ...] = cls.__match_args__
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
