"""The root of every error herald-tui reports to a user.

A :class:`HeraldError` carries a message fit to show as one line (on stderr by the CLI, in a
notification by the app). Anything else that escapes is a bug: the CLI reports it as an
internal error and shows the traceback only with ``--debug``.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "HeraldError",
    "NotCachedError",
    "OfflineError",
    "ParseError",
    "SearchError",
    "UsageError",
]


class HeraldError(Exception):
    """An error caused by input, environment or the network, with a one-line message."""

    exit_code: int = 1

    def __str__(self) -> str:
        text = super().__str__()
        # One line, always: the first line of a multi-line message is what users see.
        return " ".join(text.split()) if "\n" in text else text


class UsageError(HeraldError):
    """The command line asks for something that cannot be done (wrong option combination)."""

    exit_code = 2


class ConfigError(HeraldError):
    """The configuration file is unreadable or holds an invalid setting."""

    exit_code = 78  # EX_CONFIG


class OfflineError(HeraldError):
    """The operation needs the network and the library is offline."""


class NotCachedError(HeraldError):
    """Offline, and the article (or section) is not in the cache."""


class SearchError(HeraldError):
    """The search query is malformed; the message says how."""


class ParseError(HeraldError):
    """A page or feed could not be parsed. The message names the plugin and the URL."""

    def __init__(self, plugin: str, url: str, reason: str, *, refused: bool = False) -> None:
        super().__init__(f"{plugin}: could not parse {url}: {reason}")
        self.plugin = plugin
        self.url = url
        self.reason = reason
        self.refused = refused
        """True when the input was refused for its size or shape, or its parse ran out of
        time: fetching it again soon would cost the same for nothing."""
