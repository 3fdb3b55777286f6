"""The build backend: setuptools', plus mypy in a compiled build's requirements.

``HERALD_TUI_COMPILE=1 pip install .`` (or ``pip wheel .``) builds the quotation extractor
compiled by mypyc (see ``setup.py``); pip's isolated build environment then needs mypy,
which only this hook can add, and only when asked. An editable install is never compiled: a
compiled module beside its source would be imported instead of the source, so every later
edit of the source would be silently ignored.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (every other hook is setuptools')

_COMPILE = "HERALD_TUI_COMPILE"
# The mypy that the compiled build was checked with (tests/quotes and the digests, .ci/run).
MYPYC = "mypy==2.4.1"

ConfigSettings = dict[str, "str | list[str] | None"] | None


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


def prepare_metadata_for_build_wheel(
    metadata_directory: str, config_settings: ConfigSettings = None
) -> str:
    """Setuptools' metadata (the same compiled or not)."""
    with _source_only():
        name: str = _setuptools.prepare_metadata_for_build_wheel(
            metadata_directory, config_settings
        )
    return name


def get_requires_for_build_editable(config_settings: ConfigSettings = None) -> list[str]:
    """Setuptools' requirements for an editable install (no mypy: never compiled)."""
    with _source_only():
        found: list[str] = _setuptools.get_requires_for_build_editable(config_settings)
    return found


def prepare_metadata_for_build_editable(
    metadata_directory: str, config_settings: ConfigSettings = None
) -> str:
    """Setuptools' metadata for an editable install."""
    with _source_only():
        name: str = _setuptools.prepare_metadata_for_build_editable(
            metadata_directory, config_settings
        )
    return name


def build_editable(
    wheel_directory: str,
    config_settings: ConfigSettings = None,
    metadata_directory: str | None = None,
) -> str:
    """Setuptools' editable wheel, of the source."""
    with _source_only():
        name: str = _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
    return name
