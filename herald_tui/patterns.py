"""Regular expressions compiled when first used, not when their module is imported.

An offline start imports text, URL, query and name modules whose patterns it never runs
(a start put 200 listed URLs in canonical form and sanitised no text): compiling the 30 or so
of them at import was about 10% of the core's import work (docs/PERFORMANCE.md, core12d).
:func:`lazy` gives an object that is compiled at the first use of any of its attributes and
then hands out the compiled pattern's own bound methods, kept on the object: a call costs
what it costs on the pattern itself (no accessor, no cache look-up per call).
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the quotation extractor imports no typing
if TYPE_CHECKING:
    from typing import Any, AnyStr

__all__ = ["lazy"]


class _Lazy:
    """Stands for ``re.compile(source, flags)`` until first used, then for its attributes."""

    def __init__(self, source: str | bytes, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for a name not yet kept: once per name. Two threads may both compile
        # the first time; they get the same pattern (re caches it) and keep the same value.
        value = getattr(re.compile(self._source, self._flags), name)
        if not name.startswith("__"):
            setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags!r})"


if TYPE_CHECKING:

    def lazy(source: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
        """``re.compile(source, flags)``, compiled when one of its attributes (``search``,
        ``sub``, ``pattern``...) is first read. To a type checker it is the compiled
        pattern; it is not an instance of :class:`re.Pattern` (``isinstance``, or ``re``'s
        own functions given it as a pattern): use ``.pattern`` there."""
else:

    def lazy(source, flags=0):  # the docstring above
        return _Lazy(source, flags)
