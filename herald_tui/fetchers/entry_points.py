"""The entry points of one group, found as :func:`importlib.metadata.entry_points` finds them,
mostly without importing it.

Importing :mod:`importlib.metadata` costs the app's start-up more than the search itself
(docs/PERFORMANCE.md has the figure). Installed distributions declare their entry points in the
``entry_points.txt`` of their ``*.dist-info`` (or ``*.egg-info``) directory (the PyPA entry
points specification). Where distributions can only come from plain directories on ``sys.path``
(a virtualenv, site-packages, an editable install: the usual case), :func:`entry_points` reads
those files itself, in the order importlib.metadata does and keeping, as it does, only the first
distribution of each name. Anything else (a zip file or an ``.egg`` on the path, an import hook
that provides distributions, an unusual metadata directory name) is left to importlib.metadata.
The tests compare the two.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Sequence
from functools import reduce
from importlib import import_module
from importlib.machinery import PathFinder
from typing import Any

from herald_tui._frozen import Frozen, value_class

__all__ = ["EntryPoint", "entry_points"]

_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")
"""``module:attr [extras]``, as importlib.metadata parses an entry point's value."""
_METADATA_DIRS = (".dist-info", ".egg-info")


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with


@value_class(frozen=True)
class EntryPoint(Frozen):
    """``name = value`` in the ``[group]`` section of a distribution's ``entry_points.txt``."""

    __match_args__ = ("name", "value", "group")  # the fields, in order
    __slots__ = __match_args__

    name: str
    value: str
    """``module:attr``: where the object is."""
    group: str

    def __init__(self, name: str, value: str, group: str) -> None:
        _set(self, "name", name)
        _set(self, "value", value)
        _set(self, "group", group)

    def load(self) -> Any:
        """Import the module and return the object the value names."""
        match = _VALUE.match(self.value)
        if match is None:
            raise ValueError(f"not an entry point value: {self.value!r}")
        attrs = filter(None, (match["attr"] or "").split("."))
        return reduce(getattr, attrs, import_module(match["module"]))


def entry_points(group: str) -> list[EntryPoint]:
    """Every entry point of ``group`` of the installed distributions, in the order, with the
    duplicates, that ``importlib.metadata.entry_points(group=group)`` gives."""
    found: list[EntryPoint] = []
    seen: set[str] = set()
    distributions = _distributions(sys.path)
    if distributions is None:
        return _from_importlib(group)
    for name, path in distributions:
        if name not in seen:  # the first distribution of a name hides the others
            seen.add(name)
            found += _points(_read(path), group)
    return found


def _distributions(search_path: Sequence[object]) -> list[tuple[str, str]] | None:
    """``(normalized name, metadata directory)`` of each distribution in ``search_path``,
    in importlib.metadata's order; None if it would look somewhere else than directories."""
    if any(f is not PathFinder and hasattr(f, "find_distributions") for f in sys.meta_path):
        return None
    found: list[tuple[str, str]] = []
    for entry in search_path:
        if not isinstance(entry, str):
            return None
        root = entry or "."
        if not os.path.isdir(root):
            if os.path.exists(root):
                return None  # a zip file
            continue
        if root.lower().endswith(".egg"):
            return None
        try:
            children = os.listdir(root)
        except OSError:
            continue  # unreadable: importlib.metadata finds nothing there either
        by_name: dict[str, list[str]] = {}  # in order of each name's first appearance
        for child in children:
            if child.lower().endswith(_METADATA_DIRS):
                stem, extension = os.path.splitext(child)
                if extension not in _METADATA_DIRS:
                    return None  # importlib.metadata would read the name from its metadata
                name = _normalize(stem.partition("-")[0])
                by_name.setdefault(name, []).append(os.path.join(root, child))
        found += [(name, path) for name, paths in by_name.items() for path in paths]
    return found


def _normalize(name: str) -> str:
    """PEP 503 normalization, with underscores: ``Zope.Interface`` -> ``zope_interface``."""
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


def _read(path: str) -> str:
    """The distribution's ``entry_points.txt``, or ``""``."""
    try:
        with open(os.path.join(path, "entry_points.txt"), encoding="utf-8") as file:
            return file.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
        return ""


def _points(text: str, group: str) -> Iterator[EntryPoint]:
    """The entry points of ``group`` in an ``entry_points.txt``. A line without ``=`` in any
    section raises an error, as in importlib.metadata (which takes only ``#`` for a comment)."""
    section = None
    for line in map(str.strip, text.splitlines()):
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
        elif section is not None:
            name, value = map(str.strip, line.split("=", 1))
            if section == group:
                yield EntryPoint(name, value, group)


def _from_importlib(group: str) -> list[EntryPoint]:
    from importlib.metadata import entry_points as metadata_entry_points

    return [EntryPoint(p.name, p.value, p.group) for p in metadata_entry_points(group=group)]
