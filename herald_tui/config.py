"""Settings: typed, documented, loaded from an optional TOML file.

The file lives at ``<user config dir>/herald-tui/config.toml`` (platformdirs), or wherever
``--config`` or ``HERALD_TUI_CONFIG`` point. Every setting has a default, so no file is needed.
Each field's ``doc`` metadata is its documentation; ``herald-tui --print-config`` shows it.

Example::

    [network]
    user_agent = "Mozilla/5.0 (compatible; my-reader/1.0)"
    connections_per_host = 2

    [sites]
    yonhap = "http://127.0.0.1:8080/yna"   # read Yonhap from a mirror

    [ui]
    theme = "gruvbox"

    [keys]
    quit = "q,ctrl+q"
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from herald_tui import PROJECT_URL, __version__
from herald_tui.errors import ConfigError
from herald_tui.files import read_regular

__all__ = [
    "APP_NAME",
    "CacheSettings",
    "NetworkSettings",
    "Paths",
    "Settings",
    "UISettings",
    "config_path",
    "describe",
    "load_settings",
    "resolve_paths",
]

APP_NAME = "herald-tui"
CONFIG_ENV = "HERALD_TUI_CONFIG"
CACHE_DIR_ENV = "HERALD_TUI_CACHE_DIR"
DATA_DIR_ENV = "HERALD_TUI_DATA_DIR"
MAX_CONFIG_BYTES = 1 << 20
"""A config file is a few hundred bytes; anything over 1 MiB is not one."""
SITE_ENV_PREFIX = "HERALD_TUI_SITE_"
"""``HERALD_TUI_SITE_YONHAP=http://127.0.0.1:8080/yna`` overrides ``[sites] yonhap``."""


def _doc(default: Any, doc: str) -> Any:
    """A dataclass field with an immutable default and its documentation."""
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True, slots=True)
class NetworkSettings:
    """How herald-tui talks to the sites."""

    user_agent: str = _doc(
        f"Mozilla/5.0 (compatible; herald-tui/{__version__}; +{PROJECT_URL})",
        "User-Agent header sent with every request. One site refuses default library agents.",
    )
    connections_per_host: int = _doc(4, "Most requests in flight to one host at once.")
    connect_timeout: float = _doc(5.0, "Seconds to wait for a connection.")
    read_timeout: float = _doc(10.0, "Seconds to wait for any single read from the server.")
    deadline: float = _doc(30.0, "Seconds one request may take in all, however it trickles.")
    retries: int = _doc(3, "Retries after a connection error, a 5xx or a 429.")
    max_retry_wait: float = _doc(30.0, "Longest wait before a retry, whatever Retry-After says.")
    max_body_mb: float = _doc(5.0, "Largest page or feed accepted, in MiB after decompression.")


@dataclass(frozen=True, slots=True)
class CacheSettings:
    """Where and how long things are kept."""

    cache_dir: str = _doc("", "Article cache directory; empty means the platform default.")
    data_dir: str = _doc("", "Saved articles and read marks; empty means the platform default.")
    sync_limit: int = _doc(30, "Articles fetched per section by `herald-tui sync`.")


@dataclass(frozen=True, slots=True)
class UISettings:
    """How the app looks."""

    theme: str = _doc("textual-dark", "Textual theme name; changed from the command palette.")
    measure: int = _doc(80, "Widest article text column, in cells.")
    relative_times: bool = _doc(True, "Show '3 h ago' beside absolute times.")


@dataclass(frozen=True, slots=True)
class Settings:
    """All settings. Build with :func:`load_settings`; never mutate (frozen)."""

    network: NetworkSettings = field(default_factory=NetworkSettings)
    cache: CacheSettings = field(default_factory=CacheSettings)
    ui: UISettings = field(default_factory=UISettings)
    sites: dict[str, str] = field(
        default_factory=dict,
        metadata={
            "doc": "Base URL per source name, to read a site from a mirror or a test server."
        },
    )
    keys: dict[str, str] = field(
        default_factory=dict,
        metadata={"doc": "Key bindings by action name, comma-separated keys: quit = 'q,ctrl+q'."},
    )


@dataclass(frozen=True, slots=True)
class Paths:
    """The files and directories herald-tui uses."""

    config_file: Path
    cache_dir: Path
    data_dir: Path


