"""Counted work of the pre-scan (``herald_tui/fetchers/safety.py``), independent of the
machine's speed and load.

Work is counted in two parts, both deterministic:

* every line the module's own Python code runs (a ``sys.settrace`` hook, lines of that
  file only): its loops, however they are written;
* every byte handed to a search in C: ``find``, ``rfind``, ``count`` and ``replace`` of
  the input (a ``bytes``/``str`` subclass that counts), and ``search``, ``match``,
  ``findall`` and ``finditer`` of each of the module's compiled patterns (swapped for
  counting proxies), as the length of the stretch the call may read (``endpos - pos``),
  plus one per call.

The second part is an upper bound on what the call reads, so work that grows linearly with
the input proves a scan linear in its searches; a scan that searches from each position to
the end grows with the square. What a pattern does inside one search (backtracking) is not
counted: each pattern's linearity is argued where it is defined (possessive quantifiers,
atomic groups).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType, ModuleType
from typing import Any, SupportsIndex

import pytest

_END = sys.maxsize


class Counter:
    """Units of work seen so far."""

    def __init__(self) -> None:
        self.units = 0

    def span(self, size: int, pos: int | None, endpos: int | None) -> None:
        """A call that may read ``[pos, endpos)`` of an input of ``size``."""
        start, stop, _ = slice(pos, endpos).indices(size)
        self.units += 1 + max(stop - start, 0)


def counted_bytes(data: bytes, counter: Counter) -> bytes:
    """``data`` whose searches add to ``counter``."""

    class Counted(bytes):
        def find(self, sub: Any, start: SupportsIndex | None = None, end: Any = None) -> int:
            counter.span(len(self), _index(start), _index(end))
            return super().find(sub, start, end)

        def rfind(self, sub: Any, start: SupportsIndex | None = None, end: Any = None) -> int:
            counter.span(len(self), _index(start), _index(end))
            return super().rfind(sub, start, end)

        def count(self, sub: Any, start: SupportsIndex | None = None, end: Any = None) -> int:
            counter.span(len(self), _index(start), _index(end))
            return super().count(sub, start, end)

        def replace(self, old: Any, new: Any, count: SupportsIndex = -1) -> bytes:
            counter.span(len(self), None, None)
            return super().replace(old, new, count)

    return Counted(data)


def counted_str(text: str, counter: Counter) -> str:
    """``text`` whose ``count`` and ``find`` add to ``counter``."""

    class Counted(str):
        def count(self, sub: str, start: SupportsIndex | None = None, end: Any = None) -> int:
            counter.span(len(self), _index(start), _index(end))
            return super().count(sub, start, end)

        def find(self, sub: str, start: SupportsIndex | None = None, end: Any = None) -> int:
            counter.span(len(self), _index(start), _index(end))
            return super().find(sub, start, end)

    return Counted(text)


def _index(value: SupportsIndex | None) -> int | None:
    return None if value is None else value.__index__()


class _CountedPattern:
    """A compiled pattern whose searches add the stretch they may read to a counter."""

    def __init__(self, pattern: re.Pattern[Any], counter: Counter) -> None:
        self._pattern = pattern
        self._counter = counter

    def _count(self, string: Any, pos: int, endpos: int) -> None:
        self._counter.span(len(string), pos, min(endpos, len(string)))

    def search(self, string: Any, pos: int = 0, endpos: int = _END) -> Any:
        self._count(string, pos, endpos)
        return self._pattern.search(string, pos, endpos)

    def match(self, string: Any, pos: int = 0, endpos: int = _END) -> Any:
        self._count(string, pos, endpos)
        return self._pattern.match(string, pos, endpos)

    def findall(self, string: Any, pos: int = 0, endpos: int = _END) -> Any:
        self._count(string, pos, endpos)
        return self._pattern.findall(string, pos, endpos)

    def finditer(self, string: Any, pos: int = 0, endpos: int = _END) -> Any:
        self._count(string, pos, endpos)
        return self._pattern.finditer(string, pos, endpos)


@contextmanager
def counting(module: ModuleType, monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter]:
    """Count the work of ``module``'s code within the block (see the module docstring).

    Its compiled patterns, and the patterns its cached pattern factories give, are replaced by
    counting proxies for the block; pass the input through :func:`counted_bytes` or
    :func:`counted_str` to count its searches too."""
    counter = Counter()
    for name, value in list(vars(module).items()):
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(module, name, _CountedPattern(value, counter))
        elif callable(getattr(value, "cache_info", None)):  # functools.cache'd factories
            monkeypatch.setattr(module, name, _counting_factory(value, counter))
    filename = module.__file__

    def trace(frame: FrameType, event: str, arg: object) -> Callable[..., Any] | None:
        if frame.f_code.co_filename != filename:
            return None
        if event == "line":
            counter.units += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        yield counter
    finally:
        sys.settrace(previous)


def _counting_factory(factory: Callable[..., Any], counter: Counter) -> Callable[..., Any]:
    def make(*args: Any) -> Any:
        made = factory(*args)
        return _CountedPattern(made, counter) if isinstance(made, re.Pattern) else made

    return make
