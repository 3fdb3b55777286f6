"""The build backend: setuptools', plus mypy in a compiled build's requirements.

``HERALD_TUI_COMPILE=1 pip install .`` (or ``pip wheel .``) builds the quotation extractor
compiled by mypyc (see ``setup.py``); pip's isolated build environment then needs mypy,
which only this hook can add, and only when asked. An editable install is never compiled: a
compiled module beside its source would be imported instead of the source, so every later
edit of the source would be silently ignored.
"""

from __future__ import annotations

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (every other hook is setuptools')

_COMPILE = "HERALD_TUI_COMPILE"
# The mypy that the compiled build was checked with (tests/quotes and the digests, .ci/run).
MYPYC = "mypy==2.4.1"

ConfigSettings = dict[str, "str | list[str] | None"] | None


def _compiled() -> bool:
    return os.environ.get(_COMPILE) == "1"


def get_requires_for_build_wheel(config_settings: ConfigSettings = None) -> list[str]:
    """Setuptools' requirements, and mypy when the wheel is to be compiled."""
    if not _compiled():
        found: list[str] = _setuptools.get_requires_for_build_wheel(config_settings)
        return found
    # Setuptools runs setup.py to find its own requirements, before mypy is installed.
    del os.environ[_COMPILE]
    try:
        found = _setuptools.get_requires_for_build_wheel(config_settings)
    finally:
        os.environ[_COMPILE] = "1"
    return [*found, MYPYC]


def build_editable(
    wheel_directory: str,
    config_settings: ConfigSettings = None,
    metadata_directory: str | None = None,
) -> str:
    """Setuptools' editable wheel, always of the source (never compiled: see above)."""
    os.environ.pop(_COMPILE, None)
    name: str = _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
    return name