def config_path(explicit: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The config file: ``--config``, else ``HERALD_TUI_CONFIG``, else the platform default."""
    env = os.environ if env is None else env
    if explicit or env.get(CONFIG_ENV):
        return Path(explicit or env[CONFIG_ENV]).expanduser()
    import platformdirs  # deferred: only paid when a path is needed

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def resolve_paths(
    config_file: Path,
    settings: Settings,
    cache_dir: str | None = None,
    data_dir: str | None = None,
    env: Mapping[str, str] | None = None,
) -> Paths:
    """Directories: command-line options, then environment variables, then the config file,
    then platform defaults."""
    import platformdirs

    env = os.environ if env is None else env
    cache = (
        cache_dir
        or env.get(CACHE_DIR_ENV)
        or settings.cache.cache_dir
        or platformdirs.user_cache_dir(APP_NAME, appauthor=False)
    )
    data = (
        data_dir
        or env.get(DATA_DIR_ENV)
        or settings.cache.data_dir
        or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    )
    return Paths(config_file, Path(cache).expanduser(), Path(data).expanduser())


def load_settings(
    path: Path, *, required: bool = False, env: Mapping[str, str] | None = None
) -> Settings:
    """Read settings from ``path``; a missing file gives defaults unless ``required``.

    Raises :class:`ConfigError` naming the file and the bad key or line.
    """
    env = os.environ if env is None else env
    try:
        data = tomllib.loads(read_regular(path, MAX_CONFIG_BYTES).decode())
    except FileNotFoundError:
        if required:
            raise ConfigError(f"{path}: no such config file") from None
        data = {}
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror}") from None
    settings: Settings = _build(Settings, data, path, prefix="")
    overrides = {
        k[len(SITE_ENV_PREFIX) :].lower(): v
        for k, v in env.items()
        if k.startswith(SITE_ENV_PREFIX)
    }
    if overrides:
        settings = dataclasses.replace(settings, sites={**settings.sites, **overrides})
    return settings


def _build(cls: type[Any], data: Mapping[str, Any], path: Path, prefix: str) -> Any:
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if key not in fields:
            raise ConfigError(f"{path}: unknown setting '{name}'")
        default = _default(fields[key])
        if dataclasses.is_dataclass(default):
            if not isinstance(value, dict):
                raise ConfigError(f"{path}: '{name}' must be a table ([{name}])")
            values[key] = _build(type(default), value, path, prefix=f"{name}.")
        else:
            values[key] = _check(name, value, default, path)
    return cls(**values)


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default


def _check(name: str, value: Any, default: Any, path: Path) -> Any:
    """Check ``value`` against the type of ``default``; ints are accepted for floats."""
    if isinstance(default, dict):
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ConfigError(f"{path}: '{name}' must be a table of strings")
        return dict(value)
    if isinstance(default, bool) and not isinstance(value, bool):
        raise ConfigError(f"{path}: '{name}' must be true or false, not {value!r}")
    if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if type(value) is not type(default):
        kind = {str: "a string", int: "a whole number", float: "a number"}[type(default)]
        raise ConfigError(f"{path}: '{name}' must be {kind}, not {value!r}")
    if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
        raise ConfigError(f"{path}: '{name}' must not be negative")
    return value


def describe(settings: Settings, paths: Paths) -> str:
    """The effective settings and paths as commented TOML (for ``--print-config``)."""
    lines = [
        f"# config file: {paths.config_file}"
        + ("" if paths.config_file.exists() else " (not present: defaults in use)"),
        f"# cache dir:   {paths.cache_dir}",
        f"# data dir:    {paths.data_dir}",
    ]
    tables: list[tuple[str, Any]] = []
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        if dataclasses.is_dataclass(value):
            tables.append((f.name, value))
        else:
            tables.append((f.name, (f.metadata.get("doc", ""), value)))
    for name, table in tables:
        lines += ["", f"[{name}]"]
        if dataclasses.is_dataclass(table):
            for f in dataclasses.fields(table):
                lines += [f"# {f.metadata['doc']}", f"{f.name} = {_toml(getattr(table, f.name))}"]
        else:
            doc, mapping = table
            lines.append(f"# {doc}")
            lines += [f"{_toml(k)} = {_toml(v)}" for k, v in sorted(mapping.items())]
    return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    return repr(value)
