"""The build backend: setuptools', plus mypy in a compiled build's requirements.

``HERALD_TUI_COMPILE=1 pip install .`` (or ``pip wheel .``) builds the quotation extractor
compiled by mypyc (see ``setup.py``); pip's isolated build environment then needs mypy,
which only this hook can add, and only when asked. An editable install is never compiled: a
compiled module beside its source would be imported instead of the source, so every later
edit of the source would be silently ignored.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, TypeVar

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (every other hook is setuptools')

_COMPILE = "HERALD_TUI_COMPILE"
# The mypy that the compiled build was checked with (tests/quotes and the digests, .ci/run).
MYPYC = "mypy==2.4.1"

ConfigSettings = dict[str, "str | list[str] | None"] | None
T = TypeVar("T")


@contextmanager
def _source_only() -> Iterator[bool]:
    """Run setup.py as for the source, and say whether a compiled build was asked for.

    Setuptools runs setup.py in every hook; only ``build_wheel`` compiles. The others would
    compile for nothing (metadata) or before mypy is installed (requirements), and an editable
    install is never compiled."""
    asked = os.environ.pop(_COMPILE, None)
    try:
        yield asked == "1"
    finally:
        if asked is not None:
            os.environ[_COMPILE] = asked


def get_requires_for_build_wheel(config_settings: ConfigSettings = None) -> list[str]:
    """Setuptools' requirements, and mypy when the wheel is to be compiled."""
    with _source_only() as compiled:
        found: list[str] = _setuptools.get_requires_for_build_wheel(config_settings)
    return [*found, MYPYC] if compiled else found


def _of_source(hook: Callable[..., T]) -> Callable[..., T]:
    """Setuptools' ``hook``, run as for the source (see :func:`_source_only`)."""

    @wraps(hook)
    def run(*args: Any, **kwargs: Any) -> T:
        with _source_only():
            return hook(*args, **kwargs)

    return run


# Metadata is the same compiled or not; an editable install is never compiled.
prepare_metadata_for_build_wheel = _of_source(_setuptools.prepare_metadata_for_build_wheel)
get_requires_for_build_editable = _of_source(_setuptools.get_requires_for_build_editable)
prepare_metadata_for_build_editable = _of_source(_setuptools.prepare_metadata_for_build_editable)
build_editable = _of_source(_setuptools.build_editable)
