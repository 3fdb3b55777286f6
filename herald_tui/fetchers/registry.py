"""Finding site plugins: built-in and third-party, through one entry-point group.

A plugin is a :class:`~herald_tui.fetchers.base.Fetcher` subclass published under the
entry-point group ``herald_tui.fetchers``, the entry point's name being the plugin's
:attr:`~herald_tui.fetchers.base.Fetcher.name`. In a third party's ``pyproject.toml``::

    [project.entry-points."herald_tui.fetchers"]
    dongascience = "herald_dongascience:DongaScienceFetcher"

:meth:`Registry.load` only reads the entry points (:mod:`herald_tui.fetchers.entry_points`),
so :meth:`Registry.names` imports no plugin. Plugins are imported on first use of
:attr:`Registry.fetchers` (or anything that needs one); a plugin that fails to import, is not a
Fetcher, or disagrees about its name is listed in :attr:`Registry.broken` with a one-line reason
and left out, never fatal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from herald_tui.errors import HeraldError
from herald_tui.fetchers.base import Fetcher
from herald_tui.fetchers.entry_points import EntryPoint, entry_points
from herald_tui.model import Section
from herald_tui.text import clean_line

__all__ = ["ENTRY_POINT_GROUP", "Registry"]

ENTRY_POINT_GROUP = "herald_tui.fetchers"


class Registry:
    """The plugins available, by name, in discovery order (built-ins first)."""

    def __init__(self, points: list[EntryPoint], sites: Mapping[str, str] | None = None):
        """Prefer :meth:`load`. ``points``: the entry points, first of each name wins;
        ``sites``: mirror base URLs by plugin name."""
        self._points: dict[str, EntryPoint] = {}
        self._duplicates: dict[str, str] = {}
        for point in points:
            if point.name in self._points:
                self._duplicates[point.name] = (
                    f"also provided by {point.value}; {self._points[point.name].value} is used"
                )
            else:
                self._points[point.name] = point
        self._sites = dict(sites or {})
        self._fetchers: dict[str, Fetcher] | None = None
        self._broken: dict[str, str] = {}

    @classmethod
    def load(
        cls, sites: Mapping[str, str] | None = None, points: Sequence[EntryPoint] | None = None
    ) -> Registry:
        """Discover the installed plugins (without importing them), or take ``points``, what
        :meth:`discover` gave a caller that already looked. ``sites`` maps plugin names to
        mirror base URLs (``Settings.sites``)."""
        return cls(list(cls.discover() if points is None else points), sites)

    @staticmethod
    def discover() -> list[EntryPoint]:
        """The installed plugins' entry points, built-ins first (nothing is imported; the
        search reads every distribution's metadata on ``sys.path``)."""
        return sorted(
            entry_points(ENTRY_POINT_GROUP),
            key=lambda p: not p.value.startswith("herald_tui."),
        )

    def names(self) -> list[str]:
        """Every plugin name, loaded or not (nothing is imported)."""
        return list(self._points)

    @property
    def fetchers(self) -> dict[str, Fetcher]:
        """The plugins that loaded, by name (imports them on first use)."""
        if self._fetchers is None:
            self._fetchers = {}
            for name, point in self._points.items():
                fetcher = self._instantiate(name, point)
                if fetcher is not None:
                    self._fetchers[name] = fetcher
        return self._fetchers

    @property
    def broken(self) -> dict[str, str]:
        """Plugins that could not be used, by name, with a one-line reason."""
        self.fetchers  # noqa: B018  (loading is what finds them)
        return {**self._duplicates, **self._broken}

    def get(self, name: str) -> Fetcher | None:
        """The plugin called ``name``, or None."""
        return self.fetchers.get(name)

    def for_url(self, url: str) -> Fetcher | None:
        """The plugin whose site ``url`` is an article of (any host, mirror included)."""
        return next((f for f in self.fetchers.values() if f.suitable(url)), None)

    def reader_of(self, url: str) -> Fetcher:
        """:meth:`for_url`, or a :class:`HeraldError` naming the sites there are."""
        fetcher = self.for_url(url)
        if fetcher is None:
            known = ", ".join(self.names()) or "none installed"
            raise HeraldError(f"no site plugin reads {url} (sites: {known})")
        return fetcher

    def section(self, key: str) -> Section | None:
        """The section ``source/id`` (``yonhap/nk``), or None."""
        source, _, section_id = key.partition("/")
        fetcher = self.get(source)
        return fetcher.section(section_id) if fetcher is not None else None

    def sections(self) -> list[Section]:
        """Every section of every loaded plugin, plugin by plugin in menu order."""
        return [s for f in self.fetchers.values() for s in f.sections]

    def _instantiate(self, name: str, point: EntryPoint) -> Fetcher | None:
        try:
            cls = point.load()
        except Exception as e:  # any failure of third-party code: report it, carry on
            return self._fail(name, f"cannot import {point.value}: {type(e).__name__}: {e}")
        if not (isinstance(cls, type) and issubclass(cls, Fetcher)):
            return self._fail(name, f"{point.value} is not a Fetcher subclass")
        if getattr(cls, "name", None) != name:
            return self._fail(name, f"{point.value} calls itself {getattr(cls, 'name', None)!r}")
        try:
            return cls(self._sites.get(name))
        except Exception as e:
            return self._fail(name, f"cannot start {point.value}: {type(e).__name__}: {e}")

    def _fail(self, name: str, reason: str) -> Fetcher | None:
        """Record ``name`` as broken; None, for ``return self._fail(...)``."""
        self._broken[name] = clean_line(reason)[:300]
        return None
