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
from typing import Any

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
    """``data`` whose ``find``, ``rfind``, ``count`` and ``replace`` add to ``counter``."""
    counted: bytes = _counting(bytes, counter)(data)
    return counted


def counted_str(text: str, counter: Counter) -> str:
    """``text`` whose ``find``, ``rfind``, ``count`` and ``replace`` add to ``counter``."""
    counted: str = _counting(str, counter)(text)
    return counted


def _counting(base: type, counter: Counter) -> type:
    """A subclass of ``base`` whose searches add the stretch they may read to ``counter``:
    ``[start, end)`` for ``find``, ``rfind`` and ``count``, all of it for ``replace``."""

    def wrap(name: str) -> Callable[..., Any]:
        method = getattr(base, name)

        def counted(self: Any, *args: Any) -> Any:
            bounds = (None, None) if name == "replace" else (*args[1:3], None, None)[:2]
            counter.span(len(self), *(None if b is None else b.__index__() for b in bounds))
            return method(self, *args)

        return counted

    return type("Counted", (base,), {n: wrap(n) for n in ("find", "rfind", "count", "replace")})


class _CountedPattern:
    """A compiled pattern whose searches (``search``, ``match``, ``findall``, ``finditer``)
    add the stretch they may read to a counter."""

    def __init__(self, pattern: re.Pattern[Any], counter: Counter) -> None:
        self._pattern = pattern
        self._counter = counter

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        if name not in ("search", "match", "findall", "finditer"):
            return method

        def counted(string: Any, pos: int = 0, endpos: int = _END) -> Any:
            self._counter.span(len(string), pos, min(endpos, len(string)))
            return method(string, pos, endpos)

        return counted


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
