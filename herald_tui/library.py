"""The reading service the app and the commands use: cache first, network when allowed.

:class:`Library` is the one API between the user interfaces (the Textual app, ``sync``,
``read``, ``headlines``, ``search``) and the core (plugin registry, HTTP client, SQLite store).
It is a protocol so that the user interfaces depend on what it promises, not on how the
real implementation (:class:`~herald_tui.services.NewsLibrary`: registry, HTTP client and
store) keeps those promises.

Threading: every method runs on the caller's event loop thread. Blocking work that can take
long (parsing a hostile page) is pushed to a thread by the implementation; store calls are
short. Network failures raise :class:`~herald_tui.errors.HeraldError` subclasses whose message
is one line naming the URL and the cause.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Protocol

from herald_tui._frozen import Frozen, value_class
from herald_tui.errors import NotCachedError, OfflineError, SearchError
from herald_tui.fetchers.fetch_errors import NoNetwork
from herald_tui.model import Article, Quote, Section, Source
from herald_tui.results import ListedHeadline, Person, SaidQuote, SearchHit

if TYPE_CHECKING:  # the photo modules load with the first photo (docs/PERFORMANCE.md)
    from herald_tui.photos.decode import DecodedPhoto

# The result types and errors are re-exported: they are part of this API.
__all__ = [
    "ArticleStatus",
    "Library",
    "ListedHeadline",
    "NoNetwork",
    "NotCachedError",
    "OfflineError",
    "Person",
    "Progress",
    "ProgressEvent",
    "SaidQuote",
    "SearchError",
    "SearchHit",
]


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with


@value_class(frozen=True)
class ProgressEvent(Frozen):
    """What a long operation is doing, for a status bar or progress line."""

    __match_args__ = ("message", "done", "total", "retry_in")  # the fields, in order
    __slots__ = __match_args__

    message: str
    done: int
    total: int
    retry_in: float | None
    """Seconds until the next retry when waiting after a failure."""

    def __init__(
        self, message: str, done: int = 0, total: int = 0, retry_in: float | None = None
    ) -> None:
        _set(self, "message", message)
        _set(self, "done", done)
        _set(self, "total", total)
        _set(self, "retry_in", retry_in)


Progress = Callable[[ProgressEvent], None]

ArticleStatus = Literal["new", "updated", "unchanged"]
"""What fetching an article did to the cache: a new copy, an updated one, or nothing."""


class Library(Protocol):
    """Headlines, articles, search and reader state, from the cache and (online) the network."""

    @property
    def offline(self) -> bool:
        """True when the network is never used."""
        ...

    def sources(self) -> Sequence[Source]:
        """Sources of every loaded plugin."""
        ...

    def sections(self, source: str) -> Sequence[Section]:
        """Sections of a source, in menu order."""
        ...

    def cached_headlines(self, section_key: str, limit: int = 200) -> list[ListedHeadline]:
        """The section's headlines as last synced, newest first, revisions folded, each
        saying whether its article is stored (:attr:`ListedHeadline.stored`)."""
        ...

    async def refresh(
        self, section_key: str, progress: Progress | None = None, *, known: Collection[str] = ()
    ) -> list[ListedHeadline]:
        """Fetch the section's feed (or list page), store it, return the new list, less the
        headlines whose URL is in ``known`` (a caller that needs only what is new: reading
        back the rest is most of what storing a list costs).

        Raises OfflineError when offline; FetchError/ParseError subclasses on failure (the
        cached list is untouched)."""
        ...

    def cached_article(self, url: str) -> Article | None:
        """The cached article, or None."""
        ...

    async def article(self, url: str, progress: Progress | None = None) -> Article:
        """The article: from the cache when fresh, else fetched, parsed and stored.

        Offline, a missing article raises NotCachedError. Online, a failed fetch of a cached
        article returns the cached copy."""
        ...

    async def fetch_article(
        self, url: str, progress: Progress | None = None
    ) -> tuple[Article, ArticleStatus]:
        """:meth:`article`, also saying whether the cache got a new or an updated copy."""
        ...

    def last_synced(self, section_key: str) -> datetime | None:
        """When the section's list was last fetched, or None."""
        ...

    def is_stored(self, url: str) -> bool:
        """True if the article is in the cache or saved (cheap: nothing is read or parsed)."""
        ...

    def unread_count(self, section_key: str) -> int:
        """Unread headlines in the section's cached list."""
        ...

    def set_read(self, url: str, read: bool = True) -> None:
        """Mark an article read or unread (kept in user data, survives pruning)."""
        ...

    def set_read_many(self, urls: Sequence[str], read: bool = True) -> list[str]:
        """Mark many articles read or unread at once; return those whose mark changed (so
        that an undo restores exactly the marks before)."""
        ...

    def listed_urls(self, section_key: str) -> list[str]:
        """Every story in the section's cached list (one URL each, however many)."""
        ...

    def set_saved(self, article: Article, saved: bool) -> None:
        """Save an article with its full content (kept forever) or unsave it."""
        ...

    def is_saved(self, url: str) -> bool:
        """True if the article is saved."""
        ...

    def saved(self) -> list[ListedHeadline]:
        """Saved articles, newest saved first."""
        ...

    def unread_saved_count(self) -> int:
        """Saved articles not marked read (cheap: for the Saved entry's count)."""
        ...

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search of the cache, best first. Raises SearchError on a bad query."""
        ...

    def people(
        self, since: datetime | None = None, match: str = "", limit: int = 200
    ) -> list[Person]:
        """Speakers ranked by number of quotations published since ``since`` (None: all
        time), whose name contains ``match`` (case-insensitive, also Hangul); unattributed
        quotations are not a person and are not listed here."""
        ...

    def quotes_of(
        self, key: str, since: datetime | None = None, limit: int = 500
    ) -> list[SaidQuote]:
        """The speaker's quotations, newest first."""
        ...

    def speaker_key(self, article: Article, quote: Quote) -> str | None:
        """The People key of a quotation of a stored article (None when it has no speaker),
        so the quote panel can open the speaker's page."""
        ...

    async def photo(self, url: str, source: str, box: tuple[int, int]) -> DecodedPhoto:
        """The photo at ``url`` of an article of ``source`` (a plugin name), decoded to fit
        ``box`` pixels: from the disk cache, else (online) from the plugin's own image hosts.
        Raises :class:`~herald_tui.photos.PhotoError` with a one-line message."""
        ...

    def photo_cached(self, url: str) -> bool:
        """True if the photo at ``url`` is on disk (so it can be shown offline)."""
        ...

    def notices(self) -> list[str]:
        """Messages for the user from opening the cache (a corrupt file moved aside...)."""
        ...

    async def aclose(self) -> None:
        """Release the HTTP client and the store."""
        ...
