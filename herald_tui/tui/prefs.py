"""What the app remembers between runs (the theme chosen in the command palette), as a small
JSON file in the data directory that only the app writes.

Losing it costs nothing but a preference, so nothing here raises: a missing file gives the
defaults, a corrupt or unreadable one gives the defaults and a notice, a failed write gives a
notice. Writes go to a temporary file renamed over the old one, so a crash leaves the old file
or the new one, never half of either.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from herald_tui.files import read_regular

__all__ = ["PREFS_FILE", "Preferences", "load_preferences", "save_preferences"]

PREFS_FILE = "tui.json"
"""The file's name in the data directory."""


@dataclass(frozen=True, slots=True)
class Preferences:
    """Choices made in the app."""

    theme: str | None = None
    """Textual theme name picked in the command palette; None: the config's ``ui.theme``."""


MAX_BYTES = 1 << 16
"""A preferences file is a few bytes; a bigger one is not ours."""


def load_preferences(path: Path) -> tuple[Preferences, str | None]:
    """The preferences stored at ``path``, and a one-line notice if the file was ignored."""
    try:
        # Only a regular file, and a small one: a FIFO here would block the start for ever.
        data = json.loads(read_regular(path, MAX_BYTES).decode("utf-8"))
    except FileNotFoundError:
        return Preferences(), None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return Preferences(), f"{path}: ignored ({_why(error)}); using the default theme."
    theme = data.get("theme") if isinstance(data, dict) else None
    if theme is not None and not isinstance(theme, str):
        return Preferences(), f"{path}: ignored (not a preferences file); using the default theme."
    return Preferences(theme=theme), None


def save_preferences(path: Path, preferences: Preferences) -> str | None:
    """Write ``preferences`` to ``path``; return a one-line notice if that failed."""
    temp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(asdict(preferences), file)
        os.replace(temp, path)
        temp = None
    except OSError as error:
        return f"{path}: could not be written ({_why(error)}); the choice lasts this session."
    finally:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
    return None


def _why(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, json.JSONDecodeError | UnicodeDecodeError):
        return "not valid JSON"
    return type(error).__name__
