"""The plugin contract: what a site plugin declares and the pure parsers it provides.

A plugin is one module with one :class:`Fetcher` subclass, registered under the entry-point group
``herald_tui.fetchers`` (see :mod:`herald_tui.fetchers.registry`). It does no I/O: the core
fetches bytes and hands text to the ``parse_*`` methods, which return model objects.

A third site needs, in one file:

* class attributes: :attr:`~Fetcher.name`, :attr:`~Fetcher.display_name`,
  :attr:`~Fetcher.home` (canonical origin), :attr:`~Fetcher.hosts` (every host the site
  answers on, mobile ones included), :attr:`~Fetcher.article_paths` (regexes matched against the
  URL path, query included), :attr:`~Fetcher.sections`, :attr:`~Fetcher.version` and
  :attr:`~Fetcher.media_hosts` (where its photos are; none means photos are never fetched);
* :meth:`~Fetcher.canonicalize_path` if article URLs need normalising beyond host and scheme;
* the three parsers ``_parse_feed``, ``_parse_list`` and ``_parse_article``, or
  :attr:`~Fetcher.pages`: the name of a module with ``feed``, ``listing`` and ``article``
  functions taking ``(fetcher, text, url)``.

The app imports every plugin when it starts, to list the sections, and parses nothing until a
page arrives. With :attr:`~Fetcher.pages`, the parsing code is imported once, on the first
page, so that starting the app does not pay for it; the pages module may import the declaring
one, never the other way round. The built-ins do this (``yonhap.py`` declares,
``yonhap_pages.py`` reads the pages).

A list page on which ``_parse_list`` finds nothing (the site was redesigned, or it is the home
page) is read by harvesting its article links (:meth:`Fetcher.read_list`,
:mod:`~herald_tui.fetchers.harvest`); :meth:`Fetcher.date_of` can date those entries from
their URLs.

The public ``parse_*`` methods wrap them: they refuse input over :attr:`Fetcher.max_bytes`,
turn every exception into one :class:`ParseError` naming the plugin and the URL, record
:attr:`parser_id` and attach the quotations (:mod:`herald_tui.quotes`) to parsed articles.

What the parsers must guarantee (the tests of the built-in plugins check each):

* every string is sanitised with :func:`herald_tui.text.clean_line` (paragraphs:
  :func:`~herald_tui.text.clean_block`), *after* entity decoding;
* every URL goes through :meth:`Fetcher.link`: absolute, http(s) only, canonical for the
  site's own articles; an unsafe link is dropped, never returned;
* HTML is parsed only with :func:`herald_tui.fetchers.dom.parse_html`, which refuses shapes
  that would hang the parser (:mod:`herald_tui.fetchers.safety`);
* a page that is not an article raises ``ParseError(self.name, url, "not an article ...")``;
  a known layout with a missing element gives a poorer article, not an error.

The building blocks the built-in plugins use are there for a third one too:
:mod:`~herald_tui.fetchers.dom` (text out of elements), :mod:`~herald_tui.fetchers.meta`
(``og:``/``article:``/JSON-LD), :mod:`~herald_tui.fetchers.dates`,
:mod:`~herald_tui.fetchers.feeds` (RSS items), :mod:`~herald_tui.fetchers.body` (paragraphs,
photos and videos in reading order) and :func:`herald_tui.fetchers.generic.generic_article`
(the fallback for an unknown layout). A minimal ``_parse_article`` is::

    def _parse_article(self, html: str, url: str) -> Article:
        tree = parse_html(html)
        story = tree.css_first("div.story")
        if story is None:
            return generic_article(tree, url=url, source=self.name, link=self.link)
        body = Body()
        for child in story.iter():
            if child.tag == "p":
                body.paragraph(block_text(child))
            for img in child.css("figure img"):
                body.photo(self.link(attr(img, "src")), attr(img, "alt"))
        meta = PageMeta(tree)
        return Article(url=self.canonical_url(url), source=self.name,
                       section=meta.get("article:section"), headline=meta.get("og:title"),
                       published=meta.time("article:published_time"),
                       paragraphs=tuple(body.paragraphs), photos=tuple(body.photos))

Mirrors: a fetcher built with ``base_url`` (from ``[sites]`` in the config or
``HERALD_TUI_SITE_<NAME>``) fetches from that base instead of :attr:`home`. URLs everywhere
else (cache keys, links, JSON output) stay canonical: :meth:`fetch_url` maps a canonical URL to
the mirror and :meth:`canonical_url` maps any accepted URL back.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from abc import ABC
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar, Literal, TypeVar
from urllib.parse import urlsplit

from herald_tui.errors import ParseError  # re-exported: plugins raise it
from herald_tui.fetchers.bounds import MAX_ITEMS, MAX_QUOTES, bounded, quote_input
from herald_tui.model import Article, Headline, Section, Source
from herald_tui.patterns import lazy
from herald_tui.weburl import BadUrl, checked_url

__all__ = ["MAX_PAGE_BYTES", "Fetcher", "ListPath", "ParseError"]

MAX_PAGE_BYTES = 5 * 1024 * 1024
"""Largest input any parser accepts (size bounds parse time: docs/SECURITY.md, "Parse bounds")."""

T = TypeVar("T")

ListPath = Literal["site rules", "link harvest"]
"""How a list page's headlines were found (see :meth:`Fetcher.read_list`)."""
_PARSERS = ("_parse_feed", "_parse_list", "_parse_article")


