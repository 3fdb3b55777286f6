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
    refresh_minutes = 5          # 0: no automatic refresh

    [alerts]
    words = ["missile", "Samsung"]
    bell = true

    [keys]
    quit = "q,ctrl+q"
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from herald_tui import PROJECT_URL, __version__
from herald_tui.errors import ConfigError
from herald_tui.files import read_regular
from herald_tui.patterns import lazy
from herald_tui.text import clean_line
from herald_tui.weburl import BadUrl, checked_url

__all__ = [
    "APP_NAME",
    "AlertSettings",
    "BrowserSettings",
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


def _doc(
    default: Any,
    doc: str,
    low: float | None = None,
    high: float | None = None,
    *,
    choices: tuple[str, ...] = (),
) -> Any:
    """A dataclass field with an immutable default, its documentation and, for a number, the
    range it must be in; ``choices``: the only values a string setting accepts."""
    return field(default=default, metadata={"doc": doc, "range": (low, high), "choices": choices})


@dataclass(frozen=True, slots=True)
class NetworkSettings:
    """How herald-tui talks to the sites."""

    user_agent: str = _doc(
        f"Mozilla/5.0 (compatible; herald-tui/{__version__}; +{PROJECT_URL})",
        "User-Agent header sent with every request. One site refuses default library agents.",
    )
    connections_per_host: int = _doc(4, "Most requests in flight to one host at once.", 1, 64)
    connect_timeout: float = _doc(5.0, "Seconds to wait for a connection.", 0.1, 600)
    read_timeout: float = _doc(
        10.0, "Seconds to wait for any single read from the server.", 0.1, 600
    )
    deadline: float = _doc(
        30.0, "Seconds one request may take in all, however it trickles.", 0.1, 3600
    )
    retries: int = _doc(3, "Retries after a connection error, a 5xx or a 429.", 0, 10)
    max_retry_wait: float = _doc(
        30.0, "Longest wait before a retry, whatever Retry-After says.", 0, 3600
    )
    max_body_mb: float = _doc(
        5.0, "Largest page or feed accepted, in MiB after decompression.", 0.1, 1024
    )


@dataclass(frozen=True, slots=True)
class CacheSettings:
    """Where and how long things are kept."""

    cache_dir: str = _doc("", "Article cache directory; empty means the platform default.")
    data_dir: str = _doc("", "Saved articles and read marks; empty means the platform default.")
    sync_limit: int = _doc(30, "Articles fetched per section by `herald-tui sync`.", 1, 1000)
    photo_cache_mb: float = _doc(
        200.0, "Most MiB of photos kept on disk; the least recently viewed go first.", 0, 100_000
    )


@dataclass(frozen=True, slots=True)
class UISettings:
    """How the app looks."""

    theme: str = _doc("textual-dark", "Textual theme name; changed from the command palette.")
    measure: int = _doc(80, "Widest article text column, in cells.", 20, 1000)
    relative_times: bool = _doc(True, "Show '3 h ago' beside absolute times.")
    images: str = _doc(
        "auto",
        "Photos: 'auto' (terminal graphics where the terminal is known to draw them, else "
        "half-blocks), 'halfblock' (coloured cells, works everywhere), 'off' (caption only).",
        choices=("auto", "halfblock", "off"),
    )
    refresh_minutes: int = _doc(
        10,
        "Minutes between automatic refreshes while online (the section shown, and the unread "
        "counts of the others); 0 turns them off.",
        0,
        1440,
    )


@dataclass(frozen=True, slots=True)
class AlertSettings:
    """Watch words: headlines that mention them stand out."""

    words: tuple[str, ...] = _doc(
        (),
        "Watch words or phrases (any case, whole words): matching headlines are highlighted "
        "in the list, and a refresh that brings one says so.",
    )
    bell: bool = _doc(False, "Ring the terminal bell when a refresh brings a match.")


URL_PLACEHOLDER = "{url}"
"""Stands for the link in ``[browser] command``."""


@dataclass(frozen=True, slots=True)
class BrowserSettings:
    """A browser run in the terminal for ``o`` (the app steps aside while it runs)."""

    command: tuple[str, ...] = _doc(
        (),
        "Command line as a list, run without a shell, with '{url}' where the link goes (else "
        'it is appended): ["w3m", "{url}"]. Empty: the desktop\'s browser.',
    )


@dataclass(frozen=True, slots=True)
class Settings:
    """All settings. Build with :func:`load_settings`; never mutate (frozen)."""

    network: NetworkSettings = field(default_factory=NetworkSettings)
    cache: CacheSettings = field(default_factory=CacheSettings)
    ui: UISettings = field(default_factory=UISettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    browser: BrowserSettings = field(default_factory=BrowserSettings)
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
    path: Path,
    *,
    required: bool = False,
    env: Mapping[str, str] | None = None,
    site_names: Iterable[str] | None = None,
) -> Settings:
    """Read settings from ``path``; a missing file gives defaults unless ``required``.

    ``site_names``: the sources that exist (iterated only if a site is configured); None
    skips that check. Raises :class:`ConfigError` naming the file (or the environment
    variable) and the bad key or line.
    """
    env = os.environ if env is None else env
    data = _read(path, required)
    settings: Settings = _build(Settings, data, path, prefix="")
    known = _Names(site_names)
    for name, url in settings.sites.items():
        where = f"{path}: 'sites.{name}'"
        known.check(name, f"{path}: unknown site 'sites.{name}'")
        settings.sites[name] = _site_url(url, f"{where} must be an http(s) URL")
    for variable, url in env.items():
        if variable.startswith(SITE_ENV_PREFIX):
            name = variable[len(SITE_ENV_PREFIX) :].lower()
            known.check(name, f"{clean_line(variable)}: unknown site {clean_line(name)!r}")
            where = f"{clean_line(variable)}: must be an http(s) URL"
            settings.sites[name] = _site_url(url, where)
    return settings


def _read(path: Path, required: bool) -> dict[str, Any]:
    """The TOML table in ``path`` ({} if it is missing and not ``required``)."""
    try:
        raw = read_regular(path, MAX_CONFIG_BYTES)
    except FileNotFoundError:
        if required:
            raise ConfigError(f"{path}: no such config file") from None
        return {}
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ConfigError(
            f"{path}: not UTF-8 text (byte {raw[e.start]:#04x} at offset {e.start})"
        ) from None
    import tomllib  # here: most starts have no config file to parse (docs/PERFORMANCE.md)

    try:
        # Editors on Windows may start the file with a byte order mark; TOML does not allow it.
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None


class _Names:
    """The known site names, looked up (from the plugins) only when first needed."""

    def __init__(self, names: Iterable[str] | None) -> None:
        self._source = names
        self._names: list[str] | None = None

    def check(self, name: str, unknown: str) -> None:
        if self._source is None:
            return
        if self._names is None:
            self._names = sorted(self._source)
        if name not in self._names:
            raise ConfigError(f"{unknown} (sites: {', '.join(self._names)})")


def _site_url(url: str, bad: str) -> str:
    """``url`` re-serialised as browsers parse it; ConfigError ``bad: why`` unless it is a
    plain http(s) URL with no credentials, query or fragment."""
    try:
        parsed = checked_url(url)
    except BadUrl as e:
        raise ConfigError(f"{bad}: {e}, not {clean_line(url)!r}") from None
    if parsed.query is not None or parsed.fragment is not None:
        raise ConfigError(f"{bad} without a query or fragment, not {clean_line(url)!r}")
    return str(parsed)


def _build(cls: type[Any], data: Mapping[str, Any], path: Path, prefix: str) -> Any:
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if key not in fields:
            raise ConfigError(f"{path}: unknown setting {clean_line(name)!r}")
        default = _default(fields[key])
        if dataclasses.is_dataclass(default):
            if not isinstance(value, dict):
                raise ConfigError(f"{path}: '{name}' must be a table ([{name}])")
            values[key] = _build(type(default), value, path, prefix=f"{name}.")
        else:
            value = _check(name, value, default, path)
            values[key] = _check_range(name, value, fields[key].metadata.get("range"), path)
            choices = fields[key].metadata.get("choices") or ()
            if choices and value not in choices:
                allowed = ", ".join(repr(c) for c in choices)
                raise ConfigError(f"{path}: '{name}' must be one of {allowed}, not {value!r}")
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
        for key, text in value.items():
            _check_text(f"{name}.{key}", key, path)
            _check_text(f"{name}.{key}", text, path)
        return dict(value)
    if isinstance(default, tuple):
        # a tuple is a list of words ([alerts]) or a command line ([browser])
        if name == "browser.command":
            return _command(name, value, path)
        return _words(name, value, path)
    if isinstance(default, bool) and not isinstance(value, bool):
        raise ConfigError(f"{path}: '{name}' must be true or false, not {_shown(value)}")
    if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if type(value) is not type(default):
        kind = {str: "a string", int: "a whole number", float: "a number"}[type(default)]
        raise ConfigError(f"{path}: '{name}' must be {kind}, not {_shown(value)}")
    if name == "network.user_agent" and not (value and _PRINTABLE_ASCII.fullmatch(value)):
        # It is sent as an HTTP header: Latin-1 at best, and servers expect ASCII.
        raise ConfigError(f"{path}: '{name}' must be printable ASCII, not {_shown(value)}")
    if isinstance(value, str):
        _check_text(name, value, path)
    return value


_PRINTABLE_ASCII = lazy("[ -~]+")

MAX_WORDS = 100
"""Watch words at most: each is looked for in every headline listed."""


def _words(name: str, value: Any, path: Path) -> tuple[str, ...]:
    """A list of non-empty strings, as a tuple."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: '{name}' must be a list of strings, not {_shown(value)}")
    if len(value) > MAX_WORDS:
        raise ConfigError(f"{path}: '{name}' may hold {MAX_WORDS} words at most")
    for word in value:
        _check_text(name, word, path)
        if not word.strip():
            raise ConfigError(f"{path}: '{name}' must not hold an empty word")
    return tuple(value)


def _command(name: str, value: Any, path: Path) -> tuple[str, ...]:
    """A command line: a list of strings, the program first (not empty, no placeholder),
    ``{url}`` at most once (without it the link is appended); ``[]`` for none."""
    rule = (
        f"{path}: '{name}' must be a list of strings, the program then its arguments, with "
        f"'{URL_PLACEHOLDER}' at most once (else the link is appended)"
    )
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{rule}, not {_shown(value)}")
    for item in value:
        _check_text(name, item, path)
    if value and (not value[0].strip() or URL_PLACEHOLDER in value[0]):
        raise ConfigError(f"{rule}; the program comes first, not {_shown(value[0])}")
    if sum(item.count(URL_PLACEHOLDER) for item in value) > 1:
        raise ConfigError(f"{rule}, not {_shown(value)}")
    return tuple(value)


def _check_text(name: str, text: str, path: Path) -> None:
    if not text.isprintable():
        raise ConfigError(f"{path}: '{name}' must not hold control characters")


def _check_range(name: str, value: Any, bounds: Any, path: Path) -> Any:
    """A number must be finite and within the field's ``(low, high)`` bounds."""
    if not isinstance(value, int | float) or isinstance(value, bool) or not bounds:
        return value
    low, high = bounds
    if low is None or high is None:
        return value
    if not (math.isfinite(value) and low <= value <= high):
        kind = "a whole number" if isinstance(value, int) else "a number"
        raise ConfigError(
            f"{path}: '{name}' must be {kind} from {low:g} to {high:g}, not {_shown(value)}"
        )
    return value


def _shown(value: Any) -> str:
    """A value for a one-line message: cleaned and cut short."""
    text = clean_line(repr(value))
    return text if len(text) <= 40 else text[:39] + "…"


def describe(settings: Settings, paths: Paths) -> str:
    """The effective settings and paths as commented TOML (for ``--print-config``)."""
    lines = [
        f"# config file: {_escaped(str(paths.config_file), quotes=False)}"
        + ("" if paths.config_file.exists() else " (not present: defaults in use)"),
        f"# cache dir:   {_escaped(str(paths.cache_dir), quotes=False)}",
        f"# data dir:    {_escaped(str(paths.data_dir), quotes=False)}",
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
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{_escaped(value)}"'
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    return repr(value)


def _escaped(text: str, *, quotes: bool = True) -> str:
    """``text`` for a TOML basic string (or a comment): backslash and quote escaped, and every
    character that is not printable (controls, escapes, bidi marks) as ``\\uXXXX``, so
    ``--print-config`` never writes one to the terminal and its output reads back the same."""
    out = []
    for char in text:
        if quotes and char in '\\"':
            out.append("\\" + char)
        elif char.isprintable():
            out.append(char)
        else:
            out.append(f"\\u{ord(char):04X}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08X}")
    return "".join(out)