class Fetcher(ABC):
    """Base class of site plugins. Subclasses mostly declare; see the module docstring."""

    name: ClassVar[str]
    """Stable identifier: the entry-point name, the cache's source column, ``--source``."""
    display_name: ClassVar[str]
    """Human name of the site."""
    home: ClassVar[str]
    """Canonical origin, scheme and host, no trailing slash: ``https://en.yna.co.kr``."""
    hosts: ClassVar[frozenset[str]]
    """Every host the site serves pages on (lower case): canonical, mobile, legacy."""
    media_hosts: ClassVar[frozenset[str]] = frozenset()
    """Hosts the site serves its own photos from (lower case): the app fetches photos from
    these only (:mod:`herald_tui.photos`: a page cannot make the reader call a third party),
    and a Markdown export shows images from these (and :attr:`hosts`) live, any other URL as
    plain text."""
    article_paths: ClassVar[tuple[re.Pattern[str], ...]]
    """Regexes matched (``search``) against ``path?query`` of a URL on :attr:`hosts`; a match
    means the URL is an article this plugin can parse."""
    sections: ClassVar[tuple[Section, ...]]
    """The site's sections, in menu order. Feed and list URLs are canonical."""
    version: ClassVar[int] = 1
    """Parser version: bump when parsed output changes, so cached articles get re-parsed."""
    max_bytes: ClassVar[int] = MAX_PAGE_BYTES
    pages: ClassVar[str] = ""
    """Dotted name of the module that reads the site's pages (see the module docstring); empty
    when the plugin overrides the ``_parse_*`` methods itself."""

    def __init__(self, base_url: str | None = None) -> None:
        """``base_url``: fetch from this mirror (``http://127.0.0.1:8080/yna``) instead of
        :attr:`home`. Raises TypeError for a plugin that can read no page (neither
        :attr:`pages` nor its own ``_parse_*`` methods): the registry reports it as broken."""
        unread = [m for m in _PARSERS if getattr(type(self), m) is getattr(Fetcher, m)]
        if unread and not self.pages:
            raise TypeError(
                f"{type(self).__name__} reads no pages: set pages or define {unread[0]}"
            )
        self.base_url = (base_url or self.home).rstrip("/")
        mirror = urlsplit(self.base_url)
        self._mirror_host = (mirror.hostname or "").lower()
        self._mirror_netloc = mirror.netloc.lower()
        self._mirror_prefix = mirror.path.rstrip("/")

    # --- identity and URLs -------------------------------------------------------------------

    @property
    def source(self) -> Source:
        """This site as a model object."""
        return Source(self.name, self.display_name, self.home)

    @property
    def parser_id(self) -> str:
        """``name@version``, recorded with every article parsed."""
        return f"{self.name}@{self.version}"

    @property
    def allowed_hosts(self) -> frozenset[str]:
        """Hosts a fetch for this plugin may be redirected to: the site's and the mirror's."""
        return self.hosts | {self._mirror_host}

    @property
    def allowed_image_hosts(self) -> frozenset[str]:
        """Hosts a photo fetch may be redirected to: the image hosts and the mirror's."""
        return self.media_hosts | {self._mirror_host}

    def section(self, section_id: str) -> Section | None:
        """The section with this id, or None."""
        return next((s for s in self.sections if s.id == section_id), None)

    def suitable(self, url: str) -> bool:
        """True if ``url`` is an article of this site (on any of its hosts or the mirror)."""
        path = self._site_path(url)
        return path is not None and any(p.search(path) for p in self.article_paths)

    def canonical_url(self, url: str) -> str:
        """The canonical form of an article URL on any accepted host, mirror included.

        URLs of other sites are returned unchanged."""
        path = self._site_path(url)
        if path is None:
            return url
        return self.home + self.canonicalize_path(path)

    def canonicalize_path(self, path: str) -> str:
        """Normalise ``path?query`` of an article URL; the default keeps it as is.

        Override to drop tracking queries, fold legacy forms, etc."""
        return path

    def fetch_url(self, url: str) -> str:
        """Where to fetch ``url`` from: the same path under :attr:`base_url`."""
        path = self._site_path(url)
        if path is None or self.base_url == self.home:
            return url
        return self.base_url + path

    def image_fetch_url(self, url: str) -> str | None:
        """Where to fetch the photo at ``url`` from, or None unless it is a safe link to one
        of :attr:`media_hosts`, read as a browser reads it (:func:`~herald_tui.weburl.checked_url`:
        ``https://evil.example\\@img.host/`` is on evil.example). With a mirror:
        ``<base_url>/_img/<host><path>``; without, the URL as checked, re-serialised."""
        try:
            checked = checked_url(url.strip(), self.media_hosts)
        except BadUrl:
            return None
        if self.base_url == self.home:
            return str(checked)
        query = f"?{checked.query}" if checked.query else ""
        return f"{self.base_url}/_img/{checked.host_key}{checked.path}{query}"

    def link(self, href: str, base: str | None = None) -> str:
        """A link found on a page, made absolute against ``base`` (default :attr:`home`):
        canonical if it is one of this site's articles, ``""`` unless it is a safe http(s)
        URL. Use it for every URL a parser returns."""
        from herald_tui.fetchers.dom import absolute_url

        url = absolute_url(href, base or self.home + "/")
        return self.canonical_url(url) if url and self.suitable(url) else url

    def story_of(self, text: str) -> tuple[str, int]:
        """``(story_id, revision)`` of an article id or URL (see
        :attr:`Headline.story_id <herald_tui.model.Headline.story_id>`). The default, for sites
        that do not re-issue stories under new ids, is ``("", 0)``."""
        return "", 0

    def headline(
        self,
        url: str,
        title: str,
        *,
        section: str = "",
        published: datetime | None = None,
        summary: str = "",
        thumbnail: str = "",
        ids: str = "",
    ) -> Headline | None:
        """A Headline of this source, or None when ``url`` or ``title`` is empty (a feed item
        or list entry that cannot be shown). ``story_id``/``revision`` come from
        :meth:`story_of` of ``ids`` (a feed's guid) if it holds one, else of ``url``."""
        if not url or not title:
            return None
        story_id, revision = self.story_of(ids)
        if not story_id:
            story_id, revision = self.story_of(url)
        return Headline(
            url, title, self.name, section, published, summary, thumbnail, story_id, revision
        )

    def section_for(self, url: str) -> str:
        """The id of the section whose feed or list page ``url`` is (query and trailing slash
        ignored, mirror and other hosts of the site accepted), else ``""``."""
        path = self._site_path(url)
        if path is None:
            return ""
        path = path.split("?", 1)[0].rstrip("/")
        for section in self.sections:
            for known in (*section.feeds, section.list_url):
                if known and urlsplit(known).path.rstrip("/") == path:
                    return section.id
        return ""

    def _site_path(self, url: str) -> str | None:
        """``path?query`` of ``url`` if it is on this site or its mirror, else None."""
        parts = _split(url)
        if parts is None:
            return None
        netloc, host, path, query = parts
        if self._mirror_prefix and netloc == self._mirror_netloc:
            if not path.startswith(self._mirror_prefix + "/"):
                return None
            path = path[len(self._mirror_prefix) :]
        elif host not in self.hosts and netloc != self._mirror_netloc:
            return None
        return f"{path}?{query}" if query else path  # urlunsplit(("", "", path, query, ""))

    # --- parsing (public wrappers; plugins implement the underscored methods) -----------------

    def parse_feed(self, body: str | bytes, url: str) -> list[Headline]:
        """Headlines of an RSS/Atom feed, in feed order, at most :data:`MAX_ITEMS`. Raises
        :class:`ParseError`."""
        return self._guard(url, body, lambda: self._parse_feed(_text(body), url)[:MAX_ITEMS])

    def parse_list(self, html: str | bytes, url: str) -> list[Headline]:
        """Headlines of a section list page, in page order, at most :data:`MAX_ITEMS`.
        Raises :class:`ParseError`."""
        return self.read_list(html, url)[0]

    def read_list(self, html: str | bytes, url: str) -> tuple[list[Headline], ListPath]:
        """:meth:`parse_list`, and how the headlines were found: by the plugin's own rules
        (``"site rules"``), or, when those find none (a redesign, a home page), by
        harvesting the page's article links (``"link harvest"``,
        :mod:`~herald_tui.fetchers.harvest`)."""

        def parse() -> tuple[list[Headline], ListPath]:
            from herald_tui.fetchers.dom import one_parse

            text = _text(html)
            with one_parse(text):  # the rules and the harvest read one tree
                rows = self._parse_list(text, url)
                if rows:
                    return rows[:MAX_ITEMS], "site rules"
                return self._harvest(text, url)[:MAX_ITEMS], "link harvest"

        return self._guard(url, html, parse)

    def _harvest(self, html: str, url: str) -> list[Headline]:
        """The page's article links as headlines of the section ``url`` lists."""
        from herald_tui.fetchers.dom import parse_html
        from herald_tui.fetchers.harvest import harvest

        section = self.section_for(url)
        rows = (
            self.headline(
                item.url,
                item.title,
                section=section,
                published=item.published or self.date_of(item.url),
                summary=item.summary,
                thumbnail=item.thumbnail,
            )
            for item in harvest(parse_html(html), self)
        )
        return [row for row in rows if row is not None]

    def date_of(self, url: str) -> datetime | None:
        """The publication date an article URL carries, for list entries that show none;
        the default: None."""
        return None

    def parse_article(self, html: str | bytes, url: str) -> Article:
        """The article on a page, quotations and parse warnings
        (:mod:`~herald_tui.fetchers.quality`) included. Raises :class:`ParseError`, also when
        the page is not an article (no headline and no body). The text kept and the text
        searched for quotations are bounded (:mod:`herald_tui.fetchers.bounds`)."""
        from herald_tui.fetchers.quality import assess
        from herald_tui.quotes import extract_quotes

        article = self._guard(url, html, lambda: self._parse_article(_text(html), url))
        article = bounded(article)
        # The plugin's own warnings first, then what any reader can see is wrong.
        warnings = tuple(dict.fromkeys((*article.warnings, *assess(article))))
        article = dataclasses.replace(article, parser=self.parser_id, warnings=warnings)
        quotes = self._guard(url, "", lambda: extract_quotes(*quote_input(article)))
        return dataclasses.replace(article, quotes=quotes[:MAX_QUOTES])

    def _guard(self, url: str, body: str | bytes, parse: Callable[[], T]) -> T:
        if len(body) > self.max_bytes:
            limit = f"input over {self.max_bytes // (1024 * 1024)} MiB"
            raise ParseError(self.name, url, limit, refused=True)
        from herald_tui.fetchers.feeds import FeedError
        from herald_tui.fetchers.safety import HostileInput

        try:
            return parse()
        except ParseError:
            raise
        except (HostileInput, FeedError) as e:  # anticipated: their message says it all
            raise ParseError(self.name, url, str(e), refused=isinstance(e, HostileInput)) from None
        except RecursionError:
            raise ParseError(self.name, url, "page nested too deeply") from None
        except Exception as e:
            raise ParseError(self.name, url, f"{type(e).__name__}: {e}") from e

    def _parse_feed(self, body: str, url: str) -> list[Headline]:
        """Parse a feed. ``url`` is where it came from (canonical)."""
        headlines: list[Headline] = self._pages().feed(self, body, url)
        return headlines

    def _parse_list(self, html: str, url: str) -> list[Headline]:
        """Parse a section list page."""
        headlines: list[Headline] = self._pages().listing(self, html, url)
        return headlines

    def _parse_article(self, html: str, url: str) -> Article:
        """Parse an article page; return it without quotes (the wrapper adds them)."""
        article: Article = self._pages().article(self, html, url)
        return article

    @classmethod
    def _pages(cls) -> Any:
        """The module named by :attr:`pages` (imported on first use: Python keeps it)."""
        if not cls.pages:
            raise NotImplementedError(f"{cls.__name__} has no parsers: set pages or override")
        return importlib.import_module(cls.pages)


# An http(s) URL of printable ASCII with a plain host (no user, port, brackets or
# percent sign), a path and perhaps a query, no fragment: every canonical article URL, and
# most URLs a list holds. urlsplit's parts of such a URL are these groups (the host lower
# case, the query empty when absent): _split reads them here, one match instead of urlsplit's
# and .hostname's work (the list's stored check put 200 URLs in canonical form at each start,
# about 15 M instructions). tests/fetchers/test_urls.py holds the two equal on generated URLs.
_PLAIN_URL = lazy(
    r"(?P<scheme>https?)://(?P<netloc>[A-Za-z0-9.-]+)"
    r'(?P<path>/[!-"$->@-~]*)(?:\?(?P<query>[!-"$-~]+))?'
)


def _split(url: str) -> tuple[str, str, str, str] | None:
    """``(netloc, host, path, query)`` of an http(s) or scheme-less ``url``, netloc and host
    lower case, path at least ``/``; None for another scheme or a URL urlsplit refuses."""
    plain = _PLAIN_URL.fullmatch(url)
    if plain is not None:
        netloc = plain["netloc"].lower()
        return netloc, netloc, plain["path"], plain["query"] or ""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https", ""):
        return None
    host = (parts.hostname or "").lower()
    return parts.netloc.lower(), host, parts.path or "/", parts.query


def _text(body: str | bytes) -> str:
    """Bytes are decoded as UTF-8 with replacement; the HTTP client decodes real charsets."""
    return body if isinstance(body, str) else body.decode("utf-8", "replace")
